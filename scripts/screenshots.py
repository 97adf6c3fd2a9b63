"""Regenerate docs/screenshots: the main window on each screen (the Appointments screen by
day and by week, and its booking dialog; the case list, filtered, and every tab of the
case form with a refused save and the duplicates comparison), the doors to it (sign-in,
first run, change password), the lock screen, the quick-hide cover, the Admin screen
with accounts, the guidance sheet dialog and the supervisor's Reports screen (dashboard,
statistics, data retention, and pages of a statistics PDF) — each in English and in Urdu.

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
from workstation import reference  # noqa: E402
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
        showcase = {language: make_showcase_case(data_dir, language)
                    for language in ("en", "ur")}
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
                shoot_language(shots, window, admin_window, counsellor, temp, language,
                               showcase[language])
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
                   counsellor: SignedIn, temp: Path, language: str, showcase) -> None:
    runner = shots.runner
    window.show()
    for position, screen in enumerate(window.screens):
        window.show_screen(position)
        if screen.screen_id == "cases":
            shoot_cases(shots, window, screen, language, showcase)
        elif screen.screen_id == "appointments":
            shoot_appointments(shots, window, screen, language)
        elif screen.screen_id == "calls":
            shots.shoot(window, "main-calls", language)
            shoot_call(shots, window, screen, language)
        elif screen.screen_id == "worklist":
            shoot_worklist(shots, window, screen, language)
        elif screen.screen_id == "referrals":
            shots.shoot(window, "main-referrals", language)
            shoot_referrals(shots, window, screen, temp, language)
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


# The lookup as F7 opens it for a caller from Karachi, searched in Urdu ("police"): the
# district's police stations first, then the national helplines. The Karachi district
# with the most demo police stations, so the picture shows the ranking.
LOOKUP_QUERY = "پولیس"
REFER_QUERY = {"en": "legal aid", "ur": "قانونی امداد"}


def shoot_referrals(shots: Shooter, window: MainWindow, screen, temp: Path,
                    language: str) -> None:
    """The lookup with an Urdu query, the referral flow from a case (the banner, the
    consent check, the slip dialog) and the slip itself, rendered with pdftoppm."""
    import shutil
    import subprocess

    from workstation.directory.search import SearchFilters, search_services
    from workstation.services import consent

    karachi = [d.code for d in reference.districts() if d.code.startswith("SD-K")]
    district = max(karachi, key=lambda code: sum(
        h.in_caller_district for h in search_services(
            shots.runner.database, LOOKUP_QUERY, SearchFilters(district=code),
            caller_district=code)))
    screen.show_district(district)
    screen.search.setText(LOOKUP_QUERY)
    screen.run_search()
    settle(shots.app, shots.runner)
    wait_for(shots.app, lambda: screen._detail is not None)
    shots.shoot(window, "referrals-search", language)

    # A case of the centre referred as the case form asks for it; its client agreed.
    session = window.session
    case_reference = newest_case(shots.runner, window.user)
    from sqlalchemy import text

    with shots.runner.database.transaction() as c:
        case_id = uuid.UUID(str(c.execute(text("SELECT id FROM cases WHERE reference = :r"),
                                          {"r": case_reference}).scalar_one()))
    consent.record(shots.runner.database, session, case_id, purpose="referral",
                   granted=True)
    window.navigator.request_referral(case_id)
    settle(shots.app, shots.runner)
    screen.district.set_value(None)
    screen.search.setText(REFER_QUERY[language])
    screen.run_search()
    settle(shots.app, shots.runner)
    rows = screen.model.rows()
    chosen = next(n for n, r in enumerate(rows) if r.is_demo and not r.confidential)
    screen._select_row(chosen)
    wait_for(shots.app, lambda: screen._detail is not None
             and screen._detail.id == rows[chosen].id)
    settle(shots.app, shots.runner)
    shots.shoot(window, "referrals-refer-mode", language)
    screen.refer_chosen()
    dialog = screen.dialog
    wait_for(shots.app, lambda: dialog.consented is not None)
    dialog.notes.setPlainText("Needs help with a khula petition; prefers a woman lawyer."
                              if language == "en" else
                              "خلع کی درخواست میں مدد چاہیے؛ خاتون وکیل کو ترجیح۔")
    dialog.adjustSize()
    shots.shoot(dialog, "refer-dialog", language)
    dialog.refer()
    settle(shots.app, shots.runner)
    slip_dialog = screen.dialog
    slip_dialog.lang.setCurrentIndex(slip_dialog.lang.findData(language))
    wait_for(shots.app, lambda: slip_dialog.slip is not None
             and slip_dialog.slip.choice.lang == language and not slip_dialog._pending)
    settle(shots.app, shots.runner)
    shots.shoot(slip_dialog, "referral-slip-dialog", language)
    pdf = temp / f"slip-{language}.pdf"
    pdf.write_bytes(slip_dialog.slip.pdf)
    if shutil.which("pdftoppm") is None:
        raise RuntimeError("pdftoppm (Debian poppler-utils) is needed for the slip picture")
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(temp / "slip")], check=True)
    target = shots.out / f"referral-slip-{language}.png"
    shutil.move(temp / "slip.png", target)
    shots.written.append(target)
    slip_dialog.reject()
    settle(shots.app, shots.runner)
    screen.search.clear()
    screen.show_district(None)
    settle(shots.app, shots.runner)


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


# ---- the case list and the case form --------------------------------------------------

SHOWCASE = {
    "en": {"client": "Nasreen Akhtar", "perpetrator": "Imran Akhtar", "caller": "Rukhsana Bibi",
           "twin": "Nasrin Akhter", "address": "House 12, Street 4, Chakiwara, Lyari",
           "city": "Lyari",
           "narrative": "Her husband beat her on Sunday night and threw her out with the two "
                        "children. She is at her sister's house; he threatens to take the "
                        "children. She wants maintenance and a protection order.",
           "notes": ("Hearing for maintenance on Tuesday; she has the nikahnama.",
                     "Hearing moved to Thursday at 10; bring the nikahnama and the "
                     "children's B-forms."),
           "purpose": "Maintenance and custody", "follow_up": "Call her after the hearing",
           "done": "Send the medico-legal certificate to the lawyer",
           "referred": "Shelter for tonight; she has no money for transport.",
           "override": "She is in danger tonight and the shelter must know her injuries.",
           "reopen": "He came to her sister's house again on Friday and threatened her.",
           "phone": "0345-0218844", "caller_phone": "0300-0218845", "cnic": "42301-0218844-2",
           "visit": "Her sister's husband supports her; safe to visit after 4 pm."},
    "ur": {"client": "نسرین اختر", "perpetrator": "عمران اختر", "caller": "رخسانہ بی بی",
           "twin": "نسرین اختر بی بی", "address": "مکان 12، گلی 4، چاکیواڑہ، لیاری",
           "city": "لیاری",
           "narrative": "اتوار کی رات شوہر نے مارا پیٹا اور دونوں بچوں سمیت گھر سے نکال دیا۔ "
                        "وہ اپنی بہن کے گھر ہے؛ شوہر بچے چھیننے کی دھمکی دیتا ہے۔ وہ نان "
                        "نفقہ اور حفاظتی حکم چاہتی ہے۔",
           "notes": ("نان نفقہ کی پیشی منگل کو ہے؛ نکاح نامہ ان کے پاس ہے۔",
                     "پیشی جمعرات صبح 10 بجے تک ملتوی؛ نکاح نامہ اور بچوں کے ب فارم "
                     "ساتھ لائیں۔"),
           "purpose": "نان نفقہ اور بچوں کی حوالگی", "follow_up": "پیشی کے بعد فون کریں",
           "done": "میڈیکو لیگل سرٹیفکیٹ وکیل کو بھیجیں",
           "referred": "آج رات کے لیے دارالامان؛ کرایے کے پیسے نہیں۔",
           "override": "آج رات ان کی جان کو خطرہ ہے؛ دارالامان کو زخموں کا علم ہونا چاہیے۔",
           "reopen": "جمعہ کو وہ پھر بہن کے گھر آیا اور دھمکیاں دیں۔",
           "phone": "0333-0317755", "caller_phone": "0300-0317756", "cnic": "42201-0317755-4",
           "visit": "بہنوئی ان کا ساتھ دیتے ہیں؛ شام 4 بجے کے بعد ملنا محفوظ ہے۔"},
}


def make_showcase_case(data_dir: Path, language: str):
    """A Karachi case with something in every tab, typed in the picture's language: made
    through the services (as the form makes them), then its times pinned to the demo's
    last week so the pictures change only when the window does."""
    from datetime import datetime, timedelta

    from sqlalchemy import text

    from workstation.persistence.models import Service
    from workstation.services import cases, consent, follow_ups, legal, referrals

    words = SHOWCASE[language]
    database = open_desk_database(data_dir)
    me = accounts.sign_in(database, "khi-counsellor1", "demo")
    supervisor = accounts.sign_in(database, "khi-supervisor1", "demo")
    lawyer = accounts.sign_in(database, "khi-lawyer1", "demo")
    week_ago = DEMO_DAY - timedelta(days=7)
    # The services check dates against the real clock; here "today" is a week before
    # the demo's last day, so hearings and follow-ups fall around that day.
    patched = [cases, legal, follow_ups, referrals]
    saved_today = [m.today_pk for m in patched]
    for module in patched:
        module.today_pk = lambda: week_ago
    try:
        record = cases.save_case(database, me, cases.CaseRecord(
            risk_level="high", district_code="SD-KHS", city=words["city"],
            incident_on=week_ago - timedelta(days=2), category_code="dv_physical",
            further_categories=["fam_maintenance", "fam_custody"],
            narrative=words["narrative"], lawyer_id=lawyer.actor.user_id,
            persons=[
                cases.PersonOnCase(role="client", name=words["client"], phone=words["phone"],
                                   cnic=words["cnic"], address=words["address"],
                                   birth_date=date(1994, 3, 14), sex="f", age_band="25-39",
                                   district_code="SD-KHS", vulnerabilities=["woman"],
                                   safety_flags=["not_safe_to_call_back"]),
                cases.PersonOnCase(role="perpetrator", name=words["perpetrator"], sex="m",
                                   relationship="intimate_partner", district_code="SD-KHS"),
                cases.PersonOnCase(role="caller", name=words["caller"],
                                   phone=words["caller_phone"],
                                   sex="f", district_code="SD-KHS")]))
        for status, reason in (("open", None), ("closed", None), ("open", words["reopen"])):
            record.status, record.status_reason = status, reason
            record = cases.save_case(database, me, record)
        cases.add_note(database, me, record.id, words["visit"])
        first = cases.add_note(database, me, record.id, words["notes"][0])
        cases.add_note(database, me, record.id, words["notes"][1], supersedes=first)
        legal.record_step(database, me, record.id, kind="fir", reference="213/2026",
                          place="PS Chakiwara", on_date=week_ago - timedelta(days=1),
                          status="registered")
        legal.record_step(database, me, record.id, kind="medico_legal",
                          place="Civil Hospital Karachi", on_date=week_ago - timedelta(days=1),
                          status="done")
        court = legal.record_step(database, lawyer, record.id, kind="court_case",
                                  reference="Suit 1187/2026",
                                  place="Family Court Karachi South", status="pending")
        legal.schedule_hearing(database, lawyer, record.id, DEMO_DAY + timedelta(days=1),
                               purpose=words["purpose"], legal_step_id=court)
        legal.schedule_hearing(database, lawyer, record.id, DEMO_DAY + timedelta(days=14),
                               purpose=words["purpose"], legal_step_id=court,
                               remind_days_before=3)
        follow_ups.plan(database, me, record.id, DEMO_DAY - timedelta(days=1),
                        words["follow_up"])
        follow_ups.plan(database, me, record.id, DEMO_DAY + timedelta(days=2),
                        words["follow_up"], assignee_id=lawyer.actor.user_id)
        done = follow_ups.plan(database, me, record.id, week_ago, words["done"])
        follow_ups.complete(database, me, done)
        with database.engine.connect() as c:
            service_id = c.execute(select_service(Service)).scalar()
        consent.record(database, me, record.id, purpose="referral", granted=True,
                       categories=("identity", "contact", "incident"))
        consent.record(database, me, record.id, purpose="referral", granted=False,
                       categories=("health",))
        consent.record(database, me, record.id, purpose="statistics", granted=True)
        referrals.refer(database, me, record.id, service_id, notes=words["referred"],
                        follow_up_on=DEMO_DAY + timedelta(days=3))
        referrals.refer(database, supervisor, record.id, service_id,
                        categories=("health",), override_reason=words["override"],
                        follow_up_on=DEMO_DAY + timedelta(days=3))
        # Someone recorded before with the same phone number: the duplicates picture.
        twin = cases.save_case(database, me, cases.CaseRecord(
            district_code="SD-KHS", category_code="fam_khula", persons=[cases.PersonOnCase(
                role="client", name=words["twin"], phone=words["phone"], sex="f",
                address=words["address"], district_code="SD-KHS")]))
    finally:
        for module, today in zip(patched, saved_today, strict=True):
            module.today_pk = today
    # Pin every time the pictures show to the demo's week (the services stamp the clock).
    start = datetime(week_ago.year, week_ago.month, week_ago.day, 6, 30)
    with database.engine.begin() as c:
        for table, column in (("case_notes", "created_at"), ("consents", "recorded_at"),
                              ("case_status_changes", "changed_at"),
                              ("referrals", "referred_at"), ("follow_ups", "done_at")):
            ids = [r[0] for r in c.execute(text(
                f"SELECT id FROM {table} WHERE case_id = :case ORDER BY {column}"),
                {"case": record.id.hex})]
            for n, row_id in enumerate(ids):
                c.execute(text(f"UPDATE {table} SET {column} = :at WHERE id = :id "
                               f"AND {column} IS NOT NULL"),
                          {"at": start + timedelta(days=n, hours=n), "id": row_id})
        c.execute(text("UPDATE cases SET opened_at = :at WHERE id = :case"),
                  {"at": start - timedelta(hours=2), "case": record.id.hex})
        c.execute(text("UPDATE cases SET opened_at = :at WHERE id = :case"),
                  {"at": start - timedelta(days=200), "case": twin.id.hex})
    database.close()
    return record.id


def select_service(service):
    from sqlalchemy import select

    return select(service.id).where(service.status == "active").order_by(service.name).limit(1)


CASE_TABS = ("case", "people", "categories", "legal", "notes", "follow-ups", "consent",
             "referrals", "history")


def shoot_cases(shots: Shooter, window: MainWindow, screen, language: str, case_id) -> None:
    """The case list (all, then "my cases" with follow-ups due), each tab of the form, a
    save refused beside its field, and the duplicates comparison."""
    from ui.navigation import CaseRequest

    settle(shots.app, shots.runner)
    shots.shoot(window, "main-cases", language)
    screen.mine.setChecked(True)
    screen.follow_up_combo.setCurrentIndex(2)           # due within a week
    settle(shots.app, shots.runner)
    shots.shoot(window, "case-list-filtered", language)
    screen.clear_filters()
    settle(shots.app, shots.runner)

    window.navigator.request_case(CaseRequest(case_id=case_id))
    settle(shots.app, shots.runner)
    form = screen.form
    for tab, name in enumerate(CASE_TABS):
        form.tabs.setCurrentIndex(tab)
        settle(shots.app, shots.runner)
        if name == "notes":
            notes = form.sections["notes"]
            notes.panel.table.setCurrentIndex(notes.model.index(0, 0))
        elif name == "referrals":
            chosen = form.sections["referrals"]
            chosen.panel.table.setCurrentIndex(chosen.model.index(0, 0))
        elif name == "legal":
            form.sections["legal"].hearing_on.setFocus()
        shots.shoot(window, f"case-form-{name}", language)

    # A save refused: the core's words beside the CNIC, every value kept.
    form.tabs.setCurrentIndex(1)
    form.people.select(0)
    form.people.cnic.setText(SHOWCASE[language]["cnic"][:11])
    form.people.cnic.textEdited.emit(form.people.cnic.text())
    screen.save()
    settle(shots.app, shots.runner)
    shots.shoot(window, "case-form-refused", language)
    form.people.cnic.setText(SHOWCASE[language]["cnic"])
    form.people.cnic.textEdited.emit(form.people.cnic.text())

    screen.changed = False        # the picture's change is not kept
    screen.find_duplicates(0)
    settle(shots.app, shots.runner)
    dialog = screen.duplicates_dialog
    dialog.adjustSize()
    shots.shoot(dialog, "duplicates-dialog", language)
    dialog.reject()
    settle(shots.app, shots.runner)
    screen._drop_draft()
    screen._leave_now()
    settle(shots.app, shots.runner)
    window.statusBar().clearMessage()


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
