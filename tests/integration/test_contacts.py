"""A contact from start to wrap-up, and what survives a crash in between."""

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.persistence.models import Contact, ContactDraft, ContactNote, Person
from workstation.services import calls, contacts
from workstation.services.accounts import sign_in
from workstation.services.calls import screen_pop
from workstation.services.contacts import ContactForm


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("contacts")
    generate_demo(folder, DemoSize(contacts=200, cases=50, services=10, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    users = {u: sign_in(database, u, DEMO_PASSWORD)
             for u in ("khi-counsellor1", "khi-counsellor2", "admin")}
    yield folder, database, users
    database.close()


def test_a_whole_contact(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="0300-0777111")
    with database.uow() as uow:  # the call began five minutes ago
        row = uow.session.get(Contact, contact_id)
        row.started_at = row.started_at - timedelta(minutes=5)
        uow.commit()
    contacts.add_note(database, me, contact_id, "Caller is at her sister's house.")
    ended = (datetime.now(timezone.utc) - timedelta(seconds=90)).isoformat()
    contacts.wrap_up(database, me, contact_id, ContactForm(
        caller_type="survivor", language="ur", district_code="SD-KHS",
        category_code="dv_physical", urgency="high", outcome="advice_given",
        summary="Explained protection order under the Sindh DV Act.", ended_at=ended))
    with database.uow() as uow:
        row = uow.session.get(Contact, contact_id)
        assert (row.status, row.outcome, row.urgency) == ("answered", "advice_given", "high")
        assert 85 <= row.wrapup_seconds <= 120
        assert uow.session.get(ContactDraft, contact_id) is None
    pop = screen_pop(database, me, "0300 0777111")
    assert pop.contacts[0].summary == "Explained protection order under the Sindh DV Act."


def test_the_draft_survives_a_crash(desk):
    folder, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="0345-0777222")
    contacts.add_note(database, me, contact_id, "Husband in the next room.")
    contacts.save_draft(database, me, contact_id, ContactForm(
        caller_type="survivor", category_code="dv_physical", summary="She wants to lea"))
    contacts.save_draft(database, me, contact_id, ContactForm(
        caller_type="survivor", category_code="dv_physical", summary="She wants to leave"))
    # The app dies: a new process opens the database and the counsellor signs in again.
    fresh = open_desk_database(folder)
    try:
        again = sign_in(fresh, "khi-counsellor1", DEMO_PASSWORD)
        drafts = {d.contact_id: d for d in contacts.open_drafts(fresh, again)}
    finally:
        fresh.close()
    draft = drafts[contact_id]
    assert draft.form.summary == "She wants to leave"
    assert draft.number == "+923450777222"
    assert [note.body for note in draft.notes] == ["Husband in the next room."]
    # Another counsellor's drafts are not offered to me, and mine not to them.
    assert contact_id not in {d.contact_id for d in contacts.open_drafts(
        database, users["khi-counsellor2"])}


def test_draft_and_notes_are_not_in_the_file_in_clear(desk):
    folder, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="garbage number")
    contacts.add_note(database, me, contact_id, "Zzcontactnotemarker")
    contacts.save_draft(database, me, contact_id, ContactForm(summary="Zzdraftmarker"))
    blob = b"".join((folder / name).read_bytes() for name in (DESK_DB_NAME,
                                                              DESK_DB_NAME + "-wal")
                    if (folder / name).exists())
    assert b"Zzcontactnotemarker" not in blob and b"Zzdraftmarker" not in blob
    assert b"garbage number" not in blob
    # the unrecognised number is kept, as typed
    drafts = {d.contact_id: d for d in contacts.open_drafts(database, me)}
    assert drafts[contact_id].number == "garbage number"


@pytest.mark.parametrize("form,field", [
    (ContactForm(), "outcome"),
    (ContactForm(outcome="advice_given"), "summary"),
    (ContactForm(outcome="referred", summary="   "), "summary"),
    (ContactForm(outcome="nonsense"), "outcome"),
    (ContactForm(outcome="silent", urgency="whenever"), "urgency"),
    (ContactForm(outcome="silent", district_code="XX-ZZZ"), "district_code"),
    (ContactForm(outcome="silent", category_code="nope"), "category_code"),
])
def test_wrap_up_refuses_bad_input_and_keeps_the_contact_open(desk, form, field):
    _, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="1098")
    with pytest.raises(ValidationError) as caught:
        contacts.wrap_up(database, me, contact_id, form)
    assert caught.value.field == field
    assert contact_id in {d.contact_id for d in contacts.open_drafts(database, me)}


def test_silent_and_prank_calls_need_no_summary(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="")
    contacts.wrap_up(database, me, contact_id, ContactForm(outcome="silent"))
    with pytest.raises(ValidationError, match="already been wrapped up"):
        contacts.wrap_up(database, me, contact_id, ContactForm(outcome="silent"))


