"""The screen pop on a demo desk: the caller's history at once, only what the
counsellor may see, and never a crash on a bad number."""

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import AuditEvent, CasePerson, Contact, Person
from workstation.services import cases
from workstation.services.accounts import sign_in
from workstation.services.calls import HISTORY, screen_pop


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pop")
    generate_demo(folder, DemoSize(contacts=4000, cases=600, services=20, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    yield database, {u: sign_in(database, u, DEMO_PASSWORD)
                     for u in ("khi-counsellor1", "lhr-counsellor1", "admin")}
    database.close()


def _client_with_contacts(database, session):
    """A KHI client's number and how many of their contacts the demo made."""
    with database.uow() as uow:
        rows = uow.session.execute(
            select(Person.id, Person.phone_ct, Contact.id)
            .join(CasePerson, CasePerson.person_id == Person.id)
            .join(Contact, Contact.person_id == Person.id)
            .where(Person.centre_id == session.actor.centre_id, CasePerson.role == "client")
        ).all()
    counts = {}
    for person_id, phone_ct, _ in rows:
        counts.setdefault((person_id, phone_ct), 0)
        counts[(person_id, phone_ct)] += 1
    (person_id, phone_ct), count = max(counts.items(), key=lambda kv: kv[1])
    phone = session.keys.cipher.decrypt(phone_ct, table="persons", column="phone_ct",
                                        row_id=person_id)
    return person_id, phone, count


@pytest.mark.parametrize("style", ["local", "international", "urdu digits"])
def test_known_caller_pops_with_history_whatever_the_typing(desk, style):
    database, users = desk
    me = users["khi-counsellor1"]
    person_id, phone, count = _client_with_contacts(database, me)
    local = "0" + phone[3:6] + "-" + phone[6:]
    typed = {"local": local, "international": f"+92 {phone[3:6]} {phone[6:]}",
             "urdu digits": local.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))}[style]
    pop = screen_pop(database, me, typed)
    assert pop.number.e164 == phone and pop.known
    assert [c.id for c in pop.callers] == [person_id]
    assert len(pop.contacts) == min(count, HISTORY)
    assert pop.contacts == sorted(pop.contacts, key=lambda c: c.started_at, reverse=True)
    assert all(c.summary for c in pop.contacts if c.outcome in ("case_opened", "advice_given"))


def test_open_cases_show_with_their_next_follow_up(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    saved = cases.save_case(database, me, cases.CaseRecord(
        category_code="dv_physical", persons=[cases.PersonOnCase(
            role="client", name="Test Caller", phone="0345-0555111", sex="f",
            safety_flags=["not_safe_to_call_back"])]))
    pop = screen_pop(database, me, "0345 0555111")
    assert [c.reference for c in pop.open_cases] == [saved.reference]
    assert pop.safety_flags == ("not_safe_to_call_back",)
    assert pop.callers[0].name == "Test Caller"


def test_another_centre_sees_neither_contacts_nor_cases(desk):
    database, users = desk
    _, phone, _ = _client_with_contacts(database, users["khi-counsellor1"])
    pop = screen_pop(database, users["lhr-counsellor1"], phone)
    assert pop.contacts == [] and pop.open_cases == []


@pytest.mark.parametrize("typed", ["", None, "garbage", "0300-12", "withheld", "x" * 5000])
def test_unrecognised_numbers_pop_an_empty_screen(desk, typed):
    database, users = desk
    pop = screen_pop(database, users["khi-counsellor1"], typed)
    assert not pop.known and pop.number.lookup_key is None


def test_short_codes_and_unknown_numbers_are_not_known(desk):
    database, users = desk
    assert screen_pop(database, users["khi-counsellor1"], "1098").number.short_code == "1098"
    assert not screen_pop(database, users["khi-counsellor1"], "0399-0999999").known


def test_admins_do_not_take_calls_and_pops_are_audited(desk):
    database, users = desk
    with pytest.raises(PermissionDenied):
        screen_pop(database, users["admin"], "0300-0123456")
    me = users["khi-counsellor1"]
    screen_pop(database, me, "0345-0555999")
    with database.uow() as uow:
        last = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "screen_pop")
                                   .order_by(AuditEvent.occurred_at.desc())).first()
    assert last.user_id == me.actor.user_id and "0345" not in str(last.detail)


def test_callers_name_only_for_those_who_may_know_but_flags_for_all(desk):
    database, users = desk
    me, other = users["khi-counsellor1"], users["lhr-counsellor1"]
    cases.save_case(database, me, cases.CaseRecord(
        category_code="dv_physical", restricted=True, persons=[cases.PersonOnCase(
            role="client", name="Zqsecret Name", phone="0345-0555777", sex="f",
            safety_flags=["not_safe_to_call_back"])]))
    elsewhere = screen_pop(database, other, "0345-0555777")
    assert elsewhere.known and elsewhere.safety_flags == ("not_safe_to_call_back",)
    assert [c.name for c in elsewhere.callers] == [None]
    assert elsewhere.open_cases == []
    mine = screen_pop(database, me, "0345-0555777")
    assert [c.name for c in mine.callers] == ["Zqsecret Name"]
