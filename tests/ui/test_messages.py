"""The core's messages a counsellor meets are recognised and shown in Urdu.

Each message here is raised by the core itself (cheap calls only: no Argon2id), so a
reworded message in the core fails this test instead of silently staying in English.
"""

from __future__ import annotations

import uuid

import pytest
from keyring.backends import fail

from ui import i18n, messages
from workstation.crypto.keyring_store import check_backend
from workstation.domain.permissions import Action, Actor, require
from workstation.domain.vocab import Role
from workstation.errors import WorkstationError
from workstation.services import accounts
from workstation.services.accounts import SignInDelayed, UserSession


def raised(call) -> WorkstationError:
    with pytest.raises(WorkstationError) as caught:
        call()
    return caught.value


def assert_recognised_and_translated(qapp, error: WorkstationError) -> None:
    assert messages.is_known(error.message), error.message
    if error.hint:
        assert messages.is_known(error.hint), error.hint
    english = messages.full_text(error)
    i18n.apply_language("ur", qapp)
    urdu = messages.full_text(error)
    assert urdu != english
    # Mostly Urdu letters; Latin only for names of things (keyring backends, commands).
    letters = [ch for ch in urdu if ch.isalpha()]
    assert sum("\u0600" <= ch <= "\u06ff" for ch in letters) > len(letters) / 2, urdu


def core_errors() -> list[WorkstationError]:
    counsellor = Actor(uuid.uuid4(), Role.COUNSELLOR, uuid.uuid4())
    locked = UserSession(counsellor, "khi-counsellor1", "Ayesha", False, None, None)
    locked.lock()
    return [
        raised(lambda: accounts.check_username("A")),
        raised(lambda: accounts.check_password("short", "someone")),
        raised(lambda: accounts.check_password("aaaaaaaaaaaa", "someone")),
        SignInDelayed(20),
        raised(lambda: require(counsellor, Action.MANAGE_USERS)),
        raised(lambda: locked.keys),
        raised(lambda: check_backend(fail.Keyring())),
    ]


@pytest.mark.parametrize("index", range(7))
def test_core_messages_are_recognised_and_translated(qapp, index):
    error = core_errors()[index]
    assert_recognised_and_translated(qapp, error)


def test_the_wait_counts_in_the_right_plural(qapp):
    assert messages.delay_text(1) == "Too many failed sign-ins. Try again in 1 second."
    assert messages.delay_text(20) == "Too many failed sign-ins. Try again in 20 seconds."
    i18n.apply_language("ur", qapp)
    assert "20" in messages.delay_text(20)


def test_an_unknown_message_is_shown_as_the_core_wrote_it(qapp):
    error = WorkstationError("Something new went wrong.", hint="Try again.")
    i18n.apply_language("ur", qapp)
    assert messages.full_text(error) == "Something new went wrong. Try again."
    assert messages.full_text(RuntimeError("disk I/O")).endswith("۔")  # general, no details


def sheet_errors(database, counsellor) -> list[WorkstationError]:
    """What the guidance sheet dialog meets, raised by the core itself."""
    from pathlib import Path

    from workstation.documents.urdu_text import register_font
    from workstation.services import sheets
    from workstation.speech.read_aloud import VoiceInfo, voice_for

    def prepare(**choice):
        return lambda: sheets.prepare_sheet(database, counsellor, sheets.SheetChoice(
            "acid_attack", lang="ur", **choice))

    english_only = [VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",))]
    return [
        raised(prepare(district="Atlantis")),
        raised(prepare(case_reference="KHI-1999-000001")),
        raised(prepare(case_reference="X" * 41)),
        raised(prepare(case_reference="LHR-2016-000001")),
        raised(prepare(client_name="N" * 121)),
        raised(prepare(client_name="N" * 100, size="a5", large_print=True)),
        raised(lambda: voice_for("ur", english_only)),
        raised(lambda: voice_for("en", [])),
        raised(lambda: register_font("naskh", Path("/nonexistent"))),
    ]


@pytest.mark.parametrize("index", range(9))
def test_guidance_sheet_messages_are_recognised_and_translated(qapp, demo_db, demo_user,
                                                               index):
    error = sheet_errors(demo_db, demo_user("khi-counsellor1").session)[index]
    assert_recognised_and_translated(qapp, error)


def referral_errors(database, counsellor) -> list[WorkstationError]:
    """What the core says when a referral or a slip is refused (no case is changed)."""
    from datetime import date

    from sqlalchemy import text

    from workstation.directory.search import search_services
    from workstation.services import referral_slips, referrals

    with database.engine.connect() as c:
        case_id = uuid.UUID(str(c.execute(text(
            "select c.id from cases c join centres ce on ce.id = c.centre_id where "
            "ce.code = 'KHI' and not c.restricted order by c.reference desc limit 1")
        ).scalar()))
    service = search_services(database, "police", limit=1)[0].service_id
    return [
        raised(lambda: referrals.refer(database, counsellor, case_id, service,
                                       follow_up_on=date(2000, 1, 1))),
        raised(lambda: referrals.refer(database, counsellor, case_id, service,
                                       override_reason="x")),
        raised(lambda: referral_slips.prepare_slip(database, counsellor, referral_slips
                                                   .SlipChoice(uuid.uuid4(),
                                                               include_confidential_address=True))),
    ]


@pytest.mark.parametrize("index", range(3))
def test_referral_messages_are_recognised_and_translated(qapp, demo_db, demo_user, index):
    error = referral_errors(demo_db, demo_user("khi-counsellor1").session)[index]
    assert_recognised_and_translated(qapp, error)


def case_errors() -> list[WorkstationError]:
    """What the case form meets when a value is refused, raised by the core's own checks."""
    from datetime import date, timedelta

    from workstation.domain.case_status import check_transition
    from workstation.domain.text import clean_text
    from workstation.services.cases import CaseRecord, PersonOnCase, validate_case

    today = date(2026, 11, 20)

    def case(**values):
        return lambda: validate_case(CaseRecord(**values), today)

    def person(**values):
        return case(persons=[PersonOnCase(**{"role": "client", **values})])

    return [
        raised(person(cnic="12345-123")),
        raised(person(birth_date=today + timedelta(days=1))),
        raised(person(phone="call me")),
        raised(person(role="neighbour")),
        raised(person(district_code="XX-NOWHERE")),
        raised(case(incident_on=today + timedelta(days=1))),
        raised(lambda: check_transition("closed", "open", None)),
        raised(lambda: check_transition("open", "new", None)),
        raised(lambda: clean_text("x" * 201, "name")),
        raised(lambda: clean_text(" ", "note", required=True)),
    ]


@pytest.mark.parametrize("index", range(10))
def test_case_form_messages_are_recognised_and_translated(qapp, index):
    error = case_errors()[index]
    assert_recognised_and_translated(qapp, error)
