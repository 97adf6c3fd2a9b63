"""From launch to the window: the keyring check, the start dialog, creating a desk, files
that cannot be opened, the desk's identity, and the first sign-in.

These run against the real Secret Service (`secret_service`, tests/conftest.py): the
start registers the desk's secret in it, as on a desktop.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui import app
from ui.startup import StartDialog, Startup

from .conftest import DEMO_DAY, wait_idle
from .view_text import column_texts, plain

SMALL_DEMO = {"contacts": 300, "cases": 60, "services": 20}


@pytest.fixture
def start(qtbot, runner, secret_service):
    """Start-up for a folder; closes whatever window or dialog it opened."""
    started = []

    def begin(folder, **options):
        startup = Startup(folder, runner, today=lambda: DEMO_DAY, hook_port=0, **options)
        startup.start()
        started.append(startup)
        return startup

    yield begin
    for startup in started:
        startup.call_events.stop()
        if startup.window is not None:
            startup.window.close()
            startup.window.deleteLater()
        for dialog in (startup.sign_in_dialog, startup.first_run_dialog,
                       startup.password_dialog, startup.start_dialog, startup.error_box):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
    wait_idle(qtbot, runner)


def wait_for(qtbot, startup, attribute, timeout=10_000):
    """Wait until the start-up shows its `attribute` dialog (after the keyring check …)."""
    qtbot.waitUntil(lambda: getattr(startup, attribute) is not None
                    and getattr(startup, attribute).isVisible(), timeout=timeout)
    return getattr(startup, attribute)


def fill(qtbot, dialog, **values):
    for key, value in values.items():
        field = dialog.form.fields[key]
        field.clear()
        qtbot.keyClicks(field, value)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_a_database_the_start_dialog_offers_demo_empty_or_quit(qtbot, tmp_path, start):
    folder = tmp_path / "new-desk"
    startup = start(folder)
    dialog = wait_for(qtbot, startup, "start_dialog")
    assert isinstance(dialog, StartDialog)
    assert plain(dialog.folder.text()) == str(folder)
    assert dialog.demo_button.text() == "Create with &demo data"
    assert dialog.empty_button.text() == "Create an &empty database"
    assert "20,000 contacts, 5,000 cases and 500 services" in dialog.demo_note.text()

    with qtbot.waitSignal(startup.finished) as ended:
        dialog.quit_button.click()
    assert ended.args == [0]
    assert not folder.exists()   # quitting creates nothing


def test_an_empty_database_asks_for_the_first_administrator_and_lands_signed_in(
        qtbot, tmp_path, start):
    folder = tmp_path / "new-desk"
    startup = start(folder)
    wait_for(qtbot, startup, "start_dialog").empty_button.click()
    dialog = wait_for(qtbot, startup, "first_run_dialog")
    assert (folder / "desk.sqlite3").is_file()
    assert startup.window is None and startup.sign_in_dialog is None

    # The passwords differ: said beside the repeated one, nothing is created.
    fill(qtbot, dialog, username="khi-admin", display_name="Farah Siddiqui",
         password="bright-river-41", confirm="bright-river-14")
    dialog.create_button.click()
    assert dialog.form.messages["confirm"].isVisible()
    assert dialog.form.messages["confirm"].text() == "The two passwords are not the same."
    # The core refuses a short password: its message appears beside the password field.
    fill(qtbot, dialog, password="short", confirm="short")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.form.messages["password"].isVisible(), timeout=5_000)
    assert dialog.form.messages["password"].text() == (
        "A password needs at least 10 characters.")
    assert not dialog.form.messages["confirm"].isVisible()

    fill(qtbot, dialog, password="bright-river-41", confirm="bright-river-41")
    with qtbot.waitSignal(startup.window_opened, timeout=10_000):
        dialog.create_button.click()
    window = startup.window
    assert window.isVisible() and not window.session.locked
    assert plain(window.desk_status.user_label.text()) == (
        "Signed in: Farah Siddiqui (Administrator)")
    window.show_screen_id("cases")
    wait_idle(qtbot, startup.runner)
    assert window.screen("cases").panel.message.text() == "No cases have been opened yet."
    # The administrator is the desk's only account, and manages accounts.
    window.show_screen_id("admin")
    wait_idle(qtbot, startup.runner)
    admin = window.screen("admin")
    assert admin.accounts is not None and admin.tabs.currentWidget() is admin.accounts
    assert column_texts(admin.accounts.panel.table.model(), "username") == ["khi-admin"]


def test_create_with_demo_data_then_sign_in_shows_the_screens_with_the_users_name(
        qtbot, tmp_path, start):
    folder = tmp_path / "demo-desk"
    startup = start(folder, demo=SMALL_DEMO)
    wait_for(qtbot, startup, "start_dialog").demo_button.click()
    assert startup.progress is not None and startup.progress.maximum() > 0
    dialog = wait_for(qtbot, startup, "sign_in_dialog", timeout=20_000)
    assert startup.progress is None        # closed once the sign-in screen is there
    assert startup.window is None          # nothing of the records before signing in
    # A demo database says what its accounts' password is.
    assert dialog.note.isVisible() and "“demo”" in dialog.note.text()

    fill(qtbot, dialog, username="khi-counsellor1", password="demo")
    with qtbot.waitSignal(startup.window_opened, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    window = startup.window
    name = window.session.display_name
    assert plain(window.desk_status.user_label.text()) == f"Signed in: {name} (Counsellor, KHI)"
    window.show_screen_id("cases")
    wait_idle(qtbot, startup.runner)
    cases = window.screen("cases")
    assert cases.model.rowCount() > 0
    assert set(column_texts(cases.model, "reference")) and all(
        reference.startswith("KHI-") for reference in column_texts(cases.model, "reference"))

    # Signing out ends the window and its session, and asks for a sign-in again.
    session = window.session
    window.sign_out_action.trigger()
    assert session.locked and cases.model.rowCount() == 0
    dialog = wait_for(qtbot, startup, "sign_in_dialog")
    assert startup.window is None and not window.isVisible()
    assert dialog.username.text() == "" and dialog.password.text() == ""


def test_stopping_the_demo_returns_to_the_start_dialog_without_a_database(
        qtbot, tmp_path, start):
    folder = tmp_path / "demo-desk"
    startup = start(folder, demo={"contacts": 200_000, "cases": 50_000, "services": 500})
    wait_for(qtbot, startup, "start_dialog").demo_button.click()
    progress = startup.progress
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=10_000)
    stop = progress.findChild(QPushButton)
    assert stop.text() == "Stop"
    stop.click()
    qtbot.waitUntil(lambda: startup.start_dialog is not None, timeout=10_000)
    assert startup.start_dialog.isVisible()
    assert not (folder / "desk.sqlite3").exists()
    startup.start_dialog.quit_button.click()


@pytest.mark.parametrize("damage", ["not_sqlite", "damaged_pages"])
def test_a_damaged_database_shows_the_error_and_leaves_the_file_as_it_was(
        qtbot, tmp_path, start, demo_dir, damage):
    folder = tmp_path / "desk"
    folder.mkdir()
    target = folder / "desk.sqlite3"
    if damage == "not_sqlite":
        target.write_bytes(b"Case notes exported by another program\n" * 200)
    else:
        # A real desk database whose schema pages were overwritten (a failing disk).
        source = sqlite3.connect(demo_dir / "desk.sqlite3")
        copy = sqlite3.connect(target)
        source.backup(copy)
        copy.close()
        source.close()
        data = bytearray(target.read_bytes())
        data[100:4096 * 3] = os.urandom(4096 * 3 - 100)
        target.write_bytes(bytes(data))
    before = digest(target)
    files_before = sorted(os.listdir(folder))

    startup = start(folder)
    qtbot.waitUntil(lambda: startup.error_box is not None and startup.error_box.isVisible(),
                    timeout=10_000)
    box = startup.error_box
    assert "damaged" in box.text() and str(target) in box.text()
    assert "left untouched" in box.informativeText()
    assert startup.window is None
    with qtbot.waitSignal(startup.finished) as ended:
        box.buttons()[0].click()
    assert ended.args == [3]          # DatabaseError's exit code: non-zero
    assert digest(target) == before
    assert sorted(os.listdir(folder)) == files_before


def test_an_unwritable_data_folder_is_explained(qtbot, tmp_path, start):
    if os.geteuid() == 0:
        # root writes anywhere; a file where the folder should be fails for everyone.
        blocker = tmp_path / "blocked"
        blocker.write_text("a file, not a folder")
        folder = blocker / "desk"
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        folder = locked / "desk"
    startup = start(folder)
    wait_for(qtbot, startup, "start_dialog").empty_button.click()
    qtbot.waitUntil(lambda: startup.error_box is not None, timeout=10_000)
    assert "cannot be created" in startup.error_box.text()
    assert "--data-dir" in startup.error_box.informativeText()
    with qtbot.waitSignal(startup.finished) as ended:
        startup.error_box.buttons()[0].click()
    assert ended.args == [4]


# ---- the no-display check, before Qt starts ----------------------------------------

def test_no_display_on_linux_is_explained_with_the_fixes():
    message = app.display_problem({}, platform="linux")
    for fix in ("ssh -X", "QT_QPA_PLATFORM=offscreen", "xvfb-run", "desktop session"):
        assert fix in message


@pytest.mark.parametrize("environ", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"},
                                     {"QT_QPA_PLATFORM": "offscreen"}])
def test_a_display_or_a_chosen_platform_is_enough(environ):
    assert app.display_problem(environ, platform="linux") is None


def test_windows_and_macos_are_not_checked():
    assert app.display_problem({}, platform="win32") is None
    assert app.display_problem({}, platform="darwin") is None


def test_main_without_a_display_prints_the_message_and_exits_2(monkeypatch, capsys, tmp_path):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.main(["--data-dir", str(tmp_path / "desk")]) == 2
    assert "ssh -X" in capsys.readouterr().err
    assert not (tmp_path / "desk").exists()


def test_python_main_py_is_the_gui_entry_point():
    import runpy

    main_py = Path(app.__file__).resolve().parents[1] / "main.py"
    namespace = runpy.run_path(str(main_py), run_name="not_main")
    assert namespace["main"] is app.main


def run_main(qapp, args, on_start):
    """`app.main(args)` with `on_start` scheduled inside its event loop."""
    import logging

    from PySide6.QtCore import QTimer

    handlers = list(logging.getLogger().handlers)
    QTimer.singleShot(0, on_start)
    try:
        return app.main(args)
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
        qapp.setQuitOnLastWindowClosed(True)


def poll(condition, then, interval=50):
    """Call `then(found)` once `condition()` returns something, checking every `interval` ms."""
    from PySide6.QtCore import QTimer

    def check():
        found = condition()
        if found:
            then(found)
        else:
            QTimer.singleShot(interval, check)

    check()


def visible(kind, name=None):
    from PySide6.QtWidgets import QApplication

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                 and w.isVisible() and (name is None or w.objectName() == name)), None)


def test_main_opens_the_window_in_the_language_asked_for_and_exits_0_when_closed(
        qtbot, qapp, tmp_path, demo_dir, secret_service):
    """The whole start: arguments, fonts, language, keyring, runner, start-up, sign-in,
    window, exit."""
    import shutil

    from ui import settings
    from ui.main_window import MainWindow
    from ui.sign_in import SignInDialog

    folder = tmp_path / "desk"
    shutil.copytree(demo_dir, folder)
    seen = {}

    def sign_in(dialog):
        seen["sign-in title"] = dialog.sign_in_button.text()
        dialog.username.setText("khi-counsellor1")
        dialog.password.setText("demo")
        dialog.sign_in_button.click()
        poll(lambda: visible(MainWindow), look_and_close)

    def look_and_close(window):
        seen["nav"] = window.navigation.item(2).text()
        seen["direction"] = QApplication.layoutDirection()
        seen["database"] = window.desk_status.database_label.toolTip()
        window.close()

    from PySide6.QtWidgets import QApplication

    code = run_main(qapp, ["--data-dir", str(folder), "--lang", "ur"],
                    lambda: poll(lambda: visible(SignInDialog), sign_in))
    assert code == 0
    assert seen == {"sign-in title": "سائن اِن (&S)",
                    "nav": "کیسز", "direction": Qt.LayoutDirection.RightToLeft,
                    "database": str(folder / "desk.sqlite3")}
    assert settings.LANGUAGE.get() == "en"   # --lang is for one run; it is not saved
    log = (folder / "logs" / "workstation.log").read_text(encoding="utf-8")
    assert "desk database opened" in log and "signed in (counsellor)" in log
    assert "khi-counsellor1" not in log      # who signed in is the audit trail's business


def test_main_refuses_an_unsafe_keyring_with_its_message_and_exit_code_5(
        qtbot, qapp, tmp_path, monkeypatch):
    """No safe keyring: the message and the fix, then exit code 5 — nothing is created."""
    from PySide6.QtWidgets import QMessageBox

    from workstation.crypto import keyring_store

    def refuse(backend=None):
        raise keyring_store.KeyringUnavailable(
            "No secure system keyring is available (found: keyring.backends.fail.Keyring).",
            hint=keyring_store._fix_hint())

    monkeypatch.setattr(keyring_store, "check_backend", refuse)
    folder = tmp_path / "desk"
    seen = {}

    def read_and_quit(box):
        seen["text"], seen["hint"] = box.text(), box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.buttons()[0].click()

    code = run_main(qapp, ["--data-dir", str(folder)],
                    lambda: poll(lambda: visible(QMessageBox, "startup-error"), read_and_quit))
    assert code == 5
    assert seen["text"].startswith("No secure system keyring is available")
    assert "gnome-keyring" in seen["hint"] and "keyrings.alt" in seen["hint"]
    assert seen["buttons"] == ["&Quit"]
    assert not (folder / "desk.sqlite3").exists()   # refused before any database


def test_a_database_from_another_computer_is_refused_with_exit_code_5(
        qtbot, tmp_path, start, demo_dir):
    import shutil

    import keyring

    from workstation.crypto.keyring_store import SERVICE, DeskSecretStore
    from workstation.persistence.database import open_desk_database
    from workstation.services.desk_identity import ensure_desk

    folder = tmp_path / "desk"
    shutil.copytree(demo_dir, folder)
    database = open_desk_database(folder)
    try:
        desk_id = ensure_desk(database, DeskSecretStore())
    finally:
        database.close()
    # This account's keyring does not hold the desk's secret: a copied database.
    keyring.delete_password(SERVICE, f"desk-secret:{desk_id}")

    startup = start(folder)
    box = wait_for(qtbot, startup, "error_box")
    assert "belongs to another computer or user account" in box.text()
    assert "new desk" in box.informativeText()
    assert startup.sign_in_dialog is None and startup.window is None
    with qtbot.waitSignal(startup.finished) as ended:
        box.buttons()[0].click()
    assert ended.args == [5]
