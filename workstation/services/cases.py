"""Opening and saving a case with the people on it, and its append-only notes.

Every sensitive value crosses here in one direction or the other: sealed on save
(`services.sealed`), opened on view, with the permission check first and an audit entry
in the same transaction as the change or the view. The case form (screens) builds on
these; nothing here knows about Qt.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from types import SimpleNamespace

from sqlalchemy import bindparam, delete, func, select, update

from ..domain.case_status import check_transition
from ..domain.cnic import normalise_cnic
from ..domain.pakistan_time import PKT, today_pk
from ..domain.permissions import (
    Action,
    CaseFacts,
    PermissionDenied,
    can_open_case,
    require,
    require_case,
)
from ..domain.phone import normalise_phone
from ..domain.text import LONG, clean_text
from ..domain.vocab import (
    AGE_BANDS,
    RELATIONSHIPS,
    CaseStatus,
    PersonRole,
    RiskLevel,
    Vulnerability,
)
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import (
    Case,
    CaseCategory,
    CaseNote,
    CasePerson,
    CaseStatusChange,
    Category,
    Centre,
    Contact,
    ContactDraft,
    Person,
    User,
)
from ..reference import districts_by_code
from . import audit, case_drafts
from .accounts import UserSession
from .case_access import require_case_access
from .sealed import open_fields, reseal, seal

PERSON_FIELDS = ("name", "phone", "cnic", "address", "birth_date")
CASE_FIELDS = ("narrative",)


@dataclass
class PersonOnCase:
    role: str
    name: str | None = None
    phone: str | None = None
    cnic: str | None = None
    address: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    age_band: str | None = None
    district_code: str | None = None
    vulnerabilities: list[str] = field(default_factory=list)
    safety_flags: list[str] = field(default_factory=list)
    relationship: str | None = None
    id: uuid.UUID | None = None
    unreadable: list[str] = field(default_factory=list)
    # The person's link to this case (one per role they play in it): a saved link keeps
    # its id, so a changed role or relationship changes that link, not a second one.
    link_id: uuid.UUID | None = None
    # Taken off the case when saved (entered by mistake); the person's record stays.
    removed: bool = False


@dataclass
class CaseRecord:
    status: str = CaseStatus.NEW
    risk_level: str = RiskLevel.MEDIUM
    restricted: bool = False
    district_code: str | None = None
    category_code: str | None = None
    narrative: str | None = None
    persons: list[PersonOnCase] = field(default_factory=list)
    counsellor_id: uuid.UUID | None = None
    lawyer_id: uuid.UUID | None = None
    centre_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    reference: str | None = None
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    unreadable: list[str] = field(default_factory=list)
    # Why the status changed; required to reopen a closed case. Kept in the history only.
    status_reason: str | None = None
    incident_on: date | None = None
    city: str | None = None
    # Categories beyond the primary one (codes), in the order chosen.
    further_categories: list[str] = field(default_factory=list)
    # The contact (call, walk-in) this case comes from or is discussed in: linked on save.
    contact_id: uuid.UUID | None = None


@dataclass(frozen=True)
class NoteRecord:
    id: uuid.UUID
    created_at: datetime
    author: str | None
    body: str | None
    supersedes_id: uuid.UUID | None
    unreadable: bool


# ---- validation --------------------------------------------------------------------------

def _choice(value: str | None, allowed, field_name: str, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    values = {str(v) for v in allowed}
    if value not in values:
        raise ValidationError(field_name, f"Choose one of: {', '.join(sorted(values))}.")
    return value


def _district(code: str | None, field_name: str) -> str | None:
    if code and code not in districts_by_code():
        raise ValidationError(field_name, f"{code} is not a district in the list.")
    return code or None


def validate_person(person: PersonOnCase, n: int, today: date) -> PersonOnCase:
    prefix = f"persons[{n}]."
    phone = None
    if person.phone and person.phone.strip():
        number = normalise_phone(person.phone)
        if not number.recognised:
            raise ValidationError(prefix + "phone", "This phone number is not recognised.",
                                  hint="Type it as 0300-1234567 or +92 300 1234567.")
        phone = number.lookup_key
    if person.birth_date and person.birth_date > today:
        raise ValidationError(prefix + "birth_date", "A date of birth cannot be in the future.")
    unknown = set(person.vulnerabilities) - {v.value for v in Vulnerability}
    if unknown:
        raise ValidationError(prefix + "vulnerabilities",
                              f"Unknown marker: {', '.join(sorted(unknown))}.")
    return replace(
        person,
        role=_choice(person.role, PersonRole, prefix + "role"),
        name=clean_text(person.name, prefix + "name"),
        phone=phone,
        cnic=normalise_cnic(person.cnic, prefix + "cnic") if person.cnic and person.cnic.strip()
        else None,
        address=clean_text(person.address, prefix + "address", max_length=500),
        sex=_choice(person.sex, ("f", "m", "x"), prefix + "sex", required=False),
        age_band=_choice(person.age_band, AGE_BANDS, prefix + "age_band", required=False),
        district_code=_district(person.district_code, prefix + "district_code"),
        relationship=_choice(person.relationship or None, RELATIONSHIPS,
                             prefix + "relationship", required=False),
    )


def _incident(record: CaseRecord, today: date) -> date | None:
    day = record.incident_on
    if day is None:
        return None
    if day > today:
        raise ValidationError("incident_on", "An incident cannot be dated in the future.")
    reported = record.opened_at.astimezone(PKT).date() if record.opened_at else today
    if day > reported:
        raise ValidationError("incident_on", "The incident cannot be dated after it was "
                                             "reported (when the case was opened).")
    if day.year < 1900:
        raise ValidationError("incident_on", "This date is too far back.")
    return day


def _further(record: CaseRecord) -> list[str]:
    found: list[str] = []
    for code in record.further_categories:
        code = (code or "").strip()
        if code and code != record.category_code and code not in found:
            found.append(code)
    return found


def validate_case(record: CaseRecord, today: date) -> CaseRecord:
    return replace(
        record,
        status=_choice(record.status, CaseStatus, "status"),
        risk_level=_choice(record.risk_level, RiskLevel, "risk_level"),
        district_code=_district(record.district_code, "district_code"),
        narrative=clean_text(record.narrative, "narrative", max_length=LONG, multiline=True),
        persons=[validate_person(p, n, today) for n, p in enumerate(record.persons)],
        status_reason=clean_text(record.status_reason, "status_reason", max_length=2000,
                                 multiline=True),
        incident_on=_incident(record, today),
        city=clean_text(record.city, "city", max_length=100),
        further_categories=_further(record),
    )


# ---- reading -----------------------------------------------------------------------------

def _facts(case: Case) -> CaseFacts:
    return CaseFacts(case.centre_id, case.restricted, case.counsellor_id, case.lawyer_id)


_CASES, _PERSONS, _LINKS = Case.__table__, Person.__table__, CasePerson.__table__
# One statement, built once with a bind parameter: the case, its category and its people
# (one row per person; person columns empty for a case without people). On this hot path
# building or issuing a statement costs more than the SQL itself.
_OPEN_QUERY = (
    select(_CASES.c.id, _CASES.c.reference, _CASES.c.centre_id, _CASES.c.status,
           _CASES.c.risk_level, _CASES.c.restricted, _CASES.c.counsellor_id,
           _CASES.c.lawyer_id, _CASES.c.district_code, _CASES.c.opened_at,
           _CASES.c.closed_at, _CASES.c.narrative_ct, Category.code.label("category_code"),
           _CASES.c.incident_on, _CASES.c.city, _LINKS.c.id.label("link_id"),
           _LINKS.c.role, _LINKS.c.relationship, _PERSONS.c.id.label("person_id"),
           _PERSONS.c.name_ct, _PERSONS.c.phone_ct, _PERSONS.c.cnic_ct, _PERSONS.c.address_ct,
           _PERSONS.c.birth_date_ct, _PERSONS.c.sex, _PERSONS.c.age_band,
           _PERSONS.c.district_code.label("person_district_code"), _PERSONS.c.vulnerabilities,
           _PERSONS.c.safety_flags)
    .outerjoin(Category.__table__, Category.id == _CASES.c.primary_category_id)
    .outerjoin(_LINKS, _LINKS.c.case_id == _CASES.c.id)
    .outerjoin(_PERSONS, _PERSONS.c.id == _LINKS.c.person_id)
    .where(_CASES.c.id == bindparam("case_id")))
# People in the order a form lists them: the client first, then who called, then others.
ROLE_ORDER = {role: n for n, role in enumerate(
    (PersonRole.CLIENT, PersonRole.CALLER, PersonRole.PERPETRATOR,
     PersonRole.HOUSEHOLD_MEMBER))}
_FURTHER_QUERY = (select(Category.code)
                  .join(CaseCategory.__table__, CaseCategory.category_id == Category.id)
                  .where(CaseCategory.case_id == bindparam("case_id"))
                  .order_by(Category.sort_order, Category.code))


def open_case(database: Database, session: UserSession, case_id: uuid.UUID) -> CaseRecord:
    require(session.actor, Action.VIEW_CASE)
    keys = session.keys
    # Core statements, no ORM session: this runs on every screen pop and case open, and
    # identity-map loading would cost more than the SQL and the decryption.
    with database.transaction() as connection:
        rows = connection.execute(_OPEN_QUERY, {"case_id": case_id}).all()
        if not rows:
            raise ValidationError("case", "There is no such case.")
        case = rows[0]
        require_case(session.actor, _facts(case))
        narrative, unreadable = open_fields(keys, "cases", case.id, case, CASE_FIELDS)
        persons = []
        for person in rows if case.person_id is not None else ():
            values, bad = open_fields(keys, "persons", person.person_id, person, PERSON_FIELDS)
            birth = values.pop("birth_date")
            persons.append(PersonOnCase(
                role=person.role, relationship=person.relationship, id=person.person_id,
                link_id=person.link_id,
                birth_date=date.fromisoformat(birth) if birth else None,
                sex=person.sex, age_band=person.age_band,
                district_code=person.person_district_code,
                vulnerabilities=list(person.vulnerabilities or ()),
                safety_flags=list(person.safety_flags or ()), unreadable=bad, **values))
            unreadable += [f"{person.role}.{f}" for f in bad]
        persons.sort(key=lambda p: ROLE_ORDER.get(p.role, len(ROLE_ORDER)))
        further = list(connection.execute(_FURTHER_QUERY, {"case_id": case_id}).scalars())
        audit.record(connection, action="case_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case.id,
                     detail={"unreadable": unreadable} if unreadable else None)
    return CaseRecord(
        status=case.status, risk_level=case.risk_level, restricted=case.restricted,
        district_code=case.district_code, category_code=case.category_code,
        narrative=narrative["narrative"], persons=persons,
        counsellor_id=case.counsellor_id, lawyer_id=case.lawyer_id,
        centre_id=case.centre_id, id=case.id, reference=case.reference,
        opened_at=case.opened_at, closed_at=case.closed_at, unreadable=unreadable,
        incident_on=case.incident_on, city=case.city, further_categories=further)


def notes(database: Database, session: UserSession, case_id: uuid.UUID) -> list[NoteRecord]:
    """Every note, older versions included (an edit supersedes; nothing is removed)."""
    require(session.actor, Action.VIEW_CASE)
    keys = session.keys
    with database.uow() as uow:
        s = uow.session
        require_case_access(s.connection(), session, case_id)
        rows = s.execute(select(CaseNote, User.display_name)
                         .outerjoin(User, User.id == CaseNote.author_id)
                         .where(CaseNote.case_id == case_id)
                         .order_by(CaseNote.created_at)).all()
        audit.record(s, action="notes_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id)
        uow.commit()
    found = []
    for note, author in rows:
        values, bad = open_fields(keys, "case_notes", note.id, note, ("body",))
        found.append(NoteRecord(note.id, note.created_at, author, values["body"],
                                note.supersedes_id, bool(bad)))
    return found


# ---- writing -----------------------------------------------------------------------------

_CATEGORY_BY_CODE = select(Category.id).where(Category.code == bindparam("code"),
                                               Category.active.is_(True))
_CENTRE = select(Centre.id, Centre.code).where(Centre.id == bindparam("centre_id"))
_CASE_FACTS = select(_CASES.c.centre_id, _CASES.c.restricted, _CASES.c.counsellor_id,
                     _CASES.c.lawyer_id, _CASES.c.status, _CASES.c.risk_level,
                     _CASES.c.district_code, _CASES.c.primary_category_id, _CASES.c.reference,
                     _CASES.c.opened_at, _CASES.c.closed_at, _CASES.c.narrative_ct,
                     _CASES.c.incident_on, _CASES.c.city
                     ).where(_CASES.c.id == bindparam("case_id"))
_LINKED = select(_LINKS.c.id, _LINKS.c.person_id, _LINKS.c.role, _LINKS.c.relationship).where(
    _LINKS.c.case_id == bindparam("case_id"))
_UPDATE_LINK = _LINKS.update().where(_LINKS.c.id == bindparam("link_id"))
_FURTHER = CaseCategory.__table__
_FURTHER_OF_CASE = select(_FURTHER.c.id, Category.code).join(
    Category.__table__, Category.id == _FURTHER.c.category_id).where(
    _FURTHER.c.case_id == bindparam("case_id"))
_CONTACTS = Contact.__table__
_UPDATE_CASE = _CASES.update().where(_CASES.c.id == bindparam("case_id"))
_UPDATE_PERSON = _PERSONS.update().where(_PERSONS.c.id == bindparam("person_id"))
_STATUS_HISTORY = CaseStatusChange.__table__


def _next_reference(connection, centre_code: str, year: int) -> str:
    prefix = f"{centre_code}-{year}-"
    last = connection.execute(select(func.max(_CASES.c.reference))
                              .where(_CASES.c.reference.like(prefix + "%"))).scalar()
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:06d}"


_SEALED_OF_PERSONS = select(_PERSONS.c.id, _PERSONS.c.name_ct, _PERSONS.c.phone_ct,
                            _PERSONS.c.cnic_ct, _PERSONS.c.address_ct,
                            _PERSONS.c.birth_date_ct).where(
    _PERSONS.c.id.in_(bindparam("ids", expanding=True)))


def _person_values(keys, person: PersonOnCase, person_id: uuid.UUID,
                   stored=None) -> dict:
    plain = {"name": person.name, "phone": person.phone, "cnic": person.cnic,
             "address": person.address,
             "birth_date": person.birth_date.isoformat() if person.birth_date else None}
    return {**reseal(keys, "persons", person_id, plain, stored),
            "phone_bidx": keys.indexer.index("phone", person.phone) if person.phone else None,
            "cnic_bidx": keys.indexer.index("cnic", person.cnic) if person.cnic else None,
            "sex": person.sex, "age_band": person.age_band,
            "district_code": person.district_code,
            "vulnerabilities": list(person.vulnerabilities),
            "safety_flags": list(person.safety_flags), "updated_at": utcnow()}


def save_case(database: Database, session: UserSession, record: CaseRecord, *,
              draft_id: uuid.UUID | None = None) -> CaseRecord:
    """Create (no id) or change a case; returns it with ids and reference filled in.

    One transaction of prebuilt Core statements: the case, its people, the audit entry,
    and the removal of the form's draft (`draft_id`), so that a saved case never comes
    back as an unsaved draft after a crash, nor a refused save loses its draft."""
    record = validate_case(record, today_pk())
    with database.transaction() as c:
        saved = save_validated(c, session, record)
        if draft_id is not None:
            case_drafts.delete_draft_in(c, session, draft_id)
        return saved


_ASSIGNABLE = {"counsellor_id": ("counsellor", "supervisor"), "lawyer_id": ("lawyer",)}


def _check_assignee(c, user_id, centre_id, field_name: str) -> None:
    if user_id is None:
        return
    row = c.execute(select(User.role, User.centre_id, User.active)
                    .where(User.id == user_id)).first()
    if row is None or not row.active or row.role not in _ASSIGNABLE[field_name] or \
            row.centre_id not in (centre_id, None):
        raise ValidationError(field_name, "Choose an active "
                              f"{' or '.join(_ASSIGNABLE[field_name])} of the case's centre.")


def save_validated(c, session: UserSession, record: CaseRecord, *,
                   opened_at: datetime | None = None) -> CaseRecord:
    """`save_case` inside the caller's transaction, for a record already validated
    (`validate_case`); an import saves all its cases in one transaction this way.
    `opened_at` keeps an imported case's own date."""
    keys = session.keys
    actor = session.actor
    now = utcnow()
    category_id = None
    if record.category_code:
        category_id = c.execute(_CATEGORY_BY_CODE, {"code": record.category_code}).scalar()
        if category_id is None:
            raise ValidationError("category_code", "This category does not exist.")
    values = {"status": record.status, "risk_level": record.risk_level,
              "restricted": record.restricted, "district_code": record.district_code,
              "primary_category_id": category_id, "incident_on": record.incident_on,
              "city": record.city, "updated_at": now}
    if record.id is None:
        require(actor, Action.CREATE_CASE)
        centre = c.execute(_CENTRE, {"centre_id": actor.centre_id or record.centre_id}
                           ).first() if (actor.centre_id or record.centre_id) else None
        if centre is None:
            raise ValidationError("centre", "Choose the centre this case belongs to.")
        case_id = uuid.uuid4()
        _check_assignee(c, record.counsellor_id, centre.id, "counsellor_id")
        _check_assignee(c, record.lawyer_id, centre.id, "lawyer_id")
        opened = opened_at or now
        stored = SimpleNamespace(
            centre_id=centre.id, counsellor_id=record.counsellor_id or actor.user_id,
            lawyer_id=record.lawyer_id,
            reference=_next_reference(c, centre.code, opened.year),
            opened_at=opened, closed_at=None)
        changed = [k for k, v in values.items() if v not in (None, False)
                   and k != "updated_at"]
        c.execute(_CASES.insert(), {**values, **vars(stored), "id": case_id,
                                    "created_at": now})
        action = "case_created"
    else:
        require(actor, Action.EDIT_CASE)
        if record.unreadable:
            # Those fields opened empty; saving would write the emptiness over them.
            raise ValidationError(
                "unreadable", "Part of this case could not be read, so it cannot be saved "
                "without erasing that part.",
                hint="Sign in again to pick up the newest keys; if it stays unreadable, "
                     "tell an administrator.")
        case_id = record.id
        stored = c.execute(_CASE_FACTS, {"case_id": case_id}).first()
        if stored is None:
            raise ValidationError("case", "There is no such case.")
        require_case(actor, CaseFacts(stored.centre_id, stored.restricted,
                                      stored.counsellor_id, stored.lawyer_id))
        if record.restricted != stored.restricted and actor.role != "supervisor" and \
                actor.user_id not in (stored.counsellor_id, stored.lawyer_id):
            raise PermissionDenied("Only the assigned counsellor or lawyer, or a "
                                   "supervisor, may change whether a case is restricted.")
        # The record as opened carries the assignments: None means none (a lawyer can be
        # taken off a case). Only a supervisor or those assigned may change them.
        values["counsellor_id"] = record.counsellor_id or stored.counsellor_id
        values["lawyer_id"] = record.lawyer_id
        for name in ("counsellor_id", "lawyer_id"):
            if values[name] != getattr(stored, name):
                if actor.role != "supervisor" and actor.user_id not in (
                        stored.counsellor_id, stored.lawyer_id):
                    raise PermissionDenied("Only a supervisor or the people assigned may "
                                           "change who works on a case.")
                _check_assignee(c, values[name], stored.centre_id, name)
        changed = [k for k in ("status", "risk_level", "restricted", "district_code",
                               "primary_category_id", "counsellor_id", "lawyer_id",
                               "incident_on", "city")
                   if getattr(stored, k) != values[k]]
        action = "case_changed"
    if check_transition(None if record.id is None else stored.status, record.status,
                        record.status_reason):
        history_id = uuid.uuid4()
        c.execute(_STATUS_HISTORY.insert(), {
            "id": history_id, "case_id": case_id, "to_status": record.status,
            "from_status": None if record.id is None else stored.status,
            "changed_by_id": actor.user_id, "changed_at": now,
            **seal(keys, "case_status_changes", history_id,
                   {"reason": record.status_reason})})
    closed_at = stored.closed_at
    if record.status == CaseStatus.CLOSED and closed_at is None:
        closed_at = now
    elif record.status != CaseStatus.CLOSED:
        closed_at = None
    c.execute(_UPDATE_CASE, {"case_id": case_id, "closed_at": closed_at,
                             "lawyer_id": values.get("lawyer_id", stored.lawyer_id), **values,
                             **reseal(keys, "cases", case_id, {"narrative": record.narrative},
                                      {"narrative_ct": getattr(stored, "narrative_ct", None)})})
    persons, removed = _save_persons(c, session, case_id, stored.centre_id, record.persons,
                                     now)
    if record.id is not None or record.further_categories:
        if _save_further_categories(c, case_id, record.further_categories):
            changed.append("further_categories")
    if record.contact_id is not None:
        _link_contact(c, session, record.contact_id, case_id, stored.centre_id)
    detail = {"fields": changed, "persons": len(persons)}
    if removed:
        detail["persons_removed"] = removed
    audit.record(c, action=action, user_id=actor.user_id, desk_id=session.desk_id,
                 entity="case", entity_id=case_id, detail=detail)
    return replace(record, id=case_id, reference=stored.reference, centre_id=stored.centre_id,
                   opened_at=stored.opened_at, closed_at=closed_at,
                   counsellor_id=values.get("counsellor_id", stored.counsellor_id),
                   lawyer_id=values.get("lawyer_id", stored.lawyer_id), persons=persons)


