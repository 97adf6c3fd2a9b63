"""The left half of the call screen: who is calling, what to be careful about, and what
happened before — the screen pop.

Order matters here: the safety flags ("not safe to call back", "do not leave a
message", "ask for the agreed passphrase") come first and in red, because a counsellor
reads top down while already talking; caller warnings (prank, abusive) follow in amber
and say that they never block an emergency. Then the caller's previous contacts and
open cases, both lists the counsellor can move through with the keyboard.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.phone import display_phone
from workstation.services.calls import ScreenPop

from .. import fonts, formatting, i18n, labels
from ..models.row_models import Column, LoadedTableModel
from .list_panel import ListPanel

SAFETY_STYLE = ("QLabel#safety-banner { background: #b3261e; color: white; padding: 8px;"
                " border-radius: 4px; font-weight: bold; }")
WARNING_STYLE = ("QLabel#caller-warning { background: #ffe08a; color: #3d2e00; padding: 6px;"
                 " border-radius: 4px; }")


def banner(name: str, style: str, parent: QWidget) -> QLabel:
    """A coloured, wrapped line of warning (safety flags in red, caller warnings amber)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def duration_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes:02}:{seconds:02}"


class CallTimer(QLabel):
    """How long the contact has lasted, from the moment it started (its stored time, so a
    restored draft goes on counting from the real start), frozen when the call ends."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("call-timer")
        self._started: datetime | None = None
        self._ended: datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show)
        # Digits read left to right in both languages.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def start(self, started_at: datetime, ended_at: datetime | None = None) -> None:
        self._started = _aware(started_at)
        self._ended = _aware(ended_at) if ended_at else None
        self._show()
        if self._ended is None:
            self._tick.start()
        else:
            self._tick.stop()

    def end(self, ended_at: datetime) -> None:
        self._ended = _aware(ended_at)
        self._tick.stop()
        self._show()

    def stop(self) -> None:
        self._tick.stop()
        self._started = self._ended = None
        self.clear()

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def seconds(self) -> float:
        if self._started is None:
            return 0.0
        end = self._ended or datetime.now(timezone.utc)
        return (end - self._started).total_seconds()

    def _show(self) -> None:
        if self._started is not None:
            self.setText(duration_text(self.seconds()))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class CallerPanel(QWidget):
    """Shows one `ScreenPop`; `caller_chosen` when the counsellor says which of several
    people sharing the number is calling."""

    caller_chosen = Signal(object)   # a person id as str, or None
    case_activated = Signal(object)  # a case id

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caller-panel")
        self.pop: ScreenPop | None = None
        self._shown_at: float | None = None
        self.number_label = QLabel(self)
        self.number_label.setObjectName("caller-number")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.known_label = QLabel(self)
        self.known_label.setObjectName("caller-known")
        self.known_label.setWordWrap(True)
        self.timer = CallTimer(self)
        self.channel_label = QLabel(self)
        self.channel_label.setObjectName("contact-channel")
        self.channel_label.setWordWrap(True)
        self.safety_banner = banner("safety-banner", SAFETY_STYLE, self)
        self.warning_banner = banner("caller-warning", WARNING_STYLE, self)
        self.caller_label = QLabel(self)
        self.caller_combo = QComboBox(self)
        self.caller_combo.setObjectName("caller-choice")
        self.caller_label.setBuddy(self.caller_combo)
        self.caller_combo.currentIndexChanged.connect(self._caller_changed)
        self._filling = False

        self.history_label = QLabel(self)
        self.history_model = LoadedTableModel(runner, self._history_columns(),
                                              label="previous contacts", parent=self)
        self.history = ListPanel(self.history_model, self._no_history_text, parent=self)
        self.history.setObjectName("previous-contacts")
        self.history_label.setBuddy(self.history.table)
        # The chosen contact's whole summary: a table cell shows only its start.
        self.summary_view = QLabel(self)
        self.summary_view.setObjectName("summary-view")
        self.summary_view.setWordWrap(True)
        self.summary_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_view.setStyleSheet("QLabel#summary-view { background: palette(base);"
                                        " padding: 6px; border: 1px solid palette(mid); }")
        self.history.table.selectionModel().currentRowChanged.connect(self._show_summary)
        self.cases_label = QLabel(self)
        self.cases_model = LoadedTableModel(runner, self._case_columns(), label="open cases",
                                            parent=self)
        self.cases = ListPanel(self.cases_model, lambda: self.tr(
            "No open case of this caller that you may open."), parent=self)
        self.cases.setObjectName("open-cases")
        self.cases_label.setBuddy(self.cases.table)
        self.cases.table.activated.connect(self._case_activated)

        top = QGridLayout()
        top.addWidget(self.number_label, 0, 0)
        top.addWidget(self.timer, 0, 1, Qt.AlignmentFlag.AlignTrailing)
        top.addWidget(self.known_label, 1, 0)
        top.addWidget(self.channel_label, 1, 1, Qt.AlignmentFlag.AlignTrailing)
        top.setColumnStretch(0, 1)
        chooser = QHBoxLayout()
        chooser.addWidget(self.caller_label)
        chooser.addWidget(self.caller_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.safety_banner)
        layout.addWidget(self.warning_banner)
        layout.addLayout(chooser)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 3)
        layout.addWidget(self.summary_view)
        layout.addWidget(self.cases_label)
        layout.addWidget(self.cases, 2)
        self.clear()
        self.retranslate_ui()

    # ---- columns --------------------------------------------------------------------
    def _history_columns(self) -> list[Column]:
        return [
            # The summary is shown whole under the list, for the chosen contact; the
            # long category names give way when the list is narrow.
            Column("time", lambda: self.tr("When"), lambda r: formatting.date_time(r.started_at)),
            Column("outcome", lambda: self.tr("Outcome"),
                   lambda r: labels.label(labels.outcomes, r.outcome)
                   or labels.label(labels.contact_statuses, r.status)),
            Column("counsellor", lambda: self.tr("Counsellor"), lambda r: r.counsellor or ""),
            Column("category", lambda: self.tr("Category"),
                   lambda r: labels.bilingual(r.category_en, r.category_ur)),
        ]

    def _summary_text(self, row) -> str:
        if row.summary_unreadable:
            return self.tr("(cannot be read: damaged)")
        return " ".join((row.summary or "").split())

    def _case_columns(self) -> list[Column]:
        return [
            Column("reference", lambda: self.tr("Case"), lambda r: r.reference),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.case_statuses, r.status)),
            Column("risk", lambda: self.tr("Risk"),
                   lambda r: labels.label(labels.risk_levels, r.risk_level)),
            Column("follow_up", lambda: self.tr("Next follow-up"),
                   lambda r: formatting.short_date(r.next_follow_up) if r.next_follow_up
                   else ""),
        ]

    def _show_summary(self, *_args) -> None:
        index = self.history.table.currentIndex()
        if not index.isValid() or self.history_model.rowCount() == 0:
            self.summary_view.hide()
            return
        row = self.history_model.row_at(index.row())
        summary = self._summary_text(row) or self.tr("(no summary)")
        self.summary_view.setText(formatting.insert("%1 · %2: %3", formatting.date_time(
            row.started_at), row.counsellor or "–", summary))
        self.summary_view.show()

    def _no_history_text(self) -> str:
        if self.pop is None or self.pop.number.lookup_key is None:
            return self.tr("Without a recognised number there is no history to show.")
        return self.tr("No earlier contact from this number at your centre.")

    # ---- showing --------------------------------------------------------------------
    def show_contact(self, *, number: str | None, channel: str, direction: str,
                     token: int | None = None, room: str | None = None) -> None:
        """The contact's own facts, known before the pop arrives."""
        self._number_as_typed = number
        self._channel = (channel, direction, token, room)
        self._show_number()
        self._show_channel()

    def show_pop(self, pop: ScreenPop, person_id: str | None = None) -> None:
        self.pop = pop
        self._show_number()
        self._show_known()
        self._show_flags()
        self._fill_callers(person_id)
        self.history_model.show_rows(pop.contacts)
        self.cases_model.show_rows(pop.open_cases)
        if pop.contacts:
            # setCurrentIndex, not selectRow: on a view not yet shown selectRow leaves no
            # current row, and the summary below follows the current row.
            self.history.table.setCurrentIndex(self.history_model.index(0, 0))
        self._show_summary()
        self._shown_at = time.perf_counter()

    def shown_at(self) -> float | None:
        """perf_counter() when the history was last put on screen (for the pop's timing)."""
        return self._shown_at

    def clear(self) -> None:
        self.pop = None
        self._number_as_typed = None
        self._channel = ("phone", "inbound", None, None)
        self.timer.stop()
        self.number_label.clear()
        self.known_label.clear()
        self.channel_label.clear()
        self.safety_banner.hide()
        self.warning_banner.hide()
        self._fill_callers(None)
        self.history_model.clear()
        self.cases_model.clear()
        self.summary_view.clear()
        self.summary_view.hide()

    def chosen_caller(self) -> str | None:
        return self.caller_combo.currentData() if self.caller_combo.isVisible() else None

    def _show_number(self) -> None:
        pop = self.pop
        if pop is not None and pop.number.lookup_key:
            text = display_phone(pop.number.lookup_key)
        else:
            text = self._number_as_typed or ""
        if not text:
            text = self.tr("No number")
        self.number_label.setText(formatting.left_to_right(text) if text[:1].isdigit()
                                  or text[:1] == "+" else text)

    def _show_known(self) -> None:
        pop = self.pop
        if pop is None:
            self.known_label.clear()
        elif pop.number.lookup_key is None:
            self.known_label.setText(self.tr(
                "Unrecognised number: kept as given, but it cannot be looked up or called "
                "back. Ask for a number like 0300 1234567 if it is safe to do so.")
                if pop.number.as_typed else self.tr(
                "No number: withheld, or a walk-in without one."))
        elif pop.known:
            names = [p.name for p in pop.callers if p.name]
            if names:
                text = formatting.insert(self.tr("Known caller: %1"), "، ".join(names)
                                         if i18n.is_urdu() else ", ".join(names))
            else:
                text = self.tr("Known number: earlier contacts at this helpline")
            self.known_label.setText(text)
        else:
            self.known_label.setText(self.tr("New number: no earlier contact"))

    def _show_channel(self) -> None:
        channel, direction, token, room = self._channel
        parts = [labels.label(labels.channels, channel)]
        if direction == "outbound":
            parts.append(self.tr("call-back"))
        if token is not None:
            parts.append(self.tr("token %1").replace("%1", str(token)))
        if room:
            parts.append(formatting.insert(self.tr("room %1"), room))
        self.channel_label.setText(" · ".join(parts))

    def _show_flags(self) -> None:
        pop = self.pop
        flags = pop.safety_flags if pop else ()
        self.safety_banner.setText("\n".join(
            "⚠ " + labels.label(labels.safety_flags, f) for f in flags))
        self.safety_banner.setVisible(bool(flags))
        warnings = pop.caller_flags if pop else ()
        if warnings:
            kinds = ", ".join(labels.label(labels.caller_flags, k) for k in warnings)
            self.warning_banner.setText(formatting.insert(self.tr(
                "Colleagues flagged this number: %1. A warning only — treat every call as "
                "possibly genuine and never refuse an emergency."), kinds))
        self.warning_banner.setVisible(bool(warnings))

    def _fill_callers(self, person_id: str | None) -> None:
        """A choice only when several people the counsellor may know share the number."""
        pop = self.pop
        people = [p for p in (pop.callers if pop else []) if p.name]
        self._filling = True
        try:
            self.caller_combo.clear()
            if len(people) > 1:
                self.caller_combo.addItem(self.tr("Not sure / someone else"), None)
                for person in people:
                    self.caller_combo.addItem(person.name, str(person.id))
                found = self.caller_combo.findData(person_id)
                self.caller_combo.setCurrentIndex(max(found, 0))
        finally:
            self._filling = False
        several = len(people) > 1
        self.caller_label.setVisible(several)
        self.caller_combo.setVisible(several)

    def _caller_changed(self, _index: int) -> None:
        if not self._filling:
            self.caller_chosen.emit(self.caller_combo.currentData())

    def _case_activated(self, index) -> None:
        self.case_activated.emit(self.cases_model.row_at(index.row()).id)

    def selected_case(self):
        rows = self.cases.table.selectionModel().selectedRows()
        return self.cases_model.row_at(rows[0].row()).id if rows else None

    # ---- language -------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.number_label.setFont(fonts.figure_font(i18n.current_language(), scale=1.5))
        self.timer.setFont(fonts.figure_font(i18n.current_language(), scale=1.5))
        self.caller_label.setText(self.tr("&Who is calling:"))
        self.history_label.setText(self.tr("&Previous contacts (newest first)"))
        self.cases_label.setText(self.tr("Open &cases"))
        self._show_summary()
        self._show_number()
        self._show_known()
        self._show_channel()
        self._show_flags()
        if self.caller_combo.count():
            self.caller_combo.setItemText(0, self.tr("Not sure / someone else"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
