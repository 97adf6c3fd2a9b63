"""The directory as the search needs it: one flat row per active service, read with a
handful of Core queries (not the ORM: 20,000 services with their phones, places and hours
load in well under a second this way)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import time
from functools import lru_cache

from sqlalchemy import select

from ..persistence.models import (
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from ..reference import districts_by_code
from .text import expand, normalise, people_served_by_type, tokens

PEOPLE_TAXONOMY = "cw-people-served"
_DAY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    days: frozenset[str]  # empty: every day
    opens_at: time | None
    closes_at: time | None
    timezone: float | None

    def on(self, day: str) -> bool:
        return not self.days or day in self.days


@dataclass(slots=True)
class ServiceRow:
    id: uuid.UUID
    name: str
    name_ur: str | None
    organization: str
    organization_ur: str | None
    free_of_charge: bool
    female_staff: bool
    is_demo: bool
    maximum_age: int | None
    alternate_name: str | None = None
    type_codes: tuple[str, ...] = ()
    type_names: tuple[str, ...] = ()
    type_keys: set[str] = field(default_factory=set)
    district_codes: tuple[str, ...] = ()
    city: str | None = None
    address: str | None = None
    confidential: bool = False
    phones: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    language_keys: set[str] = field(default_factory=set)
    people_served: set[str] = field(default_factory=set)
    schedules: list[WeeklyHours] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    sort_name: str = ""


@lru_cache(maxsize=100_000)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(expand(tokens(text)))


def searchable_words(texts) -> frozenset[str]:
    """Every word a search may match for these texts, with the variants they imply."""
    found: set[str] = set()
    for text in texts:
        if text:
            found |= _words_of(text)
    return frozenset(found)


def load_services(database) -> list[ServiceRow]:
    rows: dict[uuid.UUID, ServiceRow] = {}
    with database.engine.connect() as c:
        for (sid, name, name_ur, alt, org, org_ur, free, female, demo, max_age) in c.execute(
                select(Service.id, Service.name, Service.name_ur, Service.alternate_name,
                       Organization.name, Organization.name_ur, Service.free_of_charge,
                       Service.female_staff, Service.is_demo, Service.maximum_age)
                .join(Organization, Organization.id == Service.organization_id)
                .where(Service.status == "active")):
            rows[sid] = ServiceRow(sid, name, name_ur, org, org_ur, bool(free), bool(female),
                                   bool(demo), max_age, alternate_name=alt)
        places: dict[uuid.UUID, list] = {}
        for sid, district, confidential, a1, a2, city in c.execute(
                select(ServiceAtLocation.service_id, Location.district_code,
                       Location.confidential, Address.address_1, Address.address_2,
                       Address.city)
                .join(Location, Location.id == ServiceAtLocation.location_id)
                .outerjoin(Address, Address.location_id == Location.id)):
            if sid in rows:
                places.setdefault(sid, []).append((district, confidential, a1, a2, city))
        areas: dict[uuid.UUID, list[str]] = {}
        for sid, district in c.execute(select(ServiceArea.service_id, ServiceArea.district_code)
                                       .where(ServiceArea.district_code.is_not(None))):
            areas.setdefault(sid, []).append(district)
        terms: dict[uuid.UUID, list] = {}
        for sid, code, tname, tname_ur, taxonomy in c.execute(
                select(Attribute.link_id, TaxonomyTerm.code, TaxonomyTerm.name,
                       TaxonomyTerm.name_ur, TaxonomyTerm.taxonomy)
                .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)):
            terms.setdefault(sid, []).append((code, tname, tname_ur, taxonomy))
        langs: dict[uuid.UUID, list] = {}
        for sid, code, lname in c.execute(select(Language.service_id, Language.code,
                                                 Language.name)):
            langs.setdefault(sid, []).append((code, lname))
        hours: dict[uuid.UUID, list[WeeklyHours]] = {}
        for sid, byday, opens, closes, tz in c.execute(
                select(Schedule.service_id, Schedule.byday, Schedule.opens_at,
                       Schedule.closes_at, Schedule.timezone)):
            hours.setdefault(sid, []).append(
                WeeklyHours(frozenset(_DAY.findall((byday or "").upper())), opens, closes, tz))
        phones: dict[uuid.UUID, list[str]] = {}
        for sid, number in c.execute(select(Phone.service_id, Phone.number)
                                     .where(Phone.service_id.is_not(None))):
            phones.setdefault(sid, []).append(number)
    for sid, row in rows.items():
        _complete(row, places.get(sid, []), areas.get(sid, []), terms.get(sid, []),
                  langs.get(sid, []), hours.get(sid, []), phones.get(sid, []))
    return list(rows.values())


def _complete(row: ServiceRow, places, areas, terms, langs, hours, phones) -> None:
    districts = districts_by_code()
    codes = [d for d, *_ in places if d] + areas
    row.district_codes = tuple(dict.fromkeys(codes))
    if places:
        _, _, a1, a2, city = places[0]
        row.confidential = any(p[1] for p in places)
        row.city = city
        row.address = ", ".join(p for p in (a1, a2, city) if p) or None
    types = [(code, name, name_ur) for code, name, name_ur, taxonomy in terms
             if taxonomy != PEOPLE_TAXONOMY]
    row.type_codes = tuple(code or "" for code, _, _ in types)
    row.type_names = tuple(name for _, name, _ in types)
    row.type_keys = {normalise(v) for t in types for v in t if v}
    people = {code for code, _, _, taxonomy in terms if taxonomy == PEOPLE_TAXONOMY and code}
    for code in row.type_codes:
        people |= people_served_by_type().get(code, frozenset())
    if row.maximum_age is not None and row.maximum_age < 18:
        people.add("children")
    row.people_served = people
    row.languages = tuple(dict.fromkeys(code or name for code, name in langs))
    row.language_keys = {normalise(v) for pair in langs for v in pair if v}
    row.schedules = hours
    row.phones = tuple(phones)
    place_names = []
    for code in row.district_codes:
        district = districts.get(code)
        if district:
            place_names += [district.name_en, district.name_ur, *district.aliases]
    row.words = searchable_words([row.name, row.name_ur, row.alternate_name, row.organization,
                                  row.organization_ur, row.city,
                                  *(v for t in types for v in t), *place_names])
    row.sort_name = row.name.casefold()
