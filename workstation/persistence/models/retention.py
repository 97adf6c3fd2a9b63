"""Data retention: how long a closed case keeps its personal data, legal holds that stop
it being shredded, and the record of each case that was shredded.

A shredded case keeps its coded, anonymised facts (category, district, sex, age band,
vulnerability, outcomes, dates) so statistics stay whole; every sensitive value of its
rows is set to NULL through the normal write path, so the change log carries the
shredding to the shared database and to the other desks (services.retention).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Ciphertext, Timestamps, UuidPk, utcnow


class RetentionRule(UuidPk, Timestamps, Base):
    """Months after closure that a case of a category keeps its personal data.

    `applies_to` is a category code, or "*" for every case no category rule covers. The
    id is derived from `applies_to` (services.retention.rule_id), so the same rule set on
    two desks offline is one row that merges, never two rows that collide."""

    __tablename__ = "retention_rules"

    applies_to: Mapped[str] = mapped_column(String(64), unique=True)
    months: Mapped[int] = mapped_column(Integer)
    set_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class LegalHold(UuidPk, Timestamps, Base):
    """A case that must not be shredded (a court order, a complaint, an inquiry) until a
    supervisor releases the hold. The reason may name people: sealed."""

    __tablename__ = "legal_holds"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    placed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    placed_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    released_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    released_at: Mapped[datetime | None]


class CaseShredding(UuidPk, Base):
    """One case whose personal data was shredded: who confirmed it, when, under which
    period, and how many values were cleared. Never changed (append-only)."""

    __tablename__ = "case_shreddings"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    shredded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    shredded_at: Mapped[datetime] = mapped_column(default=utcnow)
    retention_months: Mapped[int] = mapped_column(Integer)
    values_cleared: Mapped[int] = mapped_column(Integer, default=0)
    rows_changed: Mapped[int] = mapped_column(Integer, default=0)
