"""The Appointments screen, driven with the keyboard: the day and the week, booking (and
being refused, with the message beside the field), marking arrivals, registering a
walk-in and starting sessions, in English and in Urdu.

The window's "today" is the demo's last day (20 November 2026), which the real clock
has passed: the core refuses bookings in the past, so new bookings go to a day ahead
of the real clock, and a booking on the demo day is the "in the past" case.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui import i18n, messages
from workstation.domain.pakistan_time import PKT
from workstation.errors import ValidationError
from workstation.persistence.database import open_desk_database
from workstation.services import appointments

from .conftest import COUNSELLOR, DEMO_DAY, close_window, open_window, wait_idle
from .test_screens import open_screen
from .view_text import column_texts, header_texts, plain

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
REFERENCE = re.compile(r"^[A-Z]{3}-20\d\d-\d{6}$")
URDU_LETTER = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def booking_window(qtbot, desk, demo_user):
    """A Karachi counsellor's window on a copy of the demo desk (these tests write)."""
    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    yield window
    close_window(window)


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier):
    if modifier == ALT:
        # Mnemonics belong to the active window (a closed dialog may leave none active).
        active(qtbot, widget.window())
    qtbot.keyClick(widget, k, modifier)
    if modifier == ALT:
        qtbot.wait(150)   # a button's mnemonic clicks it after a short animation (100 ms)


