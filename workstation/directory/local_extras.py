"""The local columns HSDS has no field for, carried in and out as HSDS attributes.

Taxonomy `cw-local` ("Counsellor Workstation local extensions"), one term per column:

| term code        | on                                         | value                |
|------------------|--------------------------------------------|----------------------|
| `name_ur`        | organization, service, taxonomy_term        | the Urdu name        |
| `district_code`  | location, service_area                     | e.g. `PB-LHR`        |
| `confidential`   | location                                   | `true` / `false`     |
| `free_of_charge` | service                                    | `true` / `false`     |
| `female_staff`   | service                                    | `true` / `false`     |
| `is_demo`        | organization, service                      | `true` / `false`     |
| `source`         | service                                    | where its details come from |

Term and attribute ids are UUIDv5s derived from fixed names, so two exports of the same
directory are identical and a re-import recognises the attributes instead of piling them up.
On import these attributes set the columns and are not stored as attribute rows.
"""

from __future__ import annotations

import uuid

TAXONOMY = "cw-local"
NAMESPACE = uuid.UUID("6f0c6a53-8a0e-4e53-9d3c-0c0ffee0cafe")

# code -> (entities it may tag, column kind)
TERMS: dict[str, tuple[frozenset[str], str]] = {
    "name_ur": (frozenset({"organization", "service", "taxonomy_term"}), "str"),
    "district_code": (frozenset({"location", "service_area"}), "str"),
    "confidential": (frozenset({"location"}), "bool"),
    "free_of_charge": (frozenset({"service"}), "bool"),
    "female_staff": (frozenset({"service"}), "bool"),
    "is_demo": (frozenset({"organization", "service"}), "bool"),
    "source": (frozenset({"service"}), "str"),
}
DESCRIPTIONS = {
    "name_ur": "Name in Urdu",
    "district_code": "Pakistan district code (Counsellor Workstation district list)",
    "confidential": "The location's address is confidential (e.g. a shelter)",
    "free_of_charge": "The service is free of charge",
    "female_staff": "Female staff are available",
    "is_demo": "Fictitious demonstration data, not a real service",
    "source": "Where the service's details (its phone number above all) come from",
}

# HSDS link_entity for each table that carries extras.
ENTITY_OF_TABLE = {"organizations": "organization", "services": "service",
                   "locations": "location", "service_areas": "service_area",
                   "taxonomy_terms": "taxonomy_term"}
TABLE_OF_ENTITY = {v: k for k, v in ENTITY_OF_TABLE.items()}


def term_id(code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"term:{code}")


TERM_CODE_BY_ID = {term_id(code): code for code in TERMS}


def attribute_id(link_id: uuid.UUID, code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"attribute:{link_id}:{code}")


def term_json(code: str) -> dict:
    return {"id": str(term_id(code)), "code": code, "name": code,
            "description": DESCRIPTIONS[code], "taxonomy": TAXONOMY, "language": "en"}


def encode(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def decode(code: str, value: str | None):
    """The column value for an attribute's text; None when it cannot be understood."""
    kind = TERMS[code][1]
    text = (value or "").strip()
    if kind == "bool":
        lowered = text.lower()
        if lowered in {"true", "1", "yes"}:
            return True
        if lowered in {"false", "0", "no"}:
            return False
        return None
    return text or None


def attributes_for(entity: str, link_id: uuid.UUID, row: dict) -> list[dict]:
    """The HSDS attributes (with nested term) that carry a row's local columns."""
    found = []
    for code, (entities, _kind) in TERMS.items():
        if entity not in entities or row.get(code) is None:
            continue
        found.append({"id": str(attribute_id(link_id, code)), "link_id": str(link_id),
                      "link_type": TAXONOMY, "link_entity": entity,
                      "taxonomy_term_id": str(term_id(code)),
                      "value": encode(row[code]), "taxonomy_term": term_json(code)})
    return found
