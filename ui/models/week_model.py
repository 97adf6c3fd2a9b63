"""The week of the appointment book as a grid: days as columns (Monday to Sunday),
hours of the working day as rows, each booking in its cell (time and room, then who is
expected or the walk-in's token).

A day with nothing booked keeps its (empty) column, so a closed Sunday or a free day
reads as free rather than vanishing; hours outside the working day appear only when
something is booked in them. Cancelled bookings are left out: their time is free.
The rows are the core's `AppointmentView`s, kept unchanged; text is made at paint
time in the UI language.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.domain.vocab import AppointmentKind, AppointmentStatus, Channel

from .. import formatting, i18n, labels
from .row_models import ROW_ROLE

WORKING_HOURS = range(9, 17)   # 09:00 to 17:00, the centres' office hours
TODAY_BACKGROUND = QColor("#fff6d6")
DAY_ROLE = Qt.ItemDataRole.UserRole + 3    # the column's date
HOUR_ROLE = Qt.ItemDataRole.UserRole + 4   # the row's hour
NBSP = "\u00a0"


class WeekModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._monday: date | None = None
        self._today: date | None = None
        self._hours: list[int] = list(WORKING_HOURS)
        self._cells: dict[tuple[int, int], list] = {}
        self._count = 0
        self.loaded_once = False

    # ---- content --------------------------------------------------------------------
    @property
    def monday(self) -> date | None:
        return self._monday

    @property
    def count(self) -> int:
        """Bookings shown (cancelled ones are not)."""
        return self._count

    def show_week(self, monday: date, appointments: list, today: date | None = None) -> None:
        shown = [a for a in appointments if a.status != AppointmentStatus.CANCELLED]
        cells: dict[tuple[int, int], list] = defaultdict(list)
        hours = set(WORKING_HOURS)
        for appointment in shown:
            local = formatting.to_pkt(appointment.starts_at)
            hours.add(local.hour)
            cells[(local.hour, (local.date() - monday).days)].append(appointment)
        self.beginResetModel()
        self._monday, self._today = monday, today
        self._hours = sorted(hours)
        self._cells = {(self._hours.index(hour), day): items
                       for (hour, day), items in cells.items() if 0 <= day < 7}
        self._count = sum(len(items) for items in self._cells.values())
        self.loaded_once = True
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._cells = {}
        self._count = 0
        self._hours = list(WORKING_HOURS)
        self.loaded_once = False
        self.endResetModel()

    def day_of(self, column: int) -> date | None:
        return self._monday + timedelta(days=column) if self._monday else None

    def hour_of(self, row: int) -> int:
        return self._hours[row]

    def row_of_hour(self, hour: int) -> int:
        return self._hours.index(hour)

    def appointments_at(self, row: int, column: int) -> list:
        return list(self._cells.get((row, column), ()))

    def cell_text(self, row: int, column: int) -> str:
        """Each booking in two lines (see `_line`), one after the other."""
        return "\n".join(self._line(a) for a in self.appointments_at(row, column))

    # ---- words ----------------------------------------------------------------------
    def _who(self, appointment) -> str:
        if appointment.expected:
            return appointment.expected
        if appointment.token_number is not None:
            return self.tr("Token %1").replace("%1", str(appointment.token_number)).replace(
                " ", NBSP)
        return appointment.case_reference or ""

    def _line(self, appointment) -> str:
        """Two lines: `10:00 · Room 2` (or the kind, for a virtual session), then who is
        expected. Time and room never wrap (no-break spaces) and each part is isolated,
        so they read the same in an Urdu cell; a long name wraps on its own line rather
        than breaking across the time and the room, as one long line did."""
        # "Online" rather than "Virtual session": it fits a narrow cell in both languages.
        where = appointment.room or (labels.label(labels.channels, Channel.VIRTUAL)
                                     if appointment.kind == AppointmentKind.VIRTUAL else "")
        parts = [formatting.time_of_day(appointment.starts_at), where.replace(" ", NBSP)]
        first = f"{NBSP}·{NBSP}".join(f"\u2068{part}\u2069" for part in parts if part)
        return f"{first}\n\u2068{self._who(appointment)}\u2069"

    def _tooltip(self, appointment) -> str:
        return " · ".join(part for part in (
            self._line(appointment).replace("\n", " · "),
            labels.label(labels.appointment_kinds, appointment.kind),
            appointment.counsellor or "",
            labels.label(labels.appointment_statuses, appointment.status)) if part)

    # ---- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._monday is None else len(self._hours)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._monday is None else 7

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._tooltip(a) for a in self.appointments_at(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.BackgroundRole and self.day_of(column) == self._today:
            return QBrush(TODAY_BACKGROUND)
        if role == ROW_ROLE:
            return self.appointments_at(row, column)
        if role == DAY_ROLE:
            return self.day_of(column)
        if role == HOUR_ROLE:
            return self.hour_of(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._monday is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.day_of(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return i18n.locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
            if role == Qt.ItemDataRole.FontRole and day == self._today:
                font = QFont()
                font.setBold(not i18n.is_urdu())   # Urdu is never drawn bold (see fonts)
                font.setUnderline(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._hours[section]:02d}:00"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
        return None

    def retranslate(self) -> None:
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6))
