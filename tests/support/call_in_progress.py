"""A counsellor's window in a process of its own, mid-call, waiting to be killed.

    python -m tests.support.call_in_progress DATA_DIR SETTINGS_DIR NUMBER

Signs in as khi-counsellor1, takes a call from NUMBER on the call screen, fills the
quick intake, a summary and a note still being typed, and waits until the call screen's
own timer has saved the draft (nothing here asks it to save). Then it prints READY and
keeps the window open until the test kills the process with SIGKILL — what a power cut
or a crash does to the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.desk_process import open_window
from workstation.persistence.database import open_desk_database
from workstation.services import contacts

SUMMARY = "Husband threatened her; she wants the protection order explained."
NOTE = "She is calling from a neighbour's phone"


def main() -> int:
    data_dir, settings_dir, number = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    from ui.navigation import ContactRequest

    desk = open_window(data_dir, settings_dir)
    runner, window, session, pump = desk.runner, desk.window, desk.session, desk.pump
    window.navigator.request_contact(ContactRequest(number=number))

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
