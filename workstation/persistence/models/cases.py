"""Cases, the people on them, categories, append-only notes, follow-ups and referrals."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Ciphertext, Timestamps, UuidPk, utcnow


class Case(UuidPk, Timestamps, Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_centre_status_opened", "centre_id", "status", "opened_at"),
        Index("ix_cases_centre_opened", "centre_id", "opened_at"),
        Index("ix_cases_opened_at", "opened_at"),
    )

    reference: Mapped[str] = mapped_column(String(24), unique=True)  # KHI-2026-000123
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    status: Mapped[str] = mapped_column(String(12))  # domain.case_status
    risk_level: Mapped[str] = mapped_column(String(8))  # low, medium, high, critical
    restricted: Mapped[bool] = mapped_column(default=False)
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    # Indexed for "my cases", which looks for the person as counsellor or as lawyer.
    lawyer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    district_code: Mapped[str | None] = mapped_column(String(8), index=True)
    primary_category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id"), index=True
    )
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    narrative_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    # When the incident happened (never after the case was opened, which is when it was
    # reported), and the town or city: in clear like the district, for statistics
    # ("time from incident to report", "cases by city"); nothing here names a person.
    incident_on: Mapped[date | None]
    city: Mapped[str | None] = mapped_column(String(100))


class CaseDraft(UuidPk, Base):
    """The case form as it is being filled, saved every few seconds so a crash or a
    power cut loses nothing; `case_id` is empty for a case not saved yet. Local to the
    desk, never synced; deleted when the case is saved or the changes are discarded."""

    __tablename__ = "case_drafts"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
    form_ct: Mapped[bytes] = mapped_column(Ciphertext)


class CasePerson(UuidPk, Base):
    """A person's part in a case: client, caller, perpetrator or household member."""

    __tablename__ = "case_persons"
    __table_args__ = (UniqueConstraint("case_id", "person_id", "role"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    relationship: Mapped[str | None] = mapped_column(String(32))  # GBVIMS relationship list


class CaseCategory(UuidPk, Base):
    """Further categories of a case beyond its primary one."""

    __tablename__ = "case_categories"
    __table_args__ = (UniqueConstraint("case_id", "category_id"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"), index=True)


class CaseNote(UuidPk, Base):
    """Append-only: an edit is a new row that `supersedes` the old, which stays in history."""

    __tablename__ = "case_notes"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_notes.id"))
    # NULL only once the case's personal data has been shredded (services.retention).
    body_ct: Mapped[bytes | None] = mapped_column(Ciphertext)


class FollowUp(UuidPk, Timestamps, Base):
    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_status_due", "status", "due_on"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), default="planned")  # planned, done
    done_at: Mapped[datetime | None]
    description_ct: Mapped[bytes | None] = mapped_column(Ciphertext)


class Referral(UuidPk, Timestamps, Base):
    __tablename__ = "referrals"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"), index=True)
    referred_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    referred_at: Mapped[datetime]
    # referred, accepted, declined, service_provided, did_not_go
    status: Mapped[str] = mapped_column(String(20), default="referred")
    follow_up_on: Mapped[date | None]
    notes_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    # Sent without the client's consent: the supervisor who decided it and why.
    override_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    override_reason_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
