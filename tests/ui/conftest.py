"""pytest-qt fixtures for the window: offscreen Qt, a demo desk, a runner, the main window.

The platform is forced to offscreen before Qt is imported, so the suite runs on a CI
machine or over SSH without a screen, and never pops windows on a developer's desk.
Settings go to a temporary folder, so a test switching to Urdu does not change the
developer's own choice.

Signing in costs about 0.4 s (Argon2id), so each demo account signs in once per test
session (`demo_user`) and every window gets its own copy of that session: locking one
window's session leaves the others alone. Tests of signing in itself go through the
real dialogs and the runner.
"""

from __future__ import annotations

import os
import shutil

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from workstation.demo.generator import DemoSize, generate_demo  # noqa: E402
from workstation.persistence.database import open_desk_database  # noqa: E402
from workstation.services import accounts, centres  # noqa: E402
from workstation.services.accounts import UserSession  # noqa: E402
from workstation.services.desk import init_desk  # noqa: E402

# The demo's last day; "today" for every screen in these tests. A Friday.
DEMO_DAY = date(2026, 11, 20)
DEMO = {"contacts": 2_000, "cases": 500, "services": 120}


@pytest.fixture(scope="session", autouse=True)
def ui_session(qapp, tmp_path_factory):
    """One QApplication for the suite, set up as `ui.app.main` sets it up."""
    from ui import fonts, i18n, settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    qapp.setOrganizationName(settings.ORGANISATION)
    qapp.setApplicationName(settings.APPLICATION)
    fonts.register_fonts()
    i18n.apply_language("en", qapp)
    return qapp


@pytest.fixture(autouse=True)
def english_after_each_test(qapp):
    """A test that switched to Urdu must not leave the next one in Urdu."""
    yield
    from ui import i18n, settings

    if i18n.current_language() != "en":
        i18n.apply_language("en", qapp)
    settings.LANGUAGE.set("en")


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory) -> Path:
    """A small demo desk, built once; tests only read it."""
    folder = tmp_path_factory.mktemp("demo-desk")
    generate_demo(folder, DemoSize(**DEMO, seed=7, until=DEMO_DAY))
    return folder


EMPTY_ADMIN = ("first-admin", "Saima Qureshi", "empty-desk-password")


@pytest.fixture(scope="session")
def empty_desk(tmp_path_factory):
    """A desk with its organisation and first administrator, and no records:
    (folder, the administrator's session)."""
    folder = tmp_path_factory.mktemp("empty-desk")
    init_desk(folder)
    database = open_desk_database(folder)
    try:
        username, name, password = EMPTY_ADMIN
        session = accounts.create_organisation(database, username=username,
                                               display_name=name, password=password)
    finally:
        database.close()
    return folder, session


@pytest.fixture(scope="session")
def empty_dir(empty_desk) -> Path:
    return empty_desk[0]


@pytest.fixture
def desk(tmp_path, demo_dir):
    """A copy of the session's demo desk that a test may change."""
    folder = tmp_path / "desk"
    shutil.copytree(demo_dir, folder)
    return folder


def copy_session(session: UserSession) -> UserSession:
    """The same signed-in person with their own lock (no second Argon2id run)."""
    return session.copy()


def _signer(folder: Path):
    from ui.session import SignedIn

    signed: dict[str, tuple] = {}

    def sign_in(username: str, password: str = "demo") -> SignedIn:
        if username not in signed:
            database = open_desk_database(folder)
            try:
                session = accounts.sign_in(database, username, password)
                signed[username] = (session, centres.centre_of(database,
                                                               session.actor.centre_id))
            finally:
                database.close()
        session, centre = signed[username]
        return SignedIn(copy_session(session), centre)

    return sign_in


@pytest.fixture(scope="session")
def demo_user(demo_dir):
    """`demo_user("khi-counsellor1")`: a SignedIn for a demo account (password demo)."""
    return _signer(demo_dir)


@pytest.fixture(scope="session")
def empty_admin(empty_desk):
    from ui.session import SignedIn

    _folder, session = empty_desk
    return lambda: SignedIn(copy_session(session), None)


@pytest.fixture
def demo_db(demo_dir):
    database = open_desk_database(demo_dir)
    yield database
    database.close()


@pytest.fixture
def runner(qtbot):
    """A runner without a database (for the runner's own tests and start-up)."""
    from ui.runner import Runner

    runner = Runner()
    yield runner
    runner.shutdown()


COUNSELLOR = "khi-counsellor1"   # the default window's user: centre KHI


def open_window(qtbot, folder: Path, user, **options):
    """A main window on `folder` for `user`, shown, its first screen loaded."""
    from ui.main_window import MainWindow
    from ui.runner import Runner

    runner = Runner(open_desk_database(folder))
    window = MainWindow(runner, runner.database.path, user, today=lambda: DEMO_DAY,
                        **options)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window.runner)
    return window


def close_window(window) -> None:
    window.close()
    window.runner.shutdown()


@pytest.fixture
def window(qtbot, demo_dir, demo_user):
    """The main window of a counsellor of the Karachi centre (KHI)."""
    window = open_window(qtbot, demo_dir, demo_user(COUNSELLOR))
    yield window
    close_window(window)


@pytest.fixture
def desk_window(qtbot, desk, demo_user):
    """A counsellor's window on a copy of the demo desk that the test may change, active
    (so shortcuts and mnemonics reach it)."""
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    close_window(window)


@pytest.fixture
def empty_window(qtbot, empty_dir, empty_admin):
    window = open_window(qtbot, empty_dir, empty_admin())
    yield window
    close_window(window)


def wait_idle(qtbot, runner, timeout: int = 10_000) -> None:
    """Wait until the runner has delivered every result (and the loads they started)."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)
