"""Export the directory as HSDS 3.0: JSON (services with their organization, locations,
addresses, phones, hours, areas, languages and attributes nested, the shape of the official
service_full.json, in an API page like service_list.json) or the tabular data package.

Local columns go out as attributes of the `cw-local` taxonomy (see local_extras). A
confidential location's address, latitude and longitude stay out unless the caller asks
for them: an export file travels further than the screen does.
"""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from pathlib import Path

from sqlalchemy import select

from ..reference import RESOURCES
from . import local_extras
from .csv_reader import FORMULA_STARTS  # a spreadsheet runs these cells as formulas
from .tables import TABLES

SCHEMA_DIR = RESOURCES / "directory" / "hsds-3.0-schema" / "compiled"
Progress = Callable[[int, int], None]
# Tables whose rows carry local columns out as cw-local attributes in the CSV package.
_EXTRAS_ON = {"organizations", "services", "locations", "service_areas"}


@dataclass
class Directory:
    """Every directory table as {id: row dict}, local columns included."""

    tables: dict[str, dict[uuid.UUID, dict]]
    include_confidential: bool
    _groups: dict = field(default_factory=dict)

    def children(self, table: str, column: str, owner: uuid.UUID) -> list[dict]:
        groups = self._groups.get((table, column))
        if groups is None:
            groups = self._groups[(table, column)] = {}
            for row in self.tables[table].values():
                if row.get(column) is not None:
                    groups.setdefault(row[column], []).append(row)
        return groups.get(owner, [])


def read_all(database, *, include_confidential: bool = False) -> Directory:
    tables = {}
    with database.engine.connect() as connection:
        for name, spec in TABLES.items():
            table = spec.model.__table__
            columns = [table.c[c] for c in (*spec.columns, *spec.local)]
            tables[name] = {row["id"]: dict(row) for row in
                            connection.execute(select(*columns)).mappings()}
    return Directory(tables, include_confidential)


# ---- values --------------------------------------------------------------------------

def _json_value(value):
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (time, date)):
        return value.isoformat()
    return value


def _fields(table: str, row: dict, leave_out: tuple[str, ...] = ()) -> dict:
    """The HSDS fields of a row, without empty ones (the schema types are not nullable)."""
    out = {}
    for name in TABLES[table].columns:
        value = row.get(name)
        if value is None or name in leave_out:
            continue
        if table == "phones" and name == "extension":
            value = _number_or_none(value)
            if value is None:
                continue
        out[name] = _json_value(value)
    return out


def _number_or_none(text: str):
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def _attributes(directory: Directory, table: str, row: dict) -> list[dict]:
    entity = local_extras.ENTITY_OF_TABLE[table]
    found = []
    if table in ("services", "organizations", "locations"):
        # Matched by link_id alone: files in the wild put all sorts of words in
        # link_entity (the official example says "link_entity"), and ids are UUIDs.
        for attribute in directory.children("attributes", "link_id", row["id"]):
            item = _fields("attributes", attribute)
            term = directory.tables["taxonomy_terms"].get(attribute["taxonomy_term_id"])
            if term is not None:
                item["taxonomy_term"] = _fields("taxonomy_terms", term)
            found.append(item)
    return found + local_extras.attributes_for(entity, row["id"], row)


# ---- JSON ----------------------------------------------------------------------------

def _location(directory: Directory, location: dict) -> dict:
    hidden = location.get("confidential") and not directory.include_confidential
    out = _fields("locations", location, ("latitude", "longitude") if hidden else ())
    if not hidden:
        addresses = [_fields("addresses", a)
                     for a in directory.children("addresses", "location_id", location["id"])]
        if addresses:
            out["addresses"] = addresses
    for key, table in (("phones", "phones"), ("languages", "languages"),
                       ("schedules", "schedules")):
        items = [_fields(table, r) for r in directory.children(table, "location_id",
                                                                location["id"])
                 if table == "languages" or r.get("service_id") is None]
        if items:
            out[key] = items
    out["attributes"] = _attributes(directory, "locations", location)
    return out


