"""The starting directory every new desk gets: Pakistan's service types and the national
and provincial helplines whose numbers have a source, as an HSDS 3.0 tabular package in
`resources/directory/starting/` (see its README for where each number comes from).

Everything a desk needs beyond these — the police stations, hospitals, shelters and legal
aid of each district — comes from the helpline's own partner list (`workstation referrals
import`) or, on a demo desk, from the demo generator, whose entries are marked demo.

Ids are fixed (UUIDv5 from names), so every desk loads the same rows and sync finds them
equal; the demo generator and imported files point at the same service-type terms.
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import select

from ..errors import WorkstationError
from ..persistence.models import Service
from ..reference import RESOURCES
from . import hsds_import

STARTING_DIR = RESOURCES / "directory" / "starting"
NAMESPACE = uuid.UUID("0b7a3f4e-6d1c-4e0e-9a57-7c1d2b8e4f10")
TYPE_TAXONOMY = "cw-service-type"
PEOPLE_TAXONOMY = "cw-people-served"
PEOPLE = {
    "women": ("Women", "خواتین"),
    "children": ("Children", "بچے"),
    "minorities": ("Religious and ethnic minorities", "اقلیتیں"),
    "disability": ("Persons with disabilities", "معذور افراد"),
    "transgender": ("Transgender persons", "خواجہ سرا"),
}


class StartingDirectoryError(WorkstationError):
    """The shipped starting directory does not import: a damaged installation."""


@dataclass(frozen=True)
class ServiceType:
    code: str
    name_en: str
    name_ur: str
    people_served: frozenset[str]


@cache
def service_types() -> tuple[ServiceType, ...]:
    """The kinds of service counsellors refer to, in the shipped order."""
    path = RESOURCES / "directory" / "service_types.csv"
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return tuple(ServiceType(row["code"], row["name_en"], row["name_ur"],
                                 frozenset(p for p in (row["people_served"] or "").split("|")
                                           if p))
                     for row in csv.DictReader(handle))


def stable_id(kind: str, name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{name}")


def type_term_id(code: str) -> uuid.UUID:
    return stable_id("service-type", code)


def people_term_id(code: str) -> uuid.UUID:
    return stable_id("people-served", code)


def is_loaded(database) -> bool:
    """True when this desk holds the starting directory's first service already."""
    first = stable_id("service", "police-15")
    with database.engine.connect() as connection:
        return connection.execute(select(Service.id).where(Service.id == first)).first() \
            is not None


def load(database, *, progress=None) -> hsds_import.ImportReport:
    """Import the shipped package (again: rows are matched by id and updated)."""
    report = hsds_import.import_directory(database, STARTING_DIR, progress=progress)
    if report.errors:
        raise StartingDirectoryError(
            f"The starting directory in {STARTING_DIR} does not import: {report.errors[0]}",
            hint="Reinstall the app.")
    return report


def seed(database) -> bool:
    """Load the starting directory on a desk that does not have it; True if it loaded.
    A desk that has it keeps its own edits (a supervisor's correction is never undone
    by a restart)."""
    if is_loaded(database):
        return False
    load(database)
    return True
