"""Follow-ups, appointments with walk-in tokens, and referral records."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.base import utcnow
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Referral, Service, User
from workstation.services import appointments, cases, consent, follow_ups, referrals
from workstation.services.accounts import sign_in


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("casework")
    generate_demo(folder, DemoSize(contacts=200, cases=40, services=30, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    users = {u: sign_in(database, u, DEMO_PASSWORD)
             for u in ("khi-counsellor1", "khi-counsellor2", "lhr-counsellor1")}
    case = cases.save_case(database, users["khi-counsellor1"], cases.CaseRecord(
        category_code="fam_maintenance", persons=[cases.PersonOnCase(role="client", name="A B")]))
    yield database, users, case
    database.close()


def test_follow_ups_are_due_then_done(desk):
    database, users, case = desk
    me = users["khi-counsellor1"]
    today = utcnow().date()
    first = follow_ups.plan(database, me, case.id, today, "Ring the client about the hearing")
    follow_ups.plan(database, me, case.id, today + timedelta(days=3), "Check the FIR copy")
    due = follow_ups.due(database, me)
    assert [(f.id, f.description, f.reference) for f in due] == [
        (first, "Ring the client about the hearing", case.reference)]
    assert len(follow_ups.due(database, me, today + timedelta(days=3))) == 2
    follow_ups.complete(database, me, first)
    assert first not in {f.id for f in follow_ups.due(database, me)}
    with pytest.raises(ValidationError, match="already done"):
        follow_ups.complete(database, me, first)


@pytest.mark.parametrize("due,text,field", [
    (-1, "x", "due_on"), (800, "x", "due_on"), (1, "   ", "description")])
def test_follow_up_bad_input(desk, due, text, field):
    database, users, case = desk
    with pytest.raises(ValidationError) as caught:
        follow_ups.plan(database, users["khi-counsellor1"], case.id,
                        utcnow().date() + timedelta(days=due), text)
    assert caught.value.field == field


def test_another_centre_cannot_plan_on_the_case(desk):
    database, users, case = desk
    with pytest.raises(PermissionDenied):
        follow_ups.plan(database, users["lhr-counsellor1"], case.id, utcnow().date(), "x")


def test_walk_ins_get_the_next_token_and_bookings_do_not_overlap(desk):
    database, users, _ = desk
    me = users["khi-counsellor1"]
    now = datetime.now(timezone.utc)
    first = appointments.book(database, me, starts_at=now, kind="walk_in", room="Room 2",
                              notes="Came with her mother")
    second = appointments.book(database, me, starts_at=now, kind="walk_in")
    from workstation.persistence.models import Appointment

    with database.uow() as uow:
        tokens = [uow.session.get(Appointment, i).token_number for i in (first, second)]
    assert tokens[1] == tokens[0] + 1
    assert appointments.notes_of(database, me, first) == "Came with her mother"
    later = now + timedelta(days=1)
    appointments.book(database, me, starts_at=later, kind="appointment", client_name="A B")
    with pytest.raises(ValidationError, match="already booked"):
        appointments.book(database, me, starts_at=later + timedelta(minutes=30),
                          kind="appointment", client_name="C D")
    appointments.book(database, me, starts_at=later + timedelta(minutes=45), kind="virtual",
                      client_name="C D")


@pytest.mark.parametrize("kwargs,field", [
    (dict(kind="party"), "kind"),
    (dict(duration_minutes=500), "duration_minutes"),
    (dict(starts_at=datetime(2020, 1, 1, tzinfo=timezone.utc)), "starts_at"),
    (dict(starts_at=datetime(2030, 1, 1)), "starts_at"),
])
def test_booking_bad_input(desk, kwargs, field):
    database, users, _ = desk
    values = dict(starts_at=datetime.now(timezone.utc) + timedelta(days=2), kind="appointment",
                  client_name="A B")
    with pytest.raises(ValidationError) as caught:
        appointments.book(database, users["khi-counsellor1"], **(values | kwargs))
    assert caught.value.field == field


def test_booking_for_a_counsellor_of_another_centre_is_refused(desk):
    database, users, _ = desk
    with pytest.raises(ValidationError, match="counsellor or lawyer of your centre"):
        appointments.book(database, users["khi-counsellor1"], kind="appointment",
                          starts_at=datetime.now(timezone.utc) + timedelta(days=3),
                          counsellor_id=users["lhr-counsellor1"].actor.user_id,
                          client_name="A B")


def test_referral_from_a_case_and_its_status(desk):
    database, users, case = desk
    me = users["khi-counsellor1"]
    with database.uow() as uow:
        service_id = uow.session.scalar(select(Service.id).limit(1))
    consent.record(database, me, case.id, purpose="referral", granted=True)
    referral_id = referrals.refer(database, me, case.id, service_id, notes="Needs a shelter")
    referrals.set_status(database, me, referral_id, "accepted")
    with database.uow() as uow:
        row = uow.session.get(Referral, referral_id)
        assert row.status == "accepted" and row.follow_up_on > utcnow().date()
    with pytest.raises(ValidationError):
        referrals.set_status(database, me, referral_id, "lost")
    with pytest.raises(PermissionDenied):
        referrals.refer(database, users["lhr-counsellor1"], case.id, service_id)
    with pytest.raises(ValidationError, match="no such service"):
        referrals.refer(database, me, case.id, case.id)
    with database.uow() as uow:
        assert uow.session.scalar(select(User.id).where(User.username == "khi-counsellor1"))