def _save_persons(c, session: UserSession, case_id: uuid.UUID, centre_id: uuid.UUID,
                  people: list[PersonOnCase], now: datetime) -> tuple[list[PersonOnCase], int]:
    """Write the people of the form: new ones, changed ones, a changed role or
    relationship on their link, those taken off the case. Returns them with their ids."""
    keys = session.keys
    links = {row.id: row for row in c.execute(_LINKED, {"case_id": case_id})}
    by_role = {(row.person_id, row.role): row for row in links.values()}
    on_case = {row.person_id for row in links.values()}
    known = [p.id for p in people if p.id is not None and not p.removed]
    sealed_now = {row.id: row._mapping for row in c.execute(
        _SEALED_OF_PERSONS, {"ids": known})} if known else {}
    persons: list[PersonOnCase] = []
    removed = 0
    for n, person in enumerate(people):
        if person.link_id is not None:
            link = links.get(person.link_id)
            if link is None or link.person_id != person.id:
                raise ValidationError(f"persons[{n}]", "This person is not on this case.")
        else:
            link = by_role.get((person.id, person.role)) if person.id else None
        if person.removed:
            if link is not None:
                c.execute(delete(_LINKS).where(_LINKS.c.id == link.id))
                removed += 1
            continue
        if person.id is not None and person.id not in on_case:
            _check_linkable(c, session, person.id, centre_id, n)
        person_id = person.id or uuid.uuid4()
        row = _person_values(keys, person, person_id, sealed_now.get(person_id))
        if person.id is None:
            c.execute(_PERSONS.insert(), {**row, "id": person_id, "created_at": now,
                                          "centre_id": centre_id})
        else:
            c.execute(_UPDATE_PERSON, {**row, "person_id": person_id})
        if link is None:
            link_id = uuid.uuid4()
            c.execute(_LINKS.insert(), {"id": link_id, "case_id": case_id,
                                        "person_id": person_id, "role": person.role,
                                        "relationship": person.relationship})
            by_role[(person_id, person.role)] = SimpleNamespace(id=link_id)
        else:
            link_id = link.id
            if (link.role, link.relationship) != (person.role, person.relationship):
                other = by_role.get((person_id, person.role))
                if other is not None and other.id != link.id:
                    raise ValidationError(f"persons[{n}].role",
                                          "This person already has this role on the case.")
                c.execute(_UPDATE_LINK, {"link_id": link.id, "role": person.role,
                                         "relationship": person.relationship})
        persons.append(replace(person, id=person_id, link_id=link_id))
    return persons, removed


