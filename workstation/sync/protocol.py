"""Push, merge and pull: the sync protocol between a desk's SQLite and the shared
PostgreSQL. The desk does all the work over an ordinary database connection; the
server is PostgreSQL and nothing else.

Push. Outbox entries are grouped by row; each group carries the current values of the
columns its entries changed, the clock of each column (the newest entry touching it)
and every change id it covers. The server transaction first locks the commit-ordered
counter (so pushes merge one at a time), skips groups whose change ids are all in
`sync_applied` (a push sent twice changes nothing), merges the others, records their
ids and commits. Only then does the desk delete the entries it sent; entries written
meanwhile stay for the next push.

Merge, per field. Every field on the server carries the clock of its last writer:
(hlc, desk, server_seq). An incoming field wins if its (hlc, desk) is greater. The edit
was concurrent with the stored one when another desk wrote the stored value after the
point this desk had pulled to (`base_cursor`): then the losing value — whichever it is —
is kept in `sync_conflicts`. Append-only tables are inserted or left alone, never
merged. A delete leaves a tombstone; a later edit of a deleted row becomes a conflict
record. Two desks giving two new cases the same reference: the later one is renumbered
and the old number kept as a conflict record.

Pull. `sync_rows.server_seq` comes from the counter row, whose lock is held until the
push commits: numbers become visible in the order they were handed out, so a reader
that has seen number n has seen every number below it, and a cursor can never pass
over a transaction that commits late. A batch of rows past the cursor (in scope) is
read in one REPEATABLE READ snapshot and applied with the new cursor in one local
transaction, with capture off. A field that has a change waiting in the outbox keeps
the desk's value: the server decides when it is pushed. Parents a batch needs but does
not bring are fetched in the same snapshot.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import JSON, Integer, LargeBinary, delete, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from ..persistence.base import Base, sensitive_columns, utcnow
from ..persistence.change_log import (
    APPEND_ONLY,
    CENTRE_COLUMN,
    CENTRE_VIA,
    NOT_CONFLICTS,
    PUSH_ONLY,
    tick,
)
from ..persistence.models import SyncApplied, SyncConflict, SyncOutbox, SyncRow

OUTBOX = SyncOutbox.__table__
ROWS = SyncRow.__table__
APPLIED = SyncApplied.__table__
CONFLICTS = SyncConflict.__table__
GLOBAL = "global"
ORDER = {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}


def table_of(name: str):
    return Base.metadata.tables[name]


def key_of(name: str, row_id: str):
    """The typed primary key for a row id as the change log writes it."""
    return int(row_id) if isinstance(table_of(name).c.id.type, Integer) else \
        uuid.UUID(row_id)


def row_id_of(value) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)


def _chunks(items, size=900):
    items = list(items)
    for n in range(0, len(items), size):
        yield items[n:n + size]


def _encode(table: str, column: str, value) -> bytes | None:
    if value is None:
        return None
    if isinstance(table_of(table).c[column].type, LargeBinary) or isinstance(value, bytes):
        return bytes(value)
    return json.dumps(value, default=str, ensure_ascii=False).encode()


# ---- push: reading the outbox --------------------------------------------------------

@dataclass
class PushItem:
    table: str
    row_id: str
    op: str                      # U or D
    columns: set[str] | None     # None: every column (an insert)
    clocks: dict[str, int]       # column -> hlc of the newest entry touching it
    hlc: int
    base: int
    change_ids: list[uuid.UUID]
    seqs: list[int]
    values: dict | None = None
    scope: str | None = None


def _group(entries) -> list[PushItem]:
    items: dict[tuple[str, str], PushItem] = {}
    for e in entries:
        key = (e.table_name, e.row_id)
        item = items.get(key)
        if item is None:
            item = items[key] = PushItem(e.table_name, e.row_id, e.op, set(), {}, e.hlc,
                                         e.base_cursor, [], [])
        item.op = e.op
        item.hlc = max(item.hlc, e.hlc)
        item.base = min(item.base, e.base_cursor)
        item.change_ids.append(e.change_id)
        item.seqs.append(e.seq)
        if e.op == "U":
            cols = ["*"] if e.columns == "*" else [c for c in e.columns.split(",") if c]
            if "*" in cols:
                item.columns = None
            elif item.columns is not None:
                item.columns.update(cols)
            for c in cols:
                item.clocks[c] = max(item.clocks.get(c, 0), e.hlc)
    return list(items.values())


def stamp_unstamped(database, hlc_floor: int = 0) -> None:
    """Entries written by another SQLite client have no clock yet: give them one now."""
    with database.engine.begin() as c:
        if c.execute(select(OUTBOX.c.seq).where(OUTBOX.c.hlc.is_(None)).limit(1)).first():
            last = c.execute(text("SELECT hlc FROM sync_state WHERE id = 1")).scalar() or 0
            hlc = tick(max(last, hlc_floor))
            c.execute(OUTBOX.update().where(OUTBOX.c.hlc.is_(None)).values(hlc=hlc))
            c.execute(text("UPDATE sync_state SET hlc = :h WHERE id = 1"), {"h": hlc})


def clamp_future(database, now_ms: int, allowance_ms: int) -> int:
    """Changes stamped while this desk's clock ran far ahead (it was refused then) must not
    win every merge for hours, nor push other desks' clocks ahead: they get the present
    time. Returns how many were restamped."""
    limit = (now_ms + allowance_ms) << 16
    present = now_ms << 16
    with database.engine.begin() as c:
        moved = c.execute(OUTBOX.update().where(OUTBOX.c.hlc > limit).values(hlc=present)
                          ).rowcount
        c.execute(text("UPDATE sync_state SET hlc = :p WHERE id = 1 AND hlc > :l"),
                  {"p": present, "l": limit})
    return moved


def read_outbox(database, desk_id: uuid.UUID, limit: int) -> list[PushItem]:
    """The next groups to push, with their current values and scope."""
    with database.engine.connect() as c:
        entries = c.execute(select(OUTBOX).order_by(OUTBOX.c.seq).limit(limit)).all()
        if not entries:
            return []
        items = _group(entries)
        by_table: dict[str, list[PushItem]] = defaultdict(list)
        for item in items:
            if item.op == "U":
                by_table[item.table].append(item)
        for name, group in by_table.items():
            table = table_of(name)
            found = {}
            for chunk in _chunks(group):
                for row in c.execute(select(table).where(
                        table.c.id.in_([key_of(name, i.row_id) for i in chunk]))).mappings():
                    found[row_id_of(row["id"])] = dict(row)
            for item in group:
                item.values = found.get(item.row_id)
        _scopes(c, items, desk_id)
    # A row changed and then removed by another client without a trace stays in the
    # outbox until its delete entry comes; nothing to send for it yet.
    return [i for i in items if i.op == "D" or i.values is not None]


def _scopes(c, items: list[PushItem], desk_id: uuid.UUID) -> None:
    parents: dict[str, set] = defaultdict(set)
    for item in items:
        if item.values is None:
            continue
        if item.table in PUSH_ONLY:
            item.scope = f"desk:{desk_id.hex}"
        elif item.table in CENTRE_COLUMN:
            item.scope = row_id_of(item.values["centre_id"])
        elif item.table in CENTRE_VIA:
            column, parent = CENTRE_VIA[item.table]
            if item.values[column] is not None:
                parents[parent].add(item.values[column])
        else:
            item.scope = GLOBAL
    centre_of = {}
    for parent, ids in parents.items():
        t = table_of(parent)
        for chunk in _chunks(ids):
            for pid, centre in c.execute(select(t.c.id, t.c.centre_id).where(t.c.id.in_(chunk))):
                centre_of[(parent, pid)] = row_id_of(centre)
    for item in items:
        if item.values is not None and item.table in CENTRE_VIA:
            column, parent = CENTRE_VIA[item.table]
            item.scope = centre_of.get((parent, item.values[column]), GLOBAL)


# ---- push: merging on the server -------------------------------------------------------

@dataclass
class PushOutcome:
    applied: int = 0          # groups merged now
    already: int = 0          # groups whose every change id the server already had
    conflicts: int = 0


def _wins(a: tuple, b: tuple) -> bool:
    return (a[0], a[1]) > (b[0], b[1])


class _Merge:
    """One push transaction on the server."""

    def __init__(self, c, desk_id: uuid.UUID):
        self.c = c
        self.desk = desk_id.hex
        self.rows_meta: list[dict] = []
        self.conflicts: list[dict] = []
        self.now = utcnow()

    def conflict(self, item: PushItem, scope: str, column: str, value, losing: tuple,
                 winning: tuple, reason: str) -> None:
        self.conflicts.append({
            "id": uuid.uuid4(), "table_name": item.table, "row_id": item.row_id,
            "column_name": column, "losing_value": value,
            "losing_desk_id": uuid.UUID(losing[1]) if losing[1] else None,
            "losing_hlc": losing[0],
            "winning_desk_id": uuid.UUID(winning[1]) if winning[1] else None,
            "winning_hlc": winning[0], "reason": reason, "scope": scope,
            "recorded_at": self.now})

    def meta(self, item: PushItem, seq: int, scope: str, deleted: bool, hlc: int,
             clocks: dict) -> None:
        self.rows_meta.append({"table_name": item.table, "row_id": item.row_id,
                               "server_seq": seq, "scope": scope, "deleted": deleted,
                               "hlc": hlc, "field_clocks": clocks})


def push_items(c, items: list[PushItem], desk_id: uuid.UUID) -> PushOutcome:
    """Merge `items` in the caller's server transaction (commit follows)."""
    outcome = PushOutcome()
    counter = c.execute(text("SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE")
                        ).scalar()
    applied = set()
    for chunk in _chunks([cid for i in items for cid in i.change_ids], 5000):
        applied.update(c.execute(select(APPLIED.c.change_id)
                                 .where(APPLIED.c.change_id.in_(chunk))).scalars())
    fresh = [i for i in items if not set(i.change_ids) <= applied]
    outcome.already = len(items) - len(fresh)
    if not fresh:
        return outcome
    merge = _Merge(c, desk_id)
    existing_meta: dict[tuple[str, str], object] = {}
    by_table: dict[str, list[PushItem]] = defaultdict(list)
    for item in fresh:
        by_table[item.table].append(item)
    for name, group in by_table.items():
        for chunk in _chunks(group):
            for m in c.execute(select(ROWS).where(
                    ROWS.c.table_name == name,
                    ROWS.c.row_id.in_([i.row_id for i in chunk]))):
                existing_meta[(name, m.row_id)] = m
    seq = counter
    for name in sorted(by_table, key=lambda t: ORDER[t]):
        group = by_table[name]
        table = table_of(name)
        if name in APPEND_ONLY:
            rows = [i.values for i in group if i.op == "U"]
            sealed = sensitive_columns().get(name)
            statement = pg_insert(table)
            # Never changed once written, except that a key rotation re-encrypts the
            # sealed values: only those may be replaced (and the desks' role may update
            # only those columns).
            statement = statement.on_conflict_do_update(
                index_elements=["id"], set_={col: statement.excluded[col] for col in sealed}
            ) if sealed else statement.on_conflict_do_nothing(index_elements=["id"])
            if rows:
                c.execute(statement, rows)
            for i in group:
                seq += 1
                merge.meta(i, seq, i.scope or GLOBAL, False, i.hlc, {})
            continue
        stored = {}
        for chunk in _chunks(group):
            for row in c.execute(select(table).where(
                    table.c.id.in_([key_of(name, i.row_id) for i in chunk]))).mappings():
                stored[row_id_of(row["id"])] = dict(row)
        for item in group:
            seq += 1
            _merge_one(merge, table, item, existing_meta.get((name, item.row_id)),
                       stored.get(item.row_id), seq)
    if merge.rows_meta:
        statement = pg_insert(ROWS)
        c.execute(statement.on_conflict_do_update(
            index_elements=["table_name", "row_id"],
            set_={"server_seq": statement.excluded.server_seq,
                  "scope": statement.excluded.scope, "deleted": statement.excluded.deleted,
                  "hlc": statement.excluded.hlc,
                  "field_clocks": statement.excluded.field_clocks}), merge.rows_meta)
    if merge.conflicts:
        c.execute(CONFLICTS.insert(), merge.conflicts)
        # Conflict records are rows too: they reach the desks of their scope.
        for conflict in merge.conflicts:
            seq += 1
            c.execute(pg_insert(ROWS), {
                "table_name": "sync_conflicts", "row_id": conflict["id"].hex,
                "server_seq": seq, "scope": conflict["scope"], "deleted": False,
                "hlc": max(conflict["losing_hlc"], conflict["winning_hlc"]),
                "field_clocks": {}})
    c.execute(APPLIED.insert(), [{"change_id": cid, "desk_id": desk_id,
                                  "applied_at": merge.now}
                                 for i in fresh for cid in i.change_ids if cid not in applied])
    c.execute(text("UPDATE sync_counter SET value = :v WHERE id = 1"), {"v": seq})
    outcome.applied = len(fresh)
    outcome.conflicts = len(merge.conflicts)
    return outcome


