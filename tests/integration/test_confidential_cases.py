"""Cases through the service layer: sealed on the way in, opened on the way out, with
permissions enforced here rather than by hiding buttons."""

import logging
import sqlite3
from datetime import date

import pytest
from sqlalchemy import select, update

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.logs import setup_logging
from workstation.persistence.base import sensitive_columns
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.persistence.models import AuditEvent, Case, Person
from workstation.services import cases
from workstation.services.accounts import sign_in


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk")
    generate_demo(folder, DemoSize(contacts=300, cases=80, services=20, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    users = {name: sign_in(database, name, DEMO_PASSWORD) for name in (
        "khi-counsellor1", "khi-counsellor2", "khi-lawyer1", "khi-supervisor1",
        "lhr-counsellor1", "lhr-supervisor1", "admin")}
    yield folder, database, users
    database.close()


def new_case(**overrides):
    values = dict(narrative="She was beaten again last night.", category_code="dv_physical",
                  district_code="SD-KHS", persons=[cases.PersonOnCase(
                      role="client", name="Ayesha Bibi", phone="0300-0111222",
                      cnic="42101-0000111-2", address="House 1, Street 2, Lyari",
                      birth_date=date(1990, 1, 2), sex="f")])
    return cases.CaseRecord(**(values | overrides))


def test_saved_case_reads_back(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    saved = cases.save_case(database, me, new_case())
    assert saved.reference.startswith("KHI-")
    opened = cases.open_case(database, me, saved.id)
    client = opened.persons[0]
    assert opened.narrative == "She was beaten again last night."
    assert (client.name, client.phone, client.cnic, client.birth_date) == (
        "Ayesha Bibi", "+923000111222", "4210100001112", date(1990, 1, 2))
    assert opened.counsellor_id == me.actor.user_id and opened.unreadable == []


def test_views_and_changes_are_audited_without_values(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    saved = cases.save_case(database, me, new_case())
    cases.open_case(database, me, saved.id)
    with database.uow() as uow:
        events = uow.session.execute(select(AuditEvent.action, AuditEvent.detail).where(
            AuditEvent.entity_id == saved.id).order_by(AuditEvent.occurred_at)).all()
    assert [e.action for e in events] == ["case_created", "case_viewed"]
    assert "Ayesha" not in str(events)


@pytest.mark.parametrize("who,restricted,allowed", [
    ("khi-counsellor1", False, True),    # the assigned counsellor
    ("khi-counsellor2", False, True),    # same centre
    ("khi-counsellor2", True, False),    # same centre, restricted, not assigned
    ("khi-lawyer1", True, False),        # not assigned as lawyer
    ("khi-supervisor1", True, True),
    ("lhr-counsellor1", False, False),   # another centre
    ("lhr-supervisor1", True, False),    # another centre's supervisor
    ("admin", False, False),             # admins never read case content
])
def test_who_may_open_a_case_is_enforced_by_the_service(desk, who, restricted, allowed):
    _, database, users = desk
    saved = cases.save_case(database, users["khi-counsellor1"], new_case(restricted=restricted))
    if allowed:
        assert cases.open_case(database, users[who], saved.id).id == saved.id
    else:
        with pytest.raises(PermissionDenied):
            cases.open_case(database, users[who], saved.id)
        with pytest.raises(PermissionDenied):
            cases.add_note(database, users[who], saved.id, "a note")


def test_a_damaged_field_does_not_stop_the_case_opening(desk, caplog):
    _, database, users = desk
    me = users["khi-counsellor1"]
    saved = cases.save_case(database, me, new_case())
    client_id = saved.persons[0].id
    with database.uow() as uow:
        envelope = uow.session.scalar(select(Person.address_ct).where(Person.id == client_id))
        flipped = envelope[:-3] + bytes([envelope[-3] ^ 1]) + envelope[-2:]
        uow.session.execute(update(Person).where(Person.id == client_id)
                            .values(address_ct=flipped))
        uow.commit()
    with caplog.at_level(logging.WARNING):
        opened = cases.open_case(database, me, saved.id)
    client = opened.persons[0]
    assert client.address is None and client.unreadable == ["address"]
    assert client.name == "Ayesha Bibi" and opened.narrative  # the rest opens
    assert opened.unreadable == ["client.address"]
    assert "damaged" in caplog.text and "Lyari" not in caplog.text
    # Saving now would write the empty address over the stored one: refused.
    opened.risk_level = "high"
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, me, opened)
    assert caught.value.field == "unreadable"
    with database.uow() as uow:
        assert uow.session.scalar(select(Person.address_ct).where(
            Person.id == client_id)) == flipped


@pytest.mark.parametrize("overrides,field", [
    (dict(persons=[cases.PersonOnCase(role="client", cnic="12345-123")]), "persons[0].cnic"),
    (dict(persons=[cases.PersonOnCase(role="client", phone="call me")]), "persons[0].phone"),
    (dict(persons=[cases.PersonOnCase(role="client", birth_date=date(2999, 1, 1))]),
     "persons[0].birth_date"),
    (dict(persons=[cases.PersonOnCase(role="boss")]), "persons[0].role"),
    (dict(narrative="x" * 1_000_000), "narrative"),
    (dict(district_code="XX-NOPE"), "district_code"),
    (dict(category_code="not_a_category"), "category_code"),
    (dict(status="archived"), "status"),
])
def test_bad_input_names_the_field_and_saves_nothing(desk, overrides, field):
    _, database, users = desk
    with database.uow() as uow:
        before = uow.session.query(Case).count()
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, users["khi-counsellor1"], new_case(**overrides))
    assert caught.value.field == field
    with database.uow() as uow:
        assert uow.session.query(Case).count() == before


def test_bidi_overrides_and_control_characters_are_removed(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    saved = cases.save_case(database, me, new_case(narrative="paid \u202e0001\u202c rupees\x00"))
    assert cases.open_case(database, me, saved.id).narrative == "paid 0001 rupees"


def test_notes_are_append_only_with_history(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    saved = cases.save_case(database, me, new_case())
    first = cases.add_note(database, me, saved.id, "Hearing on Monday.")
    cases.add_note(database, me, saved.id, "Hearing moved to Tuesday.", supersedes=first)
    history = cases.notes(database, me, saved.id)
    assert [n.body for n in history] == ["Hearing on Monday.", "Hearing moved to Tuesday."]
    assert history[1].supersedes_id == first


def test_a_person_from_another_case_cannot_be_overwritten(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    one = cases.save_case(database, me, new_case())
    other = cases.save_case(database, me, new_case())
    other.persons[0].id = one.persons[0].id
    with pytest.raises(ValidationError, match="not on this case"):
        cases.save_case(database, me, other)


MARKERS = {
    "name": "Zzmarkername Qq",
    "address": "Zzmarkeraddress Street",
    "phone": "0345-0987123",
    "cnic": "42101-0098712-3",
    "narrative": "Zzmarkernarrative happened",
    "note": "Zzmarkernote written",
}


def test_planted_markers_never_reach_disk_or_logs_in_clear(desk, tmp_path):
    folder, database, users = desk
    me = users["khi-counsellor1"]
    setup_logging(folder)
    saved = cases.save_case(database, me, new_case(
        narrative=MARKERS["narrative"],
        persons=[cases.PersonOnCase(role="client", name=MARKERS["name"], phone=MARKERS["phone"],
                                    cnic=MARKERS["cnic"], address=MARKERS["address"],
                                    birth_date=date(1911, 11, 11))]))
    cases.add_note(database, me, saved.id, MARKERS["note"])
    opened = cases.open_case(database, me, saved.id)
    assert opened.persons[0].name == MARKERS["name"]  # they do read back
    # The database file and its WAL as they are now (not checkpointed), and the logs.
    files = [folder / DESK_DB_NAME, folder / (DESK_DB_NAME + "-wal")]
    files += list((folder / "logs").glob("*"))
    blob = b"".join(p.read_bytes() for p in files if p.exists())
    needles = [m.encode() for m in MARKERS.values()] + [
        b"+923450987123", b"4210100987123", b"1911-11-11", "Zzmarker".encode("utf-16-le")]
    assert [n for n in needles if n in blob] == []


def test_every_sensitive_column_is_ciphertext_on_disk(desk):
    """No plaintext-looking value in any *_ct column: every one starts with the envelope
    header and is longer than header, nonce and tag."""
    folder, _, _ = desk
    with sqlite3.connect(folder / DESK_DB_NAME) as c:
        for table, columns in sensitive_columns().items():
            for column in columns:
                for (value,) in c.execute(f"SELECT {column} FROM {table} WHERE {column} "
                                          "IS NOT NULL LIMIT 200"):
                    assert isinstance(value, bytes) and value[0] == 1 and len(value) >= 31


def test_supervisors_read_the_trail_of_a_case_and_of_a_person(desk):
    from workstation.services import audit

    _, database, users = desk
    me = users["khi-counsellor1"]
    saved = cases.save_case(database, me, new_case())
    cases.open_case(database, users["khi-supervisor1"], saved.id)
    entries = audit.trail(database, users["khi-supervisor1"], case_id=saved.id)
    assert [(e.action, e.user) for e in entries][::-1] == [
        ("case_created", me.display_name),
        ("case_viewed", users["khi-supervisor1"].display_name)]
    by_person = audit.trail(database, users["admin"], user_id=me.actor.user_id)
    assert by_person and all(e.user == me.display_name for e in by_person)
    with pytest.raises(PermissionDenied):
        audit.trail(database, me, case_id=saved.id)
    with pytest.raises(ValidationError):
        audit.trail(database, users["khi-supervisor1"])


def test_notes_of_an_unknown_case_and_a_foreign_superseded_note(desk):
    import uuid

    _, database, users = desk
    me = users["khi-counsellor1"]
    with pytest.raises(ValidationError):
        cases.notes(database, me, uuid.uuid4())
    one = cases.save_case(database, me, new_case())
    other = cases.save_case(database, me, new_case())
    note = cases.add_note(database, me, one.id, "first")
    with pytest.raises(ValidationError) as caught:
        cases.add_note(database, me, other.id, "edit", supersedes=note)
    assert caught.value.field == "supersedes"


def test_who_works_on_a_case_is_checked_and_audited(desk):
    _, database, users = desk
    me, colleague = users["khi-counsellor1"], users["khi-counsellor2"]
    lawyer, supervisor = users["khi-lawyer1"], users["khi-supervisor1"]
    saved = cases.save_case(database, me, new_case())
    opened = cases.open_case(database, colleague, saved.id)
    opened.lawyer_id = colleague.actor.user_id  # not a lawyer, and not assigned
    with pytest.raises(PermissionDenied):
        cases.save_case(database, colleague, opened)
    opened = cases.open_case(database, me, saved.id)
    opened.lawyer_id = users["lhr-counsellor1"].actor.user_id
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, me, opened)
    assert caught.value.field == "lawyer_id"
    opened.lawyer_id = lawyer.actor.user_id
    assert cases.save_case(database, me, opened).lawyer_id == lawyer.actor.user_id
    removed = cases.open_case(database, supervisor, saved.id)
    removed.lawyer_id = None
    assert cases.save_case(database, supervisor, removed).lawyer_id is None
    with database.uow() as uow:
        details = [e.detail for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == saved.id,
                                     AuditEvent.action == "case_changed"))]
    assert all("lawyer_id" in d["fields"] for d in details) and len(details) == 2
    with pytest.raises(ValidationError):
        cases.save_case(database, me, new_case(counsellor_id=users["admin"].actor.user_id))
