"""The main window: navigation to the screens, menus, and the status bar.

Keyboard first, because counsellors type while they talk: Ctrl+1 … Ctrl+7 switch
screens from anywhere, the navigation list is the first stop of Tab, F5 reloads the
screen in view, and every menu has a mnemonic. In Urdu the whole window mirrors, so
the navigation sits on the right where a right-to-left reader starts.

The window exists only for a signed-in person (`SignedIn`); signing out ends it. Its
centre is one of three pages: the workspace (navigation and screens), the lock screen,
and the quick-hide cover (see `lock`). Ctrl+L locks, F12 or Pause hides; both also
work from inside a dialog, through the application-wide `DeskGuard`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from workstation.domain.permissions import Action
from workstation.services import callbacks, handover

from . import clipboard, fonts, formatting, i18n, messages, settings
from .call_events import ArrivedCall, CallEvents
from .dialogs.guidance_sheet import GuidanceSheetDialog
from .dialogs.sync_conflicts import SyncConflictsDialog
from .lock import DeskGuard, LockScreen, QuickHideCover
from .navigation import ContactRequest, Navigator
from .runner import Runner
from .screens import SCREENS
from .screens.base import Screen, ScreenContext
from .session import SignedIn
from .sign_in import ChangePasswordDialog
from .sync_scheduler import SyncScheduler
from .widgets.desk_status import DeskStatus

# Language names are written in their own language, never translated, so a person
# who cannot read the current one can still find their own.
LANGUAGE_NAMES = {"en": "English", "ur": "اردو"}
log = logging.getLogger(__name__)

FAILURE_MESSAGE_MS = 20_000
# A ringing call the window could not show at once (locked, hidden, nobody signed in) is
# popped later only if it rang this recently; an older one has been answered or missed.
RINGING_FOR_S = 60
NAV_PADDING = 12
NAV_ROW_EXTRA = 18  # above the line height: room for Nastaliq's tall strokes


class MainWindow(QMainWindow):
    closed = Signal()
    signed_out = Signal()       # the person signed out or chose "Switch user"
    lock_changed = Signal(bool)

    def __init__(self, runner: Runner, database_path: Path | None, user: SignedIn, *,
                 today: Callable[[], date] = formatting.today_in_pakistan,
                 idle_ms: int | None = None, call_events: CallEvents | None = None,
                 parent: QWidget | None = None):
        """`idle_ms`: lock after this much idle time instead of the setting (tests).
        `call_events`: the PBX hook's events, when the app listens for them."""
        super().__init__(parent)
        self.setObjectName("main-window")
        self.runner = runner
        self.user = user
        self.session = user.session
        self.covered = False
        self._hidden_windows: list[QWidget] = []
        self._focus_before_cover: QWidget | None = None
        self._fixed_idle_ms = idle_ms
        self.navigator = Navigator(self)
        self.navigator.screen_requested.connect(self.show_screen_id)
        self.navigator.contact_requested.connect(self.start_contact)
        self.navigator.resume_requested.connect(self.resume_contact)
        self.navigator.referrals_requested.connect(self.show_referrals)
        self.navigator.case_requested.connect(self.show_case)
        self.navigator.sheet_requested.connect(self.show_sheet)
        self.navigator.referral_requested.connect(self.refer_case)
        self._today = today
        self.sheet_dialog = None
        context = ScreenContext(runner, today, user, self.navigator)

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

        self.workspace = QWidget(self)
        self.workspace.setObjectName("workspace")
        layout = QHBoxLayout(self.workspace)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.lock_screen = LockScreen(runner, self.session, self)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_user.connect(self.sign_out)
        self.cover = QuickHideCover(self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        for page in (self.workspace, self.lock_screen, self.cover):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self._build_menus()
        self.desk_status = DeskStatus(database_path, user, self)
        self.sync = None
        if runner.database is not None:
            self.sync = SyncScheduler(runner.database, runner.data_changed,
                                      interval_ms=settings.SYNC_MINUTES.get() * 60_000,
                                      parent=self)
            self.sync.changed.connect(self.desk_status.show_sync)
            self.sync.start()
        self.call_events = call_events
        self._waiting_calls: list[ArrivedCall] = []
        self.statusBar().addPermanentWidget(self.desk_status)
        runner.task_failed.connect(self._show_failure)

        self.guard = DeskGuard(idle_ms=self._idle_ms(), quick_hide=self.toggle_cover,
                               lock=self.lock, parent=self)
        self.guard.idle.connect(self.lock)
        self.guard.install()
        self.guard.watch()
        self.password_dialog: ChangePasswordDialog | None = None
        self._work_kept = False

        self.retranslate_ui()
        self.navigation.setCurrentRow(0)
        self.navigation.setFocus()
        self.resize(1280, 800)
        self._choose_first_screen(today())
        if call_events is not None:
            self._listen_to_pbx(call_events)

    # ---- menus ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_contact_action = QAction(self)
        self.new_contact_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_contact_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_contact_action.triggered.connect(self.new_contact)
        self.file_menu.addAction(self.new_contact_action)
        self.file_menu.addSeparator()
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.file_menu.addAction(self.password_action)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.file_menu.addAction(self.lock_action)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
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
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self.sync_now)
        self.view_menu.addAction(self.sync_action)
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.conflicts_action.setVisible(self.user.may(Action.REVIEW_CONFLICTS))
        self.view_menu.addAction(self.conflicts_action)
        self.hide_action = QAction(self)
        self.hide_action.setShortcuts([QKeySequence(Qt.Key.Key_F12),
                                       QKeySequence(Qt.Key.Key_Pause)])
        self.hide_action.triggered.connect(self.toggle_cover)
        self.view_menu.addAction(self.hide_action)
        self.idle_menu = self.view_menu.addMenu("")
        self.idle_group = QActionGroup(self)
        self.idle_group.setExclusive(True)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in settings.LOCK_IDLE_MINUTES.choices:
            action = QAction(self, checkable=True)
            action.triggered.connect(lambda _checked=False, m=minutes: self.set_idle_minutes(m))
            self.idle_group.addAction(action)
            self.idle_menu.addAction(action)
            self.idle_actions[minutes] = action
        self.idle_actions[settings.LOCK_IDLE_MINUTES.get()].setChecked(True)
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

        # Lock, hide and quit keep working while the menu bar is hidden (locked, covered).
        for action in (self.lock_action, self.hide_action, self.quit_action):
            self.addAction(action)

    # ---- screens --------------------------------------------------------------------
    def current_screen(self) -> Screen:
        return self.screens[self.stack.currentIndex()]

    def screen(self, screen_id: str) -> Screen:
        return next(s for s in self.screens if s.screen_id == screen_id)

    def show_screen(self, position: int) -> None:
        self.navigation.setCurrentRow(position)

    def show_screen_id(self, screen_id: str) -> Screen:
        screen = self.screen(screen_id)
        self.show_screen(self.screens.index(screen))
        return screen

    # ---- the PBX hook ---------------------------------------------------------------
    def _listen_to_pbx(self, events: CallEvents) -> None:
        events.incoming.connect(self._call_arrived)
        events.missed.connect(self._call_arrived)
        events.state_changed.connect(self._show_pbx_state)
        events.listening_for_window = True
        self._show_pbx_state()
        # Calls that came while nobody was signed in, after this window has settled.
        QTimer.singleShot(0, lambda: [self._call_arrived(call)
                                      for call in events.take_waiting()])

    def _stop_listening_to_pbx(self) -> None:
        events = self.call_events
        if events is None:
            return
        for signal, slot in ((events.incoming, self._call_arrived),
                             (events.missed, self._call_arrived),
                             (events.state_changed, self._show_pbx_state)):
            signal.disconnect(slot)
        events.listening_for_window = False
        for call in self._waiting_calls:
            events.keep(call)
        self._waiting_calls = []
        self.call_events = None

    def _show_pbx_state(self) -> None:
        events = self.call_events
        self.desk_status.show_pbx(events.port if events else None,
                                  events.problem if events else None)

    def _call_arrived(self, call: ArrivedCall) -> None:
        if self.locked or self.covered:
            self._waiting_calls.append(call)   # handled once the person is back
            return
        takes_contacts = self.user.may(Action.HANDLE_CONTACT) and self.user.centre_code
        if not takes_contacts:
            self.call_events.keep(call) if self.call_events else None
            self.statusBar().showMessage(self.tr(
                "A call event arrived from the PBX; it waits for a counsellor to sign in."),
                FAILURE_MESSAGE_MS)
            return
        event = call.event
        if event.kind == "incoming":
            if time.perf_counter() - call.arrived_at > RINGING_FOR_S:
                log.info("a ringing call from the PBX was not shown: it rang too long ago")
                return
            self.start_contact(ContactRequest(number=event.number or None,
                                              event_at=call.arrived_at))
            self.raise_()
            self.activateWindow()
            return
        session = self.session
        self.runner.run(
            lambda ctx: callbacks.add_hook_event(ctx.database, session, event.number,
                                                 event.received_at, event.event_id,
                                                 event.queue),
            done=self._missed_added, changes=("callbacks",), label="missed call",
            owner=self)

    def _missed_added(self, report) -> None:
        if report.added:
            self.statusBar().showMessage(self.tr(
                "A missed call was added to the worklist."), FAILURE_MESSAGE_MS)
        elif report.problems:
            self.statusBar().showMessage(self.tr(
                "A missed call came without a number; it cannot be called back."),
                FAILURE_MESSAGE_MS)

    def _handle_waiting_calls(self) -> None:
        waiting, self._waiting_calls = self._waiting_calls, []
        for call in waiting:
            self._call_arrived(call)

    def _choose_first_screen(self, today: date) -> None:
        """The morning worklist at sign-in when calls wait to be returned or follow-ups
        are due; the call screen when a contact was left open (it restores it there)."""
        if not self.user.may(Action.HANDLE_CONTACT):
            return
        session = self.session

        def chosen(found: handover.Waiting) -> None:
            if self.stack.currentIndex() != 0 or self.locked:
                return  # the person has moved on already
            if not found.open_contacts and (found.callbacks or found.follow_ups_due):
                self.show_screen_id("worklist")

        self.runner.run(lambda ctx: handover.waiting(ctx.database, session, today),
                        done=chosen, label="first screen", owner=self)

    # ---- requests between screens (ui/navigation.py) ------------------------------
    def new_contact(self) -> None:
        """Ctrl+N: the call screen's number field, from anywhere in the window."""
        if self.locked or self.covered:
            return
        self.show_screen_id("calls").focus_number()

    def start_contact(self, request) -> None:
        self.show_screen_id("calls").start(request)

    def resume_contact(self, contact_id) -> None:
        self.show_screen_id("calls").resume_contact(contact_id)

    def show_referrals(self, district_code) -> None:
        self.show_screen_id("referrals").show_district(district_code)

    def refer_case(self, case_id) -> None:
        """The case form asks to refer a case: the lookup in "refer this case" mode."""
        if self.locked or self.covered:
            return
        self.show_screen_id("referrals").start_referral(case_id)

    def show_case(self, request) -> None:
        """The case form: a case (from a list, a call's open cases, a follow-up), or a new
        case started from a contact (F6 during a call)."""
        if self.locked or self.covered:
            return
        self.show_screen_id("cases").open_request(request)

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def show_conflicts(self) -> None:
        if self.locked or self.covered or not self.user.may(Action.REVIEW_CONFLICTS):
            return
        dialog = SyncConflictsDialog(self.runner, self.user, parent=self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def show_sheet(self, district_code) -> None:
        """F8 on the call screen: a guidance sheet for the caller's district."""
        if self.locked or self.covered:
            return
        dialog = GuidanceSheetDialog(self.runner, self.user, district_code=district_code,
                                     today=self._today, parent=self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.sheet_dialog = dialog
        dialog.open()

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
        self.new_contact_action.setText(self.tr("&New contact"))
        self.password_action.setText(self.tr("Change &password…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.conflicts_action.setText(self.tr("Sync &conflicts…"))
        self.hide_action.setText(self.tr("&Hide the screen"))
        self.idle_menu.setTitle(self.tr("Lock when &idle"))
        for minutes, action in self.idle_actions.items():
            action.setText(self.tr("After %Ln minute(s)", "", minutes))
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
        # The navigation's words are in Nastaliq, like the headings (it has a style
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

    # ---- locking --------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.session.locked

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return settings.LOCK_IDLE_MINUTES.get() * 60_000

    def set_idle_minutes(self, minutes: int) -> None:
        settings.LOCK_IDLE_MINUTES.set(minutes)
        self.idle_actions[minutes].setChecked(True)
        self.guard.set_idle_ms(self._idle_ms())

    def lock(self) -> None:
        """Drop the keys and every screen's data; ask for the password again."""
        if self.locked and self.lock_screen.isVisible():
            return
        self._keep_unsaved_work()
        self.session.lock()
        self._close_dialogs()
        clipboard.clear_sensitive()
        for screen in self.screens:
            screen.clear()
        self.statusBar().clearMessage()
        self.guard.stop_watching()
        self.lock_screen.reset()
        self._show_page()
        self.lock_changed.emit(True)

    def _unlocked(self) -> None:
        self.guard.watch()
        self._show_page()   # the screen in view reloads as it is shown again
        self.navigation.setFocus()
        self.lock_changed.emit(False)
        self._handle_waiting_calls()

    def _close_dialogs(self) -> None:
        """Dialogs may show data (a one-time password): they end with the lock."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self._hidden_windows = []

    # ---- quick hide -----------------------------------------------------------------
    def toggle_cover(self) -> None:
        if self.covered:
            self.uncover()
        else:
            self.cover_now()

    def cover_now(self) -> None:
        """Replace everything on screen by the neutral cover, at once (no database work)."""
        self.covered = True
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self._focus_before_cover = QApplication.focusWidget()
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self and w.isVisible() and self._owns(w)]
        for window in self._hidden_windows:
            window.hide()
        self._show_page()
        self.repaint()   # now, not at the next turn of the event loop

    def uncover(self) -> None:
        self.covered = False
        self._show_page()
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        focus = self._focus_before_cover
        self._focus_before_cover = None
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self._handle_waiting_calls()

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _show_page(self) -> None:
        if self.covered:
            page = self.cover
        elif self.locked:
            page = self.lock_screen
        else:
            page = self.workspace
        working = page is self.workspace
        # Menus and the status bar name the user and offer the screens: only at work.
        self.menuBar().setVisible(working)
        self.statusBar().setVisible(working)
        for action in (*self.go_actions, self.refresh_action, self.password_action,
                       self.sign_out_action, self.new_contact_action):
            action.setEnabled(working)
        self.pages.setCurrentWidget(page)
        if page is self.lock_screen:
            self.lock_screen.password.setFocus()

    # ---- account --------------------------------------------------------------------
    def change_password(self) -> None:
        if self.locked:
            return
        dialog = ChangePasswordDialog(self.runner, self.session, mandatory=False, parent=self)
        dialog.changed.connect(lambda: self.statusBar().showMessage(
            self.tr("Your password has been changed."), FAILURE_MESSAGE_MS))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.password_dialog = dialog
        dialog.open()

    def sign_out(self) -> None:
        """End the session here; the start-up flow shows the sign-in screen again."""
        self._keep_unsaved_work()
        self._stop_listening_to_pbx()
        self.session.lock()
        self._close_dialogs()
        clipboard.clear_sensitive()
        for screen in self.screens:
            screen.clear()
        self.guard.remove()
        self.signed_out.emit()

    def dispose(self) -> None:
        """Take the window away without ending the application (after signing out)."""
        self.guard.remove()
        if self.sync is not None:
            self.sync.stop()
        self.hide()
        self.deleteLater()

    # ---- failures and closing -------------------------------------------------------
    def _show_failure(self, label: str, error: BaseException) -> None:
        if self.locked or self.covered:
            return
        self.statusBar().showMessage(messages.full_text(error), FAILURE_MESSAGE_MS)

    def _keep_unsaved_work(self) -> None:
        """Screens queue what is typed and not yet saved (a contact's last draft) before
        the session drops its keys."""
        for screen in self.screens:
            screen.keep_unsaved_work()

    def closeEvent(self, event) -> None:
        if not self._work_kept and any(s.has_unsaved_work() for s in self.screens):
            # Save first, then close: the runner drops queued jobs when the app ends.
            event.ignore()
            self._work_kept = True
            self._keep_unsaved_work()
            self.runner.run(lambda _ctx: None, done=lambda _r: self.close(),
                            failed=lambda _e: self.close(), label="close", owner=self)
            return
        super().closeEvent(event)
        if event.isAccepted():
            self._stop_listening_to_pbx()
            if self.sync is not None:
                self.sync.stop()
            self.session.lock()
            self.guard.remove()
            clipboard.clear_sensitive()
            self.closed.emit()
