"""The status bar's permanent facts: which database, sync state, who is signed in.

Sync says plainly where it stands — not set up, in progress, up to date, how many
changes wait, offline with the changes kept — never something reassuring and false. The signed-in person
is named with their role and centre, so a colleague sitting down at a desk left
unlocked sees at once whose session it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from workstation.domain.permissions import Action

from .. import formatting, labels


class DeskStatus(QWidget):
    def __init__(self, database_path: Path | None, user=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._path = database_path
        self._user = user  # a session.SignedIn
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.database_label = QLabel(self)
        self.database_label.setObjectName("status-database")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("status-sync")
        self.pbx_label = QLabel(self)
        self.pbx_label.setObjectName("status-pbx")
        self._pbx: tuple[int | None, str | None] | None = None
        self._sync = None   # a ui.sync_scheduler.SyncState
        self.user_label = QLabel(self)
        self.user_label.setObjectName("status-user")
        self._separators: dict[QLabel, QFrame] = {}
        for position, label in enumerate((self.database_label, self.sync_label,
                                          self.pbx_label, self.user_label)):
            if position:
                separator = QFrame(self)
                separator.setFrameShape(QFrame.Shape.VLine)
                layout.addWidget(separator)
                self._separators[label] = separator
            layout.addWidget(label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self._path.name if self._path else self.tr("no file")
        self.database_label.setText(self.tr("Database: %1").replace("%1", name))
        # The full path, for the admin who needs to find the file.
        self.database_label.setToolTip(str(self._path) if self._path else "")
        self._show_sync()
        self._show_pbx()
        user = self._user
        if user is None:
            self.user_label.setText(self.tr("Not signed in"))
            return
        session = user.session
        role = labels.label(labels.roles, session.actor.role)
        if user.centre_code:
            text = formatting.insert(self.tr("Signed in: %1 (%2, %3)"), session.display_name,
                                     role, user.centre_code)
        else:
            text = formatting.insert(self.tr("Signed in: %1 (%2)"), session.display_name, role)
        self.user_label.setText(text)
        self.user_label.setToolTip(session.username)

    def show_sync(self, state) -> None:
        self._sync = state
        self._show_sync()

    def _show_sync(self) -> None:
        state = self._sync
        status = state.status if state else None
        tip = ""
        if state is None or (status is None and not state.running) or \
                (status is not None and not status.configured):
            text = self.tr("Sync: not set up")
            tip = self.tr("An administrator connects this desk to the shared database "
                          "with “workstation sync setup”.")
        elif state.running:
            if state.stage and state.total:
                words = (self.tr("Sync: sending %1 of %2") if state.stage == "push"
                         else self.tr("Sync: receiving %1 of %2"))
                text = words.replace("%1", formatting.number(state.done)).replace(
                    "%2", formatting.number(state.total))
            else:
                text = self.tr("Sync: in progress…")
        elif state.error is not None:
            pending = status.pending if status else 0
            text = self.tr("Sync: offline, %Ln change(s) kept on this desk", "", pending)
            tip = state.error
        elif status.pending:
            text = self.tr("Sync: %Ln change(s) waiting", "", status.pending)
        else:
            when = status.last_success_at
            text = (self.tr("Sync: up to date (%1)").replace("%1", formatting.time_of_day(when))
                    if when else self.tr("Sync: up to date"))
        if status is not None and status.conflicts and self._user is not None \
                and self._user.may(Action.REVIEW_CONFLICTS):
            text += " · " + self.tr("%Ln conflict(s) to review", "", status.conflicts)
        if status is not None and status.last_success_at and not tip:
            tip = self.tr("Last synced %1").replace(
                "%1", formatting.date_time(status.last_success_at))
        self.sync_label.setText(text)
        self.sync_label.setToolTip(tip)

    def show_pbx(self, port: int | None, problem: str | None) -> None:
        """Whether the PBX hook listens (hidden when the app runs without it)."""
        self._pbx = (port, problem)
        self._show_pbx()

    def _show_pbx(self) -> None:
        if self._pbx is None:
            self.pbx_label.hide()
            self._separators[self.pbx_label].hide()
            return
        port, problem = self._pbx
        if port is not None:
            self.pbx_label.setText(self.tr("PBX: listening (port %1)").replace("%1", str(port)))
            self.pbx_label.setToolTip("")
        else:
            self.pbx_label.setText(self.tr("PBX: not connected"))
            self.pbx_label.setToolTip(problem or "")
        self.pbx_label.show()
        self._separators[self.pbx_label].show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
