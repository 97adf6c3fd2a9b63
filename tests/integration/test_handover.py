"""Handover at the start of a shift."""

from datetime import timedelta

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.persistence.base import utcnow
from workstation.persistence.database import open_desk_database
from workstation.services import cases, contacts, follow_ups
from workstation.services.accounts import sign_in
from workstation.services.contacts import ContactForm
from workstation.services.handover import handover


def test_what_a_counsellor_left_and_what_came_since(tmp_path):
    generate_demo(tmp_path, DemoSize(contacts=150, cases=30, services=5, until=DEMO_UNTIL))
    database = open_desk_database(tmp_path)
    try:
        yesterday = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
        first = handover(database, yesterday)
        assert first.since is None  # a first sign-in has no previous shift
        left_open = contacts.start_contact(database, yesterday, typed_number="0300-0666111")
        contacts.save_draft(database, yesterday, left_open, ContactForm(summary="half"))
        case = cases.save_case(database, yesterday, cases.CaseRecord(
            category_code="dv_physical", persons=[cases.PersonOnCase(role="client")]))
        follow_ups.plan(database, yesterday, case.id, utcnow().date(), "Call her back")
        follow_ups.plan(database, yesterday, case.id, utcnow().date() + timedelta(days=5),
                        "Not yet")
        colleague = sign_in(database, "khi-counsellor2", DEMO_PASSWORD)
        contacts.flag_caller(database, colleague, "0300-0666222", "prank")

        today = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
        shift = handover(database, today)
        assert shift.since is not None and shift.since < utcnow()
        assert [d.contact_id for d in shift.open_contacts] == [left_open]
        assert [f.description for f in shift.follow_ups_due] == ["Call her back"]
        assert shift.callers_flagged == 1
        assert shift.callbacks and all(i.urgency for i in shift.callbacks)
    finally:
        database.close()


def test_unlocking_does_not_start_a_new_shift(tmp_path):
    from workstation.services.accounts import unlock

    generate_demo(tmp_path, DemoSize(contacts=50, cases=10, services=5, until=DEMO_UNTIL))
    database = open_desk_database(tmp_path)
    try:
        first = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
        second = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
        since = handover(database, second).since
        second.lock()
        unlock(database, second, DEMO_PASSWORD)
        assert handover(database, second).since == since
        assert since is not None and first.username == second.username
    finally:
        database.close()