def _merge_one(merge: _Merge, table, item: PushItem, meta, row: dict | None, seq: int) -> None:
    c, desk = merge.c, merge.desk
    scope = item.scope or (meta.scope if meta is not None else GLOBAL)
    key = key_of(item.table, item.row_id)
    if item.op == "D":
        if row is not None:
            c.execute(delete(table).where(table.c.id == key))
        merge.meta(item, seq, scope, True, item.hlc, dict(meta.field_clocks) if meta else {})
        return
    values = item.values
    if meta is not None and meta.deleted:
        for column in (item.columns or [k for k in values if k != "id"]):
            merge.conflict(item, scope, column, _encode(item.table, column, values[column]),
                           (item.clocks.get(column, item.hlc), desk), (meta.hlc, None),
                           "deleted")
        merge.meta(item, seq, meta.scope, True, meta.hlc, dict(meta.field_clocks))
        return
    columns = [k for k in values if k != "id"]
    if row is None:
        values = dict(values)
        if item.table == "cases":
            values["reference"] = _free_reference(merge, item, scope, values["reference"], seq)
        c.execute(table.insert(), values)
        clocks = {col: [item.clocks.get(col, item.hlc), desk, seq] for col in columns}
        merge.meta(item, seq, scope, False, item.hlc, clocks)
        return
    clocks = dict(meta.field_clocks) if meta is not None else {}
    changes = {}
    for column in (item.columns if item.columns is not None else columns):
        if column not in values:
            continue  # a column this version no longer has
        mine = (item.clocks.get(column, item.hlc), desk)
        theirs_clock = clocks.get(column, [0, "", 0])
        theirs = (theirs_clock[0], theirs_clock[1])
        concurrent = theirs[1] not in ("", desk) and theirs_clock[2] > item.base
        differ = values[column] != row[column]
        if _wins(mine, theirs):
            if differ:
                changes[column] = values[column]
                if concurrent and column not in NOT_CONFLICTS:
                    merge.conflict(item, scope, column,
                                   _encode(item.table, column, row[column]), theirs, mine,
                                   "concurrent_edit")
            clocks[column] = [mine[0], desk, seq]
        elif differ and concurrent and column not in NOT_CONFLICTS:
            merge.conflict(item, scope, column, _encode(item.table, column, values[column]),
                           mine, theirs, "concurrent_edit")
    if item.table == "cases" and "reference" in changes:
        changes["reference"] = _free_reference(merge, item, scope, changes["reference"], seq)
        clocks["reference"] = [item.clocks["reference"], desk, seq]
    if changes:
        c.execute(table.update().where(table.c.id == key).values(**changes))
    merge.meta(item, seq, scope, False, max(item.hlc, meta.hlc if meta else 0), clocks)


