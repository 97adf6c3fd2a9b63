"""The doors to the workstation: signing in, the first administrator, and changing a password.

Each is a small dialog shown before the main window exists, so no screen (and no data)
is built until someone has signed in. The work — Argon2id, about 0.4 s — runs on the
background runner; the dialog shows what went wrong under the field it concerns, as
the core reports it (ValidationError.field), in the UI language (`messages`).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.errors import ValidationError, WorkstationError
from workstation.services import accounts
from workstation.services.accounts import SignInDelayed, UserSession

from . import fonts, formatting, i18n, messages, settings
from . import session as jobs
from .runner import Runner
from .widgets.form import ERROR_STYLE, Countdown, Form, password_edit, user_name_edit

# Language names in their own language (see main_window.LANGUAGE_NAMES).
OTHER_LANGUAGE = {"en": ("ur", "اردو"), "ur": ("en", "English")}
DIALOG_WIDTH = 520


class AccessDialog(QDialog):
    """What the three dialogs share: heading, introduction, a form with messages beside
    the fields, a general message, the buttons, and a switch to the other language."""

    # Escape would quit the application (or sign out) from these dialogs: a stray key
    # press must not do that; the Quit and Sign out buttons are there for it.
    escape_closes = False

    def __init__(self, runner: Runner, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setObjectName(name)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.busy = False
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("switch-language")
        self.language_button.setFlat(True)
        self.language_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.language_button.clicked.connect(self._switch_language)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setContentsMargins(0, 8, 0, 4)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.form = Form(self)
        self.general = QLabel(self)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.note)
        layout.addWidget(self.general)
        layout.addSpacing(6)
        layout.addLayout(self.buttons)

    def add_button(self, name: str, *, default: bool = False) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        if default:
            button.setDefault(True)
            button.setAutoDefault(True)
        else:
            button.setAutoDefault(False)
        self.buttons.addWidget(button)
        return button

    # ---- messages -------------------------------------------------------------------
    def show_general(self, text: str | None) -> None:
        self.general.setText(text or "")
        self.general.setVisible(bool(text))

    def clear_messages(self) -> None:
        self.form.clear_messages()
        self.show_general(None)

    def show_error(self, error: BaseException, *, fallback_field: str | None = None) -> None:
        """Beside the field the core named, else beside `fallback_field`, else below the form."""
        if isinstance(error, ValidationError) and self.form.show_message(
                error.field, messages.full_text(error)):
            return
        if fallback_field and isinstance(error, WorkstationError) and \
                self.form.show_message(fallback_field, messages.full_text(error)):
            return
        self.show_general(messages.full_text(error))

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for field in self.form.fields.values():
            field.setEnabled(not busy)

    # ---- language -------------------------------------------------------------------
    def _switch_language(self) -> None:
        language, _name = OTHER_LANGUAGE[i18n.current_language()]
        settings.LANGUAGE.set(language)
        i18n.apply_language(language)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Counsellor Workstation"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.5))
        # Nastaliq's first letter (the ک of کونسلر) swings past the label's edge.
        side = 12 if i18n.is_urdu() else 0
        self.heading.setContentsMargins(side, 8, side, 4)
        self.language_button.setText(OTHER_LANGUAGE[i18n.current_language()][1])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.escape_closes:
            event.accept()
            return
        super().keyPressEvent(event)


class SignInDialog(AccessDialog):
    """User name and password. A wrong one is said under the password; after three
    failures in a row the core makes the account wait, and the button counts down."""

    signed_in = Signal(object)   # a session.SignedIn

    def __init__(self, runner: Runner, desk_id: uuid.UUID | None, *, is_demo: bool = False,
                 parent: QWidget | None = None):
        super().__init__(runner, "sign-in", parent)
        self.desk_id = desk_id
        self.is_demo = is_demo
        self.username = self.form.add("username", user_name_edit(self))
        self.password = self.form.add("password", password_edit(self))
        self.sign_in_button = self.add_button("sign-in-button", default=True)
        self.quit_button = self.add_button("quit")
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)
        self.countdown = Countdown(self)
        self.countdown.ticked.connect(self._show_wait)
        self.countdown.finished.connect(self._wait_over)
        # The wait belongs to one account: another user name may try at once.
        self.username.textEdited.connect(self._other_account)
        self.note.setVisible(is_demo)
        self._retranslate()
        self.username.setFocus()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Counsellor Workstation"))
        self.intro.setText(self.tr("Sign in with your own account. Never use a colleague's: "
                                   "every record you open is noted under your name."))
        self.form.captions["username"].setText(self.tr("&User name:"))
        self.form.captions["password"].setText(self.tr("&Password:"))
        self.note.setText(self.tr("This is a demo database with fictitious records: every "
                                  "demo account (for example khi-counsellor1 or admin) has "
                                  "the password “demo”."))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.quit_button.setText(self.tr("&Quit"))
        if self.countdown.running:
            self._show_wait(self.countdown.remaining())

    def submit(self) -> None:
        if self.busy or self.countdown.running:
            return
        self.clear_messages()
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.form.show_message("username", self.tr("Type your user name."))
            return
        if not password:
            self.form.show_message("password", self.tr("Type your password."))
            return
        self.set_busy(True)
        desk_id = self.desk_id
        self.runner.run(lambda ctx: jobs.sign_in(ctx.database, username, password, desk_id),
                        done=self._signed_in, failed=self._failed, label="sign in",
                        owner=self)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.sign_in_button.setEnabled(not busy and not self.countdown.running)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("&Sign in"))

    def _signed_in(self, signed_in) -> None:
        self.password.clear()
        self.set_busy(False)
        self.signed_in.emit(signed_in)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.password.clear()
        if isinstance(error, SignInDelayed):
            self.countdown.start(error.seconds)
            self.sign_in_button.setEnabled(False)
            self.password.setFocus()
        elif messages.is_wrong_password(error):
            self.form.show_message("password", messages.message(error))
        else:
            self.show_error(error)
            self.password.setFocus()

    def _show_wait(self, seconds: int) -> None:
        self.sign_in_button.setEnabled(False)
        self.show_general(messages.delay_text(seconds))

    def _wait_over(self) -> None:
        self.show_general(None)
        self.sign_in_button.setEnabled(not self.busy)

    def _other_account(self, _text: str) -> None:
        if self.countdown.running:
            self.countdown.stop()
            self._wait_over()


class FirstRunDialog(AccessDialog):
    """A desk database without an organisation: its first administrator is created here,
    and with it the organisation's keys."""

    signed_in = Signal(object)   # a session.SignedIn

    def __init__(self, runner: Runner, desk_id: uuid.UUID | None,
                 parent: QWidget | None = None):
        super().__init__(runner, "first-run", parent)
        self.desk_id = desk_id
        self.username = self.form.add("username", user_name_edit(self))
        self.display_name = self.form.add("display_name", QLineEdit(self))
        self.display_name.setMaxLength(200)
        self.password = self.form.add("password", password_edit(self))
        self.confirm = self.form.add("confirm", password_edit(self))
        self.note.show()
        self.create_button = self.add_button("create", default=True)
        self.quit_button = self.add_button("quit")
        self.create_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)
        self._retranslate()
        self.username.setFocus()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Set up this workstation"))
        self.intro.setText(self.tr(
            "This desk database has no accounts yet. Create the first administrator: "
            "the organisation's keys are made now and protected by this password, and the "
            "administrator then adds everyone else's accounts."))
        self.form.captions["username"].setText(self.tr("&User name:"))
        self.form.captions["display_name"].setText(self.tr("&Full name:"))
        self.form.captions["password"].setText(self.tr("&Password:"))
        self.form.captions["confirm"].setText(self.tr("&Repeat password:"))
        self.note.setText(self.tr(
            "User names have small letters, digits, dots or dashes (for example "
            "khi-admin). The password needs at least %1 characters. Keep it safe: when the "
            "only administrator forgets it, nobody can add or reset accounts.")
            .replace("%1", str(accounts.MIN_PASSWORD)))
        self.create_button.setText(self.tr("&Create administrator"))
        self.quit_button.setText(self.tr("&Quit"))

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_messages()
        username = self.username.text().strip()
        display_name = self.display_name.text().strip()
        password = self.password.text()
        if not username:
            self.form.show_message("username", self.tr("Choose a user name."))
            return
        if not display_name:
            self.form.show_message("display_name", self.tr("Type the administrator's name."))
            return
        if password != self.confirm.text():
            self.form.show_message("confirm", self.tr("The two passwords are not the same."))
            return
        self.set_busy(True)
        desk_id = self.desk_id
        self.runner.run(
            lambda ctx: jobs.create_organisation(ctx.database, username, display_name,
                                                 password, desk_id),
            done=self._created, failed=self._failed, label="create organisation",
            changes={"accounts"}, owner=self)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.create_button.setEnabled(not busy)

    def _created(self, signed_in) -> None:
        self.password.clear()
        self.confirm.clear()
        self.set_busy(False)
        self.signed_in.emit(signed_in)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.show_error(error)


