"""The referrals a case has, as its form lists them: to which service and organisation,
when, by whom, what became of them, and — for one made without the client's consent —
the supervisor who decided it and the written reason (sealed, shown to those who may
open the case).

Making a referral is the referral lookup's (services.referrals.refer); this only reads.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..domain.permissions import Action, require
from ..persistence.database import Database
from ..persistence.models import Organization, Referral, Service, User
from . import audit
from .accounts import UserSession
from .case_access import require_case_access
from .sealed import open_fields


@dataclass(frozen=True)
class CaseReferral:
    id: uuid.UUID
    referred_at: datetime
    service: str
    service_ur: str | None
    organization: str | None
    organization_ur: str | None
    status: str
    follow_up_on: date | None
    referred_by: str | None
    notes: str | None
    without_consent: bool
    override_by: str | None
    override_reason: str | None


def of_case(database: Database, session: UserSession,
            case_id: uuid.UUID) -> list[CaseReferral]:
    """Every referral of a case, newest first."""
    require(session.actor, Action.VIEW_CASE)
    by, overrider = aliased(User), aliased(User)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        rows = c.execute(
            select(Referral.id, Referral.referred_at, Service.name, Service.name_ur,
                   Organization.name.label("org"), Organization.name_ur.label("org_ur"),
                   Referral.status, Referral.follow_up_on, by.display_name.label("by"),
                   Referral.notes_ct, Referral.override_by_id,
                   overrider.display_name.label("overrider"), Referral.override_reason_ct)
            .join(Service, Service.id == Referral.service_id)
            .outerjoin(Organization, Organization.id == Service.organization_id)
            .outerjoin(by, by.id == Referral.referred_by_id)
            .outerjoin(overrider, overrider.id == Referral.override_by_id)
            .where(Referral.case_id == case_id)
            .order_by(Referral.referred_at.desc())).all()
        audit.record(c, action="referrals_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id)
    found = []
    for r in rows:
        values, _ = open_fields(session.keys, "referrals", r.id, r,
                                ("notes", "override_reason"))
        found.append(CaseReferral(r.id, r.referred_at, r.name, r.name_ur, r.org, r.org_ur,
                                  r.status, r.follow_up_on, r.by, values["notes"],
                                  r.override_by_id is not None, r.overrider,
                                  values["override_reason"]))
    return found
