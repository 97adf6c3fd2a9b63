"""Signing in through the real dialogs: a wrong password, the wait after three, a disabled
account, and the one-time password that must be changed before any screen shows.

Each test starts the application's start-up on its own copy of the demo desk (signing in
writes the failure count and the audit trail), with the real Secret Service.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from ui.main_window import MainWindow
from ui.startup import Startup
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import User
from workstation.services import accounts

from .conftest import DEMO_DAY, wait_idle


@pytest.fixture
def startup(qtbot, runner, desk, secret_service):
    startup = Startup(desk, runner, today=lambda: DEMO_DAY, hook_port=0)
    startup.start()
    qtbot.waitUntil(lambda: startup.sign_in_dialog is not None
                    and startup.sign_in_dialog.isVisible(), timeout=10_000)
    yield startup
    startup.call_events.stop()
    if startup.window is not None:
        startup.window.close()
    for dialog in (startup.sign_in_dialog, startup.password_dialog):
        if dialog is not None:
            dialog.hide()
    wait_idle(qtbot, runner)


def type_in(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


def attempt(qtbot, dialog, username, password):
    type_in(qtbot, dialog.username, username)
    type_in(qtbot, dialog.password, password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def main_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
            and w.isVisible()]


def test_a_wrong_password_is_said_beside_the_password_and_shows_no_screen(qtbot, startup):
    dialog = startup.sign_in_dialog
    attempt(qtbot, dialog, "khi-counsellor2", "not-the-password")
    message = dialog.form.messages["password"]
    assert message.isVisible()
    assert message.text() == "The user name or password is not correct."
    assert not dialog.form.messages["username"].isVisible()
    assert dialog.password.text() == "" and dialog.password.hasFocus()
    assert dialog.isVisible() and startup.window is None and main_windows() == []
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)   # a stray key does not quit
    assert dialog.isVisible() and startup.exit_code is None
    # Typing again is possible at once; an empty password is caught without a try.
    dialog.sign_in_button.click()
    assert message.text() == "Type your password."


def test_after_three_failures_the_button_counts_down_the_wait(qtbot, startup):
    dialog = startup.sign_in_dialog
    for _ in range(3):
        attempt(qtbot, dialog, "khi-counsellor3", "wrong-password")
    assert dialog.sign_in_button.isEnabled()
    # The fourth try, even with the right password, must wait: 5 seconds after three.
    attempt(qtbot, dialog, "khi-counsellor3", "demo")
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.general.isVisible()
    first = dialog.general.text()
    assert first in ("Too many failed sign-ins. Try again in 5 seconds.",
                     "Too many failed sign-ins. Try again in 4 seconds.")
    qtbot.waitUntil(lambda: dialog.general.text() != first, timeout=2_500)
    assert dialog.general.text().startswith("Too many failed sign-ins. Try again in ")
    assert not dialog.sign_in_button.isEnabled()
    assert startup.window is None
    # Pressing Enter meanwhile does nothing (no attempt is made, no failure counted).
    dialog.submit()
    assert not dialog.busy
    # Another account is not held up by this one's wait.
    type_in(qtbot, dialog.username, "khi-counsellor4")
    assert dialog.sign_in_button.isEnabled() and not dialog.general.isVisible()


def test_a_disabled_account_is_told_so_and_not_let_in(qtbot, startup, desk, demo_user):
    database = open_desk_database(desk)
    try:
        accounts.set_active(database, demo_user("admin").session, "khi-lawyer1", False)
    finally:
        database.close()
    dialog = startup.sign_in_dialog
    attempt(qtbot, dialog, "khi-lawyer1", "demo")
    assert dialog.general.isVisible()
    assert dialog.general.text() == ("This account has been disabled. "
                                     "Ask your supervisor or administrator.")
    assert startup.window is None and main_windows() == []


def test_a_one_time_password_must_be_changed_before_any_screen_shows(qtbot, startup, desk):
    # As after an administrator's reset (without its Argon2id run): the flag alone decides.
    database = open_desk_database(desk)
    try:
        with database.uow() as uow:
            uow.session.execute(update(User).where(User.username == "khi-counsellor2")
                                .values(must_change_password=True))
            uow.commit()
    finally:
        database.close()
    dialog = startup.sign_in_dialog
    attempt(qtbot, dialog, "khi-counsellor2", "demo")
    qtbot.waitUntil(lambda: startup.password_dialog is not None
                    and startup.password_dialog.isVisible())
    change = startup.password_dialog
    assert change.mandatory and startup.window is None and main_windows() == []
    assert change.heading.text() == "Choose your password"
    assert change.leave_button.text() == "Sign &out"

    # A stray Escape does not get past it (nor sign out).
    qtbot.keyClick(change.current, Qt.Key.Key_Escape)
    assert change.isVisible() and startup.window is None

    # Signing out instead: back to the sign-in screen, still no window, session closed.
    session = change.session
    change.leave_button.click()
    qtbot.waitUntil(lambda: startup.sign_in_dialog is not None
                    and startup.sign_in_dialog.isVisible())
    assert session.locked and startup.window is None

    attempt(qtbot, startup.sign_in_dialog, "khi-counsellor2", "demo")
    qtbot.waitUntil(lambda: startup.password_dialog is not None
                    and startup.password_dialog.isVisible())
    change = startup.password_dialog
    type_in(qtbot, change.current, "demo")
    type_in(qtbot, change.new, "my own long password")
    type_in(qtbot, change.confirm, "my own long pasword")
    change.change_button.click()
    assert change.form.messages["confirm"].text() == "The two passwords are not the same."
    assert startup.window is None

    type_in(qtbot, change.confirm, "my own long password")
    with qtbot.waitSignal(startup.window_opened, timeout=10_000):
        change.change_button.click()
    window = startup.window
    assert not window.session.must_change_password and not window.session.locked
    assert window.session.username == "khi-counsellor2"
    database = open_desk_database(desk)
    try:
        with database.uow() as uow:
            must_change = uow.session.scalar(select(User.must_change_password)
                                             .where(User.username == "khi-counsellor2"))
    finally:
        database.close()
    assert must_change is False


def test_the_sign_in_screen_switches_to_urdu_and_reads_right_to_left(qtbot, startup):
    from ui import settings

    dialog = startup.sign_in_dialog
    assert dialog.language_button.text() == "اردو"
    dialog.language_button.click()
    qtbot.waitUntil(lambda: dialog.sign_in_button.text() == "سائن اِن (&S)")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.form.captions["password"].text() == "پاس ورڈ (&P):"
    assert dialog.language_button.text() == "English"
    assert settings.LANGUAGE.get() == "ur"       # remembered, like the View menu's choice
    # The password field reads left to right: Latin letters and digits.
    assert dialog.password.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The sign-in form is to the right of its captions' opposite edge: mirrored.
    assert dialog.form.captions["username"].geometry().left() > \
        dialog.username.geometry().left()
