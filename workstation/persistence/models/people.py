"""Persons: clients and survivors, callers, perpetrators and household members."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, BlindIndex, Ciphertext, Timestamps, UuidPk


class Person(UuidPk, Timestamps, Base):
    """One human being known to the helpline; the role they play is on the link to a case.

    Identifying values are ciphertext; sex, age band, district and vulnerability markers
    stay in clear because anonymised statistics count them.
    """

    __tablename__ = "persons"

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"), index=True)
    name_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    phone_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    phone_bidx: Mapped[bytes | None] = mapped_column(BlindIndex, index=True)
    cnic_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    cnic_bidx: Mapped[bytes | None] = mapped_column(BlindIndex, index=True)
    address_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    birth_date_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    sex: Mapped[str | None] = mapped_column(String(1))  # f, m, x (transgender / other)
    age_band: Mapped[str | None] = mapped_column(String(8))
    district_code: Mapped[str | None] = mapped_column(String(8), index=True)
    # e.g. ["woman", "child", "religious_minority", "disability"]; see domain.vulnerability
    vulnerabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    # e.g. ["not_safe_to_call_back", "no_message"]; shown on every screen pop
    safety_flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Set when this record was merged into another: it stays, so nothing it held is lost,
    # but lookups and lists show the person it was merged into.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
