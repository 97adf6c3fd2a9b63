"""The screen pop: what a counsellor must see the moment a call arrives.

From the number as typed or sent by the PBX: the normalised number, whether the caller
is known (blind index, then exact comparison after decryption), their safety flags,
their last contacts with summaries, and their open cases with the next follow-up. Only
what the counsellor may see: contacts of their centre, cases they may open.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import and_, bindparam, func, select

from ..domain.permissions import Action, CaseFacts, can_open_case, require
from ..domain.phone import NormalisedPhone, normalise_phone
from ..persistence.database import Database
from ..persistence.models import Case, CasePerson, Category, Contact, FollowUp, User
from . import audit
from .accounts import UserSession
from .contacts import caller_flags, start_contact_in
from .lookup import KnownPerson, persons_with_phone
from .sealed import open_fields

HISTORY = 10
# The blind index is truncated on purpose, so a number's index also matches strangers'
# contacts; read this many per index value, keep the exact matches.
CANDIDATES = 200


@dataclass(frozen=True)
class PreviousContact:
    id: uuid.UUID
    started_at: datetime
    channel: str
    status: str
    outcome: str | None
    category_en: str | None
    category_ur: str | None
    counsellor: str | None
    summary: str | None
    summary_unreadable: bool


@dataclass(frozen=True)
class OpenCase:
    id: uuid.UUID
    reference: str
    status: str
    risk_level: str
    next_follow_up: date | None


@dataclass(frozen=True)
class ScreenPop:
    number: NormalisedPhone
    callers: list[KnownPerson]
    contacts: list[PreviousContact]
    open_cases: list[OpenCase]
    # Unexpired prank/abusive flags on the number: a warning, never a block.
    caller_flags: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return bool(self.callers or self.contacts)

    @property
    def safety_flags(self) -> tuple[str, ...]:
        return tuple(sorted({f for caller in self.callers for f in caller.safety_flags}))


_C, _K = Contact.__table__, Case.__table__
_CONTACTS_BY_PHONE = (
    select(_C.c.id, _C.c.phone_ct, _C.c.summary_ct, _C.c.started_at, _C.c.channel, _C.c.status,
           _C.c.outcome, _C.c.centre_id, Category.name_en, Category.name_ur,
           User.display_name)
    .outerjoin(Category.__table__, Category.id == _C.c.category_id)
    .outerjoin(User.__table__, User.id == _C.c.counsellor_id)
    .where(_C.c.phone_bidx == bindparam("bidx"))
    .order_by(_C.c.started_at.desc()).limit(CANDIDATES))
_NEXT_FOLLOW_UP = (select(FollowUp.case_id, func.min(FollowUp.due_on).label("due"))
                   .where(FollowUp.status == "planned").group_by(FollowUp.case_id).subquery())
_OPEN_CASES = (
    select(_K.c.id, _K.c.reference, _K.c.status, _K.c.risk_level, _K.c.centre_id,
           _K.c.restricted, _K.c.counsellor_id, _K.c.lawyer_id, _NEXT_FOLLOW_UP.c.due)
    .join(CasePerson.__table__, CasePerson.case_id == _K.c.id)
    .outerjoin(_NEXT_FOLLOW_UP, _NEXT_FOLLOW_UP.c.case_id == _K.c.id)
    .where(and_(CasePerson.person_id.in_(bindparam("person_ids", expanding=True)),
                _K.c.status != "closed"))
    .order_by(_K.c.opened_at.desc()))


_CASES_OF_PERSON = (select(_K.c.centre_id, _K.c.restricted, _K.c.counsellor_id, _K.c.lawyer_id)
                    .join(CasePerson.__table__, CasePerson.case_id == _K.c.id)
                    .where(CasePerson.person_id == bindparam("person_id")))


def _as_seen_by(connection, actor, person: KnownPerson) -> KnownPerson:
    """Who the caller is, only for those who may know: staff of the person's centre, and
    not when the person appears only on cases closed to them (restricted, elsewhere).
    The safety flags always show: they protect the caller whoever answers."""
    visible = actor.centre_id is None or person.centre_id == actor.centre_id
    if visible:
        facts = [CaseFacts(*row) for row in connection.execute(
            _CASES_OF_PERSON, {"person_id": person.id})]
        visible = not facts or any(can_open_case(actor, f) for f in facts)
    return person if visible else replace(person, name=None, district_code=None)


def screen_pop(database: Database, session: UserSession, typed_number: str | None,
               ) -> ScreenPop:
    """Never raises for a bad number: an unrecognised one pops an empty screen that says so."""
    require(session.actor, Action.HANDLE_CONTACT)
    number = normalise_phone(typed_number)
    if number.lookup_key is None:
        return ScreenPop(number, [], [], [])
    with database.transaction() as c:
        return _pop(c, session, number)


@dataclass(frozen=True)
class CallStarted:
    contact_id: uuid.UUID
    started_at: datetime
    pop: ScreenPop


def take_call(database: Database, session: UserSession, typed_number: str | None, *,
              channel: str = "phone", direction: str = "inbound") -> CallStarted:
    """Start a contact and pop the screen for it, in one transaction: what the call screen
    does when the PBX rings or the counsellor presses Ctrl+N. When the number belongs to
    exactly one person the counsellor may know, the contact is linked to them."""
    require(session.actor, Action.HANDLE_CONTACT)
    number = normalise_phone(typed_number)
    with database.transaction() as c:
        pop = _pop(c, session, number) if number.lookup_key else ScreenPop(number, [], [], [])
        visible = [p for p in pop.callers if p.name is not None]
        contact_id = start_contact_in(
            c, session, channel=channel, typed_number=typed_number, direction=direction,
            person_id=visible[0].id if len(visible) == 1 else None)
        started_at = c.execute(select(Contact.started_at)
                               .where(Contact.id == contact_id)).scalar_one()
    return CallStarted(contact_id, started_at, pop)


def _pop(c, session: UserSession, number: NormalisedPhone) -> ScreenPop:
    actor = session.actor
    keys = session.keys
    bidx = keys.indexer.index("phone", number.lookup_key)
    callers = [_as_seen_by(c, actor, person)
               for person in persons_with_phone(c, keys, number.lookup_key)]
    contacts = []
    for row in c.execute(_CONTACTS_BY_PHONE, {"bidx": bidx}):
        if actor.centre_id is not None and row.centre_id != actor.centre_id:
            continue
        phone, bad = open_fields(keys, "contacts", row.id, row, ("phone",))
        if bad or phone["phone"] != number.lookup_key:
            continue
        summary, bad = open_fields(keys, "contacts", row.id, row, ("summary",))
        contacts.append(PreviousContact(
            row.id, row.started_at, row.channel, row.status, row.outcome, row.name_en,
            row.name_ur, row.display_name, summary["summary"], bool(bad)))
        if len(contacts) == HISTORY:
            break
    cases = []
    if any(person.name is not None for person in callers):
        seen = set()
        for row in c.execute(_OPEN_CASES, {"person_ids": [p.id for p in callers
                                                           if p.name is not None]}):
            facts = CaseFacts(row.centre_id, row.restricted, row.counsellor_id,
                              row.lawyer_id)
            if row.id not in seen and can_open_case(actor, facts):
                seen.add(row.id)
                cases.append(OpenCase(row.id, row.reference, row.status, row.risk_level,
                                      row.due))
    flags = tuple(caller_flags(c, session, number.lookup_key))
    audit.record(c, action="screen_pop", user_id=actor.user_id, desk_id=session.desk_id,
                 detail={"known": bool(callers or contacts), "contacts": len(contacts),
                         "cases": len(cases)})
    return ScreenPop(number, callers, contacts, cases, flags)
