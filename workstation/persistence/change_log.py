"""The desk's change log: which tables sync, and the SQLite triggers that record every
write to them in `sync_outbox` in the same transaction.

Why triggers, generated from the models, rather than a call in each service or a hook in
the transaction helper: services write through ORM sessions and through Core statements,
imports and key rotation write in bulk, tests and repairs write with plain `sqlite3`.
A trigger sees every one of those writes, so a future service cannot forget to record a
change, and the change log commits or rolls back with the write itself. The trigger SQL
is generated from `Base.metadata` (every column of every synced table), and
`install_triggers` re-creates it whenever the generated text differs from what the file
holds (a new column, a table rebuilt by a batch migration), each time a desk database is
opened.

Triggers stay plain SQL (no Python functions) so that any SQLite client can still write
the file. The one thing SQL cannot give is this desk's hybrid logical clock, so entries
are stamped at commit by `stamp_commit`, an engine `commit` hook; an entry written by
another client stays unstamped until the next push stamps it.

The hybrid logical clock is a 64-bit integer: milliseconds since 1970 shifted left by 16
bits, plus a counter in the low bits. `tick` gives a value above both the last one this
desk issued or received and the wall clock; comparing (hlc, desk id) orders every write.
"""

from __future__ import annotations

import sqlite3
import time
import uuid

from . import models as _models  # noqa: F401  (fills Base.metadata)
from .base import Base

# Never leave the desk: drafts being typed, the desk's own settings and identity
# (local_settings holds the desk id and its secret check), the sync bookkeeping.
LOCAL_TABLES = frozenset({
    "contact_drafts", "case_drafts", "local_settings", "sync_outbox", "sync_state",
    "sync_rows", "sync_applied", "sync_counter", "alembic_version",
})
# Written once, never changed: never in conflict, inserted on the server and never
# updated there (the desks' database role may only insert into them).
APPEND_ONLY = frozenset({
    "audit_events", "case_notes", "contact_notes", "case_status_changes", "consents",
    "callback_attempts", "missed_calls", "sync_conflicts", "directory_changes",
    "case_shreddings",
})
# Written on the server only (by the merge), pulled by desks: no capture trigger.
PULL_ONLY = frozenset({"sync_conflicts"})
# Pushed to the server, never pulled back by other desks (each desk keeps its own
# audit chain; the server's copy is the check against a desk rewriting its own).
PUSH_ONLY = frozenset({"audit_events"})
# Rows that stay on the desk although their table syncs: audit entries written without
# a desk (commands run before the desk registered) would collide between desks.
ROW_FILTERS = {"audit_events": "{row}.desk_id IS NOT NULL"}

# Scope of the rows of centre data: by their own centre_id, or through their parent.
CENTRE_COLUMN = frozenset({"cases", "persons", "contacts", "callbacks", "caller_flags",
                           "appointments"})
CENTRE_VIA = {
    **{t: ("case_id", "cases") for t in (
        "case_persons", "case_categories", "case_notes", "follow_ups", "referrals",
        "case_status_changes", "legal_steps", "hearings", "consents", "legal_holds",
        "case_shreddings")},
    "contact_notes": ("contact_id", "contacts"),
    "missed_calls": ("callback_id", "callbacks"),
    "callback_attempts": ("callback_id", "callbacks"),
}
# Bookkeeping columns that change with every edit: merged, never reported as conflicts.
NOT_CONFLICTS = frozenset({"created_at", "updated_at"})

# Categories are seeded on every desk from the shipped taxonomy; their ids are derived
# from the code so that every desk seeds the same rows.
CATEGORY_NAMESPACE = uuid.UUID("5a3c8f52-8f4e-4f63-9c1e-2d7f0b6b1c11")


def synced_tables() -> list[str]:
    """Every table that leaves the desk, parents before children."""
    return [t.name for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES]


def captured_tables() -> list[str]:
    return [t for t in synced_tables() if t not in PULL_ONLY]


# ---- the clock ---------------------------------------------------------------------------

