"""The morning worklist and the PBX hook in the window: missed calls in, call-backs out."""

from __future__ import annotations

import http.client
import json
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.integration.test_callbacks import MASTER_CSV, QUEUE_LOG
from ui.call_events import CallEvents
from workstation.pbx_hook import HookSettings
from workstation.services import callbacks

from .callers import known_caller
from .conftest import COUNSELLOR, close_window, open_window, wait_idle
from .view_text import column_texts, plain

TOKEN = "window-test-token"


def worklist_numbers(screen) -> list[str]:
    return [plain(t).replace(" ", "") for t in column_texts(screen.callback_model, "number")]


def import_logs(qtbot, window, tmp_path):
    screen = window.show_screen_id("worklist")
    wait_idle(qtbot, window.runner)
    for name, text in (("Master.csv", MASTER_CSV), ("queue_log", QUEUE_LOG)):
        path = tmp_path / name
        path.write_text(text)
        screen.import_file(path)
        wait_idle(qtbot, window.runner)
    return screen


def test_the_window_opens_on_the_morning_worklist_when_calls_wait(desk_window):
    window = desk_window
    screen = window.screen("worklist")
    assert window.stack.currentWidget() is screen
    assert screen.callback_model.rowCount() > 0
    assert screen.summary.text().startswith(("Since your last shift began", "Your first shift"))
    assert "call-backs waiting" in screen.summary.text()
    assert screen.tabs.tabText(0).startswith("&Call-backs (")


def test_asterisk_logs_fill_the_worklist_most_urgent_then_oldest(qtbot, desk_window,
                                                                tmp_path):
    window = desk_window
    screen = import_logs(qtbot, window, tmp_path)
    assert window.statusBar().currentMessage().startswith("2 missed calls added")
    numbers = worklist_numbers(screen)
    # Both formats arrived, merged per number (03000888111 is in both logs).
    assert {"03000888111", "03120888555"} <= set(numbers)
    assert numbers.count("03000888111") == 1
    items = screen.callback_model.rows()
    order = [(callbacks.URGENCY_ORDER[i.urgency], i.first_missed_at) for i in items]
    assert order == sorted(order)

    # The newest item made an emergency goes to the top.
    newest = max(items, key=lambda i: i.first_missed_at)
    row = items.index(newest)
    screen.callback_panel.table.setCurrentIndex(screen.callback_model.index(row, 0))
    screen.urgency_combo.setCurrentIndex(screen.urgency_combo.findData("emergency"))
    screen.urgency_combo.activated.emit(screen.urgency_combo.currentIndex())
    wait_idle(qtbot, window.runner)
    assert screen.callback_model.row_at(0).id == newest.id
    assert column_texts(screen.callback_model, "urgency")[0] == "Emergency"


def test_three_attempts_each_with_an_outcome_then_reached_starts_the_contact(
        qtbot, desk_window, tmp_path):
    window = desk_window
    screen = import_logs(qtbot, window, tmp_path)
    screen.mine_only.setCurrentIndex(1)
    target = next(i for i in screen.callback_model.rows()
                  if plain(i.number) == "+923120888555")

    def choose() -> int:
        rows = [i.id for i in screen.callback_model.rows()]
        row = rows.index(target.id)
        screen.callback_panel.table.setCurrentIndex(screen.callback_model.index(row, 0))
        screen.callback_panel.table.setFocus()
        return row

    for attempt, key in ((1, Qt.Key.Key_N), (2, Qt.Key.Key_B)):
        choose()
        qtbot.keyClick(screen.callback_panel.table, Qt.Key.Key_Return)   # call back
        dialog = screen.dialog
        assert dialog is not None and dialog.isVisible()
        assert f"Attempt {attempt} of 3." in dialog.facts.text()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        qtbot.wait(150)   # a mnemonic clicks its button after a 100 ms animation
        wait_idle(qtbot, window.runner)
        assert screen.dialog is None
        item = next(i for i in screen.callback_model.rows() if i.id == target.id)
        assert item.attempts == attempt
        assert "stays on the list" in window.statusBar().currentMessage()
    assert item.last_outcome == "busy"
    assert column_texts(screen.callback_model, "attempts")[choose()] == "2/3"

    choose()
    qtbot.keyClick(screen.callback_panel.table, Qt.Key.Key_Return)
    screen.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen.dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(150)
    wait_idle(qtbot, window.runner)
    calls = window.screen("calls")
    assert window.stack.currentWidget() is calls
    assert calls.active is not None and calls.active.direction == "outbound"
    assert plain(calls.caller.number_label.text()) == "0312 0888555"
    assert "call-back" in calls.caller.channel_label.text()
    # The attempt is recorded with the contact, and the item leaves the worklist.
    items = callbacks.worklist(window.runner.database, window.session)
    assert target.id not in {i.id for i in items}