def _check_linkable(c, session: UserSession, person_id: uuid.UUID, centre_id: uuid.UUID,
                    n: int) -> None:
    """An existing record (the caller of a contact, a duplicate found) may join this case
    only if it is of the same centre, not merged away, and every case it is on is open
    to this person: otherwise saving the form would write over what they cannot see."""
    row = c.execute(select(Person.centre_id, Person.merged_into_id)
                    .where(Person.id == person_id)).first()
    if row is None or row.centre_id != centre_id or row.merged_into_id is not None:
        raise ValidationError(f"persons[{n}]", "This person is not on this case.")
    for facts in c.execute(select(_CASES.c.centre_id, _CASES.c.restricted,
                                  _CASES.c.counsellor_id, _CASES.c.lawyer_id)
                           .join(_LINKS, _LINKS.c.case_id == _CASES.c.id)
                           .where(_LINKS.c.person_id == person_id)):
        if not can_open_case(session.actor, CaseFacts(*facts)):
            raise ValidationError(f"persons[{n}]", "This person is not on this case.")


def _save_further_categories(c, case_id: uuid.UUID, codes: list[str]) -> bool:
    """Make the case's further categories `codes`; True if that changed anything."""
    stored = {row.code: row.id for row in c.execute(_FURTHER_OF_CASE, {"case_id": case_id})}
    if set(stored) == set(codes):
        return False
    for code, row_id in stored.items():
        if code not in codes:
            c.execute(delete(_FURTHER).where(_FURTHER.c.id == row_id))
    for code in codes:
        if code in stored:
            continue
        category_id = c.execute(_CATEGORY_BY_CODE, {"code": code}).scalar()
        if category_id is None:
            raise ValidationError("further_categories", "This category does not exist.")
        c.execute(_FURTHER.insert(), {"id": uuid.uuid4(), "case_id": case_id,
                                      "category_id": category_id})
    return True


