"""Sync between desks (real SQLite files) through a real shared PostgreSQL."""

from __future__ import annotations

import sqlite3
import subprocess
import threading

import pytest
from sqlalchemy import create_engine, func, select, text

from tests.support.sync_desks import (
    DESK_ROLE_PASSWORD,
    fast_kdf,
    first_desk,
    link,
    new_desk,
    shared_server,
    signed_in,
)
from workstation.persistence import change_log
from workstation.persistence.models import Case, KeyWrap, SyncOutbox, User
from workstation.services import accounts, cases
from workstation.sync import (
    ClockSkew,
    ServerLink,
    ServerUnreachable,
    SyncError,
    list_conflicts,
    protocol,
    run_round,
    sync_status,
)
from workstation.sync.server import server_engine

pytestmark = pytest.mark.postgres


@pytest.fixture
def org(tmp_path, pg_url, monkeypatch):
    fast_kdf(monkeypatch)
    url = shared_server(pg_url)
    a, a_id, admin = first_desk(tmp_path / "a")
    run_round(a, link(url, a, None))
    b, b_id = new_desk(tmp_path / "b", "desk-b")
    run_round(b, link(url, a, "KHI"))
    yield url, (a, a_id, admin), (b, b_id)
    a.close()
    b.close()


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stored_as_written(database, name: str) -> bool:
    """Each stored value equals what SQLAlchemy writes for the value it reads back."""
    from workstation.persistence.base import Base

    table = Base.metadata.tables[name]
    dialect = database.engine.dialect
    raw = {r[0]: r[1:] for r in sqlite3.connect(database.path).execute(
        f"SELECT id, {', '.join(c.name for c in table.columns)} FROM {name}")}
    with database.engine.connect() as c:
        typed = c.execute(select(table)).all()
    assert typed
    for row in typed:
        stored = raw[table.c.id.type._cached_bind_processor(dialect)(row.id)
                     if table.c.id.type._cached_bind_processor(dialect) else row.id]
        for column, value, kept in zip(table.columns, row, stored, strict=True):
            bind = column.type._cached_bind_processor(dialect)
            if (bind(value) if bind and value is not None else value) != kept:
                return False
    return True


def _count(database, model) -> int:
    with database.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_new_desk_pulls_accounts_and_keys_and_anyone_signs_in_there(org):
    url, (a, a_id, _), (b, b_id) = org
    with b.uow() as uow:
        names = set(uow.session.scalars(select(User.username)))
    assert names == {"admin", "khi-c1", "khi-c2", "khi-sup", "lhr-c1", "boss"}
    session = signed_in(b, "lhr-c1", b_id)  # any user, any desk
    assert session.actor.role == "counsellor"
    assert sync_status(b).pending > 0  # the sign-in itself is audited and waits


def test_a_desk_pulls_its_centre_s_cases_and_not_the_others(org):
    url, (a, a_id, _), (b, b_id) = org
    khi = cases.save_case(a, signed_in(a, "khi-c1", a_id), cases.CaseRecord(
        narrative="Khi narrative", persons=[cases.PersonOnCase(role="client", name="K")]))
    lhr = cases.save_case(a, signed_in(a, "lhr-c1", a_id), cases.CaseRecord(
        narrative="Lhr narrative", persons=[cases.PersonOnCase(role="client", name="L")]))
    run_round(a, link(url, a, None))
    run_round(b, link(url, a, "KHI"))
    with b.uow() as uow:
        held = set(uow.session.scalars(select(Case.id)))
    assert khi.id in held and lhr.id not in held
    opened = cases.open_case(b, signed_in(b, "khi-c2", b_id), khi.id)
    assert opened.narrative == "Khi narrative" and opened.persons[0].name == "K"
    # Stored exactly as the desk itself writes values (times, ids, flags, JSON), so
    # every query compares pulled and local rows alike.
    for table in ("cases", "persons", "key_wraps", "categories", "centres", "users"):
        assert _stored_as_written(b, table)


