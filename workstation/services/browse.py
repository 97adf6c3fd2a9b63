"""Read-only lists for the screens: pages of contacts, cases, services and appointments.

These show coded, non-identifying columns only (status, category, district, times),
so they work before anyone unlocks the keys; opening a record is where decryption,
permission checks and auditing happen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, exists, func, literal, or_, select
from sqlalchemy.orm import aliased

from .. import reference
from ..domain.pakistan_time import PKT
from ..domain.permissions import Actor, CaseFacts, can_open_case
from ..persistence.database import Database
from ..persistence.models import (
    Appointment,
    Attribute,
    Case,
    CaseCategory,
    Category,
    Centre,
    Contact,
    FollowUp,
    Location,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
    User,
)

PAGE_SIZE = 50


@dataclass(frozen=True)
class Page:
    rows: list
    total: int
    offset: int


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    started_at: datetime
    channel: str
    status: str
    outcome: str | None
    category_en: str | None
    category_ur: str | None
    district_code: str | None
    centre_code: str
    counsellor: str | None


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    reference: str
    status: str
    risk_level: str
    category_en: str | None
    category_ur: str | None
    district_code: str | None
    opened_at: datetime
    counsellor: str | None
    restricted: bool


@dataclass(frozen=True)
class ServiceRow:
    id: uuid.UUID
    name: str
    name_ur: str | None
    service_type_en: str | None
    service_type_ur: str | None
    district_code: str | None
    phone: str | None
    hours: str | None
    is_demo: bool


@dataclass(frozen=True)
class AppointmentRow:
    id: uuid.UUID
    starts_at: datetime
    kind: str
    token_number: int | None
    room: str | None
    counsellor: str | None
    status: str
    centre_code: str


def _page(database: Database, query, count_query, row_type, offset: int, limit: int) -> Page:
    with database.uow() as uow:
        rows = [row_type(*r) for r in uow.session.execute(query.offset(offset).limit(limit))]
        total = uow.session.scalar(count_query)
    return Page(rows, total or 0, offset)


def district_name(code: str | None, language: str = "en") -> str:
    district = reference.districts_by_code().get(code or "")
    if district is None:
        return code or ""
    return district.name_ur if language == "ur" and district.name_ur else district.name_en


def recent_contacts(database: Database, *, offset: int = 0, limit: int = PAGE_SIZE,
                    centre_code: str | None = None) -> Page:
    filters = []
    if centre_code:
        filters.append(Centre.code == centre_code)
    query = (
        select(Contact.id, Contact.started_at, Contact.channel, Contact.status,
               Contact.outcome, Category.name_en, Category.name_ur, Contact.district_code,
               Centre.code, User.display_name)
        .join(Centre, Centre.id == Contact.centre_id)
        .outerjoin(Category, Category.id == Contact.category_id)
        .outerjoin(User, User.id == Contact.counsellor_id)
        .where(*filters)
        .order_by(Contact.started_at.desc())
    )
    count = (select(func.count()).select_from(Contact)
             .join(Centre, Centre.id == Contact.centre_id).where(*filters))
    return _page(database, query, count, ContactRow, offset, limit)


# What the case list may be sorted by; the caller names one of these, never a column.
CASE_SORTS = {
    "opened": Case.opened_at, "reference": Case.reference, "status": Case.status,
    "risk": Case.risk_level, "district": Case.district_code,
}


# A district or category with more cases than this is common enough that walking the
# centre's cases newest first finds a page of them sooner than sorting them all.
DENSE = 2_000


def _walk_centre_newest_first(session, district_code, category_code) -> bool:
    """Whether the page should walk the centre's cases newest first, checking the
    district or category of each, rather than take that filter's own index.

    Without statistics SQLite takes the filter's index and sorts every case it finds:
    at 250,000 cases a page of Karachi South (49,000 of the centre's 75,000) took
    70 ms of sorting; walking newest first reads about 75 cases. For a rare value the
    filter's index stays the faster way, so a cheap probe of its index decides.
    (With a status the centre-and-status index already walks newest first.)"""
    if district_code:
        probe = select(Case.id).where(Case.district_code == district_code)
    else:
        probe = select(Case.id).where(Case.primary_category_id == select(Category.id).where(
            Category.code == category_code).scalar_subquery())
    found = session.scalar(select(func.count()).select_from(probe.limit(DENSE).subquery()))
    return found >= DENSE


def _unindexed(column):
    """`column || ''`: the same value, which SQLite cannot look up in the column's index,
    so the plan walks the centre's cases newest first instead (SQLite's own advice for
    steering a plan)."""
    return column.op("||")(literal(""))


def case_page(database: Database, *, offset: int = 0, limit: int = PAGE_SIZE,
              centre_code: str | None = None, status: str | None = None,
              district_code: str | None = None, actor: Actor | None = None,
              assignee_id: uuid.UUID | None = None, category_code: str | None = None,
              follow_up_due_by: date | None = None, sort: str = "opened",
              descending: bool = True, count: bool = True) -> Page:
    """A page of cases. The category of a restricted case is withheld (None) unless `actor`
    may open that case: "karo-kari" beside a reference already says too much.

    Filters: status, district, assignee (counsellor or lawyer; "my cases" passes the
    signed-in user), category (the primary one or any further one), and cases with a
    planned follow-up due on or before a date.

    `count=False` leaves the total out (None): the list asks for it with the first page
    only, so scrolling on through a filtered list costs a page, not a count as well."""
    walk = False
    if database.dialect == "sqlite" and centre_code and not status and sort == "opened" \
            and (district_code or category_code):
        with database.uow() as uow:
            walk = _walk_centre_newest_first(uow.session, district_code, category_code)
    filters, count_filters = [], []
    if centre_code:
        # A subquery, not a join: a join with centres steers SQLite into scanning every
        # centre's cases even when another filter has an index of its own.
        filters.append(Case.centre_id == select(Centre.id).where(
            Centre.code == centre_code).scalar_subquery())
    if status:
        filters.append(Case.status == status)
    if assignee_id:
        filters.append(or_(Case.counsellor_id == assignee_id, Case.lawyer_id == assignee_id))
    count_filters = list(filters)
    if district_code:
        count_filters.append(Case.district_code == district_code)
        filters.append((_unindexed(Case.district_code) if walk else Case.district_code)
                       == district_code)
    if category_code:
        category = select(Category.id).where(Category.code == category_code).scalar_subquery()
        further = Case.id.in_(select(CaseCategory.case_id).where(
            CaseCategory.category_id == category))
        count_filters.append(or_(Case.primary_category_id == category, further))
        filters.append(or_((_unindexed(Case.primary_category_id) if walk
                            else Case.primary_category_id) == category, further))
    # EXISTS rather than IN for the page (measured): SQLite then drives from the other
    # filters (my cases, a centre) instead of from the thousands of cases with a
    # follow-up due, and stops after 50. The count reads them all: there IN, which
    # starts from the follow-ups due, took half the time at 250,000 cases.
    if follow_up_due_by:
        filters.append(exists().where(FollowUp.case_id == Case.id, FollowUp.status == "planned",
                                      FollowUp.due_on <= follow_up_due_by))
        count_filters.append(Case.id.in_(select(FollowUp.case_id).where(
            FollowUp.status == "planned", FollowUp.due_on <= follow_up_due_by)))
    if sort not in CASE_SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    order = CASE_SORTS[sort].desc() if descending else CASE_SORTS[sort].asc()
    # Deferred join: sort and cut the narrow (sort key, id) rows first, then fetch the
    # page's 50 wide rows. Sorting thousands of wide rows to keep 50 cost ~80 ms.
    page_ids = (select(Case.id).where(*filters)
                .order_by(order, Case.id).offset(offset).limit(limit).subquery())
    query = (
        select(Case.id, Case.reference, Case.status, Case.risk_level, Category.name_en,
               Category.name_ur, Case.district_code, Case.opened_at, User.display_name,
               Case.restricted, Case.centre_id, Case.counsellor_id, Case.lawyer_id)
        .join(page_ids, page_ids.c.id == Case.id)
        .outerjoin(Category, Category.id == Case.primary_category_id)
        .outerjoin(User, User.id == Case.counsellor_id)
        .order_by(order, Case.id)
    )
    with database.uow() as uow:
        found = uow.session.execute(query).all()
        total = uow.session.scalar(select(func.count()).select_from(Case).where(
            *count_filters)) if count else None
    page = Page(found, total, offset)
    rows = []
    for *shown, restricted, centre_id, counsellor_id, lawyer_id in page.rows:
        if restricted and (actor is None or not can_open_case(
                actor, CaseFacts(centre_id, restricted, counsellor_id, lawyer_id))):
            shown[4] = shown[5] = None  # the category, in both languages
        rows.append(CaseRow(*shown, restricted))
    return Page(rows, page.total, page.offset)


def service_page(database: Database, *, offset: int = 0, limit: int = PAGE_SIZE,
                 district_code: str | None = None) -> Page:
    term = aliased(TaxonomyTerm)
    # One phone and one schedule per service for the list; the detail view shows all.
    first_phone = (select(Phone.number).where(Phone.service_id == Service.id)
                   .limit(1).scalar_subquery())
    first_hours = (select(Schedule.description).where(Schedule.service_id == Service.id)
                   .limit(1).scalar_subquery())
    service_type = (select(term.name).join(Attribute, Attribute.taxonomy_term_id == term.id)
                    .where(Attribute.link_id == Service.id).limit(1).scalar_subquery())
    service_type_ur = (select(term.name_ur).join(Attribute, Attribute.taxonomy_term_id == term.id)
                       .where(Attribute.link_id == Service.id).limit(1).scalar_subquery())
    district = (select(Location.district_code)
                .join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
                .where(ServiceAtLocation.service_id == Service.id).limit(1).scalar_subquery())
    filters = []
    if district_code:
        filters.append(Service.id.in_(
            select(ServiceAtLocation.service_id)
            .join(Location, and_(Location.id == ServiceAtLocation.location_id,
                                 Location.district_code == district_code))))
    query = (select(Service.id, Service.name, Service.name_ur, service_type, service_type_ur,
                    district, first_phone, first_hours, Service.is_demo)
             .where(*filters).order_by(Service.name))
    count = select(func.count()).select_from(Service).where(*filters)
    return _page(database, query, count, ServiceRow, offset, limit)


def appointments_on(database: Database, day: date, *, centre_code: str | None = None) -> list:
    start = datetime.combine(day, time(0), PKT).astimezone(timezone.utc)
    end = start + timedelta(days=1)
    filters = [Appointment.starts_at >= start, Appointment.starts_at < end]
    if centre_code:
        filters.append(Centre.code == centre_code)
    with database.uow() as uow:
        query = (select(Appointment.id, Appointment.starts_at, Appointment.kind,
                        Appointment.token_number, Appointment.room, User.display_name,
                        Appointment.status, Centre.code)
                 .join(Centre, Centre.id == Appointment.centre_id)
                 .outerjoin(User, User.id == Appointment.counsellor_id)
                 .where(*filters).order_by(Appointment.starts_at, Centre.code))
        return [AppointmentRow(*r) for r in uow.session.execute(query)]


@dataclass(frozen=True)
class Overview:
    contacts_today: int
    abandoned_today: int
    open_cases: int
    overdue_follow_ups: int
    services: int


def overview(database: Database, today: date | None = None) -> Overview:
    today = today or datetime.now(PKT).date()
    start = datetime.combine(today, time(0), PKT).astimezone(timezone.utc)
    with database.uow() as uow:
        s = uow.session
        in_day = and_(Contact.started_at >= start, Contact.started_at < start + timedelta(days=1))
        return Overview(
            contacts_today=s.scalar(select(func.count()).where(in_day)) or 0,
            abandoned_today=s.scalar(select(func.count()).where(
                in_day, Contact.status.in_(("abandoned", "missed")))) or 0,
            open_cases=s.scalar(select(func.count()).where(Case.status != "closed")) or 0,
            overdue_follow_ups=s.scalar(select(func.count()).where(
                FollowUp.status == "planned", FollowUp.due_on < today)) or 0,
            services=s.scalar(select(func.count()).select_from(Service)) or 0,
        )
