"""Finding the same person recorded twice, and merging them without losing anything.

Same phone number or CNIC (blind index, then exact comparison), or a similar name in the
same centre, tolerant of Roman-Urdu spellings and of Urdu script (domain.names). A merge
moves every case link, contact and appointment of one record to the other and keeps the
merged record, marked, so none of its values is lost.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz
from sqlalchemy import select, update

from .. import reference
from ..domain.names import NameKeys
from ..domain.permissions import Action, CaseFacts, PermissionDenied, can_open_case, require
from ..errors import ValidationError
from ..persistence.database import Database
from ..persistence.models import Appointment, Case, CasePerson, Contact, Person
from . import audit
from .accounts import UserSession
from .sealed import open_fields

SIMILAR = 88  # token-sort similarity of name keys, out of 100


@dataclass
class DuplicateCandidate:
    person_id: uuid.UUID
    name: str | None
    reasons: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)
    # What the record holds, for a side-by-side comparison before linking or merging
    # (the person may open every case it is on, or it would not be offered).
    phone: str | None = None
    cnic: str | None = None
    address: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    age_band: str | None = None
    district_code: str | None = None
    vulnerabilities: list[str] = field(default_factory=list)


@cache
def name_keys() -> NameKeys:
    return NameKeys((n.name_en, n.variants, n.name_ur) for n in reference.load_demo_names())


def _person(connection, person_id):
    row = connection.execute(select(Person).where(Person.id == person_id)).first()
    if row is None:
        raise ValidationError("person", "There is no such person.")
    return row


def _cases_of(connection, session: UserSession, person_id) -> list[str] | None:
    """References of the person's cases, or None if any of them is closed to this user."""
    rows = connection.execute(
        select(Case.reference, Case.centre_id, Case.restricted, Case.counsellor_id,
               Case.lawyer_id).join(CasePerson, CasePerson.case_id == Case.id)
        .where(CasePerson.person_id == person_id)).all()
    if any(not can_open_case(session.actor, CaseFacts(*r[1:])) for r in rows):
        return None
    return sorted({r.reference for r in rows})


def find_duplicates(database: Database, session: UserSession,
                    person_id: uuid.UUID) -> list[DuplicateCandidate]:
    require(session.actor, Action.EDIT_CASE)
    keys = session.keys
    with database.transaction() as c:
        audit.record(c, action="duplicates_searched", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="person", entity_id=person_id)
        me = _person(c, person_id)
        mine, _ = open_fields(keys, "persons", me.id, me, ("name", "phone", "cnic"))
        my_key = name_keys().key(mine["name"])
        found: dict[uuid.UUID, DuplicateCandidate] = {}

        def candidate(row, reason):
            entry = found.setdefault(row.id, DuplicateCandidate(row.id, None))
            entry.reasons.append(reason)

        for kind, column, index in (("phone", Person.phone_bidx, me.phone_bidx),
                                    ("cnic", Person.cnic_bidx, me.cnic_bidx)):
            if index is None:
                continue
            for row in c.execute(select(Person.id, getattr(Person, f"{kind}_ct")).where(
                    column == index, Person.id != person_id, Person.merged_into_id.is_(None))):
                value = open_fields(keys, "persons", row.id, row, (kind,))[0][kind]
                if value == mine[kind]:
                    candidate(row, f"same {'phone number' if kind == 'phone' else 'CNIC'}")
        if my_key:
            query = select(Person.id, Person.name_ct).where(
                Person.centre_id == me.centre_id, Person.id != person_id,
                Person.merged_into_id.is_(None), Person.name_ct.is_not(None))
            if me.sex:
                query = query.where((Person.sex == me.sex) | Person.sex.is_(None))
            if me.district_code:
                # Every name must be decrypted to be compared: stay within the district
                # (or where it was not recorded) to keep a search under a few seconds.
                query = query.where((Person.district_code == me.district_code)
                                    | Person.district_code.is_(None))
            for row in c.execute(query):
                name = open_fields(keys, "persons", row.id, row, ("name",))[0]["name"]
                score = fuzz.token_sort_ratio(my_key, name_keys().key(name))
                if score >= SIMILAR:
                    candidate(row, f"similar name ({score:.0f}%)")
        results = []
        for entry in found.values():
            cases = _cases_of(c, session, entry.person_id)
            if cases is None:
                continue  # someone on a case this user may not open: not offered
            row = _person(c, entry.person_id)
            values, _ = open_fields(keys, "persons", row.id, row,
                                    ("name", "phone", "cnic", "address", "birth_date"))
            entry.name, entry.phone, entry.cnic = values["name"], values["phone"], values["cnic"]
            entry.address, entry.birth_date = values["address"], values["birth_date"]
            entry.sex, entry.age_band, entry.district_code = row.sex, row.age_band, \
                row.district_code
            entry.vulnerabilities = list(row.vulnerabilities or ())
            entry.cases = cases
            results.append(entry)
    return sorted(results, key=lambda e: (-len(e.reasons), e.name or ""))


def merge(database: Database, session: UserSession, keep_id: uuid.UUID,
          merge_id: uuid.UUID) -> None:
    """Move everything of `merge_id` to `keep_id`; `merge_id` stays, marked as merged."""
    require(session.actor, Action.EDIT_CASE)
    if keep_id == merge_id:
        raise ValidationError("person", "Choose two different records.")
    with database.transaction() as c:
        for person_id in (keep_id, merge_id):
            if _person(c, person_id).merged_into_id is not None:
                raise ValidationError("person", "One of these records was already merged.")
            if _cases_of(c, session, person_id) is None:
                raise PermissionDenied("One of these people is on a case not open to you.")
        kept_links = {(r.case_id, r.role) for r in c.execute(
            select(CasePerson.case_id, CasePerson.role).where(CasePerson.person_id == keep_id))}
        for link in c.execute(select(CasePerson).where(CasePerson.person_id == merge_id)).all():
            if (link.case_id, link.role) not in kept_links:
                c.execute(update(CasePerson).where(CasePerson.id == link.id)
                          .values(person_id=keep_id))
        for model in (Contact, Appointment):
            c.execute(update(model).where(model.person_id == merge_id).values(person_id=keep_id))
        c.execute(update(Person).where(Person.id == merge_id).values(merged_into_id=keep_id))
        audit.record(c, action="persons_merged", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="person", entity_id=keep_id,
                     detail={"merged": str(merge_id)})
