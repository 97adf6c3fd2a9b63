"""Correcting a directory entry (supervisors and administrators), with its history.

    ServiceEditorDialog(runner: Runner, user: SignedIn, service_id: uuid.UUID, *,
                        parent: QWidget | None = None)

Name (English and Urdu), phone numbers (one a line), description, status, free of
charge, female staff, the confidential mark and — for those who may see it — the address;
the source of the details. Save sends only what changed (`directory_entries
.update_service`: each changed field into the history and the audit trail); Mark
verified today records a check. The history below says who changed what and when.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.errors import ValidationError
from workstation.services import directory_entries
from workstation.services.directory_entries import ServiceEdit

from .. import fonts, formatting, i18n, messages
from ..models.row_models import Column, LoadedTableModel
from ..runner import Runner
from ..session import SignedIn
from ..widgets.form import ERROR_STYLE, Form
from ..widgets.list_panel import ListPanel

STATUSES = ("active", "temporarily closed", "inactive", "defunct")
FIELDS = ("name", "name_ur", "phones", "description", "status", "address_1", "city",
          "source")


class ServiceEditorDialog(QDialog):
    """See the module docstring."""

    def __init__(self, runner: Runner, user: SignedIn, service_id: uuid.UUID, *,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("service-editor")
        self.runner = runner
        self.user = user
        self.service_id = service_id
        self.detail: directory_entries.ServiceDetail | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.form = Form(self)
        self.name = self.form.add("name", QLineEdit(self))
        self.name_ur = self.form.add("name_ur", QLineEdit(self))
        self.name_ur.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.phones = self.form.add("phones", QPlainTextEdit(self))
        self.phones.setTabChangesFocus(True)
        self.phones.setFixedHeight(56)
        self.phones.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address_1 = self.form.add("address_1", QLineEdit(self))
        self.city = self.form.add("city", QLineEdit(self))
        self.status = self.form.add("status", QComboBox(self))
        for code in STATUSES:
            self.status.addItem("", code)
        flags = QWidget(self)
        self.free = QCheckBox(flags)
        self.female = QCheckBox(flags)
        self.confidential = QCheckBox(flags)
        row = QHBoxLayout(flags)
        row.setContentsMargins(0, 0, 0, 0)
        for box in (self.free, self.female, self.confidential):
            row.addWidget(box)
        row.addStretch(1)
        self.form.add("flags", self.free, flags)
        self.description = self.form.add("description", QPlainTextEdit(self))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        self.source = self.form.add("source", QLineEdit(self))
        self.history_label = QLabel(self)
        self.history = LoadedTableModel(runner, [
            Column("when", lambda: self.tr("When"),
                   lambda c: formatting.date_time(c.changed_at)),
            Column("who", lambda: self.tr("Who"), lambda c: c.changed_by or ""),
            Column("field", lambda: self.tr("Field"), lambda c: c.field_name),
            Column("before", lambda: self.tr("Before"), lambda c: c.previous_value or ""),
            Column("after", lambda: self.tr("After"), lambda c: c.replacement_value or ""),
        ], label="directory history", parent=self)
        self.history_panel = ListPanel(self.history,
                                       lambda: self.tr("No changes recorded yet."), parent=self)
        self.general = QLabel(self)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("mark-verified")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        for button in (self.save_button, self.verify_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_panel, 1)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.verify_button.clicked.connect(self.verify)
        self.close_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.resize(760, 720)
        self._set_enabled(False)
        self.load()

    # ---- loading ----------------------------------------------------------------------
    def load(self) -> None:
        session, service_id = self.user.session, self.service_id

        def job(ctx):
            return (directory_entries.service_detail(ctx.database, session, service_id),
                    directory_entries.history(ctx.database, session, service_id))

        self.runner.run(job, done=self._loaded, failed=self._failed, label="directory entry",
                        owner=self)

    def _loaded(self, found) -> None:
        detail, history = found
        self.detail = detail
        self.name.setText(detail.name)
        self.name_ur.setText(detail.name_ur or "")
        self.phones.setPlainText("\n".join(detail.phones))
        self.description.setPlainText(detail.description or "")
        self.status.setCurrentIndex(max(0, self.status.findData(detail.status)))
        self.free.setChecked(detail.free_of_charge)
        self.female.setChecked(detail.female_staff)
        self.confidential.setChecked(detail.confidential)
        self.confidential.setEnabled(detail.location_id is not None)
        self.source.setText(detail.source or "")
        address_shown = detail.address_1 is not None
        for key in ("address_1", "city"):
            self.form.captions[key].setVisible(address_shown)
            self.form.layout.setRowVisible(self.form.fields[key], address_shown)
        self.address_1.setText(detail.address_1 or "")
        self.city.setText(detail.city or "")
        self.history.show_rows(history)
        self._set_enabled(True)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.save_button, self.verify_button):
            widget.setEnabled(on)

    # ---- saving -----------------------------------------------------------------------
    def edit(self) -> ServiceEdit:
        detail = self.detail
        address_shown = detail is not None and detail.address_1 is not None
        return ServiceEdit(
            name=self.name.text(), name_ur=self.name_ur.text() or None,
            description=self.description.toPlainText() or None,
            phones=tuple(p.strip() for p in self.phones.toPlainText().splitlines()
                         if p.strip()),
            status=self.status.currentData(), free_of_charge=self.free.isChecked(),
            female_staff=self.female.isChecked(), confidential=self.confidential.isChecked(),
            address_1=self.address_1.text() if address_shown else None,
            city=self.city.text() if address_shown else None,
            source=self.source.text() or None)

    def save(self) -> None:
        if self.detail is None:
            return
        self.form.clear_messages()
        self.general.hide()
        session, service_id, edit = self.user.session, self.service_id, self.edit()
        self._set_enabled(False)
        self.runner.run(lambda ctx: directory_entries.update_service(ctx.database, session,
                                                                     service_id, edit),
                        done=self._saved, failed=self._failed,
                        changes={"directory", "audit"}, label="edit a directory entry",
                        owner=self)

    def _saved(self, changed: int) -> None:
        self.general.setStyleSheet("")
        self.general.setText(self.tr("%Ln change(s) saved.", "", changed))
        self.general.show()
        self.load()

    def verify(self) -> None:
        session, service_id = self.user.session, self.service_id
        self._set_enabled(False)
        self.runner.run(lambda ctx: directory_entries.mark_verified(ctx.database, session,
                                                                    service_id),
                        done=lambda _d: self.load(), failed=self._failed,
                        changes={"directory", "audit"}, label="mark verified", owner=self)

    def _failed(self, error: BaseException) -> None:
        self._set_enabled(self.detail is not None)
        field = error.field if isinstance(error, ValidationError) else None
        if field not in FIELDS or not self.form.show_message(field, messages.full_text(error)):
            self.general.setStyleSheet(ERROR_STYLE)
            self.general.setText(messages.full_text(error))
            self.general.show()

    # ---- language ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Directory entry"))
        self.heading.setText(self.tr("Correct the directory entry"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.3))
        side = 12 if i18n.is_urdu() else 0
        self.heading.setContentsMargins(side, 8, side, 2)
        captions = {"name": self.tr("&Name:"), "name_ur": self.tr("Name in &Urdu:"),
                    "phones": self.tr("&Phones:"), "address_1": self.tr("&Address:"),
                    "city": self.tr("C&ity:"), "status": self.tr("S&tatus:"),
                    "flags": self.tr("Offers:"), "description": self.tr("&Description:"),
                    "source": self.tr("S&ource of the details:")}
        for key, text in captions.items():
            self.form.captions[key].setText(text)
        statuses = {"active": self.tr("Active"),
                    "temporarily closed": self.tr("Temporarily closed"),
                    "inactive": self.tr("Inactive"), "defunct": self.tr("Closed down")}
        for index in range(self.status.count()):
            self.status.setItemText(index, statuses[self.status.itemData(index)])
        self.free.setText(self.tr("Free of charge"))
        self.female.setText(self.tr("Female staff"))
        self.confidential.setText(self.tr("Confidential location"))
        self.phones.setPlaceholderText(self.tr("One number a line"))
        self.history_label.setText(self.tr("History: who changed what"))
        self.save_button.setText(self.tr("&Save"))
        self.verify_button.setText(self.tr("&Mark verified today"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
