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

    # Set by an administrator; a desk registers itself before it is assigned.
    centre_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("centres.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    last_seen_at: Mapped[datetime | None]


class User(UuidPk, Timestamps, Base):
    """An account. Its key pair is how organisation keys reach it (see crypto.keys):
    the private key is stored only wrapped under a key derived from the password."""

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # domain.vocab.Role
    centre_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("centres.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=True)
    public_key: Mapped[bytes | None]
    private_key_wrapped: Mapped[bytes | None]
    # Argon2id parameters travel with the wrap, so they can be raised later and any
    # desk can unlock with them.
    kdf_salt: Mapped[bytes | None]
    kdf_time_cost: Mapped[int | None]
    kdf_memory_kib: Mapped[int | None]
    kdf_parallelism: Mapped[int | None]
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None]


class OrganisationKey(Base):
    """A version of an organisation key; the key itself exists only sealed (KeyWrap)."""

    __tablename__ = "organisation_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    purpose: Mapped[str] = mapped_column(String(16))  # "data" or "index"
    # active: new values use it · rotating_out: still decrypts while values move to the
    # newer key · retired: no value uses it and its wraps are gone
    state: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None]


class KeyWrap(UuidPk, Base):
    """An organisation key sealed to one user's public key (crypto.keys.seal_key)."""

    __tablename__ = "key_wraps"
    __table_args__ = (UniqueConstraint("user_id", "key_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("organisation_keys.id"))
    sealed_key: Mapped[bytes]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LocalSetting(Base):
    """This desk's own facts (which desk it is, …). Never synced."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))
