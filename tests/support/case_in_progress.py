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

import sys
from pathlib import Path

from tests.support.desk_process import open_window
from workstation.persistence.database import open_desk_database
from workstation.services import case_drafts

NARRATIVE = "Her brother-in-law took her ID card and her children's B-forms."
CITY = "Orangi Town"
CLIENT = "Shabana Kausar"
HALF_CNIC = "42101-12"


def main() -> int:
    data_dir, settings_dir = Path(sys.argv[1]), sys.argv[2]

    desk = open_window(data_dir, settings_dir)
    runner, window, session, pump = desk.runner, desk.window, desk.session, desk.pump

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