def service_document(directory: Directory, service: dict) -> dict:
    doc = _fields("services", service)
    organization = directory.tables["organizations"].get(service["organization_id"])
    if organization is not None:
        doc["organization"] = {**_fields("organizations", organization),
                               "attributes": _attributes(directory, "organizations",
                                                         organization)}
    for key, table in (("phones", "phones"), ("schedules", "schedules"),
                       ("languages", "languages")):
        doc[key] = [_fields(table, r)
                    for r in directory.children(table, "service_id", service["id"])]
    doc["service_areas"] = [
        {**_fields("service_areas", area),
         "attributes": local_extras.attributes_for("service_area", area["id"], area)}
        for area in directory.children("service_areas", "service_id", service["id"])]
    places = []
    for link in directory.children("service_at_location", "service_id", service["id"]):
        place = _fields("service_at_location", link)
        location = directory.tables["locations"].get(link["location_id"])
        if location is not None:
            place["location"] = _location(directory, location)
        places.append(place)
    doc["service_at_locations"] = places
    doc["attributes"] = _attributes(directory, "services", service)
    # The Urdu names of the service's types ride along as attributes of the term, since
    # a nested taxonomy_term has no attributes of its own.
    for attribute in list(doc["attributes"]):
        term = directory.tables["taxonomy_terms"].get(uuid.UUID(attribute["taxonomy_term_id"]))
        if term is not None:
            doc["attributes"] += local_extras.attributes_for("taxonomy_term", term["id"], term)
    return doc


def export_json(database, out: Path, *, include_confidential: bool = False,
                progress: Progress | None = None) -> int:
    """Write every service as one HSDS API page; return how many."""
    directory = read_all(database, include_confidential=include_confidential)
    services = sorted(directory.tables["services"].values(), key=lambda s: str(s["id"]))
    contents = []
    for n, service in enumerate(services, start=1):
        contents.append(service_document(directory, service))
        if progress and (n % 500 == 0 or n == len(services)):
            progress(n, len(services))
    page = {"total_items": len(contents), "total_pages": 1, "page_number": 1,
            "size": len(contents), "first_page": True, "last_page": True,
            "empty": not contents, "contents": contents}
    Path(out).write_text(json.dumps(page, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return len(contents)


# ---- CSV package -----------------------------------------------------------------------

def neutralise(value) -> str:
    """A cell as text a spreadsheet will not run: formulas get a leading apostrophe."""
    text = "" if value is None else str(_json_value(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_rows(directory: Directory) -> dict[str, list[dict]]:
    rows = {name: [] for name in TABLES}
    confidential = {i for i, loc in directory.tables["locations"].items()
                    if loc.get("confidential")} if not directory.include_confidential else set()
    for name, table_rows in directory.tables.items():
        for row in table_rows.values():
            if name == "addresses" and row["location_id"] in confidential:
                continue
            values = {c: row.get(c) for c in TABLES[name].columns}
            if name == "locations" and row["id"] in confidential:
                values["latitude"] = values["longitude"] = None
            rows[name].append(values)
            if name in _EXTRAS_ON or name == "taxonomy_terms":
                entity = local_extras.ENTITY_OF_TABLE[name]
                for attribute in local_extras.attributes_for(entity, row["id"], row):
                    attribute.pop("taxonomy_term")
                    rows["attributes"].append(attribute)
    rows["taxonomy_terms"] += [local_extras.term_json(code) for code in local_extras.TERMS]
    return rows


def export_csv(database, folder: Path, *, include_confidential: bool = False,
               progress: Progress | None = None) -> int:
    """Write the tabular package into folder; return how many services."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    directory = read_all(database, include_confidential=include_confidential)
    rows = _csv_rows(directory)
    resources = []
    for n, (name, spec) in enumerate(TABLES.items(), start=1):
        with (folder / spec.file).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(spec.columns)
            for row in sorted(rows[name], key=lambda r: str(r["id"])):
                writer.writerow([neutralise(row.get(c)) for c in spec.columns])
        resources.append({"name": name, "path": spec.file, "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "schema": {"fields": [{"name": f.name, "type": _frictionless(f.kind)}
                                                for f in spec.fields]}})
        if progress:
            progress(n, len(TABLES))
    package = {"name": "counsellor-workstation-directory", "profile": "tabular-data-package",
               "title": "Referral directory (HSDS 3.0)",
               "licenses": [{"name": "CC-BY-SA-4.0", "title": "HSDS schema: CC BY-SA 4.0"}],
               "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2), encoding="utf-8")
    return len(directory.tables["services"])


def _frictionless(kind: str) -> str:
    return {"int": "integer", "float": "number", "time": "time", "date": "date"}.get(kind, "string")


# ---- schema check ----------------------------------------------------------------------

@cache
def _service_validator():
    import jsonschema

    schema = json.loads((SCHEMA_DIR / "service.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def schema_problems(service: dict) -> list[str]:
    """Where one exported service breaks the official HSDS 3.0 service schema."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '(service)'}: {e.message}"
            for e in _service_validator().iter_errors(service)]

