"""Import an HSDS 3.0 directory: JSON (a service, a list, or an API page) or the tabular
data package (a folder of CSV files with datapackage.json).

The whole input is read and checked before anything is written; with errors nothing is
written unless the caller asks for `valid_only`, and then only records that passed along
with everything they need. Rows are matched by their HSDS id, so importing the same file
again updates instead of duplicating. Bad input is reported, never raised.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import bindparam, delete, select, text, update

from ..persistence.database import Database
from . import search
from .bundle import Bundle, Problem
from .csv_reader import read_package
from .json_reader import read_json
from .tables import SERVICE_CHILDREN, TABLES, WRITE_ORDER
from .validate import Checked, check

Progress = Callable[[int, int], None]
CHUNK = 500
# Columns that point at a row of the same table: written in a second pass, once every
# row of the table exists, so the order of rows in the file does not matter.
SELF_LINKS = {"organizations": "parent_organization_id", "taxonomy_terms": "parent_id"}


@dataclass
class ImportReport:
    written: dict[str, int] = field(default_factory=dict)   # rows inserted or updated
    rejected: dict[str, int] = field(default_factory=dict)  # records refused
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def services(self) -> int:
        return self.written.get("services", 0)


def read_directory(path: Path) -> Bundle:
    """Read a JSON file, a CSV package folder, a datapackage.json or one CSV of a package."""
    bundle = Bundle()
    path = Path(path)
    if path.is_dir():
        read_package(path, bundle)
    elif path.suffix.lower() == ".csv" or path.name == "datapackage.json":
        read_package(path.parent, bundle)
    elif path.is_file():
        read_json(path, bundle)
    else:
        bundle.error(path.name, "", "", "there is no such file or folder.")
    return bundle


def import_directory(database: Database, path: Path, *, valid_only: bool = False,
                     progress: Progress | None = None) -> ImportReport:
    bundle = read_directory(path)
    checked, problems = check(bundle, lambda table, ids: _stored_ids(database, table, ids))
    report = ImportReport(rejected=dict(checked.rejected), problems=problems)
    if report.errors and not valid_only:
        return report
    report.written = _write(database, checked, progress)
    search.directory_changed(database)
    return report


def _stored_ids(database: Database, table: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    column = TABLES[table].model.__table__.c.id
    found: set[uuid.UUID] = set()
    ordered = list(ids)
    with database.engine.connect() as connection:
        for start in range(0, len(ordered), CHUNK):
            found.update(connection.scalars(
                select(column).where(column.in_(ordered[start:start + CHUNK]))))
    return found


def _write(database: Database, checked: Checked, progress: Progress | None) -> dict[str, int]:
    total = sum(len(checked.rows[t]) for t in WRITE_ORDER)
    done, written = 0, {}
    with database.transaction() as connection:
        for table_name in WRITE_ORDER:
            rows = checked.rows[table_name]
            if not rows:
                continue
            table = TABLES[table_name].model.__table__
            present = _present(connection, table, list(rows))
            self_link = SELF_LINKS.get(table_name)
            new, changed = [], []
            for row_id, row in rows.items():
                values = dict(row)
                if self_link:
                    values[self_link] = None
                (changed if row_id in present else new).append(values)
            capture = _BulkCapture(connection, table_name) if new else None
            for start in range(0, len(new), CHUNK):
                chunk = new[start:start + CHUNK]
                with capture:
                    connection.execute(table.insert(), [_with_defaults(table, r)
                                                        for r in chunk])
                    capture.record([r["id"] for r in chunk])
                done += len(chunk)
                if progress:
                    progress(done, total)
            _update(connection, table, changed)
            done += len(changed)
            if progress and changed:
                progress(done, total)
            if self_link:
                links = [{"_id": i, self_link: r[self_link]} for i, r in rows.items()
                         if r[self_link] is not None]
                if links:
                    connection.execute(update(table).where(table.c.id == bindparam("_id"))
                                       .values({self_link: bindparam(self_link)}), links)
            written[table_name] = len(rows)
        _drop_stale_children(connection, checked)
    return written


class _BulkCapture:
    """New rows announced to the change log with one statement per chunk instead of one
    trigger run per row: the same entries the insert trigger writes (op U, every
    column), at a third of the cost — an import of 20,000 services writes some 200,000
    rows. The capture triggers stand aside meanwhile, as they do for rows pulled from
    the server; where they stand aside already (the demo generator), nothing is written,
    as they would write nothing. Updates and deletes keep the triggers, which list the
    columns that changed."""

    def __init__(self, connection, table_name: str):
        self.connection = connection
        self.table_name = table_name
        self.active = False
        if connection.dialect.name != "sqlite" or table_name not in _captured():
            return
        applying = connection.exec_driver_sql(
            "SELECT applying FROM sync_state WHERE id = 1").scalar()
        self.active = applying != 1

    def __enter__(self):
        if self.active:
            self.connection.exec_driver_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
        return self

    def record(self, ids: list[uuid.UUID]) -> None:
        if not self.active:
            return
        table = TABLES[self.table_name].model.__table__
        self.connection.execute(
            text(f"INSERT INTO sync_outbox (change_id, table_name, row_id, op, columns, "
                 f"base_cursor) SELECT lower(hex(randomblob(16))), :name, CAST(id AS TEXT), "
                 f"'U', '*', coalesce((SELECT cursor FROM sync_state WHERE id = 1), 0) "
                 f"FROM {table.name} WHERE id IN :ids")
            .bindparams(bindparam("ids", expanding=True, type_=table.c.id.type)),
            {"name": table.name, "ids": ids})

    def __exit__(self, *_exc) -> None:
        if self.active:
            self.connection.exec_driver_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")


@cache
def _captured() -> frozenset[str]:
    from ..persistence.change_log import captured_tables

    names = {TABLES[t].model.__table__.name: t for t in TABLES}
    return frozenset(names[n] for n in captured_tables() if n in names)


def _present(connection, table, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(connection.scalars(select(table.c.id)
                                        .where(table.c.id.in_(ids[start:start + CHUNK]))))
    return found


def _with_defaults(table, row: dict) -> dict:
    """A new row gets the model's defaults for the local columns the file did not set."""
    values = dict(row)
    for column in table.columns:
        if column.name not in values and column.default is not None and \
                column.default.is_scalar:
            values[column.name] = column.default.arg
    return values


