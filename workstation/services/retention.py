"""Data retention: how long a closed case keeps its personal data, the cases now due for
a supervisor to confirm, legal holds, and shredding.

A retention period counts from the day a case was closed; open cases are never due. A
case's period is the longest of its categories' periods (its primary category and any
further ones); a category without a rule of its own takes its group's, then the default
("*"). With no rule at all a case is kept.

Shredding a case sets every sensitive value of its rows to NULL — the narrative, the
people's names, numbers, CNICs, addresses and dates of birth (with their blind
indexes), notes, summaries of its contacts, referral and legal notes, hearing purposes,
appointment names — through the ordinary write path, so the desk's change log carries
the NULLs to the shared database and from there to every desk that holds the case. The
coded facts statistics count (category, district, sex, age band, vulnerability,
outcomes, dates) stay. The keys are organisation-wide, not per case, so destroying a key
cannot shred one case: values are removed instead. A person who is also on a case that
is kept keeps their details. Afterwards the desk's file is rewritten (VACUUM) so no
freed page keeps an old copy. What this does not reach (backups, the server's dead
row versions, other desks' freed pages) is in docs/security.md.
"""

from __future__ import annotations

import calendar
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select, text, update

from ..domain.pakistan_time import PKT, today_pk
from ..domain.permissions import Action, require
from ..domain.text import clean_text
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import (
    Appointment,
    Case,
    CaseCategory,
    CaseDraft,
    CaseNote,
    CasePerson,
    CaseShredding,
    CaseStatusChange,
    Category,
    Centre,
    Contact,
    ContactDraft,
    ContactNote,
    FollowUp,
    Hearing,
    LegalHold,
    LegalStep,
    Person,
    Referral,
    RetentionRule,
)
from . import audit
from .accounts import UserSession
from .case_access import require_case_access
from .sealed import open_fields, seal

log = logging.getLogger(__name__)

DEFAULT = "*"
MIN_MONTHS = 1
MAX_MONTHS = 1200
RULE_NAMESPACE = uuid.UUID("0b1e6f4e-3c55-4d0e-9a51-7e0d2a9c4b21")

# What shredding clears, table by table: the sensitive columns and, beside them, the
# columns derived from those values (blind indexes) or otherwise personal.
SHRED_PLAN: dict[str, dict[str, object]] = {
    "cases": {"narrative_ct": None, "city": None},
    "persons": {"name_ct": None, "phone_ct": None, "phone_bidx": None, "cnic_ct": None,
                "cnic_bidx": None, "address_ct": None, "birth_date_ct": None,
                "safety_flags": []},
    "case_notes": {"body_ct": None},
    "case_status_changes": {"reason_ct": None},
    "follow_ups": {"description_ct": None},
    "referrals": {"notes_ct": None, "override_reason_ct": None},
    "legal_steps": {"reference_ct": None, "notes_ct": None},
    "hearings": {"purpose_ct": None},
    "legal_holds": {"reason_ct": None},
    "contacts": {"phone_ct": None, "phone_bidx": None, "summary_ct": None},
    "contact_notes": {"body_ct": None},
    "appointments": {"notes_ct": None, "client_name_ct": None, "phone_ct": None},
}
# Sensitive tables shredding leaves alone, and why (a test holds the two lists to the
# models' sensitive columns, so a new sensitive column must be placed in one of them).
NOT_SHREDDED = {
    "contact_drafts": "deleted outright: a draft of a contact of the case",
    "case_drafts": "deleted outright: a draft of the case form, kept on one desk only",
    "callbacks": "the worklist holds numbers of missed calls, not linked to a case",
    "caller_flags": "warnings on numbers (prank, abusive callers), not linked to a case",
}
_TABLES = {"cases": Case, "persons": Person, "case_notes": CaseNote,
           "case_status_changes": CaseStatusChange, "follow_ups": FollowUp,
           "referrals": Referral, "legal_steps": LegalStep, "hearings": Hearing,
           "legal_holds": LegalHold, "contacts": Contact, "contact_notes": ContactNote,
           "appointments": Appointment}


class RetentionRefused(ValidationError):
    """A case cannot be shredded now (open, held, not due, already shredded)."""


