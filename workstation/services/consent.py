"""The client's consent: to share which kinds of data with which organisation, and to be
counted in statistics. Referrals check it; sharing without it needs a supervisor's
override with a written reason (services.referrals)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..domain.permissions import Action, require
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Consent, Organization, User
from . import audit
from .accounts import UserSession
from .case_access import require_case_access

PURPOSES = ("referral", "statistics")
# What a referral may carry about the client (after Primero's GBV consent form).
CATEGORIES = ("identity", "contact", "incident", "health", "all")
REFERRAL_DEFAULT = ("identity", "contact", "incident")


def record(database: Database, session: UserSession, case_id: uuid.UUID, *, purpose: str,
           granted: bool, categories: tuple[str, ...] = ("all",),
           organization_id: uuid.UUID | None = None) -> None:
    """Record consent as the client gave it; a later record about the same thing wins."""
    require(session.actor, Action.EDIT_CASE)
    if purpose not in PURPOSES:
        raise ValidationError("purpose", "Consent is for a referral or for statistics.")
    unknown = set(categories) - set(CATEGORIES)
    if unknown or not categories:
        raise ValidationError("categories", f"Choose from: {', '.join(CATEGORIES)}.")
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        now = utcnow()
        for category in categories:
            c.execute(Consent.__table__.insert(), {
                "id": uuid.uuid4(), "case_id": case_id, "purpose": purpose,
                "data_category": category, "organization_id": organization_id,
                "granted": granted, "recorded_by_id": session.actor.user_id,
                "recorded_at": now})
        audit.record(c, action="consent_recorded", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id,
                     detail={"purpose": purpose, "granted": granted,
                             "categories": list(categories),
                             "organization": str(organization_id) if organization_id
                             else None})


def allows(connection, case_id: uuid.UUID, purpose: str, categories: tuple[str, ...],
           organization_id: uuid.UUID | None = None) -> bool:
    """True when, for every category, the newest record that applies grants it: one for
    this organisation or for any, about this category or "all". The newest wins, so a
    withdrawal always takes effect; no record means no consent."""
    if not categories or set(categories) - set(CATEGORIES):
        raise ValidationError("categories", f"Choose from: {', '.join(CATEGORIES)}.")
    rows = connection.execute(
        select(Consent.data_category, Consent.organization_id, Consent.granted)
        .where(Consent.case_id == case_id, Consent.purpose == purpose)
        .order_by(Consent.recorded_at.desc())).all()

    def decision(category: str) -> bool:
        for row in rows:  # newest first
            if row.data_category in (category, "all") and \
                    row.organization_id in (None, organization_id):
                return row.granted
        return False

    return all(decision(category) for category in categories)


@dataclass(frozen=True)
class ConsentLine:
    """One consent as recorded: newest first in `of_case`."""

    recorded_at: datetime
    purpose: str
    data_category: str
    organization_id: uuid.UUID | None
    organization: str | None        # None: any organisation
    organization_ur: str | None
    granted: bool
    recorded_by: str | None
    current: bool                   # no newer record about the same thing replaces it


def of_case(database: Database, session: UserSession, case_id: uuid.UUID) -> list[ConsentLine]:
    """Every consent recorded on a case, newest first; `current` marks those still in
    force (a later record about the same purpose, category and organisation wins)."""
    require(session.actor, Action.VIEW_CASE)
    with database.transaction() as c:
        require_case_access(c, session, case_id)
        rows = c.execute(
            select(Consent.recorded_at, Consent.purpose, Consent.data_category,
                   Consent.organization_id, Organization.name, Organization.name_ur,
                   Consent.granted, User.display_name)
            .outerjoin(Organization, Organization.id == Consent.organization_id)
            .outerjoin(User, User.id == Consent.recorded_by_id)
            .where(Consent.case_id == case_id)
            .order_by(Consent.recorded_at.desc(), Consent.data_category)).all()
        audit.record(c, action="consent_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=case_id)
    seen: set[tuple] = set()
    lines = []
    for r in rows:
        about = (r.purpose, r.data_category, r.organization_id)
        lines.append(ConsentLine(r.recorded_at, r.purpose, r.data_category, r.organization_id,
                                 r.name, r.name_ur, r.granted, r.display_name,
                                 about not in seen))
        seen.add(about)
    return lines


@dataclass(frozen=True)
class OrganisationChoice:
    id: uuid.UUID
    name: str
    name_ur: str | None


def organisations(database: Database) -> list[OrganisationChoice]:
    """The directory's organisations, by name: whom consent to share may name."""
    with database.engine.connect() as c:
        rows = c.execute(select(Organization.id, Organization.name, Organization.name_ur)
                         .order_by(Organization.name)).all()
    return [OrganisationChoice(*r) for r in rows]
