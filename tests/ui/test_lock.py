"""Locking (Ctrl+L, idle) empties every screen and asks for the password; quick hide
(F12, Pause) covers the window at once and brings it back as it was."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QListView

from workstation.persistence.database import open_desk_database
from workstation.services import accounts

from .conftest import COUNSELLOR, close_window, open_window, wait_idle
from .test_screens import open_screen
from .view_text import plain

APP_NAME = "Counsellor Workstation"


def models_of(window):
    """Every list model of every screen, with the screen's id."""
    found = []
    for screen in window.screens:
        for name in ("model",):
            if hasattr(screen, name):
                found.append((screen.screen_id, getattr(screen, name)))
    return found


def visible_texts(window) -> list[str]:
    """Every text a person could read in the window now: labels and list cells."""
    texts = [label.text() for label in window.findChildren(QLabel)
             if label.isVisible() and label.text()]
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None:
            model = view.model()
            root = QModelIndex()
            columns = 1 if isinstance(view, QListView) else model.columnCount(root)
            texts += [str(model.index(r, c).data()) for r in range(model.rowCount(root))
                      for c in range(columns)]
    return texts


def test_ctrl_l_locks_empties_every_screen_and_the_password_unlocks(qtbot, window):
    cases = open_screen(qtbot, window, "cases")
    open_screen(qtbot, window, "calls")
    assert cases.model.rowCount() > 0 and window.screen("calls").model.rowCount() > 0
    name = window.session.display_name

    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.locked
    for screen_id, model in models_of(window):
        assert model.rowCount() == 0, screen_id
    calls = window.screen("calls")
    assert {f.value_label.text() for f in calls.figures.figures.values()} == {"–"}
    assert calls.count_label.text() == "" and cases.count_label.text() == ""
    assert window.lock_screen.isVisible() and not window.workspace.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert f"{name} ({COUNSELLOR}) is signed in." in plain(window.lock_screen.who.text())
    assert window.lock_screen.password.hasFocus()
    # Nothing on screen but the lock screen's own words.
    assert not any("KHI-" in text for text in visible_texts(window))
    # Screens do not load while locked, whatever asks them to.
    window.show_screen_id("cases")
    cases.refresh()
    wait_idle(qtbot, window.runner)
    assert cases.model.rowCount() == 0

    lock = window.lock_screen
    qtbot.keyClicks(lock.password, "not-my-password")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.busy, timeout=10_000)
    assert lock.password_message.text() == "The password is not correct."
    assert window.session.locked and lock.isVisible()

    qtbot.keyClicks(lock.password, "demo")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: not window.session.locked, timeout=10_000)
    wait_idle(qtbot, window.runner)
    assert window.workspace.isVisible() and window.menuBar().isVisible()
    assert window.stack.currentWidget() is cases
    assert cases.model.rowCount() > 0               # the screen in view reloaded
    assert lock.password.text() == ""


def test_an_answer_arriving_after_the_lock_is_dropped(qtbot, window):
    window.show_screen_id("cases")          # asks the runner for the first page of cases …
    window.lock()                  # … and locks before the answer is back
    wait_idle(qtbot, window.runner)
    assert window.screen("cases").model.rowCount() == 0
    assert window.screen("cases").model.total is None


def test_idle_time_locks_the_window_and_activity_postpones_it(qtbot, demo_dir, demo_user):
    window = open_window(qtbot, demo_dir, demo_user(COUNSELLOR), idle_ms=800)
    try:
        open_screen(qtbot, window, "cases")
        # Keys and mouse movements, each well within the idle time, keep it open.
        for step in range(8):
            qtbot.wait(200)
            if step % 2:
                qtbot.keyClick(window.navigation, Qt.Key.Key_Shift)
            else:
                qtbot.mouseMove(window.navigation, QPoint(10 + step, 10))
            assert not window.session.locked
        qtbot.waitUntil(lambda: window.session.locked, timeout=5_000)
        assert window.lock_screen.isVisible()
        assert window.screen("cases").model.rowCount() == 0
    finally:
        close_window(window)


def test_the_idle_time_is_a_setting_chosen_in_the_view_menu(window):
    from ui import settings

    assert settings.LOCK_IDLE_MINUTES.get() == 5
    assert window.guard.timer.interval() == 5 * 60_000
    assert window.idle_actions[5].isChecked()
    assert window.idle_actions[15].text() == "After 15 minutes"
    window.idle_actions[15].trigger()
    try:
        assert settings.LOCK_IDLE_MINUTES.get() == 15
        assert window.guard.timer.interval() == 15 * 60_000
    finally:
        settings.LOCK_IDLE_MINUTES.set(5)


def test_a_disabled_account_stays_locked_with_the_reason(qtbot, tmp_path, demo_dir, demo_user):
    folder = tmp_path / "desk"
    shutil.copytree(demo_dir, folder)
    window = open_window(qtbot, folder, demo_user(COUNSELLOR))
    try:
        window.lock()
        database = open_desk_database(folder)
        try:   # meanwhile, on another desk, an administrator disables the account
            accounts.set_active(database, demo_user("admin").session, COUNSELLOR, False)
        finally:
            database.close()
        lock = window.lock_screen
        qtbot.keyClicks(lock.password, "demo")
        lock.unlock_button.click()
        qtbot.waitUntil(lambda: not lock.busy, timeout=10_000)
        assert window.session.locked and lock.isVisible()
        assert lock.general.text() == ("This account has been disabled. "
                                       "Ask your supervisor or administrator.")
        # "Switch user" is the way out.
        with qtbot.waitSignal(window.signed_out):
            lock.switch_button.click()
    finally:
        close_window(window)


def test_f12_covers_the_window_at_once_and_brings_it_back_as_it_was(qtbot, window):
    cases = open_screen(qtbot, window, "cases")
    rows = cases.model.rowCount()
    name = window.session.display_name
    assert rows > 0 and any(name in plain(text) for text in visible_texts(window))

    qtbot.keyClick(window.navigation, Qt.Key.Key_F12)
    # At once: no event loop turn, no database work in between.
    assert window.covered and window.cover.isVisible()
    assert not window.workspace.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert visible_texts(window) == [APP_NAME]      # no data, no user name
    assert window.windowTitle() == APP_NAME
    assert not window.runner.busy and not window.session.locked

    qtbot.keyClick(window.cover, Qt.Key.Key_F12)
    assert not window.covered and window.workspace.isVisible()
    assert window.stack.currentWidget() is cases and cases.model.rowCount() == rows
    assert not window.runner.busy              # shown again as it was, not reloaded
    assert window.desk_status.isVisible()

    qtbot.keyClick(window.navigation, Qt.Key.Key_Pause)   # the other key does the same
    assert window.covered and visible_texts(window) == [APP_NAME]
    qtbot.keyClick(window.cover, Qt.Key.Key_Pause)
    assert not window.covered


def test_f12_in_a_dialog_hides_the_dialog_too(qtbot, window):
    window.password_action.trigger()
    dialog = window.password_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.current, "half typed")
    qtbot.keyClick(dialog.current, Qt.Key.Key_F12)
    assert window.covered and not dialog.isVisible()
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window] == []
    qtbot.keyClick(window.cover, Qt.Key.Key_F12)
    assert not window.covered and dialog.isVisible()
    assert dialog.current.text() == "half typed"
    dialog.reject()


def test_locking_closes_dialogs(qtbot, window):
    window.password_action.trigger()
    dialog = window.password_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.current, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.locked and not dialog.isVisible()
    assert window.lock_screen.isVisible()
