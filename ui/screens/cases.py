"""Cases: the centre's case list, and the confidential case form that opens from it.

The list pages through the cases (50 at a time, so 250,000 stay smooth), filtered by
status, who works on them, "my cases", category, district and follow-ups due, and
sorted by the server (a header click or Alt+O). It shows coded, non-identifying
columns only, so it needs no key and names no client; the category of a restricted
case shows only to those who may open it.

Enter opens the chosen case in the form (`widgets.case_form`); Alt+N starts a new one.
The form also opens from the call screen (F6: the caller's case, or a new case started
from the call), and from the worklist's follow-ups (`navigator.request_case`). A
restricted case opens only for those assigned to it and supervisors: anyone else is
told so on the list, and nothing of the case is read.

Nothing typed is lost: the form is saved as an encrypted draft every few seconds and
before the desk locks, signs out or closes; a draft a crash left comes back the next
time this screen is shown, and a case with a draft opens as last typed. Leaving the
form with changes asks whether to save them; a save the core refuses keeps the form
open with every value, the message beside the field.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.permissions import Action
from workstation.domain.vocab import CaseStatus
from workstation.errors import ValidationError
from workstation.services import browse, case_drafts, cases, categories, centres, duplicates
from workstation.services.cases import CaseRecord

from .. import formatting, labels, messages
from ..dialogs.duplicates import DuplicatesDialog
from ..models.row_models import Column, PagedTableModel
from ..navigation import CaseRequest
from ..widgets.case_form import CaseForm, category_choices, district_choices
from ..widgets.case_sections import SECTIONS
from ..widgets.form import ERROR_STYLE
from ..widgets.list_panel import ListPanel
from ..widgets.search_picker import SearchPicker
from .base import Screen

log = logging.getLogger(__name__)

AUTOSAVE_MS = 5_000
STATUS_MESSAGE_MS = 8_000
DRAFTS_MESSAGE_MS = 60_000
NOTICE_STYLE = "QLabel { background: #dbe9ff; padding: 6px; border-radius: 4px; }"
# The list's columns the server can sort by (browse.CASE_SORTS), by column key.
SORTABLE = {"reference": "reference", "opened": "opened", "status": "status",
            "risk": "risk", "district": "district"}
SORT_CHOICES = (("opened", True), ("opened", False), ("reference", False), ("status", False),
                ("risk", True), ("district", False))


class CasesScreen(Screen):
    screen_id = "cases"
    areas = frozenset({"cases", "follow_ups", "referrals"})

    LIST, FORM = 0, 1

    def title(self) -> str:
        return self.tr("Cases")

    # ---- building -------------------------------------------------------------------
    def build(self) -> None:
        self.draft_id: uuid.UUID | None = None
        self.changed = False          # the form differs from the case as stored
        self.draft_stale = False      # … and from its last draft
        self._saving = False
        self._opening = False
        self._draft_saving = False
        self._looked_for_drafts = False
        self._quiet_restore: uuid.UUID | None = None   # a draft kept at a lock, not a crash
        self._choices_loaded = False
        self._centres: dict = {}
        self._colleagues: dict = {}
        self._sort, self._descending = "opened", True
        self.leave_box: QMessageBox | None = None
        self._after_save = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self._duplicates: dict[int, list] = {}
        self.last_open_ms: float | None = None

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("case-pages")
        self.list_page = self._build_list_page()
        self.form_page = self._build_form_page()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.form_page)
        self.layout_.addWidget(self.pages, 1)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        # A crash may have left a case half typed: say so at sign-in, wherever the window
        # opens (the form itself comes back when this screen is shown).
        QTimer.singleShot(0, self._announce_drafts)

    def _build_list_page(self) -> QWidget:
        page = QWidget(self)
        self.status_label = QLabel(page)
        self.status_combo = QComboBox(page)
        self.status_combo.setObjectName("status-filter")
        self.status_label.setBuddy(self.status_combo)
        self.status_combo.addItem("", None)
        for status in CaseStatus:
            self.status_combo.addItem("", status.value)
        self.assignee_label = QLabel(page)
        self.assignee_combo = QComboBox(page)
        self.assignee_combo.setObjectName("assignee-filter")
        self.assignee_combo.addItem("", None)
        self.assignee_label.setBuddy(self.assignee_combo)
        self.mine = QCheckBox(page)
        self.mine.setObjectName("my-cases")
        self.follow_up_label = QLabel(page)
        self.follow_up_combo = QComboBox(page)
        self.follow_up_combo.setObjectName("follow-up-filter")
        for days in (None, 0, 7):
            self.follow_up_combo.addItem("", days)
        self.follow_up_label.setBuddy(self.follow_up_combo)
        self.category_label = QLabel(page)
        self.category_filter = SearchPicker(page)
        self.category_filter.setObjectName("category-filter")
        self.category_label.setBuddy(self.category_filter)
        self.district_label = QLabel(page)
        self.district_filter = SearchPicker(page)
        self.district_filter.setObjectName("district-filter")
        self.district_label.setBuddy(self.district_filter)
        self.sort_label = QLabel(page)
        self.sort_combo = QComboBox(page)
        self.sort_combo.setObjectName("sort")
        for key, descending in SORT_CHOICES:
            self.sort_combo.addItem("", (key, descending))
        self.sort_label.setBuddy(self.sort_combo)
        self.clear_button = QPushButton(page)
        self.clear_button.setObjectName("clear-filters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button = QPushButton(page)
        self.new_button.setObjectName("new-case")
        self.new_button.clicked.connect(self.new_case)
        self.new_button.setVisible(self.user.may(Action.CREATE_CASE))
        self.count_label = QLabel(page)
        self.count_label.setObjectName("count")

        first = QHBoxLayout()
        for widget in (self.status_label, self.status_combo, self.assignee_label,
                       self.assignee_combo, self.mine, self.follow_up_label,
                       self.follow_up_combo):
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.new_button)
        second = QHBoxLayout()
        second.addWidget(self.category_label)
        second.addWidget(self.category_filter, 2)
        second.addWidget(self.district_label)
        second.addWidget(self.district_filter, 1)
        second.addWidget(self.sort_label)
        second.addWidget(self.sort_combo)
        second.addWidget(self.clear_button)
        second.addWidget(self.count_label)
        self.list_message = QLabel(page)
        self.list_message.setObjectName("list-message-line")
        self.list_message.setWordWrap(True)
        self.list_message.setStyleSheet(ERROR_STYLE)
        self.list_message.hide()
        self.model = PagedTableModel(self.runner, self._columns(), label="cases", parent=self)
        self.model.total_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.panel = ListPanel(self.model, self._empty_text, parent=page)
        table = self.panel.table
        table.activated.connect(lambda index: self.open_row(index.row()))
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self._show_sort_indicator()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.list_message)
        layout.addWidget(self.panel, 1)

        for box in (self.status_combo, self.assignee_combo, self.follow_up_combo):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        self.mine.toggled.connect(self._mine_toggled)
        for picker in (self.category_filter, self.district_filter):
            picker.value_changed.connect(lambda _code: self.refresh())
            picker.textChanged.connect(self._picker_cleared)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("case-form-page")
        self.case_title = QLabel(page)
        self.case_title.setObjectName("case-title")
        self.case_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(page)
        self.save_button.setObjectName("save-case")
        self.save_button.clicked.connect(self.save)
        self.back_button = QPushButton(page)
        self.back_button.setObjectName("back-to-list")
        self.back_button.clicked.connect(self.back_to_list)
        self.discard_button = QPushButton(page)
        self.discard_button.setObjectName("discard-changes")
        self.discard_button.clicked.connect(self.discard_changes)
        self.notice = QLabel(page)
        self.notice.setObjectName("restored")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.form_message = QLabel(page)
        self.form_message.setObjectName("form-message")
        self.form_message.setWordWrap(True)
        self.form_message.setStyleSheet(ERROR_STYLE)
        self.form_message.hide()
        self.duplicates_notice = QLabel(page)
        self.duplicates_notice.setObjectName("duplicates-notice")
        self.duplicates_notice.setWordWrap(True)
        self.duplicates_notice.setStyleSheet(NOTICE_STYLE)
        self.duplicates_notice.hide()
        self.compare_button = QPushButton(page)
        self.compare_button.setObjectName("compare-duplicates")
        self.compare_button.clicked.connect(self._compare_offered)
        self.compare_button.hide()
        self.form = CaseForm(self, page)
        for key, section_class in SECTIONS:
            self.form.add_section(section_class(self.form), key)
        self.form.changed.connect(self._edited)
        self.form.typed.connect(self._typed)
        self.form.refer_requested.connect(self.context.navigator.request_referral)
        self.form.people.duplicates_requested.connect(self.find_duplicates)
        bar = QHBoxLayout()
        bar.addWidget(self.case_title, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.back_button)
        bar.addWidget(self.save_button)
        offered = QHBoxLayout()
        offered.addWidget(self.duplicates_notice, 1)
        offered.addWidget(self.compare_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.form_message)
        layout.addLayout(offered)
        layout.addWidget(self.form, 1)
        for key, slot in (("Ctrl+S", self.save), ("Esc", self.back_to_list)):
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return page

    def _columns(self) -> list[Column]:
        return [
            Column("reference", lambda: self.tr("Reference"), lambda r: r.reference),
            Column("opened", lambda: self.tr("Opened (Pakistan time)"),
                   lambda r: formatting.date_time(r.opened_at)),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.case_statuses, r.status)),
            Column("risk", lambda: self.tr("Risk"),
                   lambda r: labels.label(labels.risk_levels, r.risk_level)),
            Column("category", lambda: self.tr("Category"),
                   lambda r: labels.bilingual(r.category_en, r.category_ur)),
            Column("district", lambda: self.tr("District"), lambda r: labels.district(r.district_code)),
            Column("counsellor", lambda: self.tr("Counsellor"), lambda r: r.counsellor or ""),
            Column("access", lambda: self.tr("Access"),
                   lambda r: self.tr("Restricted") if r.restricted else ""),
        ]

    # ---- the host the form asks -----------------------------------------------------
    def today(self):
        return self.context.today()

    def centre_text(self, centre_id) -> str:
        centre = self._centres.get(centre_id)
        if centre is None:
            return ""
        return labels.bilingual(centre.name, centre.name_ur)

    # ---- language -------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.status_label.setText(self.tr("&Status:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for position, status in enumerate(CaseStatus, start=1):
            self.status_combo.setItemText(position, labels.label(labels.case_statuses, status))
        self.assignee_label.setText(self.tr("Ass&igned to:"))
        self.assignee_combo.setItemText(0, self.tr("Anyone"))
        self.mine.setText(self.tr("&My cases"))
        self.follow_up_label.setText(self.tr("Fo&llow-up:"))
        for position, text in enumerate((self.tr("Any"), self.tr("Due today or overdue"),
                                         self.tr("Due within a week"))):
            self.follow_up_combo.setItemText(position, text)
        self.category_label.setText(self.tr("&Category:"))
        self.category_filter.setPlaceholderText(self.tr("Any category"))
        self.district_label.setText(self.tr("&District:"))
        self.district_filter.setPlaceholderText(self.tr("Any district"))
        self.sort_label.setText(self.tr("S&ort:"))
        for position, text in enumerate((
                self.tr("Newest first"), self.tr("Oldest first"), self.tr("By reference"),
                self.tr("By status"), self.tr("Highest risk first"), self.tr("By district"))):
            self.sort_combo.setItemText(position, text)
        self.clear_button.setText(self.tr("Clear filte&rs"))
        self.new_button.setText(self.tr("&New case"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.back_button.setText(self.tr("Back to the list (Esc)"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.compare_button.setText(self.tr("Co&mpare…"))
        self.district_filter.set_choices(district_choices())
        if self._choices_loaded:
            self.category_filter.set_choices(category_choices(self._category_list))
        self._show_count()
        self._show_title()

    def _empty_text(self) -> str:
        if self._filtered():
            return self.tr("No case matches these filters.")
        return self.tr("No cases have been opened yet.")

    def _show_count(self, *_args) -> None:
        total = self.model.total
        self.count_label.setText("" if total is None else self.tr("%Ln case(s)", "", total))

    # ---- the list -------------------------------------------------------------------
    def selected_status(self) -> str | None:
        return self.status_combo.currentData()

    def _filtered(self) -> bool:
        return any((self.selected_status(), self.assignee_combo.currentData(),
                    self.mine.isChecked(), self.follow_up_combo.currentData() is not None,
                    self.category_filter.value(), self.district_filter.value()))

    def _mine_toggled(self, checked: bool) -> None:
        self.assignee_combo.setEnabled(not checked)
        self.refresh()

    def _picker_cleared(self, text: str) -> None:
        # The clear button (or deleting the text) takes the filter away.
        if not text and self.sender().value() is None:
            self.refresh()

    def _sort_chosen(self, position: int) -> None:
        self._sort, self._descending = self.sort_combo.itemData(position)
        self._show_sort_indicator()
        self.refresh()

    def _header_clicked(self, section: int) -> None:
        key = SORTABLE.get(self.model.columns()[section].key)
        if key is None:
            self._show_sort_indicator()
            return
        descending = not self._descending if key == self._sort else key in ("opened", "risk")
        position = self.sort_combo.findData((key, descending))
        if position >= 0:
            self.sort_combo.setCurrentIndex(position)
        else:
            self._sort, self._descending = key, descending
            self._show_sort_indicator()
            self.refresh()

    def _show_sort_indicator(self) -> None:
        keys = [c.key for c in self.model.columns()]
        column = next((keys.index(k) for k, v in SORTABLE.items() if v == self._sort), -1)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        self.panel.table.horizontalHeader().setSortIndicator(column, order)

    def clear_filters(self) -> None:
        for box in (self.status_combo, self.assignee_combo, self.follow_up_combo):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.mine.blockSignals(True)
        self.mine.setChecked(False)
        self.mine.blockSignals(False)
        self.assignee_combo.setEnabled(True)
        for picker in (self.category_filter, self.district_filter):
            picker.blockSignals(True)
            picker.set_value(None)
            picker.blockSignals(False)
        self.refresh()

    def load(self) -> None:
        self.list_message.hide()
        me = self.user.session.actor
        status, centre, actor = self.selected_status(), self.centre_code, me
        assignee = me.user_id if self.mine.isChecked() else (
            uuid.UUID(self.assignee_combo.currentData())
            if self.assignee_combo.currentData() else None)
        days = self.follow_up_combo.currentData()
        due_by = self.today() + timedelta(days=days) if days is not None else None
        category, district = self.category_filter.value(), self.district_filter.value()
        sort, descending = self._sort, self._descending
        # Counted with the first page only: scrolling on costs a page, not a count.
        self.model.set_query(lambda db, offset, limit: browse.case_page(
            db, offset=offset, limit=limit, status=status, centre_code=centre, actor=actor,
            assignee_id=assignee, category_code=category, district_code=district,
            follow_up_due_by=due_by, sort=sort, descending=descending, count=offset == 0))
        if not self._choices_loaded:
            self._load_choices()
        if self.pages.currentWidget() is self.form_page:
            for section in self.form.sections.values():
                section.mark_stale()
        elif not self._looked_for_drafts and self.user.may(Action.EDIT_CASE):
            self._look_for_drafts()

    def _load_choices(self) -> None:
        centre_id = self.user.session.actor.centre_id

        def job(ctx):
            return (categories.active_categories(ctx.database),
                    centres.list_centres(ctx.database),
                    centres.colleagues(ctx.database, centre_id))

        self.run(job, done=self._choices, label="case choices")

    def _choices(self, found) -> None:
        found_categories, found_centres, colleagues = found
        self._choices_loaded = True
        self._category_list = found_categories
        self.category_filter.set_choices(category_choices(found_categories))
        self.form.set_categories(found_categories)
        self._centres = {c.id: c for c in found_centres}
        centre_id = self.user.session.actor.centre_id
        if centre_id is not None:
            self._colleagues[centre_id] = colleagues
        chosen = self.assignee_combo.currentData()
        self.assignee_combo.blockSignals(True)
        while self.assignee_combo.count() > 1:
            self.assignee_combo.removeItem(1)
        for person in colleagues:
            self.assignee_combo.addItem(person.display_name, str(person.id))
        self.assignee_combo.setCurrentIndex(max(0, self.assignee_combo.findData(chosen)))
        self.assignee_combo.blockSignals(False)
        self._show_title()

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_request(CaseRequest(case_id=self.model.row_at(row).id))

    def clear_data(self) -> None:
        self.model.clear()
        self._forget_form()

    # ---- opening --------------------------------------------------------------------
    def open_request(self, request: CaseRequest) -> None:
        """Open a case, or start one from a contact (`navigator.request_case`)."""
        if self.locked or self._opening:
            return
        if self.pages.currentWidget() is self.form_page and self.has_unsaved_work():
            if request.case_id is not None and request.case_id == self.form.case_id:
                return   # already here, as typed
            self.ask_to_leave(lambda: self._open_now(request))
            return
        self._open_now(request)

    def _open_now(self, request: CaseRequest) -> None:
        if request.case_id is None and request.contact_id is None:
            self.new_case()
            return
        self.list_message.hide()
        self._opening = True
        session = self.user.session
        started = time.perf_counter()
        colleagues = dict(self._colleagues)
        choices = not self._choices_loaded

        def job(ctx):
            if request.case_id is not None:
                record = cases.open_case(ctx.database, session, request.case_id)
                if request.contact_id is not None:
                    cases.link_contact(ctx.database, session, request.contact_id, record.id)
                draft = case_drafts.draft_of_case(ctx.database, session, record.id)
            else:
                record = cases.new_case_from_contact(ctx.database, session, request.contact_id)
                draft = None
            found = None if record.centre_id in colleagues else centres.colleagues(
                ctx.database, record.centre_id)
            extra = (categories.active_categories(ctx.database),
                     centres.list_centres(ctx.database),
                     centres.colleagues(ctx.database, session.actor.centre_id)) \
                if choices else None
            return record, draft, found, extra

        self.run(job, done=lambda result: self._opened(*result, started=started),
                 failed=self._open_failed,
                 changes=("contacts",) if request.contact_id else (), label="open case")

    def _opened(self, record: CaseRecord, draft, colleagues, extra, *, started: float) -> None:
        self._opening = False
        if extra is not None:
            self._choices(extra)
        if colleagues is not None:
            self._colleagues[record.centre_id] = colleagues
        self._show_case(record, draft, restored=draft is not None)
        self.last_open_ms = (time.perf_counter() - started) * 1000
        log.info("case form shown %.1f ms after the request", self.last_open_ms)

    def _open_failed(self, error: BaseException) -> None:
        self._opening = False
        self.pages.setCurrentWidget(self.list_page)
        self.list_message.setText(messages.full_text(error))
        self.list_message.show()

    def new_case(self) -> None:
        """Alt+N: an empty form for the signed-in person's centre."""
        if self.locked or not self.user.may(Action.CREATE_CASE):
            return
        if self.pages.currentWidget() is self.form_page and self.has_unsaved_work():
            self.ask_to_leave(self._new_now)
            return
        self._new_now()

    def _new_now(self) -> None:
        centre_id = self.user.session.actor.centre_id
        if centre_id is None:
            self.list_message.setText(self.tr("Only staff of a centre open cases here; "
                                              "choose a case from the list."))
            self.list_message.show()
            return
        self.form.tabs.setCurrentIndex(0)
        self._show_case(CaseRecord(centre_id=centre_id), None, restored=False)

    def _show_case(self, record: CaseRecord, draft, *, restored: bool) -> None:
        self.form.set_colleagues(self._colleagues.get(record.centre_id, []))
        follow_ups = self.form.sections.get("follow_ups")
        if follow_ups is not None:
            follow_ups.set_colleagues(self._colleagues.get(record.centre_id, []))
        state = draft.form if draft is not None else None
        self.draft_id = draft.id if draft is not None else uuid.uuid4()
        self.form.show_record(record, state)
        quiet = draft is not None and draft.id == self._quiet_restore
        self._quiet_restore = None
        self.changed = draft is not None
        self.draft_stale = False
        self.form_message.hide()
        self._offer_duplicates({})
        if restored and not quiet:
            self.notice.setText(formatting.insert(self.tr(
                "Changes to this case were not saved; they are restored as last typed at "
                "%1. Save them (Ctrl+S), or discard them."),
                formatting.date_time(draft.saved_at)))
            self.notice.show()
        else:
            self.notice.hide()
        self.pages.setCurrentWidget(self.form_page)
        self.form.focus_first()
        self._show_title()
        self.autosave.start()
        if record.id is None and record.contact_id is not None:
            self.changed = True       # a case begun from a call: not to be lost unsaved
            self.draft_stale = True
            self.save_draft()

    def _show_title(self) -> None:
        record = self.form.record if hasattr(self, "form") else None
        if record is None:
            self.case_title.setText("")
            return
        if record.id is None:
            text = self.tr("New case")
        else:
            text = formatting.insert(self.tr("Case %1 · %2 · %3 risk"), record.reference,
                                     labels.label(labels.case_statuses, record.status),
                                     labels.label(labels.risk_levels, record.risk_level))
        self.case_title.setText(text + (" " + self.tr("(not saved)") if self.changed else ""))
        self.discard_button.setEnabled(self.changed)

    def _forget_form(self) -> None:
        """Back to the list; the form forgets the case (its draft is already queued)."""
        self.autosave.stop()
        self.changed = self.draft_stale = False
        self.draft_id = None
        self.notice.hide()
        self.form_message.hide()
        self._offer_duplicates({})
        self.form.forget()
        self.pages.setCurrentWidget(self.list_page)
        self._show_title()

    # ---- typing and drafts ----------------------------------------------------------
    def _edited(self) -> None:
        self.changed = True
        self.draft_stale = True
        self._show_title()

    def _typed(self) -> None:
        """A note or follow-up being typed: kept in the draft; not a change to the case
        (it is added on its own, and leaving asks about it through has_unsaved_work)."""
        self.draft_stale = True

    def has_unsaved_work(self) -> bool:
        return self.form.record is not None and (self.changed or self.form.has_typing())

    def save_draft(self) -> None:
        if self.form.record is None or not self.draft_stale or self._draft_saving \
                or self.locked or not self.user.may(Action.EDIT_CASE):
            return
        self._queue_draft(self.user.session)

    def _queue_draft(self, session) -> None:
        draft_id, case_id, state = self.draft_id, self.form.case_id, self.form.state()
        self._draft_saving = True
        self.draft_stale = False

        def saved(_result) -> None:
            self._draft_saving = False

        def failed(error: BaseException) -> None:
            self._draft_saving = False
            self.draft_stale = True
            self._status(self.tr("The draft could not be saved: %1")
                         .replace("%1", messages.full_text(error)))

        self.runner.run(lambda ctx: case_drafts.save_draft(ctx.database, session, draft_id,
                                                           case_id, state),
                        done=saved, failed=failed, label="save case draft", owner=self)

    def keep_unsaved_work(self) -> None:
        """Queue the form's draft with a copy of the session, before the desk locks, signs
        out or closes (the session loses its keys right after)."""
        if self.form.record is None or self.locked:
            return
        if self.changed or self.form.has_typing():
            self._quiet_restore = self.draft_id
            self._looked_for_drafts = False     # after unlocking, it comes back
            self._queue_draft(self.user.session.copy())

    def _announce_drafts(self) -> None:
        if self.locked or not self.user.may(Action.EDIT_CASE):
            return
        session = self.user.session
        self.run(lambda ctx: len(case_drafts.drafts(ctx.database, session)),
                 done=self._drafts_announced, label="case drafts")

    def _drafts_announced(self, count: int) -> None:
        if count and not self.isVisible():
            self._status(self.tr("%Ln case(s) you were typing had not been saved; kept on the "
                                 "Cases screen (Ctrl+3).", "", count), DRAFTS_MESSAGE_MS)

    def _look_for_drafts(self) -> None:
        self._looked_for_drafts = True
        session = self.user.session
        known = set(self._colleagues)   # a copy: the job runs on the runner's thread

        def job(ctx):
            found = case_drafts.drafts(ctx.database, session)
            if not found:
                return None
            newest = found[0]
            record = cases.open_case(ctx.database, session, newest.case_id) \
                if newest.case_id else None
            extra = None if record is None or record.centre_id in known else \
                centres.colleagues(ctx.database, record.centre_id)
            return newest, record, extra, len(found)

        self.run(job, done=self._drafts_found, failed=lambda e: log.warning(
            "case drafts could not be read: %s", type(e).__name__), label="case drafts")

    def _drafts_found(self, found) -> None:
        if found is None or self._opening or self.pages.currentWidget() is self.form_page:
            return
        draft, record, colleagues, _count = found
        if record is None:
            state = draft.form
            record = CaseRecord(
                centre_id=uuid.UUID(state["centre_id"]) if state.get("centre_id")
                else self.user.session.actor.centre_id,
                contact_id=uuid.UUID(state["contact_id"]) if state.get("contact_id")
                else None)
        if colleagues is not None:
            self._colleagues[record.centre_id] = colleagues
        self._show_case(record, draft, restored=True)

    # ---- saving ---------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: the case, its people and categories, in one transaction."""
        if self.form.record is None or self._saving or self.locked:
            return
        self.form.clear_messages()
        self.form_message.hide()
        problems = self.form.typing_problems()
        if problems:
            self.form.show_message(*problems[0])
            return
        record = self.form.to_record()
        kept = [p for p in record.persons if not p.removed]
        new_people = [n for n, p in enumerate(kept) if p.id is None]
        session, draft_id = self.user.session, self.draft_id
        typed = {key: section.state() for key, section in self.form.sections.items()}
        self._saving = True
        self.save_button.setEnabled(False)
        self.run(lambda ctx: cases.save_case(ctx.database, session, record, draft_id=draft_id),
                 done=lambda saved: self._saved(saved, typed, new_people),
                 failed=self._save_failed, changes=("cases", "contacts"), label="save case")

    def _saved(self, saved: CaseRecord, typed: dict, new_people: list[int]) -> None:
        self._saving = False
        then, self._after_save = self._after_save, None
        self.save_button.setEnabled(True)
        was_new = self.form.case_id is None
        # The contact is linked and the reason is in the history: neither goes again.
        saved = replace(saved, contact_id=None, status_reason=None)
        state = self.form.state_of(saved)
        state["sections"] = typed            # a note being typed stays as it is
        self.form.show_record(saved, state)
        self.changed = self.draft_stale = False
        self.draft_id = uuid.uuid4()          # the saved case's next draft
        self.notice.hide()
        self._show_title()
        self._status(formatting.insert(self.tr("Case %1 saved.") if not was_new
                                       else self.tr("Case %1 opened and saved."),
                                       saved.reference))
        if then is not None:
            then()
            return
        self._look_for_duplicates([saved.persons[n] for n in new_people
                                   if n < len(saved.persons)])

    def _save_failed(self, error: BaseException) -> None:
        """The core refused: its message beside the field; every value stays."""
        self._saving = False
        self._after_save = None
        self.save_button.setEnabled(True)
        text = messages.full_text(error)
        if isinstance(error, ValidationError) and self.form.show_message(error.field, text):
            return
        self.form_message.setText(text)
        self.form_message.show()

    def discard_changes(self) -> None:
        """Throw away what was typed since the case was last saved (asks first)."""
        if self.form.record is None or not self.changed:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Counsellor Workstation"),
                          self.tr("Discard the changes made since the case was last "
                                  "saved?"), parent=self)
        box.setObjectName("confirm-discard")
        discard = box.addButton(self.tr("&Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.finished.connect(lambda _r: self._discard_answered(box, discard))
        self.leave_box = box
        box.open()

    def _discard_answered(self, box: QMessageBox, discard: QPushButton) -> None:
        self.leave_box = None
        box.deleteLater()
        if box.clickedButton() is not discard:
            return
        case_id = self.form.case_id
        self._drop_draft()
        self._forget_form()
        if case_id is not None:
            self._open_now(CaseRequest(case_id=case_id))   # as it is stored

    def _drop_draft(self) -> None:
        session, draft_id = self.user.session, self.draft_id
        self.changed = self.draft_stale = False
        if draft_id is not None and self.user.may(Action.EDIT_CASE):
            self.runner.run(lambda ctx: case_drafts.discard(ctx.database, session, draft_id),
                            label="discard case draft", owner=self)

    # ---- leaving --------------------------------------------------------------------
    def back_to_list(self) -> None:
        """Esc: the list again; asks first when something typed is not saved."""
        if self.pages.currentWidget() is not self.form_page or self.leave_box is not None:
            return
        if self.has_unsaved_work():
            self.ask_to_leave(self._leave_now)
            return
        self._leave_now()

    def _leave_now(self) -> None:
        self._forget_form()
        self._looked_for_drafts = False    # another draft a crash left comes next
        self.refresh()
        self.panel.table.setFocus()

    def ask_to_leave(self, then) -> None:
        """Save, discard, or stay: the three answers to leaving a form with changes."""
        if self.leave_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Counsellor Workstation"),
                          self.tr("This case has changes that are not saved."), parent=self)
        box.setObjectName("confirm-leave")
        box.setInformativeText(self.tr("Save them before leaving the form?"))
        save = box.addButton(self.tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.finished.connect(lambda _r: self._leave_answered(box, save, discard, then))
        self.leave_box = box
        box.open()

    def _leave_answered(self, box, save, discard, then) -> None:
        self.leave_box = None
        box.deleteLater()
        clicked = box.clickedButton()
        if clicked is save:
            self._save_then(then)
        elif clicked is discard:
            self._drop_draft()
            then()

    def _save_then(self, then) -> None:
        """Save; go on only when the core took it (a refusal keeps the form, as typed).
        A note or follow-up typed and not added is not part of the save: the person is
        taken to it, so that it is added or cleared rather than left behind."""
        typing = [n for n, section in enumerate(self.form.sections.values(), start=3)
                  if section.has_typing()]
        if typing:
            self.form.tabs.setCurrentIndex(typing[0])
            self.form_message.setText(self.tr("Add what is typed here, or clear it, before "
                                              "leaving the case."))
            self.form_message.show()
            return
        if not self.changed:
            then()
            return
        self._after_save = then
        self.save()

    # ---- duplicates -----------------------------------------------------------------
    def _look_for_duplicates(self, people) -> None:
        """After a save, the people new to the desk are looked for among those recorded
        before: same phone or CNIC, or a similar name."""
        people = [p for p in people if p.name or p.phone or p.cnic]
        if not people:
            return
        session = self.user.session
        ids = [p.id for p in people]

        def job(ctx):
            return {person_id: duplicates.find_duplicates(ctx.database, session, person_id)
                    for person_id in ids}

        self.run(job, done=self._duplicates_found, label="find duplicates")

    def _duplicates_found(self, found: dict) -> None:
        offered = {}
        for position, person in enumerate(self.form.people.people):
            if person["id"] and uuid.UUID(person["id"]) in found and \
                    found[uuid.UUID(person["id"])]:
                offered[position] = found[uuid.UUID(person["id"])]
        self._offer_duplicates(offered)

    def _offer_duplicates(self, offered: dict) -> None:
        self._duplicates = offered
        if not offered:
            self.duplicates_notice.hide()
            self.compare_button.hide()
            return
        names = [self.form.people.people[n]["name"] or self.tr("(no name)") for n in offered]
        self.duplicates_notice.setText(formatting.insert(self.tr(
            "%1 may have been recorded before (same phone or CNIC, or a similar name)."),
            ", ".join(names)))
        self.duplicates_notice.show()
        self.compare_button.show()

    def _compare_offered(self) -> None:
        if self._duplicates:
            position = next(iter(self._duplicates))
            self._show_duplicates(position, self._duplicates[position])

    def find_duplicates(self, position: int) -> None:
        """Alt+D on the People tab: look for the chosen person among those recorded."""
        people = self.form.people.people
        if not 0 <= position < len(people) or not people[position]["id"]:
            return
        if self.changed:
            self.form_message.setText(self.tr("Save the case first (Ctrl+S), then look for "
                                              "duplicates."))
            self.form_message.show()
            return
        session, person_id = self.user.session, uuid.UUID(people[position]["id"])
        self.run(lambda ctx: duplicates.find_duplicates(ctx.database, session, person_id),
                 done=lambda found: self._duplicates_answer(position, found),
                 failed=lambda e: self._status(messages.full_text(e)), label="find duplicates")

    def _duplicates_answer(self, position: int, found) -> None:
        if not found:
            self._status(self.tr("Nobody recorded before matches this person."))
            return
        self._show_duplicates(position, found)

    def _show_duplicates(self, position: int, found) -> None:
        dialog = DuplicatesDialog(self.runner, self.user.session,
                                  self.form.people.people[position], found, parent=self)
        dialog.merged.connect(lambda _keep: self._merged())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.duplicates_dialog = dialog
        dialog.open()

    def _merged(self) -> None:
        self._offer_duplicates({})
        self._status(self.tr("The two records are now one; nothing of either was lost."))
        case_id = self.form.case_id
        if case_id is not None:
            self._open_now(CaseRequest(case_id=case_id))

    # ---- status bar -----------------------------------------------------------------
    def _status(self, text: str, milliseconds: int = STATUS_MESSAGE_MS) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, milliseconds)
