"""What every screen of the main window shares: a title, loading through the runner,
refreshing when data it shows has changed, and retranslating on a language switch.

A screen loads when it is first shown, not at start-up, so opening the window costs
one screen's queries. A change announced while a screen is hidden marks it stale; it
reloads the next time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import fonts, i18n
from ..runner import Runner


@dataclass(frozen=True)
class ScreenContext:
    runner: Runner
    today: Callable[[], date]   # Pakistan's date; tests and screenshots pin it


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
        self.setObjectName(f"screen-{self.screen_id}")
        self._stale = True
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

    # ---- refreshing -----------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self.load()

    def _on_data_changed(self, changes: frozenset[str]) -> None:
        if not (changes & self.areas):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
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