def test_a_number_not_safe_to_call_back_cannot_be_dialled(qtbot, desk, desk_window):
    window = desk_window
    caller = known_caller(desk)
    database = window.runner.database
    flagged = caller.safety_flags
    callbacks.add_hook_event(database, window.session, caller.number,
                             datetime.now(timezone.utc), "test-not-safe")
    screen = window.show_screen_id("worklist")
    screen.refresh()
    wait_idle(qtbot, window.runner)
    screen.mine_only.setCurrentIndex(1)
    rows = screen.callback_model.rows()
    row = next(n for n, i in enumerate(rows) if i.number == caller.number)
    screen.callback_panel.table.setCurrentIndex(screen.callback_model.index(row, 0))
    screen.call_back()
    dialog = screen.dialog
    assert dialog.safety.isVisible()
    if "not_safe_to_call_back" in flagged:
        assert not dialog.buttons["reached"].isEnabled()
        assert dialog.buttons["not_safe_to_call"].isEnabled()
        assert dialog.question.text().startswith("This person must not be called back.")
    else:
        assert dialog.buttons["reached"].isEnabled()
    assert column_texts(screen.callback_model, "safety")[row] != ""
    dialog.reject()


def post(port: int, path: str, body: dict) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("POST", path, json.dumps(body), {
        "Content-Type": "application/json", "X-Workstation-Token": TOKEN})
    status = connection.getresponse().status
    connection.close()
    return status


@pytest.fixture
def hooked_window(qtbot, desk, demo_user):
    events = CallEvents()
    events.start(HookSettings(0, TOKEN))
    window = open_window(qtbot, desk, demo_user(COUNSELLOR), call_events=events)
    yield window, events
    close_window(window)
    events.stop()


def test_pbx_events_pop_the_call_screen_and_fill_the_worklist(qtbot, hooked_window):
    window, events = hooked_window
    assert plain(window.desk_status.pbx_label.text()) == \
        f"PBX: listening (port {events.port})"
    assert post(events.port, "/calls/incoming", {"number": "0300-0999111"}) == 202
    calls = window.screen("calls")
    qtbot.waitUntil(lambda: calls.active is not None, timeout=5000)
    wait_idle(qtbot, window.runner)
    assert window.stack.currentWidget() is calls
    assert plain(calls.caller.number_label.text()) == "0300 0999111"
    print(f"PBX event to history on screen: {calls.last_pop_ms:.1f} ms")

    assert post(events.port, "/calls/missed", {"number": "0300 0999222", "id": "q-1"}) == 202
    qtbot.waitUntil(lambda: "added to the worklist" in window.statusBar().currentMessage(),
                    timeout=5000)
    items = callbacks.worklist(window.runner.database, window.session)
    assert "+923000999222" in {i.number for i in items}
    # The PBX sending the same event again adds nothing.
    assert post(events.port, "/calls/missed", {"number": "0300 0999222", "id": "q-1"}) == 202
    wait_idle(qtbot, window.runner)
    again = callbacks.worklist(window.runner.database, window.session)
    assert [i.missed_count for i in again if i.number == "+923000999222"] == [1]


def test_a_call_ringing_while_locked_pops_after_unlocking(qtbot, hooked_window):
    window, events = hooked_window
    window.lock()
    assert post(events.port, "/calls/incoming", {"number": "0300 0999333"}) == 202
    qtbot.wait(300)
    calls = window.screen("calls")
    assert calls.active is None                       # nothing shown on a locked desk
    qtbot.keyClicks(window.lock_screen.password, "demo")
    window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: calls.active is not None, timeout=10_000)
    wait_idle(qtbot, window.runner)
    assert plain(calls.caller.number_label.text()) == "0300 0999333"
