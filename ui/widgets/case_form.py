"""The confidential case form: one case from the first call to closure, in tabs.

1 Case (reference, status with its reason, risk, who works on it, centre, restricted,
incident date, district and city, the account), 2 People (client, caller, alleged
perpetrators with their GBVIMS relationship, household members: names, numbers, CNIC,
address and date of birth — sealed by the core — sex, age, district, vulnerability
markers, safety flags), 3 Categories (the primary one and further ones, with their
Child Helpline International and GBVIMS classes), then the case's legal process, notes,
follow-ups, consent, referrals and history (`case_sections`). Alt+1 … Alt+9 choose a
tab, on Urdu keyboards too; Ctrl+S saves; Esc goes back to the list.

The first three tabs are what Ctrl+S saves; the form holds their values, typed as they
are, and hands the screen a `state()` for the encrypted draft (saved every few seconds)
and a `CaseRecord` for the core. A value the core refuses is named by its field
("persons[1].cnic"), and the form shows the core's message beside that field, in the
UI language, having brought its tab (and person) into view. Nothing is cleared on a
refusal.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import replace
from functools import cache

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation import reference
from workstation.domain.case_status import ALLOWED
from workstation.domain.cnic import format_cnic
from workstation.domain.phone import display_phone
from workstation.domain.vocab import (
    AGE_BANDS,
    RELATIONSHIPS,
    CaseStatus,
    PersonRole,
    RiskLevel,
    SafetyFlag,
    Vulnerability,
)
from workstation.services.cases import CaseRecord, PersonOnCase
from workstation.services.categories import CategoryChoice
from workstation.services.centres import Colleague

from .. import fonts, formatting, i18n, labels
from ..models.row_models import Column, LoadedTableModel
from .form import Form, FormNote
from .list_panel import ROW_PADDING, ListPanel
from .search_picker import Choice, SearchPicker
from .typed_fields import (
    SHORT_FIELD,
    ControlGuard,
    DateField,
    TextBox,
    left_to_right_edit,
    parse_date,
)

NARRATIVE_LINES = 6
VULNERABILITY_COLUMNS = 4
PEOPLE_SHOWN = 3
FURTHER_SHOWN = 5
REASON_LINES = 2
ADDRESS_LINES = 1
STATE_VERSION = 1
# The tabs Ctrl+S saves, in this order: a field's message brings its tab forward.
CASE_TAB, PEOPLE_TAB, CATEGORIES_TAB = 0, 1, 2


def combo(parent: QWidget, codes, *, empty: bool = True) -> QComboBox:
    box = QComboBox(parent)
    if empty:
        box.addItem("", None)
    for code in codes:
        box.addItem("", str(code))
    return box


def set_combo(box: QComboBox, code) -> None:
    box.setCurrentIndex(max(box.findData(None if code is None else str(code)), 0))


def label_combo(box: QComboBox, table, empty_text: str) -> None:
    for position in range(box.count()):
        code = box.itemData(position)
        box.setItemText(position, empty_text if code is None else labels.label(table, code))


def district_choices() -> list[Choice]:
    urdu = i18n.is_urdu()
    return [Choice(d.code, d.name_ur if urdu else d.name_en,
                   " ".join((d.name_en, d.name_ur, *d.aliases)))
            for d in reference.districts()]


def category_choices(categories: list[CategoryChoice]) -> list[Choice]:
    arrow = " ‹ " if i18n.is_urdu() else " › "
    return [Choice(c.code, labels.bilingual(c.parent_en, c.parent_ur) + arrow
                   + labels.bilingual(c.name_en, c.name_ur)
                   if c.parent_en else labels.bilingual(c.name_en, c.name_ur),
                   " ".join(filter(None, (c.name_en, c.name_ur, c.parent_en, c.parent_ur))))
            for c in categories]


@cache
def taxonomy() -> dict[str, reference.CategoryDef]:
    """The shipped taxonomy with its classifications, by code."""
    return {c.code: c for c in reference.load_categories()}


def colleague_text(person: Colleague) -> str:
    """A colleague and their role; the name kept whole whichever script it is in."""
    return f"\u2068{person.display_name}\u2069 — {labels.label(labels.roles, person.role)}"


def picker_value(picker: SearchPicker) -> str | None:
    """The chosen code, or the text typed when it names nothing (kept, for the message)."""
    return picker.value() or (picker.text().strip() or None)


def _uuid(value) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


# ---- people ------------------------------------------------------------------------------

def person_state(person: PersonOnCase) -> dict:
    """A person as the form holds them: text as typed, shown as people read it."""
    return {
        "id": str(person.id) if person.id else None,
        "link_id": str(person.link_id) if person.link_id else None,
        "role": person.role, "relationship": person.relationship,
        "name": person.name or "",
        "phone": display_phone(person.phone) if person.phone else "",
        "cnic": format_cnic(person.cnic) if person.cnic and len(person.cnic) == 13
        and person.cnic.isdigit() else (person.cnic or ""),
        "address": person.address or "",
        "birth_date": person.birth_date.strftime("%d/%m/%Y") if person.birth_date else "",
        "sex": person.sex, "age_band": person.age_band,
        "district_code": person.district_code,
        "vulnerabilities": list(person.vulnerabilities),
        "safety_flags": list(person.safety_flags),
        "removed": person.removed, "unreadable": list(person.unreadable),
    }


def new_person_state(role: str = PersonRole.CLIENT) -> dict:
    return person_state(PersonOnCase(role=role))


class PeopleSection(QWidget):
    """The people on the case: a list, and the chosen one's details below it."""

    changed = Signal()
    duplicates_requested = Signal(int)   # the position of the person to look for

    def __init__(self, form: CaseForm):
        super().__init__(form)
        self.form = form
        self.people: list[dict] = []
        self._shown = -1
        self._loading = False
        self.model = LoadedTableModel(form.runner, self._columns(), label="people on the case",
                                      parent=self)
        self.panel = ListPanel(self.model, lambda: self.tr(
            "Nobody is on this case yet: add the client with Alt+A."), parent=self)
        self.panel.setObjectName("people")
        self.panel.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.show_person(current.row()))
        self.list_label = QLabel(self)
        self.list_label.setBuddy(self.panel.table)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add-person")
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove-person")
        self.remove_button.clicked.connect(self.remove_person)
        self.duplicates_button = QPushButton(self)
        self.duplicates_button.setObjectName("find-duplicates")
        self.duplicates_button.clicked.connect(
            lambda: self.duplicates_requested.emit(self._shown))

        self.editor = QGroupBox(self)
        self.left = Form(self.editor)
        self.right = Form(self.editor)
        self.role = self.left.add("role", combo(self, PersonRole, empty=False))
        # Beside the role it depends on; five rows a side keep the Urdu form in view.
        self.relationship = self.right.add("relationship", combo(self, RELATIONSHIPS))
        self.name = self.left.add("name", QLineEdit(self))
        self.name.setMaxLength(SHORT_FIELD)
        self.phone = self.left.add("phone", left_to_right_edit(self))
        self.cnic = self.left.add("cnic", left_to_right_edit(self))
        self.birth_date = self.left.add("birth_date", DateField(self))
        self.sex = self.right.add("sex", combo(self, ("f", "m", "x")))
        self.age_band = self.right.add("age_band", combo(self, AGE_BANDS))
        self.district = self.right.add("district_code", SearchPicker(self))
        self.address = self.right.add("address", TextBox(self, accepts=500))
        self.vulnerability_box = QWidget(self)
        self.vulnerability_checks: dict[str, QCheckBox] = {}
        grid = QGridLayout(self.vulnerability_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for n, marker in enumerate(Vulnerability):
            check = QCheckBox(self.vulnerability_box)
            check.setObjectName(f"vulnerability-{marker.value}")
            self.vulnerability_checks[marker.value] = check
            grid.addWidget(check, n // VULNERABILITY_COLUMNS, n % VULNERABILITY_COLUMNS)
            check.toggled.connect(self._edited)
        self.vulnerability_caption = QLabel(self)
        self.safety_box = QWidget(self)
        self.safety_checks: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self.safety_box)
        row.setContentsMargins(0, 0, 0, 0)
        for flag in SafetyFlag:
            check = QCheckBox(self.safety_box)
            check.setObjectName(f"safety-{flag.value}")
            self.safety_checks[flag.value] = check
            row.addWidget(check)
            check.toggled.connect(self._edited)
        row.addStretch(1)
        self.safety_caption = QLabel(self)
        self.messages = (self.left, self.right)
        columns = QHBoxLayout()
        columns.addLayout(self.left.layout, 1)
        columns.addLayout(self.right.layout, 1)
        # The markers as rows with their caption beside them, not above: the Urdu form
        # (taller lines) must fit an 800-pixel window with the list above it.
        markers = Form(self.editor)
        markers.layout.addRow(self.vulnerability_caption, self.vulnerability_box)
        markers.layout.addRow(self.safety_caption, self.safety_box)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(columns)
        editor_layout.addLayout(markers.layout)

        buttons = QHBoxLayout()
        buttons.addWidget(self.list_label, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.duplicates_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.editor)

        for box in (self.role, self.relationship, self.sex, self.age_band):
            box.currentIndexChanged.connect(self._edited)
        for edit in (self.name, self.phone, self.cnic, self.birth_date):
            edit.textEdited.connect(self._edited)
        self.address.textChanged.connect(self._edited)
        self.district.textChanged.connect(self._edited)
        self.role.currentIndexChanged.connect(self._show_relationship)
        for edit in (self.name, self.phone, self.cnic, self.address):
            form.guard.watch(edit)
        self.retranslate_ui()
        self._show_person_editor()

    def _columns(self) -> list[Column]:
        return [
            Column("role", lambda: self.tr("Role"),
                   lambda p: labels.label(labels.person_roles, p["role"])),
            Column("name", lambda: self.tr("Name"), lambda p: self._name_text(p)),
            Column("phone", lambda: self.tr("Phone"),
                   lambda p: formatting.left_to_right(p["phone"])),
            Column("district", lambda: self.tr("District"),
                   lambda p: labels.district(p["district_code"])),
            Column("markers", lambda: self.tr("Vulnerability"),
                   lambda p: ", ".join(labels.label(labels.vulnerabilities, v)
                                       for v in p["vulnerabilities"])),
        ]

    def _name_text(self, person: dict) -> str:
        name = person["name"] or self.tr("(no name)")
        if person["removed"]:
            return self.tr("%1 — taken off the case when saved").replace("%1", name)
        if not person["id"]:
            return self.tr("%1 (new)").replace("%1", name)
        return name

    # ---- values ---------------------------------------------------------------------
    def set_people(self, people: list[dict]) -> None:
        self.people = [dict(p) for p in people]
        self._shown = -1
        self._refresh_list()
        if self.people:
            self.select(0)
        else:
            self._show_person_editor()

    def _refresh_list(self) -> None:
        self.model.show_rows(self.people)

    def select(self, position: int) -> None:
        if 0 <= position < len(self.people):
            # Not selectRow: in a right-to-left table it looks for the row's first cell
            # past the viewport's edge and selects nothing.
            self.panel.table.setCurrentIndex(self.model.index(position, 0))
            self.show_person(position)

    def show_person(self, position: int) -> None:
        if position == self._shown or not 0 <= position < len(self.people):
            if not self.people:
                self._shown = -1
                self._show_person_editor()
            return
        self._shown = position
        person = self.people[position]
        self._loading = True
        try:
            set_combo(self.role, person["role"])
            set_combo(self.relationship, person["relationship"])
            self.name.setText(person["name"])
            self.phone.setText(person["phone"])
            self.cnic.setText(person["cnic"])
            self.birth_date.setText(person["birth_date"])
            set_combo(self.sex, person["sex"])
            set_combo(self.age_band, person["age_band"])
            self.district.set_value(person["district_code"])
            self.address.setPlainText(person["address"])
            for marker, check in self.vulnerability_checks.items():
                check.setChecked(marker in person["vulnerabilities"])
            for flag, check in self.safety_checks.items():
                check.setChecked(flag in person["safety_flags"])
            for form in self.messages:
                form.clear_messages()
        finally:
            self._loading = False
        self._show_person_editor()

    def _show_person_editor(self) -> None:
        shown = 0 <= self._shown < len(self.people)
        self.editor.setEnabled(shown and not self.people[self._shown]["removed"])
        self.remove_button.setEnabled(shown)
        saved = shown and bool(self.people[self._shown]["id"])
        self.duplicates_button.setEnabled(saved)
        removed = shown and self.people[self._shown]["removed"]
        self.remove_button.setText(self.tr("&Keep on the case") if removed
                                   else self.tr("Ta&ke off the case"))
        self._show_relationship()

    def _show_relationship(self, *_args) -> None:
        perpetrator = self.role.currentData() == PersonRole.PERPETRATOR
        self.relationship.setEnabled(perpetrator)
        self.right.captions["relationship"].setEnabled(perpetrator)

    def _edited(self, *_args) -> None:
        if self._loading or not 0 <= self._shown < len(self.people):
            return
        person = self.people[self._shown]
        person["role"] = self.role.currentData()
        # A relationship is the alleged perpetrator's to the survivor: kept only for them.
        person["relationship"] = self.relationship.currentData() \
            if person["role"] == PersonRole.PERPETRATOR else None
        person["name"] = self.name.text()
        person["phone"] = self.phone.text()
        person["cnic"] = self.cnic.text()
        person["birth_date"] = self.birth_date.text()
        person["sex"] = self.sex.currentData()
        person["age_band"] = self.age_band.currentData()
        person["district_code"] = picker_value(self.district)
        person["address"] = self.address.toPlainText()
        person["vulnerabilities"] = [m for m, c in self.vulnerability_checks.items()
                                     if c.isChecked()]
        person["safety_flags"] = [f for f, c in self.safety_checks.items() if c.isChecked()]
        self.model.dataChanged.emit(self.model.index(self._shown, 0),
                                    self.model.index(self._shown, self.model.columnCount() - 1))
        self.changed.emit()

    def add_person(self) -> None:
        role = PersonRole.CLIENT if not any(
            p["role"] == PersonRole.CLIENT and not p["removed"] for p in self.people) \
            else PersonRole.PERPETRATOR
        self.people.append(new_person_state(role))
        self._refresh_list()
        self.select(len(self.people) - 1)
        self.name.setFocus()
        self.changed.emit()

    def remove_person(self) -> None:
        if not 0 <= self._shown < len(self.people):
            return
        person = self.people[self._shown]
        if not person["id"]:
            # Never saved: nothing to keep on record.
            del self.people[self._shown]
            self._shown = -1
            self._refresh_list()
            self.select(min(len(self.people) - 1, max(0, self._shown)))
            if not self.people:
                self._show_person_editor()
        else:
            person["removed"] = not person["removed"]
            self.model.dataChanged.emit(self.model.index(self._shown, 0),
                                        self.model.index(self._shown, 1))
            self._show_person_editor()
        self.changed.emit()

    def current(self) -> int:
        return self._shown

    def show_message(self, position: int, key: str, text: str) -> bool:
        if not 0 <= position < len(self.people):
            return False
        self.select(position)
        if key in ("", None):
            key = "name"
        return any(form.show_message(key, text) for form in self.messages)

    def clear_messages(self) -> None:
        for form in self.messages:
            form.clear_messages()

    def unmatched(self) -> list[tuple[int, str]]:
        """Districts typed that name no district, by person."""
        return [(n, "district_code") for n, p in enumerate(self.people)
                if not p["removed"] and p["district_code"]
                and p["district_code"] not in reference.districts_by_code()]

    def retranslate_ui(self) -> None:
        self._loading = True
        try:
            self.list_label.setText(self.tr("People on the case:"))
            self.add_button.setText(self.tr("&Add person"))
            self.duplicates_button.setText(self.tr("Find &duplicates"))
            self.editor.setTitle(self.tr("The chosen person"))
            captions = {**self.left.captions, **self.right.captions}
            captions["role"].setText(self.tr("&Role:"))
            captions["relationship"].setText(self.tr("Relations&hip:"))
            captions["name"].setText(self.tr("&Name:"))
            captions["phone"].setText(self.tr("&Phone:"))
            captions["cnic"].setText(self.tr("&CNIC:"))
            captions["birth_date"].setText(self.tr("Date of &birth:"))
            captions["sex"].setText(self.tr("Se&x:"))
            captions["age_band"].setText(self.tr("Ag&e:"))
            captions["district_code"].setText(self.tr("Dis&trict:"))
            captions["address"].setText(self.tr("Addre&ss:"))
            self.cnic.setPlaceholderText("12345-1234567-1")
            self.phone.setPlaceholderText("0300-1234567")
            self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
            self.district.setPlaceholderText(self.tr("Type part of the name"))
            label_combo(self.role, labels.person_roles, "")
            label_combo(self.relationship, labels.relationships,
                        self.tr("(to the survivor: not chosen)"))
            label_combo(self.sex, labels.sexes, self.tr("(not known)"))
            for position in range(1, self.age_band.count()):
                band = self.age_band.itemData(position)
                self.age_band.setItemText(position, self.tr("%1 years").replace("%1", band))
            self.age_band.setItemText(0, self.tr("(not known)"))
            self.vulnerability_caption.setText(self.tr("Vulnerability:"))
            for marker, check in self.vulnerability_checks.items():
                check.setText(labels.label(labels.vulnerabilities, marker))
            self.safety_caption.setText(self.tr("Safety:"))
            self.safety_box.setToolTip(self.tr("Shown first on every call from this person."))
            for flag, check in self.safety_checks.items():
                check.setText(labels.label(labels.safety_flags, flag))
            self.district.set_choices(district_choices())
            self.address.setFixedHeight(
                self.address.fontMetrics().lineSpacing() * ADDRESS_LINES + 12)
            # The client, the caller and one more in view without scrolling.
            row = QFontMetrics(fonts.table_font(i18n.current_language())).height() \
                + ROW_PADDING
            self.panel.setMinimumHeight(row * (PEOPLE_SHOWN + 1) + 4)
        finally:
            self._loading = False
        self._show_person_editor()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# ---- the form ----------------------------------------------------------------------------

class CaseForm(QWidget):
    """Everything of one case. `host` runs the core's jobs (the Cases screen)."""

    changed = Signal()                 # the case differs from the one saved (Ctrl+S)
    typed = Signal()                   # a section's editor changed: only the draft is old
    refer_requested = Signal(object)   # a case id: the referral lookup answers

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("case-form")
        self.host = host
        self.runner = host.runner
        self.record: CaseRecord | None = None
        self._shown_case: uuid.UUID | None = None
        self._loading = False
        self._categories: list[CategoryChoice] = []
        self._colleagues: list[Colleague] = []
        self.guard = ControlGuard(self._controls_removed, self._paste_refused, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case-tabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self._build_case_tab()
        self.people = PeopleSection(self)
        self.people.changed.connect(self._edited)
        self._build_categories_tab()
        self.pages: list[QWidget] = []
        self.sections: dict = {}
        self._add_tab(self._scrolled(self.case_page), "case")
        self._add_tab(self._scrolled(self.people), "people")
        self._add_tab(self._scrolled(self.categories_page), "categories")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def add_section(self, section, key: str) -> None:
        """A further tab (legal process, notes …) from case_sections: it loads its own
        lists when first shown, and its editors' text goes into the draft too."""
        self.sections[key] = section
        section.changed.connect(self._typed)
        self._add_tab(self._scrolled(section), key)
        self._title_tabs()

    def _add_tab(self, widget: QWidget, key: str) -> None:
        widget.setObjectName(f"tab-{key}")
        self.pages.append(widget)
        self.tabs.addTab(widget, "")

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        """Every tab scrolls: the Urdu form, whose lines are taller, must fit 800 pixels."""
        area = QScrollArea(self)
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area

    # ---- tab 1: the case ------------------------------------------------------------
    def _build_case_tab(self) -> None:
        page = self.case_page = QWidget(self)
        self.case_left = Form(page)
        self.case_right = Form(page)
        self.reference = self.case_left.add("reference", QLabel(page))
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = self.case_left.add("status", QComboBox(page))
        self.status_reason = self.case_left.add("status_reason", TextBox(page, accepts=2000))
        self.risk = self.case_left.add("risk_level", combo(page, RiskLevel, empty=False))
        self.counsellor = self.case_left.add("counsellor_id", QComboBox(page))
        self.lawyer = self.case_left.add("lawyer_id", QComboBox(page))
        self.restricted = QCheckBox(page)
        self.restricted.setObjectName("restricted")
        self.case_left.layout.addRow("", self.restricted)
        self.centre = self.case_right.add("centre", QLabel(page))
        self.opened = self.case_right.add("opened_at", QLabel(page))
        self.incident_on = self.case_right.add("incident_on", DateField(page))
        self.district = self.case_right.add("district_code", SearchPicker(page))
        self.city = self.case_right.add("city", QLineEdit(page))
        self.city.setMaxLength(SHORT_FIELD)
        self.narrative_form = Form(page)
        self.narrative = self.narrative_form.add("narrative", TextBox(page))
        columns = QHBoxLayout()
        columns.addLayout(self.case_left.layout, 1)
        columns.addSpacing(12)
        columns.addLayout(self.case_right.layout, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(columns)
        layout.addLayout(self.narrative_form.layout)
        layout.addStretch(1)
        self.status.currentIndexChanged.connect(self._status_changed)
        for box in (self.risk, self.counsellor, self.lawyer):
            box.currentIndexChanged.connect(self._edited)
        self.restricted.toggled.connect(self._edited)
        for edit in (self.incident_on, self.city):
            edit.textEdited.connect(self._edited)
        self.district.textChanged.connect(self._edited)
        for edit in (self.status_reason, self.narrative):
            edit.textChanged.connect(self._edited)
        for edit in (self.city, self.status_reason, self.narrative):
            self.guard.watch(edit)
        self.setTabOrder(self.status, self.status_reason)
        self.setTabOrder(self.status_reason, self.risk)

    # ---- tab 3: categories ----------------------------------------------------------
    def _build_categories_tab(self) -> None:
        page = self.categories_page = QWidget(self)
        self.category_form = Form(page)
        self.category = self.category_form.add("category_code", SearchPicker(page))
        self.category_classes = FormNote("category-classes", page)
        self.category_form.layout.addRow("", self.category_classes)
        self.further_picker = SearchPicker(page)
        self.further_add = QPushButton(page)
        self.further_add.setObjectName("add-category")
        self.further_add.clicked.connect(self._add_further)
        self.further_picker.returnPressed.connect(self._add_further)
        row = QWidget(page)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.further_picker, 1)
        row_layout.addWidget(self.further_add)
        self.category_form.add("further_categories", self.further_picker, row)
        self.further_list = QListWidget(page)
        self.further_list.setObjectName("further-categories")
        self.further_remove = QPushButton(page)
        self.further_remove.setObjectName("remove-category")
        self.further_remove.clicked.connect(self._remove_further)
        self.further_list_caption = QLabel(page)
        self.further_list_caption.setBuddy(self.further_list)
        listing = QHBoxLayout()
        listing.addWidget(self.further_list, 1)
        listing.addWidget(self.further_remove, 0, Qt.AlignmentFlag.AlignTop)
        self.statistics_note = FormNote("statistics-note", page)
        layout = QVBoxLayout(page)
        layout.addLayout(self.category_form.layout)
        layout.addWidget(self.further_list_caption)
        layout.addLayout(listing)
        layout.addWidget(self.statistics_note)
        layout.addStretch(1)
        self.category.textChanged.connect(self._edited)
        self.category.value_changed.connect(lambda _c: self._show_classes())

    def _add_further(self) -> None:
        code = self.further_picker.value()
        if code is None:
            if self.further_picker.text().strip():
                self.category_form.show_message("further_categories", self.tr(
                    "Choose one from the list, or leave it empty."))
            return
        self.category_form.clear_message("further_categories")
        if code != self.category.value() and code not in self.further_codes():
            self._add_further_item(code)
            self._edited()
        self.further_picker.set_value(None)
        self.further_picker.setFocus()

    def _add_further_item(self, code: str) -> None:
        item = QListWidgetItem(self._category_text(code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.further_list.addItem(item)

    def _remove_further(self) -> None:
        row = self.further_list.currentRow()
        if row >= 0:
            self.further_list.takeItem(row)
            self._edited()

    def further_codes(self) -> list[str]:
        return [self.further_list.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.further_list.count())]

    def _category_text(self, code: str) -> str:
        found = next((c for c in self._categories if c.code == code), None)
        return labels.bilingual(found.name_en, found.name_ur) if found else code

    def _show_classes(self) -> None:
        found = taxonomy().get(self.category.value() or "")
        if found is None:
            self.category_classes.setText("")
            return
        # The classifications' own names are English: each kept whole as an isolate, so
        # an Urdu line does not scatter them (":GBVIMS" showed before).
        parts = []
        if found.chi_name:
            parts.append(formatting.insert(self.tr("Child Helpline International: %1"),
                                           found.chi_name))
        if found.gbvims_type:
            parts.append(formatting.insert(self.tr("GBVIMS type: %1"),
                                           found.gbvims_type.replace("_", " ")))
        self.category_classes.setText("\n".join(parts))

    # ---- choices the form needs -----------------------------------------------------
    def set_categories(self, categories: list[CategoryChoice]) -> None:
        self._categories = list(categories)
        choices = category_choices(self._categories)
        self.category.set_choices(choices)
        self.further_picker.set_choices(choices)
        for n in range(self.further_list.count()):
            item = self.further_list.item(n)
            item.setText(self._category_text(item.data(Qt.ItemDataRole.UserRole)))

    def set_colleagues(self, colleagues: list[Colleague]) -> None:
        self._colleagues = list(colleagues)
        self._fill_assignees()

    def _fill_assignees(self) -> None:
        self._loading, was = True, self._loading
        try:
            for box, roles, empty in (
                    (self.counsellor, ("counsellor", "supervisor"), None),
                    (self.lawyer, ("lawyer",), self.tr("(no lawyer)"))):
                chosen = box.currentData()
                box.clear()
                if empty is not None:
                    box.addItem(empty, None)
                for person in self._colleagues:
                    if person.role in roles:
                        box.addItem(colleague_text(person), str(person.id))
                if chosen and box.findData(chosen) < 0:
                    box.addItem(self.tr("Someone no longer active here"), chosen)
                set_combo(box, chosen)
        finally:
            self._loading = was

    # ---- showing a case -------------------------------------------------------------
    @property
    def case_id(self) -> uuid.UUID | None:
        return self.record.id if self.record else None

    def show_record(self, record: CaseRecord, state: dict | None = None) -> None:
        """Show a case as opened or saved; `state`, when given, is a draft typed over it."""
        self.record = record
        self.load_state(state if state is not None else self.state_of(record))

    def forget(self) -> None:
        """Empty every field and list (back to the case list, or the desk locks)."""
        self.record = CaseRecord()
        self._shown_case = None
        self.load_state(self.state_of(self.record))
        self.record = None

    def state_of(self, record: CaseRecord) -> dict:
        return {
            "version": STATE_VERSION,
            "case_id": str(record.id) if record.id else None,
            "contact_id": str(record.contact_id) if record.contact_id else None,
            "centre_id": str(record.centre_id) if record.centre_id else None,
            "status": record.status, "status_reason": "",
            "risk_level": record.risk_level, "restricted": record.restricted,
            "counsellor_id": str(record.counsellor_id) if record.counsellor_id else None,
            "lawyer_id": str(record.lawyer_id) if record.lawyer_id else None,
            "district_code": record.district_code, "city": record.city or "",
            "incident_on": record.incident_on.strftime("%d/%m/%Y")
            if record.incident_on else "",
            "narrative": record.narrative or "",
            "category_code": record.category_code,
            "further_categories": list(record.further_categories),
            "persons": [person_state(p) for p in record.persons],
        }

    def load_state(self, state: dict) -> None:
        record = self.record
        self._loading = True
        try:
            self.reference.setText(formatting.left_to_right(record.reference)
                                   if record.reference else self.tr("given when saved"))
            self.opened.setText(formatting.date_time(record.opened_at)
                                if record.opened_at else self.tr("when saved"))
            self.centre.setText(self.host.centre_text(record.centre_id))
            self._fill_statuses(record.status if record.id else None)
            set_combo(self.status, state.get("status") or CaseStatus.NEW)
            self.status_reason.setPlainText(state.get("status_reason") or "")
            set_combo(self.risk, state.get("risk_level") or RiskLevel.MEDIUM)
            self.restricted.setChecked(bool(state.get("restricted")))
            self._fill_assignees()
            set_combo(self.counsellor, state.get("counsellor_id")
                      or (None if record.id else str(self.host.user.session.actor.user_id)))
            set_combo(self.lawyer, state.get("lawyer_id"))
            self.incident_on.setText(state.get("incident_on") or "")
            self.district.set_value(state.get("district_code"))
            self.city.setText(state.get("city") or "")
            self.narrative.setPlainText(state.get("narrative") or "")
            self.category.set_value(state.get("category_code"))
            self.further_list.clear()
            for code in state.get("further_categories") or ():
                self._add_further_item(code)
            self.further_picker.set_value(None)
            self.people.set_people(state.get("persons") or [])
            self.clear_messages()
            typed = state.get("sections") or {}
            another = record.id != self._shown_case or record.id is None
            self._shown_case = record.id
            for key, section in self.sections.items():
                section.case_shown(typed.get(key) or {}, reload=another)
        finally:
            self._loading = False
        self._show_classes()
        self._status_changed()
        self._show_permissions()

    def focus_first(self) -> None:
        """The keyboard starts in the form: at the status on the first tab, else on the
        tabs themselves (Alt+1 … Alt+9 or the arrow keys then move between them)."""
        if self.tabs.currentIndex() == CASE_TAB:
            self.status.setFocus()
        else:
            self.tabs.tabBar().setFocus()

    def _fill_statuses(self, stored: str | None) -> None:
        """The statuses the workflow allows from the stored one (any, for a new case)."""
        allowed = [stored, *sorted(ALLOWED[CaseStatus(stored)], key=list(CaseStatus).index)] \
            if stored else [CaseStatus.NEW, CaseStatus.OPEN]
        self.status.clear()
        for code in allowed:
            self.status.addItem(labels.label(labels.case_statuses, code), str(code))

    def _status_changed(self, *_args) -> None:
        stored = self.record.status if self.record and self.record.id else None
        moving = stored is not None and self.status.currentData() != stored
        self.case_left.layout.setRowVisible(self.status_reason, moving)
        reopening = stored == CaseStatus.CLOSED and moving
        self.case_left.captions["status_reason"].setText(
            self.tr("Why it is &opened again:") if reopening else self.tr("Why it c&hanges:"))
        self._edited()

    def _show_permissions(self) -> None:
        """Mirror the core's rules: only a supervisor or those assigned change who works
        on a case and whether it is restricted (the core refuses anyone else anyway)."""
        record = self.record
        me = self.host.user.session.actor
        may = record is None or record.id is None or me.role == "supervisor" or \
            me.user_id in (record.counsellor_id, record.lawyer_id)
        for widget in (self.counsellor, self.lawyer, self.restricted):
            widget.setEnabled(may)

    # ---- what is typed --------------------------------------------------------------
    def state(self) -> dict:
        """The form as typed, for the draft: nothing checked, nothing dropped."""
        record = self.record
        return {
            "version": STATE_VERSION,
            "case_id": str(self.case_id) if self.case_id else None,
            "contact_id": str(record.contact_id) if record and record.contact_id else None,
            "centre_id": str(record.centre_id) if record and record.centre_id else None,
            "status": self.status.currentData(),
            "status_reason": self.status_reason.toPlainText(),
            "risk_level": self.risk.currentData(),
            "restricted": self.restricted.isChecked(),
            "counsellor_id": self.counsellor.currentData(),
            "lawyer_id": self.lawyer.currentData(),
            "district_code": picker_value(self.district),
            "city": self.city.text(),
            "incident_on": self.incident_on.text(),
            "narrative": self.narrative.toPlainText(),
            "category_code": picker_value(self.category),
            "further_categories": self.further_codes(),
            "persons": copy.deepcopy(self.people.people),
            "sections": {key: section.state() for key, section in self.sections.items()},
        }

    def has_typing(self) -> bool:
        """Something typed in a section's editor (a note, a follow-up) and not added."""
        return any(section.has_typing() for section in self.sections.values())

    def typing_problems(self) -> list[tuple[str, str]]:
        """What the form itself can tell before asking the core: (field, message)."""
        problems = []
        choose = self.tr("Choose one from the list, or leave it empty.")
        for key, picker in (("district_code", self.district),
                            ("category_code", self.category)):
            if picker.is_unmatched():
                problems.append((key, choose))
        if self.further_picker.is_unmatched():
            problems.append(("further_categories", choose))
        write_date = self.tr("Write the date as 22/11/2026 or 2026-11-22.")
        if self.incident_on.is_invalid():
            problems.append(("incident_on", write_date))
        for n, person in enumerate(self.people.people):
            if person["removed"]:
                continue
            try:
                parse_date(person["birth_date"])
            except ValueError:
                problems.append((f"persons[{n}].birth_date", write_date))
            if person["district_code"] and \
                    person["district_code"] not in reference.districts_by_code():
                problems.append((f"persons[{n}].district_code", choose))
        return problems

    def to_record(self) -> CaseRecord:
        """The case to save (after `typing_problems` found nothing)."""
        state = self.state()
        base = self.record
        persons = []
        for p in state["persons"]:
            persons.append(PersonOnCase(
                role=p["role"], relationship=p["relationship"],
                name=p["name"] or None, phone=p["phone"] or None, cnic=p["cnic"] or None,
                address=p["address"] or None, birth_date=parse_date(p["birth_date"]),
                sex=p["sex"], age_band=p["age_band"], district_code=p["district_code"],
                vulnerabilities=list(p["vulnerabilities"]),
                safety_flags=list(p["safety_flags"]), id=_uuid(p["id"]),
                link_id=_uuid(p["link_id"]), removed=p["removed"]))
        return replace(
            base, status=state["status"], risk_level=state["risk_level"],
            restricted=state["restricted"], counsellor_id=_uuid(state["counsellor_id"]),
            lawyer_id=_uuid(state["lawyer_id"]), district_code=state["district_code"],
            city=state["city"] or None, incident_on=parse_date(state["incident_on"]),
            narrative=state["narrative"] or None, category_code=state["category_code"],
            further_categories=state["further_categories"], persons=persons,
            status_reason=state["status_reason"] or None)

    # ---- messages -------------------------------------------------------------------
    def show_message(self, key: str, text: str) -> bool:
        """`text` beside field `key` (the core's field names), its tab brought forward."""
        if key.startswith("persons["):
            position, _, field = key[len("persons["):].partition("]")
            try:
                number = int(position)
            except ValueError:
                return False
            self.tabs.setCurrentIndex(PEOPLE_TAB)
            return self.people.show_message(number, field.lstrip("."), text)
        for tab, forms in ((CASE_TAB, (self.case_left, self.case_right, self.narrative_form)),
                           (CATEGORIES_TAB, (self.category_form,))):
            for form in forms:
                if key in form.messages:
                    self.tabs.setCurrentIndex(tab)
                    return form.show_message(key, text)
        return False

    def clear_messages(self) -> None:
        for form in (self.case_left, self.case_right, self.narrative_form, self.category_form):
            form.clear_messages()
        self.people.clear_messages()

    def _controls_removed(self, field: QWidget) -> None:
        self._field_note(field, self.tr("Invisible control characters were removed from "
                                        "what was pasted."))

    def _paste_refused(self, field: TextBox, length: int) -> None:
        self._field_note(field, self.tr(
            "Not pasted: the text is %1 characters long, and this field takes at most %2.")
            .replace("%1", formatting.number(length))
            .replace("%2", formatting.number(field.accepts)))

    def _field_note(self, field: QWidget, text: str) -> None:
        """`text` beside `field`, wherever it is, leaving the focus where the person is."""
        forms = [self.case_left, self.case_right, self.narrative_form, self.category_form,
                 self.people.left, self.people.right]
        for section in self.sections.values():
            forms += section.forms()
        for form in forms:
            for key, widget in form.fields.items():
                if widget is field:
                    form.layout.setRowVisible(form._message_rows[key], True)
                    form.messages[key].show_message(text)
                    return

    # ---- events ---------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _typed(self) -> None:
        if not self._loading:
            self.typed.emit()

    def retranslate_ui(self) -> None:
        self._loading, was = True, self._loading
        try:
            captions = {**self.case_left.captions, **self.case_right.captions,
                        **self.narrative_form.captions, **self.category_form.captions}
            captions["reference"].setText(self.tr("Reference:"))
            captions["status"].setText(self.tr("&Status:"))
            captions["risk_level"].setText(self.tr("&Risk:"))
            captions["counsellor_id"].setText(self.tr("Co&unsellor:"))
            captions["lawyer_id"].setText(self.tr("La&wyer:"))
            captions["centre"].setText(self.tr("Centre:"))
            captions["opened_at"].setText(self.tr("Opened (reported):"))
            captions["incident_on"].setText(self.tr("&Incident date:"))
            captions["district_code"].setText(self.tr("&District:"))
            captions["city"].setText(self.tr("Cit&y or town:"))
            captions["narrative"].setText(self.tr("What ha&ppened:"))
            captions["category_code"].setText(self.tr("Mai&n category:"))
            captions["further_categories"].setText(self.tr("Fu&rther category:"))
            self.further_list_caption.setText(self.tr("Further categories of this case:"))
            self.restricted.setText(self.tr("Restric&ted: only those assigned and "
                                            "supervisors may open it"))
            self.incident_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
            self.district.setPlaceholderText(self.tr("Type part of the name"))
            self.category.setPlaceholderText(self.tr("Type a word: violence, khula, property…"))
            self.further_picker.setPlaceholderText(self.tr("Type a word, then Enter"))
            self.further_add.setText(self.tr("Add"))
            self.further_remove.setText(self.tr("Remove"))
            self.statistics_note.setText(self.tr(
                "Each category counts in statistics in both schemes: Child Helpline "
                "International's, and for gender-based violence the six GBVIMS types."))
            label_combo(self.risk, labels.risk_levels, "")
            for position in range(self.status.count()):
                self.status.setItemText(position, labels.label(
                    labels.case_statuses, self.status.itemData(position)))
            line = self.narrative.fontMetrics().lineSpacing()
            self.narrative.setFixedHeight(line * NARRATIVE_LINES + 12)
            self.further_list.setFixedHeight(line * FURTHER_SHOWN + 12)
            self.status_reason.setFixedHeight(line * REASON_LINES + 12)
            self.district.set_choices(district_choices())
            self.set_categories(self._categories)
            self._fill_assignees()
            if self.record is not None:
                self.reference.setText(formatting.left_to_right(self.record.reference)
                                       if self.record.reference else self.tr("given when saved"))
                self.opened.setText(formatting.date_time(self.record.opened_at)
                                    if self.record.opened_at else self.tr("when saved"))
                self.centre.setText(self.host.centre_text(self.record.centre_id))
            self._title_tabs()
        finally:
            self._loading = was
        if self.record is not None:
            self._status_changed()
        self._show_classes()

    def tab_titles(self) -> list[str]:
        titles = [self.tr("Case"), self.tr("People"), self.tr("Categories")]
        return titles + [section.title() for section in self.sections.values()]

    def _title_tabs(self) -> None:
        for tab, title in enumerate(self.tab_titles()):
            # Alt+1 … Alt+9: digits reach the tabs on Urdu keyboards too.
            self.tabs.setTabText(tab, f"&{tab + 1} {title}" if tab < 9 else title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

