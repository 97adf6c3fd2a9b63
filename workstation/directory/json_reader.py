"""HSDS 3.0 JSON to flat records: one service, a list of services, or an API page
(`{"contents": [...]}` as in the official service_list.json).

Nested objects become rows of their own tables and get their parent's id in the linking
field (a phone under a service gets `service_id`), which is how HSDS relates them.
"""

from __future__ import annotations

import json
from pathlib import Path

from .bundle import Bundle, Record
from .tables import TABLES

MAX_FILE_BYTES = 256 * 1024 * 1024

# table -> nested key -> (child table, field of the child set to the parent's id)
LISTS: dict[str, dict[str, tuple[str, str]]] = {
    "services": {"phones": ("phones", "service_id"), "schedules": ("schedules", "service_id"),
                 "service_areas": ("service_areas", "service_id"),
                 "languages": ("languages", "service_id"),
                 "service_at_locations": ("service_at_location", "service_id"),
                 "attributes": ("attributes", "link_id")},
    "organizations": {"phones": ("phones", "organization_id"),
                      "locations": ("locations", "organization_id"),
                      "attributes": ("attributes", "link_id")},
    "locations": {"addresses": ("addresses", "location_id"),
                  "phones": ("phones", "location_id"),
                  "schedules": ("schedules", "location_id"),
                  "languages": ("languages", "location_id"),
                  "attributes": ("attributes", "link_id")},
    "service_at_location": {"phones": ("phones", None), "schedules": ("schedules", None)},
    # A service area's district travels as a cw-local attribute of the area.
    "service_areas": {"attributes": ("attributes", "link_id")},
    "taxonomy_terms": {},
}
# table -> nested key -> (child table, field of the *parent* set to the child's id)
OBJECTS: dict[str, dict[str, tuple[str, str]]] = {
    "services": {"organization": ("organizations", "organization_id")},
    "service_at_location": {"location": ("locations", "location_id")},
    "attributes": {"taxonomy_term": ("taxonomy_terms", "taxonomy_term_id")},
}
ENTITY = {"services": "service", "organizations": "organization", "locations": "location",
          "service_areas": "service_area"}


def read_json(path: Path, bundle: Bundle) -> None:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            bundle.error(name, "", "", f"the file is {size // 2**20} MB; the limit is "
                         f"{MAX_FILE_BYTES // 2**20} MB. Split it into smaller files.")
            return
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        bundle.error(name, "", "", f"cannot be read ({exc.strerror}).")
        return
    except UnicodeDecodeError as exc:
        bundle.error(name, "", "", f"is not UTF-8 text (byte {exc.start}).")
        return
    except (json.JSONDecodeError, RecursionError) as exc:
        bundle.error(name, f"line {getattr(exc, 'lineno', '?')}", "", "is not valid JSON.")
        return
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        services, prefix = data["contents"], "contents"
    elif isinstance(data, list):
        services, prefix = data, ""
    elif isinstance(data, dict):
        services, prefix = [data], None
    else:
        bundle.error(name, "", "", "holds neither a service nor a list of services.")
        return
    for n, service in enumerate(services):
        label = "service" if prefix is None else f"{prefix}[{n}]" if prefix else f"[{n}]"
        _take(bundle, name, "services", service, label, {})


def _take(bundle: Bundle, file: str, table: str, obj, label: str, linked: dict) -> str | None:
    """Add obj (and everything nested in it) to the bundle; return its id text."""
    if not isinstance(obj, dict):
        bundle.error(file, label, "", f"must be an object, not {type(obj).__name__}.")
        return None
    spec = TABLES[table]
    columns = spec.column_set
    values = {k: v for k, v in obj.items() if k in columns}
    # The parent's id fills the linking field only where the object does not say better.
    for key, value in linked.items():
        if values.get(key) in (None, ""):
            values[key] = value
    for key, (child_table, parent_field) in OBJECTS.get(table, {}).items():
        if obj.get(key) is not None:
            child_id = _take(bundle, file, child_table, obj[key], f"{label}.{key}", {})
            if child_id is not None and values.get(parent_field) in (None, ""):
                values[parent_field] = child_id
    own_id = values.get("id")
    own_id = str(own_id) if own_id is not None else None
    entity = values.pop("_entity", None)
    if table == "attributes" and values.get("link_entity") in (None, ""):
        values["link_entity"] = entity or "service"
    nested_keys = set(LISTS.get(table, {})) | set(OBJECTS.get(table, {}))
    ignored = obj.keys() - columns - nested_keys
    if ignored:
        bundle.ignored_fields.setdefault((file, table), set()).update(ignored)
    _add(bundle, file, table, own_id, values, label)
    for key, (child_table, child_field) in LISTS.get(table, {}).items():
        children = obj.get(key)
        if children is None:
            continue
        if not isinstance(children, list):
            bundle.error(file, label, key, "must be a list.")
            continue
        for n, child in enumerate(children):
            link = {}
            if child_field and own_id is not None:
                link[child_field] = own_id
            if child_table == "attributes":
                link["_entity"] = ENTITY.get(table, "service")
            _take(bundle, file, child_table, child, f"{label}.{key}[{n}]", link)
    return own_id


def _add(bundle: Bundle, file: str, table: str, own_id: str | None, values: dict,
         label: str) -> None:
    rows = bundle.records.setdefault(table, {})
    key = own_id if own_id not in (None, "") else f"<no id: {label}>"
    seen = rows.get(key)
    if seen is None:
        rows[key] = Record(table, values, file, label)
        return
    # The same organization or location nested under many services is normal; the
    # same id with different content is not.
    links = {f.name for f in TABLES[table].fields if f.refers_to}
    for field_name, value in values.items():
        if value in (None, ""):
            continue
        old = seen.values.get(field_name)
        if old in (None, ""):
            seen.values[field_name] = value
        elif old != value and field_name not in links:
            bundle.error(file, label, field_name, f"the id {own_id} appears again with a "
                         f"different value (first at {seen.label}).")
            return