def rule_id(applies_to: str) -> uuid.UUID:
    """The same rule has the same id on every desk: set offline on two, it merges."""
    return uuid.uuid5(RULE_NAMESPACE, applies_to)


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---- rules ---------------------------------------------------------------------------

@dataclass(frozen=True)
class RuleRow:
    applies_to: str          # a category code, or "*"
    category_en: str | None
    category_ur: str | None
    months: int
    category_in_use: bool    # False: the category was retired (its cases still follow it)
    updated_at: datetime


def rules(database: Database, session: UserSession) -> list[RuleRow]:
    require(session.actor, Action.CONFIRM_RETENTION)
    with database.engine.connect() as c:
        rows = c.execute(
            select(RetentionRule.applies_to, Category.name_en, Category.name_ur,
                   RetentionRule.months, Category.active, RetentionRule.updated_at,
                   Category.sort_order)
            .outerjoin(Category, Category.code == RetentionRule.applies_to)).all()
    rows = sorted(rows, key=lambda r: (r.applies_to != DEFAULT, r.sort_order or 0,
                                       r.applies_to))
    return [RuleRow(r.applies_to, r.name_en, r.name_ur, r.months,
                    r.applies_to == DEFAULT or bool(r.active), r.updated_at) for r in rows]


@dataclass(frozen=True)
class RuleTarget:
    code: str
    name_en: str
    name_ur: str
    group: bool       # a group of categories: its period covers those without their own


def rule_targets(database: Database) -> list[RuleTarget]:
    """The categories in use, each group before its categories, in the taxonomy's order."""
    with database.engine.connect() as c:
        rows = c.execute(select(Category.id, Category.code, Category.name_en,
                                Category.name_ur, Category.parent_id, Category.sort_order)
                         .where(Category.active.is_(True))).all()
    children: dict = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    found = []
    for group in sorted(children.get(None, []), key=lambda r: r.sort_order):
        kids = sorted(children.get(group.id, []), key=lambda r: r.sort_order)
        found.append(RuleTarget(group.code, group.name_en, group.name_ur, bool(kids)))
        found += [RuleTarget(k.code, k.name_en, k.name_ur, False) for k in kids]
    return found


def set_rule(database: Database, session: UserSession, applies_to: str | None,
             months: int, today: date | None = None) -> int:
    """Set how many months after closure cases of a category (or, with None or "*",
    every case no other rule covers) keep their personal data. Returns how many closed
    cases of the supervisor's scope are due under the rules as they now stand."""
    require(session.actor, Action.CONFIRM_RETENTION)
    applies_to = (applies_to or DEFAULT).strip()
    if not isinstance(months, int) or months < MIN_MONTHS:
        raise ValidationError(
            "months", "A retention period is at least one month after a case is closed; "
            "open cases are never shredded.")
    if months > MAX_MONTHS:
        raise ValidationError("months", f"A retention period is at most {MAX_MONTHS} "
                              "months.")
    with database.transaction() as c:
        if applies_to != DEFAULT:
            category = c.execute(select(Category.active).where(
                Category.code == applies_to)).first()
            if category is None:
                raise ValidationError("category", f"There is no category {applies_to}.")
            if not category.active:
                raise ValidationError(
                    "category", f"The category {applies_to} is no longer in use.",
                    hint="Set the period on the category that replaced it, on its group "
                         "or as the default; its cases follow those.")
        now = utcnow()
        rid = rule_id(applies_to)
        existing = c.execute(select(RetentionRule.months).where(
            RetentionRule.id == rid)).first()
        if existing is None:
            c.execute(RetentionRule.__table__.insert(), {
                "id": rid, "applies_to": applies_to, "months": months,
                "set_by_id": session.actor.user_id, "created_at": now, "updated_at": now})
        else:
            c.execute(update(RetentionRule).where(RetentionRule.id == rid).values(
                months=months, set_by_id=session.actor.user_id, updated_at=now))
        audit.record(c, action="retention_rule_set", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="retention_rule", entity_id=rid,
                     detail={"applies_to": applies_to, "months": months,
                             "before": existing.months if existing else None})
    return sum(1 for case in due_cases(database, session, today) if not case.held)


