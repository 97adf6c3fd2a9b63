"""Handover at the start of a shift."""

from datetime import timedelta

from sqlalchemy import func, select, update

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


def test_what_waits_is_counted_without_opening_anything(tmp_path):
    from workstation.persistence.models import AuditEvent
    from workstation.services.handover import waiting

    generate_demo(tmp_path, DemoSize(contacts=150, cases=30, services=5, until=DEMO_UNTIL))
    database = open_desk_database(tmp_path)
    try:
        me = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
        with database.engine.connect() as c:
            before = c.execute(select(func.count()).select_from(AuditEvent)).scalar()
        found = waiting(database, me, DEMO_UNTIL)
        with database.engine.connect() as c:
            after = c.execute(select(func.count()).select_from(AuditEvent)).scalar()
        shift = handover(database, me, DEMO_UNTIL)
        mine = [i for i in shift.callbacks
                if i.assigned_to_id in (None, me.actor.user_id)]
        assert (found.open_contacts, found.callbacks, found.follow_ups_due) == (
            len(shift.open_contacts), len(mine), len(shift.follow_ups_due))
        assert after == before          # nothing was read, so nothing to audit
        contacts.start_contact(database, me, typed_number="15")
        assert waiting(database, me, DEMO_UNTIL).open_contacts == found.open_contacts + 1
    finally:
        database.close()


def test_pickers_offer_the_active_leaf_categories(tmp_path):
    from workstation.persistence.models import Category
    from workstation.services.categories import active_categories

    generate_demo(tmp_path, DemoSize(contacts=10, cases=2, services=2, until=DEMO_UNTIL))
    database = open_desk_database(tmp_path)
    try:
        offered = active_categories(database)
        codes = {c.code for c in offered}
        assert "dv_physical" in codes and "domestic_violence" not in codes  # groups are not
        assert next(c for c in offered if c.code == "dv_physical").parent_en == \
            "Domestic violence"
        with database.uow() as uow:
            uow.session.execute(update(Category).where(Category.code == "dv_physical")
                                .values(active=False))
            uow.commit()
        assert "dv_physical" not in {c.code for c in active_categories(database)}
    finally:
        database.close()
