"""Creating a desk database and describing what is in it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from .. import reference
from ..directory import starting
from ..persistence import migrate
from ..persistence.base import Base
from ..persistence.change_log import CATEGORY_NAMESPACE
from ..persistence.database import DESK_DB_NAME, Database, open_desk_database
from ..persistence.models import Category


@dataclass(frozen=True)
class InitResult:
    path: Path
    created: bool


@dataclass(frozen=True)
class DeskInfo:
    path: str | None
    schema_revision: str | None
    schema_head: str
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "database": self.path,
            "schema_revision": self.schema_revision,
            "schema_head": self.schema_head,
            "row_counts": self.counts,
        }


def init_desk(data_dir: Path) -> InitResult:
    """Create the desk database with the shipped taxonomy and starting directory; an
    existing one is left as it is (a desk without the starting directory gets it)."""
    existed = (data_dir / DESK_DB_NAME).exists()
    database = open_desk_database(data_dir, create=True)
    try:
        with database.uow() as uow:
            seed_categories(uow.session)
            uow.commit()
        starting.seed(database)
    finally:
        database.close()
    return InitResult(data_dir / DESK_DB_NAME, created=not existed)


def seed_categories(session) -> int:
    """Add the shipped categories missing from the database; never changes existing ones."""
    existing = {code: cid for code, cid in session.execute(select(Category.code, Category.id))}
    added = 0
    for order, definition in enumerate(reference.load_categories()):
        if definition.code in existing:
            continue
        # The id comes from the code, so every desk seeds the same rows and sync
        # finds them equal instead of duplicated.
        category = Category(
            id=uuid.uuid5(CATEGORY_NAMESPACE, definition.code), code=definition.code,
            parent_id=existing.get(definition.parent_code) if definition.parent_code else None,
            name_en=definition.name_en, name_ur=definition.name_ur,
            chi_code=definition.chi_code, chi_name=definition.chi_name,
            gbvims_type=definition.gbvims_type, sort_order=order,
        )
        session.add(category)
        session.flush()
        existing[definition.code] = category.id
        added += 1
    return added


def desk_info(database: Database) -> DeskInfo:
    with database.uow() as uow:
        counts = {
            table.name: uow.session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }
    return DeskInfo(
        str(database.path) if database.path else None,
        database.schema_revision(), migrate.head_revision(), dict(sorted(counts.items())),
    )
