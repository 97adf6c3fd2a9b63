"""One directory entry as the lookup's detail pane shows it, and keeping entries true:
supervisors correct them (every changed field kept in `directory_changes` with who and
when, and audited), mark them verified, and see those not verified for six months.

A confidential location's address (a shelter's) leaves this module only for roles that
may see it (`Action.SEE_CONFIDENTIAL_LOCATIONS`); for others it is withheld here, so no
screen can show it by mistake. The same goes for the address in the change history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from sqlalchemy import func, or_, select, update

from ..directory import search
from ..directory.directory_rows import PEOPLE_TAXONOMY
from ..domain.pakistan_time import today_pk
from ..domain.permissions import Action, can, require
from ..domain.text import clean_text
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import (
    Address,
    Attribute,
    DirectoryChange,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
    User,
)
from . import audit
from .accounts import UserSession

STALE_AFTER_DAYS = 183   # six months
WITHHELD = "(withheld)"
ADDRESS_FIELDS = ("address_1", "city")


@dataclass(frozen=True)
class Hours:
    days: str | None          # "MO,TU,…" as HSDS has it; None: every day
    opens_at: time | None
    closes_at: time | None
    description: str | None


@dataclass(frozen=True)
class ServiceDetail:
    id: uuid.UUID
    name: str
    name_ur: str | None
    organization: str
    organization_ur: str | None
    description: str | None
    status: str
    types: tuple[tuple[str, str, str | None], ...]    # (code, English, Urdu)
    people_served: tuple[str, ...]
    phones: tuple[str, ...]
    district_codes: tuple[str, ...]
    city: str | None
    address: str | None            # None when withheld or unknown
    address_withheld: bool
    confidential: bool
    hours: tuple[Hours, ...]
    languages: tuple[str, ...]
    free_of_charge: bool
    female_staff: bool
    fees_description: str | None
    is_demo: bool
    assured_date: date | None
    source: str | None
    url: str | None
    email: str | None
    location_id: uuid.UUID | None = None
    address_1: str | None = field(default=None, repr=False)   # for the editor, if allowed

    def verified_within(self, today: date, days: int = STALE_AFTER_DAYS) -> bool:
        return self.assured_date is not None and self.assured_date >= today - timedelta(days)


def may_see_confidential(session: UserSession) -> bool:
    return can(session.actor.role, Action.SEE_CONFIDENTIAL_LOCATIONS)


def service_detail(database: Database, session: UserSession,
                   service_id: uuid.UUID) -> ServiceDetail:
    """Everything the detail pane shows of one service (any signed-in role may look a
    service up; only the address of a confidential location depends on the role)."""
    allowed = may_see_confidential(session)
    with database.engine.connect() as c:
        s = c.execute(
            select(Service.__table__, Organization.name.label("org"),
                   Organization.name_ur.label("org_ur"))
            .join(Organization, Organization.id == Service.organization_id)
            .where(Service.id == service_id)).mappings().first()
        if s is None:
            raise ValidationError("service", "There is no such service in the directory.")
        terms = c.execute(select(TaxonomyTerm.code, TaxonomyTerm.name, TaxonomyTerm.name_ur,
                                 TaxonomyTerm.taxonomy)
                          .join(Attribute, Attribute.taxonomy_term_id == TaxonomyTerm.id)
                          .where(Attribute.link_id == service_id)).all()
        stored_phones = tuple(c.scalars(select(Phone.number).where(
            Phone.service_id == service_id).order_by(Phone.number)))
        place = c.execute(
            select(Location.id, Location.district_code, Location.confidential,
                   Address.address_1, Address.address_2, Address.city)
            .join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
            .outerjoin(Address, Address.location_id == Location.id)
            .where(ServiceAtLocation.service_id == service_id)).first()
        areas = tuple(c.scalars(select(ServiceArea.district_code)
                                .where(ServiceArea.service_id == service_id,
                                       ServiceArea.district_code.is_not(None))))
        hours = tuple(Hours(h.byday, h.opens_at, h.closes_at, h.description)
                      for h in c.execute(select(Schedule).where(
                          Schedule.service_id == service_id)).mappings())
        languages = tuple(dict.fromkeys(
            code or name for code, name in c.execute(
                select(Language.code, Language.name).where(Language.service_id == service_id))))
    confidential = bool(place and place.confidential)
    address = None
    if place and place.address_1:
        parts = [place.address_1, place.address_2]
        # Demo and imported addresses often end with the city already.
        if place.city and place.city.casefold() not in place.address_1.casefold():
            parts.append(place.city)
        address = ", ".join(p for p in parts if p)
    withheld = confidential and not allowed and address is not None
    districts = tuple(dict.fromkeys(([place.district_code] if place and place.district_code
                                     else []) + list(areas)))
    return ServiceDetail(
        id=s["id"], name=s["name"], name_ur=s["name_ur"], organization=s["org"],
        organization_ur=s["org_ur"], description=s["description"], status=s["status"],
        types=tuple((t.code or "", t.name, t.name_ur) for t in terms
                    if t.taxonomy != PEOPLE_TAXONOMY),
        people_served=tuple(t.code for t in terms if t.taxonomy == PEOPLE_TAXONOMY),
        phones=stored_phones, district_codes=districts, city=place.city if place else None,
        address=None if withheld else address, address_withheld=withheld,
        confidential=confidential, hours=hours, languages=languages,
        free_of_charge=bool(s["free_of_charge"]), female_staff=bool(s["female_staff"]),
        fees_description=s["fees_description"], is_demo=bool(s["is_demo"]),
        assured_date=s["assured_date"], source=s["source"], url=s["url"], email=s["email"],
        location_id=place.id if place else None,
        address_1=None if withheld or not place else place.address_1)


# ---- not verified for six months ----------------------------------------------------------

@dataclass(frozen=True)
class StaleService:
    id: uuid.UUID
    name: str
    name_ur: str | None
    district_code: str | None
    assured_date: date | None
    is_demo: bool


def stale_services(database: Database, *, today: date | None = None,
                   district: str | None = None, limit: int = 500) -> list[StaleService]:
    """Active services not verified for six months (or never), the oldest first."""
    today = today or today_pk()
    cutoff = today - timedelta(days=STALE_AFTER_DAYS)
    district_of = (select(Location.district_code)
                   .join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
                   .where(ServiceAtLocation.service_id == Service.id)
                   .limit(1).scalar_subquery())
    query = (select(Service.id, Service.name, Service.name_ur, district_of.label("district"),
                    Service.assured_date, Service.is_demo)
             .where(Service.status == "active",
                    or_(Service.assured_date.is_(None), Service.assured_date < cutoff))
             .order_by(Service.assured_date.is_not(None), Service.assured_date, Service.name)
             .limit(limit))
    if district:
        query = query.where(district_of == district)
    with database.engine.connect() as c:
        return [StaleService(*row) for row in c.execute(query)]


# ---- editing ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ServiceEdit:
    """What the editor sends: every field as it now stands in the form."""

    name: str
    name_ur: str | None
    description: str | None
    phones: tuple[str, ...]
    status: str
    free_of_charge: bool
    female_staff: bool
    confidential: bool
    address_1: str | None = None      # None: not shown to this person, left as it is
    city: str | None = None
    source: str | None = None


def edit_form(detail: ServiceDetail) -> ServiceEdit:
    """The editor's starting values for a service."""
    return ServiceEdit(detail.name, detail.name_ur, detail.description, detail.phones,
                       detail.status, detail.free_of_charge, detail.female_staff,
                       detail.confidential, detail.address_1,
                       detail.city if detail.address_1 is not None else None, detail.source)


