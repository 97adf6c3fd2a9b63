"""Issue "Confidential data", done-when: unique markers planted through the service layer
in every sensitive field never appear in the database file, its WAL or the logs, and
they read back correctly through the services."""

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.logs import setup_logging
from workstation.persistence.base import sensitive_columns, utcnow
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.persistence.models import Service
from workstation.services import (
    appointments,
    callbacks,
    case_drafts,
    cases,
    consent,
    contacts,
    follow_ups,
    legal,
    referrals,
    retention,
)
from workstation.services.accounts import sign_in
from workstation.services.calls import screen_pop
from workstation.services.contacts import ContactForm

# Free-text markers are unique words; numbers are unique valid numbers in the demo block.
TEXT = {
    ("persons", "name_ct"): "Zqmarkname Person",
    ("persons", "address_ct"): "Zqmarkaddress Lane",
    ("cases", "narrative_ct"): "Zqmarknarrative told",
    ("case_notes", "body_ct"): "Zqmarkcasenote written",
    ("contacts", "summary_ct"): "Zqmarksummary given",
    ("contact_notes", "body_ct"): "Zqmarkcontactnote typed",
    ("contact_drafts", "form_ct"): "Zqmarkdraft half",
    ("case_drafts", "form_ct"): "Zqmarkcasedraft typed",
    ("follow_ups", "description_ct"): "Zqmarkfollowup due",
    ("appointments", "notes_ct"): "Zqmarkappointment notes",
    ("appointments", "client_name_ct"): "Zqmarkexpected Client",
    ("referrals", "notes_ct"): "Zqmarkreferral notes",
    ("caller_flags", "note_ct"): "Zqmarkflag note",
    ("case_status_changes", "reason_ct"): "Zqmarkreopen reason",
    ("legal_steps", "reference_ct"): "Zqmarkfir 77/2026",
    ("legal_steps", "notes_ct"): "Zqmarklegal notes",
    ("referrals", "override_reason_ct"): "Zqmarkoverride reason",
    ("hearings", "purpose_ct"): "Zqmarkhearing purpose",
    ("legal_holds", "reason_ct"): "Zqmarkhold reason",
}
NUMBERS = {
    ("persons", "phone_ct"): "+923450911001",
    ("persons", "cnic_ct"): "4000091100111",
    ("persons", "birth_date_ct"): "1909-09-09",
    ("contacts", "phone_ct"): "+923450911002",
    ("callbacks", "phone_ct"): "+923450911003",
    ("caller_flags", "phone_ct"): "+923450911004",
    ("appointments", "phone_ct"): "+923450911005",
}


def _local(e164: str) -> str:
    return "0" + e164[3:6] + "-" + e164[6:]


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("markers")
    generate_demo(folder, DemoSize(contacts=100, cases=20, services=5, until=DEMO_UNTIL))
    setup_logging(folder)
    database = open_desk_database(folder)
    me = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
    case = cases.save_case(database, me, cases.CaseRecord(
        category_code="dv_physical", narrative=TEXT[("cases", "narrative_ct")],
        persons=[cases.PersonOnCase(
            role="client", name=TEXT[("persons", "name_ct")],
            phone=_local(NUMBERS[("persons", "phone_ct")]),
            cnic=NUMBERS[("persons", "cnic_ct")],
            address=TEXT[("persons", "address_ct")],
            birth_date=date.fromisoformat(NUMBERS[("persons", "birth_date_ct")]))]))
    cases.add_note(database, me, case.id, TEXT[("case_notes", "body_ct")])
    case_drafts.save_draft(database, me, uuid.uuid4(), case.id,
                           {"narrative": TEXT[("case_drafts", "form_ct")]})
    contact = contacts.start_contact(database, me,
                                     typed_number=_local(NUMBERS[("contacts", "phone_ct")]))
    contacts.add_note(database, me, contact, TEXT[("contact_notes", "body_ct")])
    contacts.wrap_up(database, me, contact, ContactForm(
        outcome="advice_given", summary=TEXT[("contacts", "summary_ct")]))
    drafting = contacts.start_contact(database, me, typed_number="15")
    contacts.save_draft(database, me, drafting,
                        ContactForm(summary=TEXT[("contact_drafts", "form_ct")]))
    follow_ups.plan(database, me, case.id, utcnow().date(),
                    TEXT[("follow_ups", "description_ct")])
    booked = appointments.book(database, me, kind="appointment",
                               starts_at=datetime.now(timezone.utc) + timedelta(days=60),
                               notes=TEXT[("appointments", "notes_ct")],
                               client_name=TEXT[("appointments", "client_name_ct")],
                               phone=_local(NUMBERS[("appointments", "phone_ct")]))
    with database.uow() as uow:
        service_id = uow.session.scalar(select(Service.id).limit(1))
    consent.record(database, me, case.id, purpose="referral", granted=True)
    referral = referrals.refer(database, me, case.id, service_id,
                               notes=TEXT[("referrals", "notes_ct")])
    consent.record(database, me, case.id, purpose="referral", granted=False)
    supervisor = sign_in(database, "khi-supervisor1", DEMO_PASSWORD)
    overridden = referrals.refer(database, supervisor, case.id, service_id, override_reason=TEXT[
        ("referrals", "override_reason_ct")])
    legal.record_step(database, me, case.id, kind="fir",
                      reference=TEXT[("legal_steps", "reference_ct")],
                      notes=TEXT[("legal_steps", "notes_ct")])
    legal.schedule_hearing(database, me, case.id, utcnow().date() + timedelta(days=1),
                           purpose=TEXT[("hearings", "purpose_ct")])
    reopened = cases.open_case(database, me, case.id)
    for status in ("closed", "open"):
        reopened.status = status
        reopened.status_reason = TEXT[("case_status_changes", "reason_ct")] \
            if status == "open" else None
        reopened = cases.save_case(database, me, reopened)
    callbacks.add_missed_calls(database, me, [callbacks.Missed(
        _local(NUMBERS[("callbacks", "phone_ct")]), datetime.now(timezone.utc), "hook",
        "hook:marker-1")], callbacks.ImportReport("hook"))
    contacts.flag_caller(database, me, NUMBERS[("caller_flags", "phone_ct")], "abusive",
                         note=TEXT[("caller_flags", "note_ct")])
    retention.place_hold(database, supervisor, case.id, TEXT[("legal_holds", "reason_ct")])
    yield folder, database, me, case, booked, drafting, referral, overridden
    database.close()


