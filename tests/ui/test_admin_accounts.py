"""The Admin screen: accounts for administrators only, one-time passwords shown once, and
the audit trail check."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from workstation.persistence.database import open_desk_database
from workstation.services import accounts, audit

from .conftest import close_window, open_window, wait_idle
from .test_screens import open_screen
from .view_text import column_texts, plain

ONE_TIME = re.compile(r"^[a-z3-9]{4}-[a-z3-9]{4}-[a-z3-9]{4}$")


@pytest.fixture
def admin_window(qtbot, desk, demo_user):
    window = open_window(qtbot, desk, demo_user("admin"))
    yield window
    close_window(window)


def rows_by_username(panel):
    view = panel.panel.table.model()
    keys = [c.key for c in panel.model.columns()]
    return {row[0]: dict(zip(keys, row, strict=True)) for row in zip(
        *(column_texts(view, key) for key in keys), strict=True)}


def sign_in_through_the_service(folder, username, password):
    database = open_desk_database(folder)
    try:
        return accounts.sign_in(database, username, password)
    finally:
        database.close()


def test_an_admin_adds_an_account_whose_one_time_password_works_once(
        qtbot, admin_window, desk):
    screen = open_screen(qtbot, admin_window, "admin")
    panel = screen.accounts
    assert panel is not None and panel.isVisible()
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == [
        "&Accounts", "A&udit trail", "&This database"]
    rows = rows_by_username(panel)
    assert rows["khi-counsellor1"]["role"] == "Counsellor"
    assert rows["khi-counsellor1"]["centre"] == "KHI"
    assert rows["khi-counsellor1"]["active"] == "Yes"
    assert rows["admin"]["role"] == "Administrator" and rows["admin"]["centre"] == ""
    assert panel.count_label.text() == f"{len(rows)} accounts"

    panel.add_button.click()
    dialog = panel.add_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.centre.itemText(0) == "No centre (works for all centres)"
    assert dialog.centre.itemText(dialog.centre.findData("KHI")).startswith("KHI — Sindh")
    # A name already taken: the core says so beside the user name field.
    qtbot.keyClicks(dialog.username, "khi-counsellor1")
    qtbot.keyClicks(dialog.display_name, "Nadia Baloch")
    dialog.role.setCurrentIndex(dialog.role.findData("counsellor"))
    dialog.centre.setCurrentIndex(dialog.centre.findData("KHI"))
    dialog.create_button.click()
    message = dialog.form.messages["username"]
    qtbot.waitUntil(message.isVisible, timeout=10_000)
    assert message.text() == "The user name khi-counsellor1 is already taken."

    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "khi-counsellor9")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.RESULT, timeout=15_000)
    one_time = dialog.result_panel.password_text()
    assert ONE_TIME.match(one_time)
    assert "khi-counsellor9" in plain(dialog.result_panel.explanation.text())
    dialog.result_panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == one_time
    assert dialog.result_panel.copied.isVisible()
    wait_idle(qtbot, admin_window.runner)
    new = rows_by_username(panel)["khi-counsellor9"]
    assert (new["name"], new["role"], new["centre"], new["must_change"]) == (
        "Nadia Baloch", "Counsellor", "KHI", "Yes")
    dialog.done_button.click()
    assert dialog.result_panel.password_text() == ""   # shown once, then gone

    session = sign_in_through_the_service(desk, "khi-counsellor9", one_time)
    assert session.must_change_password and session.actor.role.value == "counsellor"


def test_disable_enable_and_reset_password(qtbot, admin_window, desk):
    panel = open_screen(qtbot, admin_window, "admin").accounts
    assert panel.select("khi-lawyer1")
    assert panel.active_button.text() == "&Disable"
    panel.active_button.click()
    wait_idle(qtbot, admin_window.runner)
    assert rows_by_username(panel)["khi-lawyer1"]["active"] == "No, disabled"
    assert "khi-lawyer1 has been disabled" in plain(panel.message.text())
    assert panel.selected().username == "khi-lawyer1"
    assert panel.active_button.text() == "&Enable"
    panel.active_button.click()
    wait_idle(qtbot, admin_window.runner)
    assert rows_by_username(panel)["khi-lawyer1"]["active"] == "Yes"

    # An admin cannot disable themself: the core's refusal is shown beside the table.
    assert panel.select("admin")
    panel.active_button.click()
    wait_idle(qtbot, admin_window.runner)
    assert panel.message.text() == "You cannot disable your own account."

    assert panel.select("khi-lawyer1")
    panel.reset_button.click()
    box = panel.confirm_box
    qtbot.waitUntil(box.isVisible)
    assert "khi-lawyer1" in plain(box.text())
    next(b for b in box.buttons() if b.text() == "&Reset password").click()
    qtbot.waitUntil(lambda: panel.reset_dialog is not None and panel.reset_dialog.isVisible(),
                    timeout=15_000)
    one_time = panel.reset_dialog.result_panel.password_text()
    assert ONE_TIME.match(one_time)
    wait_idle(qtbot, admin_window.runner)
    assert rows_by_username(panel)["khi-lawyer1"]["must_change"] == "Yes"
    panel.reset_dialog.done_button.click()
    session = sign_in_through_the_service(desk, "khi-lawyer1", one_time)
    assert session.must_change_password


def test_verify_audit_trail_reports_entries_or_the_damage(qtbot, admin_window, desk):
    screen = open_screen(qtbot, admin_window, "admin")
    screen.tabs.setCurrentWidget(screen.audit)
    database = open_desk_database(desk)
    try:
        # Some trail to check: an account change and its entry.
        accounts.set_active(database, admin_window.session, "khi-lawyer1", False)
        expected = audit.verify(database)
    finally:
        database.close()
    assert expected.ok and expected.entries >= 2
    screen.audit.verify_button.click()
    wait_idle(qtbot, admin_window.runner)
    assert plain(screen.audit.result.text()) == (
        f"The audit trail is intact: {expected.entries} entries in {expected.chains} "
        f"chain{'s' if expected.chains > 1 else ''} (one chain for each desk).")

    # Someone edits an entry in the file: the check names it.
    with sqlite3.connect(desk / "desk.sqlite3") as raw:
        raw.execute("UPDATE audit_events SET action = 'sign_in' "
                    "WHERE action = 'user_disabled'")
    screen.audit.verify_button.click()
    wait_idle(qtbot, admin_window.runner)
    shown = plain(screen.audit.result.text())
    assert shown.startswith("The audit trail has been changed or damaged.")
    assert "was changed." in shown


def test_a_counsellor_sees_the_database_but_not_account_management(qtbot, window):
    screen = open_screen(qtbot, window, "admin")
    assert screen.accounts is None and screen.audit is None
    assert screen.tabs.count() == 1 and not screen.tabs.tabBar().isVisible()
    assert screen.database_page.isVisible() and screen.model.rowCount() > 0
    buttons = [b.text() for b in window.findChildren(QPushButton) if b.isVisible()]
    assert "&Add account…" not in buttons and "&Reset password…" not in buttons


def test_one_time_passwords_are_random_easy_to_read_out_and_accepted_by_the_core():
    from ui.passwords import one_time_password

    made = {one_time_password("khi-counsellor9") for _ in range(200)}
    assert len(made) == 200
    for password in made:
        assert ONE_TIME.match(password)
        assert not set(password) & set("0o1li5s2z")   # nothing that looks alike
        accounts.check_password(password, "khi-counsellor9")