def remove_rule(database: Database, session: UserSession, applies_to: str) -> None:
    require(session.actor, Action.CONFIRM_RETENTION)
    rid = rule_id(applies_to or DEFAULT)
    with database.transaction() as c:
        removed = c.execute(RetentionRule.__table__.delete().where(
            RetentionRule.id == rid)).rowcount
        if not removed:
            raise ValidationError("category", "There is no retention period for this.")
        audit.record(c, action="retention_rule_removed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="retention_rule", entity_id=rid,
                     detail={"applies_to": applies_to or DEFAULT})


# ---- which cases are due -------------------------------------------------------------

@dataclass(frozen=True)
class DueCase:
    case_id: uuid.UUID
    reference: str
    centre_code: str
    category_code: str | None
    category_en: str | None
    category_ur: str | None
    closed_on: date
    due_on: date
    months: int
    held: bool


def _periods(c) -> Callable[[list[uuid.UUID | None]], int | None]:
    """A function from a case's category ids to its retention months (None: kept)."""
    rule_months = {r.applies_to: r.months for r in c.execute(
        select(RetentionRule.applies_to, RetentionRule.months))}
    categories = {row.id: row for row in c.execute(
        select(Category.id, Category.code, Category.parent_id))}

    def of_category(category_id) -> int | None:
        category = categories.get(category_id)
        while category is not None:
            if category.code in rule_months:
                return rule_months[category.code]
            category = categories.get(category.parent_id)
        return rule_months.get(DEFAULT)

    per_category = {category_id: of_category(category_id) for category_id in categories}
    per_category[None] = rule_months.get(DEFAULT)

    def months(category_ids: list) -> int | None:
        found = [per_category.get(cid, per_category[None]) for cid in (category_ids or [None])]
        found = [m for m in found if m is not None]
        return max(found) if found else None

    return months


def _scope(session: UserSession) -> list:
    centre = session.actor.centre_id
    return [Case.centre_id == centre] if centre else []


def due_cases(database: Database, session: UserSession,
              today: date | None = None) -> list[DueCase]:
    """Closed cases of the supervisor's centre (all centres without one) whose
    retention period has ended and that were not shredded yet, oldest due first; cases
    under a legal hold are listed with `held` set."""
    require(session.actor, Action.CONFIRM_RETENTION)
    today = today or today_pk()
    where = [Case.status == "closed", Case.closed_at.is_not(None), *_scope(session),
             ~Case.id.in_(select(CaseShredding.case_id))]
    with database.engine.connect() as c:
        months_of = _periods(c)
        rows = c.execute(
            select(Case.id, Case.reference, Case.closed_at, Case.primary_category_id,
                   Centre.code, Category.code.label("category_code"), Category.name_en,
                   Category.name_ur)
            .join(Centre, Centre.id == Case.centre_id)
            .outerjoin(Category, Category.id == Case.primary_category_id)
            .where(*where)).all()
        more: dict[uuid.UUID, list] = {}
        for case_id, category_id in c.execute(
                select(CaseCategory.case_id, CaseCategory.category_id)
                .join(Case, Case.id == CaseCategory.case_id).where(*where)):
            more.setdefault(case_id, []).append(category_id)
        held = set(c.execute(select(LegalHold.case_id).join(Case, Case.id == LegalHold.case_id)
                             .where(LegalHold.released_at.is_(None), *where)).scalars())
    due = []
    for row in rows:
        categories = [row.primary_category_id] if row.primary_category_id else []
        months = months_of(categories + more.get(row.id, []))
        if months is None:
            continue
        closed_on = row.closed_at.astimezone(PKT).date()
        due_on = add_months(closed_on, months)
        if due_on <= today:
            due.append(DueCase(row.id, row.reference, row.code, row.category_code,
                               row.name_en, row.name_ur, closed_on, due_on, months,
                               row.id in held))
    due.sort(key=lambda d: (d.due_on, d.reference))
    return due


# ---- legal holds ---------------------------------------------------------------------

@dataclass(frozen=True)
class HoldRow:
    id: uuid.UUID
    case_id: uuid.UUID
    reference: str
    placed_at: datetime
    placed_by: str | None
    reason: str | None