def _text(value, name: str, limit: int, *, required: bool = False) -> str | None:
    value = clean_text(value, name, max_length=limit, multiline=name == "description")
    if required and not value:
        raise ValidationError(name, "This cannot be empty.")
    return value


def update_service(database: Database, session: UserSession, service_id: uuid.UUID,
                   edit: ServiceEdit) -> int:
    """Save a supervisor's corrections; return how many fields changed. Each changed
    field goes into the history (who, when, before and after) and the audit trail
    (which fields only), in one transaction."""
    require(session.actor, Action.EDIT_DIRECTORY)
    name = _text(edit.name, "name", 300, required=True)
    name_ur = _text(edit.name_ur, "name_ur", 300)
    description = _text(edit.description, "description", 20_000)
    source = _text(edit.source, "source", 200)
    if edit.status not in ("active", "inactive", "defunct", "temporarily closed"):
        raise ValidationError("status", "Choose one of the statuses.")
    phones = tuple(p for p in (_text(p, "phones", 40) for p in edit.phones) if p)
    if any(not any(ch.isdigit() for ch in p) for p in phones):
        raise ValidationError("phones", "A phone number needs digits.")
    detail = service_detail(database, session, service_id)
    if edit.address_1 is not None and detail.address_withheld:
        raise ValidationError("address_1", "This address is confidential: only a "
                              "supervisor may change it.")
    address_1 = _text(edit.address_1, "address_1", 300) if edit.address_1 is not None else None
    city = _text(edit.city, "city", 100) if edit.city is not None else None
    changes: list[tuple[str, uuid.UUID, str, object, object]] = []
    service_values = {"name": name, "name_ur": name_ur, "description": description,
                      "status": edit.status, "free_of_charge": edit.free_of_charge,
                      "female_staff": edit.female_staff, "source": source}
    before = {"name": detail.name, "name_ur": detail.name_ur,
              "description": detail.description, "status": detail.status,
              "free_of_charge": detail.free_of_charge, "female_staff": detail.female_staff,
              "source": detail.source}
    for key, value in service_values.items():
        if value != before[key]:
            changes.append(("service", service_id, key, before[key], value))
    if phones != detail.phones:
        changes.append(("phone", service_id, "number", " / ".join(detail.phones),
                        " / ".join(phones)))
    if detail.location_id is not None and edit.confidential != detail.confidential:
        changes.append(("location", detail.location_id, "confidential", detail.confidential,
                        edit.confidential))
    if address_1 is not None and detail.location_id is not None:
        if address_1 != detail.address_1:
            changes.append(("address", detail.location_id, "address_1", detail.address_1,
                            address_1))
        if city is not None and city != detail.city:
            changes.append(("address", detail.location_id, "city", detail.city, city))
    if not changes:
        return 0
    now = utcnow()
    with database.transaction() as c:
        values = {k: v for (kind, _i, k, _b, v) in changes if kind == "service"}
        if values:
            c.execute(update(Service).where(Service.id == service_id)
                      .values(**values, updated_at=now))
        if phones != detail.phones:
            existing = c.execute(select(Phone.id).where(Phone.service_id == service_id)
                                 .order_by(Phone.number)).scalars().all()
            for n, number in enumerate(phones):
                if n < len(existing):
                    c.execute(update(Phone).where(Phone.id == existing[n])
                              .values(number=number))
                else:
                    c.execute(Phone.__table__.insert(), {
                        "id": uuid.uuid4(), "service_id": service_id, "number": number,
                        "type": "voice"})
            for extra in existing[len(phones):]:
                c.execute(Phone.__table__.delete().where(Phone.id == extra))
        if any(kind == "location" for kind, *_ in changes):
            c.execute(update(Location).where(Location.id == detail.location_id)
                      .values(confidential=edit.confidential, updated_at=now))
        address_values = {k: v for (kind, _i, k, _b, v) in changes if kind == "address"}
        if address_values:
            c.execute(update(Address).where(Address.location_id == detail.location_id)
                      .values(**address_values))
        c.execute(DirectoryChange.__table__.insert(), [{
            "id": uuid.uuid4(), "service_id": service_id, "resource_type": kind,
            "resource_id": resource, "action": "update", "field_name": key,
            "previous_value": _stored(old), "replacement_value": _stored(new),
            "changed_by_id": session.actor.user_id, "changed_at": now}
            for kind, resource, key, old, new in changes])
        audit.record(c, action="directory_edited", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="service", entity_id=service_id,
                     detail={"fields": [key for _kind, _id, key, _old, _new in changes]})
    search.directory_changed(database)
    return len(changes)