def _free_reference(merge: _Merge, item: PushItem, scope: str, reference: str,
                    seq: int) -> str:
    """A case reference no other case holds: two desks offline may both have given the
    next number; the later one gets a new number and the old one is recorded."""
    c = merge.c
    cases = table_of("cases")
    taken = c.execute(select(cases.c.id).where(cases.c.reference == reference,
                                               cases.c.id != key_of("cases", item.row_id))
                      ).first()
    if taken is None and "~" not in reference:
        return reference
    prefix = reference.split("~")[0].rsplit("-", 1)[0] + "-"
    last = c.execute(select(cases.c.reference).where(
        cases.c.reference.like(prefix + "%"), cases.c.reference.not_like("%~%"))
        .order_by(cases.c.reference.desc()).limit(1)).scalar()
    number = int(last[len(prefix):]) + 1 if last else 1
    fresh = f"{prefix}{number:06d}"
    server_hlc = tick(item.hlc)
    merge.conflict(item, scope, "reference", _encode("cases", "reference", reference),
                   (item.clocks.get("reference", item.hlc), merge.desk), (server_hlc, None),
                   "duplicate")
    # The new number must win over the desk's own value when it is pulled back.
    item.clocks["reference"] = server_hlc
    return fresh


def acknowledge(database, items: list[PushItem]) -> None:
    seqs = [s for i in items for s in i.seqs]
    with database.engine.begin() as c:
        for chunk in _chunks(seqs):
            c.execute(delete(OUTBOX).where(OUTBOX.c.seq.in_(chunk)))


