"""Sync operations for `workstation bench`, against a shared PostgreSQL: the one given
with --server-url (an empty database and an owner account), or a throwaway cluster
started like the test suite's (initdb and pg_ctl in a temporary folder, loopback only,
deleted afterwards).

- sync_push_1000: 1,000 waiting changes (500 new case notes, 500 changed cases) sent and
  merged. Raw baseline: the same rows read with sqlite3 and written with psycopg in one
  transaction (inserts, updates, applied ids), the outbox emptied.
- sync_pull_100k: a new desk pulls 100,000 cases with their people and contacts (and
  the accounts, keys and directory). Raw baseline: every row of the same tables selected
  with psycopg and inserted into an empty desk file with sqlite3.
- sync_idle: a round with nothing to do. Raw baseline: connect, read the server's
  counter, read the local cursor.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import select, text

from ..persistence import change_log
from ..persistence.base import Base, utcnow
from ..persistence.database import DESK_DB_NAME, open_desk_database
from ..persistence.models import Case, Desk, LocalSetting
from ..services.desk import init_desk
from ..sync import ServerLink, desk_sync, init_server, protocol, run_round
from ..sync.server import normalise_url, server_engine

SYNC_OPERATIONS = ("sync_push_1000", "sync_pull_100k", "sync_idle")
TARGETS = {"sync_push_1000": 2000, "sync_pull_100k": 60_000, "sync_idle": 100}
DESK_PASSWORD = "bench-desk-role-password"


def _summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 3),
            "p95_ms": round(p95 * 1000, 3)}


def _result(name, app, raw, describes) -> dict:
    a, r = _summary(app), _summary(raw)
    return {**a, "raw_median_ms": r["median_ms"], "raw_p95_ms": r["p95_ms"],
            "ratio_to_raw": round(a["median_ms"] / r["median_ms"], 2) if r["median_ms"]
            else None, "runs": len(app), "target_median_ms": TARGETS[name],
            "describes": describes}


class _Server:
    """The bench's shared database: given, or a throwaway cluster."""

    def __init__(self, url: str | None):
        self.cluster = None
        if url is None:
            from .pg_cluster import PgCluster

            self.cluster = PgCluster().start()
            url = self.cluster.url()
        self.owner_url = normalise_url(url)
        self.owner = server_engine(self.owner_url)

    def fresh_database(self, name: str) -> tuple[str, str]:
        """An empty, initialised database; (owner URL, desk URL with password)."""
        with self.owner.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            c.execute(text(f'CREATE DATABASE "{name}"'))
        owner = self.owner_url.rsplit("/", 1)[0] + "/" + name
        init_server(owner, desk_role="cw_bench_desk", desk_password=DESK_PASSWORD)
        desk = normalise_url(owner)
        from sqlalchemy.engine import make_url

        desk = make_url(desk).set(username="cw_bench_desk", password=DESK_PASSWORD)
        return owner, desk.render_as_string(hide_password=False)

    def close(self) -> None:
        self.owner.dispose()
        if self.cluster is not None:
            self.cluster.stop()


def _register(database, name: str) -> uuid.UUID:
    desk_id = uuid.uuid4()
    with database.uow() as uow:
        uow.session.add(Desk(id=desk_id, name=name))
        uow.session.add(LocalSetting(key="desk_id", value=str(desk_id)))
        uow.commit()
    return desk_id


def run_sync_benchmarks(server_url: str | None, *, only, repeat: int, pull_cases: int,
                        progress: bool) -> dict:
    wanted = [n for n in SYNC_OPERATIONS if not only or n in only]
    results = {}
    server = _Server(server_url)
    work = Path(tempfile.mkdtemp(prefix="cw-bench-sync-"))
    try:
        if "sync_push_1000" in wanted or "sync_idle" in wanted:
            results.update(_push_and_idle(server, work, wanted, repeat, progress))
        if "sync_pull_100k" in wanted:
            results["sync_pull_100k"] = _pull(server, work, pull_cases, progress)
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)
    return results


# ---- push and idle ---------------------------------------------------------------------