def now_ms() -> int:
    """The wall clock in milliseconds (tests replace it to skew a desk's clock)."""
    return time.time_ns() // 1_000_000


def tick(last: int) -> int:
    return max(last + 1, now_ms() << 16)


def hlc_wall_ms(hlc: int) -> int:
    return hlc >> 16


# ---- triggers ----------------------------------------------------------------------------

_NOT_APPLYING = "(SELECT applying FROM sync_state WHERE id = 1) IS NOT 1"
_BASE = "coalesce((SELECT cursor FROM sync_state WHERE id = 1), 0)"


def _outbox_insert(table: str, row: str, op: str, columns_sql: str) -> str:
    return (f"INSERT INTO sync_outbox (change_id, table_name, row_id, op, columns, "
            f"base_cursor) VALUES (lower(hex(randomblob(16))), '{table}', "
            f"CAST({row}.id AS TEXT), '{op}', {columns_sql}, {_BASE});")


def trigger_sql() -> dict[str, str]:
    """name -> CREATE TRIGGER statement, for every captured table."""
    found: dict[str, str] = {}
    for name in captured_tables():
        table = Base.metadata.tables[name]
        columns = [c.name for c in table.columns if c.name != "id"]
        new_filter = ROW_FILTERS.get(name, "").format(row="NEW")
        old_filter = ROW_FILTERS.get(name, "").format(row="OLD")
        when_new = _NOT_APPLYING + (f" AND {new_filter}" if new_filter else "")
        when_old = _NOT_APPLYING + (f" AND {old_filter}" if old_filter else "")
        changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)
        listed = " || ".join(f"""CASE WHEN OLD."{c}" IS NOT NEW."{c}" THEN '{c},' ELSE '' END"""
                             for c in columns)
        found[f"cw_sync_{name}_ins"] = (
            f"CREATE TRIGGER cw_sync_{name}_ins AFTER INSERT ON {name} WHEN {when_new} "
            f"BEGIN {_outbox_insert(name, 'NEW', 'U', repr('*'))} END")
        found[f"cw_sync_{name}_upd"] = (
            f"CREATE TRIGGER cw_sync_{name}_upd AFTER UPDATE ON {name} WHEN {when_new} "
            f"AND ({changed}) BEGIN {_outbox_insert(name, 'NEW', 'U', f'rtrim({listed}, ' + repr(',') + ')')} END")
        found[f"cw_sync_{name}_del"] = (
            f"CREATE TRIGGER cw_sync_{name}_del AFTER DELETE ON {name} WHEN {when_old} "
            f"BEGIN {_outbox_insert(name, 'OLD', 'D', repr(''))} END")
    return found


def install_triggers(connection) -> bool:
    """Make the file's capture triggers exactly the generated ones; True if it changed
    anything. `connection` is a SQLAlchemy connection inside a transaction."""
    wanted = trigger_sql()
    present = dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'cw_sync_%'").all())
    if present == wanted:
        return False
    for name in present:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for statement in wanted.values():
        connection.exec_driver_sql(statement)
    return True


def stamp_commit(connection) -> None:
    """Engine `commit` hook: give the entries this transaction wrote their clock value.

    Runs inside the committing transaction on the DB-API connection; a transaction that
    wrote nothing (Python's sqlite3 opens one only for a write) costs nothing."""
    dbapi = connection.connection.dbapi_connection
    if dbapi is None or not getattr(dbapi, "in_transaction", False):
        return
    cursor = dbapi.cursor()
    try:
        first = cursor.execute("SELECT seq FROM sync_outbox WHERE hlc IS NULL LIMIT 1"
                               ).fetchone()
        if first is None:
            return
        row = cursor.execute("SELECT hlc FROM sync_state WHERE id = 1").fetchone()
        hlc = tick(row[0] if row else 0)
        cursor.execute("UPDATE sync_outbox SET hlc = ? WHERE hlc IS NULL", (hlc,))
        cursor.execute("UPDATE sync_state SET hlc = ? WHERE id = 1", (hlc,))
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):  # a database not yet at schema 0004
            raise
    finally:
        cursor.close()
