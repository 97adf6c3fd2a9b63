"""Referrals: find the right service in the caller's district in seconds, and refer a case.

Search as you type, in Urdu, English or Roman Urdu (`workstation.directory.search`:
typo-tolerant, spelling variants, any query text accepted): each keystroke restarts a
short timer and the search runs on the runner, so typing never waits for it; an answer
to an older query is dropped. Filters narrow by district, kind of service, people
served, language, open now, female staff and free of charge; the caller's district
(from the call screen's F7, or the case being referred) comes first.

The list (Model/View) shows the services; the pane beside it shows the chosen one:
phones (kept left to right in Urdu), address — a shelter's only for roles that may see
it — hours, languages, when it was last verified and where its details come from. Demo
entries say so in the list and in red in the pane.

Keyboard first: the search field has the focus; Down goes to the list, Up from its first
row back to the field; Enter on a service refers the case in "refer this case" mode;
Escape leaves that mode.

Refer mode (`start_referral(case_id)`, from the main window's `refer_case`): a banner
names the case, Refer… opens the consent check and the referral (`ReferDialog`), then
the slip (`ReferralSlipDialog`). Supervisors (Action.EDIT_DIRECTORY) also get Edit… and
the list of entries not verified for six months.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCollator, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation import reference
from workstation.directory import starting
from workstation.directory.search import SearchFilters, search_services
from workstation.documents.nearest_services import display_phone
from workstation.documents.urdu_text import has_arabic
from workstation.domain.permissions import Action
from workstation.services import directory_entries, referrals

from .. import fonts, formatting, i18n, labels, messages
from ..models.row_models import Column, LoadedTableModel
from ..runner import Cancelled
from ..widgets.list_panel import ListPanel
from ..widgets.search_picker import Choice, SearchPicker
from .base import Screen

SEARCH_DELAY_MS = 120      # after the last keystroke: a word typed at speed is one search
RESULTS = 200
DEMO_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #4a4f57;"
WARN_STYLE = "color: #8a4b00;"
BANNER_STYLE = ("QFrame#refer-banner { background: #e8f0fe; border: 1px solid #9db7e8;"
                " border-radius: 4px; }")


@dataclass(frozen=True)
class ListedService:
    """One row of the list, from a search hit or from the six-month list."""

    id: uuid.UUID
    name: str
    name_ur: str | None
    types: tuple[str, ...]
    district_codes: tuple[str, ...]
    in_caller_district: bool
    phones: tuple[str, ...]
    open_now: bool | None
    is_demo: bool
    confidential: bool
    assured_date: date | None = None


def _as_written(text: str) -> str:
    """An English address or source in the Urdu pane: kept in its own order, and the
    line still starts at the right like the rest of the pane."""
    if i18n.is_urdu() and text and not has_arabic(text):
        return formatting.left_to_right(text)
    return text


def type_names() -> dict[str, tuple[str, str]]:
    return {t.code: (t.name_en, t.name_ur) for t in starting.service_types()}


class ReferralsScreen(Screen):
    screen_id = "referrals"
    areas = frozenset({"directory"})

    def title(self) -> str:
        return self.tr("Referrals")

    # ---- building -------------------------------------------------------------------
    def build(self) -> None:
        self._generation = 0
        self._caller_district: str | None = None
        self._referring: referrals.CaseForReferral | None = None
        self._detail: directory_entries.ServiceDetail | None = None
        self._stale_view = False
        self.dialog = None     # the refer / slip / editor dialog open now (tests look)

        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("directory-search")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(200)
        self.search_label.setBuddy(self.search)
        self.district_label = QLabel(self)
        self.district = SearchPicker(self)
        self.district.setObjectName("district-filter")
        self.district_label.setBuddy(self.district)
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 3)
        top.addSpacing(8)
        top.addWidget(self.district_label)
        top.addWidget(self.district, 1)
        self.layout_.addLayout(top)

        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type-filter")
        self.people_combo = QComboBox(self)
        self.people_combo.setObjectName("people-filter")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language-filter")
        self.open_now = QCheckBox(self)
        self.open_now.setObjectName("open-now")
        self.female_staff = QCheckBox(self)
        self.female_staff.setObjectName("female-staff")
        self.free = QCheckBox(self)
        self.free.setObjectName("free")
        self.stale_button = QPushButton(self)
        self.stale_button.setObjectName("not-verified")
        self.stale_button.setCheckable(True)
        self.stale_button.setVisible(self.user.may(Action.EDIT_DIRECTORY))
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import-directory")
        self.import_button.setVisible(self.user.may(Action.EDIT_DIRECTORY))
        self.import_progress: QProgressDialog | None = None
        self.last_import = None     # the last import's report (tests look)
        # Replaced in tests (the system dialogs cannot be driven offscreen).
        self.ask_import_path: Callable[[], Path | None] = self._ask_import_path
        self.ask_import_valid: Callable[[object], bool] = self._ask_import_valid
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        filters = QHBoxLayout()
        for widget in (self.type_combo, self.people_combo, self.language_combo):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(widget)
        for widget in (self.open_now, self.female_staff, self.free):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        # A supervisor's two buttons go beside the search, whose field gives way, so
        # the filters still fit a 1280-pixel screen.
        top.addWidget(self.stale_button)
        top.addWidget(self.import_button)
        self.layout_.addLayout(filters)

        self.banner = QFrame(self)
        self.banner.setObjectName("refer-banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("refer-banner-text")
        self.banner_text.setWordWrap(True)
        self.cancel_referral_button = QPushButton(self.banner)
        self.cancel_referral_button.setObjectName("cancel-referral")
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.cancel_referral_button)
        self.banner.hide()
        self.layout_.addWidget(self.banner)

        self.model = LoadedTableModel(self.runner, self._columns(), label="directory",
                                      parent=self)
        self.panel = ListPanel(self.model, self._empty_text, parent=self)
        self.panel.table.installEventFilter(self)
        # The name takes what the short columns leave, so the list never scrolls
        # sideways beside the detail pane (in Urdu it did).
        header = self.panel.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.panel.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel.table.selectionModel().currentChanged.connect(self._current_changed)
        self.detail_pane = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([780, 320])
        self.layout_.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_search)
        # start(ms), not start(): a filter change starts the timer at 0, which would stay
        # the interval and search at every keystroke after it.
        self.search.textEdited.connect(lambda _t: self._timer.start(SEARCH_DELAY_MS))
        self.search.returnPressed.connect(self._focus_list)
        self.search.installEventFilter(self)
        self.district.value_changed.connect(lambda _c: self._filters_changed())
        for combo in (self.type_combo, self.people_combo, self.language_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        for box in (self.open_now, self.female_staff, self.free):
            box.toggled.connect(lambda _on: self._filters_changed())
        self.stale_button.toggled.connect(self._stale_toggled)
        self.import_button.clicked.connect(self.import_directory)
        self.cancel_referral_button.clicked.connect(self.cancel_referral)
        self.refer_button.clicked.connect(self.refer_chosen)
        self.edit_button.clicked.connect(self.edit_chosen)
        self.verify_button.clicked.connect(self.verify_chosen)
        self.model.rows_loaded.connect(self._rows_loaded)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_referral,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_detail(self) -> QWidget:
        pane = QWidget(self)
        pane.setObjectName("service-detail")
        self.detail_name = QLabel(pane)
        self.detail_name.setObjectName("detail-name")
        self.detail_name.setWordWrap(True)
        self.detail_organization = QLabel(pane)
        self.detail_organization.setObjectName("detail-organization")
        self.detail_organization.setWordWrap(True)
        self.demo_marker = QLabel(pane)
        self.demo_marker.setObjectName("demo-marker")
        self.demo_marker.setWordWrap(True)
        self.demo_marker.setStyleSheet(DEMO_STYLE)
        self.detail_form = QFormLayout()
        self.detail_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.detail_captions: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        for key in ("type", "phones", "address", "district", "hours", "languages",
                    "people", "terms", "verified", "source"):
            caption = QLabel(pane)
            value = QLabel(pane)
            value.setObjectName(f"detail-{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_captions[key] = caption
            self.detail_values[key] = value
            self.detail_form.addRow(caption, value)
        self.detail_values["phones"].setFont(fonts.table_font("en"))
        self.detail_description = QLabel(pane)
        self.detail_description.setObjectName("detail-description")
        self.detail_description.setWordWrap(True)
        self.detail_description.setStyleSheet(NOTE_STYLE)
        self.detail_hint = QLabel(pane)
        self.detail_hint.setObjectName("detail-hint")
        self.detail_hint.setWordWrap(True)
        self.detail_hint.setStyleSheet(NOTE_STYLE)
        self.refer_button = QPushButton(pane)
        self.refer_button.setObjectName("refer")
        self.edit_button = QPushButton(pane)
        self.edit_button.setObjectName("edit-entry")
        self.verify_button = QPushButton(pane)
        self.verify_button.setObjectName("mark-verified")
        for button in (self.refer_button, self.edit_button, self.verify_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.edit_button)
        inner = QWidget(pane)
        column = QVBoxLayout(inner)
        column.addWidget(self.detail_name)
        column.addWidget(self.detail_organization)
        column.addWidget(self.demo_marker)
        column.addLayout(self.detail_form)
        column.addWidget(self.detail_description)
        column.addWidget(self.detail_hint)
        column.addStretch(1)
        scroll = QScrollArea(pane)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._show_detail(None)
        return pane

    def _columns(self) -> list[Column]:
        return [
            # A demo entry says so first: a long name is cut off at its end.
            Column("service", lambda: self.tr("Service"), self._service_text),
            Column("type", lambda: self.tr("Type"), self._type_text),
            Column("district", lambda: self.tr("District"), self._district_text),
            Column("phone", lambda: self.tr("Phone"),
                   lambda r: formatting.left_to_right(display_phone(r.phones[0]))
                   if r.phones else ""),
            Column("open", lambda: self.tr("Open now"), self._open_text),
        ]

    def _service_text(self, row: ListedService) -> str:
        name = labels.bilingual(row.name, row.name_ur)
        if not row.is_demo:
            return name
        marker = self.tr("DEMO")
        return f"{marker} · {name}"

    # ---- texts of a row -------------------------------------------------------------
    def _type_text(self, row: ListedService) -> str:
        """The service's first kind (the pane lists them all): the list must fit."""
        names = type_names()
        kinds = [c for c in row.types if c in names and c != "helpline"] or list(row.types)
        if not kinds:
            return ""
        return labels.bilingual(*names[kinds[0]]) if kinds[0] in names else kinds[0]

    def _district_text(self, row: ListedService) -> str:
        if not row.district_codes:
            return self.tr("Nationwide")
        chosen = self._caller_code()
        first = chosen if chosen in row.district_codes else row.district_codes[0]
        name = labels.district(first)
        more = len(row.district_codes) - 1
        return name if more == 0 else formatting.insert(
            self.tr("%1 and %Ln more", "", more), name)

    def _open_text(self, row: ListedService) -> str:
        if row.open_now is None:
            return ""
        return self.tr("Open") if row.open_now else self.tr("Closed")

    # ---- state ----------------------------------------------------------------------
    def selected_district(self) -> str | None:
        return self.district.value()

    def _caller_code(self) -> str | None:
        return self.district.value() or self._caller_district

    def filters(self) -> SearchFilters:
        return SearchFilters(
            district=self.district.value(), service_type=self.type_combo.currentData(),
            people_served=self.people_combo.currentData(),
            language=self.language_combo.currentData(), open_now=self.open_now.isChecked(),
            female_staff=self.female_staff.isChecked(), free_of_charge=self.free.isChecked())

    @property
    def referring(self) -> referrals.CaseForReferral | None:
        return self._referring

    def chosen(self) -> ListedService | None:
        index = self.panel.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    # ---- requests from the window ---------------------------------------------------
    def show_district(self, code: str | None) -> None:
        """Show the services of one district (the caller's, from the call screen's F7);
        the search field keeps what was typed and takes the focus."""
        self._caller_district = code
        self.district.set_value(code)
        self._filters_changed()
        self._focus_search()

    def start_referral(self, case_id: uuid.UUID) -> None:
        """"Refer this case": the banner names the case, its district comes first."""
        session = self.user.session
        self.run(lambda ctx: referrals.case_for_referral(ctx.database, session, case_id),
                 done=self._referral_started, failed=self._show_failure,
                 label="case for a referral")

    def _referral_started(self, case: referrals.CaseForReferral) -> None:
        self._referring = case
        self.stale_button.setChecked(False)
        if case.district_code:
            self._caller_district = case.district_code
            self.district.set_value(case.district_code)
        self._show_banner()
        self._filters_changed()
        self._focus_search()

    def cancel_referral(self) -> None:
        if self._referring is None:
            return
        self._referring = None
        self._show_banner()
        self._show_detail(self._detail)

    def _show_banner(self) -> None:
        case = self._referring
        self.banner.setVisible(case is not None)
        if case is not None:
            self.banner_text.setText(formatting.insert(
                self.tr("Referring case %1: choose a service, then Refer (Enter)."),
                case.reference))
        self._show_detail(self._detail)

    # ---- searching ------------------------------------------------------------------
    def _filters_changed(self) -> None:
        if self._stale_view:
            self.refresh()   # the entries to verify, in the district now chosen
            return
        self._timer.start(0)

    def load(self) -> None:
        if self._stale_view:
            self._load_stale()
        else:
            self.run_search()

    def run_search(self) -> None:
        """Search for the text and filters as they stand; an older answer is dropped."""
        self._timer.stop()
        if self.locked:
            return
        self._generation += 1
        generation = self._generation
        query, filters = self.search.text(), self.filters()
        caller = self._caller_code()
        allowed = self.user.may(Action.SEE_CONFIDENTIAL_LOCATIONS)

        def job(ctx):
            hits = search_services(ctx.database, query, filters, caller_district=caller,
                                   may_see_confidential=allowed, limit=RESULTS)
            return [ListedService(h.service_id, h.name, h.name_ur, h.types, h.district_codes,
                                  h.in_caller_district, h.phones, h.open_now, h.is_demo,
                                  h.confidential) for h in hits]

        self.run(job, done=functools.partial(self._searched, generation),
                 failed=self.model.show_failure, label="directory search")

    def _searched(self, generation: int, rows: list[ListedService]) -> None:
        if generation != self._generation:
            return   # the person has typed on since
        self.model.show_rows(rows)

    def _stale_toggled(self, on: bool) -> None:
        self._stale_view = on
        for widget in (self.search, self.type_combo, self.people_combo, self.language_combo,
                       self.open_now, self.female_staff, self.free):
            widget.setEnabled(not on)
        self.refresh()

    def _load_stale(self) -> None:
        self._generation += 1
        generation = self._generation
        district, today = self.district.value(), self.context.today()

        def job(ctx):
            return [ListedService(s.id, s.name, s.name_ur, (), (s.district_code,)
                                  if s.district_code else (), False, (), None, s.is_demo,
                                  False, s.assured_date)
                    for s in directory_entries.stale_services(ctx.database, today=today,
                                                              district=district)]

        self.run(job, done=functools.partial(self._searched, generation),
                 failed=self.model.show_failure, label="entries not verified")

    def _fit_columns(self) -> None:
        """The short columns as wide as their text, up to a cap (a long kind such as
        "Ombudsperson for harassment at the workplace" is cut off with its whole text in
        the tooltip); the name gets the rest."""
        table = self.panel.table
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column, cap in ((1, 200), (2, 170), (3, 130), (4, 100)):
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            header.resizeSection(column, min(cap, max(table.sizeHintForColumn(column),
                                                      metrics.horizontalAdvance(title) + 28)))
        # Tell the panel its widths are set (as when a person drags one), so it does not
        # size them again over these.
        self.panel._dragged = True

    def _rows_loaded(self) -> None:
        if self.model.rowCount():
            self._fit_columns()
        self._show_count()
        if self.model.rowCount() and not self.panel.table.currentIndex().isValid():
            self._select_row(0)
        elif not self.model.rowCount():
            self._show_detail(None)

    def _select_row(self, row: int) -> None:
        table = self.panel.table
        table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    # ---- the chosen service ---------------------------------------------------------
    def _current_changed(self, current, _previous) -> None:
        row = self.chosen()
        if row is None:
            self._show_detail(None)
            return
        if self._detail is not None and self._detail.id == row.id:
            return
        session = self.user.session
        service_id = row.id
        self.run(lambda ctx: directory_entries.service_detail(ctx.database, session,
                                                              service_id),
                 done=self._detail_loaded, failed=self._show_failure, label="service detail")

    def _detail_loaded(self, detail: directory_entries.ServiceDetail) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.id != detail.id:
            return
        self._show_detail(detail)

    def _show_detail(self, detail: directory_entries.ServiceDetail | None) -> None:
        self._detail = detail
        has = detail is not None
        for widget in (self.detail_name, self.detail_organization, self.detail_description):
            widget.setVisible(has)
        self.demo_marker.setVisible(has and detail.is_demo)
        for key in self.detail_values:
            self.detail_captions[key].setVisible(has)
            self.detail_values[key].setVisible(has)
        self.refer_button.setVisible(self._referring is not None)
        self.refer_button.setEnabled(has and self._referring is not None
                                     and detail.status == "active")
        may_edit = self.user.may(Action.EDIT_DIRECTORY)
        self.edit_button.setVisible(may_edit)
        self.verify_button.setVisible(may_edit)
        self.edit_button.setEnabled(has)
        self.verify_button.setEnabled(has)
        self.detail_hint.setText(self.tr("Choose a service in the list to see it here.")
                                 if not has else "")
        self.detail_hint.setVisible(not has)
        if not has:
            return
        urdu = i18n.is_urdu()
        self.detail_name.setText(labels.bilingual(detail.name, detail.name_ur))
        self.detail_organization.setText(labels.bilingual(detail.organization,
                                                          detail.organization_ur))
        self.demo_marker.setText(self.tr("Demo entry: a fictitious service made for "
                                         "training. Do not refer a client to it."))
        values = self.detail_values
        names = type_names()
        kinds = [labels.bilingual(en, ur) or names.get(code, (code, code))[0]
                 for code, en, ur in detail.types]
        values["type"].setText(("، " if urdu else ", ").join(kinds))
        values["phones"].setText("\n".join(formatting.left_to_right(display_phone(p))
                                           for p in detail.phones)
                                 or self.tr("None on record"))
        # A helpline has no address to show: the row goes rather than say "none".
        has_place = detail.address is not None or detail.address_withheld
        self.detail_captions["address"].setVisible(has_place)
        values["address"].setVisible(has_place)
        if detail.address_withheld:
            values["address"].setText(self.tr("Confidential: only a supervisor may see it. "
                                              "Give the phone number."))
            values["address"].setStyleSheet(WARN_STYLE)
        else:
            values["address"].setText(_as_written(detail.address or ""))
            values["address"].setStyleSheet("")
        values["district"].setText(
            self.tr("Nationwide") if not detail.district_codes else
            ("، " if urdu else ", ").join(labels.district(c) for c in detail.district_codes[:6])
            + ("" if len(detail.district_codes) <= 6 else " …"))
        values["hours"].setText(self._hours_text(detail))
        values["languages"].setText(("، " if urdu else ", ").join(
            labels.label(labels.languages, code) for code in detail.languages)
            or self.tr("Not recorded"))
        people = {"women": self.tr("Women"), "children": self.tr("Children"),
                  "minorities": self.tr("Minorities"),
                  "disability": self.tr("Persons with disabilities"),
                  "transgender": self.tr("Transgender persons")}
        values["people"].setText(("، " if urdu else ", ").join(
            people.get(p, p) for p in detail.people_served) or self.tr("Everyone"))
        terms = [self.tr("Free of charge") if detail.free_of_charge else
                 self.tr("Fees may apply")]
        if detail.female_staff:
            terms.append(self.tr("Female staff available"))
        values["terms"].setText(("، " if urdu else ", ").join(terms))
        today = self.context.today()
        if detail.assured_date is None:
            values["verified"].setText(self.tr("Never"))
        else:
            values["verified"].setText(formatting.short_date(detail.assured_date))
        stale = not detail.verified_within(today)
        values["verified"].setStyleSheet(WARN_STYLE if stale else "")
        if stale:
            values["verified"].setText(values["verified"].text() + "  ·  " + self.tr(
                "not verified for six months: check the number before giving it"))
        values["source"].setText(_as_written(detail.source) if detail.source
                                 else self.tr("Not recorded"))
        self.detail_description.setText(_as_written(detail.description or ""))
        self.detail_description.setVisible(bool(detail.description))

    def _hours_text(self, detail: directory_entries.ServiceDetail) -> str:
        found = []
        for hours in detail.hours:
            if hours.opens_at is None or hours.closes_at is None:
                continue
            days = [d for d in (hours.days or "").split(",") if d]
            if (not days or len(days) == 7) and hours.opens_at.hour == 0 and \
                    hours.opens_at.minute == 0 and hours.closes_at.hour == 23:
                found.append(self.tr("Open day and night, every day"))
                continue
            day_names = {"MO": self.tr("Mon"), "TU": self.tr("Tue"), "WE": self.tr("Wed"),
                         "TH": self.tr("Thu"), "FR": self.tr("Fri"), "SA": self.tr("Sat"),
                         "SU": self.tr("Sun")}
            span = "" if not days or len(days) == 7 else (
                f"{day_names.get(days[0], days[0])}–{day_names.get(days[-1], days[-1])}"
                if len(days) > 2 else ", ".join(day_names.get(d, d) for d in days))
            times = formatting.left_to_right(
                f"{hours.opens_at:%H:%M}–{hours.closes_at:%H:%M}")
            found.append(f"{span} {times}".strip())
        return "\n".join(found) or self.tr("Not recorded: ask by phone")

    # ---- acting on the chosen service -----------------------------------------------
    def refer_chosen(self) -> None:
        if self._referring is None or self._detail is None or self.locked:
            return
        from ..dialogs.referral import ReferDialog

        dialog = ReferDialog(self.runner, self.user, self._referring, self._detail,
                             today=self.context.today, parent=self.window())
        dialog.referred.connect(self._referred)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _referred(self, referral_id: uuid.UUID) -> None:
        from ..dialogs.referral_slip import ReferralSlipDialog

        self._referring = None
        self._show_banner()
        dialog = ReferralSlipDialog(self.runner, self.user, referral_id,
                                    today=self.context.today, parent=self.window())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def edit_chosen(self) -> None:
        if self._detail is None or not self.user.may(Action.EDIT_DIRECTORY):
            return
        from ..dialogs.directory_entry import ServiceEditorDialog

        dialog = ServiceEditorDialog(self.runner, self.user, self._detail.id,
                                     parent=self.window())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def verify_chosen(self) -> None:
        if self._detail is None or not self.user.may(Action.EDIT_DIRECTORY):
            return
        session, service_id, today = self.user.session, self._detail.id, self.context.today()
        self._detail = None
        self.run(lambda ctx: directory_entries.mark_verified(ctx.database, session,
                                                             service_id, on=today),
                 done=lambda _d: self._current_changed(None, None),
                 failed=self._show_failure, changes={"directory", "audit"},
                 label="mark verified")

    def _show_failure(self, error: BaseException) -> None:
        self.detail_hint.setText(messages.full_text(error))
        self.detail_hint.setVisible(True)

    # ---- importing a partner's file ---------------------------------------------------
    def import_directory(self, *, path: Path | None = None, valid_only: bool = False) -> None:
        """An HSDS file (JSON, or a CSV package's datapackage.json or one of its CSVs):
        checked whole first, written in one transaction with a progress bar; Stop undoes
        it. With errors nothing is written and the first of them are shown, with the
        choice to import the valid records only."""
        if not self.user.may(Action.EDIT_DIRECTORY) or self.locked:
            return
        path = path or self.ask_import_path()
        if path is None:
            return
        progress = QProgressDialog(self.tr("Importing the directory…"), self.tr("Stop"),
                                   0, 1000, self.window())
        progress.setObjectName("import-progress")
        progress.setWindowTitle(self.tr("Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.import_progress = progress
        session = self.user.session
        shown = [0]

        def job(ctx):
            reported = [0]

            def advanced(done: int, total: int) -> None:
                step = done * 1000 // max(total, 1)
                if step > reported[0]:
                    ctx.progress(step - reported[0])   # also stops the import on Stop
                    reported[0] = step

            return directory_entries.import_file(ctx.database, session, path,
                                                 valid_only=valid_only, progress=advanced)

        def advanced(amount: int) -> None:
            shown[0] += amount
            progress.setValue(min(shown[0], 999))

        task = self.runner.run(job, done=lambda report: self._imported(path, report),
                               failed=self._import_failed, progressed=advanced,
                               changes={"directory", "audit"}, label="import a directory",
                               owner=self)
        progress.canceled.connect(task.cancel)

    def _close_import_progress(self) -> None:
        if self.import_progress is not None:
            self.import_progress.close()
            self.import_progress.deleteLater()
            self.import_progress = None

    def _imported(self, path: Path, report) -> None:
        self._close_import_progress()
        self.last_import = report
        if report.errors and not report.written:
            if self.ask_import_valid(report):
                self.import_directory(path=path, valid_only=True)
            return
        self.detail_hint.setText(self.tr("%Ln service(s) imported.", "", report.services))
        self.detail_hint.setVisible(True)

    def _import_failed(self, error: BaseException) -> None:
        self._close_import_progress()
        if isinstance(error, Cancelled):
            self.detail_hint.setText(self.tr("The import was stopped: nothing was imported."))
        else:
            self.detail_hint.setText(messages.full_text(error))
        self.detail_hint.setVisible(True)

    def _ask_import_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a directory (HSDS 3.0)"), str(Path.home()),
            self.tr("HSDS files (*.json *.csv)"))
        return Path(name) if name else None

    def _ask_import_valid(self, report) -> bool:
        problems = "\n".join(str(p) for p in report.errors[:8])
        more = len(report.errors) - 8
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), self.tr(
            "The file has %Ln error(s); nothing was imported.", "", len(report.errors)),
            parent=self.window())
        box.setInformativeText(problems + (("\n" + self.tr("… and %Ln more.", "", more))
                                           if more > 0 else ""))
        valid = box.addButton(self.tr("Import the valid records"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is valid

    # ---- keyboard -------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_list(self) -> None:
        if self.model.rowCount():
            self.panel.table.setFocus()
            if not self.panel.table.currentIndex().isValid():
                self._select_row(0)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self._focus_list()
                return True
            if watched is self.panel.table:
                if key == Qt.Key.Key_Up and self.panel.table.currentIndex().row() <= 0:
                    self._focus_search()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if self._referring is not None:
                        self.refer_chosen()
                    return True
        return super().eventFilter(watched, event)

    # ---- filling the filters --------------------------------------------------------
    def _fill_filters(self) -> None:
        collator = QCollator(i18n.locale())
        names = {d.code: labels.district(d.code) for d in reference.districts()}
        codes = sorted(names, key=functools.cmp_to_key(
            lambda a, b: collator.compare(names[a], names[b])))
        districts = reference.districts_by_code()
        self.district.set_choices([Choice(code, names[code], " ".join(
            (districts[code].name_en, districts[code].name_ur, *districts[code].aliases)))
            for code in codes])
        self._fill_combo(self.type_combo, self.tr("Any kind of service"),
                         [(t.code, labels.bilingual(t.name_en, t.name_ur))
                          for t in starting.service_types()])
        self._fill_combo(self.people_combo, self.tr("Serving anyone"), [
            ("women", self.tr("Women")), ("children", self.tr("Children")),
            ("minorities", self.tr("Minorities")),
            ("disability", self.tr("Persons with disabilities")),
            ("transgender", self.tr("Transgender persons"))])
        self._fill_combo(self.language_combo, self.tr("Any language"), [
            (code, name) for code, name in labels.languages().items() if code != "other"])

    @staticmethod
    def _fill_combo(combo: QComboBox, anything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    # ---- language -------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr(
            "Service, need or place, in Urdu, English or Roman Urdu (thana, darul aman…)"))
        self.district_label.setText(self.tr("&District:"))
        self.district.setPlaceholderText(self.tr("All districts"))
        self.open_now.setText(self.tr("&Open now"))
        self.female_staff.setText(self.tr("&Female staff"))
        self.free.setText(self.tr("Fr&ee"))
        self.stale_button.setText(self.tr("Not &verified for six months"))
        self.import_button.setText(self.tr("&Import…"))
        self.cancel_referral_button.setText(self.tr("Cancel the referral"))
        self.refer_button.setText(self.tr("&Refer…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.verify_button.setText(self.tr("&Mark verified today"))
        captions = {"type": self.tr("Kind:"), "phones": self.tr("Phone:"),
                    "address": self.tr("Address:"), "district": self.tr("Serves:"),
                    "hours": self.tr("Hours:"), "languages": self.tr("Languages:"),
                    "people": self.tr("For:"), "terms": self.tr("Terms:"),
                    "verified": self.tr("Last verified:"), "source": self.tr("Source:")}
        for key, text in captions.items():
            self.detail_captions[key].setText(text)
        self.detail_name.setFont(fonts.display_font(i18n.current_language(), scale=1.15))
        self._fill_filters()
        self._show_banner()
        self._show_count()

    def _empty_text(self) -> str:
        if self._stale_view:
            return self.tr("Every entry has been verified in the last six months.")
        if self.search.text().strip():
            return formatting.insert(self.tr("Nothing found for “%1”. Try fewer words, "
                                             "another spelling or fewer filters."),
                                     self.search.text().strip())
        if self.selected_district():
            return self.tr("The directory has no services in %1.").replace(
                "%1", labels.district(self.selected_district()))
        return self.tr("The directory is empty.")

    def _show_count(self, *_args) -> None:
        if not self.model.loaded_once:
            self.count_label.setText("")
            return
        total = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln service(s)", "", total) if total < RESULTS else
                                 self.tr("the best %Ln", "", total))

    def clear_data(self) -> None:
        self._generation += 1
        self.model.clear()
        self.search.clear()
        self._referring = None
        self.banner.hide()
        self._show_detail(None)
