"""Account management on the Admin screen, for those who may manage accounts (admins).

New accounts and password resets get a one-time password made here with `secrets`
(`ui.passwords`). It is shown once, in the dialog that confirms the change, with a Copy
button that clears the clipboard again after 30 seconds (`ui.clipboard`); it is never
logged or stored anywhere but as the account's new key wrap. The account must choose
its own password at first sign-in (the core enforces that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.vocab import Role
from workstation.errors import ValidationError
from workstation.services import accounts
from workstation.services import centres as centre_service
from workstation.services.accounts import UserRow, UserSession
from workstation.services.centres import CentreRow

from .. import clipboard, formatting, labels, messages, passwords
from ..models.row_models import Column, LoadedTableModel
from ..runner import Runner
from ..widgets.form import ERROR_STYLE, Form, user_name_edit
from ..widgets.list_panel import ListPanel

ROLE_ORDER = (Role.COUNSELLOR, Role.LAWYER, Role.SUPERVISOR, Role.ADMIN)
CLEAR_NOTE_SECONDS = 30


class OneTimePasswordPanel(QWidget):
    """The one-time password, large and selectable, with a Copy button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("one-time-password-panel")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.password = QLabel(self)
        self.password.setObjectName("one-time-password")
        # Not selectable: a copy goes through Copy, which clears the clipboard again.
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
        font.setWeight(QFont.Weight.Bold)
        self.password.setFont(font)
        self.password.setStyleSheet("padding: 10px; border: 1px solid #b0b4ba;"
                                    " background: #ffffff; color: #111111;")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel(self)
        self.copied.setObjectName("copied")
        self.copied.setWordWrap(True)
        self.copied.hide()
        self.after = QLabel(self)
        self.after.setObjectName("after")
        self.after.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(self.after)
        self._secret = ""

    def show_password(self, secret: str) -> None:
        self._secret = secret
        self.password.setText(secret)
        self.copied.hide()

    def password_text(self) -> str:
        return self.password.text()

    def copy(self) -> None:
        clipboard.copy_sensitive(self._secret)
        self.copied.setText(self.tr("Copied. The clipboard is emptied again in %1 seconds.")
                            .replace("%1", str(CLEAR_NOTE_SECONDS)))
        self.copied.show()

    def forget(self) -> None:
        """The dialog is closing: the password leaves the screen for good."""
        self._secret = ""
        self.password.clear()

    def retranslate_ui(self) -> None:
        self.copy_button.setText(self.tr("&Copy"))
        self.after.setText(self.tr("Give it to the person yourself, not by text message "
                                   "or e-mail. It is shown only now; they choose their own "
                                   "password when they first sign in with it."))


