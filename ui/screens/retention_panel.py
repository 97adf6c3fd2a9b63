"""Data retention for supervisors: the retention periods, the closed cases whose period
has ended, legal holds, and shredding the cases a supervisor confirms.

Shredding runs in the core (services.retention): every personal value of the cases is
cleared here and, through sync, on the shared database and the other desks; the
anonymised facts stay. It asks once more before it starts and cannot be undone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.services import retention

from .. import formatting, labels, messages
from ..models.row_models import Column, LoadedTableModel
from ..widgets.form import ERROR_STYLE, Form
from ..widgets.list_panel import ListPanel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class RetentionState:
    rules: list
    due: list
    holds: list
    since_compaction: int
    categories: list


def load_state(database, session, today) -> RetentionState:
    return RetentionState(retention.rules(database, session),
                          retention.due_cases(database, session, today),
                          retention.holds(database, session),
                          retention.shredded_since_compaction(database),
                          retention.rule_targets(database))


class RuleDialog(QDialog):
    """Set the months a category (or every other case) keeps its personal data."""

    def __init__(self, panel: RetentionPanel, choices, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retention-rule-dialog")
        self.panel = panel
        self.form = Form(self)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Every case no other period covers"), "*")
        for choice in choices:
            name = labels.bilingual(choice.name_en, choice.name_ur)
            # A group's categories are indented under it.
            self.category.addItem(name if choice.group else f"    {name}", choice.code)
        self.form.add("category", self.category)
        self.months = QSpinBox(self)
        self.months.setRange(1, retention.MAX_MONTHS)
        self.months.setValue(84)
        self.months.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.form.add("months", self.months)
        self.form.captions["category"].setText(self.tr("&Cases of:"))
        self.form.captions["months"].setText(self.tr("&Months after closing:"))
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Retention period"))

    def save(self) -> None:
        self.form.clear_messages()
        session = self.panel.screen.user.session
        code, months = self.category.currentData(), self.months.value()
        today = self.panel.screen.context.today()
        self.panel.screen.run(lambda ctx: retention.set_rule(ctx.database, session, code,
                                                             months, today),
                              done=self._saved, failed=self._refused,
                              changes={"retention", "audit"}, label="retention rule")

    def _saved(self, due: int) -> None:
        self.panel.said(self.tr("Saved. %Ln closed case(s) are due now.", "", due))
        self.accept()

    def _refused(self, error: BaseException) -> None:
        field = getattr(error, "field", None)
        if not (field and self.form.show_message(field, messages.full_text(error))):
            self.general.setText(messages.full_text(error))


class HoldDialog(QDialog):
    def __init__(self, panel: RetentionPanel, case, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legal-hold-dialog")
        self.panel = panel
        self.case = case
        self.explanation = QLabel(formatting.insert(self.tr(
            "%1 will not be shredded until the hold is released. Why is it held (a court "
            "order, a complaint, an inquiry)?"), case.reference), self)
        self.explanation.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("hold-reason")
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Legal hold"))

    def save(self) -> None:
        session, case_id = self.panel.screen.user.session, self.case.case_id
        reason = self.reason.toPlainText()
        self.panel.screen.run(lambda ctx: retention.place_hold(ctx.database, session,
                                                               case_id, reason),
                              done=lambda _r: self.accept(),
                              failed=lambda e: self.message.setText(messages.full_text(e)),
                              changes={"retention", "audit"}, label="legal hold")


class RetentionPanel(QWidget):
    def __init__(self, screen, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retention")
        self.screen = screen
        self.state: RetentionState | None = None
        self.dialog: QDialog | None = None
        self.confirm: QMessageBox | None = None
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.rules_caption = QLabel(self)
        self.rules_model = LoadedTableModel(screen.runner, [
            Column("category", lambda: self.tr("Cases of"), self._rule_name),
            Column("months", lambda: self.tr("Months after closing"),
                   lambda r: formatting.number(r.months), sort_key=lambda r: r.months,
                   alignment=RIGHT),
        ], label="retention rules", parent=self)
        self.rules = ListPanel(self.rules_model, lambda: self.tr(
            "No retention period is set: every case keeps its personal data."), parent=self)
        self.rules.setObjectName("retention-rules")
        self.rules.setMaximumWidth(640)
        self.rules.setMinimumHeight(150)
        self.set_rule_button = QPushButton(self)
        self.set_rule_button.setObjectName("set-rule")
        self.set_rule_button.clicked.connect(self.set_rule)
        self.remove_rule_button = QPushButton(self)
        self.remove_rule_button.setObjectName("remove-rule")
        self.remove_rule_button.clicked.connect(self.remove_rule)
        self.due_caption = QLabel(self)
        self.due_model = LoadedTableModel(screen.runner, [
            Column("reference", lambda: self.tr("Case"), lambda r: r.reference),
            Column("category", lambda: self.tr("Category"),
                   lambda r: labels.bilingual(r.category_en, r.category_ur)),
            Column("closed", lambda: self.tr("Closed"), lambda r: formatting.short_date(
                r.closed_on), sort_key=lambda r: r.closed_on),
            Column("due", lambda: self.tr("Due since"), lambda r: formatting.short_date(
                r.due_on), sort_key=lambda r: r.due_on),
            Column("hold", lambda: self.tr("Legal hold"),
                   lambda r: self.tr("On hold") if r.held else ""),
        ], label="due cases", parent=self)
        self.due = ListPanel(self.due_model, lambda: self.tr(
            "No closed case has reached the end of its retention period."), sortable=True,
            parent=self)
        self.due.setObjectName("retention-due")
        self.due.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.due.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.shred_button = QPushButton(self)
        self.shred_button.setObjectName("shred")
        self.shred_button.clicked.connect(self.ask_to_shred)
        self.hold_button = QPushButton(self)
        self.hold_button.setObjectName("place-hold")
        self.hold_button.clicked.connect(self.place_hold)
        self.release_button = QPushButton(self)
        self.release_button.setObjectName("release-hold")
        self.release_button.clicked.connect(self.release_hold)
        self.compact_note = QLabel(self)
        self.compact_note.setObjectName("compact-note")
        self.compact_note.setWordWrap(True)
        self.compact_button = QPushButton(self)
        self.compact_button.setObjectName("compact")
        self.compact_button.clicked.connect(self.compact)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("retention-outcome")
        self.outcome.setWordWrap(True)

        rule_buttons = QVBoxLayout()
        rule_buttons.addWidget(self.set_rule_button)
        rule_buttons.addWidget(self.remove_rule_button)
        rule_buttons.addStretch(1)
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.rules, 1)
        rules_row.addLayout(rule_buttons)
        rules_row.addStretch(0)
        due_buttons = QVBoxLayout()
        due_buttons.addWidget(self.shred_button)
        due_buttons.addSpacing(12)
        due_buttons.addWidget(self.hold_button)
        due_buttons.addWidget(self.release_button)
        due_buttons.addStretch(1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addLayout(due_buttons)
        compact_row = QHBoxLayout()
        compact_row.addWidget(self.compact_note, 1)
        compact_row.addWidget(self.compact_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.rules_caption)
        layout.addLayout(rules_row, 2)
        layout.addWidget(self.due_caption)
        layout.addLayout(due_row, 3)
        layout.addWidget(self.outcome)
        layout.addLayout(compact_row)
        self.retranslate_ui()

    # ---- loading ------------------------------------------------------------------------
    def load(self) -> None:
        if self.screen.locked:
            return
        session, today = self.screen.user.session, self.screen.context.today()
        self.screen.run(lambda ctx: load_state(ctx.database, session, today),
                        done=self._show, failed=self._failed, label="retention")

    def _show(self, state: RetentionState) -> None:
        self.state = state
        self.rules_model.show_rows(state.rules)
        self.due_model.show_rows(state.due)
        self._show_counts()

    def _failed(self, error: BaseException) -> None:
        self.rules_model.show_failure(error)
        self.due_model.show_failure(error)

    def _show_counts(self) -> None:
        state = self.state
        held = sum(1 for d in state.due if d.held) if state else 0
        due = len(state.due) - held if state else 0
        self.due_caption.setText(formatting.insert(
            self.tr("Closed cases whose retention period has ended: %1 to confirm, %2 on "
                    "legal hold."), formatting.number(due), formatting.number(held)))
        pending = state.since_compaction if state else 0
        self.compact_note.setVisible(bool(pending))
        self.compact_button.setVisible(bool(pending))
        self.compact_note.setText(self.tr(
            "%Ln case(s) were shredded since this desk's database file was last rewritten "
            "(some on other desks): until it is, old copies of their values may remain in "
            "the file's free space.", "", pending))

    def _rule_name(self, rule) -> str:
        if rule.applies_to == retention.DEFAULT:
            return self.tr("Every case no other period covers")
        name = labels.bilingual(rule.category_en, rule.category_ur) or rule.applies_to
        return name if rule.category_in_use else formatting.insert(
            self.tr("%1 (category no longer in use)"), name)

    def said(self, text: str, *, error: bool = False) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome.setText(text)

    # ---- rules --------------------------------------------------------------------------
    def set_rule(self) -> None:
        if self.state is None:
            return
        dialog = RuleDialog(self, self.state.categories, self)
        rules = self.selected_rows(self.rules)
        if rules:
            index = dialog.category.findData(rules[0].applies_to)
            dialog.category.setCurrentIndex(max(index, 0))
            dialog.months.setValue(rules[0].months)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def remove_rule(self) -> None:
        rules = self.selected_rows(self.rules)
        if not rules:
            self.said(self.tr("Choose a retention period first."), error=True)
            return
        session, applies_to = self.screen.user.session, rules[0].applies_to
        self.screen.run(lambda ctx: retention.remove_rule(ctx.database, session, applies_to),
                        done=lambda _r: self.said(self.tr("The period was removed.")),
                        failed=lambda e: self.said(messages.full_text(e), error=True),
                        changes={"retention", "audit"}, label="remove retention rule")

    # ---- due cases ----------------------------------------------------------------------
    @staticmethod
    def selected_rows(panel: ListPanel) -> list:
        view = panel.table
        model = view.model()
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        source = panel.model
        if panel.proxy is not None:
            return [source.row_at(panel.proxy.mapToSource(model.index(r, 0)).row())
                    for r in rows]
        return [source.row_at(r) for r in rows]

    def ask_to_shred(self) -> None:
        chosen = self.selected_rows(self.due)
        if not chosen:
            self.said(self.tr("Choose the cases to shred in the list (Ctrl or Shift for "
                              "several)."), error=True)
            return
        held = [c.reference for c in chosen if c.held]
        if held:
            self.said(formatting.insert(self.tr(
                "%1 is under a legal hold and cannot be shredded."), held[0]), error=True)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shred personal data"), self.tr(
            "Shred the personal data of %Ln case(s)? Names, numbers, CNICs, addresses, "
            "narratives and notes are cleared on this desk now and, through sync, on the "
            "shared database and the other desks. The anonymised figures stay. This cannot "
            "be undone.", "", len(chosen)), parent=self)
        self.shred_confirm = box.addButton(self.tr("&Shred"),
                                           QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("shred-confirm")
        case_ids = [c.case_id for c in chosen]
        box.buttonClicked.connect(
            lambda button: self.shred(case_ids) if button is self.shred_confirm else None)
        box.finished.connect(lambda _r: box.deleteLater())
        self.confirm = box
        box.open()

    def shred(self, case_ids: list) -> None:
        session, today = self.screen.user.session, self.screen.context.today()
        total, done = len(case_ids), [0]
        self.said(self.tr("Shredding, then rewriting the database file…"))
        self.shred_button.setEnabled(False)

        def progressed(amount: int) -> None:
            done[0] += amount
            self.said(self.tr("Shredding: %1 of %2 cases…").replace(
                "%1", formatting.number(done[0])).replace("%2", formatting.number(total)))

        # A first confirmation may hold thousands of cases: each is its own transaction,
        # and the count moves as they go.
        self.screen.runner.run(
            lambda ctx: retention.shred(ctx.database, session, case_ids, today=today,
                                        progress=lambda _n, _total: ctx.progress(1)),
            done=self._shredded, failed=self._shred_refused, progressed=progressed,
            changes={"retention", "cases", "contacts", "audit"}, label="shred cases",
            owner=self)

    def _shredded(self, result) -> None:
        self.shred_button.setEnabled(True)
        text = self.tr("The personal data of %Ln case(s) was shredded.", "",
                       len(result.references))
        if result.persons_kept:
            text += " " + self.tr("%Ln person(s) also on a case that is kept were left "
                                  "as they are.", "", result.persons_kept)
        if not result.compacted:
            text += " " + self.tr("The database file could not be rewritten now; rewrite it "
                                  "below when no other program uses it.")
        self.said(text)

    def _shred_refused(self, error: BaseException) -> None:
        self.shred_button.setEnabled(True)
        self.said(messages.full_text(error), error=True)

    def place_hold(self) -> None:
        chosen = self.selected_rows(self.due)
        if len(chosen) != 1:
            self.said(self.tr("Choose one case to hold."), error=True)
            return
        dialog = HoldDialog(self, chosen[0], self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def release_hold(self) -> None:
        chosen = [c for c in self.selected_rows(self.due) if c.held]
        if not chosen:
            self.said(self.tr("Choose a case on legal hold."), error=True)
            return
        session, case_id = self.screen.user.session, chosen[0].case_id
        self.screen.run(lambda ctx: retention.release_hold(ctx.database, session, case_id),
                        done=lambda _r: self.said(formatting.insert(self.tr(
                            "The legal hold on %1 was released."), chosen[0].reference)),
                        failed=lambda e: self.said(messages.full_text(e), error=True),
                        changes={"retention", "audit"}, label="release hold")

    def compact(self) -> None:
        self.said(self.tr("Rewriting the database file…"))
        self.screen.run(lambda ctx: retention.compact(ctx.database), done=self._compacted,
                        changes={"retention"}, label="compact")

    def _compacted(self, done: bool) -> None:
        self.said(self.tr("The database file was rewritten: no free space keeps an old value.")
                  if done else self.tr("The database file is in use by another program; try "
                                       "again when it is closed."), error=not done)

    # ---- the desk locks, the language changes -------------------------------------------
    def clear(self) -> None:
        self.state = None
        self.rules_model.clear()
        self.due_model.clear()
        self.said("")
        if self.confirm is not None:
            self.confirm = None
        self._show_counts()

    def retranslate_ui(self) -> None:
        self.explanation.setText(self.tr(
            "A closed case keeps its personal data for the period set for its category, "
            "counted from the day it was closed; open cases are never shredded. Shredding "
            "clears names, numbers, addresses, narratives and notes everywhere the case is "
            "held and keeps the anonymised figures. A legal hold stops it."))
        self.rules_caption.setText(self.tr("Retention periods (the longest of a case's "
                                           "categories applies):"))
        self.set_rule_button.setText(self.tr("Set a &period…"))
        self.remove_rule_button.setText(self.tr("Re&move"))
        self.shred_button.setText(self.tr("&Shred the chosen cases…"))
        self.hold_button.setText(self.tr("Place a legal &hold…"))
        self.release_button.setText(self.tr("Re&lease the hold"))
        self.compact_button.setText(self.tr("&Rewrite the database file"))
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
