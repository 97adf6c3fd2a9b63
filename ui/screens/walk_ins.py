"""Walk-ins: the day's appointments and walk-in tokens of the signed-in person's centre
(all centres for those without one).

Issuing tokens and booking come with the walk-in issue; this screen already shows the
real appointment book for any day, sortable by any column (a day is short, so it is
loaded whole and sorted in the window).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton

from workstation.services import browse

from .. import formatting, i18n, labels
from ..models.row_models import Column, LoadedTableModel
from ..widgets.list_panel import ListPanel
from .base import Screen


class WalkInsScreen(Screen):
    screen_id = "walk_ins"
    areas = frozenset({"appointments"})

    def title(self) -> str:
        return self.tr("Walk-ins")

    def build(self) -> None:
        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("day")
        self.date_edit.setCalendarPopup(True)
        self.date_label.setBuddy(self.date_edit)
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("today")
        self.today_button.clicked.connect(self.show_today)
        self.day_label = QLabel(self)
        self.day_label.setObjectName("day-label")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        bar = QHBoxLayout()
        bar.addWidget(self.date_label)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.today_button)
        bar.addSpacing(12)
        bar.addWidget(self.day_label)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.layout_.addLayout(bar)
        self.model = LoadedTableModel(self.runner, self._columns(), label="appointments",
                                      parent=self)
        self.model.rows_loaded.connect(self._show_count)
        self.panel = ListPanel(self.model, lambda: self.tr(
            "No appointments or walk-ins on this day."), sortable=True, parent=self)
        self.panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.layout_.addWidget(self.panel, 1)
        self._set_day(self.context.today())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())

    def _columns(self) -> list[Column]:
        return [
            Column("time", lambda: self.tr("Time"), lambda r: formatting.time_of_day(r.starts_at),
                   # Plain numbers and strings only: the proxy cannot compare Python tuples.
                   sort_key=lambda r: int(r.starts_at.timestamp())),
            Column("token", lambda: self.tr("Token"),
                   lambda r: "" if r.token_number is None else str(r.token_number),
                   sort_key=lambda r: r.token_number or 0),
            Column("kind", lambda: self.tr("Kind"),
                   lambda r: labels.label(labels.appointment_kinds, r.kind)),
            Column("centre", lambda: self.tr("Centre"), lambda r: r.centre_code),
            Column("room", lambda: self.tr("Room"), lambda r: r.room or ""),
            Column("counsellor", lambda: self.tr("Counsellor"), lambda r: r.counsellor or ""),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.appointment_statuses, r.status)),
        ]

    def selected_day(self) -> date:
        return self.date_edit.date().toPython()

    def _set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def show_today(self) -> None:
        self._set_day(self.context.today())

    def retranslate_ui(self) -> None:
        self.date_label.setText(self.tr("&Date:"))
        self.today_button.setText(self.tr("&Today"))
        self.date_edit.setLocale(i18n.locale())
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self._show_day()
        self._show_count()

    def _show_day(self) -> None:
        self.day_label.setText(formatting.long_date(self.selected_day()))

    def _show_count(self, *_args) -> None:
        shown = self.model.loaded_once and not self.model.loading
        self.count_label.setText(self.tr("%Ln appointment(s)", "", self.model.rowCount())
                                 if shown else "")

    def load(self) -> None:
        day = self.selected_day()
        self._show_day()
        self.count_label.setText("")
        centre = self.centre_code
        self.model.set_query(lambda db: browse.appointments_on(db, day, centre_code=centre))

    def clear_data(self) -> None:
        self.model.clear()
        self._show_count()
