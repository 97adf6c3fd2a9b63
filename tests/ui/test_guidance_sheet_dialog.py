"""The guidance sheet dialog as a counsellor uses it: chosen with the keyboard, previewed,
saved, printed (and audited), read aloud; bad input said beside its field."""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from sqlalchemy import select

from workstation.documents.nearest_services import services_for_district
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import AuditEvent
from workstation.speech import read_aloud
from workstation.speech.read_aloud import VoiceInfo

from .conftest import COUNSELLOR, DEMO_DAY, wait_idle
from .view_text import plain

CLIENT = "Rubina Testcase"
PAGE_A5 = QPageSize.PageSizeId.A5
DISTRICT = "SD-KHM"          # Malir: the test desk's directory has services there


@pytest.fixture
def sheet_dialog(qtbot, desk, demo_user):
    from ui.dialogs.guidance_sheet import GuidanceSheetDialog
    from ui.runner import Runner

    runner = Runner(open_desk_database(desk))
    opened = []

    def open_dialog(**options):
        dialog = GuidanceSheetDialog(runner, demo_user(COUNSELLOR), today=lambda: DEMO_DAY,
                                     **options)
        qtbot.addWidget(dialog)
        dialog.resize(1180, 780)   # the offscreen screen is 800 pixels wide; a desk's is not
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        opened.append(dialog)
        return dialog

    yield open_dialog
    for dialog in opened:
        dialog.close()
    runner.shutdown()


def wait_for_sheet(qtbot, dialog, **expected):
    """Until the preview shows the sheet of the form as it stands (and matches `expected`)."""
    def shown():
        sheet = dialog.sheet
        return (sheet is not None and not dialog._pending and sheet.choice == dialog.choice()
                and all(getattr(sheet.choice, k) == v for k, v in expected.items()))
    qtbot.waitUntil(shown, timeout=15_000)
    return dialog.sheet


def focused():
    return QApplication.focusWidget()


def choose_situation(qtbot, dialog, code: str) -> None:
    """With the keyboard: Down through the list until the situation is chosen."""
    dialog.situation.setFocus()
    for _ in range(dialog.situation.count()):
        if dialog.situation.currentData() == code:
            return
        qtbot.keyClick(dialog.situation, Qt.Key.Key_Down)
    assert dialog.situation.currentData() == code


def audit_entries(desk: Path, action: str) -> list[AuditEvent]:
    database = open_desk_database(desk)
    try:
        with database.uow() as uow:
            return list(uow.session.scalars(
                select(AuditEvent).where(AuditEvent.action == action)))
    finally:
        database.close()


