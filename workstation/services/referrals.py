"""Referral records: a case referred to a directory service, and what became of it.

A referral needs the client's consent to share the data it carries with the receiving
organisation (services.consent). Without it, only a supervisor may refer, with a
written reason that is kept sealed on the referral and audited. The slip the client takes
to the service is made by services.referral_slips.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import aliased

from ..domain.pakistan_time import today_pk
from ..domain.permissions import Action, PermissionDenied, require
from ..domain.text import clean_text
from ..domain.vocab import ReferralStatus
from ..errors import ValidationError, WorkstationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Case, Organization, Referral, Service, User
from . import audit, consent
from .accounts import UserSession
from .case_access import require_case_access
from .sealed import open_fields, seal


class ConsentMissing(WorkstationError):
    """The client has not agreed to share this with this organisation."""


def refer(database: Database, session: UserSession, case_id: uuid.UUID,
          service_id: uuid.UUID, *, notes: str | None = None,
          follow_up_on: date | None = None,
          categories: tuple[str, ...] = consent.REFERRAL_DEFAULT,
          override_reason: str | None = None) -> uuid.UUID:
    require(session.actor, Action.MAKE_REFERRAL)
    notes = clean_text(notes, "notes", max_length=2000, multiline=True)
    override_reason = clean_text(override_reason, "override_reason", max_length=2000,
                                 multiline=True)
    today = today_pk()
    follow_up_on = follow_up_on or today + timedelta(days=7)
    if not today <= follow_up_on <= today + timedelta(days=365):
        raise ValidationError("follow_up_on", "Choose a date within the coming year.")
    referral_id = uuid.uuid4()
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        service = c.execute(select(Service.status, Service.organization_id)
                            .where(Service.id == service_id)).first()
        if service is None:
            raise ValidationError("service", "There is no such service in the directory.")
        if service.status != "active":
            raise ValidationError("service", "This service is not active.")
        consented = consent.allows(c, case_id, "referral", categories, service.organization_id)
        if not consented:
            if not override_reason:
                raise ConsentMissing(
                    "The client has not agreed to share this with this organisation.",
                    hint="Record the client's consent, or ask a supervisor to refer with "
                         "a written reason.")
            if session.actor.role != "supervisor":
                raise PermissionDenied("Only a supervisor may refer without consent.")
        now = utcnow()
        c.execute(Referral.__table__.insert(), {
            "id": referral_id, "case_id": case_id, "service_id": service_id,
            "referred_by_id": session.actor.user_id, "referred_at": now,
            "status": ReferralStatus.REFERRED, "follow_up_on": follow_up_on,
            "created_at": now, "updated_at": now,
            "override_by_id": None if consented else session.actor.user_id,
            **seal(session.keys, "referrals", referral_id, {
                "notes": notes, "override_reason": None if consented else override_reason})})
        audit.record(c, action="referral_made" if consented else "referral_without_consent",
                     user_id=session.actor.user_id, desk_id=session.desk_id, entity="case",
                     entity_id=case_id, detail={"referral": str(referral_id),
                                                "service": str(service_id),
                                                "categories": list(categories)})
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
        require_case_access(c, session, case_id)
        c.execute(update(Referral).where(Referral.id == referral_id)
                  .values(status=status, updated_at=utcnow()))
        audit.record(c, action="referral_status", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"referral": str(referral_id), "status": status})


@dataclass(frozen=True)
class ReferralDetail:
    id: uuid.UUID
    service_id: uuid.UUID
    status: str
    notes: str | None
    without_consent: bool
    override_reason: str | None


def detail(database: Database, session: UserSession, referral_id: uuid.UUID) -> ReferralDetail:
    require(session.actor, Action.VIEW_CASE)
    with database.transaction() as c:
        row = c.execute(select(Referral).where(Referral.id == referral_id)).first()
        if row is None:
            raise ValidationError("referral", "There is no such referral.")
        require_case_access(c, session, row.case_id)
        audit.record(c, action="referral_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=row.case_id,
                     detail={"referral": str(referral_id)})
    values, _ = open_fields(session.keys, "referrals", row.id, row,
                            ("notes", "override_reason"))
    return ReferralDetail(row.id, row.service_id, row.status, values["notes"],
                          row.override_by_id is not None, values["override_reason"])


# ---- what the lookup and the case's referral list need ----------------------------------

@dataclass(frozen=True)
class CaseForReferral:
    """The case a "refer this case" lookup works for."""

    case_id: uuid.UUID
    reference: str
    district_code: str | None


def case_for_referral(database: Database, session: UserSession,
                      case_id: uuid.UUID) -> CaseForReferral:
    require(session.actor, Action.MAKE_REFERRAL)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        row = c.execute(select(Case.reference, Case.district_code)
                        .where(Case.id == case_id)).one()
    return CaseForReferral(case_id, row.reference, row.district_code)


def has_consent(database: Database, session: UserSession, case_id: uuid.UUID,
                service_id: uuid.UUID,
                categories: tuple[str, ...] = consent.REFERRAL_DEFAULT) -> bool:
    """Whether the client agreed to share what a referral carries with this service's
    organisation: the referral dialog says so before anything is sent."""
    require(session.actor, Action.MAKE_REFERRAL)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        organization_id = c.execute(select(Service.organization_id)
                                    .where(Service.id == service_id)).scalar()
        if organization_id is None:
            raise ValidationError("service", "There is no such service in the directory.")
        return consent.allows(c, case_id, "referral", categories, organization_id)


@dataclass(frozen=True)
class CaseReferral:
    """A referral as the case form lists it; the reason for one made without consent is
    opened for those who may open the case."""

    id: uuid.UUID
    service_id: uuid.UUID
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


def list_for_case(database: Database, session: UserSession,
                  case_id: uuid.UUID) -> list[CaseReferral]:
    """A case's referrals, newest first (a view of the case: audited)."""
    require(session.actor, Action.VIEW_CASE)
    by, overrider = aliased(User), aliased(User)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        rows = c.execute(
            select(Referral.id, Referral.service_id, Referral.referred_at, Service.name,
                   Service.name_ur, Organization.name.label("org"),
                   Organization.name_ur.label("org_ur"), Referral.status,
                   Referral.follow_up_on, by.display_name.label("by"), Referral.notes_ct,
                   Referral.override_by_id, overrider.display_name.label("overrider"),
                   Referral.override_reason_ct)
            .join(Service, Service.id == Referral.service_id)
            .outerjoin(Organization, Organization.id == Service.organization_id)
            .outerjoin(by, by.id == Referral.referred_by_id)
            .outerjoin(overrider, overrider.id == Referral.override_by_id)
            .where(Referral.case_id == case_id)
            .order_by(Referral.referred_at.desc())).all()
        audit.record(c, action="case_referrals_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"referrals": len(rows)})
    found = []
    for r in rows:
        values, _ = open_fields(session.keys, "referrals", r.id, r,
                                ("notes", "override_reason"))
        found.append(CaseReferral(
            r.id, r.service_id, r.referred_at, r.name, r.name_ur, r.org, r.org_ur, r.status,
            r.follow_up_on, r.by, values["notes"], r.override_by_id is not None,
            r.overrider, values["override_reason"]))
    return found


def set_follow_up(database: Database, session: UserSession, referral_id: uuid.UUID,
                  follow_up_on: date) -> None:
    require(session.actor, Action.MAKE_REFERRAL)
    today = today_pk()
    if not today <= follow_up_on <= today + timedelta(days=365):
        raise ValidationError("follow_up_on", "Choose a date within the coming year.")
    with database.transaction() as c:
        case_id = c.execute(select(Referral.case_id).where(Referral.id == referral_id)).scalar()
        if case_id is None:
            raise ValidationError("referral", "There is no such referral.")
        require_case_access(c, session, case_id)
        c.execute(update(Referral).where(Referral.id == referral_id)
                  .values(follow_up_on=follow_up_on, updated_at=utcnow()))
        audit.record(c, action="referral_follow_up", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"referral": str(referral_id),
                             "follow_up_on": follow_up_on.isoformat()})
