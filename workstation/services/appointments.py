"""The appointment book of a centre: booking sessions (in person or virtual) for a
counsellor or lawyer, registering walk-ins with the next token number of the centre's
day, the day's and the week's lists with who is expected, and their status.

Who is expected is the name typed when booking, or the client of the linked case. It is
sealed, and opened only for staff of the appointment's centre — and, when the
appointment is linked to a case, only for those who may open that case (a restricted
case's client stays hidden from colleagues not assigned to it; its reference is shown
instead). A list that opened names is recorded in the audit trail, as every view of
sensitive values is. Times, rooms, tokens, kinds and statuses are not sensitive.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, func, select, update

from ..domain.pakistan_time import PKT
from ..domain.permissions import (
    Action,
    Actor,
    CaseFacts,
    PermissionDenied,
    can,
    can_open_case,
    require,
    require_case,
)
from ..domain.phone import normalise_phone
from ..domain.text import clean_text
from ..domain.vocab import AppointmentKind, AppointmentStatus, Role
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Appointment, Case, CasePerson, Centre, Person, User
from . import audit
from .accounts import UserSession
from .sealed import open_fields, seal

KINDS = tuple(k.value for k in AppointmentKind)
STATUSES = tuple(s.value for s in AppointmentStatus)
# Who can be booked: the people who sit with a client.
BOOKABLE_ROLES = (Role.COUNSELLOR.value, Role.LAWYER.value)
# Bookings that hold their counsellor's time (the overlap check).
HOLDING = (AppointmentStatus.BOOKED.value, AppointmentStatus.ARRIVED.value)
MAX_MINUTES = 240
ROOM_LENGTH = 32
NOTES_LENGTH = 2000
REFERENCE_LENGTH = 32
# Rooms offered for a booking: those of the centre's latest bookings. (All of a year's
# bookings of a busy centre made listing them 18 ms, on every refresh of the screen.)
ROOMS_FROM_LATEST = 500
NOT_RECOGNISED_HINT = "Type it as 0300-1234567 or +92 300 1234567."

_A = Appointment.__table__


@dataclass(frozen=True)
class StaffRow:
    """A counsellor or lawyer who can be booked; `last_room` the room of their most
    recent booking (offered for the next one)."""

    id: uuid.UUID
    display_name: str
    role: str
    last_room: str | None


@dataclass(frozen=True)
class BookingOptions:
    staff: list[StaffRow]
    rooms: list[str]   # rooms the centre has used lately, for the room field's list


@dataclass(frozen=True)
class AppointmentView:
    """One line of the day's or the week's list. `expected` is the expected person's
    name, None when there is none or the viewer may not see it."""

    id: uuid.UUID
    starts_at: datetime
    duration_minutes: int
    kind: str
    status: str
    token_number: int | None
    room: str | None
    counsellor_id: uuid.UUID | None
    counsellor: str | None
    centre_code: str
    case_id: uuid.UUID | None
    case_reference: str | None
    expected: str | None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class AppointmentDetail:
    """One appointment opened whole (audited): with the phone and notes."""

    view: AppointmentView
    phone: str | None
    notes: str | None


@dataclass(frozen=True)
class WalkIn:
    id: uuid.UUID
    token_number: int
    room: str | None
    starts_at: datetime
    counsellor_id: uuid.UUID


# ---- who may see names -------------------------------------------------------------------

def may_see_names(actor: Actor, centre_id: uuid.UUID) -> bool:
    """Staff of the centre who handle contacts; a supervisor of all centres (who may open
    every case) too. Admins never (they read no case content)."""
    if not can(actor.role, Action.HANDLE_CONTACT):
        return False
    if actor.role is Role.SUPERVISOR and actor.centre_id is None:
        return True
    return actor.centre_id == centre_id


def _may_see(actor: Actor, row) -> bool:
    if not may_see_names(actor, row.centre_id):
        return False
    if row.case_id is None:
        return True
    return can_open_case(actor, CaseFacts(row.case_centre_id, bool(row.case_restricted),
                                          row.case_counsellor_id, row.case_lawyer_id))


# ---- reading -----------------------------------------------------------------------------

def _list_query():
    return (select(_A.c.id, _A.c.starts_at, _A.c.duration_minutes, _A.c.kind, _A.c.status,
                   _A.c.token_number, _A.c.room, _A.c.counsellor_id,
                   User.display_name.label("counsellor"), Centre.code.label("centre_code"),
                   _A.c.centre_id, _A.c.case_id, Case.reference.label("case_reference"),
                   Case.centre_id.label("case_centre_id"),
                   Case.restricted.label("case_restricted"),
                   Case.counsellor_id.label("case_counsellor_id"),
                   Case.lawyer_id.label("case_lawyer_id"), _A.c.client_name_ct,
                   _A.c.phone_ct, _A.c.notes_ct)
            .join(Centre, Centre.id == _A.c.centre_id)
            .outerjoin(User, User.id == _A.c.counsellor_id)
            .outerjoin(Case, Case.id == _A.c.case_id))


def _case_clients(connection, session: UserSession, case_ids: set[uuid.UUID]
                  ) -> dict[uuid.UUID, str | None]:
    """The (first) client's name of each case, opened."""
    if not case_ids:
        return {}
    rows = connection.execute(
        select(CasePerson.case_id, Person.id, Person.name_ct)
        .join(Person, Person.id == CasePerson.person_id)
        .where(CasePerson.case_id.in_(case_ids), CasePerson.role == "client")
        .order_by(CasePerson.case_id, CasePerson.id)).all()
    names: dict[uuid.UUID, str | None] = {}
    for row in rows:
        if row.case_id not in names:
            names[row.case_id] = open_fields(session.keys, "persons", row.id, row,
                                             ("name",))[0]["name"]
    return names


