"""The status bar's permanent facts: which database, sync state, who is signed in.

Sync and accounts come with their own issues; until then the bar says plainly that
they are not set up, rather than showing nothing (or something reassuring and false).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class DeskStatus(QWidget):
    def __init__(self, database_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._path = database_path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.database_label = QLabel(self)
        self.database_label.setObjectName("status-database")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("status-sync")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("status-user")
        for position, label in enumerate((self.database_label, self.sync_label,
                                          self.user_label)):
            if position:
                separator = QFrame(self)
                separator.setFrameShape(QFrame.Shape.VLine)
                layout.addWidget(separator)
            layout.addWidget(label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self._path.name if self._path else self.tr("no file")
        self.database_label.setText(self.tr("Database: %1").replace("%1", name))
        # The full path, for the admin who needs to find the file.
        self.database_label.setToolTip(str(self._path) if self._path else "")
        self.sync_label.setText(self.tr("Sync: not set up"))
        self.user_label.setText(self.tr("Not signed in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
