"""A counsellor's window in a process of its own, a new case half typed, waiting to be
killed.

    python -m tests.support.case_in_progress DATA_DIR SETTINGS_DIR

Signs in as khi-counsellor1, starts a new case on the Cases screen, types the account,
the city, a client with a CNIC still half typed (the save would refuse it: the draft
must keep it as typed) and a note being written on the Notes tab, and waits until the
screen's own timer has saved the draft (nothing here asks it to save). Then it prints
READY and keeps the window open until the test kills it with SIGKILL — what a power cut
or a crash does to the app.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

NARRATIVE = "Her brother-in-law took her ID card and her children's B-forms."
CITY = "Orangi Town"
CLIENT = "Shabana Kausar"
HALF_CNIC = "42101-12"


def main() -> int:
    data_dir, settings_dir = Path(sys.argv[1]), sys.argv[2]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    from ui import fonts, i18n
    from ui.main_window import MainWindow
    from ui.runner import Runner
    from ui.session import SignedIn
    from workstation.persistence.database import open_desk_database
    from workstation.services import accounts, case_drafts, centres

    app = QApplication([sys.argv[0]])
    fonts.register_fonts()
    i18n.apply_language("en", app)
    database = open_desk_database(data_dir)
    session = accounts.sign_in(database, "khi-counsellor1", "demo")
    user = SignedIn(session, centres.centre_of(database, session.actor.centre_id))
    runner = Runner(database)
    window = MainWindow(runner, database.path, user, today=lambda: date(2026, 11, 20))
    window.show()

    def pump(until, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if until():
                return True
            time.sleep(0.02)
        return False

    screen = window.show_screen_id("cases")
    pump(lambda: not runner.busy, 20)
    screen.new_case()
    form = screen.form
    form.city.setText(CITY)
    form.city.textEdited.emit(CITY)
    form.narrative.setPlainText(NARRATIVE)
    form.people.add_person()
    for field, text in ((form.people.name, CLIENT), (form.people.cnic, HALF_CNIC)):
        field.setText(text)
        field.textEdited.emit(text)
    form.sections["notes"].editor.setPlainText("Typed, never added")

    def saved() -> bool:
        if runner.busy:
            return False
        check = open_desk_database(data_dir)
        try:
            drafts = case_drafts.drafts(check, session.copy())
        finally:
            check.close()
        return any(d.form.get("narrative") == NARRATIVE for d in drafts)

    if not pump(saved, 30):
        print("the draft was not saved", flush=True)
        return 1
    print("READY", flush=True)
    pump(lambda: False, 600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
