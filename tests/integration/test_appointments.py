"""The appointment book: who is expected, shown only to those allowed and audited; the
week; bookings refused with the field to blame; walk-in tokens; status and sessions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import func, select

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.pakistan_time import PKT
from workstation.errors import ValidationError
from workstation.persistence.database import open_desk_database, open_url
from workstation.persistence.models import Appointment, AuditEvent, Centre
from workstation.services import accounts, appointments, cases
from workstation.services.accounts import sign_in

USERS = ("khi-counsellor1", "khi-counsellor2", "khi-supervisor1", "khi-lawyer1",
         "lhr-counsellor1", "admin")


def future_day(days: int) -> date:
    """A Pakistani day `days` ahead of the real clock (the core refuses the past)."""
    return datetime.now(PKT).date() + timedelta(days=days)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), PKT)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("appointments")
    generate_demo(folder, DemoSize(contacts=300, cases=80, services=10, seed=3,
                                   until=DEMO_UNTIL))
    database = open_desk_database(folder)
    users = {u: sign_in(database, u, DEMO_PASSWORD) for u in USERS}
    yield database, users
    database.close()


def audit_count(database, user, action: str) -> int:
    with database.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == action, AuditEvent.user_id == user.actor.user_id))


def new_case(database, session, client: str, *, restricted: bool = False):
    return cases.save_case(database, session, cases.CaseRecord(
        category_code="fam_maintenance", restricted=restricted,
        persons=[cases.PersonOnCase(role="client", name=client)]))


def test_the_day_shows_who_is_expected_by_time(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    day = future_day(20)
    case = new_case(database, me, "Rukhsana Bibi")
    later = appointments.book(database, me, starts_at=at(day, 11), kind="virtual",
                              case_reference=case.reference.lower())
    earlier = appointments.book(database, me, starts_at=at(day, 9, 30), kind="appointment",
                                client_name="Sana Baloch", phone="0345-0911123",
                                room="Room 2")
    listed = appointments.day_list(database, me, day)
    assert [(r.id, r.expected, r.case_reference) for r in listed] == [
        (earlier, "Sana Baloch", None), (later, "Rukhsana Bibi", case.reference)]
    first = listed[0]
    assert (first.kind, first.status, first.room, first.counsellor, first.centre_code) == (
        "appointment", "booked", "Room 2", me.display_name, "KHI")
    assert first.starts_at.astimezone(PKT).time() == time(9, 30)
    assert first.ends_at - first.starts_at == timedelta(minutes=45)
    # The next day starts at midnight Pakistan time, not UTC.
    assert appointments.day_list(database, me, day + timedelta(days=1)) == []


def test_the_demo_day_has_names_cases_walk_ins_and_every_kind(desk):
    database, users = desk
    listed = appointments.day_list(database, users["khi-counsellor1"], DEMO_UNTIL)
    assert listed and all(r.centre_code == "KHI" for r in listed)
    assert [r.starts_at for r in listed] == sorted(r.starts_at for r in listed)
    walk_ins = [r for r in listed if r.kind == "walk_in"]
    assert [r.token_number for r in walk_ins] == list(range(1, len(walk_ins) + 1))
    assert all(r.token_number is None for r in listed if r.kind != "walk_in")
    booked = [r for r in listed if r.kind != "walk_in"]
    assert all(r.expected for r in booked)   # a name typed, or the linked case's client
    assert any(r.case_reference for r in booked)


def test_another_centre_and_the_admin_see_the_times_but_no_names(desk):
    database, users = desk
    own = appointments.day_list(database, users["khi-counsellor1"], DEMO_UNTIL)
    for outsider in ("lhr-counsellor1", "admin"):
        session = users[outsider]
        before = audit_count(database, session, "appointments_viewed")
        seen = appointments.day_list(database, session, DEMO_UNTIL, centre_code="KHI")
        assert [(r.id, r.starts_at, r.room, r.case_reference) for r in seen] == [
            (r.id, r.starts_at, r.room, r.case_reference) for r in own]
        assert [r.expected for r in seen] == [None] * len(own), outsider
        assert audit_count(database, session, "appointments_viewed") == before
    # The LHR counsellor's own list is of Lahore.
    assert {r.centre_code for r in appointments.day_list(
        database, users["lhr-counsellor1"], DEMO_UNTIL)} <= {"LHR"}


def test_reading_names_is_recorded_in_the_audit_trail(desk):
    database, users = desk
    me = users["khi-counsellor2"]
    before = audit_count(database, me, "appointments_viewed")
    listed = appointments.week_list(database, me, DEMO_UNTIL)
    assert audit_count(database, me, "appointments_viewed") == before + 1
    with database.uow() as uow:
        event = uow.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "appointments_viewed",
            AuditEvent.user_id == me.actor.user_id).order_by(AuditEvent.desk_seq.desc())
        ).first()
        khi = uow.session.scalar(select(Centre.id).where(Centre.code == "KHI"))
    assert event.entity_id == khi
    assert event.detail == {"from": "2026-11-16", "days": 7,
                            "names": sum(r.expected is not None for r in listed)}
    # The names themselves never go into the trail.
    assert not any(r.expected in str(event.detail) for r in listed if r.expected)


def test_a_restricted_cases_client_is_shown_only_to_those_on_the_case(desk):
    database, users = desk
    mine = users["khi-counsellor1"]
    case = new_case(database, mine, "Zainab Hidden", restricted=True)
    day = future_day(21)
    booked = appointments.book(database, mine, starts_at=at(day, 10), kind="appointment",
                               case_reference=case.reference)

    def expected_for(username):
        row = next(r for r in appointments.day_list(database, users[username], day)
                   if r.id == booked)
        return row.expected, row.case_reference

    assert expected_for("khi-counsellor1") == ("Zainab Hidden", case.reference)
    assert expected_for("khi-supervisor1") == ("Zainab Hidden", case.reference)
    assert expected_for("khi-counsellor2") == (None, case.reference)
    # Nor can a colleague book it by its reference.
    with pytest.raises(ValidationError) as refused:
        appointments.book(database, users["khi-counsellor2"], starts_at=at(day, 15),
                          kind="appointment", case_reference=case.reference)
    assert (refused.value.field, refused.value.message) == (
        "case_reference", "This case is not open to you.")


def test_the_week_runs_monday_to_sunday_for_one_counsellor_or_all(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    week = appointments.week_list(database, me, DEMO_UNTIL)   # a Friday
    days = {r.starts_at.astimezone(PKT).date() for r in week}
    assert min(days) >= date(2026, 11, 16) and max(days) <= date(2026, 11, 22)
    assert date(2026, 11, 16) in days and date(2026, 11, 22) not in days  # closed Sundays
    assert len(week) == len(appointments.between(database, me, date(2026, 11, 16), 7))
    mine = appointments.week_list(database, me, DEMO_UNTIL, counsellor_id=me.actor.user_id)
    assert mine and {r.counsellor_id for r in mine} == {me.actor.user_id}
    assert {r.id for r in mine} < {r.id for r in week}


def test_bookable_staff_are_the_centres_active_counsellors_and_lawyers(desk):
    database, users = desk
    options = appointments.booking_options(database, users["khi-counsellor1"])
    roles = {s.role for s in options.staff}
    assert roles == {"counsellor", "lawyer"} and len(options.staff) == 5
    assert users["khi-supervisor1"].actor.user_id not in {s.id for s in options.staff}
    assert options.rooms == ["Room 1", "Room 2", "Room 3"]
    assert all(s.last_room in options.rooms for s in options.staff)
    assert appointments.booking_options(database, users["admin"]).staff == []
    with pytest.raises(ValidationError) as refused:
        appointments.book(database, users["khi-counsellor1"], starts_at=at(future_day(22), 9),
                          kind="appointment", client_name="A B",
                          counsellor_id=users["khi-supervisor1"].actor.user_id)
    assert refused.value.field == "counsellor"


@pytest.mark.parametrize("change,field,message", [
    (dict(starts_at=at(DEMO_UNTIL, 16)), "starts_at",
     "An appointment cannot be booked in the past."),
    (dict(case_reference="KHI-1999-000001", client_name=None), "case_reference",
     "There is no case with this reference."),
    (dict(client_name="x" * 1_048_576), "client_name",
     "This field takes at most 200 characters (1,048,576 were given)."),
    (dict(phone="call me maybe"), "phone", "This phone number is not recognised."),
    (dict(phone="1098"), "phone", "This phone number is not recognised."),
    (dict(client_name="   "), "client_name",
     "Type the name of the person expected, or a case reference."),
    (dict(room="R" * 33), "room", "This field takes at most 32 characters (33 were given)."),
    (dict(duration_minutes=5), "duration_minutes", "A session lasts 10 minutes to 4 hours."),
])
def test_a_refused_booking_names_the_field_to_correct(desk, change, field, message):
    database, users = desk
    values = dict(starts_at=at(future_day(23), 10), kind="appointment", client_name="A B")
    with pytest.raises(ValidationError) as refused:
        appointments.book(database, users["khi-counsellor1"], **(values | change))
    assert (refused.value.field, refused.value.message) == (field, message)


def test_an_overlap_says_whose_booking_it_meets_and_when(desk):
    database, users = desk
    me = users["khi-counsellor2"]
    day = future_day(24)
    appointments.book(database, me, starts_at=at(day, 10), kind="appointment",
                      client_name="First Client")
    with pytest.raises(ValidationError) as refused:
        appointments.book(database, me, starts_at=at(day, 10, 30), kind="virtual",
                          client_name="Second Client")
    assert (refused.value.field, refused.value.message) == (
        "starts_at", f"{me.display_name} is already booked from 10:00 to 10:45.")
    # Booked by a colleague for them: the same check.
    with pytest.raises(ValidationError, match="already booked from 10:00 to 10:45"):
        appointments.book(database, users["khi-counsellor1"], starts_at=at(day, 9, 30),
                          kind="appointment", client_name="Third",
                          counsellor_id=me.actor.user_id)
    # Right after, or once the first is cancelled, the time is free.
    appointments.book(database, me, starts_at=at(day, 10, 45), kind="virtual",
                      client_name="Second Client")
    first = next(r for r in appointments.day_list(database, me, day)
                 if r.expected == "First Client")
    appointments.set_status(database, me, first.id, "cancelled")
    appointments.book(database, me, starts_at=at(day, 10), kind="appointment",
                      client_name="Third Client", duration_minutes=30)


def test_invisible_direction_overrides_are_dropped_from_the_name(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    day = future_day(25)
    booked = appointments.book(database, me, starts_at=at(day, 9), kind="appointment",
                               client_name="\u202eNadia\u0007 \u2066Baloch\u2069")
    detail = appointments.open_appointment(database, me, booked)
    assert detail.view.expected == "Nadia Baloch"


def test_walk_ins_get_the_next_token_of_their_centres_day_and_a_room(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    moment = at(date(2026, 11, 20), 15, 10)

    def highest(centre: str) -> int:
        with database.uow() as uow:
            return uow.session.scalar(select(func.max(Appointment.token_number)).join(
                Centre, Centre.id == Appointment.centre_id).where(
                Centre.code == centre, Appointment.token_date == date(2026, 11, 20)))

    khi, lhr = highest("KHI"), highest("LHR")
    assert khi and lhr   # the demo day has walk-ins at both
    first = appointments.register_walk_in(database, me, at=moment, client_name="Walk In")
    second = appointments.register_walk_in(database, me, at=moment, room="Room 3")
    assert (first.token_number, second.token_number) == (khi + 1, khi + 2)
    # No room asked for: the counsellor's last one.
    last_room = next(s.last_room for s in appointments.booking_options(database, me).staff
                     if s.id == me.actor.user_id)
    assert (first.room, second.room) == (last_room, "Room 3")
    # Each centre counts its own tokens.
    assert appointments.register_walk_in(database, users["lhr-counsellor1"],
                                         at=moment).token_number == lhr + 1
    next_day = appointments.register_walk_in(database, me, at=moment + timedelta(days=30))
    assert next_day.token_number == 1
    listed = {r.id: r for r in appointments.day_list(database, me, date(2026, 11, 20))}
    assert (listed[first.id].kind, listed[first.id].status, listed[first.id].expected) == (
        "walk_in", "arrived", "Walk In")


def test_status_changes_are_audited_and_sessions_start_only_when_someone_is_there(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    day = future_day(26)
    in_person = appointments.book(database, me, starts_at=at(day, 9), kind="appointment",
                                  client_name="In Person", phone="+92 345 0911124")
    online = appointments.book(database, me, starts_at=at(day, 11), kind="virtual",
                               client_name="On Line", phone="0345-0911125")
    with pytest.raises(ValidationError, match="can be started"):
        appointments.start_session(database, me, in_person)
    before = audit_count(database, me, "appointment_status_changed")
    appointments.set_status(database, me, in_person, "arrived")
    assert audit_count(database, me, "appointment_status_changed") == before + 1
    started = appointments.start_session(database, me, in_person)
    assert (started.phone, started.view.expected) == ("+923450911124", "In Person")
    virtual = appointments.start_session(database, me, online)
    assert virtual.phone == "+923450911125"
    statuses = {r.id: r.status for r in appointments.day_list(database, me, day)}
    assert statuses == {in_person: "arrived", online: "arrived"}
    appointments.set_status(database, me, online, "attended")
    with pytest.raises(ValidationError):
        appointments.start_session(database, me, online)
    with pytest.raises(ValidationError, match="no such appointment at your centre"):
        appointments.set_status(database, users["lhr-counsellor1"], in_person, "no_show")
    with pytest.raises(ValidationError):
        appointments.set_status(database, me, in_person, "gone")
    with pytest.raises(ValidationError):
        appointments.open_appointment(database, me, uuid.uuid4())


@pytest.mark.postgres
def test_the_appointment_book_works_on_postgresql(pg_url):
    """Statuses and kinds are stored as their codes, times keep Pakistan's day."""
    database = open_url(pg_url)
    try:
        admin = accounts.create_organisation(database, username="pg-admin",
                                             display_name="PG Admin",
                                             password="long enough admin password")
        with database.transaction() as c:
            c.execute(Centre.__table__.insert(), {
                "id": uuid.uuid4(), "code": "KHI", "name": "Karachi", "name_ur": None,
                "district_code": "SD-KHS", "is_demo": True,
                "created_at": datetime.now(timezone.utc),
                "updated_at": datetime.now(timezone.utc)})
        accounts.add_user(database, admin, username="pg-counsellor", display_name="Sana",
                          role="counsellor", centre_code="KHI",
                          one_time_password="kmpt-4xq7-9hcw")
        me = sign_in(database, "pg-counsellor", "kmpt-4xq7-9hcw")
        accounts.change_password(database, me, "kmpt-4xq7-9hcw", "a counsellor's own pass")
        day = future_day(5)
        booked = appointments.book(database, me, starts_at=at(day, 23, 30), kind="virtual",
                                   client_name="Late Client", phone="0345-0911126")
        walk_in = appointments.register_walk_in(database, me, at=at(day, 9))
        appointments.set_status(database, me, booked, "no_show")
        listed = appointments.day_list(database, me, day)
        assert [(r.kind, r.status, r.token_number, r.expected) for r in listed] == [
            ("walk_in", "arrived", 1, None), ("virtual", "no_show", None, "Late Client")]
        assert listed[0].id == walk_in.id
        with pytest.raises(ValidationError, match="already booked"):
            appointments.book(database, me, starts_at=at(day, 9, 15), kind="appointment",
                              client_name="Clash")
    finally:
        database.close()