def _update(connection, table, rows: list[dict]) -> None:
    """Update existing rows; local columns the file does not carry (a shelter's
    confidential mark set at this desk) are left as they are."""
    by_columns: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        by_columns.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
    for columns, group in by_columns.items():
        statement = (update(table).where(table.c.id == bindparam("_id"))
                     .values({c: bindparam(c) for c in columns}))
        params = [{"_id": r["id"], **{c: r[c] for c in columns}} for r in group]
        for start in range(0, len(params), CHUNK):
            connection.execute(statement, params[start:start + CHUNK])


def _drop_stale_children(connection, checked: Checked) -> None:
    """A service re-imported without a phone it had before loses that phone here too."""
    service_ids = list(checked.rows["services"])
    if not service_ids:
        return
    for table_name in (*SERVICE_CHILDREN, "attributes"):
        table = TABLES[table_name].model.__table__
        owner = table.c.link_id if table_name == "attributes" else table.c.service_id
        keep = set(checked.rows[table_name])
        for start in range(0, len(service_ids), CHUNK):
            chunk = service_ids[start:start + CHUNK]
            stale = [i for i in connection.scalars(select(table.c.id).where(owner.in_(chunk)))
                     if i not in keep]
            for s in range(0, len(stale), CHUNK):
                connection.execute(delete(table).where(table.c.id.in_(stale[s:s + CHUNK])))
