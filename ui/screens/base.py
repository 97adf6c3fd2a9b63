"""What every screen of the main window shares: a title, loading through the runner,
refreshing when data it shows has changed, forgetting its data when the desk locks,
and retranslating on a language switch.

A screen loads when it is first shown, not at start-up, so opening the window costs
one screen's queries. A change announced while a screen is hidden marks it stale; it
reloads the next time it is shown.

Locking (`clear`) empties the screen's models and figures — the data is gone from the
widgets, not merely covered — and any answer still on its way from the runner is
dropped when it arrives (`run` checks the screen's epoch). Nothing loads while the
session is locked; the screen in view reloads once it is unlocked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import fonts, i18n
from ..navigation import Navigator
from ..runner import Runner
from ..session import SignedIn


@dataclass(frozen=True)
class ScreenContext:
    runner: Runner
    today: Callable[[], date]   # Pakistan's date; tests and screenshots pin it
    user: SignedIn              # who is signed in: their role, centre and session
    navigator: Navigator        # asks the window to show another screen (see navigation)


class Screen(QWidget):
    """Subclasses set `screen_id` and `areas`, build their widgets in `build()`, and
    implement `title()`, `retranslate_ui()` and `load()`."""

    screen_id = ""
    # Areas of data this screen shows; a change to any of them reloads it.
    areas: frozenset[str] = frozenset()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.runner = context.runner
        self.user = context.user
        self.setObjectName(f"screen-{self.screen_id}")
        self._stale = True
        self._epoch = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        # Nastaliq's ک and گ rise above the font's ascent: room so they are not cut off.
        self.heading.setContentsMargins(0, 8, 0, 2)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.build()
        self.runner.data_changed.connect(self._on_data_changed)
        self._retranslate()

    # ---- for subclasses -------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every text again in the current language."""

    def load(self) -> None:
        """Ask the runner for this screen's data."""
        raise NotImplementedError

    def clear_data(self) -> None:
        """Empty every model and figure of the screen (the desk is locking)."""
        raise NotImplementedError

    def has_unsaved_work(self) -> bool:
        """Something typed here is not saved yet (the window saves it before closing)."""
        return False

    def keep_unsaved_work(self) -> None:
        """Queue saving what is typed, with a copy of the session: called just before the
        desk locks, signs out or closes, after which the session has no keys."""

    # ---- who is signed in -----------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.user.session.locked

    @property
    def centre_code(self) -> str | None:
        """The signed-in person's centre, which scopes the lists; None for all centres."""
        return self.user.centre_code

    # ---- loading --------------------------------------------------------------------
    def run(self, job, *, done, failed=None, changes=(), label: str = "") -> None:
        """`runner.run` for this screen: an answer arriving after the screen was
        cleared (the desk locked meanwhile) is dropped, not shown."""
        epoch = self._epoch

        def deliver(result) -> None:
            if epoch == self._epoch and not self.locked:
                done(result)

        def report(error: BaseException) -> None:
            if epoch == self._epoch and not self.locked and failed is not None:
                failed(error)

        self.runner.run(job, done=deliver, failed=report if failed else None,
                        changes=changes, label=label, owner=self)

    # ---- refreshing -----------------------------------------------------------------
    def refresh(self) -> None:
        if self.locked:
            self._stale = True
            return
        self._stale = False
        self.load()

    def clear(self) -> None:
        """Forget everything shown; reload when next shown after unlocking."""
        self._epoch += 1
        self._stale = True
        self.clear_data()

    def _on_data_changed(self, changes: frozenset[str]) -> None:
        if not (changes & self.areas):
            return
        if self.isVisible() and not self.locked:
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self.locked:
            self.refresh()

    # ---- language -------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.heading.setText(self.title())
        # Nastaliq for Urdu headings (see fonts.ui_font for why body text is Naskh).
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.4))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