# ---- pull --------------------------------------------------------------------------

@dataclass
class PullBatch:
    rows: list = field(default_factory=list)       # (table, row_id, seq, deleted, hlc)
    values: dict = field(default_factory=dict)     # (table, row_id) -> {column: value}
    cursor: int = 0
    max_hlc: int = 0


def scope_filter(scope: str):
    if scope == "all":
        return ~ROWS.c.scope.like("desk:%")
    centre = scope.split(":", 1)[1]
    return ROWS.c.scope.in_([GLOBAL, centre])


# Pulled rows travel in the desk's storage format, produced by PostgreSQL itself (uuids
# as 32 hex digits, UTC times as SQLite text, JSON as text …): no Python conversion of
# each value on either side, which is most of the cost of a new desk's first pull.
_STORAGE: dict[str, str] = {}


def _storage_columns(name: str) -> str:
    if name not in _STORAGE:
        from sqlalchemy import Boolean, Date, DateTime, Time, TypeDecorator, Uuid

        parts = []
        for col in table_of(name).columns:
            quoted = f'"{col.name}"'
            kind = col.type.impl if isinstance(col.type, TypeDecorator) else col.type
            if isinstance(kind, JSON):
                parts.append(f"{quoted}::text")
            elif isinstance(kind, Uuid):
                parts.append(f"replace({quoted}::text, '-', '')")
            elif isinstance(kind, DateTime):
                parts.append(f"to_char({quoted} AT TIME ZONE 'UTC', "
                             "'YYYY-MM-DD HH24:MI:SS.US')")
            elif isinstance(kind, Date):
                parts.append(f"to_char({quoted}, 'YYYY-MM-DD')")
            elif isinstance(kind, Time):
                parts.append(f"to_char(DATE '2000-01-01' + {quoted}, 'HH24:MI:SS.US')")
            elif isinstance(kind, Boolean):
                parts.append(f"{quoted}::int")
            else:
                parts.append(quoted)
        _STORAGE[name] = ", ".join(parts)
    return _STORAGE[name]


