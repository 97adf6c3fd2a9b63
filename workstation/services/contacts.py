"""A contact from its first second to wrap-up: start, notes, drafts, wrap-up, caller flags.

While a contact is open the form is saved as an encrypted draft every few seconds
(`save_draft`), so a crash or a power cut loses at most those seconds: at the next
sign-in `open_drafts` gives back every contact the counsellor had not wrapped up.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, select, update

from ..domain.permissions import Action, PermissionDenied, require
from ..domain.phone import normalise_phone
from ..domain.text import LONG, clean_text
from ..domain.vocab import SUBSTANTIVE_OUTCOMES, CallerType, Channel, Outcome, Urgency
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import (
    CallerFlag,
    Category,
    Contact,
    ContactDraft,
    ContactNote,
    Person,
)
from ..reference import districts_by_code
from . import audit
from .accounts import UserSession
from .sealed import open_fields, seal

LANGUAGES = ("ur", "en", "sd", "pa", "ps", "bal", "skr", "brh", "other")
FLAG_KINDS = ("prank", "abusive")


@dataclass
class ContactForm:
    """What the counsellor fills in during the contact; saved whole as the draft."""

    caller_type: str | None = None
    language: str | None = None
    district_code: str | None = None
    category_code: str | None = None
    urgency: str | None = None
    outcome: str | None = None
    summary: str | None = None
    ended_at: str | None = None  # ISO time the call ended, when it has
    # Which of the people known by this number is calling (several share family phones).
    person_id: str | None = None
    # A note being typed and not yet added: a crash must not lose it either.
    pending_note: str | None = None
    # A walk-in's token number and room, shown for the whole session.
    token: int | None = None
    room: str | None = None

    @classmethod
    def from_saved(cls, saved: dict) -> ContactForm:
        """A draft saved by this or another version: fields it does not know are left out
        rather than failing, so a draft is never lost to an upgrade."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in saved.items() if k in known})


@dataclass(frozen=True)
class NoteLine:
    created_at: datetime
    body: str


@dataclass(frozen=True)
class OpenDraft:
    contact_id: uuid.UUID
    started_at: datetime
    saved_at: datetime
    channel: str
    number: str | None
    form: ContactForm
    notes: list[NoteLine] = field(default_factory=list)
    direction: str = "inbound"


_C = Contact.__table__
_DRAFTS = ContactDraft.__table__
_OWN_CONTACT = select(_C.c.id, _C.c.counsellor_id, _C.c.status, _C.c.started_at,
                      _C.c.channel, _C.c.phone_ct).where(_C.c.id == bindparam("contact_id"))
DIRECTIONS = ("inbound", "outbound")


def _own_open_contact(connection, session: UserSession, contact_id: uuid.UUID):
    row = connection.execute(_OWN_CONTACT, {"contact_id": contact_id}).first()
    if row is None:
        raise ValidationError("contact", "There is no such contact.")
    if row.counsellor_id != session.actor.user_id:
        raise PermissionDenied("This contact is being handled by someone else.")
    if row.status != "in_progress":
        raise ValidationError("contact", "This contact has already been wrapped up.")
    return row


def start_contact(database: Database, session: UserSession, *, channel: str = Channel.PHONE,
                  typed_number: str | None = None, person_id: uuid.UUID | None = None,
                  direction: str = "inbound") -> uuid.UUID:
    """Open a contact now. A number that is not recognised is kept as typed (sealed), so
    nothing the counsellor was given is lost; it just cannot be looked up. `direction` is
    outbound for a call-back."""
    with database.transaction() as c:
        return start_contact_in(c, session, channel=channel, typed_number=typed_number,
                                person_id=person_id, direction=direction)


def start_contact_in(c, session: UserSession, *, channel: str, typed_number: str | None,
                     person_id: uuid.UUID | None, direction: str) -> uuid.UUID:
    """`start_contact` inside the caller's transaction (the screen pop starts the contact
    and looks the caller up in one)."""
    require(session.actor, Action.HANDLE_CONTACT)
    if channel not in {c.value for c in Channel}:
        raise ValidationError("channel", "Choose phone, walk-in or virtual.")
    if direction not in DIRECTIONS:
        raise ValidationError("direction", "Choose inbound or outbound.")
    if session.actor.centre_id is None:
        raise ValidationError("centre", "Only staff of a centre take contacts.")
    keys = session.keys
    number = normalise_phone(typed_number)
    stored = number.lookup_key or clean_text(typed_number, "number", max_length=40)
    contact_id = uuid.uuid4()
    now = utcnow()
    c.execute(_C.insert(), {
        "id": contact_id, "centre_id": session.actor.centre_id, "desk_id": session.desk_id,
        "counsellor_id": session.actor.user_id, "person_id": person_id, "case_id": None,
        "channel": channel, "direction": direction, "status": "in_progress",
        "started_at": now, "answered_at": now, "created_at": now, "updated_at": now,
        **seal(keys, "contacts", contact_id, {"phone": stored}),
        "phone_bidx": keys.indexer.index("phone", number.lookup_key)
        if number.lookup_key else None})
    audit.record(c, action="contact_started", user_id=session.actor.user_id,
                 desk_id=session.desk_id, entity="contact", entity_id=contact_id,
                 detail={"channel": channel, "direction": direction,
                         "number_recognised": number.recognised})
    return contact_id