def test_only_the_counsellor_on_the_contact_writes_to_it(desk):
    _, database, users = desk
    contact_id = contacts.start_contact(database, users["khi-counsellor1"], typed_number="15")
    with pytest.raises(PermissionDenied):
        contacts.add_note(database, users["khi-counsellor2"], contact_id, "not mine")
    with pytest.raises(PermissionDenied):
        contacts.start_contact(database, users["admin"], typed_number="15")


def test_caller_flags_warn_until_they_expire(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    contacts.flag_caller(database, me, "0300-0777333", "prank", days=2, note="Same boys again")
    assert screen_pop(database, me, "03000777333").caller_flags == ("prank",)
    assert screen_pop(database, me, "0300-0777334").caller_flags == ()
    with database.engine.connect() as c:
        later = datetime.now(timezone.utc) + timedelta(days=3)
        assert contacts.caller_flags(c, me, "+923000777333", now=later) == []
    with pytest.raises(ValidationError):
        contacts.flag_caller(database, me, "0300-0777333", "annoying")
    with pytest.raises(ValidationError):
        contacts.flag_caller(database, me, "garbage", "prank")


def test_draft_json_shape_is_the_form(desk):
    """A draft restores into the same form whatever fields were filled."""
    _, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="0300-0777444")
    form = ContactForm(language="sd", urgency="emergency", summary="آگ لگانے کی دھمکی")
    contacts.save_draft(database, me, contact_id, form)
    restored = {d.contact_id: d for d in contacts.open_drafts(database, me)}[contact_id].form
    assert restored == form
    with database.uow() as uow:
        envelope = uow.session.scalar(select(ContactDraft.form_ct)
                                      .where(ContactDraft.contact_id == contact_id))
    assert b"emergency" not in envelope and json.dumps(form.__dict__).encode() not in envelope


@pytest.mark.parametrize("ended,words", [
    ("2026-11-22T10:00:00", "time zone"), ("yesterday", "not a time"),
    ("2099-01-01T00:00:00+00:00", "past time"), ("2020-01-01T00:00:00+00:00", "before it")])
def test_a_bad_end_time_is_refused_beside_the_field(desk, ended, words):
    _, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="15")
    with pytest.raises(ValidationError) as caught:
        contacts.wrap_up(database, me, contact_id, ContactForm(outcome="silent",
                                                               ended_at=ended))
    assert caught.value.field == "ended_at" and words in str(caught.value)


def test_taking_a_call_links_the_one_known_caller_in_one_step(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    first = calls.take_call(database, me, "0300-0777555")
    assert first.pop.known is False
    contacts.wrap_up(database, me, first.contact_id, ContactForm(outcome="wrong_number"))
    # A call-back is an outbound contact; a walk-in needs no number.
    back = calls.take_call(database, me, "0300 0777555", direction="outbound")
    assert [c.id for c in back.pop.contacts] == [first.contact_id]  # the first is history now
    walk_in = calls.take_call(database, me, None, channel="walk_in")
    with database.uow() as uow:
        rows = {r.id: r for r in uow.session.scalars(select(Contact).where(
            Contact.id.in_((back.contact_id, walk_in.contact_id))))}
    assert rows[back.contact_id].direction == "outbound"
    assert rows[walk_in.contact_id].channel == "walk_in"
    assert rows[walk_in.contact_id].phone_bidx is None
    with pytest.raises(ValidationError):
        calls.take_call(database, me, "15", direction="sideways")


def test_a_note_typed_but_not_added_is_kept_with_the_wrap_up_or_not_at_all(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="0300-0777666")
    with pytest.raises(ValidationError):   # refused: the note is not added either
        contacts.wrap_up(database, me, contact_id, ContactForm(outcome="referred"),
                         last_note="She will go to the police station tomorrow.")
    assert [d.notes for d in contacts.open_drafts(database, me)
            if d.contact_id == contact_id] == [[]]
    contacts.wrap_up(database, me, contact_id,
                     ContactForm(outcome="referred", summary="Referred to the police."),
                     last_note="She will go to the police station tomorrow.")
    with database.uow() as uow:
        notes = uow.session.scalars(select(ContactNote.id).where(
            ContactNote.contact_id == contact_id)).all()
    assert len(notes) == 1


def test_a_draft_from_another_version_is_restored_without_its_unknown_fields(desk):
    assert ContactForm.from_saved({"summary": "kept", "mood": "from a newer desk"}) == \
        ContactForm(summary="kept")


def test_wrap_up_records_who_was_calling_among_people_sharing_a_number(desk):
    _, database, users = desk
    me = users["khi-counsellor1"]
    contact_id = contacts.start_contact(database, me, typed_number="0300-0777777")
    with pytest.raises(ValidationError) as caught:
        contacts.wrap_up(database, me, contact_id, ContactForm(
            outcome="silent", person_id="not-an-id"))
    assert caught.value.field == "person_id"
    with database.uow() as uow:
        person = uow.session.scalars(select(Person.id).limit(1)).one()
    contacts.wrap_up(database, me, contact_id, ContactForm(outcome="silent",
                                                           person_id=str(person)))
    with database.uow() as uow:
        assert uow.session.get(Contact, contact_id).person_id == person
