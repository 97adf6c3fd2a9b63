"""Reports: for supervisors the dashboard, anonymised statistics for any period, and data
retention; for everyone else the desk's figures at a glance (counted across all
centres), as before.

Each tab loads when it is first shown. The dashboard counts again every minute and
whenever a change here touches what it shows.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget

from workstation.domain.permissions import Action
from workstation.services import browse

from .. import formatting
from ..widgets.figures import Figure, FigureRow
from .base import Screen
from .dashboard_panel import DashboardPanel
from .report_panel import ReportPanel
from .retention_panel import RetentionPanel


class ReportsScreen(Screen):
    screen_id = "reports"
    areas = frozenset({"contacts", "cases", "follow_ups", "directory", "callbacks",
                       "referrals", "retention"})

    def title(self) -> str:
        return self.tr("Reports")

    def build(self) -> None:
        self.supervising = self.user.may(Action.VIEW_REPORTS)
        if self.supervising:
            self._build_tabs()
        else:
            self._build_overview()

    # ---- supervisors --------------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports-tabs")
        self.tabs.setDocumentMode(True)
        self.dashboard = DashboardPanel(self, self.tabs)
        self.report = ReportPanel(self, self.tabs)
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.report, "")
        self.retention: RetentionPanel | None = None
        if self.user.may(Action.CONFIRM_RETENTION):
            self.retention = RetentionPanel(self, self.tabs)
            self.tabs.addTab(self.retention, "")
        self.tabs.currentChanged.connect(lambda _i: self.load())
        self.layout_.addWidget(self.tabs, 1)

    # ---- everyone else ------------------------------------------------------------------
    def _build_overview(self) -> None:
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("scope")
        self.scope_label.setWordWrap(True)
        self.figures = FigureRow([
            Figure("contacts_today", lambda: self.tr("Contacts today")),
            Figure("abandoned_today", lambda: self.tr("Abandoned or missed today")),
            Figure("open_cases", lambda: self.tr("Cases not closed")),
            Figure("overdue_follow_ups", lambda: self.tr("Follow-ups overdue")),
            Figure("services", lambda: self.tr("Services in the directory")),
        ], columns=3, parent=self)
        self.counted_label = QLabel(self)
        self.counted_label.setObjectName("counted-at")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.layout_.addWidget(self.scope_label)
        self.layout_.addWidget(self.figures)
        footer = QHBoxLayout()
        footer.addWidget(self.counted_label)
        footer.addWidget(self.refresh_button)
        footer.addStretch(1)
        self.layout_.addLayout(footer)
        self.layout_.addStretch(1)
        self._counted_at: datetime | None = None
        self._failed: BaseException | None = None

    def retranslate_ui(self) -> None:
        if self.supervising:
            self.tabs.setTabText(self.tabs.indexOf(self.dashboard), self.tr("&Dashboard"))
            self.tabs.setTabText(self.tabs.indexOf(self.report), self.tr("&Statistics"))
            if self.retention is not None:
                self.tabs.setTabText(self.tabs.indexOf(self.retention),
                                     self.tr("Data &retention"))
            return
        self.scope_label.setText(self.tr(
            "Figures for %1 (Pakistan time), counted across all centres in this desk's "
            "database.").replace("%1", formatting.long_date(self.context.today())))
        self.refresh_button.setText(self.tr("&Count again"))
        self._show_counted_at()

    def _show_counted_at(self) -> None:
        if self._failed is not None:
            self.counted_label.setText(self.tr("The figures could not be counted."))
        elif self._counted_at is None:
            self.counted_label.setText(self.tr("Counting…"))
        else:
            self.counted_label.setText(self.tr("Counted at %1.").replace(
                "%1", formatting.time_of_day(self._counted_at)))

    def load(self) -> None:
        if self.supervising:
            page = self.tabs.currentWidget()
            if page is self.dashboard:
                self.dashboard.refresh()
            elif page is self.report:
                self.report.load()
            elif page is self.retention:
                self.retention.load()
            return
        today = self.context.today()
        self.retranslate_ui()
        self.run(lambda ctx: browse.overview(ctx.database, today),
                 done=self._show, failed=self._show_failure, label="overview")

    def clear_data(self) -> None:
        if self.supervising:
            self.dashboard.clear()
            self.report.clear()
            if self.retention is not None:
                self.retention.clear()
            return
        self._counted_at = None
        self._failed = None
        self.figures.set_values({})
        self._show_counted_at()

    def _show(self, overview: browse.Overview) -> None:
        self._failed = None
        self._counted_at = datetime.now(formatting.PKT)
        self.figures.set_values(vars(overview))
        self._show_counted_at()

    def _show_failure(self, error: BaseException) -> None:
        self._failed = error
        self.figures.set_values({})
        self._show_counted_at()
