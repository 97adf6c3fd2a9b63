"""A counsellor's window in a process of its own, mid-call, waiting to be killed.

    python -m tests.support.call_in_progress DATA_DIR SETTINGS_DIR NUMBER

Signs in as khi-counsellor1, takes a call from NUMBER on the call screen, fills the
quick intake, a summary and a note still being typed, and waits until the call screen's
own timer has saved the draft (nothing here asks it to save). Then it prints READY and
keeps the window open until the test kills the process with SIGKILL — what a power cut
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

SUMMARY = "Husband threatened her; she wants the protection order explained."
NOTE = "She is calling from a neighbour's phone"


def main() -> int:
    data_dir, settings_dir, number = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    from ui import fonts, i18n
    from ui.main_window import MainWindow
    from ui.navigation import ContactRequest
    from ui.runner import Runner
    from ui.session import SignedIn
    from workstation.persistence.database import open_desk_database
    from workstation.services import accounts, centres, contacts

    app = QApplication([sys.argv[0]])
    fonts.register_fonts()
    i18n.apply_language("en", app)
    database = open_desk_database(data_dir)
    session = accounts.sign_in(database, "khi-counsellor1", "demo")
    user = SignedIn(session, centres.centre_of(database, session.actor.centre_id))
    runner = Runner(database)
    window = MainWindow(runner, database.path, user, today=lambda: date(2026, 11, 20))
    window.show()
    window.navigator.request_contact(ContactRequest(number=number))

    def pump(until, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if until():
                return True
            time.sleep(0.02)
        return False

    screen = window.screen("calls")
    if not pump(lambda: screen.active is not None and not runner.busy, 20):
        print("the call did not start", flush=True)
        return 1
    form = screen.form
    form.caller_type.setCurrentIndex(form.caller_type.findData("survivor"))
    form.district.set_value("SD-KHS")
    form.category.set_value("dv_physical")
    form.summary.setPlainText(SUMMARY)
    form.note_edit.setPlainText(NOTE)
    contact_id = screen.active.contact_id

    def saved() -> bool:
        if runner.busy:
            return False
        check = open_desk_database(data_dir)
        try:
            drafts = {d.contact_id: d for d in contacts.open_drafts(check, session.copy())}
        finally:
            check.close()
        draft = drafts.get(contact_id)
        return draft is not None and draft.form.summary == SUMMARY

    if not pump(saved, 20):
        print("the draft was not saved", flush=True)
        return 1
    print(f"READY {contact_id}", flush=True)
    pump(lambda: False, 600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
