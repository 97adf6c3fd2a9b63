"""The referral slip a client takes to the service: choose, preview, print, save.

    ReferralSlipDialog(runner: Runner, user: SignedIn, referral_id: uuid.UUID, *,
                       today: Callable[[], date] | None = None,
                       parent: QWidget | None = None)

Opened after a referral is made (the lookup's Refer…) and from a case's referral list.
The counsellor chooses the language (Urdu and English, Urdu, English) and the page size,
and adds the client's name only by ticking it. For a confidential location (a shelter)
the address stays off unless a supervisor ticks "Print the address" — a counsellor does
not see that box. The preview shows the pages as they will print; Print goes through the
system print dialog and Save as PDF through a file dialog, each audited before the copy
leaves (`services.referral_slips`), as the guidance sheet dialog does.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.permissions import Action
from workstation.errors import ValidationError
from workstation.services import referral_slips
from workstation.services.referral_slips import PreparedSlip, SlipChoice

from .. import fonts, formatting, i18n, messages
from ..runner import Runner
from ..session import SignedIn
from ..widgets.form import ERROR_STYLE, Form, FormNote
from ..widgets.pdf_pages import PdfLoadError, PdfPages, PrintFailed, load_pdf, print_document

log = logging.getLogger(__name__)
NOTE_STYLE = "color: #4a4f57;"
PAGE_SIZE_IDS = {"a4": QPageSize.PageSizeId.A4, "a5": QPageSize.PageSizeId.A5}
FIELDS = ("lang", "size", "client_name", "address")


class ReferralSlipDialog(QDialog):
    """See the module docstring."""

    def __init__(self, runner: Runner, user: SignedIn, referral_id: uuid.UUID, *,
                 today: Callable[[], date] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referral-slip")
        self.runner = runner
        self.user = user
        self.referral_id = referral_id
        self.today = today or formatting.today_in_pakistan
        self.slip: PreparedSlip | None = None
        self._pending = False
        self._again = False
        self._after: Callable[[PreparedSlip], None] | None = None
        self._busy = False
        self._closed = False
        # Replaced in tests (the system dialogs cannot be driven offscreen).
        self.ask_printer: Callable[[PreparedSlip], QPrinter | None] = self._ask_printer
        self.ask_pdf_path: Callable[[str], Path | None] = self._ask_pdf_path

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        side = QWidget(self)
        side.setFixedWidth(430)
        self.form = Form(side)
        self.lang = self.form.add("lang", QComboBox(side))
        for code in ("both", "ur", "en"):
            self.lang.addItem("", code)
        self.page_size = self.form.add("size", QComboBox(side))
        for code in ("a5", "a4"):
            self.page_size.addItem(code.upper(), code)
        name_row = QWidget(side)
        self.print_name = QCheckBox(name_row)
        self.print_name.setObjectName("print-client-name")
        self.client_name = QLineEdit(name_row)
        self.client_name.setEnabled(False)
        row = QHBoxLayout(name_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_name)
        row.addWidget(self.client_name, 1)
        self.form.add("client_name", self.client_name, name_row)
        self.form.captions["client_name"].setBuddy(self.print_name)
        self.name_note = FormNote("client-name-note", side)
        self.name_note.setStyleSheet(NOTE_STYLE)
        self.form.layout.addRow("", self.name_note)
        self.print_address = self.form.add("address", QCheckBox(side))
        self.print_address.setObjectName("print-confidential-address")
        self.address_note = FormNote("address-note", side)
        self.address_note.setStyleSheet(NOTE_STYLE)
        self.form.layout.addRow("", self.address_note)
        self._may_print_address = self.user.may(Action.PRINT_CONFIDENTIAL_ADDRESS)
        self._show_address_choice(False)

        self.general = QLabel(side)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.done_note = QLabel(side)
        self.done_note.setObjectName("done-note")
        self.done_note.setWordWrap(True)
        self.print_button = QPushButton(side)
        self.print_button.setObjectName("print")
        self.save_button = QPushButton(side)
        self.save_button.setObjectName("save-pdf")
        self.close_button = QPushButton(side)
        self.close_button.setObjectName("close")
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(self.form.layout)
        column.addStretch(1)
        column.addWidget(self.general)
        column.addWidget(self.done_note)
        column.addLayout(buttons)
        self.preview = PdfPages(self)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addSpacing(12)
        layout.addWidget(self.preview, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.make_preview)
        self.lang.currentIndexChanged.connect(lambda _i: self.changed())
        self.page_size.currentIndexChanged.connect(lambda _i: self.changed())
        self.print_name.toggled.connect(self._print_name_toggled)
        self.client_name.editingFinished.connect(self.changed)
        self.print_address.toggled.connect(lambda _on: self.changed())
        self.print_button.clicked.connect(self.print_slip)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_slip)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_pdf)
        self.retranslate_ui()
        self.resize(1100, 740)
        self.lang.setFocus()
        self.make_preview()

    def _show_address_choice(self, confidential: bool) -> None:
        shown = confidential and self._may_print_address
        self.form.layout.setRowVisible(self.print_address, shown)
        self.form.captions["address"].setVisible(shown)
        self.form.layout.setRowVisible(self.address_note, confidential)

    # ---- making the slip --------------------------------------------------------------
    def choice(self) -> SlipChoice:
        name = self.client_name.text()
        return SlipChoice(
            self.referral_id, lang=self.lang.currentData(), size=self.page_size.currentData(),
            client_name=name if self.print_name.isChecked() and name.strip() else None,
            include_confidential_address=self._may_print_address
            and self.print_address.isChecked())

    def changed(self) -> None:
        self._timer.start(60)

    def _print_name_toggled(self, on: bool) -> None:
        self.client_name.setEnabled(on)
        if on:
            self.client_name.setFocus()
        self.changed()

    def make_preview(self) -> None:
        self._timer.stop()
        if self._closed or self.user.session.locked:
            return
        if self._pending:
            self._again = True
            return
        self._pending, self._again = True, False
        choice, session, issued_on = self.choice(), self.user.session, self.today()
        self.runner.run(lambda ctx: referral_slips.prepare_slip(ctx.database, session, choice,
                                                                issued_on=issued_on),
                        done=self._prepared, failed=self._prepare_failed,
                        label="referral slip", owner=self)

    def _prepared(self, slip: PreparedSlip) -> None:
        self._pending = False
        if self._closed:
            return
        if self._again or slip.choice != self.choice():
            self.make_preview()
            return
        self.form.clear_messages()
        self.general.hide()
        try:
            self.preview.show_pdf(slip.pdf)
        except PdfLoadError as error:
            log.error("slip preview: %s", error)
        self.slip = slip
        self._show_address_choice(slip.confidential)
        after, self._after = self._after, None
        if after is not None:
            after(slip)

    def _prepare_failed(self, error: BaseException) -> None:
        self._pending = False
        if self._closed:
            return
        if self._again:
            self.make_preview()
            return
        self._after = None
        self._show_error(error)

    def _with_current_slip(self, then: Callable[[PreparedSlip], None]) -> None:
        if self._busy:
            return
        if not self._pending and self.slip is not None and self.slip.choice == self.choice():
            then(self.slip)
            return
        self._after = then
        self.make_preview()

    # ---- printing and saving ----------------------------------------------------------
    def print_slip(self) -> None:
        self.done_note.clear()
        self._with_current_slip(self._print_prepared)

    def _print_prepared(self, slip: PreparedSlip) -> None:
        printer = self.ask_printer(slip)
        if printer is None:
            return
        copies = max(1, printer.copyCount())
        session = self.user.session
        self._set_busy(True)
        self.done_note.setText(self.tr("Sending the slip to the printer…"))
        self.runner.run(lambda ctx: referral_slips.record_printed(ctx.database, session, slip,
                                                                  copies=copies),
                        done=lambda _none: self._send_to_printer(slip, printer),
                        failed=self._output_refused, changes={"audit"},
                        label="record a printed slip", owner=self)

    def _send_to_printer(self, slip: PreparedSlip, printer: QPrinter) -> None:
        document = buffer = None
        try:
            document, buffer = load_pdf(slip.pdf, self)
            printed = print_document(document, printer)
        except (PrintFailed, PdfLoadError) as error:
            log.warning("printing a referral slip failed: %s", error)
            self.done_note.clear()
            self.general.setText(self.tr("The printer did not take the slip. Check that it "
                                         "is switched on, connected and has paper, then "
                                         "print again."))
            self.general.show()
            session = self.user.session
            self.runner.run(lambda ctx: referral_slips.record_failed(ctx.database, session,
                                                                     slip),
                            changes={"audit"}, label="record a failed print")
        else:
            self.done_note.setText(self.tr("%Ln page(s) sent to the printer.", "", printed))
        finally:
            if document is not None:
                document.close()
                document.deleteLater()
                buffer.deleteLater()
            self._set_busy(False)

    def _ask_printer(self, slip: PreparedSlip) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The print queue shows this name to anyone at the printer: never a client's name.
        printer.setDocName(self.tr("Referral slip"))
        printer.setPageSize(QPageSize(PAGE_SIZE_IDS[slip.choice.size]))
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the referral slip"))
        dialog.setMinMax(1, slip.pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return printer if accepted else None

    def save_pdf(self) -> None:
        self.done_note.clear()
        self._with_current_slip(self._save_prepared)

    def _save_prepared(self, slip: PreparedSlip) -> None:
        # The case reference only: a file name travels (e-mail, USB).
        path = self.ask_pdf_path(f"referral-{slip.case_reference}-{slip.choice.lang}.pdf")
        if path is None:
            return
        session = self.user.session
        self._set_busy(True)
        self.runner.run(lambda ctx: referral_slips.save_pdf(ctx.database, session, slip, path),
                        done=self._saved, failed=self._output_refused, changes={"audit"},
                        label="save a referral slip", owner=self)

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self.done_note.setText(formatting.insert(self.tr("Saved as %1."),
                                                 formatting.left_to_right(str(path))))

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the referral slip"), str(Path.home() / suggested),
            self.tr("PDF document (*.pdf)"))
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _output_refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.done_note.clear()
        if isinstance(error, ValidationError) and error.field == "file":
            self.general.setText(self.tr("The PDF could not be saved there. Choose another "
                                         "folder."))
            self.general.show()
            return
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        field = error.field if isinstance(error, ValidationError) else None
        text = messages.full_text(error)
        if field not in FIELDS or not self.form.show_message(field, text):
            self.general.setText(text)
            self.general.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    # ---- language ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Referral slip"))
        self.heading.setText(self.tr("Referral slip"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.3))
        side = 12 if i18n.is_urdu() else 0
        self.heading.setContentsMargins(side, 8, side, 2)
        self.form.captions["lang"].setText(self.tr("&Language:"))
        self.form.captions["size"].setText(self.tr("Page si&ze:"))
        self.form.captions["client_name"].setText(self.tr("Client's &name:"))
        self.form.captions["address"].setText(self.tr("Shelter &address:"))
        self.lang.setItemText(0, self.tr("Urdu and English"))
        self.lang.setItemText(1, self.tr("Urdu"))
        self.lang.setItemText(2, self.tr("English"))
        self.print_name.setText(self.tr("Print it"))
        self.client_name.setPlaceholderText(self.tr("Only if the client wants it"))
        self.name_note.setText(self.tr("Left off unless ticked: a slip often goes home, "
                                       "where the person the client fears may see it."))
        self.print_address.setText(self.tr("Print the address (a supervisor's decision)"))
        self.address_note.setText(self.tr(
            "This is a confidential location: the slip says to ask the helpline for "
            "directions instead of giving the address."))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as PD&F…"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Closing (also when the desk locks): nothing of the client stays in memory."""
        self._closed = True
        self._timer.stop()
        self._after = None
        self.client_name.clear()
        self.preview.clear()
        self.slip = None
        super().done(result)