def _key_cast(name: str) -> str:
    return "integer" if isinstance(table_of(name).c.id.type, Integer) else "uuid"


def _fetch(c, name: str, where_sql: str, params: dict) -> dict:
    table = table_of(name)
    columns = [col.name for col in table.columns]
    found = {}
    result = c.exec_driver_sql(
        f"SELECT {_storage_columns(name)} FROM {name} WHERE id IN ({where_sql})", params)
    for row in result:
        values = dict(zip(columns, row))
        found[(name, str(values["id"]))] = values
    return found


def read_batch(c, cursor: int, scope: str, limit: int) -> PullBatch:
    batch = PullBatch(cursor=cursor)
    rows = c.execute(select(ROWS.c.table_name, ROWS.c.row_id, ROWS.c.server_seq,
                            ROWS.c.deleted, ROWS.c.hlc)
                     .where(ROWS.c.server_seq > cursor, scope_filter(scope))
                     .order_by(ROWS.c.server_seq).limit(limit)).all()
    if not rows:
        return batch
    batch.rows = rows
    batch.cursor = rows[-1].server_seq
    batch.max_hlc = max(r.hlc for r in rows)
    for name in {r.table_name for r in rows if not r.deleted}:
        # The rows of this batch by a subquery on sync_rows, not a list of thousands of
        # ids sent as parameters.
        batch.values.update(_fetch(
            c, name, f"SELECT CAST(row_id AS {_key_cast(name)}) FROM sync_rows "
                     "WHERE table_name = %(t)s AND server_seq > %(a)s AND server_seq <= %(b)s "
                     "AND NOT deleted", {"t": name, "a": cursor, "b": batch.cursor}))
    return batch


