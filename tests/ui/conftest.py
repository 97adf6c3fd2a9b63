"""pytest-qt fixtures for the window: offscreen Qt, a demo desk, a runner, the main window.

The platform is forced to offscreen before Qt is imported, so the suite runs on a CI
machine or over SSH without a screen, and never pops windows on a developer's desk.
Settings go to a temporary folder, so a test switching to Urdu does not change the
developer's own choice.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from workstation.demo.generator import DemoSize, generate_demo  # noqa: E402
from workstation.persistence.database import open_desk_database  # noqa: E402
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


@pytest.fixture(scope="session")
def empty_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("empty-desk")
    init_desk(folder)
    return folder


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


def _window(qtbot, folder: Path):
    from ui.main_window import MainWindow
    from ui.runner import Runner

    runner = Runner(open_desk_database(folder))
    window = MainWindow(runner, runner.database.path, today=lambda: DEMO_DAY)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, demo_dir):
    window = _window(qtbot, demo_dir)
    wait_idle(qtbot, window.runner)
    yield window
    window.close()
    window.runner.shutdown()


@pytest.fixture
def empty_window(qtbot, empty_dir):
    window = _window(qtbot, empty_dir)
    wait_idle(qtbot, window.runner)
    yield window
    window.close()
    window.runner.shutdown()


def wait_idle(qtbot, runner, timeout: int = 10_000) -> None:
    """Wait until the runner has delivered every result (and the loads they started)."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)
