"""Worklist: the start of a shift — "since my last shift" — and the calls to return.

SLACC begins every morning with the calls abandoned outside office hours. This screen
shows, for the signed-in counsellor: the call-backs of the centre (missed and abandoned
calls merged per number, most urgent and oldest first, up to three attempts each),
their follow-ups due today or overdue, and contacts they left open. The window opens
on it at sign-in when there is anything here.

Keyboard: arrows to choose, Enter to call back (the dialog records the attempt; "Reached"
starts the contact on the call screen), Ctrl+M takes the item, Ctrl+I imports the
PBX's call log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.permissions import Action
from workstation.domain.phone import display_phone
from workstation.services import callbacks, centres, handover

from .. import formatting, labels, messages
from ..models.row_models import Column, LoadedTableModel
from ..navigation import CaseRequest, ContactRequest
from ..widgets.list_panel import ListPanel
from .base import Screen
from .call_back_dialog import CallBackDialog

STATUS_MESSAGE_MS = 10_000
TABS = ("callbacks", "follow_ups", "open_contacts")


class WorklistScreen(Screen):
    screen_id = "worklist"
    areas = frozenset({"callbacks", "contacts", "follow_ups", "cases"})

    def title(self) -> str:
        return self.tr("Worklist")

    def build(self) -> None:
        self.handover: handover.Handover | None = None
        self._colleagues: list[centres.Colleague] = []
        self.dialog: CallBackDialog | None = None
        self.works = self.user.may(Action.HANDLE_CONTACT)
        self.summary = QLabel(self)
        self.summary.setObjectName("handover")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("worklist-tabs")
        self.tabs.addTab(self._build_callbacks(), "")
        self.tabs.addTab(self._build_follow_ups(), "")
        self.tabs.addTab(self._build_open_contacts(), "")
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.tabs, 1)

    # ---- call-backs -----------------------------------------------------------------
    def _build_callbacks(self) -> QWidget:
        page = QWidget(self)
        self.call_back_button = QPushButton(page)
        self.call_back_button.setObjectName("call-back")
        self.call_back_button.clicked.connect(self.call_back)
        self.take_button = QPushButton(page)
        self.take_button.setObjectName("take")
        self.take_button.clicked.connect(self.take_item)
        self.assign_label = QLabel(page)
        self.assign_combo = QComboBox(page)
        self.assign_combo.setObjectName("assignee")
        self.assign_label.setBuddy(self.assign_combo)
        self.assign_combo.activated.connect(self._assign_chosen)
        self.urgency_label = QLabel(page)
        self.urgency_combo = QComboBox(page)
        self.urgency_combo.setObjectName("urgency")
        self.urgency_label.setBuddy(self.urgency_combo)
        for code in callbacks.URGENCY_ORDER:
            self.urgency_combo.addItem("", code)
        self.urgency_combo.activated.connect(self._urgency_chosen)
        self.import_button = QPushButton(page)
        self.import_button.setObjectName("import-log")
        self.import_button.clicked.connect(self.import_log)
        self.mine_only = QComboBox(page)
        self.mine_only.setObjectName("show")
        self.mine_only.addItem("", "mine")
        self.mine_only.addItem("", "all")
        self.mine_only.currentIndexChanged.connect(lambda _i: self._show_callbacks())
        bar = QHBoxLayout()
        bar.addWidget(self.call_back_button)
        bar.addWidget(self.take_button)
        bar.addWidget(self.assign_label)
        bar.addWidget(self.assign_combo)
        bar.addWidget(self.urgency_label)
        bar.addWidget(self.urgency_combo)
        bar.addStretch(1)
        bar.addWidget(self.mine_only)
        bar.addWidget(self.import_button)
        self.callback_model = LoadedTableModel(self.runner, self._callback_columns(),
                                               label="worklist", parent=self)
        self.callback_panel = ListPanel(self.callback_model, self._no_callbacks_text,
                                        parent=page)
        table = self.callback_panel.table
        table.activated.connect(lambda _index: self.call_back())
        table.selectionModel().currentRowChanged.connect(self._show_selected)
        for key, slot in (("Ctrl+M", self.take_item), ("Ctrl+I", self.import_log)):
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.callback_panel, 1)
        return page

    def _callback_columns(self) -> list[Column]:
        return [
            Column("urgency", lambda: self.tr("Urgency"),
                   lambda r: labels.label(labels.urgencies, r.urgency)),
            Column("number", lambda: self.tr("Number"),
                   lambda r: formatting.left_to_right(display_phone(r.number))),
            Column("safety", lambda: self.tr("Take care"), self._care_text),
            Column("missed", lambda: self.tr("Missed"), lambda r: formatting.number(
                r.missed_count)),
            Column("first", lambda: self.tr("First missed"),
                   lambda r: formatting.date_time(r.first_missed_at)),
            Column("last", lambda: self.tr("Last missed"),
                   lambda r: formatting.date_time(r.last_missed_at)),
            Column("attempts", lambda: self.tr("Attempts"),
                   lambda r: f"{r.attempts}/{callbacks.MAX_ATTEMPTS}"),
            Column("last_outcome", lambda: self.tr("Last attempt"),
                   lambda r: labels.label(labels.callback_outcomes, r.last_outcome)),
            Column("assigned", lambda: self.tr("Assigned to"), lambda r: r.assigned_to or ""),
        ]

    def _care_text(self, row) -> str:
        words = [labels.label(labels.safety_flags, f) for f in row.safety_flags]
        words += [labels.label(labels.caller_flags, k) for k in row.caller_flags]
        return "; ".join(words)

    def _no_callbacks_text(self) -> str:
        if not self.works:
            return self.tr("The worklist is for staff who take calls.")
        if self.handover is not None and self.handover.callbacks and self._mine_only():
            return self.tr("No call-backs for you; choose “Everyone's” to see your "
                           "colleagues'.")
        return self.tr("No calls to return. Import the PBX's call log (Ctrl+I) to bring "
                       "in the calls missed overnight.")

    def _mine_only(self) -> bool:
        return self.mine_only.currentData() == "mine"

    def _visible_callbacks(self) -> list[callbacks.WorkItem]:
        items = self.handover.callbacks if self.handover else []
        if self._mine_only():
            me = self.user.session.actor.user_id
            items = [i for i in items if i.assigned_to_id in (None, me)]
        return items

    def _show_callbacks(self) -> None:
        chosen = self.selected_item()
        self.callback_model.show_rows(self._visible_callbacks())
        rows = [r.id for r in self.callback_model.rows()]
        if rows:
            row = rows.index(chosen.id) if chosen and chosen.id in rows else 0
            self.callback_panel.table.setCurrentIndex(self.callback_model.index(row, 0))
        self._show_selected()
        self._retitle_tabs()

    def selected_item(self) -> callbacks.WorkItem | None:
        index = self.callback_panel.table.currentIndex()
        if not index.isValid() or index.row() >= self.callback_model.rowCount():
            return None
        return self.callback_model.row_at(index.row())

    def _show_selected(self, *_args) -> None:
        item = self.selected_item()
        for widget in (self.call_back_button, self.take_button, self.assign_combo,
                       self.urgency_combo):
            widget.setEnabled(item is not None)
        if item is not None:
            self.urgency_combo.setCurrentIndex(max(self.urgency_combo.findData(item.urgency),
                                                   0))
            self.assign_combo.setCurrentIndex(max(self.assign_combo.findData(
                item.assigned_to_id), 0))

    # ---- acting on an item ----------------------------------------------------------
    def call_back(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self.dialog = CallBackDialog(item, self)
        self.dialog.answered.connect(lambda answer: self._attempted(item, answer))
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.callback_panel.table.setFocus()

    def _attempted(self, item: callbacks.WorkItem, answer: str) -> None:
        if answer == "reached":
            # The call screen records the attempt with the contact it starts.
            self.context.navigator.request_contact(ContactRequest(
                number=item.number, direction="outbound", callback_id=item.id))
            return
        session = self.user.session
        self.run(lambda ctx: callbacks.record_attempt(ctx.database, session, item.id, answer),
                 done=lambda done: self._status(
                     self.tr("Attempt recorded; the call-back is done.") if done else
                     self.tr("Attempt recorded; the call-back stays on the list.")),
                 failed=self._failed, changes=("callbacks",), label="record attempt")

    def take_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._assign(item, self.user.session.actor.user_id)

    def _assign_chosen(self, position: int) -> None:
        item = self.selected_item()
        if item is not None:
            self._assign(item, self.assign_combo.itemData(position))

    def _assign(self, item: callbacks.WorkItem, user_id) -> None:
        session = self.user.session
        self.run(lambda ctx: callbacks.assign(ctx.database, session, item.id, user_id),
                 done=lambda _r: None, failed=self._failed, changes=("callbacks",),
                 label="assign callback")

    def _urgency_chosen(self, position: int) -> None:
        item = self.selected_item()
        urgency = self.urgency_combo.itemData(position)
        if item is None or urgency == item.urgency:
            return
        session = self.user.session
        self.run(lambda ctx: callbacks.set_urgency(ctx.database, session, item.id, urgency),
                 done=lambda _r: None, failed=self._failed, changes=("callbacks",),
                 label="set urgency")

    def import_log(self) -> None:
        """Ctrl+I: the PBX's call log (Asterisk CDR CSV or queue_log)."""
        if not self.works or self.centre_code is None:
            self._status(self.tr("Call logs are imported by staff of a centre."))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the PBX's call log"), "",
            self.tr("Call logs (*.csv *.log queue_log Master.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        session = self.user.session
        self.run(lambda ctx: callbacks.import_call_log(ctx.database, session, path),
                 done=self._imported, failed=self._failed, changes=("callbacks",),
                 label="import call log")

    def _imported(self, report: callbacks.ImportReport) -> None:
        text = self.tr("%Ln missed call(s) added", "", report.added)
        if report.already_imported:
            text += "; " + self.tr("%Ln already imported", "", report.already_imported)
        if report.problems:
            text += "; " + self.tr("%Ln line(s) skipped: %1", "", len(report.problems)) \
                .replace("%1", " ".join(report.problems[:3]))
        self._status(text if text.endswith(".") else text + ".")

    def _failed(self, error: BaseException) -> None:
        self._status(messages.full_text(error))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    # ---- follow-ups and open contacts ---------------------------------------------
    def _build_follow_ups(self) -> QWidget:
        page = QWidget(self)
        self.follow_up_model = LoadedTableModel(self.runner, [
            Column("due", lambda: self.tr("Due"), lambda r: formatting.short_date(r.due_on)),
            Column("case", lambda: self.tr("Case"), lambda r: r.reference),
            Column("late", lambda: self.tr("Overdue"),
                   lambda r: self.tr("Overdue") if r.overdue else ""),
            Column("description", lambda: self.tr("What to do"),
                   lambda r: " ".join((r.description or "").split())),
        ], label="follow-ups due", parent=self)
        self.follow_up_panel = ListPanel(self.follow_up_model, lambda: self.tr(
            "No follow-ups due today."), parent=page)
        self.follow_up_panel.table.activated.connect(
            lambda index: self.context.navigator.request_case(CaseRequest(
                case_id=self.follow_up_model.row_at(index.row()).case_id)))
        layout = QVBoxLayout(page)
        layout.addWidget(self.follow_up_panel)
        return page

    def _build_open_contacts(self) -> QWidget:
        page = QWidget(self)
        self.open_model = LoadedTableModel(self.runner, [
            Column("started", lambda: self.tr("Started"),
                   lambda r: formatting.date_time(r.started_at)),
            Column("number", lambda: self.tr("Number"),
                   lambda r: formatting.left_to_right(display_phone(r.number))
                   if r.number else ""),
            Column("channel", lambda: self.tr("Channel"),
                   lambda r: labels.label(labels.channels, r.channel)),
            Column("saved", lambda: self.tr("Last saved"),
                   lambda r: formatting.date_time(r.saved_at)),
        ], label="open contacts", parent=self)
        self.open_panel = ListPanel(self.open_model, lambda: self.tr(
            "Every contact of yours is wrapped up."), parent=page)
        self.open_panel.table.activated.connect(
            lambda index: self.context.navigator.request_resume(
                self.open_model.row_at(index.row()).contact_id))
        layout = QVBoxLayout(page)
        layout.addWidget(self.open_panel)
        return page

    # ---- loading --------------------------------------------------------------------
    def load(self) -> None:
        if not self.works:
            self.handover = None
            self._show_handover()
            return
        session, today, centre_id = self.user.session, self.context.today(), \
            self.user.session.actor.centre_id
        self.run(lambda ctx: (handover.handover(ctx.database, session, today),
                              centres.colleagues(ctx.database, centre_id)),
                 done=self._loaded, failed=self._load_failed, label="worklist")

    def _loaded(self, result) -> None:
        self.handover, self._colleagues = result
        self._fill_assignees()
        self._show_handover()

    def _load_failed(self, error: BaseException) -> None:
        for model in (self.callback_model, self.follow_up_model, self.open_model):
            model.show_failure(error)

    def _show_handover(self) -> None:
        found = self.handover
        self._show_callbacks()
        self.follow_up_model.show_rows(found.follow_ups_due if found else [])
        self.open_model.show_rows(found.open_contacts if found else [])
        self._show_summary()
        self._retitle_tabs()

    def clear_data(self) -> None:
        self.handover = None
        for model in (self.callback_model, self.follow_up_model, self.open_model):
            model.clear()
        self.summary.clear()
        if self.dialog is not None:
            self.dialog.reject()

    # ---- language -------------------------------------------------------------------
    def _show_summary(self) -> None:
        found = self.handover
        if found is None:
            self.summary.setText("")
            return
        since = (formatting.insert(self.tr("Since your last shift began (%1):"),
                                   formatting.date_time(found.since)) if found.since
                 else self.tr("Your first shift at the workstation:"))
        parts = [
            self.tr("%Ln contact(s) still open", "", len(found.open_contacts)),
            self.tr("%Ln call-back(s) waiting", "", len(found.callbacks)),
            self.tr("%Ln follow-up(s) due", "", len(found.follow_ups_due)),
            self.tr("%Ln caller(s) flagged at your centre", "", found.callers_flagged),
        ]
        self.summary.setText(f"{since} " + " · ".join(parts))

    def _retitle_tabs(self) -> None:
        found = self.handover
        shown = len(self._visible_callbacks())
        self.tabs.setTabText(0, self.tr("&Call-backs (%1)").replace("%1", str(shown)))
        self.tabs.setTabText(1, self.tr("&Follow-ups due (%1)").replace(
            "%1", str(len(found.follow_ups_due) if found else 0)))
        self.tabs.setTabText(2, self.tr("&Open contacts (%1)").replace(
            "%1", str(len(found.open_contacts) if found else 0)))

    def _fill_assignees(self) -> None:
        self.assign_combo.clear()
        self.assign_combo.addItem(self.tr("Nobody"), None)
        for colleague in self._colleagues:
            self.assign_combo.addItem(colleague.display_name, colleague.id)
        self._show_selected()

    def retranslate_ui(self) -> None:
        self.call_back_button.setText(self.tr("Call &back (Enter)"))
        self.take_button.setText(self.tr("&Take it (Ctrl+M)"))
        self.assign_label.setText(self.tr("&Assigned to:"))
        self.urgency_label.setText(self.tr("&Urgency:"))
        for position in range(self.urgency_combo.count()):
            self.urgency_combo.setItemText(position, labels.label(
                labels.urgencies, self.urgency_combo.itemData(position)))
        self.mine_only.setItemText(0, self.tr("Mine and unassigned"))
        self.mine_only.setItemText(1, self.tr("Everyone's"))
        self.import_button.setText(self.tr("&Import call log… (Ctrl+I)"))
        if self.assign_combo.count():
            self.assign_combo.setItemText(0, self.tr("Nobody"))
        self._show_summary()
        self._retitle_tabs()