def _link_contact(c, session: UserSession, contact_id: uuid.UUID, case_id: uuid.UUID,
                  centre_id: uuid.UUID) -> None:
    """Record that the contact was about this case. A contact already linked to another
    case keeps that link (a call about two cases names the first one it was filed under)."""
    row = c.execute(select(_CONTACTS.c.centre_id, _CONTACTS.c.case_id,
                           _CONTACTS.c.counsellor_id)
                    .where(_CONTACTS.c.id == contact_id)).first()
    if row is None or row.centre_id != centre_id:
        raise ValidationError("contact", "This contact is not of the case's centre.")
    if row.counsellor_id != session.actor.user_id and session.actor.role != "supervisor":
        raise PermissionDenied("This contact is being handled by someone else.")
    if row.case_id is None:
        c.execute(update(_CONTACTS).where(_CONTACTS.c.id == contact_id)
                  .values(case_id=case_id, updated_at=utcnow()))


def add_note(database: Database, session: UserSession, case_id: uuid.UUID, body: str,
             supersedes: uuid.UUID | None = None) -> uuid.UUID:
    """Append a note; an edit is a new note that supersedes the old, which stays."""
    require(session.actor, Action.EDIT_CASE)
    text = clean_text(body, "note", max_length=LONG, multiline=True, required=True)
    keys = session.keys
    with database.uow() as uow:
        s = uow.session
        require_case_access(s.connection(), session, case_id)
        if supersedes is not None and s.scalar(select(CaseNote.case_id).where(
                CaseNote.id == supersedes)) != case_id:
            raise ValidationError("supersedes", "The note being edited is not on this case.")
        note_id = uuid.uuid4()
        s.add(CaseNote(id=note_id, case_id=case_id, author_id=session.actor.user_id,
                       supersedes_id=supersedes, **seal(keys, "case_notes", note_id,
                                                        {"body": text})))
        audit.record(s, action="note_added", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"note": str(note_id)})
        uow.commit()
        return note_id