class _AccountDialog(QDialog):
    """Shared by the two dialogs: the one-time password panel, forgotten on closing."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(520)
        self.result_panel = OneTimePasswordPanel(self)
        self.finished.connect(lambda _r: self.result_panel.forget())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Counsellor Workstation"))
        self.result_panel.retranslate_ui()


class AddAccountDialog(_AccountDialog):
    """User name, full name, role and centre; then the account's one-time password."""

    created = Signal(str)   # the new user name

    FORM, RESULT = 0, 1

    def __init__(self, runner: Runner, admin: UserSession, centres: list[CentreRow],
                 parent: QWidget | None = None):
        super().__init__("add-account", parent)
        self.runner = runner
        self.admin = admin
        self.centres = centres
        self.busy = False
        self.pages = QStackedWidget(self)

        form_page = QWidget(self.pages)
        self.intro = QLabel(form_page)
        self.intro.setWordWrap(True)
        self.form = Form(form_page)
        self.username = self.form.add("username", user_name_edit(form_page))
        self.display_name = self.form.add("display_name", QLineEdit(form_page))
        self.display_name.setMaxLength(200)
        self.role = self.form.add("role", QComboBox(form_page))
        for role in ROLE_ORDER:
            self.role.addItem("", role.value)
        self.centre = self.form.add("centre", QComboBox(form_page))
        self.centre.addItem("", None)
        for centre in centres:
            self.centre.addItem("", centre.code)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.general = QLabel(form_page)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.create_button = QPushButton(form_page)
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(form_page)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(form_page)
        layout.addWidget(self.intro)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.pages.addWidget(form_page)

        result_page = QWidget(self.pages)
        self.result_panel.setParent(result_page)
        self.done_button = QPushButton(result_page)
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.accept)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        result_layout = QVBoxLayout(result_page)
        result_layout.addWidget(self.result_panel)
        result_layout.addStretch(1)
        result_layout.addLayout(done_row)
        self.pages.addWidget(result_page)

        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._created_name = ""
        self._created_username = ""
        self.retranslate_ui()
        self._role_chosen()
        self.username.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.intro.setText(self.tr("A new account gets a one-time password, shown once "
                                   "when the account has been created."))
        self.form.captions["username"].setText(self.tr("&User name:"))
        self.form.captions["display_name"].setText(self.tr("&Full name:"))
        self.form.captions["role"].setText(self.tr("&Role:"))
        self.form.captions["centre"].setText(self.tr("C&entre:"))
        for position, role in enumerate(ROLE_ORDER):
            self.role.setItemText(position, labels.label(labels.roles, role))
        self.centre.setItemText(0, self.tr("No centre (works for all centres)"))
        for position, centre in enumerate(self.centres, start=1):
            self.centre.setItemText(position, f"{centre.code} — "
                                    f"{labels.bilingual(centre.name, centre.name_ur)}")
        self.create_button.setText(self.tr("&Create account"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.done_button.setText(self.tr("&Done"))
        self._explain()

    def _role_chosen(self, *_args) -> None:
        # Counsellors and lawyers work for one centre: offer the first one, not "none".
        if self.role.currentData() in (Role.COUNSELLOR, Role.LAWYER) and \
                self.centre.currentIndex() == 0 and self.centre.count() > 1:
            self.centre.setCurrentIndex(1)

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_messages()
        self.general.hide()
        username = self.username.text().strip().lower()
        display_name = self.display_name.text().strip()
        if not username:
            self.form.show_message("username", self.tr("Choose a user name."))
            return
        if not display_name:
            self.form.show_message("display_name", self.tr("Type the person's full name."))
            return
        role, centre = self.role.currentData(), self.centre.currentData()
        one_time = passwords.one_time_password(username)
        admin = self.admin
        self._set_busy(True)
        self.runner.run(
            lambda ctx: accounts.add_user(ctx.database, admin, username=username,
                                          display_name=display_name, role=role,
                                          centre_code=centre, one_time_password=one_time),
            done=lambda _id: self._created(username, display_name, one_time),
            failed=self._failed, changes={"accounts"}, label="add account", owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.create_button.setEnabled(not busy)
        for field in self.form.fields.values():
            field.setEnabled(not busy)

    def _created(self, username: str, display_name: str, one_time: str) -> None:
        self._set_busy(False)
        self._created_username, self._created_name = username, display_name
        self._explain()
        self.result_panel.show_password(one_time)
        self.pages.setCurrentIndex(self.RESULT)
        self.done_button.setFocus()
        self.created.emit(username)

    def _explain(self) -> None:
        if self._created_username:
            self.result_panel.explanation.setText(formatting.insert(
                self.tr("The account %1 has been created for %2. Its one-time password:"),
                self._created_username, self._created_name))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError) and self.form.show_message(
                error.field, messages.full_text(error)):
            return
        self.general.setText(messages.full_text(error))
        self.general.show()


class ResetPasswordDialog(_AccountDialog):
    """The new one-time password after a reset."""

    def __init__(self, username: str, display_name: str, one_time: str,
                 parent: QWidget | None = None):
        super().__init__("reset-password", parent)
        self.username, self.display_name = username, display_name
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("done")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_panel)
        layout.addLayout(row)
        self.result_panel.show_password(one_time)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.result_panel.explanation.setText(formatting.insert(self.tr(
            "The password of %1 (%2) has been reset. The old one no longer works. The new "
            "one-time password:"), self.display_name, self.username))
        self.done_button.setText(self.tr("&Done"))


class AccountsPanel(QWidget):
    """The accounts table and what an admin does with it."""

    def __init__(self, screen, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accounts")
        self.screen = screen
        self.runner: Runner = screen.runner
        self.centres: list[CentreRow] = []
        self.add_dialog: AddAccountDialog | None = None
        self.reset_dialog: ResetPasswordDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.busy = False
        self._select_after_reload: str | None = None

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add-account")
        self.add_button.clicked.connect(self.add_account)
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("toggle-active")
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("reset-password")
        self.reset_button.clicked.connect(self.reset_password)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.message = QLabel(self)
        self.message.setObjectName("accounts-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.active_button)
        bar.addWidget(self.reset_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.model = LoadedTableModel(self.runner, [
            Column("username", lambda: self.tr("User name"), lambda r: r.username),
            Column("name", lambda: self.tr("Name"), lambda r: r.display_name),
            Column("role", lambda: self.tr("Role"), lambda r: labels.label(labels.roles, r.role)),
            Column("centre", lambda: self.tr("Centre"), lambda r: r.centre_code or ""),
            Column("active", lambda: self.tr("Active"),
                   lambda r: self.tr("Yes") if r.active else self.tr("No, disabled")),
            Column("must_change", lambda: self.tr("Must change password"),
                   lambda r: self.tr("Yes") if r.must_change_password else self.tr("No")),
        ], label="accounts", parent=self)
        self.model.rows_loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.panel = ListPanel(self.model, lambda: self.tr("There are no accounts."),
                               sortable=True, parent=self)
        self.panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.panel.table.selectionModel().selectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.panel, 1)
        self.retranslate_ui()
        self._selection_changed()

    # ---- texts ----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        # A message stays in the language it was written in: it goes with the switch.
        self.show_message(None)
        self.add_button.setText(self.tr("&Add account…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self._selection_changed()
        self._show_count()

    def _show_count(self, *_args) -> None:
        shown = self.model.loaded_once and not self.model.loading
        self.count_label.setText(self.tr("%Ln account(s)", "", self.model.rowCount())
                                 if shown else "")

    def show_message(self, text: str | None, *, error: bool = False) -> None:
        self.message.setText(text or "")
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    # ---- loading --------------------------------------------------------------------
    def load(self) -> None:
        admin = self.screen.user.session
        self.screen.run(lambda ctx: (accounts.list_users(ctx.database, admin),
                                     centre_service.list_centres(ctx.database)),
                        done=self._show, failed=self.model.show_failure, label="accounts")

    def _show(self, result: tuple[list[UserRow], list[CentreRow]]) -> None:
        users, self.centres = result
        selected = self.selected()
        self.model.show_rows(users)
        keep = self._select_after_reload or (selected.username if selected else None)
        self._select_after_reload = None
        if keep:
            self.select(keep)
        self._selection_changed()

    def clear(self) -> None:
        self.model.clear()
        self.centres = []
        self.busy = False
        self._select_after_reload = None
        self.show_message(None)
        self._selection_changed()

    # ---- selection ------------------------------------------------------------------
    def selected(self) -> UserRow | None:
        return self.panel.selected_row()

    def select(self, username: str) -> bool:
        return self.panel.select_row_where(lambda row: row.username == username)

    def _selection_changed(self, *_args) -> None:
        user = self.selected()
        self.active_button.setEnabled(user is not None and not self.busy)
        self.reset_button.setEnabled(user is not None and not self.busy)
        self.add_button.setEnabled(not self.busy)
        if user is not None and not user.active:
            self.active_button.setText(self.tr("&Enable"))
        else:
            self.active_button.setText(self.tr("&Disable"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._selection_changed()

    # ---- actions --------------------------------------------------------------------
    def add_account(self) -> None:
        self.show_message(None)
        dialog = AddAccountDialog(self.runner, self.screen.user.session, self.centres,
                                  parent=self)
        dialog.created.connect(self._account_created)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.add_dialog = dialog
        dialog.open()

    def _account_created(self, username: str) -> None:
        self.show_message(formatting.insert(self.tr("The account %1 has been created."),
                                            username))
        self._select_after_reload = username

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None or self.busy:
            return
        self.show_message(None)
        admin, active = self.screen.user.session, not user.active
        self._set_busy(True)
        self.screen.run(
            lambda ctx: accounts.set_active(ctx.database, admin, user.username, active),
            done=lambda _r: self._active_set(user, active), failed=self._failed,
            changes={"accounts"}, label="enable account" if active else "disable account")

    def _active_set(self, user: UserRow, active: bool) -> None:
        self._set_busy(False)
        if active:
            text = self.tr("The account %1 has been enabled again.")
        else:
            text = self.tr("The account %1 has been disabled: it can no longer sign in or "
                           "unlock on any desk.")
        self.show_message(formatting.insert(text, user.username))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None or self.busy:
            return
        self.show_message(None)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Counsellor Workstation"),
                          formatting.insert(self.tr("Reset the password of %1 (%2)?"),
                                            user.display_name, user.username),
                          parent=self)
        box.setObjectName("confirm-reset")
        box.setInformativeText(self.tr("Their current password stops working at once. They "
                                       "sign in with a new one-time password and choose "
                                       "their own."))
        reset = box.addButton(self.tr("&Reset password"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reset)
        box.finished.connect(lambda _r: self._reset_confirmed(box, reset, user))
        self.confirm_box = box
        box.open()

    def _reset_confirmed(self, box: QMessageBox, reset: QPushButton, user: UserRow) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is not reset:
            return
        one_time = passwords.one_time_password(user.username)
        admin = self.screen.user.session
        self._set_busy(True)
        self.screen.run(
            lambda ctx: accounts.reset_password(ctx.database, admin, user.username, one_time),
            done=lambda _r: self._was_reset(user, one_time), failed=self._failed,
            changes={"accounts"}, label="reset password")

    def _was_reset(self, user: UserRow, one_time: str) -> None:
        self._set_busy(False)
        dialog = ResetPasswordDialog(user.username, user.display_name, one_time, parent=self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.reset_dialog = dialog
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_message(messages.full_text(error), error=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
