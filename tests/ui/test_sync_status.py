"""Sync in the window, against the suite's real PostgreSQL: the status bar says where it
stands, a change made on another desk arrives and the screen in view reloads, an outage
is reported with the changes kept, and a supervisor reads the conflicts."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.support.sync_desks import (
    DESK_ROLE_PASSWORD,
    fast_kdf,
    first_desk,
    link,
    new_desk,
    shared_server,
    signed_in,
)
from ui.dialogs.sync_conflicts import SyncConflictsDialog
from ui.main_window import MainWindow
from ui.runner import Runner
from ui.session import SignedIn
from workstation.crypto.keyring_store import DeskSecretStore
from workstation.persistence.models import LocalSetting
from workstation.services import cases, centres
from workstation.sync import run_round
from workstation.sync.desk_sync import CREDENTIAL, SETTING_SCOPE, SETTING_URL

from .conftest import DEMO_DAY, wait_idle


@pytest.fixture
def two_desks(tmp_path, pg_url, monkeypatch, secret_service):
    """Desk A (where the organisation began) and desk B of centre KHI, both synced once;
    desk B is connected the way `workstation sync setup` leaves a desk: the address in
    its settings, the desk role's password in the OS keyring."""
    fast_kdf(monkeypatch)
    url = shared_server(pg_url)
    a, a_id, _admin = first_desk(tmp_path / "a")
    run_round(a, link(url, a, None))
    b, b_id = new_desk(tmp_path / "b", "desk-b")
    desk_link = link(url, a, "KHI")
    run_round(b, desk_link)
    with b.uow() as uow:
        uow.session.add_all([LocalSetting(key=SETTING_URL, value=url),
                             LocalSetting(key=SETTING_SCOPE, value=desk_link.scope)])
        uow.commit()
    DeskSecretStore().set_credential(CREDENTIAL, b_id, DESK_ROLE_PASSWORD)
    yield url, (a, a_id), (b, b_id)
    a.close()


def window_on(qtbot, database, desk_id, username):
    session = signed_in(database, username, desk_id)
    user = SignedIn(session, centres.centre_of(database, session.actor.centre_id))
    runner = Runner(database)
    window = MainWindow(runner, database.path, user, today=lambda: DEMO_DAY)
    qtbot.addWidget(window)
    window.show()
    return window


def sync_text(window) -> str:
    return window.desk_status.sync_label.text()


def test_the_status_bar_follows_sync_and_new_cases_arrive(qtbot, two_desks):
    url, (a, a_id), (b, b_id) = two_desks
    window = window_on(qtbot, b, b_id, "khi-c2")
    try:
        qtbot.waitUntil(lambda: sync_text(window).startswith("Sync: up to date"),
                        timeout=20_000)
        cases_screen = window.show_screen_id("cases")
        wait_idle(qtbot, window.runner)
        before = cases_screen.model.total

        on_a = signed_in(a, "khi-c1", a_id)
        cases.save_case(a, on_a, cases.CaseRecord(
            narrative="Made on desk A", persons=[cases.PersonOnCase(role="client")]))
        run_round(a, link(url, a, None))
        window.sync_action.trigger()                     # Ctrl+Shift+S
        qtbot.waitUntil(lambda: cases_screen.model.total == before + 1, timeout=20_000)
        assert sync_text(window).startswith("Sync: up to date")

        # An outage: the server's address stops answering; changes stay on the desk.
        with b.uow() as uow:
            uow.session.execute(update(LocalSetting).where(LocalSetting.key == SETTING_URL)
                                .values(value=url.rsplit(":", 1)[0] + ":1/nowhere"))
            uow.commit()
        on_b = window.session
        cases.save_case(b, on_b, cases.CaseRecord(
            narrative="Made during the outage", persons=[cases.PersonOnCase(role="client")]))
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: sync_text(window).startswith("Sync: offline"),
                        timeout=30_000)
        assert "change" in sync_text(window) and "kept on this desk" in sync_text(window)
        assert window.desk_status.sync_label.toolTip()   # the reason, for whoever asks
    finally:
        window.close()
        window.runner.shutdown()


def test_a_supervisor_reads_the_value_a_concurrent_edit_replaced(qtbot, two_desks):
    url, (a, a_id), (b, b_id) = two_desks
    on_a = signed_in(a, "khi-c1", a_id)
    case = cases.save_case(a, on_a, cases.CaseRecord(
        narrative="First account", persons=[cases.PersonOnCase(role="client")]))
    run_round(a, link(url, a, None))
    run_round(b, link(url, a, "KHI"))
    on_b = signed_in(b, "khi-c2", b_id)
    for database, session, words in ((a, on_a, "Desk A's account"),
                                     (b, on_b, "Desk B's account")):
        record = cases.open_case(database, session, case.id)
        record.narrative = words
        cases.save_case(database, session, record)
    for database, code in ((a, None), (b, "KHI"), (a, None), (b, "KHI")):
        run_round(database, link(url, a, code))

    window = window_on(qtbot, b, b_id, "khi-sup")
    try:
        qtbot.waitUntil(lambda: "conflict to review" in sync_text(window), timeout=20_000)
        assert window.conflicts_action.isVisible()
        window.show_conflicts()
        dialog = window.findChild(SyncConflictsDialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
        texts = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
        assert "Desk A's account" in texts
        dialog.reject()
    finally:
        window.close()
        window.runner.shutdown()
