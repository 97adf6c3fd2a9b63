"""The active categories of the desk's taxonomy, for pickers on the call screen and the
case form. Loaded from the database (seeded from resources/taxonomy, editable by an
admin), so a category an admin retired is no longer offered."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..persistence.database import Database
from ..persistence.models import Category


@dataclass(frozen=True)
class CategoryChoice:
    code: str
    name_en: str
    name_ur: str
    parent_en: str | None
    parent_ur: str | None


def active_categories(database: Database) -> list[CategoryChoice]:
    """Leaf categories (those a contact or case is filed under), with their group's name,
    in the taxonomy's order."""
    parent = aliased(Category)
    with database.engine.connect() as c:
        rows = c.execute(
            select(Category.code, Category.name_en, Category.name_ur, parent.name_en,
                   parent.name_ur, Category.id)
            .outerjoin(parent, parent.id == Category.parent_id)
            .where(Category.active.is_(True))
            .order_by(parent.sort_order.nulls_first(), Category.sort_order, Category.code)
        ).all()
        parents = set(c.execute(select(Category.parent_id).where(
            Category.parent_id.is_not(None), Category.active.is_(True))).scalars())
    return [CategoryChoice(r[0], r[1], r[2], r[3], r[4]) for r in rows if r[5] not in parents]
