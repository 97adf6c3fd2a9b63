"""Referral records: a case referred to a directory service, and what became of it.

The consent check before a referral comes with the consent records of the case form
issue; the referral slip with the referral directory issue.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select, update

from ..domain.permissions import Action, CaseFacts, require, require_case
from ..domain.text import clean_text
from ..domain.vocab import ReferralStatus
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Case, Referral, Service
from . import audit
from .accounts import UserSession
from .sealed import seal


def _require_case(connection, session: UserSession, case_id: uuid.UUID) -> None:
    row = connection.execute(select(Case.centre_id, Case.restricted, Case.counsellor_id,
                                    Case.lawyer_id).where(Case.id == case_id)).first()
    if row is None:
        raise ValidationError("case", "There is no such case.")
    require_case(session.actor, CaseFacts(*row))


def refer(database: Database, session: UserSession, case_id: uuid.UUID,
          service_id: uuid.UUID, *, notes: str | None = None,
          follow_up_on: date | None = None) -> uuid.UUID:
    require(session.actor, Action.MAKE_REFERRAL)
    notes = clean_text(notes, "notes", max_length=2000, multiline=True)
    today = utcnow().date()
    follow_up_on = follow_up_on or today + timedelta(days=7)
    if not today <= follow_up_on <= today + timedelta(days=365):
        raise ValidationError("follow_up_on", "Choose a date within the coming year.")
    referral_id = uuid.uuid4()
    with database.transaction() as c:
        _require_case(c, session, case_id)
        status = c.execute(select(Service.status).where(Service.id == service_id)).scalar()
        if status is None:
            raise ValidationError("service", "There is no such service in the directory.")
        if status != "active":
            raise ValidationError("service", "This service is not active.")
        now = utcnow()
        c.execute(Referral.__table__.insert(), {
            "id": referral_id, "case_id": case_id, "service_id": service_id,
            "referred_by_id": session.actor.user_id, "referred_at": now,
            "status": ReferralStatus.REFERRED, "follow_up_on": follow_up_on,
            "created_at": now, "updated_at": now,
            **seal(session.keys, "referrals", referral_id, {"notes": notes})})
        audit.record(c, action="referral_made", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"referral": str(referral_id), "service": str(service_id)})
    return referral_id


def set_status(database: Database, session: UserSession, referral_id: uuid.UUID,
               status: str) -> None:
    require(session.actor, Action.MAKE_REFERRAL)
    if status not in {s.value for s in ReferralStatus}:
        raise ValidationError("status", "Choose one of the referral statuses.")
    with database.transaction() as c:
        case_id = c.execute(select(Referral.case_id).where(Referral.id == referral_id)).scalar()
        if case_id is None:
            raise ValidationError("referral", "There is no such referral.")
        _require_case(c, session, case_id)
        c.execute(update(Referral).where(Referral.id == referral_id)
                  .values(status=status, updated_at=utcnow()))
        audit.record(c, action="referral_status", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"referral": str(referral_id), "status": status})