def _views(connection, session: UserSession, rows) -> tuple[list[AppointmentView], int]:
    """Rows as views, names opened where allowed; also how many names were opened."""
    actor = session.actor
    allowed = {row.id for row in rows if _may_see(actor, row)}
    typed: dict[uuid.UUID, str | None] = {}
    for row in rows:
        if row.id in allowed and row.client_name_ct is not None:
            typed[row.id] = open_fields(session.keys, "appointments", row.id, row,
                                        ("client_name",))[0]["client_name"]
    clients = _case_clients(connection, session, {
        row.case_id for row in rows if row.id in allowed and row.case_id is not None
        and typed.get(row.id) is None})
    views, opened = [], 0
    for row in rows:
        name = None
        if row.id in allowed:
            name = typed.get(row.id) or clients.get(row.case_id)
            opened += name is not None
        views.append(AppointmentView(
            row.id, row.starts_at, row.duration_minutes, row.kind, row.status,
            row.token_number, row.room, row.counsellor_id, row.counsellor, row.centre_code,
            row.case_id, row.case_reference, name))
    return views, opened


def _centre_filter(connection, session: UserSession, centre_code: str | None):
    """The centre listed: the one named, else the viewer's own; None for all centres
    (someone without a centre who names none)."""
    if centre_code is None:
        return session.actor.centre_id
    centre_id = connection.execute(select(Centre.id).where(Centre.code == centre_code)
                                   ).scalar()
    if centre_id is None:
        raise ValidationError("centre", f"There is no centre {centre_code}.")
    return centre_id


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), PKT).astimezone(timezone.utc)


def between(database: Database, session: UserSession, first_day: date, days: int, *,
            centre_code: str | None = None, counsellor_id: uuid.UUID | None = None,
            ) -> list[AppointmentView]:
    """Appointments and walk-ins from the start of `first_day` for `days` Pakistani
    days, by time: of the viewer's centre (or `centre_code`), of one counsellor or all.
    Needs no permission (times and rooms are not sensitive); names only where allowed."""
    if not 1 <= days <= 31:
        raise ValueError("days must be between 1 and 31")
    start = _day_start(first_day)
    filters = [_A.c.starts_at >= start, _A.c.starts_at < _day_start(
        first_day + timedelta(days=days))]
    with database.transaction() as c:
        centre_id = _centre_filter(c, session, centre_code)
        if centre_id is not None:
            filters.append(_A.c.centre_id == centre_id)
        if counsellor_id is not None:
            filters.append(_A.c.counsellor_id == counsellor_id)
        rows = c.execute(_list_query().where(*filters).order_by(
            _A.c.starts_at, Centre.code, _A.c.token_number)).all()
        views, opened = _views(c, session, rows)
        if opened:
            audit.record(c, action="appointments_viewed", user_id=session.actor.user_id,
                         desk_id=session.desk_id, entity="centre", entity_id=centre_id,
                         detail={"from": first_day.isoformat(), "days": days,
                                 "names": opened})
    return views