def fetch_rows(c, name: str, ids) -> dict:
    found = {}
    for chunk in _chunks(ids, 5000):
        found.update(_fetch(c, name, f"SELECT CAST(unnest(%(ids)s::text[]) AS "
                                     f"{_key_cast(name)})", {"ids": list(chunk)}))
    return found


def _pending(cursor, keys) -> dict[tuple[str, str], object]:
    """Rows with changes waiting in the outbox: "D", "*" or the set of columns."""
    found: dict[tuple[str, str], object] = {}
    if cursor.execute("SELECT 1 FROM sync_outbox LIMIT 1").fetchone() is None:
        return found
    by_table: dict[str, list[str]] = defaultdict(list)
    for name, row_id in keys:
        by_table[name].append(row_id)
    for name, ids in by_table.items():
        for chunk in _chunks(ids):
            for op, row_id, columns in cursor.execute(
                    f"SELECT op, row_id, columns FROM sync_outbox WHERE table_name = ? "
                    f"AND row_id IN ({','.join('?' * len(chunk))}) ORDER BY seq",
                    (name, *chunk)):
                key = (name, row_id)
                if op == "D" or columns == "*":
                    found[key] = op if op == "D" else "*"
                elif found.get(key) not in ("D", "*"):
                    found.setdefault(key, set()).update(x for x in columns.split(",") if x)
    return found


def apply_batch(c, batch: PullBatch, server_c) -> int:
    """Apply a pulled batch in the caller's local transaction (capture already off).
    Returns how many rows were written or deleted. Works on the DB-API cursor with
    values already in storage format."""
    cursor = c.connection.driver_connection.cursor()
    cursor.execute("PRAGMA defer_foreign_keys = ON")
    # A first pull writes hundreds of thousands of rows into indexes keyed by random
    # UUIDs; with SQLite's default 2 MiB page cache nearly every insert misses.
    cursor.execute("PRAGMA cache_size = -65536")
    pending = _pending(cursor, [(r.table_name, r.row_id) for r in batch.rows])
    upserts: dict[str, list[dict]] = defaultdict(list)
    partial: list[tuple[str, dict, set]] = []
    deletes: dict[str, list] = defaultdict(list)
    for r in batch.rows:
        key = (r.table_name, r.row_id)
        waiting = pending.get(key)
        if waiting in ("D", "*"):
            continue
        if r.deleted:
            if not waiting:
                deletes[r.table_name].append(r.row_id)
            continue
        values = batch.values.get(key)
        if values is None:
            continue
        if waiting:
            partial.append((r.table_name, values, waiting))
        else:
            upserts[r.table_name].append(values)
    written = _write_rows(cursor, upserts)
    for name, values, waiting in partial:
        keep = [k for k in values if k not in waiting and k != "id"]
        if keep:
            cursor.execute(f"UPDATE {name} SET {', '.join(f'{chr(34)}{k}{chr(34)} = ?' for k in keep)} "
                           "WHERE id = ?", [values[k] for k in keep] + [values["id"]])
            written += cursor.rowcount
    for name in sorted(deletes, key=lambda t: -ORDER[t]):
        for chunk in _chunks(deletes[name]):
            cursor.execute(f"DELETE FROM {name} WHERE CAST(id AS TEXT) IN "
                           f"({','.join('?' * len(chunk))})", chunk)
            written += cursor.rowcount
    _complete_parents(cursor, upserts, server_c)
    cursor.close()
    return written