def find_case(database: Database, session: UserSession, reference: str) -> uuid.UUID:
    with database.engine.connect() as c:
        case_id = c.execute(select(Case.id).where(
            Case.reference == reference.strip().upper())).scalar()
        if case_id is None:
            raise ValidationError("case", f"There is no case {reference.strip()}.")
        require_case_access(c, session, case_id)
    return case_id


def place_hold(database: Database, session: UserSession, case_id: uuid.UUID,
               reason: str) -> uuid.UUID:
    """Stop a case being shredded until the hold is released; the reason is sealed."""
    require(session.actor, Action.CONFIRM_RETENTION)
    reason = clean_text(reason, "reason", max_length=2000, multiline=True, required=True)
    hold_id = uuid.uuid4()
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        if c.execute(select(CaseShredding.id).where(CaseShredding.case_id == case_id)).first():
            raise RetentionRefused("case", "This case's personal data has already been "
                                   "shredded; there is nothing left to hold.")
        now = utcnow()
        c.execute(LegalHold.__table__.insert(), {
            "id": hold_id, "case_id": case_id, "placed_by_id": session.actor.user_id,
            "placed_at": now, "created_at": now, "updated_at": now,
            **seal(session.keys, "legal_holds", hold_id, {"reason": reason})})
        audit.record(c, action="legal_hold_placed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"hold": str(hold_id)})
    return hold_id


def release_hold(database: Database, session: UserSession, case_id: uuid.UUID) -> int:
    """Release every hold on the case; returns how many there were."""
    require(session.actor, Action.CONFIRM_RETENTION)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        now = utcnow()
        released = c.execute(update(LegalHold).where(
            LegalHold.case_id == case_id, LegalHold.released_at.is_(None)).values(
            released_at=now, released_by_id=session.actor.user_id, updated_at=now)).rowcount
        if not released:
            raise ValidationError("case", "This case is not under a legal hold.")
        audit.record(c, action="legal_hold_released", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"holds": released})
    return released


def holds(database: Database, session: UserSession) -> list[HoldRow]:
    """The holds in force on cases of the supervisor's scope, reasons opened (audited)."""
    from ..persistence.models import User

    require(session.actor, Action.CONFIRM_RETENTION)
    with database.transaction() as c:
        rows = c.execute(
            select(LegalHold.id, LegalHold.case_id, Case.reference, LegalHold.placed_at,
                   User.display_name, LegalHold.reason_ct)
            .join(Case, Case.id == LegalHold.case_id)
            .outerjoin(User, User.id == LegalHold.placed_by_id)
            .where(LegalHold.released_at.is_(None), *_scope(session))
            .order_by(LegalHold.placed_at)).all()
        if rows:
            audit.record(c, action="legal_holds_viewed", user_id=session.actor.user_id,
                         desk_id=session.desk_id, detail={"holds": len(rows)})
    return [HoldRow(r.id, r.case_id, r.reference, r.placed_at, r.display_name,
                    open_fields(session.keys, "legal_holds", r.id, r, ("reason",))[0]["reason"])
            for r in rows]


# ---- shredding -----------------------------------------------------------------------

@dataclass(frozen=True)
class ShredResult:
    references: tuple[str, ...]
    values_cleared: int
    rows_changed: int
    persons_kept: int          # people also on a case that is kept: left as they are
    compacted: bool            # the file was rewritten so no freed page keeps a copy


def _refusal(reference: str, reason: str) -> RetentionRefused:
    return RetentionRefused("case", f"{reference} {reason}",
                            hint="Nothing was shredded. List the due cases again.")


