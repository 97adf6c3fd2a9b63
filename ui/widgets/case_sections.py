"""The tabs of the case form that hold the case's own records: the legal process, notes,
follow-ups, consent, referrals and history.

Each is added at once when its button is pressed (as notes are on the call screen) —
they are not part of Ctrl+S. A list loads when its tab is first shown for a case, so
opening a case costs one read (and one audit entry) rather than seven; what is typed in
an editor and not yet added goes into the form's draft, so a crash keeps it too.
A case not yet saved has none of these: the tab says to save it first.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.errors import ValidationError
from workstation.services import cases, consent, follow_ups, legal, referrals

from .. import formatting, labels, messages
from ..models.row_models import Column, LoadedTableModel
from .case_form import colleague_text
from .form import ERROR_STYLE, Form, FormNote
from .list_panel import ListPanel
from .search_picker import Choice, SearchPicker
from .typed_fields import (
    SHORT_FIELD,
    DateField,
    TextBox,
    left_to_right_edit,
    parse_date,
    show_date,
)

EDITOR_LINES = 3
LIST_ROWS = 5


def _combo(parent: QWidget, codes, *, empty: bool = False) -> QComboBox:
    box = QComboBox(parent)
    if empty:
        box.addItem("", None)
    for code in codes:
        box.addItem("", code)
    return box


def _set(box: QComboBox, code) -> None:
    box.setCurrentIndex(max(box.findData(code), 0))


def _label_combo(box: QComboBox, table, empty_text: str = "") -> None:
    for position in range(box.count()):
        code = box.itemData(position)
        box.setItemText(position, empty_text if code is None else labels.label(table, code))


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


class CaseSection(QWidget):
    """What every section shares: the case it shows, loading when first shown, a general
    message line, and the form's draft (`state`, `case_shown`)."""

    changed = Signal()   # something typed in the editor

    def __init__(self, form):
        super().__init__(form)
        self.form = form
        self._stale = True
        self._loading = False
        self.save_first = QLabel(self)
        self.save_first.setObjectName("save-first")
        self.save_first.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("section-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

    # ---- for subclasses -------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Ask for this section's lists."""

    def clear_lists(self) -> None:
        """Forget the lists (another case, or the desk locks)."""

    def state(self) -> dict:
        """What is typed in the editor and not added: kept in the draft."""
        return {}

    def load_state(self, state: dict) -> None:
        """Put back what `state` kept."""

    def has_typing(self) -> bool:
        return False

    def editors(self) -> list[QWidget]:
        """The widgets that add something: disabled for a case not saved yet."""
        return []

    def forms(self) -> list[Form]:
        """The section's forms, whose fields show messages beside them."""
        return [value for value in vars(self).values() if isinstance(value, Form)]

    # ---- the case shown -------------------------------------------------------------
    @property
    def case_id(self) -> uuid.UUID | None:
        return self.form.case_id

    @property
    def session(self):
        return self.form.host.user.session

    def case_shown(self, typed: dict, *, reload: bool) -> None:
        self._loading = True
        try:
            self.load_state(typed)
        finally:
            self._loading = False
        self.show_message(None)
        saved = self.case_id is not None
        self.save_first.setVisible(not saved)
        for widget in self.editors():
            widget.setEnabled(saved)
        if reload or not saved:
            self._stale = True
            self.clear_lists()
        if saved and self._stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.case_id is None:
            return
        self._stale = False
        self.load()

    def mark_stale(self) -> None:
        """Data of this kind changed: reload now if in view, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.case_id is not None:
            self.refresh()

    def run(self, job, done, *, changes=(), label: str = "", failed=None) -> None:
        """A job for this section. One that `changes` data needs no reload of its own:
        the change announced reloads the screen, and with it the section in view."""
        self.form.host.run(job, done=done, failed=failed or self.failed, changes=changes,
                           label=label)

    def failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and self.show_field_message(
                error.field, messages.full_text(error)):
            return
        self.show_message(messages.full_text(error))

    def show_field_message(self, key: str, text: str) -> bool:
        return False

    def show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def date_problem(self, field: DateField, form: Form, key: str) -> bool:
        if field.is_invalid():
            form.show_message(key, self.tr("Write the date as 22/11/2026 or 2026-11-22."))
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.save_first.setText(self.tr("Save the case first (Ctrl+S); then this part can "
                                        "be filled in."))


def _panel(section: QWidget, model, empty) -> ListPanel:
    panel = ListPanel(model, empty, parent=section)
    line = panel.table.fontMetrics().height() + 8
    panel.setMinimumHeight(line * (LIST_ROWS + 1))
    return panel


# ---- legal process -----------------------------------------------------------------------

class LegalSection(CaseSection):
    """FIR and police station, court and case number, medico-legal examination (done, date,
    hospital), protection orders and the outcome; hearings with their reminders."""

    def __init__(self, form):
        super().__init__(form)
        self.editing: uuid.UUID | None = None
        self.steps_label = QLabel(self)
        self.steps_model = LoadedTableModel(form.runner, [
            Column("kind", lambda: self.tr("Step"),
                   lambda r: labels.label(labels.legal_kinds, r.kind)),
            Column("reference", lambda: self.tr("Number"),
                   lambda r: formatting.left_to_right(r.reference or "")),
            Column("date", lambda: self.tr("Date"),
                   lambda r: formatting.short_date(r.on_date) if r.on_date else ""),
            # The outcome beside the status: a half-width list has no room for both.
            Column("status", lambda: self.tr("Status"), self._status_text),
            Column("place", lambda: self.tr("Place"), lambda r: r.place or ""),
        ], label="legal steps", parent=self)
        self.steps = _panel(self, self.steps_model, lambda: self.tr(
            "No FIR, court case, examination or order recorded yet."))
        self.steps.setObjectName("legal-steps")
        self.steps_label.setBuddy(self.steps.table)
        self.steps.table.activated.connect(lambda index: self.edit_step(index.row()))

        # Steps on one side, hearings on the other: both in view at 1280×800, in Urdu too.
        self.step_box = QGroupBox(self)
        self.step_form, self.step_more = Form(self.step_box), Form(self.step_box)
        self.step_notes_form = Form(self.step_box)
        self.kind = self.step_form.add("kind", _combo(self, legal.KINDS))
        self.reference = self.step_form.add("reference", left_to_right_edit(self, 256))
        self.place = self.step_form.add("place", QLineEdit(self))
        self.place.setMaxLength(SHORT_FIELD)
        self.on_date = self.step_more.add("on_date", DateField(self))
        self.status = self.step_more.add("status", _combo(self, legal.STATUSES))
        self.outcome = self.step_more.add("outcome", _combo(self, legal.LEGAL_OUTCOMES,
                                                             empty=True))
        self.step_notes = self.step_notes_form.add("notes", TextBox(self, accepts=2000))
        self.new_step_button = QPushButton(self)
        self.new_step_button.setObjectName("new-step")
        self.new_step_button.clicked.connect(self.new_step)
        self.save_step_button = QPushButton(self)
        self.save_step_button.setObjectName("save-step")
        self.save_step_button.clicked.connect(self.save_step)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_step_button)
        buttons.addWidget(self.save_step_button)
        columns = QHBoxLayout()
        columns.addLayout(self.step_form.layout, 1)
        columns.addLayout(self.step_more.layout, 1)
        box = QVBoxLayout(self.step_box)
        box.addLayout(columns)
        box.addLayout(self.step_notes_form.layout)
        box.addLayout(buttons)

        self.hearings_label = QLabel(self)
        self.hearings_model = LoadedTableModel(form.runner, [
            Column("date", lambda: self.tr("Hearing"),
                   lambda r: formatting.short_date(r.hearing_on)),
            # A scheduled hearing shows its reminder; any other, what became of it.
            Column("reminder", lambda: self.tr("Reminder"), self._reminder_text),
            Column("purpose", lambda: self.tr("Purpose"), lambda r: " · ".join(
                filter(None, (r.purpose, r.court)))),
        ], label="hearings", parent=self)
        self.hearings = _panel(self, self.hearings_model,
                               lambda: self.tr("No hearing scheduled."))
        self.hearings.setObjectName("hearings")
        self.hearings_label.setBuddy(self.hearings.table)
        self.hearing_box = QGroupBox(self)
        self.hearing_form = Form(self.hearing_box)
        self.hearing_on = self.hearing_form.add("hearing_on", DateField(self))
        self.remind = self.hearing_form.add("remind_days_before", QSpinBox(self))
        self.remind.setRange(0, 30)
        self.remind.setValue(2)
        self.purpose = self.hearing_form.add("purpose", QLineEdit(self))
        self.purpose.setMaxLength(SHORT_FIELD)
        self.hearing_step = self.hearing_form.add("legal_step_id", QComboBox(self))
        self.schedule_button = QPushButton(self)
        self.schedule_button.setObjectName("schedule-hearing")
        self.schedule_button.clicked.connect(self.schedule)
        hearing_layout = QVBoxLayout(self.hearing_box)
        hearing_layout.addLayout(self.hearing_form.layout)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.schedule_button)
        hearing_layout.addLayout(row)

        steps = QVBoxLayout()
        steps.addWidget(self.steps_label)
        steps.addWidget(self.steps, 1)
        steps.addWidget(self.step_box)
        hearings = QVBoxLayout()
        hearings.addWidget(self.hearings_label)
        hearings.addWidget(self.hearings, 1)
        hearings.addWidget(self.hearing_box)
        columns = QHBoxLayout()
        columns.addLayout(steps, 1)
        columns.addSpacing(12)
        columns.addLayout(hearings, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        for box in (self.kind, self.status, self.outcome):
            box.currentIndexChanged.connect(self._edited)
        for edit in (self.reference, self.place, self.on_date, self.hearing_on, self.purpose):
            edit.textEdited.connect(self._edited)
        self.step_notes.textChanged.connect(self._edited)
        for edit in (self.reference, self.place, self.step_notes, self.purpose):
            form.guard.watch(edit)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Legal process")

    def editors(self) -> list[QWidget]:
        return [self.step_box, self.hearing_box]

    def _status_text(self, row) -> str:
        status = labels.label(labels.legal_statuses, row.status)
        if row.outcome:
            return f"{status} — {labels.label(labels.legal_outcomes, row.outcome)}"
        return status

    def _reminder_text(self, row) -> str:
        if row.status != "scheduled":
            return labels.label(labels.hearing_statuses, row.status)
        if row.reminder_due:
            return self.tr("Due now")
        return self.tr("%Ln day(s) before", "", row.remind_days_before)

    def load(self) -> None:
        session, case_id, today = self.session, self.case_id, self.form.host.today()

        def job(ctx):
            return (legal.steps(ctx.database, session, case_id),
                    legal.hearings(ctx.database, session, case_id, today))

        self.run(job, self._loaded, label="legal process")

    def _loaded(self, found) -> None:
        steps, hearings = found
        self.steps_model.show_rows(steps)
        self.hearings_model.show_rows(hearings)
        chosen = self.hearing_step.currentData()
        self.hearing_step.clear()
        self.hearing_step.addItem(self.tr("(not linked to a step)"), None)
        for step in steps:
            if step.kind in ("court_case", "protection_order"):
                self.hearing_step.addItem(" ".join(filter(None, (
                    labels.label(labels.legal_kinds, step.kind), step.reference, step.place))),
                    str(step.id))
        _set(self.hearing_step, chosen)

    def clear_lists(self) -> None:
        self.steps_model.show_rows([])
        self.hearings_model.show_rows([])
        self.hearing_step.clear()
        self.hearing_step.addItem(self.tr("(not linked to a step)"), None)

    def state(self) -> dict:
        return {"editing": str(self.editing) if self.editing else None,
                "kind": self.kind.currentData(), "reference": self.reference.text(),
                "place": self.place.text(), "on_date": self.on_date.text(),
                "status": self.status.currentData(), "outcome": self.outcome.currentData(),
                "notes": self.step_notes.toPlainText(), "hearing_on": self.hearing_on.text(),
                "remind": self.remind.value(), "purpose": self.purpose.text()}

    def load_state(self, state: dict) -> None:
        self.editing = uuid.UUID(state["editing"]) if state.get("editing") else None
        _set(self.kind, state.get("kind") or "fir")
        self.reference.setText(state.get("reference") or "")
        self.place.setText(state.get("place") or "")
        self.on_date.setText(state.get("on_date") or "")
        _set(self.status, state.get("status") or "pending")
        _set(self.outcome, state.get("outcome"))
        self.step_notes.setPlainText(state.get("notes") or "")
        self.hearing_on.setText(state.get("hearing_on") or "")
        self.remind.setValue(int(state.get("remind", 2)))
        self.purpose.setText(state.get("purpose") or "")
        self._show_editing()

    def has_typing(self) -> bool:
        return any((self.reference.text(), self.place.text(), self.on_date.text(),
                    self.step_notes.toPlainText(), self.hearing_on.text(),
                    self.purpose.text()))

    def _show_editing(self) -> None:
        self.step_box.setTitle(self.tr("Change the chosen step") if self.editing
                               else self.tr("A new step"))
        self.save_step_button.setText(self.tr("Sa&ve the step") if self.editing
                                      else self.tr("Add the ste&p"))

    def edit_step(self, row: int) -> None:
        step = self.steps_model.row_at(row)
        self.load_state({"editing": str(step.id), "kind": step.kind,
                         "reference": step.reference, "place": step.place,
                         "on_date": show_date(step.on_date), "status": step.status,
                         "outcome": step.outcome, "notes": step.notes,
                         **{k: v for k, v in self.state().items()
                            if k in ("hearing_on", "remind", "purpose")}})
        self.kind.setFocus()

    def new_step(self) -> None:
        self.load_state({k: v for k, v in self.state().items()
                         if k in ("hearing_on", "remind", "purpose")})
        self.kind.setFocus()
        self._edited()

    def save_step(self) -> None:
        if self.case_id is None:
            return
        for form in (self.step_form, self.step_more, self.step_notes_form):
            form.clear_messages()
        self.show_message(None)
        if self.date_problem(self.on_date, self.step_more, "on_date"):
            return
        session, case_id, values = self.session, self.case_id, self.state()

        def job(ctx):
            return legal.record_step(
                ctx.database, session, case_id, kind=values["kind"],
                reference=values["reference"] or None, place=values["place"] or None,
                on_date=parse_date(values["on_date"]), status=values["status"],
                outcome=values["outcome"], notes=values["notes"] or None,
                step_id=uuid.UUID(values["editing"]) if values["editing"] else None)

        self.run(job, lambda _id: self._step_saved(), changes=("cases",), label="legal step")

    def _step_saved(self) -> None:
        self.load_state({k: v for k, v in self.state().items()
                         if k in ("hearing_on", "remind", "purpose")})
        self._edited()

    def schedule(self) -> None:
        if self.case_id is None:
            return
        self.hearing_form.clear_messages()
        self.show_message(None)
        if self.date_problem(self.hearing_on, self.hearing_form, "hearing_on"):
            return
        if self.hearing_on.value() is None:
            self.hearing_form.show_message("hearing_on", self.tr("Type the date of the "
                                                                 "hearing."))
            return
        session, case_id = self.session, self.case_id
        on, remind, purpose = self.hearing_on.value(), self.remind.value(), self.purpose.text()
        step = self.hearing_step.currentData()

        def job(ctx):
            return legal.schedule_hearing(
                ctx.database, session, case_id, on, purpose=purpose or None,
                legal_step_id=uuid.UUID(step) if step else None, remind_days_before=remind)

        self.run(job, lambda _id: self._scheduled(), changes=("cases",), label="hearing")

    def _scheduled(self) -> None:
        self.hearing_on.clear()
        self.purpose.clear()
        self.remind.setValue(2)
        self._edited()

    def show_field_message(self, key: str, text: str) -> bool:
        return any(form.show_message(key, text) for form in (
            self.step_form, self.step_more, self.step_notes_form, self.hearing_form))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.steps_label.setText(self.tr("FIR, court case, medico-legal examination, "
                                         "protection order:"))
        captions = {**self.step_form.captions, **self.step_more.captions,
                    **self.step_notes_form.captions, **self.hearing_form.captions}
        captions["kind"].setText(self.tr("&Step:"))
        captions["reference"].setText(self.tr("&Number:"))
        captions["place"].setText(self.tr("P&lace:"))
        captions["on_date"].setText(self.tr("&Date:"))
        captions["status"].setText(self.tr("S&tatus:"))
        captions["outcome"].setText(self.tr("&Outcome:"))
        captions["notes"].setText(self.tr("Notes:"))
        captions["hearing_on"].setText(self.tr("&Hearing date:"))
        captions["remind_days_before"].setText(self.tr("&Remind, days before:"))
        captions["purpose"].setText(self.tr("P&urpose:"))
        captions["legal_step_id"].setText(self.tr("In the case:"))
        self.reference.setPlaceholderText(self.tr("e.g. 123/2026"))
        self.place.setPlaceholderText(self.tr("e.g. PS Lyari, Family Court Malir"))
        for field in (self.on_date, self.hearing_on):
            field.setPlaceholderText(self.tr("dd/mm/yyyy"))
        _label_combo(self.kind, labels.legal_kinds)
        _label_combo(self.status, labels.legal_statuses)
        _label_combo(self.outcome, labels.legal_outcomes, self.tr("(none yet)"))
        if self.hearing_step.count():
            self.hearing_step.setItemText(0, self.tr("(not linked to a step)"))
        self.new_step_button.setText(self.tr("A ne&w step"))
        self.hearings_label.setText(self.tr("Hearings, with their reminders:"))
        self.hearing_box.setTitle(self.tr("Schedule a hearing"))
        self.schedule_button.setText(self.tr("S&chedule"))
        line = self.step_notes.fontMetrics().lineSpacing()
        self.step_notes.setFixedHeight(line * 2 + 12)
        self._show_editing()
        self.steps_model.retranslate()
        self.hearings_model.retranslate()


# ---- notes -------------------------------------------------------------------------------

class NotesSection(CaseSection):
    """Notes are kept as written: an edit adds a new version, the old one stays and the
    History tab shows it."""

    def __init__(self, form):
        super().__init__(form)
        self.all_notes: list[cases.NoteRecord] = []
        self.supersedes: uuid.UUID | None = None
        self.model = LoadedTableModel(form.runner, [
            Column("written", lambda: self.tr("Written"),
                   lambda r: formatting.date_time(r.created_at)),
            Column("author", lambda: self.tr("By"), lambda r: r.author or ""),
            Column("edited", lambda: self.tr("Edited"),
                   lambda r: self.tr("edited") if r.supersedes_id else ""),
            Column("body", lambda: self.tr("Note"), self._body_text),
        ], label="case notes", parent=self)
        self.list_label = QLabel(self)
        self.panel = _panel(self, self.model, lambda: self.tr("No notes yet."))
        self.panel.setObjectName("case-notes")
        self.list_label.setBuddy(self.panel.table)
        self.panel.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._show_chosen(current.row()))
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosen-note")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen.setStyleSheet("QLabel#chosen-note { background: palette(base);"
                                  " padding: 6px; border: 1px solid palette(mid); }")
        self.editor_form = Form(self)
        self.editor = self.editor_form.add("note", TextBox(self))
        self.editing_label = QLabel(self)
        self.editing_label.setObjectName("editing-note")
        self.editing_label.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add-note")
        self.add_button.clicked.connect(self.add_note)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit-note")
        self.edit_button.clicked.connect(self.edit_chosen)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel-edit")
        self.cancel_button.clicked.connect(self.cancel_edit)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addWidget(self.list_label)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.chosen)
        layout.addWidget(self.editing_label)
        layout.addLayout(self.editor_form.layout)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.editor.textChanged.connect(self._edited)
        form.guard.watch(self.editor)
        self.retranslate_ui()
        self._show_editing()

    def title(self) -> str:
        return self.tr("Notes")

    def editors(self) -> list[QWidget]:
        return [self.editor, self.add_button]

    def _body_text(self, note) -> str:
        if note.unreadable:
            return self.tr("(cannot be read: damaged)")
        return _one_line(note.body)

    def load(self) -> None:
        session, case_id = self.session, self.case_id
        self.run(lambda ctx: cases.notes(ctx.database, session, case_id), self._loaded,
                 label="case notes")

    def _loaded(self, notes: list[cases.NoteRecord]) -> None:
        self.all_notes = notes
        replaced = {n.supersedes_id for n in notes if n.supersedes_id}
        # Newest first: the latest version of each note; earlier versions in History.
        self.model.show_rows([n for n in reversed(notes) if n.id not in replaced])
        self._show_chosen(-1)
        history = self.form.sections.get("history")
        if history is not None:
            history.show_notes(notes)

    def clear_lists(self) -> None:
        self.all_notes = []
        self.model.show_rows([])
        self.chosen.hide()

    def _show_chosen(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.chosen.hide()
            self.edit_button.setEnabled(False)
            return
        note = self.model.row_at(row)
        text = formatting.insert(self.tr("%1, %2:"), formatting.date_time(note.created_at),
                                 note.author or "") + "\n" + (note.body or "")
        earlier = self.versions_before(note)
        if earlier:
            text += "\n\n" + self.tr("Earlier version(s): %Ln, in the History tab.", "",
                                     len(earlier))
        self.chosen.setText(text)
        self.chosen.show()
        self.edit_button.setEnabled(self.case_id is not None and not note.unreadable)

    def versions_before(self, note) -> list:
        by_id = {n.id: n for n in self.all_notes}
        found, current = [], note
        while current.supersedes_id and current.supersedes_id in by_id:
            current = by_id[current.supersedes_id]
            found.append(current)
        return found

    def chosen_note(self):
        rows = self.panel.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def edit_chosen(self) -> None:
        note = self.chosen_note()
        if note is None:
            return
        self.supersedes = note.id
        self.editor.setPlainText(note.body or "")
        self._show_editing()
        self.editor.setFocus()

    def cancel_edit(self) -> None:
        self.supersedes = None
        self.editor.clear()
        self._show_editing()

    def _show_editing(self) -> None:
        editing = self.supersedes is not None
        self.editing_label.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.editing_label.setText(self.tr("Changing the chosen note: it is saved as a new "
                                           "version; the old one stays in the history."))
        self.add_button.setText(self.tr("Save the new &version (Ctrl+Enter)") if editing
                                else self.tr("&Add the note (Ctrl+Enter)"))

    def add_note(self) -> None:
        if self.case_id is None:
            return
        self.editor_form.clear_messages()
        self.show_message(None)
        text = self.editor.toPlainText()
        if not text.strip():
            self.editor_form.show_message("note", self.tr("Type the note first."))
            return
        session, case_id, supersedes = self.session, self.case_id, self.supersedes
        self.run(lambda ctx: cases.add_note(ctx.database, session, case_id, text,
                                            supersedes=supersedes),
                 lambda _id: self._added(), changes=("cases",), label="case note")

    def _added(self) -> None:
        self.supersedes = None
        self.editor.clear()
        self._show_editing()
        self._edited()

    def state(self) -> dict:
        return {"text": self.editor.toPlainText(),
                "supersedes": str(self.supersedes) if self.supersedes else None}

    def load_state(self, state: dict) -> None:
        self.supersedes = uuid.UUID(state["supersedes"]) if state.get("supersedes") else None
        self.editor.setPlainText(state.get("text") or "")
        self._show_editing()

    def has_typing(self) -> bool:
        return bool(self.editor.toPlainText().strip())

    def show_field_message(self, key: str, text: str) -> bool:
        return self.editor_form.show_message("note" if key == "supersedes" else key, text)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.list_label.setText(self.tr("Notes, newest first (kept as written; a change "
                                        "adds a version):"))
        self.editor_form.captions["note"].setText(self.tr("&New note:"))
        self.edit_button.setText(self.tr("&Change the chosen note"))
        self.cancel_button.setText(self.tr("Cancel the change"))
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setFixedHeight(line * EDITOR_LINES + 12)
        if hasattr(self, "supersedes"):
            self._show_editing()
        self.model.retranslate()


# ---- follow-ups --------------------------------------------------------------------------

class FollowUpsSection(CaseSection):
    """Follow-ups with their due date, who does them and their status (planned, done,
    overdue); they feed the worklist and the case list's filter."""

    def __init__(self, form):
        super().__init__(form)
        self.model = LoadedTableModel(form.runner, [
            Column("due", lambda: self.tr("Due"), lambda r: formatting.short_date(r.due_on)),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.follow_up_statuses, r.status)),
            Column("assignee", lambda: self.tr("Who"), lambda r: r.assignee or ""),
            Column("description", lambda: self.tr("What to do"),
                   lambda r: _one_line(r.description)),
        ], label="follow-ups of the case", parent=self)
        self.list_label = QLabel(self)
        self.panel = _panel(self, self.model, lambda: self.tr("No follow-up planned."))
        self.panel.setObjectName("case-follow-ups")
        self.list_label.setBuddy(self.panel.table)
        self.panel.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._chosen(current.row()))
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("follow-up-done")
        self.done_button.clicked.connect(self.mark_done)
        self.done_button.setEnabled(False)
        self.box = QGroupBox(self)
        self.editor = Form(self.box)
        self.due_on = self.editor.add("due_on", DateField(self))
        self.assignee = self.editor.add("assignee", QComboBox(self))
        self.description = self.editor.add("description", TextBox(self, accepts=2000))
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("plan-follow-up")
        self.plan_button.clicked.connect(self.plan)
        box = QVBoxLayout(self.box)
        box.addLayout(self.editor.layout)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.plan_button)
        box.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(self.list_label, 1)
        top.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.box)
        layout.addWidget(self.message)
        self.due_on.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.assignee.currentIndexChanged.connect(self._edited)
        form.guard.watch(self.description)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Follow-ups")

    def editors(self) -> list[QWidget]:
        return [self.box]

    def set_colleagues(self, colleagues) -> None:
        chosen = self.assignee.currentData()
        self.assignee.clear()
        me = self.session.actor.user_id
        for person in colleagues:
            self.assignee.addItem(colleague_text(person), str(person.id))
        if self.assignee.findData(str(me)) < 0:
            self.assignee.insertItem(0, self.form.host.user.session.display_name, str(me))
        _set(self.assignee, chosen or str(me))

    def load(self) -> None:
        session, case_id, today = self.session, self.case_id, self.form.host.today()
        self.run(lambda ctx: follow_ups.of_case(ctx.database, session, case_id, today),
                 self.model.show_rows, label="follow-ups of the case")

    def clear_lists(self) -> None:
        self.model.show_rows([])
        self.done_button.setEnabled(False)

    def _chosen(self, row: int) -> None:
        self.done_button.setEnabled(0 <= row < self.model.rowCount()
                                    and self.model.row_at(row).status != "done")

    def plan(self) -> None:
        if self.case_id is None:
            return
        self.editor.clear_messages()
        self.show_message(None)
        if self.date_problem(self.due_on, self.editor, "due_on"):
            return
        if self.due_on.value() is None:
            self.editor.show_message("due_on", self.tr("Type the day it is due."))
            return
        session, case_id = self.session, self.case_id
        due, text = self.due_on.value(), self.description.toPlainText()
        assignee = self.assignee.currentData()

        def job(ctx):
            return follow_ups.plan(ctx.database, session, case_id, due, text,
                                   assignee_id=uuid.UUID(assignee) if assignee else None)

        self.run(job, lambda _id: self._planned(), changes=("cases", "follow_ups"),
                 label="plan follow-up")

    def _planned(self) -> None:
        self.description.clear()
        self.due_on.set_value(self.form.host.today() + timedelta(days=7))
        self._edited()

    def mark_done(self) -> None:
        rows = self.panel.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.model.row_at(rows[0].row())
        session = self.session
        self.run(lambda ctx: follow_ups.complete(ctx.database, session, item.id),
                 lambda _r: None, changes=("cases", "follow_ups"),
                 label="follow-up done")

    def state(self) -> dict:
        return {"due_on": self.due_on.text(), "assignee": self.assignee.currentData(),
                "description": self.description.toPlainText()}

    def load_state(self, state: dict) -> None:
        self.due_on.setText(state.get("due_on")
                            or show_date(self.form.host.today() + timedelta(days=7)))
        if state.get("assignee"):
            _set(self.assignee, state["assignee"])
        self.description.setPlainText(state.get("description") or "")

    def has_typing(self) -> bool:
        return bool(self.description.toPlainText().strip())

    def show_field_message(self, key: str, text: str) -> bool:
        return self.editor.show_message(key, text)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.list_label.setText(self.tr("Follow-ups of this case:"))
        self.done_button.setText(self.tr("Mark &done"))
        self.box.setTitle(self.tr("Plan a follow-up"))
        self.editor.captions["due_on"].setText(self.tr("D&ue on:"))
        self.editor.captions["assignee"].setText(self.tr("&Who does it:"))
        self.editor.captions["description"].setText(self.tr("W&hat to do:"))
        self.due_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.plan_button.setText(self.tr("&Plan"))
        line = self.description.fontMetrics().lineSpacing()
        self.description.setFixedHeight(line * 2 + 12)
        self.model.retranslate()