def test_a_case_edited_on_two_desks_during_an_outage_ends_with_both_changes(org):
    url, (a, a_id, _), (b, b_id) = org
    on_a = signed_in(a, "khi-c1", a_id)
    on_b = signed_in(b, "khi-c2", b_id)
    case = cases.save_case(a, on_a, cases.CaseRecord(
        narrative="First account", risk_level="low",
        persons=[cases.PersonOnCase(role="client", name="Client One")]))
    run_round(a, link(url, a, None))
    run_round(b, link(url, a, "KHI"))
    # The network is down: each desk changes the case.
    record_a = cases.open_case(a, on_a, case.id)
    record_a.risk_level = "high"
    record_a.narrative = "Desk A's account"
    cases.save_case(a, on_a, record_a)
    record_b = cases.open_case(b, on_b, case.id)
    record_b.status = "open"
    record_b.persons[0].phone = "0300-1234567"
    record_b.narrative = "Desk B's account"
    cases.save_case(b, on_b, record_b)
    # It comes back.
    for database, code in ((a, None), (b, "KHI"), (a, None)):
        run_round(database, link(url, a, code))
    final_a = cases.open_case(a, on_a, case.id)
    final_b = cases.open_case(b, on_b, case.id)
    for final in (final_a, final_b):
        assert final.risk_level == "high"                       # desk A's change
        assert final.status == "open"                           # desk B's change
        assert final.persons[0].phone == "+923001234567"        # desk B's change
        assert final.narrative == "Desk B's account"            # the later writer
    # Desk A's narrative lost, and is kept for a supervisor.
    supervisor = signed_in(a, "khi-sup", a_id)
    found = [c for c in list_conflicts(a, supervisor) if c.column == "narrative_ct"]
    assert len(found) == 1 and found[0].row_id == case.id.hex
    assert found[0].losing_desk == "desk-a" and found[0].winning_desk == "desk-b"
    assert supervisor.keys.cipher.decrypt(found[0].losing_value, table="cases",
                                          column="narrative_ct",
                                          row_id=case.id) == "Desk A's account"
    # Reviewed in the window: opened for the supervisor, audited, refused to a counsellor.
    from workstation.domain.permissions import PermissionDenied
    from workstation.sync.conflicts import review_conflicts

    views = [v for v in review_conflicts(a, supervisor) if v.field == "narrative"]
    assert [(v.losing_text, v.unreadable) for v in views] == [("Desk A's account", False)]
    with pytest.raises(PermissionDenied):
        review_conflicts(a, on_a)


def test_different_fields_changed_on_two_desks_are_both_kept_without_conflict(org):
    url, (a, a_id, _), (b, b_id) = org
    on_a, on_b = signed_in(a, "khi-c1", a_id), signed_in(b, "khi-c2", b_id)
    case = cases.save_case(a, on_a, cases.CaseRecord(
        narrative="first", persons=[cases.PersonOnCase(role="client", name="Before")]))
    for database, code in ((a, None), (b, "KHI")):
        run_round(database, link(url, a, code))
    record = cases.open_case(a, on_a, case.id)
    record.narrative = "rewritten on desk A"
    cases.save_case(a, on_a, record)
    record = cases.open_case(b, on_b, case.id)       # B still has "first"
    record.status = "open"
    record.persons[0].address = "Lyari, Karachi"
    cases.save_case(b, on_b, record)                  # later than A's save
    for database, code in ((a, None), (b, "KHI"), (a, None)):
        run_round(database, link(url, a, code))
    for database, session in ((a, on_a), (b, on_b)):
        final = cases.open_case(database, session, case.id)
        assert (final.narrative, final.status, final.persons[0].name,
                final.persons[0].address) == ("rewritten on desk A", "open", "Before",
                                              "Lyari, Karachi")
    assert [c for c in list_conflicts(a, signed_in(a, "khi-sup", a_id))
            if c.row_id == case.id.hex] == []