_UPSERTS: dict[str, tuple[str, list[str]]] = {}


def _upsert_of(name: str) -> tuple[str, list[str]]:
    if name not in _UPSERTS:
        columns = [col.name for col in table_of(name).columns]
        assignments = ", ".join(f'"{col}" = excluded."{col}"' for col in columns if col != "id")
        _UPSERTS[name] = (
            f'INSERT INTO {name} ({", ".join(chr(34) + col + chr(34) for col in columns)}) '
            f'VALUES ({", ".join("?" * len(columns))}) '
            f"ON CONFLICT (id) DO UPDATE SET {assignments}", columns)
    return _UPSERTS[name]


def _write_rows(cursor, upserts: dict[str, list[dict]]) -> int:
    written = 0
    for name in sorted(upserts, key=lambda t: ORDER[t]):
        rows = upserts[name]
        if name == "cases":
            _move_colliding_references(cursor, rows)
        sql, columns = _upsert_of(name)
        cursor.executemany(sql, [tuple(row[col] for col in columns) for row in rows])
        written += len(rows)
    return written


def _move_colliding_references(cursor, rows: list[dict]) -> None:
    """A local case may hold a reference the server gave another case (two desks chose
    the same number offline); it steps aside with a mark until its own number arrives
    or its push gets one."""
    incoming = {r["reference"]: r["id"] for r in rows}
    for chunk in _chunks(list(incoming)):
        for case_id, reference in cursor.execute(
                f"SELECT id, reference FROM cases WHERE reference IN "
                f"({','.join('?' * len(chunk))})", chunk).fetchall():
            if incoming[reference] != case_id:
                cursor.execute("UPDATE cases SET reference = ? WHERE id = ?",
                               (f"{reference}~{case_id[:8]}", case_id))


def _complete_parents(cursor, upserts: dict[str, list[dict]], server_c,
                      depth: int = 0) -> None:
    """Rows whose parent is neither on the desk nor in the batch (a parent changed
    later than its child sorts later in commit order): fetch those parents now."""
    if depth > 8:
        return
    missing: dict[str, set] = defaultdict(set)
    present = {name: {r["id"] for r in rows} for name, rows in upserts.items()}
    for name, rows in upserts.items():
        for fk in table_of(name).foreign_keys:
            parent = fk.column.table.name
            ids = {r[fk.parent.name] for r in rows if r.get(fk.parent.name) is not None}
            ids -= present.get(parent, set())
            ids -= missing[parent]
            if not ids:
                continue
            have = set()
            for chunk in _chunks(ids):
                have.update(v for (v,) in cursor.execute(
                    f"SELECT {fk.column.name} FROM {parent} WHERE {fk.column.name} IN "
                    f"({','.join('?' * len(chunk))})", chunk))
            missing[parent].update(ids - have)
    fetched: dict[str, list[dict]] = defaultdict(list)
    for parent, ids in missing.items():
        if ids:
            for (name, _), values in fetch_rows(server_c, parent,
                                                [str(i) for i in ids]).items():
                fetched[name].append(values)
    if fetched:
        _write_rows(cursor, fetched)
        _complete_parents(cursor, fetched, server_c, depth + 1)