@dataclass(frozen=True)
class StatusChange:
    changed_at: datetime
    from_status: str | None
    to_status: str
    by: str | None
    reason: str | None


def status_history(database: Database, session: UserSession,
                   case_id: uuid.UUID) -> list[StatusChange]:
    require(session.actor, Action.VIEW_CASE)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        rows = c.execute(select(_STATUS_HISTORY, User.display_name)
                         .outerjoin(User, User.id == _STATUS_HISTORY.c.changed_by_id)
                         .where(_STATUS_HISTORY.c.case_id == case_id)
                         .order_by(_STATUS_HISTORY.c.changed_at)).all()
        audit.record(c, action="status_history_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id)
    return [StatusChange(r.changed_at, r.from_status, r.to_status, r.display_name,
                         open_fields(session.keys, "case_status_changes", r.id, r,
                                     ("reason",))[0]["reason"]) for r in rows]


def link_contact(database: Database, session: UserSession, contact_id: uuid.UUID,
                 case_id: uuid.UUID) -> None:
    """The case was opened from a contact (F6 during a call): the contact is filed under
    it, unless it already is under another."""
    require(session.actor, Action.EDIT_CASE)
    with database.transaction() as c:
        facts = require_case_access(c, session, case_id)
        _link_contact(c, session, contact_id, case_id, facts.centre_id)
        audit.record(c, action="contact_linked", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"contact": str(contact_id)})


