"""Booking counselling appointments and registering walk-ins with a token number.

The day's list without notes comes from `browse.appointments_on`; notes are sealed and
read only when one appointment is opened.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import and_, func, select, update

from ..domain.pakistan_time import PKT
from ..domain.permissions import Action, require
from ..domain.text import clean_text
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Appointment, User
from . import audit
from .accounts import UserSession
from .sealed import open_fields, seal

KINDS = ("appointment", "walk_in", "virtual")
STATUSES = ("booked", "arrived", "attended", "no_show", "cancelled")


def book(database: Database, session: UserSession, *, starts_at: datetime, kind: str,
         counsellor_id: uuid.UUID | None = None, duration_minutes: int = 45,
         room: str | None = None, notes: str | None = None,
         case_id: uuid.UUID | None = None) -> uuid.UUID:
    """Book a session; a walk-in gets the next token number of its centre's day."""
    require(session.actor, Action.HANDLE_CONTACT)
    if kind not in KINDS:
        raise ValidationError("kind", "Choose appointment, walk-in or virtual session.")
    if starts_at.tzinfo is None:
        raise ValidationError("starts_at", "The time must carry its time zone.")
    if not 10 <= duration_minutes <= 240:
        raise ValidationError("duration_minutes", "A session lasts 10 minutes to 4 hours.")
    if kind != "walk_in" and starts_at < utcnow() - timedelta(minutes=5):
        raise ValidationError("starts_at", "An appointment cannot be booked in the past.")
    counsellor_id = counsellor_id or session.actor.user_id
    room = clean_text(room, "room", max_length=32)
    notes = clean_text(notes, "notes", max_length=2000, multiline=True)
    ends_at = starts_at + timedelta(minutes=duration_minutes)
    appointment_id = uuid.uuid4()
    with database.transaction() as c:
        counsellor = c.execute(select(User.centre_id, User.active)
                               .where(User.id == counsellor_id)).first()
        if counsellor is None or not counsellor.active or \
                counsellor.centre_id != session.actor.centre_id:
            raise ValidationError("counsellor", "Choose an active counsellor of your centre.")
        if kind != "walk_in":
            booked = c.execute(select(Appointment.starts_at, Appointment.duration_minutes)
                               .where(Appointment.counsellor_id == counsellor_id,
                                      Appointment.status.in_(("booked", "arrived")),
                                      Appointment.starts_at < ends_at,
                                      Appointment.starts_at > starts_at - timedelta(hours=4))
                               ).all()
            if any(s + timedelta(minutes=d) > starts_at for s, d in booked):
                raise ValidationError("starts_at", "The counsellor is already booked then.")
        token = None
        day = starts_at.astimezone(PKT).date()
        if kind == "walk_in":
            token = (c.execute(select(func.max(Appointment.token_number)).where(and_(
                Appointment.centre_id == session.actor.centre_id,
                Appointment.token_date == day))).scalar() or 0) + 1
        now = utcnow()
        c.execute(Appointment.__table__.insert(), {
            "id": appointment_id, "centre_id": session.actor.centre_id, "person_id": None,
            "case_id": case_id, "counsellor_id": counsellor_id, "kind": kind,
            "starts_at": starts_at, "duration_minutes": duration_minutes, "room": room,
            "token_number": token, "token_date": day if token else None,
            "status": "arrived" if kind == "walk_in" else "booked",
            "created_at": now, "updated_at": now,
            **seal(session.keys, "appointments", appointment_id, {"notes": notes})})
        audit.record(c, action="appointment_booked", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="appointment", entity_id=appointment_id,
                     detail={"kind": kind, "token": token})
    return appointment_id


def set_status(database: Database, session: UserSession, appointment_id: uuid.UUID,
               status: str) -> None:
    require(session.actor, Action.HANDLE_CONTACT)
    if status not in STATUSES:
        raise ValidationError("status", f"Choose one of: {', '.join(STATUSES)}.")
    with database.transaction() as c:
        changed = c.execute(update(Appointment).where(
            Appointment.id == appointment_id, Appointment.centre_id == session.actor.centre_id)
            .values(status=status, updated_at=utcnow())).rowcount
        if not changed:
            raise ValidationError("appointment", "There is no such appointment at your centre.")


def notes_of(database: Database, session: UserSession, appointment_id: uuid.UUID) -> str | None:
    require(session.actor, Action.HANDLE_CONTACT)
    with database.transaction() as c:
        row = c.execute(select(Appointment.id, Appointment.notes_ct, Appointment.centre_id)
                        .where(Appointment.id == appointment_id)).first()
        if row is None or row.centre_id != session.actor.centre_id:
            raise ValidationError("appointment",
                                  "There is no such appointment at your centre.")
        audit.record(c, action="appointment_notes_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="appointment", entity_id=appointment_id)
    return open_fields(session.keys, "appointments", row.id, row, ("notes",))[0]["notes"]
