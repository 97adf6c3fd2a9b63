"""Case and contact categories, loaded from resources/taxonomy and editable by an admin."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Timestamps, UuidPk


class Category(UuidPk, Timestamps, Base):
    __tablename__ = "categories"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"))
    name_en: Mapped[str] = mapped_column(String(200))
    name_ur: Mapped[str] = mapped_column(String(200))
    chi_code: Mapped[str | None] = mapped_column(String(16))
    chi_name: Mapped[str | None] = mapped_column(String(200))
    gbvims_type: Mapped[str | None] = mapped_column(String(32))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)