# ---- a new case from a contact -----------------------------------------------------------

def new_case_from_contact(database: Database, session: UserSession,
                          contact_id: uuid.UUID) -> CaseRecord:
    """The form of a new case started from a call or walk-in (F6 on the call screen):
    the caller on it with their number, the contact's district and category (as typed so
    far, for a contact still in progress), and the contact to be linked when it is saved.

    A caller already known by that number joins as that record (with what it holds) when
    every case they are on is open to this person; otherwise as a new record with only
    the number, so nothing is shown that this person may not see."""
    from .contacts import ContactForm

    require(session.actor, Action.CREATE_CASE)
    keys = session.keys
    with database.transaction() as c:
        contact = c.execute(select(_CONTACTS).where(_CONTACTS.c.id == contact_id)).first()
        if contact is None:
            raise ValidationError("contact", "There is no such contact.")
        if session.actor.centre_id not in (None, contact.centre_id):
            raise PermissionDenied("This contact is not of your centre.")
        form = ContactForm()
        draft = c.execute(select(ContactDraft.contact_id, ContactDraft.form_ct).where(
            ContactDraft.contact_id == contact_id)).first()
        if draft is not None and contact.counsellor_id == session.actor.user_id:
            saved = open_fields(keys, "contact_drafts", contact_id, draft, ("form",))[0]["form"]
            if saved:
                form = ContactForm.from_saved(json.loads(saved))
        number = open_fields(keys, "contacts", contact_id, contact, ("phone",))[0]["phone"]
        district = form.district_code or contact.district_code
        category = None
        if form.category_code:
            category = form.category_code if c.execute(_CATEGORY_BY_CODE, {
                "code": form.category_code}).scalar() else None
        elif contact.category_id:
            category = c.execute(select(Category.code).where(
                Category.id == contact.category_id)).scalar()
        caller_type = form.caller_type or contact.caller_type
        role = PersonRole.CLIENT if caller_type == "survivor" else PersonRole.CALLER
        if number and not normalise_phone(number).recognised:
            number = None   # kept on the contact as typed; a person needs a real number
        person = PersonOnCase(role=role, phone=number, district_code=district)
        person_id = contact.person_id or (uuid.UUID(form.person_id) if form.person_id
                                          else None)
        if person_id is not None:
            try:
                _check_linkable(c, session, person_id, contact.centre_id, 0)
            except ValidationError:
                person_id = None
        if person_id is not None:
            row = c.execute(select(Person).where(Person.id == person_id)).first()
            values, bad = open_fields(keys, "persons", person_id, row, PERSON_FIELDS)
            birth = values.pop("birth_date")
            person = PersonOnCase(
                role=role, id=person_id, sex=row.sex, age_band=row.age_band,
                district_code=row.district_code or district,
                birth_date=date.fromisoformat(birth) if birth else None,
                vulnerabilities=list(row.vulnerabilities or ()),
                safety_flags=list(row.safety_flags or ()), unreadable=bad, **values)
            if not person.phone and number:
                person.phone = number
        audit.record(c, action="contact_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="contact", entity_id=contact_id,
                     detail={"for": "new_case"})
    if district not in districts_by_code():
        if person.district_code == district:
            person.district_code = None
        district = None
    return CaseRecord(district_code=district, category_code=category, persons=[person],
                      contact_id=contact_id, centre_id=contact.centre_id)
