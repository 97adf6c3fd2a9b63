"""The call screen: a whole call with the keyboard only, what the pop shows, drafts kept
through a lock and a second call, and numbers as people type them."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Contact, ContactDraft, ContactNote
from workstation.services import accounts, calls, contacts
from workstation.services.sealed import open_fields

from .callers import known_caller
from .conftest import COUNSELLOR, wait_idle
from .view_text import column_texts, plain

CTRL = Qt.KeyboardModifier.ControlModifier


def take_call(qtbot, window, number: str | None, channel: str = "phone"):
    """The counsellor types a number on the call screen and presses Enter."""
    screen = window.show_screen_id("calls")
    screen.channel_combo.setCurrentIndex(screen.channel_combo.findData(channel))
    screen.number_edit.setText(number or "")
    screen.start_typed()
    wait_idle(qtbot, window.runner)
    return screen


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key where the keyboard focus is, as a person would press it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    # qtbot.keyClicks aborts on non-ASCII: Urdu goes in as key events carrying the text.
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def stored_contact(folder, contact_id):
    database = open_desk_database(folder)
    try:
        session = accounts.sign_in(database, COUNSELLOR, "demo")
        with database.engine.connect() as c:
            row = c.execute(select(Contact).where(Contact.id == contact_id)).one()
            summary = open_fields(session.keys, "contacts", row.id, row, ("summary",))[0]
            notes = [open_fields(session.keys, "contact_notes", n.id, n, ("body",))[0]["body"]
                     for n in c.execute(select(ContactNote.id, ContactNote.body_ct).where(
                         ContactNote.contact_id == contact_id)
                         .order_by(ContactNote.created_at))]
            draft = c.execute(select(ContactDraft.contact_id).where(
                ContactDraft.contact_id == contact_id)).first()
        return row, summary["summary"], notes, draft
    finally:
        database.close()


def test_a_whole_call_from_screen_pop_to_wrap_up_with_the_keyboard_only(qtbot, desk,
                                                                        desk_window):
    window = desk_window
    caller = known_caller(desk)
    screen = window.screen("calls")

    press(qtbot, Qt.Key.Key_N, CTRL)                      # Ctrl+N from anywhere
    assert screen.number_edit.hasFocus()
    # As people type it: national format with a dash.
    type_text(qtbot, "0" + caller.number[3:6] + "-" + caller.number[6:])
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, window.runner)

    panel = screen.caller
    assert screen.pages.currentWidget() is screen.contact_page
    assert plain(panel.number_label.text()).replace(" ", "") == "0" + caller.number[3:]
    assert panel.known_label.text() == f"Known caller: \u2068{caller.name}\u2069"
    assert panel.safety_banner.isVisible()
    assert "Not safe to call back" in panel.safety_banner.text() or \
        "Do not leave a message" in panel.safety_banner.text() or \
        "Ask for the agreed passphrase" in panel.safety_banner.text()
    assert panel.history_model.rowCount() == caller.contacts
    assert panel.summary_view.isVisible()                 # the newest summary, whole
    assert panel.timer.running and panel.timer.text() in ("00:00", "00:01", "00:02")
    assert screen.last_pop_ms is not None
    print(f"screen pop shown {screen.last_pop_ms:.1f} ms after Enter")

    # Quick intake: the first letter picks in a combo, a few letters narrow a list.
    assert screen.form.caller_type.hasFocus()
    type_text(qtbot, "S")                                  # Survivor or client
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "U")                                  # Urdu
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.form.district.hasFocus()
    type_text(qtbot, "malir")
    press(qtbot, Qt.Key.Key_Return)                        # the only district left
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "H")                                  # High
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.form.category.hasFocus()
    type_text(qtbot, "acid")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.form.district.value() == "SD-KHM"
    assert screen.form.category.value() == "hp_acid_attack"

    press(qtbot, Qt.Key.Key_Tab)
    assert screen.form.note_edit.hasFocus()
    type_text(qtbot, "Burns on the arm; she is at her mother's house.")
    press(qtbot, Qt.Key.Key_Return, CTRL)                  # add the note
    wait_idle(qtbot, window.runner)
    assert screen.form.notes_list.count() == 1
    assert screen.form.note_edit.toPlainText() == ""

    press(qtbot, Qt.Key.Key_F9)                            # the call ends
    assert not panel.timer.running
    assert screen.form.outcome.hasFocus()
    type_text(qtbot, "A")                                  # Advice given
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.form.summary.hasFocus()
    type_text(qtbot, "Explained the medico-legal examination and the FIR.")
    press(qtbot, Qt.Key.Key_S, CTRL)                       # finish the wrap-up
    wait_idle(qtbot, window.runner)

    assert screen.pages.currentWidget() is screen.idle_page
    assert window.statusBar().currentMessage() == "Contact wrapped up."
    contact_id = screen.model.row_at(0).id                 # the log's newest line
    row, summary, notes, draft = stored_contact(desk, contact_id)
    assert (row.status, row.outcome, row.caller_type, row.language, row.district_code,
            row.urgency) == ("answered", "advice_given", "survivor", "ur", "SD-KHM", "high")
    assert summary == "Explained the medico-legal examination and the FIR."
    assert notes == ["Burns on the arm; she is at her mother's house."]
    assert draft is None                                   # the draft goes at wrap-up
    assert row.person_id is not None and row.wrapup_seconds is not None
    assert row.ended_at is not None


def test_a_substantive_outcome_needs_a_summary_said_beside_the_field(qtbot, desk_window):
    window = desk_window
    screen = take_call(qtbot, window, "0321 0000001")
    form = screen.form
    form.outcome.setCurrentIndex(form.outcome.findData("referred"))
    form.note_edit.setPlainText("Typed but not added yet")
    screen.finish()
    wait_idle(qtbot, window.runner)
    message = form.wrap.messages["summary"]
    assert message.isVisible() and message.text().startswith(
        "Write a short summary of this contact.")
    assert form.summary.hasFocus()
    assert screen.active is not None                       # nothing was lost
    assert form.note_edit.toPlainText() == "Typed but not added yet"
    form.summary.setPlainText("Referred to the Malir police women's desk.")
    screen.finish()
    wait_idle(qtbot, window.runner)
    assert screen.active is None
    # The note typed and never added is kept, not dropped at wrap-up.
    contact_id = screen.model.row_at(0).id
    assert stored_contact(window.runner.database.path.parent, contact_id)[2] == [
        "Typed but not added yet"]


@pytest.mark.parametrize("typed, shown, known", [
    ("+92 300 1234567", "0300 1234567", "New number: no earlier contact"),
    ("92-21-35123456", "(021) 35123456", "New number: no earlier contact"),
    ("۰۳۰۰۱۲۳۴۵۶۷", "0300 1234567", "New number: no earlier contact"),
    ("1098", "1098", "New number: no earlier contact"),
    ("call me maybe", "call me maybe", "Unrecognised number: kept as given, but it cannot "
     "be looked up or called back. Ask for a number like 0300 1234567 if it is safe to do "
     "so."),
])
def test_numbers_as_people_type_them(qtbot, desk_window, typed, shown, known):
    window = desk_window
    screen = take_call(qtbot, window, typed)
    assert plain(screen.caller.number_label.text()) == shown
    assert screen.caller.known_label.text() == known
    assert screen.caller.history.message.text() in (
        "No earlier contact from this number at your centre.",
        "Without a recognised number there is no history to show.")


def test_a_phone_call_without_a_number_is_asked_for_and_a_walk_in_needs_none(qtbot,
                                                                            desk_window):
    window = desk_window
    screen = take_call(qtbot, window, None)
    assert screen.start_message.isVisible()
    assert screen.active is None
    take_call(qtbot, window, None, "walk_in")
    assert screen.active is not None and screen.active.channel == "walk_in"
    assert screen.caller.known_label.text() == "No number: withheld, or a walk-in without one."


def test_locking_mid_call_keeps_the_draft_and_unlocking_brings_the_contact_back(
        qtbot, desk_window):
    window = desk_window
    screen = take_call(qtbot, window, "0333 0000002")
    contact_id = screen.active.contact_id
    screen.form.summary.setPlainText("She will call again after 6 pm.")
    screen.form.note_edit.setPlainText("not added yet")
    window.lock()                                          # before the 5-second save
    wait_idle(qtbot, window.runner)
    assert screen.active is None
    assert screen.form.summary.toPlainText() == ""         # gone from the widgets
    assert screen.caller.number_label.text() == ""

    lock = window.lock_screen
    qtbot.keyClicks(lock.password, "demo")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: not window.session.locked, timeout=10_000)
    wait_idle(qtbot, window.runner)
    assert screen.active is not None and screen.active.contact_id == contact_id
    assert screen.form.summary.toPlainText() == "She will call again after 6 pm."
    assert screen.form.note_edit.toPlainText() == "not added yet"
    assert not screen.restored_label.isVisible()           # not a crash: no banner


def test_a_second_call_holds_the_first_which_comes_back_after_wrap_up(qtbot, desk_window):
    window = desk_window
    screen = take_call(qtbot, window, "0333 0000003")
    first = screen.active.contact_id
    screen.form.summary.setPlainText("First caller, half told.")
    take_call(qtbot, window, "0333 0000004")
    assert screen.active.contact_id != first
    assert screen.open_combo.isVisible() and screen.open_combo.count() == 2
    assert screen.form.summary.toPlainText() == ""
    screen.form.outcome.setCurrentIndex(screen.form.outcome.findData("wrong_number"))
    screen.finish()
    wait_idle(qtbot, window.runner)
    assert screen.active is not None and screen.active.contact_id == first
    assert screen.form.summary.toPlainText() == "First caller, half told."


def test_prank_outcome_warns_colleagues_at_the_next_pop(qtbot, desk_window):
    window = desk_window
    screen = take_call(qtbot, window, "0345 0000005")
    form = screen.form
    form.outcome.setCurrentIndex(form.outcome.findData("prank"))
    assert form.warn.isVisible() and form.warn.isChecked()
    screen.finish()
    wait_idle(qtbot, window.runner)
    assert "Colleagues will be warned about this number." in \
        window.statusBar().currentMessage()
    take_call(qtbot, window, "03450000005")
    warning = screen.caller.warning_banner
    assert warning.isVisible() and "Prank calls" in warning.text()
    assert "never refuse an emergency" in warning.text()
    assert screen.active is not None                       # warned, never blocked


def test_f7_opens_the_directory_for_the_callers_district(qtbot, desk_window):
    window = desk_window
    screen = take_call(qtbot, window, "0345 0000006")
    screen.form.district.set_value("SD-KHS")
    screen.form.district.setFocus()
    press(qtbot, Qt.Key.Key_F7)
    wait_idle(qtbot, window.runner)
    referrals = window.screen("referrals")
    assert window.stack.currentWidget() is referrals
    assert referrals.selected_district() == "SD-KHS"
    # The district's services, and the national helplines that serve every district.
    assert set(column_texts(referrals.model, "district")) <= {"Karachi South", "Nationwide"}


def test_urdu_notes_typed_in_the_urdu_window_are_kept_as_written(qtbot, desk_window):
    window = desk_window
    window.language_actions["ur"].trigger()
    qtbot.wait(50)
    screen = take_call(qtbot, window, "0345 0000007")
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    screen.form.note_edit.setFocus()
    type_text(qtbot, "شوہر نے فون چھین لیا")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window.runner)
    assert screen.form.notes_list.item(0).text().endswith("شوہر نے فون چھین لیا")
    database = window.runner.database
    drafts = contacts.open_drafts(database, window.session)
    kept = next(d for d in drafts if d.contact_id == screen.active.contact_id)
    assert [n.body for n in kept.notes] == ["شوہر نے فون چھین لیا"]
    assert isinstance(kept.contact_id, uuid.UUID)
    assert calls.screen_pop(database, window.session, "03450000007").number.e164 == \
        "+923450000007"