def save_draft(database: Database, session: UserSession, contact_id: uuid.UUID,
               form: ContactForm) -> None:
    """Save the form as it stands, unvalidated: a half-typed form must be kept too."""
    keys = session.keys
    payload = json.dumps(asdict(form), ensure_ascii=False)
    with database.transaction() as c:
        _own_open_contact(c, session, contact_id)
        sealed = seal(keys, "contact_drafts", contact_id, {"form": payload})["form_ct"]
        updated = c.execute(update(_DRAFTS).where(_DRAFTS.c.contact_id == contact_id)
                            .values(form_ct=sealed, saved_at=utcnow()))
        if updated.rowcount == 0:
            c.execute(_DRAFTS.insert(), {"contact_id": contact_id,
                                         "user_id": session.actor.user_id,
                                         "saved_at": utcnow(), "form_ct": sealed})


def add_note(database: Database, session: UserSession, contact_id: uuid.UUID,
             body: str) -> uuid.UUID:
    text = clean_text(body, "note", max_length=LONG, multiline=True, required=True)
    with database.transaction() as c:
        _own_open_contact(c, session, contact_id)
        return _insert_note(c, session, contact_id, text)


def _insert_note(c, session: UserSession, contact_id: uuid.UUID, text: str) -> uuid.UUID:
    note_id = uuid.uuid4()
    c.execute(ContactNote.__table__.insert(), {
        "id": note_id, "contact_id": contact_id, "author_id": session.actor.user_id,
        "created_at": utcnow(), **seal(session.keys, "contact_notes", note_id, {"body": text})})
    return note_id


def _notes(connection, keys, contact_id) -> list[NoteLine]:
    rows = connection.execute(select(ContactNote.id, ContactNote.body_ct,
                                     ContactNote.created_at)
                              .where(ContactNote.contact_id == contact_id)
                              .order_by(ContactNote.created_at)).all()
    return [NoteLine(r.created_at,
                     open_fields(keys, "contact_notes", r.id, r, ("body",))[0]["body"] or "")
            for r in rows]


def open_drafts(database: Database, session: UserSession) -> list[OpenDraft]:
    """The counsellor's contacts not wrapped up, with their last saved form: restored after
    a crash, a power cut or a forgotten window."""
    keys = session.keys
    with database.engine.connect() as c:
        rows = c.execute(
            select(_C.c.id, _C.c.started_at, _C.c.channel, _C.c.direction, _C.c.phone_ct,
                   _DRAFTS.c.saved_at, _DRAFTS.c.form_ct)
            .outerjoin(_DRAFTS, _DRAFTS.c.contact_id == _C.c.id)
            .where(_C.c.counsellor_id == session.actor.user_id,
                   _C.c.status == "in_progress").order_by(_C.c.started_at)).all()
        drafts = []
        for row in rows:
            phone = open_fields(keys, "contacts", row.id, row, ("phone",))[0]["phone"]
            form = ContactForm()
            if row.form_ct is not None:
                saved = open_fields(keys, "contact_drafts", row.id, row, ("form",))[0]["form"]
                if saved:
                    form = ContactForm.from_saved(json.loads(saved))
            drafts.append(OpenDraft(row.id, row.started_at, row.saved_at or row.started_at,
                                    row.channel, phone, form, _notes(c, keys, row.id),
                                    row.direction))
    return drafts


def validate_wrap_up(form: ContactForm) -> ContactForm:
    def choice(value, allowed, name, required=False):
        if value in (None, "") and not required:
            return None
        if value not in {str(v) for v in allowed}:
            raise ValidationError(name, "Choose one of the listed values.")
        return value

    outcome = choice(form.outcome, Outcome, "outcome", required=True)
    summary = clean_text(form.summary, "summary", max_length=LONG, multiline=True)
    if outcome in SUBSTANTIVE_OUTCOMES and not summary:
        raise ValidationError("summary", "Write a short summary of this contact.",
                              hint="A summary is needed whenever advice, a referral, a case "
                                   "or a follow-up came of it.")
    if form.district_code and form.district_code not in districts_by_code():
        raise ValidationError("district_code", f"{form.district_code} is not a district.")
    if form.ended_at:
        try:
            ended = datetime.fromisoformat(form.ended_at)
        except ValueError:
            raise ValidationError("ended_at", "The end of the call is not a time.") from None
        if ended.tzinfo is None or ended > utcnow() + timedelta(minutes=1):
            raise ValidationError("ended_at", "The end of the call must be a past time "
                                              "with its time zone.")
    return ContactForm(
        caller_type=choice(form.caller_type, CallerType, "caller_type"),
        language=choice(form.language, LANGUAGES, "language"),
        district_code=form.district_code or None,
        category_code=form.category_code or None,
        urgency=choice(form.urgency, Urgency, "urgency"),
        outcome=outcome, summary=summary, ended_at=form.ended_at,
        person_id=_person_id(form.person_id))


