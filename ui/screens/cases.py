"""Cases: every case of the desk, newest first, filtered by status, with the total.

Opening and editing a case comes with the case form issue; the list shows coded,
non-identifying columns only, so it needs no key and shows no client's name. It holds
the cases of the signed-in person's centre (all centres for those without one), and the
category of a restricted case only to those who may open it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from workstation.domain.vocab import CaseStatus
from workstation.services import browse

from .. import formatting, labels
from ..models.row_models import Column, PagedTableModel
from ..widgets.list_panel import ListPanel
from .base import Screen


class CasesScreen(Screen):
    screen_id = "cases"
    areas = frozenset({"cases"})

    def title(self) -> str:
        return self.tr("Cases")

    def build(self) -> None:
        self.status_label = QLabel(self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status-filter")
        self.status_label.setBuddy(self.status_combo)
        self.status_combo.addItem("", None)
        for status in CaseStatus:
            self.status_combo.addItem("", status.value)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.layout_.addLayout(filters)
        self.model = PagedTableModel(self.runner, self._columns(), label="cases", parent=self)
        self.model.total_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.panel = ListPanel(self.model, self._empty_text, parent=self)
        self.layout_.addWidget(self.panel, 1)

    def _columns(self) -> list[Column]:
        return [
            Column("reference", lambda: self.tr("Reference"), lambda r: r.reference),
            Column("opened", lambda: self.tr("Opened (Pakistan time)"),
                   lambda r: formatting.date_time(r.opened_at)),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.case_statuses, r.status)),
            Column("risk", lambda: self.tr("Risk"),
                   lambda r: labels.label(labels.risk_levels, r.risk_level)),
            Column("category", lambda: self.tr("Category"),
                   lambda r: labels.bilingual(r.category_en, r.category_ur)),
            Column("district", lambda: self.tr("District"), lambda r: labels.district(r.district_code)),
            Column("counsellor", lambda: self.tr("Counsellor"), lambda r: r.counsellor or ""),
            Column("access", lambda: self.tr("Access"),
                   lambda r: self.tr("Restricted") if r.restricted else ""),
        ]

    def selected_status(self) -> str | None:
        return self.status_combo.currentData()

    def retranslate_ui(self) -> None:
        self.status_label.setText(self.tr("&Status:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for position, status in enumerate(CaseStatus, start=1):
            self.status_combo.setItemText(position, labels.label(labels.case_statuses, status))
        self._show_count()

    def _empty_text(self) -> str:
        if self.selected_status():
            return self.tr("No cases have the status “%1”.").replace(
                "%1", labels.label(labels.case_statuses, self.selected_status()))
        return self.tr("No cases have been opened yet.")

    def _show_count(self, *_args) -> None:
        total = self.model.total
        self.count_label.setText("" if total is None else self.tr("%Ln case(s)", "", total))

    def load(self) -> None:
        status, centre, actor = self.selected_status(), self.centre_code, self.user.session.actor
        self.model.set_query(lambda db, offset, limit: browse.case_page(
            db, offset=offset, limit=limit, status=status, centre_code=centre, actor=actor))

    def clear_data(self) -> None:
        self.model.clear()
