"""The supervisor's dashboard: today at the centre (or every centre), refreshed every
minute and whenever a contact, case, call-back, follow-up or referral changes here.

Figures on top, three charts (contacts per hour, open cases by status and by risk), and
the team: contacts answered today, average handling and wrap-up time, open cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.reports.dashboard import Dashboard, dashboard
from workstation.services import centres

from .. import formatting, labels, messages
from ..models.row_models import Column, LoadedTableModel
from ..widgets.charts import BarChart
from ..widgets.figures import Figure, FigureRow
from ..widgets.form import ERROR_STYLE
from ..widgets.list_panel import ListPanel

REFRESH_MS = 60_000
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class StaffRow:
    name: str
    role: str
    contacts: int
    handling: float | None
    wrapup: float | None
    open_cases: int


def minutes_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    whole = int(round(seconds))
    return formatting.left_to_right(f"{whole // 60}:{whole % 60:02d}")


class DashboardPanel(QWidget):
    def __init__(self, screen, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.screen = screen
        self.board: Dashboard | None = None
        self._failed: BaseException | None = None
        self.scope = QLabel(self)
        self.scope.setObjectName("dashboard-scope")
        self.scope.setWordWrap(True)
        self.centre = QComboBox(self)
        self.centre.setObjectName("dashboard-centre")
        self.centre.setVisible(screen.centre_code is None)
        self.centre.currentIndexChanged.connect(lambda _i: self.refresh())
        self._centres_loaded = False
        self.figures = FigureRow([
            Figure("answered", lambda: self.tr("Answered today")),
            Figure("abandoned", lambda: self.tr("Abandoned or missed today")),
            Figure("callbacks_done", lambda: self.tr("Call-backs done today")),
            Figure("callbacks_pending", lambda: self.tr("Call-backs waiting")),
            Figure("overdue_follow_ups", lambda: self.tr("Follow-ups overdue")),
            Figure("referrals_awaiting", lambda: self.tr("Referrals awaiting an answer")),
        ], columns=6, parent=self)
        self.hours = BarChart("chart-hours", horizontal=False, max_bars=24, parent=self)
        self.statuses = BarChart("chart-statuses", parent=self)
        self.risks = BarChart("chart-risks", parent=self)
        self.staff_model = LoadedTableModel(self.screen.runner, [
            Column("name", lambda: self.tr("Name"), lambda r: r.name),
            Column("role", lambda: self.tr("Role"), lambda r: labels.label(labels.roles, r.role)),
            Column("contacts", lambda: self.tr("Contacts"),
                   lambda r: formatting.number(r.contacts), sort_key=lambda r: r.contacts,
                   alignment=RIGHT),
            Column("handling", lambda: self.tr("Call"),
                   lambda r: minutes_seconds(r.handling), sort_key=lambda r: r.handling or 0,
                   alignment=RIGHT),
            Column("wrapup", lambda: self.tr("Wrap-up"),
                   lambda r: minutes_seconds(r.wrapup), sort_key=lambda r: r.wrapup or 0,
                   alignment=RIGHT),
            Column("open_cases", lambda: self.tr("Open cases"),
                   lambda r: formatting.number(r.open_cases), sort_key=lambda r: r.open_cases,
                   alignment=RIGHT),
        ], label="team", parent=self)
        self.staff = ListPanel(self.staff_model, lambda: self.tr("Nobody has worked here today."),
                               sortable=True, parent=self)
        self.staff.setObjectName("dashboard-staff")
        self.staff.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.staff_caption = QLabel(self)
        self.counted = QLabel(self)
        self.counted.setObjectName("dashboard-counted")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("dashboard-refresh")
        self.refresh_button.clicked.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.centre)
        charts = QGridLayout()
        charts.addWidget(self.hours, 0, 0, 1, 2)
        charts.addWidget(self.statuses, 1, 0)
        charts.addWidget(self.risks, 1, 1)
        charts.setRowStretch(0, 4)
        charts.setRowStretch(1, 5)
        team = QVBoxLayout()
        team.addWidget(self.staff_caption)
        team.addWidget(self.staff, 1)
        body = QHBoxLayout()
        body.addLayout(charts, 1)
        body.addLayout(team, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.counted)
        footer.addWidget(self.refresh_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.retranslate_ui()

    # ---- loading ------------------------------------------------------------------------
    def chosen_centre(self) -> str | None:
        if self.screen.centre_code:
            return self.screen.centre_code
        return self.centre.currentData() or None

    def refresh(self) -> None:
        if self.screen.locked:
            return
        session = self.screen.user.session
        day = self.screen.context.today()
        centre = self.chosen_centre()
        if not self._centres_loaded and self.centre.isVisible():
            self.screen.run(lambda ctx: centres.list_centres(ctx.database),
                            done=self._fill_centres, label="centres")
        self.screen.run(lambda ctx: dashboard(ctx.database, session, day, centre),
                        done=self._show, failed=self._show_failure, label="dashboard")
        self.timer.start()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def _fill_centres(self, rows) -> None:
        self._centres_loaded = True
        self.centre.blockSignals(True)
        self.centre.clear()
        self.centre.addItem(self.tr("All centres"), "")
        for row in rows:
            self.centre.addItem(f"{labels.bilingual(row.name, row.name_ur)} ({row.code})",
                                row.code)
        self.centre.blockSignals(False)

    def _show(self, board: Dashboard) -> None:
        self.board = board
        self._failed = None
        self.figures.set_values({
            "answered": board.answered, "abandoned": board.abandoned + board.missed,
            "callbacks_done": board.callbacks_done,
            "callbacks_pending": board.callbacks_pending,
            "overdue_follow_ups": board.overdue_follow_ups,
            "referrals_awaiting": board.referrals_awaiting})
        self.staff_model.show_rows([StaffRow(s.name, s.role, s.contacts, s.average_handling_s,
                                             s.average_wrapup_s, s.open_cases)
                                    for s in board.staff])
        self._draw()

    def _draw(self) -> None:
        board = self.board
        if board is None:
            for chart in (self.hours, self.statuses, self.risks):
                chart.clear()
            self._show_counted()
            return
        self.hours.set_data(self.tr("Contacts per hour today"),
                            [(str(hour), count) for hour, count in enumerate(board.per_hour)])
        self.statuses.set_data(
            self.tr("Open cases by status (%1)").replace("%1", formatting.number(
                board.open_cases)),
            [(labels.label(labels.case_statuses, status), count)
             for status, count in board.open_by_status.items()])
        self.risks.set_data(self.tr("Open cases by risk"),
                            [(labels.label(labels.risk_levels, risk), count)
                             for risk, count in board.open_by_risk.items()])
        self._show_counted()

    def _show_failure(self, error: BaseException) -> None:
        self._failed = error
        self._show_counted()

    def _show_counted(self) -> None:
        self.counted.setStyleSheet("")
        if self._failed is not None:
            self.counted.setStyleSheet(ERROR_STYLE)
            self.counted.setText(self.tr("The dashboard could not be counted.") + " "
                                 + messages.full_text(self._failed))
        elif self.board is None:
            self.counted.setText(self.tr("Counting…"))
        else:
            self.counted.setText(self.tr("Counted at %1; counted again every minute.")
                                 .replace("%1", formatting.time_of_day(self.board.counted_at)))

    def clear(self) -> None:
        self.timer.stop()
        self.board = None
        self._failed = None
        self.figures.set_values({})
        self.staff_model.clear()
        self._draw()

    # ---- language -----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        centre = self.screen.user.centre_name() if self.screen.centre_code else None
        day = formatting.long_date(self.screen.context.today())
        if centre:
            self.scope.setText(formatting.insert(
                self.tr("Today, %1, at %2 (Pakistan time)."), day, centre))
        else:
            self.scope.setText(formatting.insert(self.tr("Today, %1 (Pakistan time)."), day))
        self.refresh_button.setText(self.tr("&Count again"))
        self.staff_caption.setText(self.tr("The team today (average call and wrap-up, in "
                                           "minutes and seconds):"))
        if self.centre.count():
            self.centre.setItemText(0, self.tr("All centres"))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