def _push_and_idle(server: _Server, work: Path, wanted, repeat: int, progress: bool) -> dict:
    from ..demo.generator import DemoSize, generate_demo

    _, desk_url = server.fresh_database("bench_push")
    link = ServerLink(desk_url, None, "all")
    # A small desk whose rows (accounts, keys, 1,000 cases) are on the server already.
    folder = work / "push"
    generate_demo(folder, DemoSize(contacts=1000, cases=1000, services=20, seed=3))
    database = open_desk_database(folder)
    with database.engine.begin() as c:  # demo rows are never queued: queue them once
        c.exec_driver_sql("UPDATE centres SET is_demo = 0")
        for table in change_log.captured_tables():
            where = " WHERE desk_id IS NOT NULL" if table == "audit_events" else ""
            c.exec_driver_sql(
                "INSERT INTO sync_outbox (change_id, table_name, row_id, op, columns, "
                f"base_cursor) SELECT lower(hex(randomblob(16))), '{table}', "
                f"CAST(id AS TEXT), 'U', '*', 0 FROM {table}{where}")
    desk_id = _register(database, "bench-push")
    run_round(database, link)
    with database.engine.connect() as c:
        case_ids = list(c.execute(select(Case.id).limit(500)).scalars())
        author = uuid.UUID(c.exec_driver_sql("SELECT id FROM users LIMIT 1").scalar())
    results = {}
    if "sync_push_1000" in wanted:
        app, raw = [], []
        runs = max(3, min(repeat, 7))
        for n in range(runs):
            _make_changes(database, case_ids, author, n)
            started = time.perf_counter()
            engine = server_engine(desk_url)
            desk_sync.push_outbox(database, engine, desk_id)
            engine.dispose()
            app.append(time.perf_counter() - started)
            _make_changes(database, case_ids, author, n + 1000)
            raw.append(_raw_push(folder / DESK_DB_NAME, desk_url, desk_id))
            run_round(database, link)  # the raw path bypassed the merge: start level
            if progress:
                print(f"  sync_push_1000 run {n + 1}: {app[-1] * 1000:.0f} ms "
                      f"(raw {raw[-1] * 1000:.0f} ms)", file=sys.stderr)
        results["sync_push_1000"] = _result(
            "sync_push_1000", app, raw, "1,000 waiting changes (500 new notes, 500 changed "
            "cases) sent, merged per field on the server, acknowledged")
    if "sync_idle" in wanted:
        run_round(database, link)
        app, raw = [], []
        for _ in range(max(10, min(repeat, 50))):
            started = time.perf_counter()
            run_round(database, link)
            app.append(time.perf_counter() - started)
            raw.append(_raw_idle(folder / DESK_DB_NAME, desk_url))
        results["sync_idle"] = _result("sync_idle", app, raw, "a round with nothing to "
                                       "send or receive: checks, empty push, empty pull")
    database.close()
    return results


def _make_changes(database, case_ids, author, n: int) -> None:
    """500 notes and 500 case changes in one transaction (captured like any write)."""
    notes = Base.metadata.tables["case_notes"]
    cases = Base.metadata.tables["cases"]
    now = utcnow()
    with database.engine.begin() as c:
        c.execute(notes.insert(), [{"id": uuid.uuid4(), "case_id": case_ids[k % len(case_ids)],
                                    "author_id": author, "created_at": now,
                                    "body_ct": bytes(60)} for k in range(500)])
        for k, case_id in enumerate(case_ids[:500]):
            c.execute(cases.update().where(cases.c.id == case_id).values(
                risk_level=("low", "medium", "high")[(n + k) % 3], updated_at=now))


def _raw_push(path: Path, desk_url: str, desk_id: uuid.UUID) -> float:
    import psycopg

    dsn = desk_url.replace("postgresql+psycopg://", "postgresql://")
    started = time.perf_counter()
    local = sqlite3.connect(path)
    entries = local.execute("SELECT seq, change_id, table_name, row_id FROM sync_outbox "
                            "ORDER BY seq").fetchall()
    notes = [e[3] for e in entries if e[2] == "case_notes"]
    changed = [e[3] for e in entries if e[2] == "cases"]
    marks = lambda ids: ",".join("?" * len(ids))  # noqa: E731
    note_rows = local.execute(f"SELECT id, case_id, author_id, created_at, body_ct FROM "
                              f"case_notes WHERE id IN ({marks(notes)})", notes).fetchall()
    case_rows = local.execute(f"SELECT id, risk_level, updated_at FROM cases WHERE id IN "
                              f"({marks(changed)})", changed).fetchall()
    with psycopg.connect(dsn) as remote, remote.cursor() as cur:
        cur.execute("SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE")
        cur.executemany("INSERT INTO case_notes (id, case_id, author_id, created_at, body_ct) "
                        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                        [(uuid.UUID(r[0]), uuid.UUID(r[1]), uuid.UUID(r[2]) if r[2] else None,
                          r[3] + "+00", r[4]) for r in note_rows])
        cur.executemany("UPDATE cases SET risk_level = %s, updated_at = %s WHERE id = %s",
                        [(r[1], r[2] + "+00", uuid.UUID(r[0])) for r in case_rows])
        cur.executemany("INSERT INTO sync_applied (change_id, desk_id, applied_at) "
                        "VALUES (%s, %s, now())", [(uuid.UUID(e[1]), desk_id) for e in entries])
    local.execute("DELETE FROM sync_outbox WHERE seq <= ?", (entries[-1][0],))
    local.commit()
    local.close()
    return time.perf_counter() - started