# ---- consent -----------------------------------------------------------------------------

class ConsentSection(CaseSection):
    """The client's consent, as given: to share which kinds of data with which
    organisation (after Primero's GBV consent form), and to be counted in statistics."""

    def __init__(self, form):
        super().__init__(form)
        self._organisations_loaded = False
        self.model = LoadedTableModel(form.runner, [
            Column("recorded", lambda: self.tr("Recorded"),
                   lambda r: formatting.date_time(r.recorded_at)),
            Column("purpose", lambda: self.tr("For"),
                   lambda r: labels.label(labels.consent_purposes, r.purpose)),
            Column("category", lambda: self.tr("What"),
                   lambda r: labels.label(labels.consent_categories, r.data_category)),
            Column("organisation", lambda: self.tr("With"),
                   lambda r: labels.bilingual(r.organization, r.organization_ur)
                   if r.organization_id else self.tr("Any organisation")),
            Column("decision", lambda: self.tr("Decision"),
                   lambda r: self.tr("Agrees") if r.granted else self.tr("Does not agree")),
            Column("current", lambda: self.tr("In force"),
                   lambda r: self.tr("yes") if r.current else self.tr("replaced")),
            Column("by", lambda: self.tr("Recorded by"), lambda r: r.recorded_by or ""),
        ], label="consent", parent=self)
        self.list_label = QLabel(self)
        self.panel = _panel(self, self.model, lambda: self.tr(
            "No consent recorded: nothing about the client may be shared with another "
            "organisation without it."))
        self.panel.setObjectName("consents")
        self.list_label.setBuddy(self.panel.table)
        self.box = QGroupBox(self)
        self.editor = Form(self.box)
        self.purpose = self.editor.add("purpose", _combo(self, consent.PURPOSES))
        self.categories_row = QWidget(self)
        self.category_checks: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self.categories_row)
        row.setContentsMargins(0, 0, 0, 0)
        for category in consent.CATEGORIES:
            check = QCheckBox(self.categories_row)
            check.setObjectName(f"consent-{category}")
            check.setChecked(category in consent.REFERRAL_DEFAULT)
            self.category_checks[category] = check
            row.addWidget(check)
        row.addStretch(1)
        self.editor.add("categories", next(iter(self.category_checks.values())),
                        self.categories_row)
        # add() renames the field's object: keep the check box's own name
        first = consent.CATEGORIES[0]
        self.category_checks[first].setObjectName(f"consent-{first}")
        self.organisation = self.editor.add("organization_id", SearchPicker(self))
        self.decision = self.editor.add("granted", QComboBox(self))
        self.decision.addItem("", True)
        self.decision.addItem("", False)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("record-consent")
        self.record_button.clicked.connect(self.record)
        self.override_note = FormNote("override-note", self)
        box = QVBoxLayout(self.box)
        box.addLayout(self.editor.layout)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addWidget(self.list_label)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.box)
        layout.addWidget(self.override_note)
        layout.addWidget(self.message)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self.retranslate_ui()
        self._purpose_changed()

    def title(self) -> str:
        return self.tr("Consent")

    def editors(self) -> list[QWidget]:
        return [self.box]

    def _purpose_changed(self, *_args) -> None:
        referral = self.purpose.currentData() == "referral"
        self.editor.layout.setRowVisible(self.categories_row, referral)
        self.editor.layout.setRowVisible(self.organisation, referral)

    def load(self) -> None:
        session, case_id = self.session, self.case_id
        load_organisations = not self._organisations_loaded

        def job(ctx):
            found = consent.organisations(ctx.database) if load_organisations else None
            return found, consent.of_case(ctx.database, session, case_id)

        self.run(job, self._loaded, label="consent")

    def _loaded(self, found) -> None:
        organisations, lines = found
        if organisations is not None:
            self._organisations = organisations
            self._organisations_loaded = True
            self._fill_organisations()
        self.model.show_rows(lines)

    def _fill_organisations(self) -> None:
        self.organisation.set_choices([
            Choice(str(o.id), labels.bilingual(o.name, o.name_ur),
                   " ".join(filter(None, (o.name, o.name_ur))))
            for o in getattr(self, "_organisations", [])])

    def clear_lists(self) -> None:
        self.model.show_rows([])

    def record(self) -> None:
        if self.case_id is None:
            return
        self.editor.clear_messages()
        self.show_message(None)
        purpose = self.purpose.currentData()
        if purpose == "statistics":
            categories, organisation = ("all",), None
        else:
            categories = tuple(c for c, check in self.category_checks.items()
                               if check.isChecked())
            if not categories:
                self.editor.show_message("categories", self.tr("Tick what may be shared."))
                return
            if self.organisation.is_unmatched():
                self.editor.show_message("organization_id", self.tr(
                    "Choose one from the list, or leave it empty for any organisation."))
                return
            organisation = self.organisation.value()
        granted = bool(self.decision.currentData())
        session, case_id = self.session, self.case_id

        def job(ctx):
            consent.record(ctx.database, session, case_id, purpose=purpose, granted=granted,
                           categories=categories,
                           organization_id=uuid.UUID(organisation) if organisation else None)

        self.run(job, lambda _r: None, changes=("cases",), label="consent")

    def show_field_message(self, key: str, text: str) -> bool:
        return self.editor.show_message(key, text)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.list_label.setText(self.tr("Consent as the client gave it, newest first:"))
        self.box.setTitle(self.tr("Record consent"))
        captions = self.editor.captions
        captions["purpose"].setText(self.tr("F&or:"))
        captions["categories"].setText(self.tr("What may be shared:"))
        captions["organization_id"].setText(self.tr("&With:"))
        captions["granted"].setText(self.tr("&Decision:"))
        _label_combo(self.purpose, labels.consent_purposes)
        for category, check in self.category_checks.items():
            check.setText(labels.label(labels.consent_categories, category))
        self.organisation.setPlaceholderText(self.tr("Any organisation (or type a name)"))
        self.decision.setItemText(0, self.tr("Agrees"))
        self.decision.setItemText(1, self.tr("Does not agree"))
        self.record_button.setText(self.tr("&Record"))
        self.override_note.setText(self.tr(
            "A referral without consent needs a supervisor, who gives a written reason when "
            "referring; it is kept with the referral and in the audit trail."))
        self._fill_organisations()
        self.model.retranslate()


