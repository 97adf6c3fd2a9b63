"""Audit events: who did what to which record, from which desk. Never the values."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, UuidPk, utcnow


class AuditEvent(UuidPk, Base):
    __tablename__ = "audit_events"

    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desks.id"))
    action: Mapped[str] = mapped_column(String(32))  # view, create, change, print, export, …
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # Identifiers and counts only; a test scans for planted sensitive markers.
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
