"""The desk's change log: every write to a synced table is recorded in the same
transaction, whoever writes it; desk-local tables never are."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from tests.support.sync_desks import fast_kdf, first_desk, signed_in
from workstation.persistence.change_log import LOCAL_TABLES, captured_tables
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.persistence.models import SyncOutbox
from workstation.services import cases, contacts


@pytest.fixture
def desk(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    database, desk_id, _ = first_desk(tmp_path)
    session = signed_in(database, "khi-c1", desk_id)
    with database.engine.begin() as c:
        c.execute(SyncOutbox.__table__.delete())
    yield tmp_path, database, session
    database.close()


def _log(database):
    with database.engine.connect() as c:
        return c.execute(select(SyncOutbox.table_name, SyncOutbox.op, SyncOutbox.columns,
                                SyncOutbox.hlc).order_by(SyncOutbox.seq)).all()


def test_a_saved_case_is_logged_with_its_clock_in_the_same_transaction(desk):
    _, database, session = desk
    saved = cases.save_case(database, session, cases.CaseRecord(
        narrative="x", persons=[cases.PersonOnCase(role="client", name="P")]))
    logged = _log(database)
    tables = [t for t, *_ in logged]
    assert {"cases", "persons", "case_persons", "case_status_changes",
            "audit_events"} <= set(tables)
    assert len({hlc for *_, hlc in logged}) == 1 and logged[0].hlc is not None
    record = cases.open_case(database, session, saved.id)
    record.risk_level = "high"
    cases.save_case(database, session, record)
    updates = [row for row in _log(database) if row.table_name == "cases" and row.op == "U"
               and row.columns != "*"]
    assert updates and set(updates[-1].columns.split(",")) == {"risk_level", "updated_at"}


def test_a_write_that_rolls_back_leaves_nothing_in_the_log(desk):
    _, database, _ = desk
    with pytest.raises(RuntimeError), database.transaction() as c:
        c.execute(text("UPDATE centres SET name = 'Renamed'"))
        raise RuntimeError("power cut")
    assert _log(database) == []


def test_writes_by_another_sqlite_client_are_logged_too(desk):
    folder, database, _ = desk
    with sqlite3.connect(folder / DESK_DB_NAME) as raw:
        raw.execute("UPDATE centres SET name = 'Karachi Centre' WHERE code = 'KHI'")
        raw.execute("UPDATE centres SET name = name")  # changes nothing: nothing logged
    raw.close()
    assert _log(database) == [("centres", "U", "name", None)]  # stamped when pushed


def test_drafts_and_local_settings_never_enter_the_log(desk):
    _, database, session = desk
    contact_id = contacts.start_contact(database, session)
    before = len(_log(database))
    contacts.save_draft(database, session, contact_id, contacts.ContactForm(language="ur"))
    with database.engine.begin() as c:
        c.execute(text("INSERT INTO local_settings (key, value) VALUES ('x', 'y')"))
    assert len(_log(database)) == before
    assert not {"contact_drafts", "local_settings"} & set(captured_tables())
    assert LOCAL_TABLES.isdisjoint(captured_tables())


def test_triggers_removed_from_the_file_come_back_when_it_is_opened(desk):
    folder, database, _ = desk
    with sqlite3.connect(folder / DESK_DB_NAME) as raw:
        raw.execute("DROP TRIGGER cw_sync_cases_upd")
    raw.close()
    database.close()
    again = open_desk_database(folder)
    with again.engine.connect() as c:
        names = set(c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                      ).scalars())
    again.close()
    assert {f"cw_sync_{t}_{op}" for t in captured_tables() for op in ("ins", "upd", "del")} \
        <= names


def test_demo_data_is_never_queued_for_a_shared_database(small_demo):
    database = open_desk_database(small_demo)
    try:
        queued = {t for t, *_ in _log(database)}
    finally:
        database.close()
    assert not queued & {"cases", "persons", "contacts", "users", "audit_events"}