# ---- referrals ---------------------------------------------------------------------------

class ReferralsSection(CaseSection):
    """The case's referrals and what became of each (status, the day to follow it up, its
    slip to print again); Refer… asks the referral lookup to find a service."""

    def __init__(self, form):
        super().__init__(form)
        self.slip_dialog = None
        self._chosen_id = None
        self.model = LoadedTableModel(form.runner, [
            Column("referred", lambda: self.tr("Referred"),
                   lambda r: formatting.date_time(r.referred_at)),
            Column("service", lambda: self.tr("Service"),
                   lambda r: labels.bilingual(r.service, r.service_ur)),
            Column("organisation", lambda: self.tr("Organisation"),
                   lambda r: labels.bilingual(r.organization, r.organization_ur)),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.referral_statuses, r.status)),
            Column("follow_up", lambda: self.tr("Follow up on"),
                   lambda r: formatting.short_date(r.follow_up_on) if r.follow_up_on else ""),
            Column("consent", lambda: self.tr("Consent"), self._consent_text),
        ], label="referrals of the case", parent=self)
        self.list_label = QLabel(self)
        self.panel = _panel(self, self.model, lambda: self.tr("Not referred anywhere yet."))
        self.panel.setObjectName("case-referrals")
        self.list_label.setBuddy(self.panel.table)
        self.panel.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._show_chosen(current.row()))
        self.model.rows_loaded.connect(self._loaded)
        self.detail = QLabel(self)
        self.detail.setObjectName("referral-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("refer")
        self.refer_button.clicked.connect(self.refer)
        # What became of the chosen referral: changed at once, like a follow-up marked
        # done, and audited by the core.
        self.box = QGroupBox(self)
        self.editor = Form(self.box)
        self.status = self.editor.add("status", _combo(self, labels.referral_statuses()))
        self.status.setObjectName("referral-status")
        self.follow_up_on = self.editor.add("follow_up_on", DateField(self))
        self.follow_up_on.setObjectName("referral-follow-up")
        # Two short values: the fields keep their size instead of spanning the window.
        self.editor.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.update_button = QPushButton(self)
        self.update_button.setObjectName("update-referral")
        self.update_button.clicked.connect(self.update_chosen)
        self.slip_button = QPushButton(self)
        self.slip_button.setObjectName("slip")
        self.slip_button.clicked.connect(self.open_slip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.update_button)
        box = QVBoxLayout(self.box)
        box.addLayout(self.editor.layout)
        box.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.list_label, 1)
        top.addWidget(self.refer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.box)
        layout.addWidget(self.message)
        self.box.setEnabled(False)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Referrals")

    def editors(self) -> list[QWidget]:
        return [self.refer_button]

    def _consent_text(self, row) -> str:
        if row.without_consent:
            return formatting.insert(self.tr("Without consent: decided by %1"),
                                     row.override_by or "")
        return self.tr("With consent")

    def refer(self) -> None:
        if self.case_id is not None:
            self.form.refer_requested.emit(self.case_id)

    def load(self) -> None:
        session, case_id = self.session, self.case_id
        self.run(lambda ctx: referrals.list_for_case(ctx.database, session, case_id),
                 self.model.show_rows, label="referrals of the case")

    def _loaded(self) -> None:
        """After a reload the same referral stays chosen (the one just updated)."""
        chosen = self._chosen_id
        if chosen is None or not self.panel.select_row_where(lambda r: r.id == chosen):
            self._show_chosen(-1)

    def clear_lists(self) -> None:
        self.model.show_rows([])
        self._show_chosen(-1)

    def chosen(self):
        return self.panel.selected_row()

    def _show_chosen(self, row: int) -> None:
        self.editor.clear_messages()
        if not 0 <= row < self.model.rowCount():
            self._chosen_id = None
            self.detail.hide()
            self.box.setEnabled(False)
            return
        referral = self.model.row_at(row)
        self._chosen_id = referral.id
        self.box.setEnabled(True)
        _set(self.status, referral.status)
        self.follow_up_on.set_value(referral.follow_up_on)
        parts = []
        if referral.notes:
            parts.append(self.tr("Notes: %1").replace("%1", referral.notes))
        if referral.without_consent:
            parts.append(formatting.insert(
                self.tr("Referred without the client's consent; %1 gave the reason: %2"),
                referral.override_by or "", referral.override_reason or ""))
        if referral.referred_by:
            parts.append(formatting.insert(self.tr("Referred by %1."), referral.referred_by))
        self.detail.setText("\n".join(parts))
        self.detail.setVisible(bool(parts))

    def update_chosen(self) -> None:
        referral = self.chosen()
        if referral is None:
            return
        self.editor.clear_messages()
        self.show_message(None)
        if self.date_problem(self.follow_up_on, self.editor, "follow_up_on"):
            return
        status, follow_up = self.status.currentData(), self.follow_up_on.value()
        session, referral_id = self.session, referral.id
        if status == referral.status and follow_up == referral.follow_up_on:
            return

        def job(ctx):
            if status != referral.status:
                referrals.set_status(ctx.database, session, referral_id, status)
            if follow_up is not None and follow_up != referral.follow_up_on:
                referrals.set_follow_up(ctx.database, session, referral_id, follow_up)

        self.run(job, lambda _r: None, changes=("referrals", "audit"),
                 label="referral status")

    def open_slip(self) -> None:
        referral = self.chosen()
        if referral is None:
            return
        from ..dialogs.referral_slip import ReferralSlipDialog

        host = self.form.host
        dialog = ReferralSlipDialog(self.form.runner, host.user, referral.id,
                                    today=host.today, parent=self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.slip_dialog = dialog
        dialog.open()

    def show_field_message(self, key: str, text: str) -> bool:
        return self.editor.show_message(key, text)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.list_label.setText(self.tr("Where this case was referred, newest first:"))
        self.refer_button.setText(self.tr("&Refer…"))
        self.box.setTitle(self.tr("What became of the chosen referral"))
        self.editor.captions["status"].setText(self.tr("S&tatus:"))
        self.editor.captions["follow_up_on"].setText(self.tr("Follow &up on:"))
        self.follow_up_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.follow_up_on.setFixedWidth(self.follow_up_on.fontMetrics().horizontalAdvance(
            "00/00/00000") + 24)
        _label_combo(self.status, labels.referral_statuses)
        self.update_button.setText(self.tr("&Update"))
        self.slip_button.setText(self.tr("Print the s&lip again…"))
        self.model.retranslate()


# ---- history -----------------------------------------------------------------------------

class HistorySection(CaseSection):
    """How the case's status changed and why, and the earlier versions of its notes."""

    def __init__(self, form):
        super().__init__(form)
        self.status_model = LoadedTableModel(form.runner, [
            Column("when", lambda: self.tr("When"), lambda r: formatting.date_time(r.changed_at)),
            Column("from", lambda: self.tr("From"),
                   lambda r: labels.label(labels.case_statuses, r.from_status)
                   if r.from_status else self.tr("(opened)")),
            Column("to", lambda: self.tr("To"),
                   lambda r: labels.label(labels.case_statuses, r.to_status)),
            Column("by", lambda: self.tr("By"), lambda r: r.by or ""),
            Column("reason", lambda: self.tr("Why"), lambda r: _one_line(r.reason)),
        ], label="status history", parent=self)
        self.status_label = QLabel(self)
        self.status_panel = _panel(self, self.status_model,
                                   lambda: self.tr("The status has not changed."))
        self.status_panel.setObjectName("status-history")
        self.status_label.setBuddy(self.status_panel.table)
        self.versions_model = LoadedTableModel(form.runner, [
            Column("written", lambda: self.tr("Written"),
                   lambda r: formatting.date_time(r[0].created_at)),
            Column("author", lambda: self.tr("By"), lambda r: r[0].author or ""),
            Column("replaced", lambda: self.tr("Replaced"),
                   lambda r: formatting.date_time(r[1].created_at)),
            Column("body", lambda: self.tr("Earlier text"), lambda r: _one_line(r[0].body)),
        ], label="note versions", parent=self)
        self.versions_label = QLabel(self)
        self.versions_panel = _panel(self, self.versions_model,
                                     lambda: self.tr("No note has been changed."))
        self.versions_panel.setObjectName("note-versions")
        self.versions_label.setBuddy(self.versions_panel.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status_panel, 1)
        layout.addWidget(self.versions_label)
        layout.addWidget(self.versions_panel, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("History")

    def load(self) -> None:
        session, case_id = self.session, self.case_id

        def job(ctx):
            return (cases.status_history(ctx.database, session, case_id),
                    cases.notes(ctx.database, session, case_id))

        self.run(job, self._loaded, label="case history")

    def _loaded(self, found) -> None:
        changes, notes = found
        self.status_model.show_rows(list(reversed(changes)))
        self.show_notes(notes)

    def show_notes(self, notes) -> None:
        """Each note that a later version replaced, with when it was replaced."""
        by_id = {n.id: n for n in notes}
        replaced = [(by_id[n.supersedes_id], n) for n in notes
                    if n.supersedes_id and n.supersedes_id in by_id]
        self.versions_model.show_rows(sorted(replaced, key=lambda p: p[1].created_at,
                                             reverse=True))

    def clear_lists(self) -> None:
        self.status_model.show_rows([])
        self.versions_model.show_rows([])

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.status_label.setText(self.tr("Status changes, newest first:"))
        self.versions_label.setText(self.tr("Earlier versions of notes (a change keeps the "
                                            "old text):"))
        self.status_model.retranslate()
        self.versions_model.retranslate()


SECTIONS = (("legal", LegalSection), ("notes", NotesSection),
            ("follow_ups", FollowUpsSection), ("consent", ConsentSection),
            ("referrals", ReferralsSection), ("history", HistorySection))
