"""The legal process of a case: FIR, court case, medico-legal examination, protection
order, and the hearings with their reminders."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, select, update

from ..domain.pakistan_time import today_pk
from ..domain.permissions import Action, CaseFacts, require
from ..domain.text import clean_text
from ..domain.vocab import LEGAL_OUTCOMES
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Case, Hearing, LegalStep
from . import audit
from .accounts import UserSession
from .case_access import require_case_access
from .sealed import open_fields, reseal, seal

KINDS = ("fir", "court_case", "medico_legal", "protection_order")
STATUSES = ("pending", "registered", "refused", "done", "granted", "rejected", "closed")
HEARING_STATUSES = ("scheduled", "held", "adjourned", "cancelled")


@dataclass(frozen=True)
class LegalStepRecord:
    id: uuid.UUID
    kind: str
    reference: str | None
    place: str | None
    on_date: date | None
    status: str
    outcome: str | None
    notes: str | None


@dataclass(frozen=True)
class HearingDue:
    id: uuid.UUID
    case_id: uuid.UUID
    reference: str
    hearing_on: date
    court: str | None
    purpose: str | None


def _check_date(value: date | None, field: str) -> None:
    if value and value > today_pk() + timedelta(days=3650):
        raise ValidationError(field, "This date is too far ahead.")


def record_step(database: Database, session: UserSession, case_id: uuid.UUID, *, kind: str,
                reference: str | None = None, place: str | None = None,
                on_date: date | None = None, status: str = "pending",
                outcome: str | None = None, notes: str | None = None,
                step_id: uuid.UUID | None = None) -> uuid.UUID:
    """Add a legal step, or change it (`step_id`): the FIR number and police station,
    the court and case number, the examination's hospital and date, an order."""
    require(session.actor, Action.EDIT_CASE)
    if kind not in KINDS:
        raise ValidationError("kind", f"Choose one of: {', '.join(KINDS)}.")
    if status not in STATUSES:
        raise ValidationError("status", f"Choose one of: {', '.join(STATUSES)}.")
    if kind in ("fir", "medico_legal") and on_date and on_date > today_pk():
        raise ValidationError("on_date", "An FIR or an examination cannot be in the future.")
    _check_date(on_date, "on_date")
    if outcome and outcome not in LEGAL_OUTCOMES:
        raise ValidationError("outcome", f"Choose one of: {', '.join(LEGAL_OUTCOMES)}.")
    # The place is a police station, court or hospital: a name of a place, kept in clear
    # for statistics; anything about the person goes in the sealed notes.
    values = {"kind": kind, "place": clean_text(place, "place"), "on_date": on_date,
              "status": status, "outcome": outcome or None, "updated_at": utcnow()}
    plain = {"reference": clean_text(reference, "reference", max_length=64),
             "notes": clean_text(notes, "notes", max_length=2000, multiline=True)}
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        if step_id is None:
            step_id = uuid.uuid4()
            c.execute(LegalStep.__table__.insert(), {
                "id": step_id, "case_id": case_id, "created_at": utcnow(), **values,
                **seal(session.keys, "legal_steps", step_id, plain)})
            action = "legal_step_added"
        else:
            stored = c.execute(select(LegalStep.reference_ct, LegalStep.notes_ct).where(
                LegalStep.id == step_id)).first()
            changed = c.execute(update(LegalStep).where(
                LegalStep.id == step_id, LegalStep.case_id == case_id).values(
                **values, **reseal(session.keys, "legal_steps", step_id, plain,
                                   stored._mapping if stored else None))).rowcount
            if not changed:
                raise ValidationError("step", "There is no such step on this case.")
            action = "legal_step_changed"
        audit.record(c, action=action, user_id=session.actor.user_id, desk_id=session.desk_id,
                     entity="case", entity_id=case_id,
                     detail={"step": str(step_id), "kind": kind, "status": status})
    return step_id


