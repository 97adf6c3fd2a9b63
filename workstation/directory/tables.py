"""Which HSDS 3.0 fields the directory keeps, table by table, and how to check them.

One description serves the JSON reader, the CSV reader, the validator, the writer and the
exporter, so a field added here travels through all of them. HSDS fields not listed (wait
times, accreditations, contacts, programs, funding, cost options …) are read, reported as
not kept, and not stored: the counsellor's lookup does not use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

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

# Free-text fields without a column length get this cap: an address or description longer
# than this is an error in the file, not something to store.
LONG_TEXT = 20_000


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "str"  # str, int, float, time, date, uuid
    required: bool = False
    max_length: int = LONG_TEXT
    # For uuid fields: the table the value points to, and whether a dangling pointer is
    # an error (the row cannot exist without it) or only dropped with a warning.
    refers_to: str | None = None
    must_exist: bool = False
    choices: tuple[str, ...] = ()  # HSDS enums


@dataclass(frozen=True)
class Table:
    name: str       # HSDS tabular name, also the CSV file stem
    model: type
    fields: tuple[Field, ...]
    csv_file: str = ""
    # Extra columns the app derives or keeps locally (not HSDS fields).
    local: tuple[str, ...] = field(default=())

    @property
    def file(self) -> str:
        return self.csv_file or f"{self.name}.csv"

    # Cached: the readers ask for these for each of hundreds of thousands of records.
    @cached_property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def column_set(self) -> frozenset[str]:
        return frozenset(self.columns)


def _s(name, n=LONG_TEXT, required=False):
    return Field(name, "str", required, n)


STATUSES = ("active", "inactive", "defunct", "temporarily closed")
PLACE_TYPES = ("physical", "postal", "virtual")


def _ref(name, table, must_exist=False, required=False):
    return Field(name, "uuid", required, refers_to=table, must_exist=must_exist)


ID = Field("id", "uuid", True)

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("taxonomy_terms", TaxonomyTerm, (
        ID, _s("code", 64), _s("name", 200, True), _s("description"),
        _ref("parent_id", "taxonomy_terms"), _s("taxonomy", 100), _s("language", 10)),
        local=("name_ur",)),
    Table("organizations", Organization, (
        ID, _s("name", 300, True), _s("alternate_name", 300), _s("description"),
        _s("email", 200), _s("website", 500), _s("legal_status", 100),
        _ref("parent_organization_id", "organizations")),
        local=("name_ur", "is_demo")),
    Table("services", Service, (
        ID, _ref("organization_id", "organizations", must_exist=True, required=True),
        _s("name", 300, True), _s("alternate_name", 300), _s("description"), _s("url", 500),
        _s("email", 200), Field("status", required=True, max_length=20, choices=STATUSES), _s("interpretation_services", 300),
        _s("application_process"), _s("fees_description"), _s("eligibility_description"),
        Field("minimum_age", "int"), Field("maximum_age", "int"),
        Field("assured_date", "date")),
        local=("name_ur", "free_of_charge", "female_staff", "is_demo", "source")),
    Table("locations", Location, (
        ID, _ref("organization_id", "organizations"), Field("location_type", required=True, max_length=20, choices=PLACE_TYPES),
        _s("name", 300), _s("description"), Field("latitude", "float"),
        Field("longitude", "float")),
        local=("district_code", "confidential")),
    Table("addresses", Address, (
        ID, _ref("location_id", "locations", must_exist=True, required=True),
        _s("address_1", 300, True), _s("address_2", 300), _s("city", 100, True),
        _s("region", 100), _s("state_province", 100, True), _s("postal_code", 20),
        _s("country", 2, True), Field("address_type", required=True, max_length=20, choices=PLACE_TYPES))),
    Table("service_at_location", ServiceAtLocation, (
        ID, _ref("service_id", "services", must_exist=True, required=True),
        _ref("location_id", "locations", must_exist=True, required=True), _s("description"))),
    Table("phones", Phone, (
        ID, _ref("service_id", "services"), _ref("organization_id", "organizations"),
        _ref("location_id", "locations"), _s("number", 40, True), _s("extension", 10),
        _s("type", 20), _s("description"))),
    Table("schedules", Schedule, (
        ID, _ref("service_id", "services"), _ref("location_id", "locations"),
        _s("freq", 10), _s("byday", 40), Field("opens_at", "time"), Field("closes_at", "time"),
        Field("timezone", "float"), _s("description"))),
    Table("service_areas", ServiceArea, (
        ID, _ref("service_id", "services", must_exist=True, required=True), _s("name", 200),
        _s("description")),
        local=("district_code",)),
    Table("languages", Language, (
        ID, _ref("service_id", "services"), _ref("location_id", "locations"), _s("name", 100),
        _s("code", 10))),
    Table("attributes", Attribute, (
        ID, Field("link_id", "uuid", True), _s("link_type", 40, True),
        _s("link_entity", 40, True),
        _ref("taxonomy_term_id", "taxonomy_terms", must_exist=True, required=True),
        _s("value", 200))),
)}

# Insert order: every table after the tables it points to.
WRITE_ORDER = ("taxonomy_terms", "organizations", "services", "locations", "addresses",
               "service_at_location", "phones", "schedules", "service_areas", "languages",
               "attributes")

# Children that belong to one service: a re-import of the service replaces them, so a
# phone number removed at the source disappears here too.
SERVICE_CHILDREN = ("service_at_location", "phones", "schedules", "service_areas",
                    "languages")

# HSDS says some fields are required where our rows can live without them; the importer
# fills these defaults rather than refusing an otherwise good file.
DEFAULTS = {
    "organizations": {"description": ""},
    "taxonomy_terms": {"description": ""},
    "addresses": {"postal_code": ""},
}