def _raw_idle(path: Path, desk_url: str) -> float:
    import psycopg

    started = time.perf_counter()
    local = sqlite3.connect(path)
    cursor = local.execute("SELECT cursor FROM sync_state").fetchone()[0]
    local.execute("SELECT count(*) FROM sync_outbox").fetchone()
    with psycopg.connect(desk_url.replace("postgresql+psycopg://", "postgresql://")) as remote:
        remote.execute("SELECT version_num FROM alembic_version").fetchone()
        remote.execute("SELECT 1 FROM sync_rows WHERE server_seq > %s LIMIT 1", (cursor,))
    local.close()
    return time.perf_counter() - started


# ---- pull ------------------------------------------------------------------------------

def _pull(server: _Server, work: Path, cases: int, progress: bool) -> dict:
    """A server holding `cases` cases (from a demo desk, copied in bulk), pulled by a new
    desk through the app, then by the raw baseline."""
    from ..demo.generator import DemoSize, generate_demo

    owner_url, desk_url = server.fresh_database("bench_pull")
    source = work / "source"
    if progress:
        print(f"  sync_pull_100k: building {cases:,} cases and loading the server",
              file=sys.stderr)
    generate_demo(source, DemoSize(contacts=int(cases * 1.5), cases=cases, services=500,
                                   seed=4))
    tables = _load_server(source / DESK_DB_NAME, owner_url)
    empty = work / "empty"
    init_desk(empty)
    template = open_desk_database(empty)
    template.close()

    desk = work / "new-desk"
    shutil.copytree(empty, desk)
    database = open_desk_database(desk)
    _register(database, "bench-new-desk")
    started = time.perf_counter()
    result = run_round(database, ServerLink(desk_url, None, "all"))
    app = time.perf_counter() - started
    database.close()
    if progress:
        print(f"  sync_pull_100k: {result.pulled:,} rows in {app:.1f} s", file=sys.stderr)
    raw_desk = work / "raw-desk"
    shutil.copytree(empty, raw_desk)
    raw = _raw_pull(raw_desk / DESK_DB_NAME, desk_url, tables)
    return _result("sync_pull_100k", [app], [raw],
                   f"a new desk pulls {cases:,} cases with their people, contacts, notes "
                   f"and the directory ({result.pulled:,} rows), one transaction per batch")


def _load_server(path: Path, owner_url: str) -> list[str]:
    """Copy every synced row of a desk file to the server as if pushed (bulk, untimed)."""
    import psycopg

    dsn = owner_url.replace("postgresql+psycopg://", "postgresql://")
    source = open_desk_database(path.parent)
    tables = [t for t in change_log.captured_tables() if t != "audit_events"]
    with psycopg.connect(dsn) as remote, source.engine.connect() as local:
        for name in tables:
            table = Base.metadata.tables[name]
            columns = [c.name for c in table.columns]
            with remote.cursor().copy(
                    f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in local.execute(select(table)):
                    copy.write_row([_copy_value(v) for v in row])
        seq = 0
        for name in tables:
            table = Base.metadata.tables[name]
            key = "id::text" if name == "organisation_keys" else "replace(id::text, '-', '')"
            if name in change_log.CENTRE_COLUMN:
                scope, join = "replace(t.centre_id::text, '-', '')", ""
            elif name in change_log.CENTRE_VIA:
                column, parent = change_log.CENTRE_VIA[name]
                scope = "coalesce(replace(p.centre_id::text, '-', ''), 'global')"
                join = f" LEFT JOIN {parent} p ON p.id = t.{column}"
            else:
                scope, join = "'global'", ""
            count = remote.execute(
                "INSERT INTO sync_rows (table_name, row_id, server_seq, scope, deleted, hlc, "
                f"field_clocks) SELECT '{name}', {key.replace('id', 't.id', 1)}, "
                f"{seq} + row_number() OVER (), {scope}, false, 1, '{{}}' FROM {name} t{join}"
            ).rowcount
            seq += count
        remote.execute("UPDATE sync_counter SET value = %s", (seq,))
    source.close()
    return tables


def _copy_value(value):
    import json

    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


def _raw_pull(path: Path, desk_url: str, tables: list[str]) -> float:
    """Every row of the same tables, selected in the desk's storage format (as the app
    asks PostgreSQL for it) and inserted with sqlite3: the data movement alone."""
    import psycopg

    started = time.perf_counter()
    local = sqlite3.connect(path)
    local.execute("PRAGMA cache_size = -65536")  # as the app's apply does
    local.execute("UPDATE sync_state SET applying = 1")  # pulled rows are not changes
    local.commit()
    with psycopg.connect(desk_url.replace("postgresql+psycopg://", "postgresql://")) as remote:
        for name in tables:
            columns = [c.name for c in Base.metadata.tables[name].columns]
            marks = ", ".join("?" * len(columns))
            cur = remote.cursor(name=f"pull_{name}")
            cur.execute(f"SELECT {protocol._storage_columns(name)} FROM {name}")
            while rows := cur.fetchmany(10000):
                local.executemany(f"INSERT OR REPLACE INTO {name} ({', '.join(columns)}) "
                                  f"VALUES ({marks})", rows)
                local.commit()
            cur.close()
    local.close()
    return time.perf_counter() - started
