"""The main window: navigation to the six screens, menus, and the status bar.

Keyboard first, because counsellors type while they talk: Ctrl+1 … Ctrl+6 switch
screens from anywhere, the navigation list is the first stop of Tab, F5 reloads the
screen in view, and every menu has a mnemonic. In Urdu the whole window mirrors, so
the navigation sits on the right where a right-to-left reader starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from workstation.errors import WorkstationError

from . import fonts, formatting, i18n, settings
from .runner import Runner
from .screens import SCREENS
from .screens.base import Screen, ScreenContext
from .widgets.desk_status import DeskStatus

# Language names are written in their own language, never translated, so a person
# who cannot read the current one can still find their own.
LANGUAGE_NAMES = {"en": "English", "ur": "اردو"}
FAILURE_MESSAGE_MS = 20_000
NAV_PADDING = 12
NAV_ROW_EXTRA = 18  # above the line height: room for Nastaliq's tall strokes


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, runner: Runner, database_path: Path | None, *,
                 today: Callable[[], date] = formatting.today_in_pakistan,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main-window")
        self.runner = runner
        context = ScreenContext(runner, today)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Nastaliq's first letter swings past its advance width: without side padding
        # the edge of the list cut it off.
        self.navigation.setStyleSheet(
            f"QListWidget#navigation::item {{ padding: 0px {NAV_PADDING}px; }}")
        self.stack = QStackedWidget(self)
        self.screens: list[Screen] = []
        for screen_class in SCREENS:
            screen = screen_class(context, self.stack)
            self.screens.append(screen)
            self.stack.addWidget(screen)
            item = QListWidgetItem(self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, screen.screen_id)
        self.navigation.currentRowChanged.connect(self._navigated)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.desk_status = DeskStatus(database_path, self)
        self.statusBar().addPermanentWidget(self.desk_status)
        runner.task_failed.connect(self._show_failure)

        self.retranslate_ui()
        self.navigation.setCurrentRow(0)
        self.navigation.setFocus()
        self.resize(1280, 800)

    # ---- menus ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(lambda: self.current_screen().refresh())
        self.view_menu.addAction(self.refresh_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.go_menu = bar.addMenu("")
        self.go_actions: list[QAction] = []
        for position, _screen in enumerate(self.screens):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{position + 1}"))
            # Reachable from every widget in the window, also while a list has focus.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, p=position: self.show_screen(p))
            self.go_menu.addAction(action)
            self.go_actions.append(action)

    # ---- screens --------------------------------------------------------------------
    def current_screen(self) -> Screen:
        return self.screens[self.stack.currentIndex()]

    def screen(self, screen_id: str) -> Screen:
        return next(s for s in self.screens if s.screen_id == screen_id)

    def show_screen(self, position: int) -> None:
        self.navigation.setCurrentRow(position)

    def _navigated(self, position: int) -> None:
        if position >= 0:
            self.stack.setCurrentIndex(position)

    # ---- language -------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        """Switch the whole interface now and remember the choice for next time."""
        settings.LANGUAGE.set(language)
        if language != i18n.current_language():
            i18n.apply_language(language)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Counsellor Workstation"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[i18n.current_language()].setChecked(True)
        self.go_menu.setTitle(self.tr("&Go"))
        for position, (screen, action) in enumerate(zip(self.screens, self.go_actions,
                                                        strict=True)):
            # Digits as mnemonics: they work on Urdu keyboards too.
            action.setText(f"&{position + 1}  {screen.title()}")
            self.navigation.item(position).setText(screen.title())
        self._size_navigation()

    def _size_navigation(self) -> None:
        # The navigation's six words are in Nastaliq, like the headings (it has a style
        # sheet, and such widgets keep their font: it is set here at every switch).
        self.navigation.setFont(fonts.display_font(i18n.current_language(), scale=1.1))
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(s.title()) for s in self.screens)
        self.navigation.setFixedWidth(widest + 2 * NAV_PADDING + 32)
        for position in range(self.navigation.count()):
            self.navigation.item(position).setSizeHint(
                QSize(widest, metrics.height() + NAV_ROW_EXTRA))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- failures and closing -------------------------------------------------------
    def _show_failure(self, label: str, error: BaseException) -> None:
        if isinstance(error, WorkstationError):
            text = str(error)
        else:
            text = self.tr("An unexpected error occurred; the details are in the log file.")
        self.statusBar().showMessage(text, FAILURE_MESSAGE_MS)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
