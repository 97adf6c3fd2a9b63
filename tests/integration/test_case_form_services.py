"""What the case form needs of the core beyond opening and saving: its encrypted drafts,
the incident date and city, a person's role changed or taken off the case, further
categories, a new case started from a contact, and the lists of its sections
(hearings, follow-ups, consent, referrals, duplicates to compare)."""

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.pakistan_time import today_pk
from workstation.errors import ValidationError
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import (
    AuditEvent,
    CaseDraft,
    CasePerson,
    Contact,
    Person,
    Service,
    SyncOutbox,
)
from workstation.services import (
    case_drafts,
    cases,
    consent,
    contacts,
    duplicates,
    follow_ups,
    legal,
    referrals,
)
from workstation.services.accounts import sign_in
from workstation.services.contacts import ContactForm


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("case-form")
    generate_demo(folder, DemoSize(contacts=150, cases=30, services=30, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    users = {u: sign_in(database, u, DEMO_PASSWORD)
             for u in ("khi-counsellor1", "khi-counsellor2", "khi-supervisor1",
                       "khi-lawyer1")}
    yield database, users
    database.close()


def new_case(database, who, **values):
    record = cases.CaseRecord(category_code="dv_physical", persons=[
        cases.PersonOnCase(role="client", name="Sadia Parveen", phone="0300-0411001")])
    for key, value in values.items():
        setattr(record, key, value)
    return cases.save_case(database, who, record)


def outbox_tables(database) -> set[str]:
    with database.engine.connect() as c:
        return set(c.execute(select(SyncOutbox.table_name)).scalars())


# ---- drafts -------------------------------------------------------------------------------

def test_a_draft_is_sealed_kept_per_person_and_never_leaves_the_desk(desk):
    database, users = desk
    me, colleague = users["khi-counsellor1"], users["khi-counsellor2"]
    case = new_case(database, me)
    form = {"narrative": "Zqcasedraft she came back", "persons": [{"cnic": "4210-1"}]}
    draft_id = uuid.uuid4()
    before = outbox_tables(database)
    case_drafts.save_draft(database, me, draft_id, case.id, form)
    form["narrative"] += " twice"
    case_drafts.save_draft(database, me, draft_id, case.id, form)
    mine = case_drafts.draft_of_case(database, me, case.id)
    assert mine.id == draft_id and mine.form == form and mine.reference == case.reference
    assert case_drafts.draft_of_case(database, colleague, case.id) is None
    with database.engine.connect() as c:
        stored = c.execute(select(CaseDraft.form_ct)).scalars().all()
    assert all(b"Zqcasedraft" not in blob for blob in stored)
    assert "case_drafts" not in outbox_tables(database) - before
    # Another draft of the same case (a second window) replaces the first.
    again = uuid.uuid4()
    case_drafts.save_draft(database, me, again, case.id, {"narrative": "newer"})
    assert [d.id for d in case_drafts.drafts(database, me) if d.case_id == case.id] == [again]
    with pytest.raises(ValidationError):
        case_drafts.save_draft(database, colleague, again, case.id, {"stolen": True})
    case_drafts.discard(database, me, again)
    assert case_drafts.draft_of_case(database, me, case.id) is None


def test_saving_the_case_takes_its_draft_and_a_refused_save_keeps_it(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    draft_id = uuid.uuid4()
    typed = {"persons": [{"cnic": "12345"}]}
    case_drafts.save_draft(database, me, draft_id, None, typed)
    bad = cases.CaseRecord(persons=[cases.PersonOnCase(role="client", cnic="12345")])
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, me, bad, draft_id=draft_id)
    assert caught.value.field == "persons[0].cnic"
    assert any(d.id == draft_id for d in case_drafts.drafts(database, me))
    bad.persons[0].cnic = "12345-1234567-1"
    saved = cases.save_case(database, me, bad, draft_id=draft_id)
    assert saved.reference.startswith("KHI-")
    assert all(d.id != draft_id for d in case_drafts.drafts(database, me))


def test_a_draft_of_a_case_restricted_since_is_not_given_back(desk):
    database, users = desk
    me, supervisor = users["khi-counsellor2"], users["khi-supervisor1"]
    case = new_case(database, users["khi-counsellor1"])
    case_drafts.save_draft(database, me, uuid.uuid4(), case.id, {"narrative": "x"})
    assert case_drafts.draft_of_case(database, me, case.id) is not None
    opened = cases.open_case(database, supervisor, case.id)
    opened.restricted = True
    cases.save_case(database, supervisor, opened)
    assert case_drafts.draft_of_case(database, me, case.id) is None


# ---- the case's own fields ----------------------------------------------------------------

def test_incident_date_city_and_further_categories(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    today = today_pk()
    with pytest.raises(ValidationError) as caught:
        new_case(database, me, incident_on=today + timedelta(days=1))
    assert caught.value.field == "incident_on"
    assert caught.value.message == "An incident cannot be dated in the future."
    case = new_case(database, me, incident_on=today - timedelta(days=3),
                    city="  Orangi \u202eTown\u202c ",
                    further_categories=["hp_acid_attack", "dv_physical", "hp_acid_attack"])
    opened = cases.open_case(database, me, case.id)
    assert opened.incident_on == today - timedelta(days=3)
    assert opened.city == "Orangi Town"
    # The primary category is not repeated among the further ones, nor any twice.
    assert opened.further_categories == ["hp_acid_attack"]
    opened.further_categories = []
    saved = cases.save_case(database, me, opened)
    assert cases.open_case(database, me, saved.id).further_categories == []
    opened = cases.open_case(database, me, case.id)
    opened.further_categories = ["no_such_category"]
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, me, opened)
    assert caught.value.field == "further_categories"


def test_an_incident_cannot_be_dated_after_the_case_was_reported(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    opened = cases.open_case(database, me, case.id)
    # As if the case had been opened (reported) a week ago.
    opened.opened_at = opened.opened_at - timedelta(days=7)
    opened.incident_on = today_pk() - timedelta(days=2)
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, me, opened)
    assert caught.value.field == "incident_on"
    assert "after it was reported" in caught.value.message


def test_a_changed_role_changes_the_link_and_a_removed_person_stays_on_record(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    opened = cases.open_case(database, me, case.id)
    opened.persons.append(cases.PersonOnCase(role="household_member", name="Imran"))
    saved = cases.save_case(database, me, opened)
    imran = next(p for p in saved.persons if p.name == "Imran")
    opened = cases.open_case(database, me, case.id)
    person = next(p for p in opened.persons if p.id == imran.id)
    person.role, person.relationship = "perpetrator", "intimate_partner"
    cases.save_case(database, me, opened)
    with database.engine.connect() as c:
        links = c.execute(select(CasePerson.role, CasePerson.relationship).where(
            CasePerson.person_id == imran.id)).all()
    assert [tuple(link) for link in links] == [("perpetrator", "intimate_partner")]
    opened = cases.open_case(database, me, case.id)
    next(p for p in opened.persons if p.id == imran.id).removed = True
    cases.save_case(database, me, opened)
    reopened = cases.open_case(database, me, case.id)
    assert [p.name for p in reopened.persons] == ["Sadia Parveen"]
    with database.engine.connect() as c:
        assert c.execute(select(Person.id).where(Person.id == imran.id)).scalar() == imran.id
        detail = c.execute(select(AuditEvent.detail).where(
            AuditEvent.entity_id == case.id, AuditEvent.action == "case_changed")
            .order_by(AuditEvent.occurred_at.desc())).scalars().first()
    assert '"persons_removed": 1' in detail or (isinstance(detail, dict)
                                               and detail.get("persons_removed") == 1)


def test_a_person_in_the_same_role_twice_is_refused_beside_the_role(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    opened = cases.open_case(database, me, case.id)
    client = opened.persons[0]
    opened.persons.append(cases.PersonOnCase(role="caller", id=client.id, name=client.name,
                                             phone=client.phone))
    saved = cases.save_case(database, me, opened)     # the client also called: two roles
    assert sorted(p.role for p in saved.persons) == ["caller", "client"]
    opened = cases.open_case(database, me, case.id)
    caller = next(p for p in opened.persons if p.role == "caller")
    caller.role = "client"
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, me, opened)
    assert caught.value.field.endswith(".role")


# ---- a new case from a contact ------------------------------------------------------------

def test_a_case_started_from_a_call_in_progress_has_the_caller_and_links_the_contact(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="0333-0412345")
    contacts.save_draft(database, me, contact_id, ContactForm(
        caller_type="survivor", district_code="SD-KHM", category_code="hp_acid_attack"))
    record = cases.new_case_from_contact(database, me, contact_id)
    assert (record.district_code, record.category_code) == ("SD-KHM", "hp_acid_attack")
    (person,) = record.persons
    assert (person.role, person.phone, person.district_code) == (
        "client", "+923330412345", "SD-KHM")
    record.persons[0].name = "Rubina"
    saved = cases.save_case(database, me, record)
    with database.engine.connect() as c:
        linked = c.execute(select(Contact.case_id).where(Contact.id == contact_id)).scalar()
    assert linked == saved.id


def test_a_known_caller_joins_as_their_own_record_only_when_all_their_cases_are_open(desk):
    database, users = desk
    me, colleague, supervisor = (users["khi-counsellor1"], users["khi-counsellor2"],
                                 users["khi-supervisor1"])
    first = new_case(database, me, persons=[cases.PersonOnCase(
        role="client", name="Nargis Akhtar", phone="0301-0412999", cnic="42101-0412999-1")])
    known = first.persons[0].id
    contact_id = contacts.start_contact(database, me, typed_number="0301-0412999",
                                        person_id=known)
    record = cases.new_case_from_contact(database, me, contact_id)
    assert record.persons[0].id == known and record.persons[0].name == "Nargis Akhtar"
    second = cases.save_case(database, me, record)
    assert second.persons[0].id == known
    # Restricted to its counsellor: a colleague starting a case from the same caller gets
    # the number only, never the name on a case closed to them.
    opened = cases.open_case(database, supervisor, first.id)
    opened.restricted = True
    cases.save_case(database, supervisor, opened)
    theirs = contacts.start_contact(database, colleague, typed_number="0301-0412999",
                                    person_id=known)
    record = cases.new_case_from_contact(database, colleague, theirs)
    assert record.persons[0].id is None and record.persons[0].name is None
    assert record.persons[0].phone == "+923010412999"
    record.persons[0].id = known            # forcing it is refused by the save itself
    with pytest.raises(ValidationError, match="not on this case"):
        cases.save_case(database, colleague, record)


# ---- the lists of the form's sections -----------------------------------------------------

def test_hearings_follow_ups_consent_and_referrals_of_a_case(desk):
    database, users = desk
    me, supervisor, lawyer = (users["khi-counsellor1"], users["khi-supervisor1"],
                              users["khi-lawyer1"])
    case = new_case(database, me)
    today = today_pk()
    court = legal.record_step(database, me, case.id, kind="court_case",
                              reference="Suit 12/2026", place="Family Court Malir")
    legal.schedule_hearing(database, me, case.id, today + timedelta(days=1),
                           purpose="Maintenance", legal_step_id=court, remind_days_before=2)
    legal.schedule_hearing(database, me, case.id, today + timedelta(days=20))
    near, far = legal.hearings(database, me, case.id)
    assert (near.court, near.purpose, near.reminder_due) == ("Family Court Malir",
                                                             "Maintenance", True)
    assert not far.reminder_due

    follow_ups.plan(database, me, case.id, today, "Call her after the hearing",
                    assignee_id=lawyer.actor.user_id)
    done = follow_ups.plan(database, me, case.id, today + timedelta(days=3), "Ask for papers")
    follow_ups.complete(database, me, done)
    listed = follow_ups.of_case(database, me, case.id, today=today + timedelta(days=1))
    assert [(f.status, f.assignee_id, f.description) for f in listed] == [
        ("overdue", lawyer.actor.user_id, "Call her after the hearing"),
        ("done", me.actor.user_id, "Ask for papers")]
    assert listed[0].assignee == lawyer.display_name

    with database.engine.connect() as c:
        service_id, organisation_id = c.execute(
            select(Service.id, Service.organization_id).limit(1)).first()
    consent.record(database, me, case.id, purpose="referral", granted=True,
                   categories=("identity", "incident"), organization_id=organisation_id)
    consent.record(database, me, case.id, purpose="referral", granted=False,
                   categories=("identity",), organization_id=organisation_id)
    consent.record(database, me, case.id, purpose="statistics", granted=True)
    lines = consent.of_case(database, me, case.id)
    current = {(ln.purpose, ln.data_category): ln.granted for ln in lines if ln.current}
    assert current == {("referral", "identity"): False, ("referral", "incident"): True,
                       ("statistics", "all"): True}
    assert any(o.id == organisation_id for o in consent.organisations(database))

    referrals.refer(database, me, case.id, service_id, categories=("incident",))
    referrals.refer(database, supervisor, case.id, service_id, categories=("identity",),
                    override_reason="She is in danger tonight; the shelter must know.")
    newest, first = referrals.list_for_case(database, me, case.id)
    assert not first.without_consent and first.override_reason is None
    assert newest.without_consent and newest.override_by == supervisor.display_name
    assert newest.override_reason == "She is in danger tonight; the shelter must know."
    assert newest.service and newest.status == "referred"


def test_duplicates_come_with_what_their_record_holds(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    first = new_case(database, me, persons=[cases.PersonOnCase(
        role="client", name="Shazia Kanwal", phone="0345-0413111", sex="f",
        birth_date=date(1991, 4, 5), address="Lyari", vulnerabilities=["woman"])])
    second = new_case(database, me, persons=[cases.PersonOnCase(
        role="client", name="Shazia", phone="0345-0413111", sex="f")])
    (found,) = [d for d in duplicates.find_duplicates(database, me, second.persons[0].id)
                if d.person_id == first.persons[0].id]
    assert (found.name, found.phone, found.birth_date, found.address, found.sex) == (
        "Shazia Kanwal", "+923450413111", "1991-04-05", "Lyari", "f")
    assert found.vulnerabilities == ["woman"] and found.cases == [first.reference]


def test_case_drafts_table_is_desk_local(desk):
    database, _ = desk
    with database.engine.connect() as c:
        triggers = c.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name LIKE 'cw_sync_case_drafts%'")).scalar()
        assert c.execute(select(func.count()).select_from(CaseDraft)).scalar() >= 0
    assert triggers == 0


def test_the_case_list_pages_on_past_the_second_page_and_counts_once(desk):
    from workstation.services import browse

    database, users = desk
    me = users["khi-counsellor1"]
    for n in range(5):
        new_case(database, me, district_code="SD-KHM")
    first = browse.case_page(database, centre_code="KHI", district_code="SD-KHM", limit=2)
    assert first.total >= 5 and first.offset == 0
    seen = [r.id for r in first.rows]
    offset = 2
    while offset < first.total:
        page = browse.case_page(database, centre_code="KHI", district_code="SD-KHM",
                                limit=2, offset=offset, count=False)
        assert page.offset == offset and page.total is None
        seen += [r.id for r in page.rows]
        offset += len(page.rows)
    assert len(seen) == len(set(seen)) == first.total


@pytest.mark.parametrize("filters", [{"district_code": "SD-KHS"},
                                     {"category_code": "dv_physical"},
                                     {"district_code": "SD-KHS", "category_code": "dv_physical"}])
def test_a_common_district_or_category_walks_the_centre_and_finds_the_same_cases(
        desk, monkeypatch, filters):
    """The plan for a value with many cases (newest first through the centre) gives the
    same pages, in the same order, as the one through the filter's own index."""
    from workstation.services import browse

    database, _ = desk
    planned = [browse.case_page(database, centre_code="KHI", limit=3, offset=offset,
                                **filters) for offset in (0, 3)]
    monkeypatch.setattr(browse, "DENSE", 1)
    walked = [browse.case_page(database, centre_code="KHI", limit=3, offset=offset,
                               **filters) for offset in (0, 3)]
    assert [[r.id for r in p.rows] for p in walked] == [[r.id for r in p.rows]
                                                        for p in planned]
    assert walked[0].total == planned[0].total > 0
