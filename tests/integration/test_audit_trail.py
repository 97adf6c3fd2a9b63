"""The hash chain finds an entry that was changed, removed or reordered."""

import sqlite3
import subprocess
import sys

import pytest

from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.services import audit


@pytest.fixture
def trail(tmp_path):
    database = open_desk_database(tmp_path, create=True)
    with database.uow() as uow:
        for n in range(6):
            audit.record(uow.session, action="view", user_id=None, desk_id=None,
                         entity="case", detail={"n": n})
        uow.commit()
    database.close()
    return tmp_path


def _verify(folder):
    database = open_desk_database(folder)
    try:
        return audit.verify(database)
    finally:
        database.close()


def _sql(folder, statement):
    with sqlite3.connect(folder / DESK_DB_NAME) as c:
        c.execute(statement)
    c.close()


def test_an_untouched_trail_verifies(trail):
    result = _verify(trail)
    assert result.ok and result.entries == 6 and result.chains == 1


def test_a_changed_entry_is_found(trail):
    _sql(trail, "UPDATE audit_events SET detail = '{\"n\": 99}' WHERE desk_seq = 3")
    result = _verify(trail)
    assert result.problems == ["the command line: entry 3 was changed."]


def test_a_removed_entry_is_found(trail):
    _sql(trail, "DELETE FROM audit_events WHERE desk_seq = 2")
    assert "entry 2 is missing" in _verify(trail).problems[0]


def test_a_removed_and_renumbered_entry_is_found(trail):
    _sql(trail, "DELETE FROM audit_events WHERE desk_seq = 2")
    _sql(trail, "UPDATE audit_events SET desk_seq = desk_seq - 1 WHERE desk_seq > 2")
    assert "does not follow" in _verify(trail).problems[0]


def test_reordered_entries_are_found(trail):
    _sql(trail, "UPDATE audit_events SET desk_seq = 100 WHERE desk_seq = 4")
    _sql(trail, "UPDATE audit_events SET desk_seq = 4 WHERE desk_seq = 5")
    _sql(trail, "UPDATE audit_events SET desk_seq = 5 WHERE desk_seq = 100")
    assert not _verify(trail).ok


def test_the_command_exits_7_on_a_broken_trail(trail):
    ok = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(trail), "audit",
                         "verify"], capture_output=True, text=True)
    assert ok.returncode == 0 and "intact: 6 entries" in ok.stdout
    _sql(trail, "UPDATE audit_events SET action = 'nothing' WHERE desk_seq = 1")
    broken = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(trail),
                             "audit", "verify"], capture_output=True, text=True)
    assert broken.returncode == 7 and "entry 1 was changed" in broken.stderr


def test_rolled_back_entries_never_become_the_chain_tail(trail):
    database = open_desk_database(trail)
    try:
        with pytest.raises(RuntimeError), database.transaction() as c:
            audit.record(c, action="view", user_id=None, desk_id=None)
            raise RuntimeError("the change failed")
        with database.transaction() as c:
            audit.record(c, action="view", user_id=None, desk_id=None, detail={"n": 6})
        result = audit.verify(database)
    finally:
        database.close()
    assert result.ok and result.entries == 7


def test_two_writers_cannot_take_the_same_place_in_a_chain(trail):
    """The command line's chain has no desk; its places are unique all the same."""
    from sqlalchemy.exc import IntegrityError

    database = open_desk_database(trail)
    try:
        with pytest.raises(IntegrityError), database.transaction() as c:
            c.exec_driver_sql("INSERT INTO audit_events (id, occurred_at, action, detail, "
                              "desk_seq, prev_hash, entry_hash) SELECT "
                              "'00000000000040008000000000000099', occurred_at, action, "
                              "detail, desk_seq, prev_hash, entry_hash FROM audit_events "
                              "WHERE desk_seq = 6")
        assert audit.verify(database).ok
    finally:
        database.close()


@pytest.mark.postgres
def test_a_server_in_pakistan_time_still_verifies(pg_url):
    """PostgreSQL answers in its session's time zone; the chain hashes UTC times."""
    import psycopg

    from workstation.persistence.database import open_url

    database_name = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql"),
                         autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE \"{database_name}\" SET timezone TO 'Asia/Karachi'")
    database = open_url(pg_url)
    try:
        with database.transaction() as c:
            for n in range(3):
                audit.record(c, action="view", user_id=None, desk_id=None, detail={"n": n})
        result = audit.verify(database)
    finally:
        database.close()
    assert result.ok and result.entries == 3


def test_two_processes_popping_screens_at_once_both_succeed(tmp_path):
    """The app and the command line append to one desk's chain at the same moment."""
    import subprocess
    import sys

    from tests.conftest import DEMO_UNTIL
    from workstation.demo.generator import DemoSize, generate_demo

    generate_demo(tmp_path, DemoSize(contacts=50, cases=5, services=2, until=DEMO_UNTIL))
    script = (
        "import sys; from pathlib import Path\n"
        "from workstation.persistence.database import open_desk_database\n"
        "from workstation.services.accounts import sign_in\n"
        "from workstation.services.calls import screen_pop\n"
        "db = open_desk_database(Path(sys.argv[1]))\n"
        "me = sign_in(db, 'khi-counsellor1', 'demo')\n"
        "for n in range(40): screen_pop(db, me, '0345-0911%03d' % n)\n")
    runs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path)],
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    database = open_desk_database(tmp_path)
    try:
        result = audit.verify(database)
    finally:
        database.close()
    assert result.ok and result.entries >= 80 + 2  # two sign-ins, 80 screen pops
