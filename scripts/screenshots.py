"""Regenerate docs/screenshots: the main window on each screen (the Appointments screen by
day and by week, and its booking dialog), the doors to it (sign-in, first run, change
password), the lock screen, the quick-hide cover, the Admin screen with accounts, the
guidance sheet dialog and the supervisor's Reports screen (dashboard, statistics, data
retention, and pages of a statistics PDF) — each in English and in Urdu.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR]

Builds a demo database (fixed seed and date, so the pictures only change when the
window does) in a temporary folder, and uses a temporary settings file, so it leaves
the person's own data folder and language choice alone. The six screens are shot as
a Karachi counsellor sees them (`khi-counsellor1`); the Admin screen with accounts as
the demo administrator. Signing in here calls the service directly: nothing is on
screen while it runs.

Look at every picture after a change: clipped text, boxes instead of Urdu letters,
left-aligned Urdu or broken Nastaliq joins do not show up in a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QSettings, Qt, QTime  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui import fonts, i18n, settings  # noqa: E402
from ui.dialogs.guidance_sheet import GuidanceSheetDialog  # noqa: E402
from ui.dialogs.read_aloud import PLAYING  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.runner import Runner  # noqa: E402
from ui.session import SignedIn  # noqa: E402
from ui.sign_in import ChangePasswordDialog, FirstRunDialog, SignInDialog  # noqa: E402
from ui.startup import DEFAULT_DEMO, StartDialog  # noqa: E402
from workstation.demo.generator import DemoSize, generate_demo  # noqa: E402
from workstation.domain.pakistan_time import PKT  # noqa: E402
from workstation.persistence.database import open_desk_database  # noqa: E402
from workstation.services import accounts, centres  # noqa: E402

DEMO_DAY = date(2026, 11, 20)  # a Friday; the demo data ends at 18:00 that day
SIZE = (1280, 800)
# Shown in the pictures instead of a random one, so they change only when the window does.
PICTURE_ONE_TIME_PASSWORD = "kmpt-4xq7-9hcw"


def settle(app: QApplication, runner: Runner, seconds: float = 20.0) -> None:
    """Let the runner finish every load (and the loads those trigger) and repaint."""
    deadline = time.monotonic() + seconds
    quiet_rounds = 0
    while time.monotonic() < deadline and quiet_rounds < 5:
        app.processEvents()
        if runner.busy:
            quiet_rounds = 0
            time.sleep(0.01)
        else:
            quiet_rounds += 1
            time.sleep(0.02)
    app.processEvents()


def signed_in(data_dir: Path, username: str) -> SignedIn:
    database = open_desk_database(data_dir)
    try:
        session = accounts.sign_in(database, username, "demo")
        return SignedIn(session, centres.centre_of(database, session.actor.centre_id))
    finally:
        database.close()


class Shooter:
    def __init__(self, app: QApplication, runner: Runner, out: Path):
        self.app, self.runner, self.out = app, runner, out
        self.written: list[Path] = []

    def shoot(self, widget: QWidget, name: str, language: str) -> None:
        settle(self.app, self.runner)
        path = self.out / f"{name}-{language}.png"
        widget.grab().save(str(path))
        self.written.append(path)

    def dialog(self, dialog: QWidget, name: str, language: str) -> None:
        dialog.show()
        dialog.adjustSize()
        self.shoot(dialog, name, language)
        dialog.close()
        dialog.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="workstation-shots-") as temp:
        temp = Path(temp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp))
        data_dir = temp / "data"
        print("building the demo database …", flush=True)
        generate_demo(data_dir, DemoSize(**DEFAULT_DEMO, seed=1, until=DEMO_DAY))
        counsellor = signed_in(data_dir, "khi-counsellor1")
        admin = signed_in(data_dir, "admin")
        supervisor = signed_in(data_dir, "khi-supervisor1")

        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setOrganizationName(settings.ORGANISATION)
        app.setApplicationName(settings.APPLICATION)
        fonts.register_fonts()
        i18n.apply_language("en", app)
        runner = Runner(open_desk_database(data_dir))
        shots = Shooter(app, runner, args.out)
        window = MainWindow(runner, runner.database.path, counsellor, today=lambda: DEMO_DAY)
        window.resize(*SIZE)
        window.show()
        admin_window = MainWindow(runner, runner.database.path, admin,
                                  today=lambda: DEMO_DAY)
        admin_window.resize(*SIZE)
        supervisor_window = MainWindow(runner, runner.database.path, supervisor,
                                       today=lambda: DEMO_DAY)
        supervisor_window.resize(*SIZE)
        try:
            for language in ("en", "ur"):
                i18n.apply_language(language, app)
                shoot_language(shots, window, admin_window, counsellor, temp, language)
                shoot_reports(shots, window, supervisor_window, temp, language)
        finally:
            window.close()
            admin_window.close()
            supervisor_window.close()
            runner.shutdown()
    for path in shots.written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def shoot_language(shots: Shooter, window: MainWindow, admin_window: MainWindow,
                   counsellor: SignedIn, temp: Path, language: str) -> None:
    runner = shots.runner
    window.show()
    for position, screen in enumerate(window.screens):
        window.show_screen(position)
        if screen.screen_id == "appointments":
            shoot_appointments(shots, window, screen, language)
        elif screen.screen_id == "calls":
            shots.shoot(window, "main-calls", language)
            shoot_call(shots, window, screen, language)
        elif screen.screen_id == "worklist":
            shoot_worklist(shots, window, screen, language)
        else:
            shots.shoot(window, f"main-{screen.screen_id.replace('_', '-')}", language)

    # Quick hide, then the lock screen (after a wrong password, to show its message).
    window.show_screen(1)
    settle(shots.app, runner)
    window.cover_now()
    shots.shoot(window, "quick-hide-cover", language)
    window.uncover()
    window.lock()
    window.lock_screen.password_message.show_message(
        window.lock_screen.tr("The password is not correct."))
    shots.shoot(window, "locked", language)
    window.lock_screen.password.setText("demo")
    window.lock_screen.submit()
    settle(shots.app, runner)
    assert not window.session.locked
    window.hide()

    # The Admin screen as the administrator: accounts, and a new account's password.
    admin_window.show()
    admin_window.show_screen(len(admin_window.screens) - 1)
    admin = admin_window.screen("admin")
    settle(shots.app, runner)
    admin.accounts.select("khi-counsellor2")
    shots.shoot(admin_window, "main-admin-accounts", language)
    admin.accounts.add_account()
    dialog = admin.accounts.add_dialog
    dialog.username.setText("khi-counsellor5")
    dialog.centre.setCurrentIndex(dialog.centre.findData("KHI"))
    dialog.display_name.setText("Nadia Baloch" if language == "en" else "نادیہ بلوچ")
    shots.shoot(dialog, "add-account", language)
    dialog._created("khi-counsellor5", dialog.display_name.text(), PICTURE_ONE_TIME_PASSWORD)
    shots.shoot(dialog, "add-account-password", language)
    dialog.reject()
    admin.tabs.setCurrentWidget(admin.audit)
    admin.audit.verify()
    shots.shoot(admin_window, "main-admin-audit", language)
    admin.tabs.setCurrentWidget(admin.accounts)
    admin_window.hide()
    window.show()

    # The doors: sign-in (a demo database; then after a wrong password), first run,
    # and the password that must be changed.
    sign_in = SignInDialog(runner, None, is_demo=True)
    sign_in.username.setText("khi-counsellor1")
    shots.dialog(sign_in, "sign-in", language)
    wrong = SignInDialog(runner, None, is_demo=False)
    wrong.username.setText("khi-counsellor1")
    wrong.form.show_message("password", wrong_password_text())
    shots.dialog(wrong, "sign-in-wrong-password", language)
    first = FirstRunDialog(runner, None)
    first.username.setText("khi-admin")
    first.display_name.setText("Farah Siddiqui" if language == "en" else "فرح صدیقی")
    first.form.show_message("confirm", first.tr("The two passwords are not the same."))
    shots.dialog(first, "first-run", language)
    change = ChangePasswordDialog(runner, counsellor.session, mandatory=True)
    shots.dialog(change, "change-password", language)

    start = StartDialog(temp / "new-desk", DEFAULT_DEMO)
    shots.dialog(start, "start-dialog", language)

    shoot_sheet_dialog(shots, counsellor, language)


# During a call: a known caller with a safety flag and earlier contacts, the intake half
# filled, a note added and another being typed. The timer is pinned in the picture.
CALL_NOTES = {"en": ("Burns on her arm; she is at her mother's house.",
                     "Husband works nights; safe to call after 9 am"),
              "ur": ("بازو پر جلنے کے نشان؛ وہ اپنی والدہ کے گھر ہے۔",
                     "شوہر رات کو کام کرتا ہے؛ صبح 9 بجے کے بعد کال محفوظ ہے")}


def shoot_call(shots: Shooter, window: MainWindow, screen, language: str) -> None:
    from ui.navigation import ContactRequest

    # Another caller for each language: the first picture's call is in the second's history.
    number = flagged_caller_number(shots.runner, window.user, skip=language == "ur")
    window.navigator.request_contact(ContactRequest(number=number))
    settle(shots.app, shots.runner)
    form = screen.form
    form.caller_type.setCurrentIndex(form.caller_type.findData("survivor"))
    form.language.setCurrentIndex(form.language.findData("ur"))
    form.district.set_value("SD-KHM")
    form.category.set_value("hp_acid_attack")
    form.urgency.setCurrentIndex(form.urgency.findData("high"))
    added, typing = CALL_NOTES[language]
    screen.add_note(added)
    settle(shots.app, shots.runner)
    form.note_edit.setPlainText(typing)
    screen.caller.timer._tick.stop()
    screen.caller.timer.setText("04:12")
    shots.shoot(window, "call-in-progress", language)
    # Leave it wrapped up, so the next language starts from the same place.
    form.outcome.setCurrentIndex(form.outcome.findData("information_only"))
    screen.finish()
    settle(shots.app, shots.runner)
    window.statusBar().clearMessage()


def flagged_caller_number(runner: Runner, user: SignedIn, skip: int = 0) -> str:
    """The number of a person of the counsellor's centre with a safety flag and earlier
    contacts (the demo seals numbers, so they are opened with the counsellor's keys)."""
    from sqlalchemy import select

    from workstation.persistence.models import Contact, Person
    from workstation.services import calls
    from workstation.services.sealed import open_fields

    session = user.session
    database = runner.database
    with database.engine.connect() as c:
        rows = c.execute(select(Person.id, Person.phone_ct, Person.safety_flags)
                         .join(Contact, Contact.person_id == Person.id)
                         .where(Person.centre_id == session.actor.centre_id,
                                Person.phone_ct.is_not(None)).distinct()).all()
    for row in rows:
        if "not_safe_to_call_back" not in (row.safety_flags or ()):
            continue
        number = open_fields(session.keys, "persons", row.id, row, ("phone",))[0]["phone"]
        pop = calls.screen_pop(database, session, number)
        if len(pop.contacts) >= 2 and any(p.name for p in pop.callers):
            if not skip:
                return number
            skip -= 1
    raise RuntimeError("the demo has no flagged caller with earlier contacts")


def shoot_worklist(shots: Shooter, window: MainWindow, screen, language: str) -> None:
    """The morning worklist, and the call-back dialog on its first item."""
    settle(shots.app, shots.runner)
    screen.mine_only.setCurrentIndex(1)
    shots.shoot(window, "worklist", language)
    screen.callback_panel.table.setCurrentIndex(screen.callback_model.index(0, 0))
    screen.call_back()
    dialog = screen.dialog
    dialog.adjustSize()
    shots.shoot(dialog, "call-back-dialog", language)
    dialog.reject()
    settle(shots.app, shots.runner)


# The guidance sheet as opened from a call (F8): Malir, whose demo directory has a
# hospital with a medico-legal officer and a women protection centre (address withheld).
SHEET_DISTRICT = "SD-KHM"
SHEET_SIZE = (1180, 780)


def shoot_sheet_dialog(shots: Shooter, counsellor: SignedIn, language: str) -> None:
    """The dialog with its preview, and the player paused on a reading it has made."""
    reference = newest_case(shots.runner, counsellor)
    dialog = GuidanceSheetDialog(shots.runner, counsellor, district_code=SHEET_DISTRICT,
                                 case_reference=reference, today=lambda: DEMO_DAY)
    dialog.situation.setCurrentIndex(dialog.situation.findData("sexual_violence"))
    # The English picture shows the English sheet; the Urdu one both languages.
    dialog.lang.setCurrentIndex(dialog.lang.findData("en" if language == "en" else "both"))
    dialog.resize(*SHEET_SIZE)
    dialog.show()
    wait_for(shots.app, lambda: dialog.sheet is not None and not dialog._pending)
    reader = dialog.reader
    reader.section.setCurrentIndex(reader.section.findData("steps"))
    reader.play()
    wait_for(shots.app, lambda: reader.state == PLAYING and reader.player.duration() > 0)
    reader.pause()
    reader.player.setPosition(12_000)   # a fixed place, so the picture does not change
    wait_for(shots.app, lambda: abs(reader.player.position() - 12_000) < 100)
    shots.shoot(dialog, "guidance-sheet-dialog", language)
    dialog.reject()
    dialog.deleteLater()


def newest_case(runner: Runner, user: SignedIn) -> str:
    """The newest open case of the counsellor's centre, as a call would hand it over."""
    from sqlalchemy import text

    with runner.database.transaction() as connection:
        return connection.execute(text(
            "SELECT c.reference FROM cases c JOIN centres ce ON ce.id = c.centre_id "
            "WHERE ce.code = :centre AND NOT c.restricted ORDER BY c.reference DESC LIMIT 1"),
            {"centre": user.centre_code}).scalar_one()


def wait_for(app: QApplication, condition, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("the guidance sheet dialog did not get ready in time")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def shoot_appointments(shots: Shooter, window: MainWindow, screen, language: str) -> None:
    """The day (a client who has arrived selected, so her actions are offered), the
    counsellor's own week, and the booking dialog refused beside the time field."""
    from ui import messages
    from workstation.services import appointments

    settle(shots.app, shots.runner)
    rows = [screen.model.row_at(n) for n in range(screen.model.rowCount())]
    arrived = next((r for r in rows if r.status == "arrived" and r.expected), None)
    if arrived is not None:
        screen.select(arrived.id)
    shots.shoot(window, "appointments-day", language)

    combo = screen.counsellor_combo
    everyone = combo.currentIndex()
    combo.setCurrentIndex(combo.findData(str(window.session.actor.user_id)))
    screen.set_view(screen.WEEK)
    settle(shots.app, shots.runner)
    shots.shoot(window, "appointments-week", language)
    combo.setCurrentIndex(everyone)
    screen.set_view(screen.DAY)
    settle(shots.app, shots.runner)

    # A time that meets one of the counsellor's own bookings after the demo day: the
    # core's own words for it, beside the time field. (The core cannot be asked here:
    # the demo's days lie in the past of the real clock, which it refuses first.)
    me = window.session
    later = [r for r in appointments.between(shots.runner.database, me, DEMO_DAY, 10,
                                             counsellor_id=me.actor.user_id)
             if r.starts_at.astimezone(PKT).date() > DEMO_DAY and r.status == "booked"
             and r.kind == "appointment"]
    taken = later[0]
    start = taken.starts_at.astimezone(PKT)
    end = taken.ends_at.astimezone(PKT)
    screen.book()
    dialog = screen.book_dialog
    dialog.day.setDate(QDate(start.year, start.month, start.day))
    dialog.starts_at.setTime(QTime(start.hour, 15 if start.minute == 0 else 45))
    dialog.client_name.setText("Ayesha Siddiqui" if language == "en" else "عائشہ صدیقی")
    dialog.phone.setText("0345-0123456")
    dialog.notes.setPlainText("Comes with her sister; prefers the morning." if language == "en"
                              else "اپنی بہن کے ساتھ آئیں گی؛ صبح کا وقت بہتر ہے۔")
    dialog.form.show_message("starts_at", messages.translate(
        f"{me.display_name} is already booked from {start:%H:%M} to {end:%H:%M}."))
    dialog.adjustSize()
    shots.shoot(dialog, "book-appointment", language)
    dialog.reject()
    settle(shots.app, shots.runner)

    # A walk-in's token, as the dialog shows it once given (the next number of the day;
    # shown, not registered, so the other language's day view stays the same).
    from workstation.services.appointments import WalkIn

    screen.register_walk_in()
    dialog = screen.walk_in_dialog
    dialog.client_name.setText("Shazia Parveen" if language == "en" else "شازیہ پروین")
    token = max((r.token_number or 0) for r in rows) + 1
    room = next((s.last_room for s in screen.options.staff if s.id == me.actor.user_id),
                None)
    dialog.registered.disconnect()   # nothing was given: the screen must not say so
    dialog._registered(WalkIn(uuid.uuid4(), token, room, screen.now(), me.actor.user_id))
    dialog.adjustSize()
    shots.shoot(dialog, "walk-in-token", language)
    dialog.reject()
    settle(shots.app, shots.runner)


def shoot_reports(shots: Shooter, window: MainWindow, supervisor_window: MainWindow,
                  temp: Path, language: str) -> None:
    """The Reports screen as the Karachi supervisor sees it: the day's dashboard, a year's
    statistics with the category chart, data retention; and a page of the PDF the
    statistics are saved as, rendered with pdftoppm."""
    from PySide6.QtCore import QDate

    window.hide()
    supervisor_window.show()
    screen = supervisor_window.show_screen_id("reports")
    settle(shots.app, shots.runner)
    screen.tabs.setCurrentWidget(screen.dashboard)
    shots.shoot(supervisor_window, "reports-dashboard", language)
    screen.tabs.setCurrentWidget(screen.report)
    panel = screen.report
    panel.first.setDate(QDate(DEMO_DAY.year - 1, DEMO_DAY.month + 1, 1))
    panel.last.setDate(QDate(DEMO_DAY.year, DEMO_DAY.month - 1, 1))
    panel.count()
    settle(shots.app, shots.runner)
    for row in range(panel.tables.count()):
        if panel.tables.item(row).data(Qt.ItemDataRole.UserRole) == "cases_by_category":
            panel.tables.setCurrentRow(row)
    shots.shoot(supervisor_window, "reports-statistics", language)
    screen.tabs.setCurrentWidget(screen.retention)
    settle(shots.app, shots.runner)
    shots.shoot(supervisor_window, "reports-retention", language)
    screen.tabs.setCurrentWidget(screen.dashboard)
    shoot_report_pdf(shots, panel, temp, language)
    supervisor_window.hide()
    window.show()


def shoot_report_pdf(shots: Shooter, panel, temp: Path, language: str) -> None:
    """Page 2 of the statistics saved as a PDF (the categories' chart and table)."""
    import subprocess

    from ui.report_labels import report_labels
    from workstation.reports import render_report

    pdf = temp / f"report-{language}.pdf"
    pdf.write_bytes(render_report(panel.report, "pdf", report_labels()))
    for page in (1, 2):
        stem = shots.out / f"report-pdf-page{page}-{language}"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(stem)], check=True)
        shots.written.append(stem.with_suffix(".png"))


def wrong_password_text() -> str:
    from ui import messages
    from workstation.errors import CryptoError

    return messages.message(CryptoError(messages.WRONG_PASSWORD))


if __name__ == "__main__":
    sys.exit(main())