def test_an_edit_after_seeing_the_other_desk_s_is_no_conflict(org):
    url, (a, a_id, _), (b, b_id) = org
    on_a, on_b = signed_in(a, "khi-c1", a_id), signed_in(b, "khi-c2", b_id)
    case = cases.save_case(a, on_a, cases.CaseRecord(narrative="one"))
    for database, code in ((a, None), (b, "KHI")):
        run_round(database, link(url, a, code))
    record = cases.open_case(b, on_b, case.id)
    record.narrative = "two"
    cases.save_case(b, on_b, record)
    for database, code in ((b, "KHI"), (a, None)):
        run_round(database, link(url, a, code))
    record = cases.open_case(a, on_a, case.id)
    assert record.narrative == "two"
    record.narrative = "three"
    cases.save_case(a, on_a, record)
    for database, code in ((a, None), (b, "KHI")):
        run_round(database, link(url, a, code))
    assert cases.open_case(b, on_b, case.id).narrative == "three"
    found = list_conflicts(b, signed_in(b, "khi-sup", b_id))
    assert found == []


def test_two_desks_giving_the_same_case_number_offline_end_with_two_numbers(org):
    url, (a, a_id, _), (b, b_id) = org
    one = cases.save_case(a, signed_in(a, "khi-c1", a_id), cases.CaseRecord(narrative="a"))
    two = cases.save_case(b, signed_in(b, "khi-c2", b_id), cases.CaseRecord(narrative="b"))
    assert one.reference == two.reference
    for database, code in ((a, None), (b, "KHI"), (a, None)):
        run_round(database, link(url, a, code))
    refs = []
    for database in (a, b):
        with database.uow() as uow:
            refs.append(dict(uow.session.execute(
                select(Case.id, Case.reference).where(Case.id.in_([one.id, two.id]))).all()))
    assert refs[0] == refs[1] and len(set(refs[0].values())) == 2
    assert refs[0][one.id] == one.reference  # the first to reach the server keeps it
    conflicts = list_conflicts(a, signed_in(a, "boss", a_id))
    assert [(c.column, c.reason, c.losing_value) for c in conflicts] == [
        ("reference", "duplicate", f'"{one.reference}"'.encode())]


def test_a_push_sent_twice_changes_nothing(org):
    url, (a, a_id, _), _ = org
    cases.save_case(a, signed_in(a, "khi-c1", a_id), cases.CaseRecord(narrative="x"))
    items = protocol.read_outbox(a, a_id, 1000)
    engine = server_engine(url.replace("cw_desk@", f"cw_desk:{DESK_ROLE_PASSWORD}@"))
    with engine.begin() as c:
        first = protocol.push_items(c, items, a_id)
    with engine.begin() as c:
        counter = c.execute(text("SELECT value FROM sync_counter")).scalar()
        again = protocol.push_items(c, items, a_id)
    with engine.begin() as c:
        assert c.execute(text("SELECT value FROM sync_counter")).scalar() == counter
    engine.dispose()
    assert first.applied == len(items) and first.already == 0
    assert again.applied == 0 and again.already == len(items)


def test_an_unreachable_server_is_a_message_and_the_outbox_stays(org, unused_port):
    url, (a, a_id, _), _ = org
    cases.save_case(a, signed_in(a, "khi-c1", a_id), cases.CaseRecord(narrative="x"))
    before = _count(a, SyncOutbox)
    nowhere = ServerLink(f"postgresql://cw_desk@127.0.0.1:{unused_port}/cw",
                         DESK_ROLE_PASSWORD, "all")
    with pytest.raises(ServerUnreachable) as caught:
        run_round(a, nowhere)
    assert str(caught.value).startswith(
        f"The shared database at 127.0.0.1:{unused_port} cannot be reached")
    assert "nothing is lost" in str(caught.value)
    assert _count(a, SyncOutbox) == before
    status = sync_status(a)
    assert status.pending == before and status.last_error.startswith("The shared database")