def test_markers_cover_every_sensitive_column():
    planted_columns = set(TEXT) | set(NUMBERS)
    every = {(t, c) for t, columns in sensitive_columns().items() for c in columns}
    assert planted_columns == every


def test_no_marker_on_disk_or_in_the_logs(planted):
    folder = planted[0]
    files = [folder / DESK_DB_NAME, folder / (DESK_DB_NAME + "-wal")]
    files += list((folder / "logs").glob("*"))
    blob = b"".join(p.read_bytes() for p in files if p.exists())
    assert (folder / (DESK_DB_NAME + "-wal")).exists()  # the WAL was scanned as it stands
    needles = [v.encode() for v in TEXT.values()] + [v.encode() for v in NUMBERS.values()]
    needles += [_local(v).encode() for k, v in NUMBERS.items() if "phone" in k[1]]
    needles += [v.encode("utf-16-le") for v in TEXT.values()]
    assert [n for n in needles if n in blob] == []


def test_markers_read_back_through_the_services(planted):
    _, database, me, case, booked, drafting, referral, overridden = planted
    opened = cases.open_case(database, me, case.id)
    client = opened.persons[0]
    assert opened.narrative == TEXT[("cases", "narrative_ct")]
    assert (client.name, client.phone, client.cnic, client.address, str(client.birth_date)) == (
        TEXT[("persons", "name_ct")], NUMBERS[("persons", "phone_ct")],
        NUMBERS[("persons", "cnic_ct")], TEXT[("persons", "address_ct")],
        NUMBERS[("persons", "birth_date_ct")])
    assert [n.body for n in cases.notes(database, me, case.id)] == [
        TEXT[("case_notes", "body_ct")]]
    pop = screen_pop(database, me, NUMBERS[("contacts", "phone_ct")])
    assert pop.contacts[0].summary == TEXT[("contacts", "summary_ct")]
    draft = {d.contact_id: d for d in contacts.open_drafts(database, me)}[drafting]
    assert draft.form.summary == TEXT[("contact_drafts", "form_ct")]
    assert case_drafts.draft_of_case(database, me, case.id).form == {
        "narrative": TEXT[("case_drafts", "form_ct")]}
    assert follow_ups.due(database, me)[0].description == TEXT[("follow_ups", "description_ct")]
    assert appointments.notes_of(database, me, booked) == TEXT[("appointments", "notes_ct")]
    detail = appointments.open_appointment(database, me, booked)
    assert (detail.view.expected, detail.phone, detail.notes) == (
        TEXT[("appointments", "client_name_ct")], NUMBERS[("appointments", "phone_ct")],
        TEXT[("appointments", "notes_ct")])
    assert NUMBERS[("callbacks", "phone_ct")] in {i.number for i in callbacks.worklist(database,
                                                                                        me)}
    assert screen_pop(database, me, NUMBERS[("caller_flags", "phone_ct")]).caller_flags == (
        "abusive",)
    assert referrals.detail(database, me, referral).notes == TEXT[("referrals", "notes_ct")]
    assert referrals.detail(database, me, overridden).override_reason == TEXT[
        ("referrals", "override_reason_ct")]
    (step,) = legal.steps(database, me, case.id)
    assert (step.reference, step.notes) == (TEXT[("legal_steps", "reference_ct")],
                                            TEXT[("legal_steps", "notes_ct")])
    assert cases.status_history(database, me, case.id)[-1].reason == TEXT[
        ("case_status_changes", "reason_ct")]
    assert [h.purpose for h in legal.hearings_to_remind(database, me)
            if h.case_id == case.id] == [TEXT[("hearings", "purpose_ct")]]
    supervisor = sign_in(database, "khi-supervisor1", DEMO_PASSWORD)
    assert [h.reason for h in retention.holds(database, supervisor) if h.case_id == case.id] == [
        TEXT[("legal_holds", "reason_ct")]]


def test_after_a_key_rotation_every_marker_still_reads_back(planted):
    """Runs last: rotates the keys of the planted database, with a row in every
    sensitive table, then reads every marker again under the new key."""
    from workstation.crypto.field_cipher import HEADER
    from workstation.services import keys as key_service

    folder, database, _, case, booked, drafting, referral, overridden = planted
    admin = sign_in(database, "admin", DEMO_PASSWORD)
    new_id = key_service.rotate(database, admin)
    while key_service.reencrypt_batch(database, admin, batch=7):
        pass
    with database.engine.connect() as c:
        for table, columns in sensitive_columns().items():
            for column in columns:
                ids = {HEADER.unpack_from(v)[1] for (v,) in c.exec_driver_sql(
                    f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")}
                assert ids <= {new_id}, (table, column)
    me = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
    test_markers_read_back_through_the_services((folder, database, me, case, booked,
                                                 drafting, referral, overridden))