def dark_share(image: QImage) -> float:
    """The share of a page's pixels that are not white: a blank page has none."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    step = 4
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 160
    return dark / total


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_situation_and_district_chosen_with_the_keyboard_show_the_pages(
        qtbot, sheet_dialog, desk):
    dialog = sheet_dialog()
    # Nothing is chosen for the counsellor: the preview asks for the situation.
    assert dialog.situation.currentIndex() == -1
    assert dialog.preview.page_count == 0
    assert dialog.preview_hint.isVisible()
    assert focused() is dialog.situation

    choose_situation(qtbot, dialog, "acid_attack")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.lang
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.district
    qtbot.keyClicks(focused(), "Malir")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.case_reference

    sheet = wait_for_sheet(qtbot, dialog, situation="acid_attack")
    assert sheet.district_code == DISTRICT and sheet.choice.lang == "both"
    assert dialog.preview.page_count == sheet.pages >= 2
    assert not dialog.preview_hint.isVisible()
    for label in dialog.preview.labels:
        assert label.isVisible() and not label.pixmap().isNull()
        assert label.pixmap().width() > 500
        assert dark_share(label.pixmap().toImage()) > 0.001   # no blank page
    assert dark_share(dialog.preview.labels[0].pixmap().toImage()) > 0.02
    assert dialog.page_info.text() == f"{sheet.pages} pages, A4"
    assert len(sheet.services) == 3
    assert dialog.services_note.text() == "3 services from the referral directory are printed."
    assert dialog.draft_note.isVisible()


def test_save_as_pdf_prints_the_services_and_the_name_only_when_ticked(
        qtbot, sheet_dialog, desk, tmp_path, caplog):
    caplog.set_level("DEBUG")
    dialog = sheet_dialog(district_code=DISTRICT, case_reference="khi-2016-000001")
    assert dialog.case_reference.text() == "KHI-2016-000001"
    choose_situation(qtbot, dialog, "sexual_violence")
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    # Typed, then untick: the name stays in the field, off the sheet.
    dialog.print_name.click()
    assert dialog.client_name.isEnabled() and focused() is dialog.client_name
    qtbot.keyClicks(dialog.client_name, CLIENT)
    dialog.print_name.click()
    assert dialog.client_name.text() == CLIENT and not dialog.client_name.isEnabled()

    wanted = []
    dialog.ask_pdf_path = lambda name: (wanted.append(name), tmp_path / "sheet.pdf")[1]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.done_note.text().startswith("Saved as"), timeout=15_000)
    assert "Rubina" not in wanted[0] and "KHI-2016-000001" in wanted[0]
    words = pdf_text(tmp_path / "sheet.pdf")
    assert "After sexual violence" in words and "KHI-2016-000001" in words
    database = open_desk_database(desk)
    try:
        services = services_for_district(database, DISTRICT, situation="sexual_violence")
    finally:
        database.close()
    assert services and all(s["phone"] in words for s in services)
    assert "Malir" in words
    assert "Rubina" not in words and "Client:" not in words

    dialog.print_name.click()
    dialog.ask_pdf_path = lambda _name: tmp_path / "named.pdf"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "named.pdf" in dialog.done_note.text(), timeout=15_000)
    assert f"Client: {CLIENT}" in pdf_text(tmp_path / "named.pdf")

    # A folder that is not there: said in the dialog, nothing written, nothing audited.
    dialog.ask_pdf_path = lambda _name: tmp_path / "gone" / "x.pdf"
    dialog.save_button.click()
    qtbot.waitUntil(dialog.general.isVisible, timeout=15_000)
    assert dialog.general.text() == "The PDF could not be saved there. Choose another folder."
    assert dialog.save_button.isEnabled()

    saved = audit_entries(desk, "sheet_saved")
    assert len(saved) == 2
    assert [e.detail["client_name_printed"] for e in saved] == [False, True]
    assert all(e.entity == "case" and e.detail["case_reference"] == "KHI-2016-000001"
               for e in saved)
    assert "Rubina" not in json.dumps([e.detail for e in saved])
    assert "Rubina" not in caplog.text


def pdf_printer(path: Path, dpi: int = 300) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_ctrl_p_prints_every_page_at_the_printers_resolution_and_audits_it(
        qtbot, sheet_dialog, desk, tmp_path):
    dialog = sheet_dialog(district_code=DISTRICT)
    choose_situation(qtbot, dialog, "child_abuse")
    sheet = wait_for_sheet(qtbot, dialog, situation="child_abuse")
    asked = []
    out = tmp_path / "printed.pdf"

    def printer_for(prepared):
        asked.append(prepared)
        printer = pdf_printer(out)
        # What the dialog set before the system print dialog would have shown.
        return printer

    dialog.ask_printer = printer_for
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.done_note.text().endswith("sent to the printer."),
                    timeout=20_000)
    assert asked == [sheet]
    assert dialog.done_note.text() == f"{sheet.pages} pages sent to the printer."
    printed = PdfReader(out)
    assert len(printed.pages) == sheet.pages
    first = printed.pages[0]
    assert round(float(first.mediabox.width)) == 595   # A4, as the sheet
    # Painted at the printer's 300 dpi: the page image is 2480 pixels wide.
    images = first.images
    assert images and images[0].image.width == round(595.28 / 72 * 300)
    subprocess.run(["pdftoppm", "-r", "30", "-singlefile", "-png", str(out),
                    str(tmp_path / "page")], check=True)
    assert dark_share(QImage(str(tmp_path / "page.png"))) > 0.02   # not a blank page

    [entry] = audit_entries(desk, "sheet_printed")
    assert entry.detail["situation"] == "child_abuse"
    assert entry.detail["pages"] == sheet.pages and entry.detail["output"] == "printer"
    assert entry.detail["district"] == DISTRICT
    assert entry.entity is None   # a walk-in without a case
    assert audit_entries(desk, "sheet_print_failed") == []


def test_a_failing_printer_is_said_and_the_trail_says_so(qtbot, sheet_dialog, desk, tmp_path):
    dialog = sheet_dialog()
    choose_situation(qtbot, dialog, "missing_person")
    wait_for_sheet(qtbot, dialog, situation="missing_person")
    dialog.ask_printer = lambda _sheet: pdf_printer(tmp_path / "no-such-folder" / "x.pdf")
    dialog.print_button.click()
    qtbot.waitUntil(dialog.general.isVisible, timeout=15_000)
    assert dialog.general.text().startswith("The printer did not take the sheet.")
    assert dialog.print_button.isEnabled()
    wait_idle(qtbot, dialog.runner)
    assert len(audit_entries(desk, "sheet_printed")) == 1
    assert len(audit_entries(desk, "sheet_print_failed")) == 1


def test_an_unknown_district_and_a_name_too_long_are_said_beside_them_in_urdu(
        qtbot, sheet_dialog, desk, qapp):
    from ui import i18n

    i18n.apply_language("ur", qapp)
    dialog = sheet_dialog()
    choose_situation(qtbot, dialog, "sexual_violence")
    wait_for_sheet(qtbot, dialog)
    dialog.district.lineEdit().setFocus()
    qtbot.keyClicks(dialog.district.lineEdit(), "Atlantis")
    qtbot.keyClick(dialog.district.lineEdit(), Qt.Key.Key_Tab)
    message = dialog.form.messages["district"]
    qtbot.waitUntil(message.isVisible, timeout=15_000)
    text = plain(message.text())
    assert "Atlantis" in text
    assert sum("\u0600" <= ch <= "\u06ff" for ch in text) > 10, text
    assert dialog.district.currentText() == "Atlantis"          # nothing typed is lost
    assert dialog.preview_note.isVisible()                       # the preview is the old one

    # Printing is refused while the form has a fault: no printer is even asked for.
    asked = []
    dialog.ask_printer = lambda sheet: asked.append(sheet)
    dialog.print_sheet()
    qtbot.waitUntil(lambda: not dialog._pending, timeout=15_000)
    assert asked == [] and message.isVisible()

    dialog.district.setEditText("")
    dialog.print_name.click()
    qtbot.keyClicks(dialog.client_name, "N" * 130)
    qtbot.keyClick(dialog.client_name, Qt.Key.Key_Tab)
    name_message = dialog.form.messages["client_name"]
    qtbot.waitUntil(name_message.isVisible, timeout=15_000)
    assert "130" in name_message.text() and "120" in name_message.text()
    assert "N" * 10 not in name_message.text()
    assert sum("\u0600" <= ch <= "\u06ff" for ch in name_message.text()) > 10
    assert len(dialog.client_name.text()) == 130
    assert not message.isVisible()


def wav_stats(path: Path) -> tuple[float, float]:
    seconds = float(subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True,
                                   check=True).stdout)
    stat = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True,
                          check=True).stderr
    return seconds, float(re.search(r"Maximum amplitude:\s+([0-9.]+)", stat).group(1))


def test_read_aloud_makes_a_wav_off_the_gui_thread_and_the_controls_follow(
        qtbot, sheet_dialog, tmp_path):
    from PySide6.QtMultimedia import QMediaDevices

    from ui.dialogs.read_aloud import IDLE, PAUSED, PLAYING, PREPARING

    dialog = sheet_dialog()
    reader = dialog.reader
    assert not reader.play_button.isEnabled()            # nothing chosen to read yet
    # Without speakers (this test machine has none) the player says so.
    assert reader.no_sound.isVisible() == (not QMediaDevices.audioOutputs())
    choose_situation(qtbot, dialog, "acid_attack")
    assert reader.voice.currentData() == "ur"            # the sheet's first language
    reader.section.setCurrentIndex(reader.section.findData("title"))
    threads_before = threading.active_count()
    reader.play_button.click()
    assert reader.state == PREPARING                     # the window did not wait
    assert reader.stop_button.isEnabled() and not reader.play_button.isEnabled()
    assert threading.active_count() == threads_before + 1
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=15_000)
    [wav] = reader._made.values()
    seconds, loudest = wav_stats(wav)
    assert 1.0 < seconds < 15 and loudest > 0.2
    assert reader.pause_button.isEnabled() and not reader.play_button.isEnabled()
    qtbot.waitUntil(lambda: reader.player.position() > 300, timeout=5_000)

    reader.pause_button.click()
    assert reader.state == PAUSED and reader.status.text() == "Paused."
    assert reader.play_button.isEnabled() and not reader.pause_button.isEnabled()
    qtbot.wait(100)                                      # the player's own thread stops
    held = reader.player.position()
    qtbot.wait(400)
    assert abs(reader.player.position() - held) < 50

    reader.play_button.click()
    assert reader.state == PLAYING
    # Quick hide (F12) hides the dialog: the voice stops being heard at once.
    dialog.hide()
    assert reader.state == PAUSED
    dialog.show()
    reader.play_button.click()
    assert reader.state == PLAYING
    reader.stop_button.click()
    assert reader.state == IDLE and not reader.stop_button.isEnabled()
    assert reader.position.value() == 0

    # Saving the same reading copies it; another part is made straight into the file.
    reader.ask_wav_path = lambda name: tmp_path / name
    reader.save_button.click()
    saved = tmp_path / "acid-attack-title-ur.wav"
    assert saved.read_bytes() == wav.read_bytes()
    assert plain(reader.status.text()) == f"Saved as {saved}."
    reader.section.setCurrentIndex(reader.section.findData("step-2"))
    reader.save_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "acid-attack-step-2-ur.wav").exists(), timeout=15_000)
    qtbot.waitUntil(lambda: reader.state == IDLE, timeout=15_000)
    seconds, loudest = wav_stats(tmp_path / "acid-attack-step-2-ur.wav")
    assert seconds > 3 and loudest > 0.2

    folder = wav.parent
    dialog.reject()
    assert not folder.exists()                           # the readings went with the dialog
    # Opened again, it reads again.
    dialog.show()
    reader.section.setCurrentIndex(reader.section.findData("title"))
    reader.play_button.click()
    qtbot.waitUntil(lambda: reader.state == PLAYING, timeout=15_000)


def test_a_slower_speed_makes_a_longer_reading(qtbot, sheet_dialog):
    from ui.dialogs.read_aloud import PLAYING, time_text

    dialog = sheet_dialog()
    reader = dialog.reader
    choose_situation(qtbot, dialog, "missing_person")
    reader.voice.setCurrentIndex(reader.voice.findData("en"))
    reader.section.setCurrentIndex(reader.section.findData("intro"))
    lengths = []
    for speed in (100, 60):
        reader.speed.setFocus()
        while reader.speed.value() > speed:
            qtbot.keyClick(reader.speed, Qt.Key.Key_Left)
        assert reader.speed_value.text() == f"{speed}%"
        reader.play_button.click()

        def playing_this_reading():
            made = reader._made.get(reader._key())
            return (reader.state == PLAYING and made is not None
                    and reader.player.source().toLocalFile() == str(made)
                    and reader.player.duration() > 0)

        qtbot.waitUntil(playing_this_reading, timeout=15_000)
        # As the counsellor sees it: the length after the slash, m:ss.
        qtbot.waitUntil(lambda: plain(reader.position.format()).endswith(
            time_text(reader.player.duration())), timeout=5_000)
        lengths.append(reader.player.duration())
        reader.stop_button.click()
    assert lengths[1] > lengths[0] * 1.4


def test_no_voice_for_the_language_is_said_beside_it(qtbot, sheet_dialog, monkeypatch):
    from ui.dialogs.read_aloud import IDLE

    monkeypatch.setattr(read_aloud, "list_voices", lambda: [
        VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",))])
    dialog = sheet_dialog()
    reader = dialog.reader
    choose_situation(qtbot, dialog, "child_abuse")
    reader.play_button.click()
    message = reader.voice_message
    qtbot.waitUntil(message.isVisible, timeout=15_000)
    assert message.text().startswith("No Urdu voice is installed on this computer.")
    assert "espeak-ng" in message.text()
    assert reader.state == IDLE and reader.play_button.isEnabled()


def test_a_speech_engine_that_never_answers_does_not_hold_the_window(
        qtbot, sheet_dialog, monkeypatch):
    from ui.dialogs.read_aloud import IDLE

    release = threading.Event()

    def stuck(*_args, **_kwargs):
        release.wait(30)
        raise AssertionError("never delivered")

    monkeypatch.setattr(read_aloud, "save_wav", stuck)
    dialog = sheet_dialog()
    reader = dialog.reader
    reader.timeout, reader.watchdog_grace = 0.2, 0.3
    choose_situation(qtbot, dialog, "acid_attack")
    started = time.monotonic()
    reader.play_button.click()
    qtbot.waitUntil(reader.problem.isVisible, timeout=5_000)
    assert time.monotonic() - started < 3
    assert reader.problem.text().startswith("The speech engine did not answer.")
    assert reader.state == IDLE and reader.play_button.isEnabled()
    release.set()


def test_a_reading_past_its_timeout_gives_the_cores_message(qtbot, sheet_dialog):
    from ui.dialogs.read_aloud import IDLE

    dialog = sheet_dialog()
    reader = dialog.reader
    reader.timeout = 0.05
    choose_situation(qtbot, dialog, "sexual_violence")
    reader.play_button.click()
    qtbot.waitUntil(reader.problem.isVisible, timeout=15_000)
    assert reader.problem.text().startswith("The reading was not ready within")
    assert reader.state == IDLE and reader.play_button.isEnabled()


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_every_control_has_its_own_mnemonic_and_is_reached_with_tab(qtbot, sheet_dialog):
    dialog = sheet_dialog(district_code=DISTRICT)
    choose_situation(qtbot, dialog, "acid_attack")
    wait_for_sheet(qtbot, dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisible() and "&" in w.text()]
    letters = [mnemonic(text) for text in texts]
    assert len(letters) >= 18
    assert len(letters) == len(set(letters)), sorted(texts)

    dialog.print_name.click()   # the name field takes part only when ticked
    controls = [dialog.situation, dialog.lang, dialog.district,
                dialog.case_reference, dialog.print_name, dialog.client_name,
                dialog.page_size, dialog.large_print, dialog.urdu_font, dialog.reader.section,
                dialog.reader.voice, dialog.reader.speed, dialog.reader.play_button,
                dialog.reader.save_button, dialog.preview, dialog.print_button,
                dialog.save_button, dialog.close_button]
    dialog.situation.setFocus()
    reached = []
    for _ in range(40):
        reached.append(focused())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    missing = [c.objectName() or type(c).__name__ for c in controls if c not in reached]
    assert missing == []

    # Alt+letter goes to the field; Escape closes and forgets what was typed.
    qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.district
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.case_reference
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0
    assert dialog.client_name.text() == "" and dialog.sheet is None


def test_closing_forgets_the_sheet_even_one_still_being_made(qtbot, sheet_dialog):
    dialog = sheet_dialog(district_code=DISTRICT)
    choose_situation(qtbot, dialog, "workplace_harassment")
    dialog.make_preview()               # a sheet is on its way …
    dialog.reject()                     # … when the desk locks (the window rejects dialogs)
    wait_idle(qtbot, dialog.runner)
    qtbot.wait(100)
    assert dialog.sheet is None and dialog.preview.page_count == 0
    # Opened again, it makes the sheet of the form as it stands.
    dialog.show()
    wait_for_sheet(qtbot, dialog, situation="workplace_harassment")


def test_a_district_typed_in_english_shows_its_urdu_name(qtbot, sheet_dialog, qapp):
    from ui import i18n

    i18n.apply_language("ur", qapp)
    dialog = sheet_dialog()
    choose_situation(qtbot, dialog, "acid_attack")
    dialog.district.setFocus()
    qtbot.keyClicks(dialog.district.lineEdit(), "malir")
    qtbot.keyClick(dialog.district.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.district.currentText() == "ملیر", timeout=15_000)
    sheet = wait_for_sheet(qtbot, dialog, district=DISTRICT)
    assert sheet.district_code == DISTRICT and len(sheet.services) == 3
    assert not dialog.form.messages["district"].isVisible()


def test_the_system_print_dialog_offers_the_sheets_pages_and_cancel_prints_nothing(
        qtbot, sheet_dialog, desk):
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = sheet_dialog()
    choose_situation(qtbot, dialog, "child_abuse")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("a5"))
    sheet = wait_for_sheet(qtbot, dialog, size="a5")
    seen = {}

    def look_and_cancel():
        shown = QApplication.activeModalWidget()
        seen["dialog"] = isinstance(shown, QPrintDialog)
        seen["pages"] = (shown.minPage(), shown.maxPage())
        printer = shown.printer()
        seen["paper"] = printer.pageLayout().pageSize().id()
        seen["name"] = printer.docName()
        shown.reject()

    QTimer.singleShot(300, look_and_cancel)
    dialog.print_sheet()
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=10_000)
    assert seen["dialog"] and seen["pages"] == (1, sheet.pages)
    assert seen["paper"] == PAGE_A5 and seen["name"] == "Guidance sheet"
    wait_idle(qtbot, dialog.runner)
    assert audit_entries(desk, "sheet_printed") == []
    assert dialog.done_note.text() == "" and dialog.print_button.isEnabled()
