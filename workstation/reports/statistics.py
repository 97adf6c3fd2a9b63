"""Anonymised statistics for a period, counted by the database from the coded columns
kept in clear (channel, outcome, category, district, sex, age band, vulnerability,
referral status, legal outcome). No key is needed and no sensitive value is read.

Who is counted:
- contacts: every finished contact of the period (calls handled, walk-ins, online
  sessions): they are the helpline's work, not facts about a person;
- cases, clients, referrals and legal steps: only of cases whose client agreed to be
  counted in statistics — the newest statistics consent recorded for the case, about
  everything ("all") and for any organisation, grants it (as `consent.allows(...,
  "statistics", ("all",))` decides; a case with no such record is not counted).

A case counts in the period it was opened; a referral when it was made; a legal step on
its date (or, without one, when it was recorded). The counts come back raw
(`Figures`); `build_report` applies small-count suppression, and only suppressed
reports reach a screen or a file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Integer, and_, cast, func, or_, select

from ..domain.permissions import Action, PermissionDenied, require
from ..domain.vocab import AGE_BANDS, Channel, ReferralStatus, Vulnerability
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import (
    Attribute,
    Case,
    CasePerson,
    Category,
    Centre,
    Consent,
    Contact,
    LegalStep,
    Person,
    Referral,
    TaxonomyTerm,
)
from ..reference import GBVIMS_TYPES, districts_by_code
from .dashboard import stored_id
from .period import Period
from .suppression import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD, suppress

SCHEMES = ("local", "chi", "gbvims")
NOT_RECORDED = ""               # the key of "not recorded" lines
NOT_CLASSIFIED = "not_classified"   # a category with no CHI code
NO_GBVIMS_TYPE = "none"          # a category that is not one of the six GBV types
CONTACT_OUTCOMES = ("advice_given", "information_only", "referred", "case_opened",
                    "follow_up_needed", "silent", "hang_up", "wrong_number", "abusive",
                    "prank", "abandoned", "missed")
LEGAL_KINDS = ("fir", "court_case", "medico_legal", "protection_order")
SEXES = ("f", "m", "x")
# The directory's own extras (Urdu names, district codes …) are attributes too; the
# service type is any other taxonomy's term.
LOCAL_EXTRAS_TAXONOMY = "cw-local"

# Breakdowns in the order they are shown: (id, unit, whether lines may overlap).
# The long lists of districts come last, so a printed report opens with the rest.
BREAKDOWNS = (
    ("contacts_by_channel", "contacts", False),
    ("contacts_by_outcome", "contacts", False),
    ("cases_by_category", "cases", False),
    ("clients_by_sex", "clients", False),
    ("clients_by_age_band", "clients", False),
    ("clients_by_vulnerability", "clients", True),
    ("referrals_by_service_type", "referrals", False),
    ("referrals_by_outcome", "referrals", False),
    ("legal_steps_by_outcome", "legal_steps", False),
    ("cases_by_district", "cases", False),
    ("contacts_by_district", "contacts", False),
)
# Breakdowns whose lines are names from the data (districts, categories, services):
# shown largest first. The others keep the order of their vocabulary.
BY_SIZE = frozenset({"contacts_by_district", "cases_by_category", "cases_by_district",
                     "referrals_by_service_type"})


class NothingToReport(ValidationError):
    """The period holds no contact and no case that may be counted."""


@dataclass(frozen=True)
class ReportRequest:
    period: Period
    scheme: str = "local"
    centre_code: str | None = None      # None: every centre the person may report on
    district_code: str | None = None
    threshold: int = DEFAULT_THRESHOLD


@dataclass(frozen=True)
class Item:
    """One line of a breakdown. `name_en`/`name_ur` are names the data carries
    (categories, districts, service types); coded values are named by the labels."""

    key: str
    count: int
    name_en: str | None = None
    name_ur: str | None = None


@dataclass(frozen=True)
class Breakdown:
    id: str
    unit: str
    items: tuple[Item, ...]
    total: int | None        # None: lines may overlap


@dataclass(frozen=True)
class Figures:
    """Raw counts: never shown or written as they are (see build_report)."""

    request: ReportRequest
    breakdowns: tuple[Breakdown, ...]
    cases_in_period: int      # every case opened in the period, consented or not
    cases_counted: int        # those whose client agreed to statistics
    contacts: int
    centre_name: str | None
    centre_name_ur: str | None = None


@dataclass(frozen=True)
class Line:
    key: str
    count: int | None        # None: suppressed
    name_en: str | None = None
    name_ur: str | None = None


@dataclass(frozen=True)
class Table:
    id: str
    unit: str
    lines: tuple[Line, ...]
    total: int | None        # None: suppressed, or the lines may overlap
    has_total: bool

    @property
    def suppressed(self) -> int:
        return sum(1 for line in self.lines if line.count is None) + (
            1 if self.has_total and self.total is None else 0)


@dataclass(frozen=True)
class Report:
    """What a screen shows and a file holds: every count already suppressed."""

    request: ReportRequest
    tables: tuple[Table, ...]
    centre_name: str | None
    cases_counted: int | None     # suppressed like any count
    contacts: int | None
    no_consented_cases: bool      # contacts only: say so
    generated_at: datetime = field(default_factory=utcnow)
    centre_name_ur: str | None = None

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)


# ---- checking the request ------------------------------------------------------------

def check_request(database: Database, session, request: ReportRequest) -> ReportRequest:
    """The person may see reports, of this centre; the scheme, district and threshold
    exist. Returns the request with the centre set for a supervisor of one centre."""
    require(session.actor, Action.VIEW_REPORTS)
    if request.scheme not in SCHEMES:
        raise ValidationError("scheme", "Choose the local, CHI or GBVIMS categories.",
                              hint="Use --scheme local, chi or gbvims.")
    if not MIN_THRESHOLD <= request.threshold <= MAX_THRESHOLD:
        raise ValidationError("threshold", f"The suppression threshold is a number from "
                              f"{MIN_THRESHOLD} to {MAX_THRESHOLD}.")
    if request.district_code and request.district_code not in districts_by_code():
        raise ValidationError("district", f"There is no district {request.district_code}.")
    with database.engine.connect() as c:
        own = None
        if session.actor.centre_id is not None:
            own = c.execute(select(Centre.code).where(
                Centre.id == session.actor.centre_id)).scalar()
        if request.centre_code:
            found = c.execute(select(Centre.id).where(
                Centre.code == request.centre_code)).scalar()
            if found is None:
                raise ValidationError("centre", f"There is no centre {request.centre_code}.")
            if own is not None and request.centre_code != own:
                raise PermissionDenied("You may report on your own centre only.")
    if own is not None and not request.centre_code:
        request = replace(request, centre_code=own)
    return request


# ---- counting ------------------------------------------------------------------------

def _consented_cases():
    """The consent rule as one SQL query over every case of the desk: the reference
    that `consenting` (what reports use, for the period's cases only) is tested
    against."""
    about_all = and_(Consent.purpose == "statistics", Consent.data_category == "all",
                     Consent.organization_id.is_(None))
    newest = (select(Consent.case_id, func.max(Consent.recorded_at).label("at"))
              .where(about_all).group_by(Consent.case_id).subquery())
    return (select(Consent.case_id)
            .join(newest, and_(newest.c.case_id == Consent.case_id,
                               newest.c.at == Consent.recorded_at))
            .where(about_all).group_by(Consent.case_id)
            .having(func.min(cast(Consent.granted, Integer)) == 1))


def _centre_filter(column, centre_code: str | None):
    if not centre_code:
        return []
    return [column == select(Centre.id).where(Centre.code == centre_code).scalar_subquery()]


def _items(counts: Counter, order) -> tuple[Item, ...]:
    """Items in a vocabulary's order, then any code not in it (a newer desk's)."""
    keys = [k for k in order] + sorted(k for k in counts if k not in order)
    return tuple(Item(k, counts.get(k, 0)) for k in keys)


_ABOUT_ALL = and_(Consent.purpose == "statistics", Consent.data_category == "all",
                  Consent.organization_id.is_(None))
CHUNK = 900


def _chunks(values) -> list[list]:
    values = list(values)
    return [values[n:n + CHUNK] for n in range(0, len(values), CHUNK)]


def consenting(c, case_ids) -> set:
    """Those of `case_ids` whose newest statistics consent about everything, for any
    organisation, grants it (every record at that newest moment must grant it): the same
    decision as `_consented_cases`, for a few thousand cases at a time rather than for
    every case the desk holds. Ids as the database stores them (`stored_id`)."""
    raw = stored_id(c)
    newest: dict = {}
    for chunk in _chunks(case_ids):
        for case_id, at, granted in c.execute(
                select(raw(Consent.case_id), raw(Consent.recorded_at), Consent.granted)
                .where(_ABOUT_ALL, raw(Consent.case_id).in_(chunk))).all():
            held = newest.get(case_id)
            if held is None or at > held[0]:
                newest[case_id] = [at, bool(granted)]
            elif at == held[0]:
                held[1] = held[1] and bool(granted)
    return {case_id for case_id, (_, granted) in newest.items() if granted}


def _in_scope(c, case_ids, request: ReportRequest) -> set:
    """Those of `case_ids` (of any opening date) in the centre and district asked for."""
    if not request.centre_code and not request.district_code:
        return set(case_ids)
    where = [*_centre_filter(Case.centre_id, request.centre_code)]
    if request.district_code:
        where.append(Case.district_code == request.district_code)
    raw = stored_id(c)
    found = set()
    for chunk in _chunks(case_ids):
        found.update(c.execute(select(raw(Case.id)).where(raw(Case.id).in_(chunk), *where))
                     .scalars())
    return found


def count_figures(database: Database, request: ReportRequest) -> Figures:
    """Every breakdown of the request, unsuppressed. Call `check_request` first.

    Measured at helpline scale (`workstation bench --only report_year`): the rows of the
    period are read once each and grouped here; consent is decided for the period's cases
    only. One SQL statement per breakdown, with the consent rule as a subquery over every
    case of the desk, took 11 s for a year."""
    period = request.period
    start, end = period.start_utc, period.end_utc
    with database.engine.connect() as c:
        centre_name = centre_name_ur = None
        if request.centre_code:
            centre_name, centre_name_ur = c.execute(select(Centre.name, Centre.name_ur).where(
                Centre.code == request.centre_code)).one()

        # Contacts: finished ones (a contact in progress has no outcome yet), read once.
        contact_where = [Contact.started_at >= start, Contact.started_at < end,
                         Contact.status != "in_progress",
                         *_centre_filter(Contact.centre_id, request.centre_code)]
        if request.district_code:
            contact_where.append(Contact.district_code == request.district_code)
        outcome = func.coalesce(Contact.outcome, Contact.status)
        by_channel, by_outcome, contact_district = Counter(), Counter(), Counter()
        for channel, result, district, count in c.execute(
                select(Contact.channel, outcome, Contact.district_code, func.count())
                .where(*contact_where)
                .group_by(Contact.channel, outcome, Contact.district_code)):
            by_channel[channel] += count
            by_outcome["" if result == "answered" else result] += count
            contact_district[district or ""] += count
        contacts = sum(by_channel.values())

        # Cases opened in the period, and those whose client agreed to statistics.
        case_where = [Case.opened_at >= start, Case.opened_at < end,
                      *_centre_filter(Case.centre_id, request.centre_code)]
        if request.district_code:
            case_where.append(Case.district_code == request.district_code)
        # Ids as stored (no uuid.UUID made for each of tens of thousands of rows).
        raw = stored_id(c)
        in_period = c.execute(select(raw(Case.id), Case.district_code,
                                     raw(Case.primary_category_id)).where(*case_where)).all()
        cases_in_period = len(in_period)
        counted_ids = consenting(c, [row[0] for row in in_period])
        counted = [row for row in in_period if row[0] in counted_ids]
        by_category = Counter(row[2] for row in counted)
        case_district = Counter(row[1] or "" for row in counted)
        cases_counted = len(counted)

        clients = {}
        for case_id, person_id, sex, band, marks in c.execute(
                select(raw(CasePerson.case_id), raw(Person.id), Person.sex, Person.age_band,
                       Person.vulnerabilities)
                .join(Person, Person.id == CasePerson.person_id)
                .where(CasePerson.role == "client",
                       CasePerson.case_id.in_(select(Case.id).where(*case_where)))).all():
            if case_id in counted_ids:
                clients[person_id] = (sex, band, marks)
        clients = list(clients.values())

        # Referrals made in the period, and legal steps dated in it, of counted cases of
        # any opening date (within the centre and district asked for).
        referrals = c.execute(select(raw(Referral.case_id), raw(Referral.service_id),
                                     Referral.status)
                              .where(Referral.referred_at >= start,
                                     Referral.referred_at < end)).all()
        steps_rows = c.execute(
            select(raw(LegalStep.case_id), LegalStep.kind, LegalStep.outcome, LegalStep.status)
            .where(or_(and_(LegalStep.on_date.is_not(None), LegalStep.on_date >= period.first,
                            LegalStep.on_date <= period.last),
                       and_(LegalStep.on_date.is_(None), LegalStep.created_at >= start,
                            LegalStep.created_at < end)))).all()
        others = ({r[0] for r in referrals} | {r[0] for r in steps_rows}) - \
            {row[0] for row in in_period}
        others = _in_scope(c, others, request)
        allowed = counted_ids | consenting(c, others)
        referrals = [r for r in referrals if r[0] in allowed]
        steps = Counter(f"{r.kind}:{r.outcome or r.status}" for r in steps_rows
                        if r[0] in allowed)
        service_types = _service_types(c, {r[1] for r in referrals})
        categories = {row.id: row for row in c.execute(
            select(raw(Category.id).label("id"), Category.code, Category.name_en, Category.name_ur,
                   Category.chi_code, Category.chi_name, Category.gbvims_type,
                   Category.active, Category.sort_order))}

    breakdowns = [
        Breakdown("contacts_by_channel", "contacts",
                  _items(by_channel, [c.value for c in Channel]), contacts),
        Breakdown("contacts_by_outcome", "contacts",
                  _items(by_outcome, [*CONTACT_OUTCOMES, NOT_RECORDED]), contacts),
        Breakdown("contacts_by_district", "contacts", _districts(contact_district), contacts),
        Breakdown("cases_by_category", "cases",
                  _categories(by_category, categories, request.scheme), cases_counted),
        Breakdown("cases_by_district", "cases", _districts(case_district), cases_counted),
    ]
    sexes = Counter(sex or NOT_RECORDED for sex, _, _ in clients)
    bands = Counter(band or NOT_RECORDED for _, band, _ in clients)
    markers = Counter(marker for _, _, marks in clients for marker in set(marks or ()))
    breakdowns += [
        Breakdown("clients_by_sex", "clients", _items(sexes, [*SEXES, NOT_RECORDED]),
                  len(clients)),
        Breakdown("clients_by_age_band", "clients", _items(bands, [*AGE_BANDS, NOT_RECORDED]),
                  len(clients)),
        Breakdown("clients_by_vulnerability", "clients",
                  _items(markers, [v.value for v in Vulnerability]), None),
    ]
    by_type: Counter = Counter()
    type_names: dict[str, tuple[str, str | None]] = {}
    for row in referrals:
        code, name, name_ur = service_types.get(row[1], (NOT_RECORDED, None, None))
        by_type[code] += 1
        if name:
            type_names[code] = (name, name_ur)
    statuses = Counter(row[2] for row in referrals)
    steps_items = tuple(Item(key, steps[key]) for key in sorted(steps, key=_legal_order))
    breakdowns += [
        Breakdown("referrals_by_service_type", "referrals",
                  tuple(Item(code, count, *type_names.get(code, (None, None)))
                        for code, count in by_type.items()), len(referrals)),
        Breakdown("referrals_by_outcome", "referrals",
                  _items(statuses, [s.value for s in ReferralStatus]), len(referrals)),
        Breakdown("legal_steps_by_outcome", "legal_steps", steps_items,
                  sum(steps.values())),
    ]
    order = [name for name, _, _ in BREAKDOWNS]
    breakdowns.sort(key=lambda b: order.index(b.id))
    return Figures(request, tuple(breakdowns), cases_in_period, cases_counted, contacts,
                   centre_name, centre_name_ur)


def _legal_order(key: str) -> tuple:
    kind, _, result = key.partition(":")
    return (LEGAL_KINDS.index(kind) if kind in LEGAL_KINDS else len(LEGAL_KINDS), kind,
            result)


def _districts(counts: Counter) -> tuple[Item, ...]:
    known = districts_by_code()
    items = []
    for code, count in counts.items():
        district = known.get(code)
        items.append(Item(code, count, district.name_en if district else None,
                          district.name_ur if district else None))
    return tuple(items)


def _categories(counts: Counter, categories: dict, scheme: str) -> tuple[Item, ...]:
    """Case counts by primary category in the scheme asked for. A category an admin
    retired keeps its cases under its own name."""
    grouped: Counter = Counter()
    names: dict[str, tuple[str | None, str | None]] = {}
    for category_id, count in counts.items():
        category = categories.get(category_id)
        if category is None:
            key, name = NOT_RECORDED, (None, None)
        elif scheme == "local":
            key, name = category.code, (category.name_en, category.name_ur)
        elif scheme == "chi":
            key = category.chi_code or NOT_CLASSIFIED
            name = (f"{category.chi_code} {category.chi_name}", None) \
                if category.chi_code else (None, None)
        else:
            key, name = category.gbvims_type or NO_GBVIMS_TYPE, (None, None)
        grouped[key] += count
        if name[0]:
            names[key] = name
    if scheme == "gbvims":
        # The six types are always listed, with their zeros: a GBVIMS return has all six.
        return _items(grouped, [*GBVIMS_TYPES, NO_GBVIMS_TYPE, NOT_RECORDED])
    return tuple(Item(key, count, *names.get(key, (None, None)))
                 for key, count in grouped.items())


def _service_types(c, service_ids: set) -> dict:
    """service id -> (type code, English name, Urdu name): the first type by code."""
    if not service_ids:
        return {}
    raw = stored_id(c)
    found: dict = {}
    ids = list(service_ids)
    for n in range(0, len(ids), 900):
        rows = c.execute(
            select(raw(Attribute.link_id), TaxonomyTerm.code, TaxonomyTerm.name,
                   TaxonomyTerm.name_ur)
            .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
            .where(raw(Attribute.link_id).in_(ids[n:n + 900]),
                   or_(TaxonomyTerm.taxonomy.is_(None),
                       TaxonomyTerm.taxonomy != LOCAL_EXTRAS_TAXONOMY))
            .order_by(Attribute.link_id, TaxonomyTerm.code)).all()
        for link_id, code, name, name_ur in rows:
            found.setdefault(link_id, (code or name, name, name_ur))
    return found


# ---- suppressing ---------------------------------------------------------------------

def _by_size(table_id: str, scheme: str) -> bool:
    # GBVIMS lists its six types in their own order, zeros included.
    return table_id in BY_SIZE and not (table_id == "cases_by_category" and scheme == "gbvims")


def _ordered(table_id: str, lines: list[Line], by_size: bool) -> tuple[Line, ...]:
    if not by_size:
        return tuple(lines)
    # Largest first among the shown; the hidden after them by name: their place among
    # the shown would tell how large they are.
    shown = sorted((line for line in lines if line.count is not None),
                   key=lambda line: (-line.count, line.name_en or line.key))
    hidden = sorted((line for line in lines if line.count is None),
                    key=lambda line: (line.name_en or line.key))
    return tuple(shown + hidden)


def build_report(figures: Figures) -> Report:
    """The figures with every count suppressed (see suppression.py); what may be shown."""
    threshold = figures.request.threshold
    tables = []
    for breakdown in figures.breakdowns:
        # Zero lines of names from the data say nothing: left out. Vocabulary lines
        # keep their zeros (a return lists every channel, every GBVIMS type).
        by_size = _by_size(breakdown.id, figures.request.scheme)
        items = [i for i in breakdown.items if i.count or not by_size]
        result = suppress([i.count for i in items], breakdown.total, threshold)
        lines = [Line(i.key, count, i.name_en, i.name_ur)
                 for i, count in zip(items, result.counts, strict=True)]
        tables.append(Table(breakdown.id, breakdown.unit, _ordered(breakdown.id, lines, by_size),
                            result.total, breakdown.total is not None))
    one = suppress([figures.cases_counted], figures.cases_counted, threshold)
    contacts = suppress([figures.contacts], figures.contacts, threshold)
    return Report(figures.request, tuple(tables), figures.centre_name, one.total,
                  contacts.total, figures.cases_counted == 0,
                  centre_name_ur=figures.centre_name_ur)


def make_report(database: Database, session, request: ReportRequest) -> Report:
    """Check, count and suppress: the one way to a report. Raises NothingToReport when
    the period has neither a contact nor a case that may be counted."""
    request = check_request(database, session, request)
    figures = count_figures(database, request)
    if figures.contacts == 0 and figures.cases_counted == 0:
        where = f" at {request.centre_code}" if request.centre_code else ""
        if figures.cases_in_period:
            raise NothingToReport(
                "period", f"No case opened in {request.period.label()}{where} has the "
                f"client's consent to be counted in statistics, and no contact was "
                f"recorded then.", hint="Choose another period, or record the clients' "
                "consent on their cases.")
        raise NothingToReport("period", f"Nothing was recorded in "
                              f"{request.period.label()}{where}.",
                              hint="Choose another period.")
    return build_report(figures)
