"""Opening the desk database: every bad file gives a clear message and stays untouched."""

import sqlite3
import threading

import pytest
from sqlalchemy import text

from workstation.errors import DatabaseError, DataFolderError
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.services.desk import init_desk


def test_wal_and_foreign_keys_are_on(tmp_path):
    database = open_desk_database(tmp_path, create=True)
    try:
        with database.engine.connect() as c:
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        database.close()


def test_missing_database_says_how_to_create_one(tmp_path):
    with pytest.raises(DatabaseError) as caught:
        open_desk_database(tmp_path)
    assert "workstation init" in str(caught.value)
    assert not (tmp_path / DESK_DB_NAME).exists()


def test_damaged_file_is_reported_and_left_byte_identical(tmp_path):
    path = tmp_path / DESK_DB_NAME
    garbage = b"this is not a database\x00" * 100
    path.write_bytes(garbage)
    with pytest.raises(DatabaseError, match="damaged"):
        open_desk_database(tmp_path, create=True)
    assert path.read_bytes() == garbage


def test_damaged_pages_behind_a_valid_header_are_reported(tmp_path):
    init_desk(tmp_path)
    path = tmp_path / DESK_DB_NAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the magic
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / (DESK_DB_NAME + suffix)).unlink(missing_ok=True)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="damaged"):
        open_desk_database(tmp_path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    init_desk(tmp_path)
    path = tmp_path / DESK_DB_NAME
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    c.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version") as caught:
        open_desk_database(tmp_path)
    assert "9999_from_the_future" in str(caught.value)
    assert path.read_bytes() == before


def test_locked_database_gives_a_clear_message(tmp_path, monkeypatch):
    import workstation.persistence.database as db_module

    init_desk(tmp_path)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(tmp_path / DESK_DB_NAME, check_same_thread=False)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    try:
        with pytest.raises(DatabaseError, match="locked by another program"):
            open_desk_database(tmp_path)
    finally:
        holder.rollback()
        holder.close()
    open_desk_database(tmp_path).close()  # and it opens once released


def test_unwritable_data_folder_is_reported(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError, match="cannot be created"):
        open_desk_database(blocker / "data", create=True)


def test_init_twice_keeps_the_first_database(tmp_path):
    first = init_desk(tmp_path)
    assert first.created
    marker = tmp_path / DESK_DB_NAME
    with sqlite3.connect(marker) as c:
        c.execute("UPDATE categories SET name_en = 'edited by admin' WHERE code = 'dv_physical'")
    c.close()
    second = init_desk(tmp_path)
    assert not second.created
    with sqlite3.connect(marker) as c:
        assert c.execute("SELECT name_en FROM categories WHERE code = 'dv_physical'"
                         ).fetchone()[0] == "edited by admin"


def test_unit_of_work_discards_what_was_not_committed(tmp_path):
    from workstation.persistence.models import Centre

    database = open_desk_database(tmp_path, create=True)
    try:
        with database.uow() as uow:
            uow.session.add(Centre(code="TMP", name="x", district_code="SD-HYD"))
        with pytest.raises(RuntimeError), database.uow() as uow:
            uow.session.add(Centre(code="TM2", name="y", district_code="SD-HYD"))
            uow.session.flush()
            raise RuntimeError("boom")
        with database.uow() as uow:
            assert uow.session.query(Centre).count() == 0
    finally:
        database.close()


def test_concurrent_readers_while_writing(tmp_path):
    """WAL: the screens keep reading while the background runner writes."""
    from workstation.persistence.models import Centre

    database = open_desk_database(tmp_path, create=True)
    errors = []

    def write():
        try:
            for n in range(50):
                with database.uow() as uow:
                    uow.session.add(Centre(code=f"C{n}", name="x", district_code="SD-HYD"))
                    uow.commit()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    while thread.is_alive():
        with database.uow() as uow:
            uow.session.query(Centre).count()
    thread.join()
    database.close()
    assert errors == []


def test_an_older_desk_database_is_upgraded_with_a_copy_kept(tmp_path):
    import uuid
    from datetime import datetime, timezone

    from workstation.persistence import migrate
    from workstation.persistence.database import sqlite_engine
    from workstation.persistence.models import Centre

    path = tmp_path / DESK_DB_NAME
    engine = sqlite_engine(path)
    migrate.upgrade(engine, "0001")
    with engine.begin() as c:
        now = datetime.now(timezone.utc)
        c.execute(Centre.__table__.insert(), {"id": uuid.uuid4(), "code": "KHI",
                                              "name": "Karachi", "district_code": "SD-KHS",
                                              "is_demo": False, "created_at": now,
                                              "updated_at": now})
    engine.dispose()
    database = open_desk_database(tmp_path)
    try:
        assert database.schema_revision() == migrate.head_revision() != "0001"
        with database.uow() as uow:
            assert uow.session.query(Centre).one().code == "KHI"
    finally:
        database.close()
    copy = tmp_path / "desk.before-upgrade-from-0001.sqlite3"
    assert copy.exists()
    with sqlite3.connect(copy) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert c.execute("SELECT code FROM centres").fetchone()[0] == "KHI"
    c.close()
