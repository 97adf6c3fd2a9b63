"""The life of a case: its status workflow, legal process, hearings and consent."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.base import utcnow
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import AuditEvent, CaseStatusChange, Organization, Service
from workstation.services import cases, consent, legal, referrals
from workstation.services.accounts import sign_in
from workstation.services.referrals import ConsentMissing


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("process")
    generate_demo(folder, DemoSize(contacts=100, cases=20, services=40, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    users = {u: sign_in(database, u, DEMO_PASSWORD)
             for u in ("khi-counsellor1", "khi-supervisor1", "lhr-counsellor1")}
    yield database, users
    database.close()


def new_case(database, who):
    return cases.save_case(database, who, cases.CaseRecord(
        category_code="dv_physical", persons=[cases.PersonOnCase(role="client", name="C D")]))


def test_status_moves_and_reopening_needs_a_reason(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    for status in ("open", "in_court", "closed"):
        case.status = status
        case = cases.save_case(database, me, case)
    assert case.closed_at is not None
    case.status = "open"
    with pytest.raises(ValidationError) as caught:
        cases.save_case(database, me, case)
    assert caught.value.field == "status_reason"
    case.status_reason = "The husband threatened her again after the decree."
    case = cases.save_case(database, me, case)
    assert case.closed_at is None
    case.status, case.status_reason = "new", None
    with pytest.raises(ValidationError, match="cannot go from open to new"):
        cases.save_case(database, me, case)
    with database.uow() as uow:
        history = uow.session.execute(
            select(CaseStatusChange.from_status, CaseStatusChange.to_status)
            .where(CaseStatusChange.case_id == case.id)
            .order_by(CaseStatusChange.changed_at)).all()
    assert [tuple(h) for h in history] == [
        (None, "new"), ("new", "open"), ("open", "in_court"), ("in_court", "closed"),
        ("closed", "open")]


def test_legal_steps_and_hearing_reminders(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    fir = legal.record_step(database, me, case.id, kind="fir", reference="123/2026",
                            place="PS Lyari", on_date=utcnow().date(), status="registered")
    legal.record_step(database, me, case.id, kind="medico_legal", place="Civil Hospital",
                      on_date=utcnow().date(), status="done", notes="Certificate collected")
    court = legal.record_step(database, me, case.id, kind="court_case",
                              reference="Suit 45/2026", place="Family Court Karachi South")
    legal.record_step(database, me, case.id, kind="fir", reference="123/2026",
                      place="PS Lyari", status="refused", step_id=fir)
    recorded = {s.kind: s for s in legal.steps(database, me, case.id)}
    assert recorded["fir"].status == "refused" and recorded["fir"].reference == "123/2026"
    assert recorded["medico_legal"].notes == "Certificate collected"
    today = utcnow().date()
    legal.schedule_hearing(database, me, case.id, today + timedelta(days=2),
                           purpose="Evidence", legal_step_id=court)
    legal.schedule_hearing(database, me, case.id, today + timedelta(days=10))
    due = legal.hearings_to_remind(database, me)
    mine = [h for h in due if h.case_id == case.id]
    assert [(h.hearing_on, h.court) for h in mine] == [
        (today + timedelta(days=2), "Family Court Karachi South")]
    assert legal.hearings_to_remind(database, users["lhr-counsellor1"]) == [
        h for h in legal.hearings_to_remind(database, users["lhr-counsellor1"])
        if h.case_id != case.id]


@pytest.mark.parametrize("kwargs,field", [
    (dict(kind="arrest"), "kind"),
    (dict(kind="fir", status="lost"), "status"),
    (dict(kind="fir", on_date=utcnow().date() + timedelta(days=3)), "on_date"),
])
def test_legal_step_bad_input(desk, kwargs, field):
    database, users = desk
    case = new_case(database, users["khi-counsellor1"])
    with pytest.raises(ValidationError) as caught:
        legal.record_step(database, users["khi-counsellor1"], case.id, **kwargs)
    assert caught.value.field == field


def _service_of_other_organisations(database):
    with database.uow() as uow:
        rows = uow.session.execute(select(Service.id, Service.organization_id)
                                   .where(Service.status == "active")).all()
    by_org = {}
    for service_id, org in rows:
        by_org.setdefault(org, service_id)
    (org_a, service_a), (org_b, service_b) = list(by_org.items())[:2]
    return org_a, service_a, org_b, service_b


def test_consent_per_organisation_and_category(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    org_a, service_a, org_b, service_b = _service_of_other_organisations(database)
    with pytest.raises(ConsentMissing):
        referrals.refer(database, me, case.id, service_a)
    consent.record(database, me, case.id, purpose="referral", granted=True,
                   categories=("identity", "contact", "incident"), organization_id=org_a)
    referrals.refer(database, me, case.id, service_a)
    with pytest.raises(ConsentMissing):  # consent was for organisation A only
        referrals.refer(database, me, case.id, service_b)
    with pytest.raises(ConsentMissing):  # health data was not part of it
        referrals.refer(database, me, case.id, service_a, categories=("health",))
    consent.record(database, me, case.id, purpose="referral", granted=True)  # all, any org
    referrals.refer(database, me, case.id, service_b)
    consent.record(database, me, case.id, purpose="referral", granted=False,
                   organization_id=org_b)  # later withdrawn for B
    with pytest.raises(ConsentMissing):
        referrals.refer(database, me, case.id, service_b)


def test_sharing_without_consent_needs_a_supervisor_and_a_reason(desk):
    database, users = desk
    case = new_case(database, users["khi-counsellor1"])
    _, service_a, _, _ = _service_of_other_organisations(database)
    with pytest.raises(PermissionDenied, match="Only a supervisor"):
        referrals.refer(database, users["khi-counsellor1"], case.id, service_a,
                        override_reason="Life at risk tonight")
    supervisor = users["khi-supervisor1"]
    referrals.refer(database, supervisor, case.id, service_a,
                    override_reason="Life at risk tonight; client unreachable")
    with database.uow() as uow:
        event = uow.session.scalars(select(AuditEvent).where(
            AuditEvent.entity_id == case.id,
            AuditEvent.action == "referral_without_consent")).one()
    assert event.user_id == supervisor.actor.user_id and "Life" not in str(event.detail)


def test_consent_bad_input(desk):
    database, users = desk
    case = new_case(database, users["khi-counsellor1"])
    with pytest.raises(ValidationError):
        consent.record(database, users["khi-counsellor1"], case.id, purpose="marketing",
                       granted=True)
    with pytest.raises(ValidationError):
        consent.record(database, users["khi-counsellor1"], case.id, purpose="referral",
                       granted=True, categories=("everything",))
    with database.uow() as uow:
        assert uow.session.query(Organization).count() > 1


def test_withdrawing_consent_for_everything_stops_referrals(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    org_a, service_a, _, _ = _service_of_other_organisations(database)
    consent.record(database, me, case.id, purpose="referral", granted=True,
                   categories=("identity", "contact", "incident"), organization_id=org_a)
    consent.record(database, me, case.id, purpose="referral", granted=False)  # all, any org
    with pytest.raises(ConsentMissing):
        referrals.refer(database, me, case.id, service_a)
    with pytest.raises(ValidationError):
        referrals.refer(database, me, case.id, service_a, categories=())
    with pytest.raises(ValidationError):
        referrals.refer(database, me, case.id, service_a, categories=("gossip",))


def test_every_read_of_case_content_is_audited(desk):
    from workstation.services import callbacks, duplicates, follow_ups

    database, users = desk
    me = users["khi-counsellor1"]
    case = new_case(database, me)
    legal.record_step(database, me, case.id, kind="fir", reference="9/2026")
    reads = {
        "notes_viewed": lambda: cases.notes(database, me, case.id),
        "status_history_viewed": lambda: cases.status_history(database, me, case.id),
        "legal_steps_viewed": lambda: legal.steps(database, me, case.id),
        "follow_ups_viewed": lambda: follow_ups.due(database, me),
        "worklist_viewed": lambda: callbacks.worklist(database, me),
        "duplicates_searched": lambda: duplicates.find_duplicates(database, me,
                                                                  case.persons[0].id),
    }
    for action, read in reads.items():
        with database.uow() as uow:
            before = uow.session.query(AuditEvent).filter(AuditEvent.action == action).count()
        read()
        with database.uow() as uow:
            assert uow.session.query(AuditEvent).filter(
                AuditEvent.action == action).count() == before + 1, action
