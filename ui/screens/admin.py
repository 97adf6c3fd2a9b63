"""Admin: which database this desk uses, its schema version and how many rows each table holds.

Accounts, backups and sync settings come with their own issues; this is what an admin
checks first when something looks wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from workstation.services.desk import DeskInfo, desk_info

from .. import formatting
from ..models.row_models import Column, LoadedTableModel
from ..widgets.list_panel import ListPanel
from .base import Screen


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


class AdminScreen(Screen):
    # Any change alters a row count.
    screen_id = "admin"
    areas = frozenset({"contacts", "cases", "follow_ups", "directory", "appointments",
                       "accounts"})

    def title(self) -> str:
        return self.tr("Admin")

    def build(self) -> None:
        self.path_caption = QLabel(self)
        self.path_value = QLabel(self)
        self.path_value.setObjectName("database-path")
        self.path_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schema_caption = QLabel(self)
        self.schema_value = QLabel(self)
        self.schema_value.setObjectName("schema")
        form = QFormLayout()
        form.addRow(self.path_caption, self.path_value)
        form.addRow(self.schema_caption, self.schema_value)
        self.layout_.addLayout(form)
        self.counts_label = QLabel(self)
        self.layout_.addWidget(self.counts_label)
        self.model = LoadedTableModel(self.runner, [
            Column("table", lambda: self.tr("Table"), lambda r: r.table),
            Column("rows", lambda: self.tr("Rows"), lambda r: formatting.number(r.rows),
                   sort_key=lambda r: r.rows,
                   # Right in both directions, so units line up under units.
                   alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                   | Qt.AlignmentFlag.AlignVCenter),
        ], label="row counts", parent=self)
        self.panel = ListPanel(self.model, lambda: self.tr("The database has no tables."),
                               sortable=True, parent=self)
        self.panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.panel.table.horizontalHeader().setStretchLastSection(False)
        # Two short columns: a full-width grid would be mostly empty.
        self.panel.setMaximumWidth(520)
        self.layout_.addWidget(self.panel, 1)
        self._info: DeskInfo | None = None

    def retranslate_ui(self) -> None:
        self.path_caption.setText(self.tr("Database file:"))
        self.schema_caption.setText(self.tr("Schema version:"))
        self.counts_label.setText(self.tr("Rows in each table:"))
        self._show_info()

    def _show_info(self) -> None:
        info = self._info
        if info is None:
            self.path_value.setText("…")
            self.schema_value.setText("…")
            return
        # A path reads left to right even in an Urdu window, next to its caption.
        self.path_value.setText(formatting.left_to_right(info.path) if info.path
                                else self.tr("(not a file)"))
        if info.schema_revision == info.schema_head:
            schema = self.tr("%1 (the newest this version knows)")
        else:
            schema = self.tr("%1 (this version knows up to %2)")
        self.schema_value.setText(schema.replace("%1", info.schema_revision or "?")
                                  .replace("%2", info.schema_head))

    def load(self) -> None:
        self.runner.run(lambda ctx: desk_info(ctx.database), done=self._show,
                        failed=self.model.show_failure, label="desk info", owner=self)

    def _show(self, info: DeskInfo) -> None:
        self._info = info
        self._show_info()
        self.model.show_rows([TableCount(table, rows) for table, rows in info.counts.items()])
