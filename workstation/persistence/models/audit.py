"""Audit events: who did what to which record, from which desk. Never the values."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, UuidPk, utcnow


class AuditEvent(UuidPk, Base):
    """One entry of a desk's hash chain: entry_hash covers the entry and prev_hash, so a
    changed, removed or reordered entry breaks the chain (services.audit.verify)."""

    __tablename__ = "audit_events"
    __table_args__ = (
        UniqueConstraint("desk_id", "desk_seq"),
        # NULLs are distinct in a unique constraint: the command line's chain (no desk)
        # needs its own index to keep two writers from taking the same place.
        Index("uq_audit_events_desk_seq_without_desk", "desk_seq", unique=True,
              sqlite_where=text("desk_id IS NULL"), postgresql_where=text("desk_id IS NULL")),
    )

    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desks.id"))
    action: Mapped[str] = mapped_column(String(32))  # view, create, change, print, export, …
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # Identifiers and counts only; a test scans for planted sensitive markers.
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    desk_seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[bytes]
    entry_hash: Mapped[bytes]
