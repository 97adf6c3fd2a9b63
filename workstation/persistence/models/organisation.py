"""Centres, desks, user accounts and the wrapped organisation keys."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Timestamps, UuidPk, utcnow


class Centre(UuidPk, Timestamps, Base):
    """A helpline or legal aid centre; its code prefixes case references (KHI-2026-000123)."""

    __tablename__ = "centres"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_ur: Mapped[str | None] = mapped_column(String(200))
    district_code: Mapped[str] = mapped_column(String(8))
    is_demo: Mapped[bool] = mapped_column(default=False)


class Desk(UuidPk, Timestamps, Base):
    """One workstation installation; its local database is a replica of the shared one."""

    __tablename__ = "desks"

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    last_seen_at: Mapped[datetime | None]


class User(UuidPk, Timestamps, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # domain.roles.Role
    centre_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("centres.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=True)


class OrganisationKey(Base):
    """A version of an organisation key; the key itself exists only wrapped (KeyWrap)."""

    __tablename__ = "organisation_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    purpose: Mapped[str] = mapped_column(String(16))  # "data" or "index"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None]


class KeyWrap(UuidPk, Base):
    """An organisation key wrapped for one user under a key derived from their password.

    The Argon2id parameters and salt travel with the wrap so any desk can unwrap it and
    so parameters can be raised later without losing access to older wraps.
    """

    __tablename__ = "key_wraps"
    __table_args__ = (UniqueConstraint("user_id", "key_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("organisation_keys.id"))
    kdf_salt: Mapped[bytes]
    kdf_time_cost: Mapped[int]
    kdf_memory_kib: Mapped[int]
    kdf_parallelism: Mapped[int]
    wrapped_key: Mapped[bytes]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
