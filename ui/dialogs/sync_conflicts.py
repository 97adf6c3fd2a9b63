"""Sync conflicts for a supervisor: each value that lost a concurrent edit on two desks,
readable, with where and when it was written — so nothing an outage made two people
type differently is lost without someone seeing it.

    SyncConflictsDialog(runner, user: SignedIn, parent=None)

Opening it reads the conflicts through the runner (`workstation.sync.conflicts`), which
opens sealed values with the supervisor's keys and audits the review.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workstation.sync.conflicts import ConflictView, review_conflicts

from .. import formatting
from ..models.row_models import Column, LoadedTableModel
from ..runner import Runner
from ..session import SignedIn
from ..widgets.list_panel import ListPanel


class SyncConflictsDialog(QDialog):
    def __init__(self, runner: Runner, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync-conflicts")
        self.resize(1000, 520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = LoadedTableModel(runner, self._columns(), label="sync conflicts",
                                      parent=self)
        self.panel = ListPanel(self.model, lambda: self.tr(
            "No conflicts: every desk's changes were merged without one."), parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro.setText(self.tr(
            "When two desks changed the same field during an outage, the later change was "
            "kept everywhere. The value it replaced is listed here; copy it back into the "
            "record if it was the right one."))
        session = user.session
        self.model.set_query(lambda database: review_conflicts(database, session))

    def _columns(self) -> list[Column]:
        return [
            Column("when", lambda: self.tr("When"),
                   lambda v: formatting.date_time(v.record.recorded_at)),
            Column("record", lambda: self.tr("Record"),
                   lambda v: f"{v.record.table} {v.record.row_id[:8]}"),
            Column("field", lambda: self.tr("Field"), lambda v: v.field),
            Column("lost", lambda: self.tr("Value that was replaced"), self._lost),
            Column("from", lambda: self.tr("Written on"), lambda v: v.record.losing_desk or ""),
            Column("kept", lambda: self.tr("Kept from"), lambda v: v.record.winning_desk or ""),
        ]

    def _lost(self, view: ConflictView) -> str:
        if view.unreadable:
            return self.tr("(cannot be read: damaged)")
        return " ".join((view.losing_text or self.tr("(empty)")).split())
