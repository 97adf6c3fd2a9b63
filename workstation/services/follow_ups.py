"""Follow-ups on a case: planned with a due date and an assignee, then done.
They feed the handover view ("due today", "overdue") and the case list filters."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update

from ..domain.pakistan_time import today_pk
from ..domain.permissions import Action, CaseFacts, can_open_case, require
from ..domain.text import clean_text
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Case, FollowUp, User
from . import audit
from .accounts import UserSession
from .case_access import require_case_access
from .sealed import open_fields, seal

LONGEST_AHEAD = timedelta(days=730)


@dataclass(frozen=True)
class FollowUpItem:
    id: uuid.UUID
    case_id: uuid.UUID
    reference: str
    due_on: date
    description: str | None
    overdue: bool


def plan(database: Database, session: UserSession, case_id: uuid.UUID, due_on: date,
         description: str, assignee_id: uuid.UUID | None = None) -> uuid.UUID:
    require(session.actor, Action.EDIT_CASE)
    today = today_pk()
    if not today <= due_on <= today + LONGEST_AHEAD:
        raise ValidationError("due_on", "Choose a date from today up to two years ahead.")
    text = clean_text(description, "description", max_length=2000, multiline=True,
                      required=True)
    follow_up_id = uuid.uuid4()
    with database.transaction() as c:
        facts = require_case_access(c, session, case_id)
        if assignee_id is not None:
            assignee = c.execute(select(User.centre_id, User.active, User.role)
                                 .where(User.id == assignee_id)).first()
            if assignee is None or not assignee.active or assignee.role == "admin" or \
                    assignee.centre_id not in (facts.centre_id, None):
                raise ValidationError("assignee", "Choose an active colleague of the case's "
                                                  "centre.")
        now = utcnow()
        c.execute(FollowUp.__table__.insert(), {
            "id": follow_up_id, "case_id": case_id, "due_on": due_on, "status": "planned",
            "assignee_id": assignee_id or session.actor.user_id, "done_at": None,
            "created_at": now, "updated_at": now,
            **seal(session.keys, "follow_ups", follow_up_id, {"description": text})})
        audit.record(c, action="follow_up_planned", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"follow_up": str(follow_up_id), "due_on": due_on.isoformat()})
    return follow_up_id


def complete(database: Database, session: UserSession, follow_up_id: uuid.UUID) -> None:
    require(session.actor, Action.EDIT_CASE)
    with database.transaction() as c:
        row = c.execute(select(FollowUp.case_id, FollowUp.status)
                        .where(FollowUp.id == follow_up_id)).first()
        if row is None:
            raise ValidationError("follow_up", "There is no such follow-up.")
        require_case_access(c, session, row.case_id)
        if row.status == "done":
            raise ValidationError("follow_up", "This follow-up is already done.")
        c.execute(update(FollowUp).where(FollowUp.id == follow_up_id)
                  .values(status="done", done_at=utcnow(), updated_at=utcnow()))
        audit.record(c, action="follow_up_done", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=row.case_id,
                     detail={"follow_up": str(follow_up_id)})


def due(database: Database, session: UserSession, on: date | None = None) -> list[FollowUpItem]:
    """The signed-in person's planned follow-ups due on or before `on`, oldest first."""
    require(session.actor, Action.VIEW_CASE)
    on = on or today_pk()
    with database.transaction() as c:
        audit.record(c, action="follow_ups_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, detail={"due_by": on.isoformat()})
        rows = c.execute(
            select(FollowUp.id, FollowUp.case_id, FollowUp.due_on, FollowUp.description_ct,
                   Case.reference, Case.centre_id, Case.restricted, Case.counsellor_id,
                   Case.lawyer_id)
            .join(Case, Case.id == FollowUp.case_id)
            .where(FollowUp.assignee_id == session.actor.user_id,
                   FollowUp.status == "planned", FollowUp.due_on <= on)
            .order_by(FollowUp.due_on)).all()
    # Only cases the person may open now: a case can become restricted after assignment.
    return [FollowUpItem(r.id, r.case_id, r.reference, r.due_on,
                         open_fields(session.keys, "follow_ups", r.id, r,
                                     ("description",))[0]["description"], r.due_on < on)
            for r in rows
            if can_open_case(session.actor, CaseFacts(r.centre_id, r.restricted,
                                                      r.counsellor_id, r.lawyer_id))]


@dataclass(frozen=True)
class CaseFollowUp:
    id: uuid.UUID
    due_on: date
    status: str                 # planned, done, overdue (planned and past its day)
    assignee_id: uuid.UUID | None
    assignee: str | None
    description: str | None
    done_at: datetime | None


def of_case(database: Database, session: UserSession, case_id: uuid.UUID,
            today: date | None = None) -> list[CaseFollowUp]:
    """Every follow-up of a case: planned ones by due date, then those done."""
    require(session.actor, Action.VIEW_CASE)
    today = today or today_pk()
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        rows = c.execute(
            select(FollowUp.id, FollowUp.due_on, FollowUp.status, FollowUp.assignee_id,
                   User.display_name, FollowUp.description_ct, FollowUp.done_at)
            .outerjoin(User, User.id == FollowUp.assignee_id)
            .where(FollowUp.case_id == case_id)
            .order_by(FollowUp.status.desc(), FollowUp.due_on)).all()
        audit.record(c, action="follow_ups_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id)
    return [CaseFollowUp(
        r.id, r.due_on, "overdue" if r.status == "planned" and r.due_on < today else r.status,
        r.assignee_id, r.display_name,
        open_fields(session.keys, "follow_ups", r.id, r, ("description",))[0]["description"],
        r.done_at) for r in rows]
