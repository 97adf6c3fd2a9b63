"""What the crash tests' child processes share: a counsellor's window opened offscreen on
a desk folder, and a loop that turns the event loop until something has happened.

Imported before anything from Qt by the `*_in_progress` modules, which are run as
`python -m tests.support.…` and killed with SIGKILL by the tests.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

COUNSELLOR = "khi-counsellor1"
TODAY = date(2026, 11, 20)


@dataclass
class Desk:
    app: QApplication
    runner: object      # ui.runner.Runner
    window: object      # ui.main_window.MainWindow
    session: object     # the counsellor's UserSession

    def pump(self, until, seconds: float) -> bool:
        """Turn the event loop until `until()` holds (True) or `seconds` pass (False)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            if until():
                return True
            time.sleep(0.02)
        return False


def open_window(data_dir: Path, settings_dir: str) -> Desk:
    """The main window of khi-counsellor1 on `data_dir`, in English, shown offscreen."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    from ui import fonts, i18n
    from ui.main_window import MainWindow
    from ui.runner import Runner
    from ui.session import SignedIn
    from workstation.persistence.database import open_desk_database
    from workstation.services import accounts, centres

    app = QApplication([COUNSELLOR])
    fonts.register_fonts()
    i18n.apply_language("en", app)
    database = open_desk_database(data_dir)
    session = accounts.sign_in(database, COUNSELLOR, "demo")
    user = SignedIn(session, centres.centre_of(database, session.actor.centre_id))
    runner = Runner(database)
    window = MainWindow(runner, database.path, user, today=lambda: TODAY)
    window.show()
    return Desk(app, runner, window, session)
