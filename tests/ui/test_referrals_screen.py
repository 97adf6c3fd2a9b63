"""The referral lookup and the referral flow in the real window: searching as you type in
English, Urdu and Roman Urdu, the filters, the detail pane, a shelter's address withheld
from a counsellor and off the slip, and referring a case opened through the core with
`window.navigator.request_referral(case_id)`."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text

from tests.ui.conftest import (
    COUNSELLOR,
    DEMO_DAY,
    close_window,
    open_window,
    wait_idle,
)
from tests.ui.view_text import column_texts, plain
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import AuditEvent, Referral
from workstation.services import accounts, consent, directory_entries

SUPERVISOR = "khi-supervisor1"
CLIENT = "Shazia Testname"


def type_text(qtbot, widget, text_: str) -> None:
    widget.setFocus()
    if text_.isascii():
        qtbot.keyClicks(widget, text_)
        return
    # qtbot.keyClicks aborts on non-ASCII: Urdu goes in as key events carrying the text.
    for ch in text_:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


@pytest.fixture
def desk_window(qtbot, desk, demo_user):
    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    yield window
    close_window(window)


@pytest.fixture
def supervisor_window(qtbot, desk, demo_user):
    window = open_window(qtbot, desk, demo_user(SUPERVISOR))
    yield window
    close_window(window)


def lookup(qtbot, window):
    window.show_screen_id("referrals")
    wait_idle(qtbot, window.runner)
    return window.screen("referrals")


def search(qtbot, screen, query: str) -> list:
    screen.search.clear()
    type_text(qtbot, screen.search, query)
    qtbot.waitUntil(lambda: not screen._timer.isActive(), timeout=2000)
    wait_idle(qtbot, screen.runner)
    return screen.model.rows()


def wait_detail(qtbot, screen):
    qtbot.waitUntil(lambda: screen._detail is not None
                    and screen.chosen() is not None
                    and screen._detail.id == screen.chosen().id, timeout=5000)
    return screen._detail


def test_typing_english_and_roman_urdu_finds_services_as_you_type(qtbot, desk_window):
    screen = lookup(qtbot, desk_window)
    assert QApplication.focusWidget() is not None
    rows = search(qtbot, screen, "thana")
    assert rows and "police_station" in rows[0].types
    assert "Police" in column_texts(screen.model, "type")[0]
    rows = search(qtbot, screen, "darul amn")   # Roman Urdu with a typo
    assert rows and all("darul_aman" in r.types for r in rows[:3])
    # Any query syntax is only text: no error, the list says what it found.
    for odd in ('"thana" NEAR (*', "((", "*"):
        search(qtbot, screen, odd)
        assert screen.model.error is None


def test_a_word_typed_at_speed_is_one_search_even_after_a_filter_change(qtbot, desk_window):
    screen = lookup(qtbot, desk_window)
    screen.free.setChecked(True)          # a filter change searches at once
    qtbot.waitUntil(lambda: not screen._timer.isActive())
    wait_idle(qtbot, desk_window.runner)
    before = screen._generation
    screen.search.setFocus()
    for letter in "hospital":                    # a quick typist: 30 ms a key
        qtbot.keyClick(screen.search, letter)
        qtbot.wait(30)
    assert screen._generation == before          # nothing searched while typing
    qtbot.waitUntil(lambda: not screen._timer.isActive())
    wait_idle(qtbot, desk_window.runner)
    assert screen._generation == before + 1
    assert screen.model.rows()
    assert any("hospital_mlo" in r.types for r in screen.model.rows())


def test_typing_urdu_finds_the_same_services(qtbot, desk_window):
    screen = lookup(qtbot, desk_window)
    rows = search(qtbot, screen, "دارالامان")
    assert rows and "darul_aman" in rows[0].types
    rows = search(qtbot, screen, "پولیس")
    assert rows and "police_station" in rows[0].types
    assert rows[0].phones   # the first row is chosen and shown
    detail = wait_detail(qtbot, screen)
    shown = plain(screen.detail_values["phones"].text())
    assert detail.phones[0] in shown


def test_the_callers_district_comes_first_and_filters_narrow(qtbot, desk_window):
    screen = lookup(qtbot, desk_window)
    screen.show_district("SD-KHS")
    wait_idle(qtbot, desk_window.runner)
    rows = search(qtbot, screen, "")
    assert rows and rows[0].in_caller_district
    texts = set(column_texts(screen.model, "district"))
    assert texts <= {"Karachi South", "Nationwide"} and "Nationwide" in texts
    locals_ = [r.in_caller_district for r in rows]
    assert locals_ == sorted(locals_, reverse=True)   # the district's own services first
    screen.people_combo.setCurrentIndex(screen.people_combo.findData("children"))
    screen.free.setChecked(True)
    wait_idle(qtbot, desk_window.runner)
    qtbot.waitUntil(lambda: not screen._timer.isActive())
    wait_idle(qtbot, desk_window.runner)
    rows = screen.model.rows()
    assert rows and all("police_station" not in r.types for r in rows)


def test_a_shelters_address_is_hidden_from_a_counsellor(qtbot, desk_window):
    screen = lookup(qtbot, desk_window)
    rows = search(qtbot, screen, "darul aman")
    shelter = next(n for n, r in enumerate(rows) if r.confidential)
    screen._select_row(shelter)
    detail = wait_detail(qtbot, screen)
    assert detail.address_withheld and detail.address is None
    assert "Confidential" in screen.detail_values["address"].text()
    assert screen.demo_marker.isVisible() and "Demo entry" in screen.demo_marker.text()
    assert not screen.edit_button.isVisible()


def test_a_supervisor_sees_the_address_and_the_entries_to_verify(qtbot, supervisor_window):
    window = supervisor_window
    screen = lookup(qtbot, window)
    rows = search(qtbot, screen, "darul aman")
    screen._select_row(next(n for n, r in enumerate(rows) if r.confidential))
    detail = wait_detail(qtbot, screen)
    assert detail.address and detail.address in screen.detail_values["address"].text()
    screen.stale_button.setChecked(True)
    wait_idle(qtbot, window.runner)
    stale = screen.model.rows()
    cutoff = DEMO_DAY - timedelta(days=183)
    assert stale and all(r.assured_date is None or r.assured_date < cutoff for r in stale)


def _open_case(database, session) -> uuid.UUID:
    with database.transaction() as c:
        return uuid.UUID(str(c.execute(text(
            "select c.id from cases c join centres ce on ce.id = c.centre_id "
            "where ce.code = 'KHI' and not c.restricted and c.status != 'closed' "
            "order by c.reference limit 1")).scalar()))


def test_referring_a_case_from_the_case_form(qtbot, desk, desk_window, tmp_path):
    window = desk_window
    database = open_desk_database(desk)
    try:
        session = accounts.sign_in(database, COUNSELLOR, "demo")
        case_id = _open_case(database, session)
        consent.record(database, session, case_id, purpose="referral", granted=True)
    finally:
        database.close()
    window.navigator.request_referral(case_id)
    wait_idle(qtbot, window.runner)
    screen = window.screen("referrals")
    assert window.stack.currentWidget() is screen
    assert screen.banner.isVisible() and screen.referring.case_id == case_id
    assert screen.referring.reference in plain(screen.banner_text.text())
    # The small demo has few services per district: look in every district.
    screen.district.set_value(None)
    rows = search(qtbot, screen, "legal aid")
    chosen = next(n for n, r in enumerate(rows) if r.is_demo and not r.confidential)
    screen._select_row(chosen)
    detail = wait_detail(qtbot, screen)
    screen.panel.table.setFocus()
    qtbot.keyClick(screen.panel.table, Qt.Key.Key_Return)   # Enter refers
    dialog = screen.dialog
    assert dialog is not None and dialog.objectName() == "refer-dialog"
    qtbot.waitUntil(lambda: dialog.consented is not None)
    assert dialog.consented and dialog.refer_button.isEnabled()
    assert "agreed" in dialog.consent_note.text()
    dialog.refer_button.click()
    wait_idle(qtbot, window.runner)
    slip_dialog = screen.dialog
    assert slip_dialog.objectName() == "referral-slip"
    assert not screen.banner.isVisible()
    qtbot.waitUntil(lambda: slip_dialog.slip is not None, timeout=10_000)
    slip_dialog.lang.setCurrentIndex(slip_dialog.lang.findData("en"))
    qtbot.waitUntil(lambda: slip_dialog.slip is not None
                    and slip_dialog.slip.choice.lang == "en", timeout=10_000)
    saved = tmp_path / "slip.pdf"
    slip_dialog.ask_pdf_path = lambda _suggested: saved
    slip_dialog.save_button.click()
    wait_idle(qtbot, window.runner)
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    assert detail.name in words and screen_reference(desk, case_id) in words
    assert CLIENT not in words and "Client:" not in words
    database = open_desk_database(desk)
    try:
        with database.engine.connect() as c:
            (referral,) = c.execute(select(Referral.status, Referral.service_id)
                                    .where(Referral.case_id == case_id,
                                           Referral.service_id == detail.id)).all()
            assert referral.status == "referred"
            assert c.execute(select(AuditEvent.id).where(
                AuditEvent.action == "referral_slip_saved")).first()
    finally:
        database.close()
    slip_dialog.reject()


def screen_reference(folder, case_id) -> str:
    database = open_desk_database(folder)
    try:
        with database.engine.connect() as c:
            return c.execute(text("select reference from cases where id = :i"),
                             {"i": case_id.hex}).scalar()
    finally:
        database.close()


def test_without_consent_a_counsellor_cannot_refer(qtbot, desk, desk_window):
    window = desk_window
    database = open_desk_database(desk)
    try:
        session = accounts.sign_in(database, COUNSELLOR, "demo")
        case_id = _open_case(database, session)
    finally:
        database.close()
    window.navigator.request_referral(case_id)
    wait_idle(qtbot, window.runner)
    screen = window.screen("referrals")
    screen.district.set_value(None)
    rows = search(qtbot, screen, "hospital")
    screen._select_row(next(n for n, r in enumerate(rows) if r.is_demo))
    wait_detail(qtbot, screen)
    screen.refer_button.click()
    dialog = screen.dialog
    qtbot.waitUntil(lambda: dialog.consented is not None)
    assert dialog.consented is False and not dialog.refer_button.isEnabled()
    assert "ask a supervisor" in dialog.consent_note.text()
    assert not dialog.reason.isVisible()
    dialog.reject()


def test_the_slip_of_a_shelter_keeps_its_address_off(qtbot, desk, desk_window, tmp_path):
    window = desk_window
    database = open_desk_database(desk)
    try:
        session = accounts.sign_in(database, COUNSELLOR, "demo")
        case_id = _open_case(database, session)
        consent.record(database, session, case_id, purpose="referral", granted=True)
        supervisor = accounts.sign_in(database, SUPERVISOR, "demo")
        shelter = next(h for h in __import__("workstation.directory.search", fromlist=["x"])
                       .search_services(database, "darul aman", may_see_confidential=True,
                                        limit=100) if h.confidential and h.is_demo)
        street = directory_entries.service_detail(database, supervisor,
                                                  shelter.service_id).address_1
    finally:
        database.close()
    window.navigator.request_referral(case_id)
    wait_idle(qtbot, window.runner)
    screen = window.screen("referrals")
    screen.district.set_value(None)
    rows = search(qtbot, screen, "darul aman")
    screen._select_row(next(n for n, r in enumerate(rows) if r.id == shelter.service_id))
    wait_detail(qtbot, screen)
    screen.refer_chosen()
    dialog = screen.dialog
    qtbot.waitUntil(lambda: dialog.consented is not None)
    dialog.refer_button.click()
    wait_idle(qtbot, window.runner)
    slip_dialog = screen.dialog
    qtbot.waitUntil(lambda: slip_dialog.slip is not None, timeout=10_000)
    assert not slip_dialog.print_address.isVisible()   # a counsellor has no such choice
    assert slip_dialog.address_note.isVisible()
    saved = tmp_path / "shelter.pdf"
    slip_dialog.ask_pdf_path = lambda _suggested: saved
    slip_dialog.save_button.click()
    wait_idle(qtbot, window.runner)
    words = " ".join(p.extract_text() for p in PdfReader(str(saved)).pages)
    assert street and street not in words
    slip_dialog.reject()


def test_the_lookup_in_urdu_keeps_phone_numbers_left_to_right(qtbot, desk_window):
    window = desk_window
    window.language_actions["ur"].trigger()
    qtbot.wait(50)
    screen = lookup(qtbot, window)
    rows = search(qtbot, screen, "تھانہ")
    assert rows
    phone = column_texts(screen.model, "phone")[0]
    assert phone.startswith("\u200f\u2066") and phone.endswith("\u2069")
    assert screen.search_label.text() != "&Search:"   # translated


def path_exists(path: Path) -> bool:
    return path.exists()


def test_a_supervisor_imports_a_partners_file_with_a_progress_bar(qtbot, tmp_path,
                                                                  supervisor_window):
    import json

    from workstation.directory import hsds_export
    from workstation.persistence.models import Service

    window = supervisor_window
    screen = lookup(qtbot, window)
    source = tmp_path / "partners.json"
    hsds_export.export_json(window.runner.database, source)
    page = json.loads(source.read_text(encoding="utf-8"))
    page["contents"] = page["contents"][:3]
    for n, service in enumerate(page["contents"]):
        service["id"] = str(uuid.UUID(int=n + 1))          # three new services …
        service["name"] = f"Partner clinic {n}"
        for key in ("phones", "schedules", "service_areas", "languages",
                    "service_at_locations", "attributes"):
            service[key] = []
    page["contents"][1]["status"] = "maybe"                # … one of them broken
    source.write_text(json.dumps(page), encoding="utf-8")
    asked = []
    screen.ask_import_path = lambda: source
    screen.ask_import_valid = lambda report: asked.append(report) or True

    # Stopped while it waits for the runner: nothing is imported.
    import threading

    busy = threading.Event()
    window.runner.run(lambda _ctx: busy.wait(10), label="something before")
    screen.import_button.click()
    screen.import_progress.canceled.emit()   # the Stop button
    busy.set()
    wait_idle(qtbot, window.runner)
    assert not asked
    assert "nothing was imported" in screen.detail_hint.text()

    screen.import_button.click()
    assert screen.import_progress is not None and screen.import_progress.maximum() == 1000
    wait_idle(qtbot, window.runner)
    (first,) = asked   # errors first: the person chose to import the valid records
    assert any(p.field == "status" and p.record == "contents[1]" for p in first.errors)
    assert screen.last_import.services == 2 and screen.import_progress is None
    assert "2 services imported." in screen.detail_hint.text()
    with window.runner.database.engine.connect() as c:
        names = set(c.scalars(select(Service.name).where(Service.name.like("Partner%"))))
    assert names == {"Partner clinic 0", "Partner clinic 2"}
    rows = search(qtbot, screen, "partner clinic")
    assert {r.name for r in rows} >= names


def test_a_counsellor_has_no_import(qtbot, desk_window):
    screen = lookup(qtbot, desk_window)
    assert not screen.import_button.isVisible() and not screen.stale_button.isVisible()
