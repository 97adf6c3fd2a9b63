"""From launch to the window: the start dialog, creating a desk, and files that cannot be opened."""

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
from .view_text import plain

SMALL_DEMO = {"contacts": 300, "cases": 60, "services": 20}


@pytest.fixture
def start(qtbot, runner):
    """Start-up for a folder; closes whatever window it opened."""
    started = []

    def begin(folder, **options):
        startup = Startup(folder, runner, today=lambda: DEMO_DAY, **options)
        startup.start()
        started.append(startup)
        return startup

    yield begin
    for startup in started:
        if startup.window is not None:
            startup.window.close()
            startup.window.deleteLater()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_a_database_the_start_dialog_offers_demo_empty_or_quit(qtbot, tmp_path, start):
    folder = tmp_path / "new-desk"
    startup = start(folder)
    dialog = startup.start_dialog
    assert isinstance(dialog, StartDialog) and dialog.isVisible()
    assert plain(dialog.folder.text()) == str(folder)
    assert dialog.demo_button.text() == "Create with &demo data"
    assert dialog.empty_button.text() == "Create an &empty database"
    assert "20,000 contacts, 5,000 cases and 500 services" in dialog.demo_note.text()

    with qtbot.waitSignal(startup.finished) as ended:
        dialog.quit_button.click()
    assert ended.args == [0]
    assert not folder.exists()   # quitting creates nothing


def test_create_an_empty_database_opens_the_window_on_it(qtbot, tmp_path, start):
    folder = tmp_path / "new-desk"
    startup = start(folder)
    with qtbot.waitSignal(startup.window_opened, timeout=10_000):
        startup.start_dialog.empty_button.click()
    assert (folder / "desk.sqlite3").is_file()
    window = startup.window
    assert window.isVisible()
    window.show_screen(1)
    wait_idle(qtbot, startup.runner)
    assert window.screen("cases").panel.message.text() == "No cases have been opened yet."


def test_create_with_demo_data_shows_progress_then_the_window_with_rows(qtbot, tmp_path, start):
    folder = tmp_path / "demo-desk"
    startup = start(folder, demo=SMALL_DEMO)
    with qtbot.waitSignal(startup.window_opened, timeout=20_000):
        startup.start_dialog.demo_button.click()
        assert startup.progress is not None and startup.progress.maximum() > 0
    assert startup.progress is None        # closed once the window is there
    window = startup.window
    window.show_screen(1)
    wait_idle(qtbot, startup.runner)
    assert window.screen("cases").model.rowCount() == 50
    assert window.screen("cases").count_label.text() == "60 cases"


def test_stopping_the_demo_returns_to_the_start_dialog_without_a_database(
        qtbot, tmp_path, start):
    folder = tmp_path / "demo-desk"
    startup = start(folder, demo={"contacts": 200_000, "cases": 50_000, "services": 500})
    startup.start_dialog.demo_button.click()
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
    startup.start_dialog.empty_button.click()
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


def test_main_opens_the_window_in_the_language_asked_for_and_exits_0_when_closed(
        qtbot, qapp, tmp_path, demo_dir):
    """The whole start: arguments, fonts, language, runner, start-up, window, exit."""
    import logging
    import shutil

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import settings
    from ui.main_window import MainWindow

    folder = tmp_path / "desk"
    shutil.copytree(demo_dir, folder)
    seen = {}

    def look_and_close():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, look_and_close)
            return
        window = windows[0]
        seen["nav"] = window.navigation.item(1).text()
        seen["direction"] = QApplication.layoutDirection()
        seen["database"] = window.desk_status.database_label.toolTip()
        window.close()

    handlers = list(logging.getLogger().handlers)
    QTimer.singleShot(0, look_and_close)
    try:
        code = app.main(["--data-dir", str(folder), "--lang", "ur"])
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
        qapp.setQuitOnLastWindowClosed(True)
    assert code == 0
    assert seen == {"nav": "کیسز", "direction": Qt.LayoutDirection.RightToLeft,
                    "database": str(folder / "desk.sqlite3")}
    assert settings.LANGUAGE.get() == "en"   # --lang is for one run; it is not saved
    log = (folder / "logs" / "workstation.log").read_text(encoding="utf-8")
    assert "desk database opened" in log