def test_a_desk_whose_clock_is_far_off_is_refused_and_keeps_its_changes(org, monkeypatch):
    url, (a, a_id, _), _ = org
    cases.save_case(a, signed_in(a, "khi-c1", a_id), cases.CaseRecord(narrative="x"))
    before = _count(a, SyncOutbox)
    real = change_log.now_ms
    monkeypatch.setattr(change_log, "now_ms", lambda: real() + 2 * 3600 * 1000 + 61_000)
    with pytest.raises(ClockSkew, match=r"clock is 2 h 1 min ahead of the shared database"):
        run_round(a, link(url, a, None))
    assert _count(a, SyncOutbox) == before
    monkeypatch.setattr(change_log, "now_ms", lambda: real() - 4 * 60 * 1000)
    assert run_round(a, link(url, a, None)).pending <= 1  # four minutes off: synced


def test_deleted_key_wraps_are_deleted_on_every_desk(org):
    url, (a, a_id, admin), (b, b_id) = org
    with b.uow() as uow:
        lhr = uow.session.scalar(select(User.id).where(User.username == "lhr-c1"))
        assert uow.session.scalar(select(func.count()).select_from(KeyWrap)
                                  .where(KeyWrap.user_id == lhr)) == 2
    accounts.set_active(a, admin, "lhr-c1", False)
    run_round(a, link(url, a, None))
    run_round(b, link(url, a, "KHI"))
    with b.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(KeyWrap)
                                  .where(KeyWrap.user_id == lhr)) == 0
        assert uow.session.get(User, lhr).active is False


def test_a_pull_never_passes_a_push_that_commits_late(org):
    """The second push waits for the first to commit, so no reader can see its numbers
    while the first push's lower numbers are still invisible."""
    url, (a, a_id, _), _ = org
    full = url.replace("cw_desk@", f"cw_desk:{DESK_ROLE_PASSWORD}@")
    engine = server_engine(full)
    with engine.connect() as c:
        cursor = c.execute(text("SELECT max(server_seq) FROM sync_rows")).scalar()

    def items(narrative):
        cases.save_case(a, signed_in(a, "khi-c1", a_id), cases.CaseRecord(narrative=narrative))
        found = protocol.read_outbox(a, a_id, 1000)
        protocol.acknowledge(a, found)
        return found

    first, second = items("first"), items("second")
    slow = engine.connect()
    slow_tx = slow.begin()
    protocol.push_items(slow, first, a_id)          # holds its numbers, not committed
    done = threading.Event()

    def push_second():
        with engine.begin() as c:
            protocol.push_items(c, second, a_id)
        done.set()

    thread = threading.Thread(target=push_second)
    thread.start()
    assert not done.wait(1.0)                       # it waits for the first
    with engine.connect() as reader:
        assert reader.execute(text("SELECT count(*) FROM sync_rows WHERE server_seq > :c"),
                              {"c": cursor}).scalar() == 0
    slow_tx.commit()
    slow.close()
    thread.join(10)
    with engine.connect() as reader:
        rows = reader.execute(text("SELECT row_id, server_seq FROM sync_rows "
                                   "WHERE server_seq > :c ORDER BY server_seq"),
                              {"c": cursor}).all()
    engine.dispose()
    first_ids = {i.row_id for i in first}
    seqs_first = [s for r, s in rows if r in first_ids]
    seqs_second = [s for r, s in rows if r not in first_ids]
    assert seqs_first and seqs_second and max(seqs_first) < min(seqs_second)


