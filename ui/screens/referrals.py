"""Referrals: the directory of services a counsellor refers callers to, by district.

Searching by need and recording a referral come with the referral issue; this screen
already lists the real directory, in the UI language where the entry has an Urdu name.
Service phone numbers are the services' public numbers, not callers'.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCollator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from workstation import reference
from workstation.services import browse

from .. import formatting, i18n, labels
from ..models.row_models import Column, PagedTableModel
from ..widgets.list_panel import ListPanel
from .base import Screen


class ReferralsScreen(Screen):
    screen_id = "referrals"
    areas = frozenset({"directory"})

    def title(self) -> str:
        return self.tr("Referrals")

    def build(self) -> None:
        self.district_label = QLabel(self)
        self.district_combo = QComboBox(self)
        self.district_combo.setObjectName("district-filter")
        # 170 districts: typing a few letters jumps to one.
        self.district_combo.setMaxVisibleItems(20)
        self.district_label.setBuddy(self.district_combo)
        self.district_combo.currentIndexChanged.connect(self._district_chosen)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        filters = QHBoxLayout()
        filters.addWidget(self.district_label)
        filters.addWidget(self.district_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.layout_.addLayout(filters)
        self.model = PagedTableModel(self.runner, self._columns(), label="directory", parent=self)
        self.model.total_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.panel = ListPanel(self.model, self._empty_text, parent=self)
        self.layout_.addWidget(self.panel, 1)
        self._filling = False

    def _columns(self) -> list[Column]:
        return [
            Column("service", lambda: self.tr("Service"),
                   lambda r: labels.bilingual(r.name, r.name_ur)),
            Column("type", lambda: self.tr("Type"),
                   lambda r: labels.bilingual(r.service_type_en, r.service_type_ur)),
            Column("district", lambda: self.tr("District"), lambda r: labels.district(r.district_code)),
            Column("phone", lambda: self.tr("Phone"),
                   lambda r: formatting.left_to_right(r.phone or "")),
            Column("hours", lambda: self.tr("Hours"), lambda r: r.hours or ""),
        ]

    def selected_district(self) -> str | None:
        return self.district_combo.currentData()

    def show_district(self, code: str | None) -> None:
        """Show the services of one district (the caller's, from the call screen)."""
        found = self.district_combo.findData(code) if code else 0
        self.district_combo.setCurrentIndex(max(found, 0))

    def _fill_districts(self) -> None:
        """All districts, sorted as the UI language sorts (Urdu alphabetical order in Urdu)."""
        chosen = self.selected_district()
        collator = QCollator(i18n.locale())
        names = {d.code: labels.district(d.code) for d in reference.districts()}
        codes = sorted(names, key=functools.cmp_to_key(
            lambda a, b: collator.compare(names[a], names[b])))
        self._filling = True
        try:
            self.district_combo.clear()
            self.district_combo.addItem(self.tr("All districts"), None)
            for code in codes:
                self.district_combo.addItem(names[code], code)
            found = self.district_combo.findData(chosen)
            self.district_combo.setCurrentIndex(max(found, 0))
        finally:
            self._filling = False

    def _district_chosen(self, _index: int) -> None:
        if not self._filling:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.district_label.setText(self.tr("&District:"))
        self._fill_districts()
        self._show_count()

    def _empty_text(self) -> str:
        if self.selected_district():
            return self.tr("The directory has no services in %1.").replace(
                "%1", labels.district(self.selected_district()))
        return self.tr("The directory is empty.")

    def _show_count(self, *_args) -> None:
        total = self.model.total
        self.count_label.setText("" if total is None else self.tr("%Ln service(s)", "", total))

    def load(self) -> None:
        district = self.selected_district()
        self.model.set_query(lambda db, offset, limit: browse.service_page(
            db, offset=offset, limit=limit, district_code=district))

    def clear_data(self) -> None:
        self.model.clear()