def _person_id(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise ValidationError("person_id", "Choose who is calling from the list.") from None


def wrap_up(database: Database, session: UserSession, contact_id: uuid.UUID,
            form: ContactForm, *, last_note: str | None = None) -> None:
    """Close the contact with its outcome; the draft goes, the wrap-up time is recorded.
    `last_note`: a note typed and not yet added, kept with the wrap-up in one transaction
    (so a refused wrap-up does not leave it added once and typed again)."""
    form = validate_wrap_up(form)
    note = clean_text(last_note, "note", max_length=LONG, multiline=True)
    now = utcnow()
    ended = datetime.fromisoformat(form.ended_at) if form.ended_at else now
    with database.transaction() as c:
        contact = _own_open_contact(c, session, contact_id)
        if ended < contact.started_at:
            raise ValidationError("ended_at", "The call cannot end before it started.")
        category_id = None
        if form.category_code:
            category_id = c.execute(select(Category.id).where(
                Category.code == form.category_code, Category.active.is_(True))).scalar()
            if category_id is None:
                raise ValidationError("category_code", "This category does not exist.")
        person = {}
        if form.person_id:
            found = c.execute(select(Person.id).where(
                Person.id == uuid.UUID(form.person_id), Person.merged_into_id.is_(None))).scalar()
            if found is None:
                raise ValidationError("person_id", "Choose who is calling from the list.")
            person = {"person_id": found}
        c.execute(update(_C).where(_C.c.id == contact_id).values(
            status="answered", ended_at=ended, updated_at=now, **person,
            wrapup_seconds=max(0, int((now - ended).total_seconds())),
            caller_type=form.caller_type, language=form.language,
            district_code=form.district_code, category_id=category_id, urgency=form.urgency,
            outcome=form.outcome,
            **seal(session.keys, "contacts", contact_id, {"summary": form.summary})))
        if note:
            _insert_note(c, session, contact_id, note)
        c.execute(delete(_DRAFTS).where(_DRAFTS.c.contact_id == contact_id))
        audit.record(c, action="contact_wrapped_up", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="contact", entity_id=contact_id,
                     detail={"outcome": form.outcome})


def flag_caller(database: Database, session: UserSession, typed_number: str, kind: str, *,
                days: int = 30, note: str | None = None) -> uuid.UUID:
    """Warn colleagues about a number (prank, abusive) for `days`; it never blocks a call."""
    require(session.actor, Action.HANDLE_CONTACT)
    if kind not in FLAG_KINDS:
        raise ValidationError("kind", "Choose prank or abusive.")
    if not 1 <= days <= 365:
        raise ValidationError("days", "A flag lasts between 1 and 365 days.")
    number = normalise_phone(typed_number)
    if number.lookup_key is None:
        raise ValidationError("number", "Only a recognised number can be flagged.")
    flag_id = uuid.uuid4()
    now = utcnow()
    keys = session.keys
    with database.transaction() as c:
        c.execute(CallerFlag.__table__.insert(), {
            "id": flag_id, "centre_id": session.actor.centre_id, "kind": kind,
            "phone_bidx": keys.indexer.index("phone", number.lookup_key),
            "set_by_id": session.actor.user_id, "expires_at": now + timedelta(days=days),
            "created_at": now, "updated_at": now,
            **seal(keys, "caller_flags", flag_id, {
                "phone": number.lookup_key,
                "note": clean_text(note, "note", max_length=500) if note else None})})
        audit.record(c, action="caller_flagged", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="caller_flag", entity_id=flag_id,
                     detail={"kind": kind, "days": days})
    return flag_id


def caller_flags(connection, session: UserSession, lookup_key: str,
                 now: datetime | None = None) -> list[str]:
    """The unexpired flag kinds on a number (exact match after decryption)."""
    keys = session.keys
    rows = connection.execute(
        select(CallerFlag.id, CallerFlag.phone_ct, CallerFlag.kind).where(
            CallerFlag.phone_bidx == keys.indexer.index("phone", lookup_key),
            CallerFlag.expires_at > (now or utcnow()))).all()
    return sorted({r.kind for r in rows
                   if open_fields(keys, "caller_flags", r.id, r, ("phone",))[0]["phone"]
                   == lookup_key})