def _check(database, session, case_ids: list[uuid.UUID], today: date) -> dict:
    """Every case asked for must be due now: closed, its period over, not held, not
    shredded yet. One refusal stops all of them. (A first run may confirm tens of
    thousands of cases: nothing here puts them all into one SQL statement.)"""
    facts, shredded = {}, set()
    with database.engine.connect() as c:
        for case_id in case_ids:
            require_case_access(c, session, case_id)
        for chunk in _chunks(case_ids):
            facts.update({r.id: r for r in c.execute(
                select(Case.id, Case.reference, Case.status, Case.closed_at)
                .where(Case.id.in_(chunk)))})
            shredded.update(c.execute(select(CaseShredding.case_id).where(
                CaseShredding.case_id.in_(chunk))).scalars())
    due = {d.case_id: d for d in due_cases(database, session, today)}
    for case_id in case_ids:
        row = facts[case_id]
        if row.status != "closed" or row.closed_at is None:
            raise _refusal(row.reference, "is not closed; open cases are never shredded.")
        if case_id in shredded:
            raise _refusal(row.reference, "has already been shredded.")
        if case_id not in due:
            raise _refusal(row.reference, "is not due: its retention period has not ended, "
                           "or no retention period applies to it.")
        if due[case_id].held:
            raise _refusal(row.reference, "is under a legal hold.")
    return due


def _chunks(values, size: int = 900) -> list[list]:
    values = list(values)
    return [values[n:n + size] for n in range(0, len(values), size)]


def _ids(c, query) -> set:
    return set(c.execute(query).scalars())


_SHREDDED = select(CaseShredding.case_id)


def _merged_into(c) -> dict:
    """Person records merged into another (they keep what they held): survivor -> them."""
    found: dict = {}
    for merged, survivor in c.execute(select(Person.id, Person.merged_into_id).where(
            Person.merged_into_id.is_not(None))):
        found.setdefault(survivor, set()).add(merged)
    return found


def _shred_one(c, session: UserSession, due: DueCase, merged_into: dict) -> tuple[int, int]:
    """Clear one case's rows inside the caller's transaction; (values, rows).

    A person also on a case that is not shredded stays whole. Cases are shredded one
    after another, each with its record, so a person on two cases of one confirmation
    is kept with the first and cleared with the second. Each lookup uses an index (an
    OR across two indexes, or a scan for merged records, cost a helpline-scale desk
    170 ms a case)."""
    case_id = due.case_id
    linked = _ids(c, select(CasePerson.person_id).where(CasePerson.case_id == case_id))
    candidates = set(linked)
    for person in linked:
        candidates |= merged_into.get(person, set())
    elsewhere = _ids(c, select(CasePerson.person_id).where(
        CasePerson.person_id.in_(candidates), CasePerson.case_id != case_id,
        CasePerson.case_id.not_in(_SHREDDED))) if candidates else set()
    persons = candidates - elsewhere
    contacts = _ids(c, select(Contact.id).where(Contact.case_id == case_id))
    if persons:
        # The people's other contacts: those of no case, or of a case already shredded.
        theirs = c.execute(select(Contact.id, Contact.case_id).where(
            Contact.person_id.in_(persons))).all()
        other_cases = {row.case_id for row in theirs if row.case_id not in (None, case_id)}
        gone = _ids(c, select(CaseShredding.case_id).where(
            CaseShredding.case_id.in_(other_cases))) if other_cases else set()
        contacts |= {row.id for row in theirs
                     if row.case_id is None or row.case_id == case_id or row.case_id in gone}
    where = {
        "cases": Case.id == case_id,
        "persons": Person.id.in_(persons),
        "contacts": Contact.id.in_(contacts),
        "contact_notes": ContactNote.contact_id.in_(contacts),
        "appointments": or_(Appointment.case_id == case_id,
                            Appointment.person_id.in_(persons)),
    }
    values = rows = 0
    for name, cleared in SHRED_PLAN.items():
        model = _TABLES[name]
        condition = where[name] if name in where else model.case_id == case_id
        sealed = [column for column in cleared if column.endswith("_ct")]
        counted = c.execute(select(
            func.count(), *[func.count(getattr(model, col)) for col in sealed])
            .where(condition, or_(*[getattr(model, col).is_not(None) for col in sealed]))
        ).one()
        if not counted[0]:
            continue
        values += sum(counted[1:])
        extra = {"updated_at": utcnow()} if hasattr(model, "updated_at") else {}
        rows += c.execute(update(model).where(condition).values(**cleared, **extra)).rowcount
    c.execute(ContactDraft.__table__.delete().where(ContactDraft.contact_id.in_(contacts)))
    c.execute(CaseDraft.__table__.delete().where(CaseDraft.case_id == case_id))
    return values, rows


