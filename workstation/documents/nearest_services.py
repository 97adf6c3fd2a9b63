"""The services printed on a guidance sheet: a few from the referral directory for the
client's district, the kinds that matter for the situation first.

Addresses of confidential locations (shelters) are never read: the sheet says to ask the
helpline instead, since a printed sheet can be found by the person the client fled.
"""

from __future__ import annotations

from sqlalchemy import select

from ..persistence.models import (
    Address,
    Attribute,
    Location,
    Phone,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)

# The kinds a survivor needs, in the order the steps send them there.
DEFAULT_KINDS = ("hospital_mlo", "police_station", "women_police_station", "legal_aid",
                 "crisis_centre", "women_protection_centre", "darul_aman",
                 "bar_legal_aid", "psychosocial_support")
KINDS_BY_SITUATION = {
    "child_abuse": ("hospital_mlo", "police_station", "child_protection_unit", "legal_aid",
                    "psychosocial_support", "bar_legal_aid"),
    "workplace_harassment": ("harassment_ombudsperson", "legal_aid", "women_police_station",
                             "police_station", "bar_legal_aid", "psychosocial_support"),
    "missing_person": ("police_station", "women_police_station", "child_protection_unit",
                       "legal_aid", "bar_legal_aid"),
    "acid_attack": ("hospital_mlo", "police_station", "legal_aid", "psychosocial_support",
                    "crisis_centre", "bar_legal_aid"),
}


def display_phone(number: str | None) -> str | None:
    """+923001234567 as people dial it: 0300-1234567; other numbers as stored."""
    if number and number.startswith("+92") and len(number) == 13 and number[1:].isdigit():
        local = "0" + number[3:]
        return f"{local[:4]}-{local[4:]}" if local.startswith("03") else local
    return number


def kinds_for(situation: str | None) -> tuple[str, ...]:
    return KINDS_BY_SITUATION.get(situation or "", DEFAULT_KINDS)


def services_for_district(database, district_code: str, *, situation: str | None = None,
                          limit: int = 6) -> list[dict]:
    """Up to `limit` active services located in the district, as the plain dicts the
    sheet takes: name, name_ur, kind, kind_ur, phone, address (None when confidential).
    One of each wanted kind first, in the situation's order, then seconds."""
    wanted = kinds_for(situation)
    with database.uow() as uow:
        session = uow.session
        rows = session.execute(
            select(Service.id, Service.name, Service.name_ur, TaxonomyTerm.code,
                   TaxonomyTerm.name, TaxonomyTerm.name_ur, Location.id,
                   Location.confidential)
            .join(ServiceAtLocation, ServiceAtLocation.service_id == Service.id)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .join(Attribute, (Attribute.link_id == Service.id)
                  & (Attribute.link_type == "service"))
            .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
            .where(Location.district_code == district_code, Service.status == "active",
                   TaxonomyTerm.code.in_(wanted))
            .order_by(Service.name)).all()
        by_kind: dict[str, list] = {}
        seen = set()
        for row in rows:
            if row[0] not in seen:
                seen.add(row[0])
                by_kind.setdefault(row[3], []).append(row)
        chosen = []
        for rank in range(limit):
            for kind in wanted:
                if len(chosen) < limit and len(by_kind.get(kind, ())) > rank:
                    chosen.append(by_kind[kind][rank])
        service_ids = [row[0] for row in chosen]
        phones: dict = {}
        for service_id, number in session.execute(
                select(Phone.service_id, Phone.number)
                .where(Phone.service_id.in_(service_ids)).order_by(Phone.number)):
            phones.setdefault(service_id, number)
        open_locations = [row[6] for row in chosen if not row[7]]
        addresses: dict = {}
        for location_id, line, city in session.execute(
                select(Address.location_id, Address.address_1, Address.city)
                .where(Address.location_id.in_(open_locations))):
            if city and city.casefold() not in line.casefold():
                line = f"{line}, {city}"
            addresses.setdefault(location_id, line)
    return [{"name": row[1], "name_ur": row[2], "kind": row[4], "kind_ur": row[5],
             "phone": display_phone(phones.get(row[0])),
             "address": None if row[7] else addresses.get(row[6])}
            for row in chosen]
