"""Keeping the screen to the person it belongs to: the lock screen, the quick-hide cover,
and the watch on the keyboard and mouse that locks an unattended desk.

- **Lock** (Ctrl+L, or idle for `settings.LOCK_IDLE_MINUTES`): the session drops its
  keys, every screen forgets its data (the models are emptied, not covered), and the
  lock screen asks for the password again. Unlocking runs the same checks as signing in,
  so an account disabled meanwhile stays locked.
- **Quick hide** (F12 or Pause): a walk-in client sits down, someone looks over a
  shoulder: the window is replaced at once by a neutral cover with the application's
  name only — no data, no user name — and the same key brings it back. Nothing is
  loaded or dropped, so it is instant both ways.

The watch is an application-wide event filter: every key press and mouse movement in
any window of the application restarts the idle timer, and F12, Pause and Ctrl+L are
caught there, before any widget, so they work in every dialog and field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.services import accounts
from workstation.services.accounts import SignInDelayed, UserSession

from . import fonts, formatting, i18n, messages
from .runner import Runner
from .widgets.form import ERROR_STYLE, Countdown, FieldMessage, password_edit

QUICK_HIDE_KEYS = (Qt.Key.Key_F12, Qt.Key.Key_Pause)
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})
CARD_WIDTH = 460


class DeskGuard(QObject):
    """The application-wide event filter: idle timer, quick hide and lock keys."""

    idle = Signal()

    def __init__(self, *, idle_ms: int, quick_hide: Callable[[], None],
                 lock: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._quick_hide = quick_hide
        self._lock = lock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.idle)
        self.installed = False

    def install(self) -> None:
        if not self.installed:
            QApplication.instance().installEventFilter(self)
            self.installed = True

    def remove(self) -> None:
        if self.installed:
            QApplication.instance().removeEventFilter(self)
            self.installed = False
        self.timer.stop()

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(idle_ms)
        if self.timer.isActive():
            self.timer.start()

    def watch(self) -> None:
        """Start (or restart) counting idle time."""
        self.timer.start()

    def stop_watching(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in ACTIVITY_EVENTS:
            return False
        if self.timer.isActive():
            self.timer.start()
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            key = event.key()
            if key in QUICK_HIDE_KEYS:
                self._quick_hide()
                return True
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key == Qt.Key.Key_L and modifiers == Qt.KeyboardModifier.ControlModifier:
                self._lock()
                return True
        return False


class QuickHideCover(QFrame):
    """The neutral face of a hidden window: the application's name and nothing else."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quick-hide-cover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#quick-hide-cover { background: #e9eaec; }")
        self.name = QLabel(self)
        self.name.setObjectName("cover-name")
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setStyleSheet("color: #6b6f76;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.name)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.name.setText(self.tr("Counsellor Workstation"))
        self.name.setFont(fonts.display_font(i18n.current_language(), scale=2.0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class LockScreen(QWidget):
    """Who is signed in, a password field, Unlock and Switch user."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, runner: Runner, session: UserSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self.runner = runner
        self.session = session
        self.busy = False
        card = QFrame(self)
        card.setObjectName("lock-card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(CARD_WIDTH)
        self.app_name = QLabel(card)
        self.app_name.setObjectName("app-name")
        self.heading = QLabel(card)
        self.heading.setObjectName("heading")
        self.heading.setContentsMargins(0, 8, 0, 4)
        self.heading.setWordWrap(True)
        self.who = QLabel(card)
        self.who.setObjectName("who")
        self.who.setWordWrap(True)
        self.password_caption = QLabel(card)
        self.password = password_edit(card)
        self.password.setObjectName("password")
        self.password_caption.setBuddy(self.password)
        self.password.returnPressed.connect(self.submit)
        self.password_message = FieldMessage("password", card)
        self.general = QLabel(card)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.unlock_button = QPushButton(card)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(card)
        self.switch_button.setObjectName("switch-user")
        self.switch_button.clicked.connect(self.switch_user)
        self.countdown = Countdown(self)
        self.countdown.ticked.connect(self._show_wait)
        self.countdown.finished.connect(self._wait_over)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.app_name)
        inner.addWidget(self.heading)
        inner.addWidget(self.who)
        inner.addSpacing(10)
        inner.addWidget(self.password_caption)
        inner.addWidget(self.password)
        inner.addWidget(self.password_message)
        inner.addWidget(self.general)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.app_name.setText(self.tr("Counsellor Workstation"))
        self.heading.setText(self.tr("This workstation is locked"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.5))
        self.who.setText(formatting.insert(
            self.tr("%1 (%2) is signed in. Type the password to continue, or switch user: "
                    "anything not saved is then lost."),
            self.session.display_name, self.session.username))
        self.password_caption.setText(self.tr("&Password:"))
        self.unlock_button.setText(self.tr("Unlocking…") if self.busy else self.tr("&Unlock"))
        self.switch_button.setText(self.tr("&Switch user"))
        if self.countdown.running:
            self._show_wait(self.countdown.remaining())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reset(self) -> None:
        """Ready for a new lock: empty field, no old message."""
        self.password.clear()
        self.password_message.show_message(None)
        self.general.hide()
        self.password.setEnabled(True)

    def submit(self) -> None:
        if self.busy or self.countdown.running:
            return
        password = self.password.text()
        self.password_message.show_message(None)
        self.general.hide()
        if not password:
            self.password_message.show_message(self.tr("Type your password."))
            return
        self._set_busy(True)
        session = self.session
        self.runner.run(lambda ctx: accounts.unlock(ctx.database, session, password),
                        done=self._unlocked, failed=self._failed, label="unlock", owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self.countdown.running)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))

    def _unlocked(self, _result) -> None:
        self._set_busy(False)
        self.password.clear()
        if not self.session.locked:
            self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, SignInDelayed):
            self.countdown.start(error.seconds)
        elif messages.is_wrong_password(error):
            # The user name is not in question here: only the password can be wrong.
            self.password_message.show_message(self.tr("The password is not correct."))
        else:
            # A disabled account, above all: the desk stays locked and says why.
            self.general.setText(messages.full_text(error))
            self.general.show()

    def _show_wait(self, seconds: int) -> None:
        self.unlock_button.setEnabled(False)
        self.general.setText(messages.delay_text(seconds))
        self.general.show()

    def _wait_over(self) -> None:
        self.general.hide()
        self.unlock_button.setEnabled(not self.busy)
