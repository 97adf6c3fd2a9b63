"""A contact in progress survives the app being killed: the draft the call screen saved
on its own comes back at the next sign-in, with the timer counting from the real start."""

from __future__ import annotations

import signal
import subprocess
import sys
import uuid
from pathlib import Path

from tests.support.call_in_progress import NOTE, SUMMARY

from .conftest import COUNSELLOR, close_window, open_window, wait_idle
from .view_text import plain

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_killed_mid_call_restores_the_contact_at_the_next_sign_in(
        qtbot, desk, demo_user, tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.call_in_progress", str(desk),
         str(tmp_path / "settings"), "0300 0777333"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("READY"), line + process.stderr.read()
        contact_id = uuid.UUID(line.split()[1])
    finally:
        process.send_signal(signal.SIGKILL)     # no chance to save anything more
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    try:
        wait_idle(qtbot, window.runner)
        screen = window.screen("calls")
        assert window.stack.currentWidget() is screen     # not the worklist: a call waits
        assert screen.active is not None and screen.active.contact_id == contact_id
        assert screen.restored_label.isVisible()
        assert screen.restored_label.text().startswith(
            "This contact was not wrapped up; it is restored as last saved at ")
        form = screen.form
        assert form.summary.toPlainText() == SUMMARY
        assert form.note_edit.toPlainText() == NOTE       # typed, never added: kept too
        assert (form.caller_type.currentData(), form.district.value(),
                form.category.value()) == ("survivor", "SD-KHS", "dv_physical")
        assert plain(screen.caller.number_label.text()) == "0300 0777333"
        assert screen.caller.timer.running
    finally:
        close_window(window)


def test_the_app_killed_while_a_case_is_typed_restores_the_form_at_the_next_sign_in(
        qtbot, desk, demo_user, tmp_path):
    from tests.support import case_in_progress as typed

    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.case_in_progress", str(desk),
         str(tmp_path / "settings")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("READY"), line + process.stderr.read()
    finally:
        process.send_signal(signal.SIGKILL)     # no chance to save anything more
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    try:
        wait_idle(qtbot, window.runner)
        assert window.statusBar().currentMessage() == (
            "1 case you were typing had not been saved; kept on the Cases screen (Ctrl+3).")
        window.show_screen_id("cases")
        wait_idle(qtbot, window.runner)
        screen = window.screen("cases")
        assert screen.pages.currentWidget() is screen.form_page
        assert screen.notice.isVisible() and screen.notice.text().startswith(
            "Changes to this case were not saved; they are restored as last typed at ")
        form = screen.form
        assert form.case_id is None and screen.case_title.text() == "New case (not saved)"
        assert form.narrative.toPlainText() == typed.NARRATIVE
        assert form.city.text() == typed.CITY
        (client,) = form.people.people
        assert (client["name"], client["cnic"]) == (typed.CLIENT, typed.HALF_CNIC)
        assert form.sections["notes"].editor.toPlainText() == "Typed, never added"
        # Saving it now gives the message the save would have given before the crash.
        screen.save()
        wait_idle(qtbot, window.runner)
        assert form.people.left.messages["cnic"].text().startswith("A CNIC has 13 digits.")
    finally:
        close_window(window)