def _stored(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def mark_verified(database: Database, session: UserSession, service_id: uuid.UUID, *,
                  on: date | None = None) -> date:
    """The entry was checked (by calling the service or against its source) today."""
    require(session.actor, Action.EDIT_DIRECTORY)
    on = on or today_pk()
    if on > today_pk() + timedelta(days=1):
        raise ValidationError("assured_date", "A verification cannot be in the future.")
    with database.transaction() as c:
        old = c.execute(select(Service.assured_date).where(Service.id == service_id)).first()
        if old is None:
            raise ValidationError("service", "There is no such service in the directory.")
        now = utcnow()
        c.execute(update(Service).where(Service.id == service_id)
                  .values(assured_date=on, updated_at=now))
        c.execute(DirectoryChange.__table__.insert(), {
            "id": uuid.uuid4(), "service_id": service_id, "resource_type": "service",
            "resource_id": service_id, "action": "verify", "field_name": "assured_date",
            "previous_value": _stored(old[0]), "replacement_value": on.isoformat(),
            "changed_by_id": session.actor.user_id, "changed_at": now})
        audit.record(c, action="directory_verified", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="service", entity_id=service_id,
                     detail={"on": on.isoformat()})
    return on


@dataclass(frozen=True)
class Change:
    changed_at: object
    changed_by: str | None
    action: str
    field_name: str
    previous_value: str | None
    replacement_value: str | None


def history(database: Database, session: UserSession, service_id: uuid.UUID) -> list[Change]:
    """Who changed what in this entry, newest first (for those who may edit it). Values
    of a confidential address are withheld from those who may not see it."""
    require(session.actor, Action.EDIT_DIRECTORY)
    allowed = may_see_confidential(session)
    with database.engine.connect() as c:
        confidential = bool(c.execute(
            select(func.max(Location.confidential))
            .join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
            .where(ServiceAtLocation.service_id == service_id)).scalar())
        rows = c.execute(
            select(DirectoryChange.__table__, User.display_name)
            .outerjoin(User, User.id == DirectoryChange.changed_by_id)
            .where(DirectoryChange.service_id == service_id)
            .order_by(DirectoryChange.changed_at.desc())).all()
    found = []
    for change in rows:
        who = change.display_name
        item = Change(change.changed_at, who, change.action, change.field_name,
                      change.previous_value, change.replacement_value)
        if change.resource_type == "address" and confidential and not allowed:
            item = replace(item, previous_value=WITHHELD, replacement_value=WITHHELD)
        found.append(item)
    return found


# ---- importing a partner's file from the window --------------------------------------------

def import_file(database: Database, session: UserSession, path, *, valid_only: bool = False,
                progress=None):
    """`hsds_import.import_directory` for a person at the desk: only those who may edit the
    directory, and the import (counts, never a value) in the audit trail."""
    from ..directory import hsds_import

    require(session.actor, Action.EDIT_DIRECTORY)
    report = hsds_import.import_directory(database, path, valid_only=valid_only,
                                          progress=progress)
    if report.written:
        with database.transaction() as c:
            audit.record(c, action="directory_imported", user_id=session.actor.user_id,
                         desk_id=session.desk_id, entity=None, entity_id=None,
                         detail={"services": report.services,
                                 "rows": sum(report.written.values()),
                                 "rejected": sum(report.rejected.values()),
                                 "valid_only": valid_only})
    return report
