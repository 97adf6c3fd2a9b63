"""Bookkeeping of the sync between desks and the shared PostgreSQL (workstation.sync).

Desk side: `sync_outbox` (the change log, filled by triggers in the same transaction as
every write, see persistence.change_log) and `sync_state` (cursor, clock, last result).
Server side: `sync_rows` (one line per synced row: its place in the commit order, its
scope and the clock of each field), `sync_applied` (every change id ever applied, which
makes a push idempotent), `sync_counter` (the commit-ordered counter) and
`sync_conflicts` (the losing value of each concurrent edit, pulled to the desks of its
centre for supervisors to review). Both kinds exist in both databases so one Alembic
history serves both; each stays empty where it has no use.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, LargeBinary, String, text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, UuidPk, utcnow


class SyncOutbox(Base):
    """One local change not yet acknowledged by the server. `columns` lists the columns
    an update changed ("*" for an insert); `base_cursor` is how far this desk had pulled
    when the change was made, so the server can tell a concurrent edit from a deliberate
    overwrite; `hlc` is stamped at commit (NULL until then)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_row", "table_name", "row_id"),
        Index("ix_sync_outbox_unstamped", "seq", sqlite_where=text("hlc IS NULL"),
              postgresql_where=text("hlc IS NULL")),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(40))
    op: Mapped[str] = mapped_column(String(1))  # U (insert or update), D (delete)
    columns: Mapped[str] = mapped_column(String(2000))
    base_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    hlc: Mapped[int | None] = mapped_column(BigInteger)


class SyncState(Base):
    """The desk's one row of sync state. `applying` is set only inside the transaction
    that applies pulled changes, so the capture triggers leave those writes out."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    applying: Mapped[int] = mapped_column(Integer, default=0)
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    server_id: Mapped[str | None] = mapped_column(String(64))
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(500))


class SyncRow(Base):
    """Server: where each synced row stands. `server_seq` is its place in commit order
    (a pull asks for rows past its cursor); `scope` is "global", a centre's id, or
    "desk:<id>" for rows that are only kept on the server (audit entries)."""

    __tablename__ = "sync_rows"
    __table_args__ = (Index("ix_sync_rows_server_seq", "server_seq"),)

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger)
    scope: Mapped[str] = mapped_column(String(45))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    hlc: Mapped[int] = mapped_column(BigInteger)
    # {column: [hlc, desk id hex, server_seq]} — the last writer of each field.
    field_clocks: Mapped[dict] = mapped_column(JSON, default=dict)


class SyncApplied(Base):
    """Server: every change id applied, so a push sent twice changes nothing."""

    __tablename__ = "sync_applied"

    change_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    desk_id: Mapped[uuid.UUID]
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncCounter(Base):
    """Server: the commit-ordered counter. A push takes its numbers with
    `UPDATE … SET value = value + n RETURNING value`; the row lock is held until the push
    commits, so numbers become visible in the order they were handed out."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncConflict(UuidPk, Base):
    """The value that lost a concurrent edit, as it was stored: ciphertext for sensitive
    columns (bound to the original table, column and row), the JSON of the value for the
    others. Written on the server, pulled to the desks of the row's centre."""

    __tablename__ = "sync_conflicts"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(40), index=True)
    column_name: Mapped[str] = mapped_column(String(64))
    losing_value: Mapped[bytes | None] = mapped_column(LargeBinary)
    losing_desk_id: Mapped[uuid.UUID | None]
    losing_hlc: Mapped[int] = mapped_column(BigInteger)
    winning_desk_id: Mapped[uuid.UUID | None]
    winning_hlc: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(20))  # concurrent_edit, deleted, duplicate
    scope: Mapped[str] = mapped_column(String(45))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
