"""What happens to a case over time: status changes with reasons, the legal process
(FIR, court, medico-legal examination, protection orders), hearings, and consent."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Ciphertext, Timestamps, UuidPk, utcnow


class CaseStatusChange(UuidPk, Base):
    """Append-only history of a case's status; reopening a closed case needs a reason."""

    __tablename__ = "case_status_changes"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    reason_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class LegalStep(UuidPk, Timestamps, Base):
    """One strand of the legal process: an FIR, a court case, a medico-legal examination
    or a protection order. Numbers that lead to a person are sealed; the police station,
    court and hospital stay in clear for statistics ("FIRs refused, by station")."""

    __tablename__ = "legal_steps"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # fir, court_case, medico_legal, protection_order
    reference_ct: Mapped[bytes | None] = mapped_column(Ciphertext)  # FIR or case number
    place: Mapped[str | None] = mapped_column(String(200))  # police station, court, hospital
    on_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="pending")
    outcome: Mapped[str | None] = mapped_column(String(40))
    notes_ct: Mapped[bytes | None] = mapped_column(Ciphertext)


class Hearing(UuidPk, Timestamps, Base):
    __tablename__ = "hearings"
    __table_args__ = (Index("ix_hearings_status_on", "status", "hearing_on"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    legal_step_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("legal_steps.id"))
    hearing_on: Mapped[date]
    remind_days_before: Mapped[int] = mapped_column(default=2)
    status: Mapped[str] = mapped_column(String(12), default="scheduled")  # held, adjourned …
    purpose_ct: Mapped[bytes | None] = mapped_column(Ciphertext)  # free text: sealed


class Consent(UuidPk, Base):
    """The client's consent, recorded as given: to share which kinds of data with which
    organisation (or any, when organization_id is empty), or to count the case in
    statistics. A newer record about the same thing replaces an older one."""

    __tablename__ = "consents"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(12))  # referral, statistics
    data_category: Mapped[str] = mapped_column(String(20))  # identity, contact, incident, health, all
    organization_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"))
    granted: Mapped[bool]
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