def type_text(widget, text: str) -> None:
    """Type as a keyboard does, one key event per character (keyClicks aborts on Urdu)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def ahead(days: int = 14) -> date:
    """A day ahead of the real clock."""
    return datetime.now(PKT).date() + timedelta(days=days)


def go_to(qtbot, window, screen, day: date) -> None:
    screen.date_edit.setDate(QDate(day.year, day.month, day.day))
    wait_idle(qtbot, window.runner)


def rows(screen) -> list:
    view = screen.panel.table.model()
    return [view.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(view.rowCount())]


def row_texts(screen, appointment_id) -> dict[str, str]:
    view = screen.panel.table.model()
    keys = [c.key for c in screen.model.columns()]
    position = [r.id for r in rows(screen)].index(appointment_id)
    return {k: plain(column_texts(view, k)[position]) for k in keys}


def week_cell(model, weekday: int, hour: int) -> list[str]:
    """The lines of a week cell as read (no-break spaces as spaces)."""
    text = model.cell_text(model.row_of_hour(hour), weekday)
    return plain(text).replace("\u00a0", " ").split("\n") if text else []


def open_booking(qtbot, window, screen):
    active(qtbot, window)
    screen.panel.table.setFocus()
    key(qtbot, screen.panel.table, Qt.Key.Key_B, ALT)
    dialog = screen.book_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert dialog.client_name.hasFocus()
    return dialog


def type_time(qtbot, dialog, hh_mm: str) -> None:
    """From the name, Alt+T (the Time field's mnemonic) lands on the hours; type the
    four digits."""
    dialog.client_name.setFocus()
    key(qtbot, dialog.client_name, Qt.Key.Key_T, ALT)
    assert dialog.starts_at.hasFocus()
    qtbot.keyClicks(dialog.starts_at, hh_mm.replace(":", ""))


def submit(qtbot, window, dialog) -> None:
    key(qtbot, dialog.client_name, Qt.Key.Key_Return)
    wait_idle(qtbot, window.runner)


def message_beside(dialog, field: str) -> str:
    message = dialog.form.messages[field]
    return plain(message.text()) if message.isVisible() else ""


# ---- the day and the week --------------------------------------------------------------

def test_the_day_moves_with_keys_and_filters_to_my_appointments(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "appointments")
    active(qtbot, window)
    screen.panel.table.setFocus()
    key(qtbot, screen.panel.table, Qt.Key.Key_PageDown, CTRL)
    wait_idle(qtbot, window.runner)
    assert screen.selected_day() == DEMO_DAY + timedelta(days=1)
    assert screen.day_label.text() == "Saturday 21 November 2026"
    saturday = appointments.day_list(demo_db, window.session, DEMO_DAY + timedelta(days=1))
    assert len(rows(screen)) == len(saturday) > 0
    key(qtbot, screen.panel.table, Qt.Key.Key_PageUp, CTRL)
    key(qtbot, screen.panel.table, Qt.Key.Key_PageUp, CTRL)
    wait_idle(qtbot, window.runner)
    assert screen.selected_day() == DEMO_DAY - timedelta(days=1)
    key(qtbot, screen.panel.table, Qt.Key.Key_T, ALT)
    wait_idle(qtbot, window.runner)
    assert screen.selected_day() == DEMO_DAY

    combo = screen.counsellor_combo
    assert combo.currentText() == "Everyone"
    assert combo.itemText(1) == "My appointments"
    everyone = rows(screen)
    combo.setCurrentIndex(1)
    wait_idle(qtbot, window.runner)
    me = window.session
    mine = appointments.day_list(demo_db, me, DEMO_DAY, counsellor_id=me.actor.user_id)
    assert [r.id for r in rows(screen)] == [r.id for r in mine]
    assert set(column_texts(screen.panel.table.model(), "counsellor")) <= {me.display_name}
    assert len(mine) < len(everyone)
    # The other counsellors and the lawyer of the centre can be chosen one by one.
    names = [combo.itemText(i) for i in range(2, combo.count())]
    assert len(names) == 4 and me.display_name not in names


def test_the_week_shows_every_day_as_a_column_and_opens_a_day(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "appointments")
    active(qtbot, window)
    key(qtbot, screen.panel.table, Qt.Key.Key_W, ALT)
    wait_idle(qtbot, window.runner)
    assert screen.view_mode == screen.WEEK and screen.week_table.isVisible()
    model = screen.week_model
    assert header_texts(model) == ["Mon 16 Nov", "Tue 17 Nov", "Wed 18 Nov", "Thu 19 Nov",
                                   "Fri 20 Nov", "Sat 21 Nov", "Sun 22 Nov"]
    assert screen.day_label.text() == "Week of Monday 16 November 2026"
    assert model.rowCount() >= 8
    assert model.headerData(0, Qt.Orientation.Vertical) == "09:00"
    week = [r for r in appointments.week_list(demo_db, window.session, DEMO_DAY)
            if r.status != "cancelled"]
    assert screen.count_label.text() == f"{len(week)} appointments"
    # Sunday, when the centre is closed, keeps its empty column.
    assert [model.cell_text(r, 6) for r in range(model.rowCount())] == [""] * model.rowCount()
    assert model.columnCount() == 7
    # Each booking in the cell of its day and hour: time and room (or "Online"), then
    # who is expected (or the token).
    for booking in week:
        local = booking.starts_at.astimezone(PKT)
        lines = week_cell(model, local.weekday(), local.hour)
        where = booking.room or ("Online" if booking.kind == "virtual" else "")
        who = booking.expected or (f"Token {booking.token_number}"
                                   if booking.token_number else booking.case_reference)
        first = " · ".join(p for p in (local.strftime("%H:%M"), where) if p)
        assert [first, who] in [lines[n:n + 2] for n in range(0, len(lines), 2)], lines

    key(qtbot, screen.week_table, Qt.Key.Key_PageDown, CTRL)
    wait_idle(qtbot, window.runner)
    assert header_texts(model)[0] == "Mon 23 Nov"
    # Enter on a day opens it in the day view.
    screen.week_table.setFocus()
    screen.week_table.setCurrentIndex(model.index(0, 2))
    key(qtbot, screen.week_table, Qt.Key.Key_Return)
    wait_idle(qtbot, window.runner)
    assert screen.view_mode == screen.DAY and screen.selected_day() == date(2026, 11, 25)
    assert screen.previous_button.text() == "&Previous day"


# ---- booking ---------------------------------------------------------------------------

def test_an_appointment_is_booked_with_the_keyboard_and_seen_in_the_day_and_week(
        qtbot, booking_window):
    window = booking_window
    screen = open_screen(qtbot, window, "appointments")
    day = ahead(14)
    go_to(qtbot, window, screen, day)
    before = len(rows(screen))
    dialog = open_booking(qtbot, window, screen)
    assert dialog.counsellor.currentText() == window.session.display_name
    assert dialog.day.date().toPython() == day
    qtbot.keyClicks(dialog.client_name, "Ayesha Siddiqui")
    key(qtbot, dialog.client_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.phone, "0345-0911777")
    type_time(qtbot, dialog, "10:30")
    assert dialog.starts_at.time().toString("HH:mm") == "10:30"
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: screen.book_dialog is None)
    assert screen.message.text() == "The appointment has been booked."
    assert len(rows(screen)) == before + 1
    booked = screen.selected()
    assert row_texts(screen, booked.id) == {
        "time": "10:30", "token": "", "kind": "Appointment", "expected": "Ayesha Siddiqui",
        "counsellor": window.session.display_name, "room": booked.room or "",
        "status": "Booked"}
    assert booked.room   # the counsellor's usual room was offered
    assert window.focusWidget() is screen.panel.table   # back on the list

    key(qtbot, screen.panel.table, Qt.Key.Key_W, ALT)
    wait_idle(qtbot, window.runner)
    lines = week_cell(screen.week_model, day.weekday(), 10)
    assert lines[lines.index(f"10:30 · {booked.room}") + 1] == "Ayesha Siddiqui"


def test_refused_bookings_are_explained_beside_the_field_and_nothing_typed_is_lost(
        qtbot, booking_window):
    window = booking_window
    screen = open_screen(qtbot, window, "appointments")
    me = window.session.display_name
    day = ahead(15)
    go_to(qtbot, window, screen, day)
    dialog = open_booking(qtbot, window, screen)
    qtbot.keyClicks(dialog.client_name, "First Client")
    type_time(qtbot, dialog, "11:00")
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: screen.book_dialog is None)

    dialog = open_booking(qtbot, window, screen)
    qtbot.keyClicks(dialog.client_name, "Second Client")
    type_time(qtbot, dialog, "11:30")
    qtbot.keyClicks(dialog.notes, "Comes with her sister")
    submit(qtbot, window, dialog)
    assert dialog.isVisible()
    assert message_beside(dialog, "starts_at") == f"{me} is already booked from 11:00 to 11:45."
    assert dialog.starts_at.hasFocus()
    assert dialog.starts_at.lineEdit().selectedText() == "11"   # ready for another time
    # Everything typed is still there.
    assert (dialog.client_name.text(), dialog.notes.toPlainText()) == (
        "Second Client", "Comes with her sister")

    # In the past: the demo day, which the real clock has passed.
    dialog.day.setDate(QDate(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day))
    submit(qtbot, window, dialog)
    assert message_beside(dialog, "starts_at") == "An appointment cannot be booked in the past."
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    type_time(qtbot, dialog, "14:00")

    qtbot.keyClicks(dialog.phone, "not a number")
    submit(qtbot, window, dialog)
    assert message_beside(dialog, "starts_at") == ""   # the earlier message has gone
    assert message_beside(dialog, "phone") == (
        "This phone number is not recognised. Type it as 0300-1234567 or +92 300 1234567.")
    dialog.phone.clear()

    qtbot.keyClicks(dialog.case_reference, "KHI-1999-000001")
    submit(qtbot, window, dialog)
    assert message_beside(dialog, "case_reference") == "There is no case with this reference."
    dialog.case_reference.clear()

    dialog.client_name.setText("A" * 1_048_576)   # a megabyte pasted
    submit(qtbot, window, dialog)
    assert re.fullmatch(r"This field takes at most 200 characters \([\d,]+ were given\)\.",
                        message_beside(dialog, "client_name"))

    # Bidi overrides and control characters are dropped, not stored.
    dialog.client_name.setText("\u202eSecond\u0007 Client\u202c")
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: screen.book_dialog is None)
    assert screen.selected().expected == "Second Client"
    assert row_texts(screen, screen.selected().id)["time"] == "14:00"


# ---- status, sessions, walk-ins ---------------------------------------------------------

def contact_request(qtbot, window, press):
    with qtbot.waitSignal(window.navigator.contact_requested, timeout=10_000) as blocker:
        press()
    wait_idle(qtbot, window.runner)
    return blocker.args[0]


def test_arrived_attended_and_cancel_from_the_list_with_the_keyboard(qtbot, booking_window):
    window = booking_window
    screen = open_screen(qtbot, window, "appointments")
    active(qtbot, window)
    table = screen.panel.table
    booked = next(r for r in rows(screen) if r.status == "booked" and r.kind == "appointment")
    assert screen.select(booked.id)
    table.setFocus()
    assert not screen.start_button.isEnabled()   # not here yet
    key(qtbot, table, Qt.Key.Key_A, ALT)
    wait_idle(qtbot, window.runner)
    assert row_texts(screen, booked.id)["status"] == "Arrived"
    assert screen.selected().id == booked.id      # still selected after the reload
    assert plain(screen.message.text()).endswith(": now “Arrived”.")

    request = contact_request(qtbot, window, lambda: key(qtbot, table, Qt.Key.Key_S, ALT))
    assert (request.channel, request.room) == ("walk_in", booked.room)
    calls = window.screen("calls")
    assert window.stack.currentWidget() is calls     # the session starts on the call screen
    assert calls.active is not None and calls.active.channel == "walk_in"
    assert calls.active.room == booked.room

    open_screen(qtbot, window, "appointments")      # back, to mark the session attended
    screen.select(booked.id)
    table.setFocus()
    key(qtbot, table, Qt.Key.Key_N, ALT)
    wait_idle(qtbot, window.runner)
    assert row_texts(screen, booked.id)["status"] == "Attended"

    other = next(r for r in rows(screen) if r.status == "booked")
    screen.select(other.id)
    key(qtbot, table, Qt.Key.Key_L, ALT)
    box = screen.confirm_box
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "Cancel the appointment of" in plain(box.text())
    assert box.defaultButton().text() == "&Keep it"
    box.defaultButton().click()
    wait_idle(qtbot, window.runner)
    assert row_texts(screen, other.id)["status"] == "Booked"
    key(qtbot, table, Qt.Key.Key_L, ALT)
    box = screen.confirm_box
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    next(b for b in box.buttons() if b.text() == "&Yes, cancel it").click()
    wait_idle(qtbot, window.runner)
    assert row_texts(screen, other.id)["status"] == "Cancelled"
    # And it was the core that changed, not only the list.
    database = open_desk_database(window.runner.database.path.parent)
    try:
        statuses = {r.id: r.status for r in appointments.day_list(database, window.session,
                                                                   DEMO_DAY)}
    finally:
        database.close()
    assert (statuses[booked.id], statuses[other.id]) == ("attended", "cancelled")


def test_a_virtual_session_starts_with_its_number(qtbot, booking_window):
    window = booking_window
    screen = open_screen(qtbot, window, "appointments")
    day = ahead(16)
    go_to(qtbot, window, screen, day)
    dialog = open_booking(qtbot, window, screen)
    qtbot.keyClicks(dialog.client_name, "Online Client")
    qtbot.keyClicks(dialog.phone, "0345 0911 778")
    dialog.kind.setFocus()
    key(qtbot, dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentText() == "Virtual session"
    assert dialog.room.currentText() == ""   # no room for a virtual session
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: screen.book_dialog is None)
    virtual = screen.selected()
    assert virtual.kind == "virtual" and screen.start_button.isEnabled()
    request = contact_request(qtbot, window,
                              lambda: key(qtbot, screen.panel.table, Qt.Key.Key_S, ALT))
    assert (request.channel, request.number, request.token) == (
        "virtual", "+923450911778", None)
    calls = window.screen("calls")
    assert window.stack.currentWidget() is calls and calls.active.channel == "virtual"
    open_screen(qtbot, window, "appointments")
    assert row_texts(screen, virtual.id)["status"] == "Arrived"


def test_a_walk_in_gets_the_next_token_shown_large_and_its_contact_is_requested(
        qtbot, booking_window):
    window = booking_window
    screen = open_screen(qtbot, window, "appointments")
    active(qtbot, window)
    tokens = [r.token_number for r in rows(screen) if r.token_number]
    highest = max(tokens)
    assert tokens and sorted(tokens) == list(range(1, highest + 1))
    key(qtbot, screen.panel.table, Qt.Key.Key_K, ALT)
    dialog = screen.walk_in_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.keyClicks(dialog.client_name, "Shazia Parveen")
    key(qtbot, dialog.client_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.TOKEN, timeout=10_000)
    assert dialog.token_label.text() == str(highest + 1)
    assert dialog.token_label.font().pointSizeF() >= 40   # to be called out across a room
    room = dialog.walk_in.room
    assert room and plain(dialog.room_label.text()) == (
        f"{room}, with {window.session.display_name}")
    request = contact_request(qtbot, window,
                              lambda: key(qtbot, dialog.start_button, Qt.Key.Key_Return))
    assert (request.channel, request.token, request.room, request.number) == (
        "walk_in", highest + 1, room, None)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    calls = window.screen("calls")
    assert window.stack.currentWidget() is calls
    assert (calls.active.channel, calls.active.token) == ("walk_in", highest + 1)
    assert f"token {highest + 1}" in calls.caller.channel_label.text()
    open_screen(qtbot, window, "appointments")
    walked_in = next(r for r in rows(screen) if r.token_number == highest + 1)
    assert row_texts(screen, walked_in.id) | {"time": ""} == {
        "time": "", "token": str(highest + 1), "kind": "Walk-in",
        "expected": "Shazia Parveen", "counsellor": window.session.display_name,
        "room": room, "status": "Arrived"}
    assert screen.message.text() == f"Token {highest + 1} has been given."

    # The next one gets the next number; closing starts nothing.
    key(qtbot, screen.panel.table, Qt.Key.Key_K, ALT)
    dialog = screen.walk_in_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    key(qtbot, dialog.client_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.TOKEN, timeout=10_000)
    assert dialog.token_label.text() == str(highest + 2)
    with qtbot.assertNotEmitted(window.navigator.contact_requested):
        dialog.close_button.click()
        wait_idle(qtbot, window.runner)


# ---- who sees what, and Urdu -----------------------------------------------------------

def test_an_administrator_sees_the_times_but_no_names_and_cannot_book(qtbot, demo_dir,
                                                                       demo_user):
    window = open_window(qtbot, demo_dir, demo_user("admin"))
    try:
        screen = open_screen(qtbot, window, "appointments")
        view = screen.panel.table.model()
        assert view.rowCount() > 0
        assert "Centre" in header_texts(view)   # every centre's day
        assert all(not text or REFERENCE.match(text)
                   for text in column_texts(view, "expected"))
        assert not screen.book_button.isEnabled() and not screen.walk_in_button.isEnabled()
        screen.select(rows(screen)[0].id)
        assert not screen.status_buttons["arrived"].isEnabled()
    finally:
        close_window(window)


def test_in_urdu_the_screen_reads_right_to_left_with_urdu_names(qtbot, booking_window,
                                                                   demo_db):
    window = booking_window
    window.language_actions["ur"].trigger()
    screen = open_screen(qtbot, window, "appointments")
    qtbot.waitUntil(lambda: screen.heading.text() == "ملاقاتیں")
    wait_idle(qtbot, window.runner)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    table = screen.panel.table
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The time column starts at the right edge.
    assert table.columnViewportPosition(0) > table.columnViewportPosition(1)
    view = table.model()
    headers = header_texts(view)
    assert all(URDU_LETTER.search(h) for h in headers), headers
    assert all(URDU_LETTER.search(t) for t in column_texts(view, "status"))
    names = column_texts(view, "expected")
    assert any(URDU_LETTER.search(name) for name in names)   # names written in Urdu
    assert URDU_LETTER.search(screen.day_label.text())       # جمعہ ۲۰ نومبر
    assert URDU_LETTER.search(screen.count_label.text())

    # Book for someone whose name is typed in Urdu; refused first, in Urdu, beside the time.
    day = ahead(17)
    go_to(qtbot, window, screen, day)
    dialog = open_booking(qtbot, window, screen)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Hours before minutes, as every time on screen (Qt had turned it into "00:09").
    assert dialog.starts_at.text() == dialog.starts_at.time().toString("HH:mm")
    type_text(dialog.client_name, "نسرین بی بی")
    assert dialog.client_name.text() == "نسرین بی بی"
    dialog.day.setDate(QDate(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day))
    submit(qtbot, window, dialog)
    refused = message_beside(dialog, "starts_at")
    assert refused and URDU_LETTER.search(refused) and "past" not in refused
    assert dialog.client_name.text() == "نسرین بی بی"
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: screen.book_dialog is None)
    assert "نسرین بی بی" in column_texts(view, "expected")

    screen.set_view(screen.WEEK)
    wait_idle(qtbot, window.runner)
    assert all(URDU_LETTER.search(h) for h in header_texts(screen.week_model))
    assert screen.week_table.columnViewportPosition(0) > \
        screen.week_table.columnViewportPosition(6)   # Monday on the right
    # The longer Urdu words still fit the 1280-pixel window (they once widened it).
    assert window.minimumSizeHint().width() <= 1100


def test_the_cores_booking_messages_are_shown_in_urdu(qapp, desk, demo_user):
    """Each refusal raised by the core itself: a reworded core message fails here."""
    session = demo_user(COUNSELLOR).session
    database = open_desk_database(desk)
    later = datetime.now(PKT).replace(second=0, microsecond=0) + timedelta(days=30)
    errors = []
    try:
        appointments.book(database, session, starts_at=later, kind="appointment",
                          client_name="A")
        for values in (
                dict(starts_at=datetime(2026, 11, 20, 10, tzinfo=PKT)),
                dict(starts_at=later + timedelta(minutes=15)),
                dict(client_name="   "),
                dict(case_reference="KHI-1999-000001"),
                dict(client_name="x" * 1000),
                dict(phone="abc"),
                dict(duration_minutes=500)):
            with pytest.raises(ValidationError) as refused:
                appointments.book(database, session, **({
                    "starts_at": later + timedelta(days=1), "kind": "appointment",
                    "client_name": "A"} | values))
            errors.append(refused.value)
    finally:
        database.close()
    english = [messages.full_text(e) for e in errors]
    assert all(messages.is_known(e.message) for e in errors), english
    assert all(messages.is_known(e.hint) for e in errors if e.hint)
    i18n.apply_language("ur", qapp)
    for error, before in zip(errors, english, strict=True):
        urdu = messages.full_text(error)
        assert urdu != before and URDU_LETTER.search(urdu), urdu
    assert session.display_name in messages.full_text(errors[1])
    assert "1,000" in messages.full_text(errors[4])


def test_locking_closes_the_booking_dialog_and_empties_both_views(qtbot, booking_window):
    window = booking_window
    screen = open_screen(qtbot, window, "appointments")
    shown = len(rows(screen))
    screen.set_view(screen.WEEK)
    wait_idle(qtbot, window.runner)
    screen.set_view(screen.DAY)
    wait_idle(qtbot, window.runner)
    assert shown and screen.week_model.count
    dialog = open_booking(qtbot, window, screen)
    qtbot.keyClicks(dialog.client_name, "Someone In Danger")
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Names leave the widgets, not only the screen (a dialog ends with the lock).
    assert rows(screen) == [] and screen.model.rowCount() == 0
    model = screen.week_model
    assert all(model.cell_text(r, c) == "" for r in range(model.rowCount()) for c in range(7))
    assert screen.count_label.text() == "" and screen.options.staff == []
    window.lock_screen.password.setText("demo")
    window.lock_screen.submit()
    wait_idle(qtbot, window.runner)
    qtbot.waitUntil(lambda: len(rows(screen)) == shown, timeout=10_000)