def _persons_kept(database, case_ids: list[uuid.UUID]) -> int:
    """People of these cases who are also on a case that was not shredded."""
    kept = set()
    with database.engine.connect() as c:
        for chunk in _chunks(case_ids):
            people = select(CasePerson.person_id).where(CasePerson.case_id.in_(chunk))
            kept.update(c.execute(select(CasePerson.person_id).where(
                CasePerson.person_id.in_(people),
                CasePerson.case_id.not_in(_SHREDDED))).scalars())
    return len(kept)


def shred(database: Database, session: UserSession, case_ids: list[uuid.UUID], *,
          today: date | None = None, compact_file: bool = True,
          progress: Callable[[int, int], None] | None = None) -> ShredResult:
    """Shred the personal data of cases a supervisor confirmed from the due list.

    Each case in its own transaction with its shredding record and audit entry; all are
    checked first, and one that is not due (reopened, held, shredded meanwhile on
    another desk) stops them all with a message naming it."""
    require(session.actor, Action.CONFIRM_RETENTION)
    case_ids = list(dict.fromkeys(case_ids))
    if not case_ids:
        raise ValidationError("cases", "Choose the cases to shred.")
    today = today or today_pk()
    due = _check(database, session, case_ids, today)
    with database.engine.connect() as c:
        merged_into = _merged_into(c)
    total_values = total_rows = 0
    references = []
    sqlite = database.dialect == "sqlite"
    for n, case_id in enumerate(case_ids, start=1):
        with database.transaction() as c:
            if sqlite:
                # Freed space is overwritten with zeros (Debian's SQLite does this by
                # default, the builds for Windows do not).
                c.exec_driver_sql("PRAGMA secure_delete = ON")
            values, rows = _shred_one(c, session, due[case_id], merged_into)
            c.execute(CaseShredding.__table__.insert(), {
                "id": uuid.uuid4(), "case_id": case_id, "shredded_at": utcnow(),
                "shredded_by_id": session.actor.user_id,
                "retention_months": due[case_id].months, "values_cleared": values,
                "rows_changed": rows})
            audit.record(c, action="case_shredded", user_id=session.actor.user_id,
                         desk_id=session.desk_id, entity="case", entity_id=case_id,
                         detail={"retention_months": due[case_id].months,
                                 "values_cleared": values, "rows_changed": rows})
        total_values += values
        total_rows += rows
        references.append(due[case_id].reference)
        if progress is not None:
            progress(n, len(case_ids))
    kept = _persons_kept(database, case_ids)
    compacted = compact(database) if compact_file and sqlite else False
    return ShredResult(tuple(references), total_values, total_rows, kept, compacted)


def compact(database: Database) -> bool:
    """Rewrite the desk's file (VACUUM) and empty its write-ahead log, so no freed page
    or old log frame keeps a shredded value. False when another program holds the file
    (the values are gone from every table already; run it again later)."""
    if database.dialect != "sqlite":
        return False
    with database.engine.connect() as c:
        shreddings = c.execute(select(func.count()).select_from(CaseShredding)).scalar()
    try:
        with database.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("PRAGMA secure_delete = ON")
            c.exec_driver_sql("VACUUM")
            c.execute(text("INSERT INTO local_settings (key, value) VALUES "
                           "('compacted_shreddings', :n) ON CONFLICT (key) DO UPDATE "
                           "SET value = excluded.value"), {"n": str(shreddings)})
            busy = c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()[0]
    except Exception as exc:  # noqa: BLE001 — a locked file: say so, never lose the shred
        log.warning("the desk file could not be compacted: %s", type(exc).__name__)
        return False
    return not busy


def shredded_since_compaction(database: Database) -> int:
    """Cases shredded (here, or on other desks and pulled by sync) since this desk's
    file was last compacted: their old values may still sit in freed pages of the file
    until it is (`compact`, `workstation retention compact`)."""
    with database.engine.connect() as c:
        done = c.execute(text("SELECT value FROM local_settings "
                              "WHERE key = 'compacted_shreddings'")).scalar()
        now = c.execute(select(func.count()).select_from(CaseShredding)).scalar() or 0
    return max(0, now - int(done or 0))
