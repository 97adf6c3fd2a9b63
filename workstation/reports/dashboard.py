"""The supervisor's dashboard: the day as it stands, for a centre or for all of them.

Operational figures for the supervisor's own team, not statistics to publish: no
consent filter and no suppression (a supervisor may open every one of these cases).
Coded columns only, so nothing is decrypted; one short read transaction, cheap enough
to refresh every minute (`workstation bench --only dashboard_refresh`).
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import String, and_, func, or_, select, type_coerce

from ..domain.pakistan_time import PKT, today_pk
from ..domain.permissions import Action, PermissionDenied, require
from ..domain.vocab import CaseStatus, RiskLevel
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Callback, Case, Centre, Contact, FollowUp, Referral, User

OPEN_STATUSES = tuple(s.value for s in CaseStatus if s != CaseStatus.CLOSED)


def stored_id(connection):
    """A column of ids as the database hands it over: 32 hex digits on SQLite, without
    making a uuid.UUID of each (the driver's own value elsewhere)."""
    if connection.dialect.name == "sqlite":
        return lambda column: type_coerce(column, String)
    return lambda column: column


def as_uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


@dataclass(frozen=True)
class StaffFigures:
    user_id: uuid.UUID
    name: str
    role: str
    contacts: int                    # contacts answered today
    average_handling_s: float | None  # answered to ended
    average_wrapup_s: float | None
    open_cases: int                  # cases not closed, as counsellor or lawyer


@dataclass(frozen=True)
class Dashboard:
    day: date
    centre_code: str | None          # None: every centre
    counted_at: datetime
    answered: int
    abandoned: int
    missed: int
    in_progress: int
    callbacks_done: int               # worklist items finished today
    callbacks_pending: int            # items still open
    per_hour: tuple[int, ...]         # contacts started in each hour, Pakistan time
    open_by_status: dict[str, int]    # in the order of the workflow
    open_by_risk: dict[str, int]      # critical first
    overdue_follow_ups: int           # planned, due before today, on open cases
    referrals_awaiting: int           # of open cases, no answer from the service yet
    referrals_overdue: int            # of those, past the day set to follow them up
    staff: tuple[StaffFigures, ...]

    @property
    def contacts(self) -> int:
        return self.answered + self.abandoned + self.missed + self.in_progress

    @property
    def open_cases(self) -> int:
        return sum(self.open_by_status.values())


def _scope(c, session, centre_code: str | None) -> uuid.UUID | None:
    """The centre to count: a supervisor of a centre sees that one only."""
    own = session.actor.centre_id
    if centre_code:
        found = c.execute(select(Centre.id).where(Centre.code == centre_code)).scalar()
        if found is None:
            raise ValidationError("centre", f"There is no centre {centre_code}.")
        if own is not None and found != own:
            raise PermissionDenied("You may report on your own centre only.")
        return found
    return own


def dashboard(database: Database, session, day: date | None = None,
              centre_code: str | None = None) -> Dashboard:
    require(session.actor, Action.VIEW_REPORTS)
    day = day or today_pk()
    start = datetime.combine(day, time(0), PKT).astimezone(timezone.utc)
    end = start + timedelta(days=1)
    with database.engine.connect() as c:
        centre_id = _scope(c, session, centre_code)
        code = c.execute(select(Centre.code).where(Centre.id == centre_id)).scalar() \
            if centre_id else None

        def of_centre(column):
            return [column == centre_id] if centre_id else []

        contacts = c.execute(
            select(Contact.started_at, Contact.status, Contact.answered_at,
                   Contact.ended_at, Contact.wrapup_seconds, Contact.counsellor_id)
            .where(Contact.started_at >= start, Contact.started_at < end,
                   *of_centre(Contact.centre_id))).all()
        callbacks_pending = c.execute(select(func.count()).select_from(Callback).where(
            Callback.status == "open", *of_centre(Callback.centre_id))).scalar()
        callbacks_done = c.execute(select(func.count()).select_from(Callback).where(
            Callback.status == "done", Callback.updated_at >= start,
            Callback.updated_at < end, *of_centre(Callback.centre_id))).scalar()
        # status IN (…) rather than != 'closed': the centre/status index serves it. One
        # read of the open cases serves the status, risk and per-person figures and the
        # follow-ups and referrals that belong to them (joining those to cases in SQL
        # read a case row for every one of them: 280 ms at helpline scale).
        # Ids as stored, not as uuid.UUID objects: making 50,000 of those was half the time.
        raw = stored_id(c)
        open_cases = c.execute(
            select(raw(Case.id), Case.status, Case.risk_level, raw(Case.counsellor_id),
                   raw(Case.lawyer_id))
            .where(Case.status.in_(OPEN_STATUSES), *of_centre(Case.centre_id))).all()
        open_ids = {row[0] for row in open_cases}
        overdue = sum(1 for (case_id,) in c.execute(
            select(raw(FollowUp.case_id)).where(FollowUp.status == "planned",
                                                FollowUp.due_on < day)).all()
            if case_id in open_ids)
        awaiting = [0, 0]
        for case_id, late in c.execute(
                select(raw(Referral.case_id), Referral.follow_up_on < day)
                .where(Referral.status == "referred")).all():
            if case_id in open_ids:
                awaiting[0] += 1
                awaiting[1] += bool(late)
        staff_ids = {r.counsellor_id for r in contacts if r.counsellor_id}
        staff_ids |= {as_uuid(i) for i in {r[3] for r in open_cases} | {r[4] for r in open_cases}
                      if i}
        # Those who worked today or hold open cases, and (for one centre) its whole team.
        who = [User.id.in_(staff_ids)] if staff_ids else []
        if centre_id:
            who.append(and_(User.active.is_(True), User.centre_id == centre_id))
        staff = c.execute(
            select(User.id, User.display_name, User.role, User.active)
            .where(User.role.in_(("counsellor", "lawyer", "supervisor")), or_(*who))
        ).all() if who else []

    per_hour = [0] * 24
    counts = Counter()
    answered_by: dict[uuid.UUID, list] = {}
    for row in contacts:
        per_hour[row.started_at.astimezone(PKT).hour] += 1
        counts[row.status] += 1
        if row.status == "answered" and row.counsellor_id:
            answered_by.setdefault(row.counsellor_id, []).append(row)
    by_status = {status: 0 for status in OPEN_STATUSES}
    by_risk = {risk: 0 for risk in reversed([r.value for r in RiskLevel])}
    held_by: Counter = Counter()
    for _, status, risk, counsellor_id, lawyer_id in open_cases:
        by_status[status] = by_status.get(status, 0) + 1
        by_risk[risk] = by_risk.get(risk, 0) + 1
        held_by[counsellor_id] += 1
        if lawyer_id and lawyer_id != counsellor_id:
            held_by[lawyer_id] += 1
    open_of: Counter = Counter({as_uuid(k): v for k, v in held_by.items() if k})
    figures = []
    for user_id, name, role, active in staff:
        rows = answered_by.get(user_id, [])
        handling = [(r.ended_at - r.answered_at).total_seconds() for r in rows
                    if r.ended_at and r.answered_at]
        wrapup = [r.wrapup_seconds for r in rows if r.wrapup_seconds is not None]
        if not rows and not open_of[user_id] and not active:
            continue
        figures.append(StaffFigures(
            user_id, name, role, len(rows),
            sum(handling) / len(handling) if handling else None,
            sum(wrapup) / len(wrapup) if wrapup else None, open_of[user_id]))
    figures.sort(key=lambda f: (-f.contacts, -f.open_cases, f.name.casefold()))
    return Dashboard(
        day=day, centre_code=code, counted_at=utcnow(), answered=counts["answered"],
        abandoned=counts["abandoned"], missed=counts["missed"],
        in_progress=counts["in_progress"], callbacks_done=callbacks_done or 0,
        callbacks_pending=callbacks_pending or 0, per_hour=tuple(per_hour),
        open_by_status=by_status, open_by_risk=by_risk, overdue_follow_ups=overdue or 0,
        referrals_awaiting=awaiting[0] or 0, referrals_overdue=awaiting[1] or 0,
        staff=tuple(figures))
