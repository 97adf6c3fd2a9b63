"""Calls: today's figures and the most recent contacts of all centres.

Call handling (taking a call, the caller's history) comes with its own issue; this
screen already shows the real contact log of the signed-in person's centre (all centres
for those without one), newest first, without names or numbers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel

from workstation.services import browse

from .. import formatting, labels
from ..models.row_models import Column, PagedTableModel
from ..widgets.figures import Figure, FigureRow
from ..widgets.list_panel import ListPanel
from .base import Screen


class CallsScreen(Screen):
    screen_id = "calls"
    areas = frozenset({"contacts", "cases", "follow_ups"})

    def title(self) -> str:
        return self.tr("Calls")

    def build(self) -> None:
        self.today_label = QLabel(self)
        self.today_label.setObjectName("today")
        self.figures = FigureRow([
            Figure("contacts_today", lambda: self.tr("Contacts today")),
            Figure("abandoned_today", lambda: self.tr("Abandoned or missed today")),
        ], parent=self)
        self.list_label = QLabel(self)
        self.list_label.setObjectName("list-label")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.model = PagedTableModel(self.runner, self._columns(), label="recent contacts",
                                     parent=self)
        self.model.total_changed.connect(self._show_count)
        self.panel = ListPanel(self.model, lambda: self.tr("No contacts have been recorded yet."),
                               parent=self)
        self.layout_.addWidget(self.today_label)
        self.layout_.addWidget(self.figures)
        caption = QHBoxLayout()
        caption.addWidget(self.list_label, 1)
        caption.addWidget(self.count_label)
        self.layout_.addLayout(caption)
        self.layout_.addWidget(self.panel, 1)

    def _columns(self) -> list[Column]:
        return [
            Column("time", lambda: self.tr("Time (Pakistan)"),
                   lambda r: formatting.date_time(r.started_at)),
            Column("centre", lambda: self.tr("Centre"), lambda r: r.centre_code),
            Column("channel", lambda: self.tr("Channel"),
                   lambda r: labels.label(labels.channels, r.channel)),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.contact_statuses, r.status)),
            Column("outcome", lambda: self.tr("Outcome"),
                   lambda r: labels.label(labels.outcomes, r.outcome)),
            Column("category", lambda: self.tr("Category"),
                   lambda r: labels.bilingual(r.category_en, r.category_ur)),
            Column("district", lambda: self.tr("District"), lambda r: labels.district(r.district_code)),
            Column("counsellor", lambda: self.tr("Counsellor"), lambda r: r.counsellor or ""),
        ]

    def retranslate_ui(self) -> None:
        if self.centre_code:
            self.list_label.setText(self.tr("Recent contacts at %1, newest first")
                                    .replace("%1", self.user.centre_name()))
        else:
            self.list_label.setText(self.tr("Recent contacts at all centres, newest first"))
        self._show_today()
        self._show_count()

    def _show_today(self) -> None:
        self.today_label.setText(self.tr("Today, %1 (Pakistan time), all centres")
                                 .replace("%1", formatting.long_date(self.context.today())))

    def _show_count(self, *_args) -> None:
        total = self.model.total
        self.count_label.setText("" if total is None else self.tr("%Ln contact(s)", "", total))

    def load(self) -> None:
        self._show_today()
        today = self.context.today()
        self.run(lambda ctx: browse.overview(ctx.database, today),
                 done=self._show_overview, label="overview")
        centre = self.centre_code
        self.model.set_query(lambda db, offset, limit: browse.recent_contacts(
            db, offset=offset, limit=limit, centre_code=centre))

    def clear_data(self) -> None:
        self.figures.set_values({})
        self.model.clear()

    def _show_overview(self, overview: browse.Overview) -> None:
        self.figures.set_values({"contacts_today": overview.contacts_today,
                                 "abandoned_today": overview.abandoned_today})
