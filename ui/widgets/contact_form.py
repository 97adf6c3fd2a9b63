"""The right half of the call screen: quick intake, notes, and wrap-up.

Everything here is what the counsellor types while talking, so it is all keyboard:
combo boxes answer to the first letter, district and category narrow as one types
(`SearchPicker`), Ctrl+Enter adds the note being typed. The widget only holds values;
the call screen saves them (as a draft every few seconds, and at wrap-up) through the
core, and shows the core's messages beside the fields here (`show_message`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation import reference
from workstation.domain.vocab import CallerType, Outcome, Urgency
from workstation.services.categories import CategoryChoice
from workstation.services.contacts import LANGUAGES, ContactForm, NoteLine

from .. import formatting, i18n, labels
from .form import Form
from .search_picker import Choice, SearchPicker

WARNED_OUTCOMES = {Outcome.PRANK.value, Outcome.ABUSIVE.value}
SUMMARY_LINES = 3
NOTE_LINES = 2
NOTES_SHOWN = 2


def _combo(parent: QWidget, codes) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("", None)
    for code in codes:
        combo.addItem("", str(code))
    return combo


def _set_combo(combo: QComboBox, code: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(code), 0))


class ContactFormWidget(QWidget):
    changed = Signal()          # anything typed or chosen: the draft is out of date
    note_requested = Signal(str)  # the counsellor added the note being typed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contact-form")
        self._loading = False

        # Two short columns and a full-width category: the whole form fits an 800-pixel
        # high screen in Urdu too, whose line height is greater.
        self.intake_box = QGroupBox(self)
        self.intake_left = Form(self.intake_box)
        self.intake_right = Form(self.intake_box)
        self.intake_wide = Form(self.intake_box)
        self.caller_type = self.intake_left.add("caller_type", _combo(self, CallerType))
        self.language = self.intake_right.add("language", _combo(self, LANGUAGES))
        self.district = self.intake_left.add("district_code", SearchPicker(self))
        self.urgency = self.intake_right.add("urgency", _combo(self, Urgency))
        self.category = self.intake_wide.add("category_code", SearchPicker(self))
        columns = QHBoxLayout()
        columns.addLayout(self.intake_left.layout, 1)
        columns.addLayout(self.intake_right.layout, 1)
        intake_layout = QVBoxLayout(self.intake_box)
        intake_layout.addLayout(columns)
        intake_layout.addLayout(self.intake_wide.layout)
        self._intake_forms = (self.intake_left, self.intake_right, self.intake_wide)
        self.setTabOrder(self.caller_type, self.language)
        self.setTabOrder(self.language, self.district)
        self.setTabOrder(self.district, self.urgency)
        self.setTabOrder(self.urgency, self.category)

        self.notes_box = QGroupBox(self)
        self.notes_list = QListWidget(self)
        self.notes_list.setObjectName("notes")
        self.notes_list.setWordWrap(True)
        self.notes_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: Tab skips it
        self.note_label = QLabel(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note_edit)
        self.add_note_button = QPushButton(self)
        self.add_note_button.setObjectName("add-note")
        self.add_note_button.clicked.connect(self._add_note)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note_edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._add_note)
        shortcut = QShortcut(QKeySequence("Ctrl+Enter"), self.note_edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._add_note)
        self.note_error = QLabel(self)
        self.note_error.setObjectName("note-message")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet("color: #b3261e;")
        self.note_error.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label, 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignBottom)
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addWidget(self.notes_list, 1)
        notes_layout.addLayout(note_row)
        notes_layout.addWidget(self.note_error)

        self.wrap_box = QGroupBox(self)
        self.wrap = Form(self.wrap_box)
        self.outcome = self.wrap.add("outcome", _combo(self, Outcome))
        self.summary = self.wrap.add("summary", QPlainTextEdit(self))
        self.summary.setTabChangesFocus(True)
        self.warn = QCheckBox(self)
        self.warn.setObjectName("warn-colleagues")
        self.warn.setChecked(True)
        self.wrap.layout.addRow("", self.warn)
        self.wrap_box.setLayout(self.wrap.layout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intake_box)
        layout.addWidget(self.notes_box, 1)
        layout.addWidget(self.wrap_box)

        for combo in (self.caller_type, self.language, self.urgency, self.outcome):
            combo.currentIndexChanged.connect(self._edited)
        for picker in (self.district, self.category):
            picker.textChanged.connect(self._edited)
        for edit in (self.note_edit, self.summary):
            edit.textChanged.connect(self._edited)
        self.outcome.currentIndexChanged.connect(self._show_warn_choice)
        self._categories: list[CategoryChoice] = []
        self.retranslate_ui()
        self._show_warn_choice()

    # ---- values ---------------------------------------------------------------------
    def set_categories(self, categories: list[CategoryChoice]) -> None:
        self._categories = list(categories)
        self._fill_categories()

    def load(self, form: ContactForm, notes: list[NoteLine]) -> None:
        """Show a saved form (a restored draft) without announcing a change."""
        self._loading = True
        try:
            _set_combo(self.caller_type, form.caller_type)
            _set_combo(self.language, form.language)
            self.district.set_value(form.district_code)
            self.category.set_value(form.category_code)
            _set_combo(self.urgency, form.urgency)
            _set_combo(self.outcome, form.outcome)
            self.summary.setPlainText(form.summary or "")
            self.note_edit.setPlainText(form.pending_note or "")
            self.notes_list.clear()
            for note in notes:
                self.add_note_line(note)
            self.clear_messages()
        finally:
            self._loading = False

    def values(self) -> ContactForm:
        """What is typed now (the screen adds the contact's own facts: end, token …)."""
        return ContactForm(
            caller_type=self.caller_type.currentData(),
            language=self.language.currentData(),
            # Text that names no district or category is kept in the draft as typed, so
            # a crash does not lose it; wrap-up refuses it with a message beside the field.
            district_code=self.district.value() or (self.district.text().strip() or None),
            category_code=self.category.value() or (self.category.text().strip() or None),
            urgency=self.urgency.currentData(),
            outcome=self.outcome.currentData(),
            summary=self.summary.toPlainText() or None,
            pending_note=self.note_edit.toPlainText() or None)

    def warn_colleagues(self) -> bool:
        return self.warn.isVisible() and self.warn.isChecked()

    def add_note_line(self, note: NoteLine) -> None:
        item = QListWidgetItem(f"{formatting.time_of_day(note.created_at)}  {note.body}")
        self.notes_list.addItem(item)
        self.notes_list.scrollToBottom()

    def note_added(self, note: NoteLine) -> None:
        """The core kept the note: it joins the list and the box empties."""
        self.add_note_line(note)
        self.note_edit.clear()
        self.show_note_message(None)

    def clear(self) -> None:
        self.load(ContactForm(), [])
        self.warn.setChecked(True)

    # ---- messages -------------------------------------------------------------------
    def show_message(self, key: str, text: str) -> bool:
        """The core's message beside field `key`; False when the field is not here."""
        if key == "note":
            self.show_note_message(text)
            return True
        return any(form.show_message(key, text) for form in (*self._intake_forms, self.wrap))

    def show_note_message(self, text: str | None) -> None:
        self.note_error.setText(text or "")
        self.note_error.setVisible(bool(text))
        if text:
            self.note_edit.setFocus()

    def clear_messages(self) -> None:
        for form in (*self._intake_forms, self.wrap):
            form.clear_messages()
        self.show_note_message(None)

    def unmatched_fields(self) -> list[str]:
        return [key for key, picker in (("district_code", self.district),
                                        ("category_code", self.category))
                if picker.is_unmatched()]

    # ---- events ---------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _add_note(self) -> None:
        text = self.note_edit.toPlainText()
        if text.strip():
            self.note_requested.emit(text)
        else:
            self.show_note_message(self.tr("Type the note first."))

    def _show_warn_choice(self, *_args) -> None:
        self.warn.setVisible(self.outcome.currentData() in WARNED_OUTCOMES)

    # ---- language -------------------------------------------------------------------
    def _fill_districts(self) -> None:
        urdu = i18n.is_urdu()
        self.district.set_choices([
            Choice(d.code, d.name_ur if urdu else d.name_en,
                   " ".join((d.name_en, d.name_ur, *d.aliases)))
            for d in reference.districts()])

    def _fill_categories(self) -> None:
        # Group, then category, the arrow pointing the way the line reads.
        arrow = " ‹ " if i18n.is_urdu() else " › "
        self.category.set_choices([
            Choice(c.code, labels.bilingual(c.parent_en, c.parent_ur) + arrow
                   + labels.bilingual(c.name_en, c.name_ur)
                   if c.parent_en else labels.bilingual(c.name_en, c.name_ur),
                   " ".join(filter(None, (c.name_en, c.name_ur, c.parent_en, c.parent_ur))))
            for c in self._categories])

    def retranslate_ui(self) -> None:
        self._loading = True
        try:
            self.intake_box.setTitle(self.tr("Intake"))
            captions = {**self.intake_left.captions, **self.intake_right.captions,
                        **self.intake_wide.captions}
            captions["caller_type"].setText(self.tr("Caller &type:"))
            captions["language"].setText(self.tr("&Language:"))
            captions["district_code"].setText(self.tr("&District:"))
            captions["category_code"].setText(self.tr("Cate&gory:"))
            captions["urgency"].setText(self.tr("&Urgency:"))
            self.district.setPlaceholderText(self.tr("Type part of the name"))
            self.category.setPlaceholderText(self.tr("Type a word: violence, khula, property…"))
            for combo, table in ((self.caller_type, labels.caller_types),
                                 (self.language, labels.languages),
                                 (self.urgency, labels.urgencies),
                                 (self.outcome, labels.outcomes)):
                combo.setItemText(0, self.tr("(not chosen)"))
                for position in range(1, combo.count()):
                    combo.setItemText(position, labels.label(table, combo.itemData(position)))
            self._fill_districts()
            self._fill_categories()
            self.notes_box.setTitle(self.tr("Notes (kept as written; they cannot be changed)"))
            self.note_label.setText(self.tr("&New note:"))
            self.add_note_button.setText(self.tr("Add (Ctrl+Enter)"))
            self.wrap_box.setTitle(self.tr("Wrap-up"))
            self.wrap.captions["outcome"].setText(self.tr("&Outcome:"))
            self.wrap.captions["summary"].setText(self.tr("&Summary:"))
            self.warn.setText(self.tr("&Warn colleagues about this number for 30 days"))
            line = self.summary.fontMetrics().lineSpacing()
            self.summary.setFixedHeight(line * SUMMARY_LINES + 12)
            self.note_edit.setFixedHeight(line * NOTE_LINES + 12)
            self.notes_list.setMinimumHeight(line * NOTES_SHOWN + 8)
        finally:
            self._loading = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