def day_list(database: Database, session: UserSession, day: date, *,
             centre_code: str | None = None, counsellor_id: uuid.UUID | None = None,
             ) -> list[AppointmentView]:
    """The centre's day: who is expected, by time."""
    return between(database, session, day, 1, centre_code=centre_code,
                   counsellor_id=counsellor_id)


def week_of(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def week_list(database: Database, session: UserSession, day: date, *,
              centre_code: str | None = None, counsellor_id: uuid.UUID | None = None,
              ) -> list[AppointmentView]:
    """The week (Monday to Sunday) that holds `day`."""
    return between(database, session, week_of(day), 7, centre_code=centre_code,
                   counsellor_id=counsellor_id)


def _own_appointment(c, session: UserSession, appointment_id: uuid.UUID):
    row = c.execute(_list_query().where(_A.c.id == appointment_id)).first()
    if row is None or row.centre_id != session.actor.centre_id:
        raise ValidationError("appointment", "There is no such appointment at your centre.")
    return row


def _detail(c, session: UserSession, row) -> AppointmentDetail:
    (view,), _ = _views(c, session, [row])
    phone = notes = None
    if _may_see(session.actor, row):
        values, _bad = open_fields(session.keys, "appointments", row.id, row,
                                   ("phone", "notes"))
        phone, notes = values["phone"], values["notes"]
    return AppointmentDetail(view, phone, notes)


def open_appointment(database: Database, session: UserSession,
                     appointment_id: uuid.UUID) -> AppointmentDetail:
    """One appointment of the viewer's centre with its phone and notes (audited)."""
    require(session.actor, Action.HANDLE_CONTACT)
    with database.transaction() as c:
        detail = _detail(c, session, _own_appointment(c, session, appointment_id))
        audit.record(c, action="appointment_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="appointment", entity_id=appointment_id)
    return detail


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


def booking_options(database: Database, session: UserSession) -> BookingOptions:
    """The active counsellors and lawyers of the viewer's centre, and its rooms."""
    centre_id = session.actor.centre_id
    if centre_id is None:
        return BookingOptions([], [])
    last_room = (select(_A.c.room).where(_A.c.counsellor_id == User.id,
                                         _A.c.room.is_not(None))
                 .order_by(_A.c.starts_at.desc()).limit(1).scalar_subquery())
    with database.transaction() as c:
        staff = [StaffRow(*r) for r in c.execute(
            select(User.id, User.display_name, User.role, last_room)
            .where(User.centre_id == centre_id, User.active.is_(True),
                   User.role.in_(BOOKABLE_ROLES))
            .order_by(User.display_name, User.username))]
        latest = (select(_A.c.room).where(_A.c.centre_id == centre_id,
                                          _A.c.room.is_not(None))
                  .order_by(_A.c.starts_at.desc()).limit(ROOMS_FROM_LATEST).subquery())
        rooms = [r for (r,) in c.execute(select(latest.c.room).group_by(latest.c.room))]
    return BookingOptions(staff, sorted(rooms, key=lambda r: (len(r), r.casefold())))


# ---- writing -----------------------------------------------------------------------------

def _phone(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    number = normalise_phone(value)
    if number.e164 is None:
        raise ValidationError("phone", "This phone number is not recognised.",
                              hint=NOT_RECOGNISED_HINT)
    return number.e164


def _case_by_reference(c, session: UserSession, reference: str | None,
                       case_id: uuid.UUID | None) -> uuid.UUID | None:
    if reference:
        row = c.execute(select(Case.id, Case.centre_id, Case.restricted, Case.counsellor_id,
                               Case.lawyer_id).where(Case.reference == reference.upper())
                        ).first()
        if row is None:
            raise ValidationError("case_reference", "There is no case with this reference.")
    elif case_id is not None:
        row = c.execute(select(Case.id, Case.centre_id, Case.restricted, Case.counsellor_id,
                               Case.lawyer_id).where(Case.id == case_id)).first()
        if row is None:
            raise ValidationError("case_reference", "There is no such case.")
    else:
        return None
    try:
        require_case(session.actor, CaseFacts(row.centre_id, row.restricted,
                                              row.counsellor_id, row.lawyer_id))
    except PermissionDenied as denied:
        raise ValidationError("case_reference", denied.message, hint=denied.hint) from None
    return row.id


def _check_counsellor(c, session: UserSession, counsellor_id: uuid.UUID):
    counsellor = c.execute(select(User.centre_id, User.active, User.role, User.display_name)
                           .where(User.id == counsellor_id)).first()
    if counsellor is None or not counsellor.active or \
            counsellor.role not in BOOKABLE_ROLES or \
            counsellor.centre_id != session.actor.centre_id:
        raise ValidationError("counsellor",
                              "Choose an active counsellor or lawyer of your centre.")
    return counsellor


def _check_free(c, counsellor, counsellor_id: uuid.UUID, starts_at: datetime,
                ends_at: datetime) -> None:
    booked = c.execute(select(_A.c.starts_at, _A.c.duration_minutes)
                       .where(_A.c.counsellor_id == counsellor_id,
                              _A.c.status.in_(HOLDING),
                              _A.c.starts_at < ends_at,
                              _A.c.starts_at > starts_at - timedelta(minutes=MAX_MINUTES))
                       .order_by(_A.c.starts_at)).all()
    for start, minutes in booked:
        end = start + timedelta(minutes=minutes)
        if end > starts_at:
            raise ValidationError("starts_at", "{} is already booked from {} to {}.".format(
                counsellor.display_name, start.astimezone(PKT).strftime("%H:%M"),
                end.astimezone(PKT).strftime("%H:%M")))


def _insert(database: Database, session: UserSession, *, starts_at: datetime, kind: str,
            counsellor_id: uuid.UUID | None, duration_minutes: int, room: str | None,
            notes: str | None, case_id: uuid.UUID | None, client_name: str | None,
            phone: str | None, case_reference: str | None) -> WalkIn:
    require(session.actor, Action.HANDLE_CONTACT)
    if kind not in KINDS:
        raise ValidationError("kind", "Choose appointment, walk-in or virtual session.")
    if starts_at.tzinfo is None:
        raise ValidationError("starts_at", "The time must carry its time zone.")
    if not 10 <= duration_minutes <= MAX_MINUTES:
        raise ValidationError("duration_minutes", "A session lasts 10 minutes to 4 hours.")
    walk_in = kind == AppointmentKind.WALK_IN
    if not walk_in and starts_at < utcnow() - timedelta(minutes=5):
        raise ValidationError("starts_at", "An appointment cannot be booked in the past.")
    if session.actor.centre_id is None:
        raise ValidationError("centre", "Only staff of a centre book appointments.")
    counsellor_id = counsellor_id or session.actor.user_id
    room = clean_text(room, "room", max_length=ROOM_LENGTH)
    client_name = clean_text(client_name, "client_name")
    phone = _phone(phone)
    case_reference = clean_text(case_reference, "case_reference", max_length=REFERENCE_LENGTH)
    notes = clean_text(notes, "notes", max_length=NOTES_LENGTH, multiline=True)
    if not walk_in and not client_name and not case_reference and case_id is None:
        raise ValidationError("client_name",
                              "Type the name of the person expected, or a case reference.")
    ends_at = starts_at + timedelta(minutes=duration_minutes)
    appointment_id = uuid.uuid4()
    with database.transaction() as c:
        counsellor = _check_counsellor(c, session, counsellor_id)
        case_id = _case_by_reference(c, session, case_reference, case_id)
        if not walk_in:
            _check_free(c, counsellor, counsellor_id, starts_at, ends_at)
        token = None
        day = starts_at.astimezone(PKT).date()
        if walk_in:
            token = (c.execute(select(func.max(_A.c.token_number)).where(and_(
                _A.c.centre_id == session.actor.centre_id, _A.c.token_date == day))
            ).scalar() or 0) + 1
            if room is None:
                room = c.execute(select(_A.c.room).where(
                    _A.c.counsellor_id == counsellor_id, _A.c.room.is_not(None))
                    .order_by(_A.c.starts_at.desc()).limit(1)).scalar()
        now = utcnow()
        c.execute(_A.insert(), {
            "id": appointment_id, "centre_id": session.actor.centre_id, "person_id": None,
            "case_id": case_id, "counsellor_id": counsellor_id, "kind": str(kind),
            "starts_at": starts_at, "duration_minutes": duration_minutes, "room": room,
            "token_number": token, "token_date": day if token else None,
            # Plain strings: psycopg writes an Enum member by its name, not its value.
            "status": (AppointmentStatus.ARRIVED if walk_in else AppointmentStatus.BOOKED).value,
            "created_at": now, "updated_at": now,
            **seal(session.keys, "appointments", appointment_id,
                   {"notes": notes, "client_name": client_name, "phone": phone})})
        audit.record(c, action="appointment_booked", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="appointment", entity_id=appointment_id,
                     detail={"kind": kind, "token": token})
    return WalkIn(appointment_id, token or 0, room, starts_at, counsellor_id)


def book(database: Database, session: UserSession, *, starts_at: datetime, kind: str,
         counsellor_id: uuid.UUID | None = None, duration_minutes: int = 45,
         room: str | None = None, notes: str | None = None,
         case_id: uuid.UUID | None = None, client_name: str | None = None,
         phone: str | None = None, case_reference: str | None = None) -> uuid.UUID:
    """Book a session for a counsellor or lawyer of the centre (the booker by default).

    Who is expected: a name (and phone), or a case — by reference as typed, or by id —
    that the booker may open; an appointment needs one or the other. Refused, with the
    field to show the message beside: a time in the past, a counsellor already booked
    then, an unknown case or one closed to the booker, a phone number that is not one,
    text too long. A walk-in gets the next token number of its centre's day."""
    return _insert(database, session, starts_at=starts_at, kind=kind,
                   counsellor_id=counsellor_id, duration_minutes=duration_minutes, room=room,
                   notes=notes, case_id=case_id, client_name=client_name, phone=phone,
                   case_reference=case_reference).id


def register_walk_in(database: Database, session: UserSession, *,
                     at: datetime | None = None, room: str | None = None,
                     counsellor_id: uuid.UUID | None = None, client_name: str | None = None,
                     phone: str | None = None, notes: str | None = None,
                     duration_minutes: int = 45) -> WalkIn:
    """Someone came in without booking: the next token number of the centre's day (of
    `at`, now by default) and a room (the one asked for, else the counsellor's last)."""
    return _insert(database, session, starts_at=at or utcnow(),
                   kind=AppointmentKind.WALK_IN.value, counsellor_id=counsellor_id,
                   duration_minutes=duration_minutes, room=room, notes=notes, case_id=None,
                   client_name=client_name, phone=phone, case_reference=None)


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
        audit.record(c, action="appointment_status_changed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="appointment", entity_id=appointment_id,
                     detail={"status": status})


def can_start(view: AppointmentView) -> bool:
    """A session can start for a booked (or joined) virtual session, or for someone who
    has arrived."""
    if view.kind == AppointmentKind.VIRTUAL:
        return view.status in HOLDING
    return view.status == AppointmentStatus.ARRIVED


def start_session(database: Database, session: UserSession,
                  appointment_id: uuid.UUID) -> AppointmentDetail:
    """The appointment whose contact is starting, opened (for the number to call back a
    virtual session); a virtual session is marked as joined ("arrived")."""
    require(session.actor, Action.HANDLE_CONTACT)
    with database.transaction() as c:
        row = _own_appointment(c, session, appointment_id)
        detail = _detail(c, session, row)
        if not can_start(detail.view):
            raise ValidationError("status", "Only a booked virtual session or someone who "
                                            "has arrived can be started.")
        if detail.view.status != AppointmentStatus.ARRIVED:
            c.execute(update(Appointment).where(Appointment.id == appointment_id).values(
                status=AppointmentStatus.ARRIVED.value, updated_at=utcnow()))
        audit.record(c, action="appointment_session_started", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="appointment", entity_id=appointment_id,
                     detail={"kind": detail.view.kind})
    return detail
