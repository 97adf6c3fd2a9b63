"""The medico-legal guidance sheet dialog: choose, preview, print, save, read aloud.

    GuidanceSheetDialog(runner: Runner, user: SignedIn, *, district_code: str | None = None,
                        case_reference: str | None = None,
                        today: Callable[[], date] | None = None,
                        parent: QWidget | None = None)

`district_code` (e.g. "SD-KHS") and `case_reference` (e.g. "KHI-2026-000123") fill the
form when the dialog is opened from a call or a case (F8); both may be changed. `today`
is the date printed on the sheet (Pakistan's date unless a test or a screenshot pins
it). Give the main window as `parent`: it closes the dialog when the desk locks and hides
it with the quick-hide key. Open it with `open()` or `show()`; it deletes nothing of the
caller's and keeps no data once closed.

The counsellor chooses the situation, the sheet's language (Urdu, English or both), the
client's district (whose nearest services come from the referral directory), a case
reference, and — only if they tick it — the client's name: a printed sheet is often
carried home, where the person the client fled may find it. Each change makes the sheet
again on the background runner (`services.sheets.prepare_sheet`: directory look-up and
reportlab, 35-75 ms for a bilingual sheet on a 2-core desk) and the preview shows its
pages as rendered by QtPdf (all pages on screen 60-140 ms after the change). What is
printed or saved is always the sheet of the form as it stands: Print and Save make it
again first if anything changed.

Every copy that leaves the desk is audited, before it leaves: Print records the print
(`sheets.record_printed`) and only then sends the pages; Save as PDF writes the file and
its audit entry together. The client's name is never in an entry, a log line, a file
name suggested or the print job's name.

Bad input is said beside its field in the UI language, and nothing typed is lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCollator, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workstation.documents.guidance_content import guidance_for, situations
from workstation.errors import ValidationError, WorkstationError
from workstation.reference import districts, districts_by_code
from workstation.services import sheets
from workstation.services.sheets import PreparedSheet, SheetChoice

from .. import fonts, formatting, i18n, labels, messages
from ..runner import Runner
from ..session import SignedIn
from ..widgets.form import ERROR_STYLE, Form, FormNote
from ..widgets.pdf_pages import PdfLoadError, PdfPages, PrintFailed, load_pdf, print_document
from .read_aloud import ReadAloudPanel

log = logging.getLogger(__name__)

NOTE_STYLE = "color: #4a4f57;"
FORM_WIDTH = 500
# The fields a core ValidationError may name, each shown beside its own field.
FIELDS = ("situation", "lang", "district", "case_reference", "client_name", "size",
          "urdu_font")
PAGE_SIZE_IDS = {"a4": QPageSize.PageSizeId.A4, "a5": QPageSize.PageSizeId.A5}
# The order of the issue and of the helplines' own forms; situations added to the
# content folder later come after these.
SITUATION_ORDER = ("sexual_violence", "physical_domestic_violence", "acid_attack",
                   "child_abuse", "workplace_harassment", "missing_person")


def ordered_situations() -> list[str]:
    known = situations()
    return [s for s in SITUATION_ORDER if s in known] + \
        [s for s in known if s not in SITUATION_ORDER]


class GuidanceSheetDialog(QDialog):
    """See the module docstring."""

    def __init__(self, runner: Runner, user: SignedIn, *, district_code: str | None = None,
                 case_reference: str | None = None,
                 today: Callable[[], date] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guidance-sheet")
        self.runner = runner
        self.user = user
        self.today = today or formatting.today_in_pakistan
        self.sheet: PreparedSheet | None = None      # the sheet the preview shows
        self.preview_ms: float | None = None         # making + showing the last preview
        self._pending = False
        self._again = False
        self._after: Callable[[PreparedSheet], None] | None = None
        self._started = 0.0
        self._busy = False
        self._closed = False
        # Replaced in tests (the system dialogs cannot be driven offscreen).
        self.ask_printer: Callable[[PreparedSheet], QPrinter | None] = self._ask_printer
        self.ask_pdf_path: Callable[[str], Path | None] = self._ask_pdf_path

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)

        form_side = QWidget(self)
        form_side.setObjectName("sheet-form")
        self.form = Form(form_side)
        self.situation = self.form.add("situation", QComboBox(form_side))
        for code in ordered_situations():
            self.situation.addItem("", code)
        # No situation until the counsellor chooses one: a sheet for the wrong situation
        # must not be one key press away.
        self.situation.setCurrentIndex(-1)
        self.draft_note = self._note(form_side, "draft-note")
        self.form.layout.addRow("", self.draft_note)
        self.lang = self.form.add("lang", QComboBox(form_side))
        for code in ("both", "ur", "en"):
            self.lang.addItem("", code)
        self.district = self.form.add("district", QComboBox(form_side))
        self.district.setEditable(True)
        self.district.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.district.setMaxVisibleItems(16)
        completer = self.district.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.services_note = self._note(form_side, "services-note")
        self.form.layout.addRow("", self.services_note)
        self.case_reference = self.form.add("case_reference", QLineEdit(form_side))
        # References are Latin letters and digits (KHI-2026-000123): left to right always.
        self.case_reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.case_reference.setMaxLength(200)

        name_row = QWidget(form_side)
        self.print_name = QCheckBox(name_row)
        self.print_name.setObjectName("print-client-name")
        # No maximum length: a name too long to print is said beside the field, and
        # what was typed stays there to be shortened.
        self.client_name = QLineEdit(name_row)
        self.client_name.setEnabled(False)
        name_layout = QHBoxLayout(name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.print_name)
        name_layout.addWidget(self.client_name, 1)
        self.form.add("client_name", self.client_name, name_row)
        self.form.captions["client_name"].setBuddy(self.print_name)
        self.name_note = self._note(form_side, "client-name-note")
        self.form.layout.addRow("", self.name_note)

        size_row = QWidget(form_side)
        self.page_size = QComboBox(size_row)
        for code in ("a4", "a5"):
            self.page_size.addItem(code.upper(), code)
        self.large_print = QCheckBox(size_row)
        self.large_print.setObjectName("large-print")
        size_layout = QHBoxLayout(size_row)
        size_layout.setContentsMargins(0, 0, 0, 0)
        size_layout.addWidget(self.page_size)
        size_layout.addSpacing(12)
        size_layout.addWidget(self.large_print)
        size_layout.addStretch(1)
        self.form.add("size", self.page_size, size_row)
        self.urdu_font = self.form.add("urdu_font", QComboBox(form_side))
        for code in ("nastaliq", "naskh"):
            self.urdu_font.addItem("", code)

        form_layout = QVBoxLayout(form_side)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(self.form.layout)
        form_layout.addStretch(1)
        # The form scrolls if the screen is too low for it (large system fonts): Tab
        # brings each field into view.
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("sheet-form-scroll")
        self.form_scroll.setWidget(form_side)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        preview_side = QWidget(self)
        self.preview = PdfPages(preview_side)
        self.preview_caption = QLabel(preview_side)
        self.preview_caption.setObjectName("preview-caption")
        self.preview_caption.setBuddy(self.preview)
        self.page_info = QLabel(preview_side)
        self.page_info.setObjectName("page-info")
        self.preview_note = QLabel(preview_side)
        self.preview_note.setObjectName("preview-note")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet(ERROR_STYLE)
        self.preview_note.hide()
        self.preview_hint = QLabel(preview_side)
        self.preview_hint.setObjectName("preview-hint")
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setStyleSheet(NOTE_STYLE)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.preview_caption)
        caption_row.addStretch(1)
        caption_row.addWidget(self.page_info)
        preview_layout = QVBoxLayout(preview_side)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(caption_row)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview_hint)
        preview_layout.addWidget(self.preview, 1)
        # The player under the pages it reads, so the form and the preview each keep
        # their height on a 768-pixel laptop screen.
        self.reader = ReadAloudPanel(preview_side)
        preview_layout.addWidget(self.reader)

        self.general = QLabel(self)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.done_note = QLabel(self)
        self.done_note.setObjectName("done-note")
        self.done_note.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save-pdf")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        for button in (self.print_button, self.save_button, self.close_button):
            # Enter in a field must not print: printing is a deliberate act.
            button.setAutoDefault(False)
            button.setDefault(False)

        # Two columns: what the counsellor chooses and does (heading to buttons), and
        # what comes out (the pages and their reading), which gets the full height.
        choose_side = QWidget(self)
        choose_side.setObjectName("choose-side")
        choose_side.setFixedWidth(FORM_WIDTH)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        choose = QVBoxLayout(choose_side)
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(self.heading)
        choose.addWidget(self.intro)
        choose.addSpacing(6)
        choose.addWidget(self.form_scroll, 1)
        choose.addWidget(self.general)
        choose.addWidget(self.done_note)
        choose.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(choose_side)
        layout.addSpacing(12)
        layout.addWidget(preview_side, 1)

        self.retranslate_ui()
        if district_code and district_code in districts_by_code():
            self._select_district(district_code)
        elif district_code:
            self.district.setEditText(district_code)
        if case_reference:
            self.case_reference.setText(case_reference.strip().upper())

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self.make_preview)
        self.situation.currentIndexChanged.connect(self._situation_changed)
        self.lang.currentIndexChanged.connect(self._lang_changed)
        self.district.activated.connect(lambda _i: self.changed())
        self.district.currentIndexChanged.connect(lambda _i: self._maybe_changed())
        self.district.lineEdit().editingFinished.connect(self._district_edited)
        self.case_reference.editingFinished.connect(self._reference_edited)
        self.print_name.toggled.connect(self._print_name_toggled)
        self.client_name.editingFinished.connect(self._name_edited)
        self.page_size.currentIndexChanged.connect(lambda _i: self.changed())
        self.large_print.toggled.connect(lambda _on: self.changed())
        self.urdu_font.currentIndexChanged.connect(lambda _i: self.changed())
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_sheet)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_pdf)

        self._last_edits = self._edits()
        self.reader.set_situation(self.situation.currentData() or "")
        self.reader.set_sheet_language(self.lang.currentData())
        self._show_draft_note()
        self._fit_to_screen()
        self.situation.setFocus()
        self.make_preview()

    def _fit_to_screen(self) -> None:
        """Wide enough for the form and a readable page, never beyond the screen."""
        width, height = 1180, 780
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)

    @staticmethod
    def _note(parent: QWidget, name: str) -> QLabel:
        note = FormNote(name, parent)
        note.setStyleSheet(NOTE_STYLE)
        return note

    # ---- the district ---------------------------------------------------------------
    def _fill_districts(self) -> None:
        """Every district, named in the UI language, in that language's order."""
        chosen = self._district_code_shown()
        text = self.district.currentText() if chosen is None else None
        collator = QCollator(i18n.locale())
        named = sorted(((labels.bilingual(d.name_en, d.name_ur), d.code) for d in districts()),
                       key=lambda pair: collator.sortKey(pair[0]))
        self.district.blockSignals(True)
        self.district.clear()
        for name, code in named:
            self.district.addItem(name, code)
        self.district.setCurrentIndex(-1)
        self.district.blockSignals(False)
        if chosen is not None:
            self._select_district(chosen)
        else:
            self.district.setEditText(text or "")

    def _select_district(self, code: str) -> None:
        self.district.setCurrentIndex(self.district.findData(code))

    def _district_code_shown(self) -> str | None:
        """The code of the district whose name is in the field, else None."""
        index = self.district.findText(self.district.currentText().strip(),
                                       Qt.MatchFlag.MatchFixedString)
        return self.district.itemData(index) if index >= 0 else None

    def _district_value(self) -> str | None:
        text = " ".join(self.district.currentText().split())
        if not text:
            return None
        return self._district_code_shown() or text

    # ---- reacting to the form -------------------------------------------------------
    def _edits(self) -> tuple:
        return (self._district_value(), self.case_reference.text().strip(),
                self.client_name.text() if self.print_name.isChecked() else "")

    def _situation_changed(self, *_args) -> None:
        self.form.clear_message("situation")
        self.reader.set_situation(self.situation.currentData() or "")
        self._show_draft_note()
        self.changed()

    def _lang_changed(self, *_args) -> None:
        self.reader.set_sheet_language(self.lang.currentData())
        self.urdu_font.setEnabled(self.lang.currentData() != "en")
        self.changed()

    def _district_edited(self) -> None:
        code = self._district_code_shown()
        if code is not None and self.district.currentData() != code:
            self._select_district(code)
        self._maybe_changed()

    def _reference_edited(self) -> None:
        self.case_reference.setText(self.case_reference.text().strip().upper())
        self._maybe_changed()

    def _name_edited(self) -> None:
        self._maybe_changed()

    def _print_name_toggled(self, on: bool) -> None:
        self.client_name.setEnabled(on)
        if on:
            self.client_name.setFocus()
        else:
            self.form.clear_message("client_name")
        self.changed()

    def _maybe_changed(self) -> None:
        """Text fields report when left (Tab, Enter): make the sheet only if they changed."""
        if self._edits() != self._last_edits:
            self.changed()

    def changed(self) -> None:
        self._last_edits = self._edits()
        self._preview_timer.start(60)

    # ---- making the sheet -----------------------------------------------------------
    def choice(self) -> SheetChoice:
        name = self.client_name.text()
        return SheetChoice(
            situation=self.situation.currentData(), lang=self.lang.currentData(),
            size=self.page_size.currentData(), large_print=self.large_print.isChecked(),
            urdu_font=self.urdu_font.currentData(), district=self._district_value(),
            case_reference=self.case_reference.text().strip() or None,
            client_name=name if self.print_name.isChecked() and name.strip() else None)

    def make_preview(self) -> None:
        """Make the sheet of the form as it stands (once more later if one is on its way)."""
        self._preview_timer.stop()
        if self._closed or self.user.session.locked:
            return
        if self.situation.currentData() is None:
            self._after = None
            self.preview.clear()
            self.sheet = None
            self._show_page_info()
            return
        if self._pending:
            self._again = True
            return
        self._pending = True
        self._again = False
        self._started = time.perf_counter()
        choice, session, issued_on = self.choice(), self.user.session, self.today()
        self.runner.run(
            lambda ctx: sheets.prepare_sheet(ctx.database, session, choice,
                                             issued_on=issued_on),
            done=self._prepared, failed=self._prepare_failed, label="guidance sheet",
            owner=self)

    def _prepared(self, sheet: PreparedSheet) -> None:
        self._pending = False
        if self._closed:
            return   # closed (or the desk locked) meanwhile: the sheet is not kept
        if self._again or sheet.choice != self.choice():
            self.make_preview()
            return
        self._clear_field_messages()
        try:
            pages = self.preview.show_pdf(sheet.pdf)
        except PdfLoadError as error:
            log.error("preview: %s", error)
            self._show_general(self.tr("The preview could not be shown; the sheet can still "
                                       "be saved or printed."))
            pages = sheet.pages
        self.sheet = sheet
        self.preview_ms = (time.perf_counter() - self._started) * 1000
        log.debug("guidance sheet: made in %.0f ms, shown in %.0f ms", sheet.elapsed_ms,
                  self.preview_ms)
        self.preview_note.hide()
        self._show_page_info()
        self._show_services_note()
        if sheet.district_code and self._district_code_shown() != sheet.district_code:
            # Typed as a code, a spelling or in the other language: show the name as the
            # list has it, and make the sheet once more from the field as it now reads.
            self._select_district(sheet.district_code)
            self.changed()
            return
        after, self._after = self._after, None
        if after is not None and pages:
            after(sheet)

    def _prepare_failed(self, error: BaseException) -> None:
        self._pending = False
        if self._closed:
            return
        if self._again:
            self.make_preview()   # an older choice failed; the current one may not
            return
        self._after = None        # nothing is printed or saved from a form with a fault
        self._clear_field_messages()
        field = error.field if isinstance(error, ValidationError) else None
        if field not in FIELDS or not self.form.show_message(field,
                                                             messages.full_text(error)):
            self._show_general(messages.full_text(error))
        if self.sheet is not None:
            self.preview_note.setText(self.tr("The preview shows the last sheet that could be "
                                              "made. Correct what is marked to update it."))
            self.preview_note.show()

    def _with_current_sheet(self, then: Callable[[PreparedSheet], None]) -> None:
        """`then(sheet)` with the sheet of the form as it stands, made again if needed."""
        if self._busy:
            return
        if self.situation.currentData() is None:
            self.form.show_message("situation", self.tr("Choose the situation first."))
            return
        self._last_edits = self._edits()
        if not self._pending and self.sheet is not None and self.sheet.choice == self.choice() \
                and self.preview_note.isHidden() and self.preview.document is not None:
            then(self.sheet)
            return
        self._after = then
        self.make_preview()

    # ---- printing -------------------------------------------------------------------
    def print_sheet(self) -> None:
        self._clear_outcome()
        self._with_current_sheet(self._print_prepared)

    def _print_prepared(self, sheet: PreparedSheet) -> None:
        printer = self.ask_printer(sheet)
        if printer is None:
            return
        copies = max(1, printer.copyCount())
        session = self.user.session
        self._set_busy(True)
        self.done_note.setText(self.tr("Sending the sheet to the printer…"))
        self.runner.run(lambda ctx: sheets.record_printed(ctx.database, session, sheet,
                                                          copies=copies),
                        done=lambda _none: self._send_to_printer(sheet, printer),
                        failed=self._output_refused, changes={"audit"},
                        label="record a printed sheet", owner=self)

    def _send_to_printer(self, sheet: PreparedSheet, printer: QPrinter) -> None:
        # A document of its own: the preview's may be replaced while the pages go out.
        document = buffer = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document, buffer = load_pdf(sheet.pdf, self)
            printed = print_document(document, printer)
        except (PrintFailed, PdfLoadError) as error:
            log.warning("printing a guidance sheet failed: %s", error)
            self.done_note.clear()
            self._show_general(self.tr("The printer did not take the sheet. Check that it is "
                                       "switched on, connected and has paper, then print "
                                       "again."))
            session = self.user.session
            self.runner.run(lambda ctx: sheets.record_failed(ctx.database, session, sheet),
                            changes={"audit"}, label="record a failed print")
        else:
            self.done_note.setText(self.tr("%Ln page(s) sent to the printer.", "", printed))
        finally:
            QApplication.restoreOverrideCursor()
            if document is not None:
                document.close()
                document.deleteLater()
                buffer.deleteLater()
            self._set_busy(False)

    def _ask_printer(self, sheet: PreparedSheet) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The print queue shows this name to anyone at the printer: never a client's name.
        printer.setDocName(self.tr("Guidance sheet"))
        printer.setPageSize(QPageSize(PAGE_SIZE_IDS[sheet.choice.size]))
        printer.setFullPage(True)
        printer.setFromTo(1, sheet.pages)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the guidance sheet"))
        dialog.setMinMax(1, sheet.pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return printer if accepted else None

    # ---- saving ---------------------------------------------------------------------
    def save_pdf(self) -> None:
        self._clear_outcome()
        self._with_current_sheet(self._save_prepared)

    def _save_prepared(self, sheet: PreparedSheet) -> None:
        path = self.ask_pdf_path(self._suggested_name(sheet))
        if path is None:
            return
        session = self.user.session
        self._set_busy(True)
        self.runner.run(lambda ctx: sheets.save_pdf(ctx.database, session, sheet, path),
                        done=self._pdf_saved, failed=self._output_refused, changes={"audit"},
                        label="save a guidance sheet", owner=self)

    def _pdf_saved(self, path: Path) -> None:
        self._set_busy(False)
        self.done_note.setText(formatting.insert(self.tr("Saved as %1."),
                                                 formatting.left_to_right(str(path))))

    def _output_refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.done_note.clear()
        field = getattr(error, "field", None) if isinstance(error, ValidationError) else None
        if field in FIELDS and self.form.show_message(field, messages.full_text(error)):
            return
        if field == "file" and isinstance(error, WorkstationError):
            self._show_general(self.tr("The PDF could not be saved there. Choose another "
                                       "folder."))
            return
        self._show_general(messages.full_text(error))

    @staticmethod
    def _suggested_name(sheet: PreparedSheet) -> str:
        # The situation and the case reference only: a file name travels (e-mail, USB).
        parts = ["guidance", sheet.choice.situation.replace("_", "-"), sheet.choice.lang]
        if sheet.case_reference:
            parts.append(sheet.case_reference)
        return "-".join(parts) + ".pdf"

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the guidance sheet"), str(Path.home() / suggested),
            self.tr("PDF document (*.pdf)"))
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else name + ".pdf")

    # ---- messages and state ---------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _clear_field_messages(self) -> None:
        self.form.clear_messages()
        self.general.hide()
        self.general.clear()

    def _clear_outcome(self) -> None:
        self.general.hide()
        self.done_note.clear()

    def _show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def _show_page_info(self) -> None:
        self.preview_hint.setVisible(self.sheet is None)
        self.preview_hint.setText(self.tr("Choose the situation: the sheet appears here.")
                                  if self.situation.currentData() is None else
                                  self.tr("Making the sheet…"))
        if self.sheet is None:
            self.page_info.clear()
            return
        self.page_info.setText(self.tr("%Ln page(s), %1", "", self.sheet.pages)
                               .replace("%1", self.sheet.choice.size.upper()))

    def _show_services_note(self) -> None:
        sheet = self.sheet
        if sheet is None or sheet.district_code is None:
            self.services_note.setText(self.tr("Without a district the sheet gives the "
                                               "helplines only."))
        elif not sheet.services:
            self.services_note.setText(self.tr("The referral directory has no services in "
                                               "this district yet: the sheet gives the "
                                               "helplines only."))
        else:
            self.services_note.setText(self.tr(
                "%Ln service(s) from the referral directory are printed.", "",
                len(sheet.services)))

    def _show_draft_note(self) -> None:
        self.situation.setPlaceholderText(self.tr("Choose…"))
        code = self.situation.currentData()
        draft = bool(code) and guidance_for(code).review.is_draft
        self.draft_note.setText(self.tr("Draft: awaiting a lawyer's review (printed on "
                                        "every page).") if draft else "")
        self.draft_note.setVisible(draft)

    # ---- language -------------------------------------------------------------------
    def situation_name(self, code: str) -> str:
        names = {
            "sexual_violence": self.tr("Sexual violence"),
            "physical_domestic_violence": self.tr("Physical or domestic violence"),
            "acid_attack": self.tr("Acid attack"),
            "child_abuse": self.tr("Child abuse"),
            "workplace_harassment": self.tr("Harassment at the workplace"),
            "missing_person": self.tr("Missing or abducted person"),
        }
        if code in names:
            return names[code]
        # A situation added to resources/guidance after this version: its own title.
        return guidance_for(code).title["ur" if i18n.is_urdu() else "en"]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Guidance sheet"))
        self.heading.setText(self.tr("Medico-legal guidance sheet"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.4))
        # Nastaliq's first letter swings past the label's edge (see sign_in).
        side = 12 if i18n.is_urdu() else 0
        self.heading.setContentsMargins(side, 8, side, 2)
        self.intro.setText(self.tr(
            "Choose the situation and the client's district. The preview shows the sheet "
            "exactly as it will be printed; read it aloud for a client who cannot read."))
        captions = {
            "situation": self.tr("&Situation:"), "lang": self.tr("&Language:"),
            "district": self.tr("&District:"), "case_reference": self.tr("Case &reference:"),
            "client_name": self.tr("Client's &name:"), "size": self.tr("Page si&ze:"),
            "urdu_font": self.tr("Urdu &typeface:"),
        }
        for key, text in captions.items():
            self.form.captions[key].setText(text)
        for index in range(self.situation.count()):
            self.situation.setItemText(index, self.situation_name(self.situation.itemData(index)))
        self.lang.setItemText(0, self.tr("Urdu and English"))
        self.lang.setItemText(1, self.tr("Urdu"))
        self.lang.setItemText(2, self.tr("English"))
        self.urdu_font.setItemText(0, self.tr("Nastaliq (as in newspapers)"))
        self.urdu_font.setItemText(1, self.tr("Naskh (plainer letters)"))
        self._fill_districts()
        self.district.lineEdit().setPlaceholderText(self.tr("None: helplines only"))
        self.case_reference.setPlaceholderText(self.tr("None: a walk-in without a case"))
        self.print_name.setText(self.tr("Print it"))
        self.client_name.setPlaceholderText(self.tr("Only if the client wants it"))
        self.name_note.setText(self.tr(
            "Left off unless ticked: a sheet often goes home, where the person the client "
            "fears may see it."))
        self.large_print.setText(self.tr("Lar&ge print"))
        self.preview_caption.setText(self.tr("Pre&view"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as PD&F…"))
        self.close_button.setText(self.tr("&Close"))
        self._show_draft_note()
        self._show_page_info()
        self._show_services_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- closing --------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._closed:   # shown again after closing: start from the form as it is
            self._closed = False
            self.make_preview()

    def done(self, result: int) -> None:
        """Closing (also when the desk locks): nothing of the client stays in memory."""
        self._closed = True
        self._preview_timer.stop()
        self._after = None
        self.reader.forget()
        self.client_name.clear()
        self.case_reference.clear()
        self.preview.clear()
        self.sheet = None
        super().done(result)