def test_the_desk_role_cannot_rewrite_the_audit_trail_or_change_the_schema(org, pg_url):
    url, (a, a_id, _), _ = org
    engine = create_engine(url.replace("cw_desk@", f"cw_desk:{DESK_ROLE_PASSWORD}@")
                           .replace("postgresql+psycopg", "postgresql+psycopg"))
    refused = []
    for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events",
                      "DELETE FROM sync_applied", "UPDATE case_notes SET author_id = NULL",
                      "CREATE TABLE evil (x int)", "DROP TABLE cases", "TRUNCATE cases",
                      "SELECT * FROM contact_drafts"):
        with engine.connect() as c:
            try:
                c.execute(text(statement))
            except Exception as exc:  # noqa: BLE001
                refused.append("permission denied" in str(exc) or "must be owner" in str(exc))
            else:
                refused.append(False)
    with engine.connect() as c:  # what it must do, it may
        assert c.execute(text("SELECT count(*) FROM audit_events")).scalar() > 0
    engine.dispose()
    assert refused == [True] * 8


def test_the_shared_database_holds_no_sensitive_value_in_clear(org, pg_cluster, pg_url):
    url, (a, a_id, _), (b, b_id) = org
    markers = {"name": "Zqxname Markerwoman", "phone": "0345-0987123",
               "cnic": "42101-0987123-1", "address": "Zqxaddress Street 9",
               "narrative": "Zqxnarrative of what happened", "note": "Zqxnote in the case"}
    on_b = signed_in(b, "khi-c2", b_id)
    case = cases.save_case(b, on_b, cases.CaseRecord(
        narrative=markers["narrative"], persons=[cases.PersonOnCase(
            role="client", name=markers["name"], phone=markers["phone"],
            cnic=markers["cnic"], address=markers["address"])]))
    cases.add_note(b, on_b, case.id, markers["note"])
    for database, code in ((b, "KHI"), (a, None)):
        run_round(database, link(url, a, code))
    assert cases.open_case(a, signed_in(a, "khi-c1", a_id), case.id).narrative == \
        markers["narrative"]
    dbname = pg_url.rsplit("/", 1)[1]
    dump = subprocess.run(
        [str(pg_cluster.bin / "pg_dump"), "-h", "127.0.0.1", "-p", str(pg_cluster.port),
         "-U", "postgres", "--data-only", dbname], capture_output=True, check=True).stdout
    needles = [m.encode() for m in markers.values()] + [
        b"Zqx", b"+923450987123", b"4210109871231", "Zqx".encode("utf-16-le")]
    assert [n for n in needles if n in dump] == []
    assert case.id.hex.encode() in dump or str(case.id).encode() in dump  # it is there


def test_a_key_rotation_on_one_desk_reaches_the_notes_on_every_desk(org):
    """Rotation re-encrypts notes (append-only): the new ciphertext must replace the old
    on the server and on other desks, or they become unreadable once the old key goes."""
    from workstation.services import keys as key_service

    url, (a, a_id, admin), (b, b_id) = org
    on_b = signed_in(b, "khi-c2", b_id)
    case = cases.save_case(b, on_b, cases.CaseRecord(narrative="before the rotation"))
    cases.add_note(b, on_b, case.id, "a note written under the first key")
    for database, code in ((b, "KHI"), (a, None)):
        run_round(database, link(url, a, code))
    key_service.rotate(a, admin)
    while key_service.reencrypt_batch(a, admin):
        pass
    for database, code in ((a, None), (b, "KHI")):
        run_round(database, link(url, a, code))
    fresh = signed_in(b, "khi-c1", b_id)  # signs in with the new key only
    assert [n.body for n in cases.notes(b, fresh, case.id)] == [
        "a note written under the first key"]
    assert cases.open_case(b, fresh, case.id).narrative == "before the rotation"


def test_a_desk_with_its_own_organisation_cannot_join_another_s_server(org, tmp_path):
    url, (a, _, _), _ = org
    other, _, _ = first_desk(tmp_path / "other")
    try:
        with pytest.raises(SyncError, match="its own organisation keys"):
            run_round(other, link(url, other, None))
        assert sync_status(other).pending > 0  # nothing was sent
    finally:
        other.close()
