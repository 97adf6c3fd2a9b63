"""Declarative base, naming convention and column helpers shared by every model.

Sensitive values are stored only as ciphertext (`*_ct` columns, written by
`workstation.crypto.field_cipher`) and, where an exact lookup is needed, a blind
index (`*_bidx`). Categorical fields needed for statistics (sex, age band,
district, category, outcome) stay in clear so reports can count without keys.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import DateTime, LargeBinary, MetaData, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Alembic needs stable constraint names to alter them in SQLite batch mode.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UtcDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on SQLite (which stores naive text) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        # PostgreSQL answers in the session's time zone (a server set to Pakistan time
        # answers +05:00); always hand back UTC, which the audit chain's hashes rely on.
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else \
            value.astimezone(timezone.utc)


class Ciphertext(TypeDecorator):
    """A field-cipher envelope; a distinct type so tests and dumps can find every one."""

    impl = LargeBinary
    cache_ok = True


class BlindIndex(TypeDecorator):
    """A truncated keyed HMAC of a normalised value, for exact lookups."""

    impl = LargeBinary(16)
    cache_ok = True


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UtcDateTime(),
        uuid.UUID: Uuid(),
        bytes: LargeBinary(),
    }


class UuidPk:
    """UUID primary key generated on the desk, so rows from many desks never collide."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def sensitive_columns() -> dict[str, list[str]]:
    """Every ciphertext column by table, read from the models: the one list that key
    rotation, the at-rest scans in tests and the sync protocol rely on."""
    found: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        columns = [c.name for c in table.columns if isinstance(c.type, Ciphertext)]
        if columns:
            found[table.name] = columns
    return found
