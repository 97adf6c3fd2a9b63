"""Opening the desk's SQLite database (or any SQLAlchemy URL) safely.

Every failure a person can meet — no file, a damaged file, a file locked by another
program, a file from a newer version, a folder that cannot be written — becomes a
`DatabaseError` or `DataFolderError` with a message that says what to do. Nothing here
ever deletes or overwrites an existing file; an upgrade first copies the file aside.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from ..errors import DatabaseError, DataFolderError
from . import change_log, migrate
from .uow import UnitOfWork

log = logging.getLogger(__name__)

DESK_DB_NAME = "desk.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    engine: Engine
    path: Path | None = None

    def __post_init__(self) -> None:
        # expire_on_commit=False: DTOs are built after commit without another query.
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

    def transaction(self):
        """A Core connection in a transaction that commits when the block ends without an
        exception: for hot paths written as Core statements (no ORM session needed)."""
        return self.engine.begin()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a power cut,
    # and load-shedding is a daily event at these desks.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def sqlite_engine(path: Path) -> Engine:
    # hide_parameters: SQL errors must not carry row values into logs or messages.
    engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    # Every write to a synced table is logged by triggers (change_log); this stamps the
    # log entries of a committing transaction with the desk's hybrid logical clock.
    event.listen(engine, "commit", change_log.stamp_commit)
    return engine


def ensure_data_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(
            f"The data folder {folder} cannot be created ({exc.strerror}).",
            hint="Choose another folder with --data-dir or fix its permissions.",
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(
            f"The data folder {folder} cannot be written.",
            hint="Choose another folder with --data-dir or fix its permissions.",
        )
    return folder


def _check_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"The desk database {path} cannot be read ({exc.strerror}).") from None
    if header != SQLITE_MAGIC:
        raise DatabaseError(
            f"The file {path} is not a desk database or is damaged.",
            hint="It was left untouched. Restore it from a backup, or start a new one "
            "with --data-dir pointing to an empty folder.",
        )


def _translate(exc: Exception, path: Path | None) -> DatabaseError:
    text_ = str(getattr(exc, "orig", exc)).lower()
    where = f" {path}" if path else ""
    if "locked" in text_ or "busy" in text_:
        return DatabaseError(
            f"The desk database{where} is locked by another program.",
            hint="Close the other Counsellor Workstation window or command and try again.",
        )
    if "not a database" in text_ or "malformed" in text_ or "corrupt" in text_:
        return DatabaseError(
            f"The desk database{where} is damaged.",
            hint="It was left untouched. Restore it from a backup.",
        )
    if "readonly" in text_ or "read-only" in text_ or "unable to open" in text_:
        return DatabaseError(
            f"The desk database{where} cannot be written.",
            hint="Check the permissions of the file and its folder.",
        )
    return DatabaseError(f"The desk database{where} cannot be used: {text_}")


def _backup_before_upgrade(path: Path, from_revision: str) -> Path:
    target = path.with_name(f"{path.stem}.before-upgrade-from-{from_revision}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def _bring_to_head(database: Database) -> None:
    current = database.schema_revision()
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None and current not in migrate.known_revisions():
        raise DatabaseError(
            f"This database was written by a newer version of Counsellor Workstation "
            f"(schema {current}; this version knows up to {head}).",
            hint="Install the newer version. The file was left untouched.",
        )
    if current is not None and database.path is not None:
        backup = _backup_before_upgrade(database.path, current)
        log.info("schema upgrade %s -> %s; copy kept at %s", current, head, backup)
    migrate.upgrade(database.engine)


def open_desk_database(data_dir: Path, *, create: bool = False) -> Database:
    """Open (and with `create`, make) the desk database in `data_dir`, migrated to head."""
    folder = ensure_data_folder(data_dir) if create else data_dir
    path = folder / DESK_DB_NAME
    if path.exists():
        _check_sqlite_file(path)
    elif not create:
        raise DatabaseError(
            f"There is no desk database in {folder}.",
            hint="Create one with `workstation init` (or `workstation demo` for demo data).",
        )
    database = Database(sqlite_engine(path), path)
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master"))
        _bring_to_head(database)
        with database.engine.begin() as connection:
            change_log.install_triggers(connection)
    except (OperationalError, SQLDatabaseError) as exc:
        database.close()
        raise _translate(exc, path) from None
    except DatabaseError:
        database.close()
        raise
    return database


def open_url(url: str, *, migrate_to_head: bool = True) -> Database:
    """Open a database by SQLAlchemy URL (the shared PostgreSQL, or SQLite in tests)."""
    database = Database(create_engine(url, pool_pre_ping=True, hide_parameters=True))
    try:
        if migrate_to_head:
            _bring_to_head(database)
    except (OperationalError, SQLDatabaseError) as exc:
        database.close()
        raise _translate(exc, None) from None
    return database
