"""Check every record of a bundle before anything is written.

Values are converted to what the columns hold (UUIDs, whole numbers, times), required
fields and lengths are checked, and every pointer to another row must lead to a row in
the file or already in the directory. A record that fails takes the records that cannot
exist without it down with it, so `valid_only` never writes a phone whose service was
refused.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache

from . import local_extras
from .bundle import Bundle, Problem, Record
from .district_names import district_code_for
from .tables import DEFAULTS, TABLES, Field

# (table, ids) -> the subset already stored in the database
ExistingIds = Callable[[str, set[uuid.UUID]], set[uuid.UUID]]


@dataclass
class Checked:
    rows: dict[str, dict[uuid.UUID, dict]] = field(default_factory=dict)
    sources: dict[tuple[str, uuid.UUID], Record] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)  # ids of records that failed a check


class _Bad(ValueError):
    pass


@lru_cache(maxsize=1_000_000)
def _uuid(text: str) -> uuid.UUID:
    """Ids repeat (an organization under each of its services, the same term on thousands
    of attributes): each text is parsed once per import of 20,000 services."""
    return uuid.UUID(text.strip())


def _convert(spec: Field, value):
    if spec.kind == "str" and isinstance(value, str):
        # The common case first: plain text, most of a file.
        if not value or value.isspace():
            return None
        if spec.choices and value not in spec.choices:
            raise _Bad(f"must be one of {', '.join(spec.choices)}.")
        if len(value) > spec.max_length:
            raise _Bad(f"is {len(value):,} characters long; at most {spec.max_length:,} fit.")
        return value
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    if spec.kind == "uuid":
        try:
            return _uuid(str(value))
        except ValueError:
            raise _Bad("must be a UUID like 3f7b145d-84af-42d7-8fae-eaca714b02b2.") from None
    if spec.kind == "int":
        if isinstance(value, bool):
            raise _Bad("must be a whole number.")
        try:
            number = float(value) if not isinstance(value, int) else value
        except (TypeError, ValueError):
            raise _Bad("must be a whole number.") from None
        if number != int(number) or not -1e9 < number < 1e9:
            raise _Bad("must be a whole number.")
        return int(number)
    if spec.kind == "float":
        if isinstance(value, bool):
            raise _Bad("must be a number.")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise _Bad("must be a number.") from None
        if not math.isfinite(number):
            raise _Bad("must be a number.")
        return number
    if spec.kind == "date":
        try:
            return date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise _Bad("must be a date like 2026-11-30.") from None
    if spec.kind == "time":
        try:
            return time.fromisoformat(str(value).strip())
        except ValueError:
            raise _Bad("must be a time like 09:00 or 17:30:00.") from None
    if isinstance(value, (dict, list)):
        raise _Bad("must be text, not a list or object.")
    text = value if isinstance(value, str) else str(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))  # a phone extension given as 100.0
    if spec.choices and text not in spec.choices:
        raise _Bad(f"must be one of {', '.join(spec.choices)}.")
    if len(text) > spec.max_length:
        raise _Bad(f"is {len(text):,} characters long; at most {spec.max_length:,} fit.")
    return text


def _convert_record(record: Record, problems: list[Problem]) -> dict | None:
    spec = TABLES[record.table]
    defaults = DEFAULTS.get(record.table, {})
    clean, ok = {}, True
    for f in spec.fields:
        try:
            clean[f.name] = _convert(f, record.values.get(f.name))
        except _Bad as exc:
            problems.append(Problem(record.file, record.label, f.name, str(exc)))
            ok = False
            continue
        if clean[f.name] is None and f.name in defaults:
            clean[f.name] = defaults[f.name]
        if f.required and clean[f.name] is None:
            problems.append(Problem(record.file, record.label, f.name, "is required."))
            ok = False
    return clean if ok else None


def check(bundle: Bundle, existing: ExistingIds) -> tuple[Checked, list[Problem]]:
    problems = list(bundle.problems)
    out = Checked()
    for table, records in bundle.records.items():
        rows = out.rows.setdefault(table, {})
        for record in records.values():
            clean = _convert_record(record, problems)
            if clean is None:
                out.rejected[table] = out.rejected.get(table, 0) + 1
                out.refused.add(str(record.values.get("id")).strip().lower())
                continue
            rows[clean["id"]] = clean
            out.sources[(table, clean["id"])] = record
    for table in TABLES:
        out.rows.setdefault(table, {})
    _apply_local_extras(out, problems)
    _check_references(out, existing, problems)
    _derive_districts(out)
    for (file, table), columns in sorted(bundle.ignored_fields.items()):
        problems.append(Problem(file, "", "", f"these {table} fields are not kept by the "
                                "directory: " + ", ".join(sorted(columns)) + ".", "warning"))
    return out, problems


def _apply_local_extras(out: Checked, problems: list[Problem]) -> None:
    """Attributes of the cw-local taxonomy set columns; they are not stored as rows."""
    attributes = out.rows["attributes"]
    for attr_id, attr in list(attributes.items()):
        code = local_extras.TERM_CODE_BY_ID.get(attr["taxonomy_term_id"])
        if code is None:
            continue
        del attributes[attr_id]
        source = out.sources[("attributes", attr_id)]
        table = local_extras.TABLE_OF_ENTITY.get(attr["link_entity"])
        target = out.rows.get(table, {}).get(attr["link_id"]) if table else None
        value = local_extras.decode(code, attr["value"])
        if target is None or attr["link_entity"] not in local_extras.TERMS[code][0]:
            problems.append(Problem(source.file, source.label, "link_id",
                                    f"the {code} attribute points to no {attr['link_entity']} "
                                    "in this file; it is ignored.", "warning"))
        elif value is None:
            problems.append(Problem(source.file, source.label, "value",
                                    f"{attr['value']!r} is not a value for {code}."))
        else:
            target[code] = value
    for term_id in local_extras.TERM_CODE_BY_ID:
        out.rows["taxonomy_terms"].pop(term_id, None)


def _check_references(out: Checked, existing: ExistingIds, problems: list[Problem]) -> None:
    # Ids stored already count as present: a file may add phones to known services.
    wanted: dict[str, set[uuid.UUID]] = {}
    for table, rows in out.rows.items():
        for f in TABLES[table].fields:
            if f.refers_to:
                wanted.setdefault(f.refers_to, set()).update(
                    r[f.name] for r in rows.values() if r[f.name] is not None)
    stored = {table: existing(table, ids - set(out.rows[table]))
              for table, ids in wanted.items()}
    # Refusing one row may orphan others (a refused location orphans its addresses):
    # go round until nothing more falls.
    changed = True
    while changed:
        changed = False
        for table, rows in out.rows.items():
            for row_id, row in list(rows.items()):
                for f in TABLES[table].fields:
                    target = row[f.name]
                    if (not f.refers_to or target is None or target in out.rows[f.refers_to]
                            or target in stored[f.refers_to]):
                        continue
                    source = out.sources[(table, row_id)]
                    if f.must_exist or str(target) in out.refused:
                        why = ("which was refused (see its own errors)"
                               if str(target) in out.refused else
                               "which is neither in the file nor in the directory")
                        problems.append(Problem(source.file, source.label, f.name,
                                                f"points to {target}, {why}."))
                        out.refused.add(str(row_id))
                        del rows[row_id]
                        out.rejected[table] = out.rejected.get(table, 0) + 1
                        changed = True
                        break
                    problems.append(Problem(source.file, source.label, f.name,
                                            f"points to {target}, which is neither in the "
                                            "file nor in the directory; the link is left "
                                            "out.", "warning"))
                    row[f.name] = None


def _derive_districts(out: Checked) -> None:
    """A location's district from its address; a service area's from its name."""
    address_of: dict[uuid.UUID, dict] = {}
    for address in out.rows["addresses"].values():
        address_of.setdefault(address["location_id"], address)
    for location_id, location in out.rows["locations"].items():
        if location.get("district_code"):
            continue
        address = address_of.get(location_id)
        if address:
            code = district_code_for(address["city"], address["region"])
            if code:
                location["district_code"] = code
    for area in out.rows["service_areas"].values():
        if not area.get("district_code"):
            code = district_code_for(area["name"])
            if code:
                area["district_code"] = code