class ChangePasswordDialog(AccessDialog):
    """Current, new and repeated password. `mandatory`: after signing in with a one-time
    password; the only other way out is signing out."""

    changed = Signal()

    def __init__(self, runner: Runner, session: UserSession, *, mandatory: bool,
                 parent: QWidget | None = None):
        super().__init__(runner, "change-password", parent)
        self.session = session
        self.mandatory = mandatory
        self.escape_closes = not mandatory
        self.current = self.form.add("old_password", password_edit(self))
        self.new = self.form.add("new_password", password_edit(self))
        self.confirm = self.form.add("confirm", password_edit(self))
        self.note.show()
        self.change_button = self.add_button("change", default=True)
        self.leave_button = self.add_button("sign-out" if mandatory else "cancel")
        self.change_button.clicked.connect(self.submit)
        self.leave_button.clicked.connect(self.reject)
        # The language can be switched from the window's menu when this is not mandatory.
        self.language_button.setVisible(mandatory)
        self._retranslate()
        self.current.setFocus()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Choose your password") if self.mandatory
                             else self.tr("Change your password"))
        if self.mandatory:
            self.intro.setText(formatting.insert(self.tr(
                "%1, you signed in with a one-time password. Choose your own password "
                "now: the workstation opens when it is changed."), self.session.display_name))
        else:
            self.intro.setText(formatting.insert(self.tr("Changing the password of %1."),
                                                 self.session.display_name))
        self.form.captions["old_password"].setText(
            self.tr("&One-time password:") if self.mandatory else self.tr("&Current password:"))
        self.form.captions["new_password"].setText(self.tr("&New password:"))
        self.form.captions["confirm"].setText(self.tr("&Repeat new password:"))
        self.note.setText(self.tr(
            "At least %1 characters, not your user name. A few words you can remember "
            "are easier to type than one short jumble.")
            .replace("%1", str(accounts.MIN_PASSWORD)))
        self.change_button.setText(self.tr("&Change password"))
        self.leave_button.setText(self.tr("Sign &out") if self.mandatory else self.tr("&Cancel"))

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_messages()
        old, new = self.current.text(), self.new.text()
        if not old:
            self.form.show_message("old_password", self.tr("Type your current password."))
            return
        if new != self.confirm.text():
            self.form.show_message("confirm", self.tr("The two passwords are not the same."))
            return
        self.set_busy(True)
        session = self.session
        self.runner.run(lambda ctx: accounts.change_password(ctx.database, session, old, new),
                        done=self._changed, failed=self._failed, label="change password",
                        changes={"accounts"}, owner=self)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.change_button.setEnabled(not busy)

    def _changed(self, _result) -> None:
        for field in (self.current, self.new, self.confirm):
            field.clear()
        self.set_busy(False)
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.show_error(error)
