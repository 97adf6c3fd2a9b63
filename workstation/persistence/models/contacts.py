"""Contacts (calls, walk-ins, virtual sessions), callbacks and appointments."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, BlindIndex, Ciphertext, Timestamps, UuidPk, utcnow


class Contact(UuidPk, Timestamps, Base):
    """One call, walk-in or virtual session. Append-only once wrapped up."""

    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_centre_started", "centre_id", "started_at"),
        Index("ix_contacts_person_started", "person_id", "started_at"),
    )

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desks.id"))
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    channel: Mapped[str] = mapped_column(String(12))  # phone, walk_in, virtual
    direction: Mapped[str] = mapped_column(String(8))  # inbound, outbound
    status: Mapped[str] = mapped_column(String(12))  # answered, abandoned, missed, in_progress
    started_at: Mapped[datetime] = mapped_column(index=True)
    answered_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    wrapup_seconds: Mapped[int | None] = mapped_column(Integer)
    phone_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    phone_bidx: Mapped[bytes | None] = mapped_column(BlindIndex, index=True)
    caller_type: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))
    district_code: Mapped[str | None] = mapped_column(String(8))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"))
    urgency: Mapped[str | None] = mapped_column(String(12))  # low, normal, high, emergency
    outcome: Mapped[str | None] = mapped_column(String(20))
    summary_ct: Mapped[bytes | None] = mapped_column(Ciphertext)


class Callback(UuidPk, Timestamps, Base):
    """Missed or abandoned calls from one number, merged into one item of the worklist."""

    __tablename__ = "callbacks"

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"), index=True)
    phone_ct: Mapped[bytes] = mapped_column(Ciphertext)
    phone_bidx: Mapped[bytes] = mapped_column(BlindIndex, index=True)
    first_missed_at: Mapped[datetime]
    last_missed_at: Mapped[datetime]
    missed_count: Mapped[int] = mapped_column(Integer, default=1)
    urgency: Mapped[str] = mapped_column(String(12), default="normal")
    assigned_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open, done
    outcome: Mapped[str | None] = mapped_column(String(20))


class MissedCall(UuidPk, Base):
    """One missed or abandoned call behind a callback item. `source_id` (the PBX's
    uniqueid or queue call id) makes importing the same call log twice harmless."""

    __tablename__ = "missed_calls"

    callback_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("callbacks.id"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # cdr, queue_log, hook
    source_id: Mapped[str] = mapped_column(String(128), unique=True)
    missed_at: Mapped[datetime]
    queue: Mapped[str | None] = mapped_column(String(64))


class CallbackAttempt(UuidPk, Base):
    __tablename__ = "callback_attempts"

    callback_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("callbacks.id"), index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    attempted_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(20))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))


class Appointment(UuidPk, Timestamps, Base):
    """A booked counselling session (in person or virtual), or a walk-in given a token
    number. Who is expected is typed when booking (`client_name_ct`, `phone_ct`, sealed)
    or is the client of the linked case."""

    __tablename__ = "appointments"
    __table_args__ = (
        Index("ix_appointments_centre_starts", "centre_id", "starts_at"),
        # A counsellor's bookings around a time: the overlap check and "my appointments".
        Index("ix_appointments_counsellor_starts", "counsellor_id", "starts_at"),
    )

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(12))  # domain.vocab.AppointmentKind
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(Integer, default=45)
    room: Mapped[str | None] = mapped_column(String(32))
    token_number: Mapped[int | None] = mapped_column(Integer)
    token_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(12), default="booked")  # AppointmentStatus
    notes_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    client_name_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    phone_ct: Mapped[bytes | None] = mapped_column(Ciphertext)


class ContactNote(UuidPk, Base):
    """Append-only notes typed during a contact."""

    __tablename__ = "contact_notes"

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # NULL only once the personal data has been shredded (services.retention).
    body_ct: Mapped[bytes | None] = mapped_column(Ciphertext)


class ContactDraft(Base):
    """The contact form as it is being filled, saved every few seconds so a crash or a
    power cut loses nothing. Local to the desk, never synced; deleted at wrap-up."""

    __tablename__ = "contact_drafts"

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
    form_ct: Mapped[bytes] = mapped_column(Ciphertext)


class CallerFlag(UuidPk, Timestamps, Base):
    """A warning on a number (prank, abusive) that expires; it warns, never blocks."""

    __tablename__ = "caller_flags"

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"), index=True)
    phone_ct: Mapped[bytes] = mapped_column(Ciphertext)
    phone_bidx: Mapped[bytes] = mapped_column(BlindIndex, index=True)
    kind: Mapped[str] = mapped_column(String(12))
    note_ct: Mapped[bytes | None] = mapped_column(Ciphertext)
    set_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[datetime]