def steps(database: Database, session: UserSession, case_id: uuid.UUID) -> list[LegalStepRecord]:
    require(session.actor, Action.VIEW_CASE)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        rows = c.execute(select(LegalStep).where(LegalStep.case_id == case_id)
                         .order_by(LegalStep.created_at)).all()
        audit.record(c, action="legal_steps_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id)
    found = []
    for row in rows:
        values, _ = open_fields(session.keys, "legal_steps", row.id, row, ("reference", "notes"))
        found.append(LegalStepRecord(row.id, row.kind, values["reference"], row.place,
                                     row.on_date, row.status, row.outcome, values["notes"]))
    return found


def schedule_hearing(database: Database, session: UserSession, case_id: uuid.UUID,
                     hearing_on: date, *, purpose: str | None = None,
                     legal_step_id: uuid.UUID | None = None,
                     remind_days_before: int = 2) -> uuid.UUID:
    require(session.actor, Action.EDIT_CASE)
    if hearing_on < today_pk():
        raise ValidationError("hearing_on", "A hearing to schedule cannot be in the past.")
    _check_date(hearing_on, "hearing_on")
    if not 0 <= remind_days_before <= 30:
        raise ValidationError("remind_days_before", "Remind 0 to 30 days before.")
    hearing_id = uuid.uuid4()
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        now = utcnow()
        c.execute(Hearing.__table__.insert(), {
            "id": hearing_id, "case_id": case_id, "legal_step_id": legal_step_id,
            "hearing_on": hearing_on, "remind_days_before": remind_days_before,
            "status": "scheduled", "created_at": now, "updated_at": now,
            **seal(session.keys, "hearings", hearing_id,
                   {"purpose": clean_text(purpose, "purpose")})})
        audit.record(c, action="hearing_scheduled", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"hearing": str(hearing_id), "on": hearing_on.isoformat()})
    return hearing_id


def hearings_to_remind(database: Database, session: UserSession,
                       today: date | None = None) -> list[HearingDue]:
    """Scheduled hearings whose reminder day has come, of cases the person may open."""
    from ..domain.permissions import can_open_case

    require(session.actor, Action.VIEW_CASE)
    today = today or today_pk()
    with database.engine.connect() as c:
        rows = c.execute(
            select(Hearing.id, Hearing.case_id, Case.reference, Hearing.hearing_on,
                   Hearing.remind_days_before, Hearing.purpose_ct, LegalStep.place,
                   Case.centre_id, Case.restricted, Case.counsellor_id, Case.lawyer_id)
            .join(Case, Case.id == Hearing.case_id)
            .outerjoin(LegalStep, LegalStep.id == Hearing.legal_step_id)
            .where(and_(Hearing.status == "scheduled", Hearing.hearing_on >= today,
                        Hearing.hearing_on <= today + timedelta(days=30)))
            .order_by(Hearing.hearing_on)).all()
    return [HearingDue(r.id, r.case_id, r.reference, r.hearing_on, r.place,
                       open_fields(session.keys, "hearings", r.id, r, ("purpose",))[0][
                           "purpose"])
            for r in rows
            if r.hearing_on - timedelta(days=r.remind_days_before) <= today
            and can_open_case(session.actor, CaseFacts(r.centre_id, r.restricted,
                                                       r.counsellor_id, r.lawyer_id))]


@dataclass(frozen=True)
class HearingRecord:
    id: uuid.UUID
    hearing_on: date
    remind_days_before: int
    status: str
    purpose: str | None
    court: str | None          # the place of the legal step it belongs to
    reminder_due: bool         # the reminder day has come and it is still scheduled


def hearings(database: Database, session: UserSession, case_id: uuid.UUID,
             today: date | None = None) -> list[HearingRecord]:
    """Every hearing of a case, soonest first, with whether its reminder is due."""
    require(session.actor, Action.VIEW_CASE)
    today = today or today_pk()
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        rows = c.execute(
            select(Hearing.id, Hearing.hearing_on, Hearing.remind_days_before, Hearing.status,
                   Hearing.purpose_ct, LegalStep.place)
            .outerjoin(LegalStep, LegalStep.id == Hearing.legal_step_id)
            .where(Hearing.case_id == case_id)
            .order_by(Hearing.hearing_on)).all()
        audit.record(c, action="hearings_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id)
    return [HearingRecord(
        r.id, r.hearing_on, r.remind_days_before, r.status,
        open_fields(session.keys, "hearings", r.id, r, ("purpose",))[0]["purpose"], r.place,
        r.status == "scheduled"
        and r.hearing_on - timedelta(days=r.remind_days_before) <= today <= r.hearing_on)
        for r in rows]
