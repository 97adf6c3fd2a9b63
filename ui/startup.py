"""From launch to the main window: check the keyring, open the desk database (or offer
to create one), register the desk, and have someone sign in.

Steps, each through the runner so the window never freezes:
  keyring           → check_backend: a keyring that would keep secrets in a file, or
                      nowhere, ends the start with its message and hint (exit code 5)
  no database file  → the start dialog: demo data, an empty database, or quit
  creating          → generate_demo (with progress, can be stopped) or init_desk
  opening           → open_desk_database (it may upgrade the schema, keeping a copy)
  desk              → ensure_desk (a database copied from another computer or account
                      is refused, exit code 5), organisation_exists, is it a demo
  no organisation   → the first-run dialog: the first administrator
  otherwise         → the sign-in dialog
  one-time password → the change-password dialog, which must be passed
  signed in         → the main window; signing out there returns to the sign-in dialog
A file that cannot be opened is never touched: the person sees the core's message and
hint, and the application ends with the error's exit code. No screen is built before
someone has signed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.demo.generator import DemoSize, generate_demo
from workstation.errors import WorkstationError
from workstation.pbx_hook import hook_settings
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.services.desk import init_desk

from . import formatting, messages
from . import session as jobs
from .call_events import CallEvents
from .main_window import MainWindow
from .runner import Cancelled, Runner
from .session import DeskState, SignedIn
from .sign_in import ChangePasswordDialog, FirstRunDialog, SignInDialog

log = logging.getLogger(__name__)

DEFAULT_DEMO = {"contacts": 20_000, "cases": 5_000, "services": 500}
UNEXPECTED_EXIT = 1


class StartDialog(QDialog):
    """Shown when the data folder has no desk database yet."""

    QUIT, DEMO, EMPTY = 0, 1, 2

    def __init__(self, data_dir: Path, demo: dict[str, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start-dialog")
        self.setWindowTitle(self.tr("Counsellor Workstation"))
        self.setMinimumWidth(560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._data_dir = data_dir
        self.folder = QLabel(self)
        self.folder.setObjectName("data-folder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("create-demo")
        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("create-empty")
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("quit")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.demo_note)
        layout.addSpacing(8)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.empty_note)
        layout.addSpacing(8)
        layout.addWidget(self.quit_button)
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))
        self.quit_button.clicked.connect(lambda: self.done(self.QUIT))
        self._demo = demo
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("There is no desk database in this folder yet:"))
        # A path reads left to right even in an Urdu dialog.
        self.folder.setText(formatting.left_to_right(str(self._data_dir)))
        self.demo_button.setText(self.tr("Create with &demo data"))
        self.demo_note.setText(self.tr(
            "Fictitious records for training and trying the workstation out: %1 contacts, "
            "%2 cases and %3 services. Never enter a real caller's details into a demo "
            "database.")
            .replace("%1", formatting.number(self._demo["contacts"]))
            .replace("%2", formatting.number(self._demo["cases"]))
            .replace("%3", formatting.number(self._demo["services"])))
        self.empty_button.setText(self.tr("Create an &empty database"))
        self.empty_note.setText(self.tr("For real work at this desk."))
        self.quit_button.setText(self.tr("&Quit"))


class Startup(QObject):
    """Drives the steps in the module docstring; see `finished` and `window_opened`."""

    finished = Signal(int)          # startup ended without a window: the exit code
    window_opened = Signal(object)  # the MainWindow, shown

    def __init__(self, data_dir: Path, runner: Runner, *,
                 today: Callable[[], date] = formatting.today_in_pakistan,
                 demo: dict[str, int] | None = None, hook_port: int | None = None,
                 parent: QObject | None = None):
        """`hook_port`: listen for the PBX there instead of the desk's setting (0: any
        free port, for tests)."""
        super().__init__(parent)
        self.hook_port = hook_port
        self.data_dir = data_dir
        self.runner = runner
        self.today = today
        self.demo = dict(demo or DEFAULT_DEMO)
        self.start_dialog: StartDialog | None = None
        self.progress: QProgressDialog | None = None
        self.error_box: QMessageBox | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.window: MainWindow | None = None
        self.exit_code: int | None = None
        self.desk: DeskState | None = None
        self.database_path: Path | None = None
        # The PBX hook: listening from the moment the desk is open until the app ends.
        self.call_events = CallEvents(self)

    def start(self) -> None:
        # The keyring first: without a safe one the desk cannot be registered, and
        # nothing (not even a new database) should be made before saying so.
        self.runner.run(lambda _ctx: jobs.check_keyring(), done=self._keyring_ok,
                        failed=self._failed, label="check keyring")

    def _keyring_ok(self, _result) -> None:
        if (self.data_dir / DESK_DB_NAME).exists():
            self._open()
        else:
            self._offer_to_create()

    # ---- creating -------------------------------------------------------------------
    def _offer_to_create(self) -> None:
        self.start_dialog = StartDialog(self.data_dir, self.demo)
        self.start_dialog.finished.connect(self._chosen)
        self.start_dialog.open()

    def _chosen(self, choice: int) -> None:
        self.start_dialog.deleteLater()
        self.start_dialog = None
        if choice == StartDialog.DEMO:
            self._create_demo()
        elif choice == StartDialog.EMPTY:
            self._show_progress(self.tr("Creating the desk database…"), maximum=0)
            self.runner.run(lambda _ctx: init_desk(self.data_dir), done=lambda _r: self._open(),
                            failed=self._failed, label="create database")
        else:
            self._end(0)

    def _create_demo(self) -> None:
        size = DemoSize(contacts=self.demo["contacts"], cases=self.demo["cases"],
                        services=self.demo["services"], until=self.today())
        planned = size.planned_rows()
        progress = self._show_progress(self.tr("Writing demo data…"), maximum=planned,
                                       cancellable=True)
        written = [0]

        def advanced(rows: int) -> None:
            written[0] += rows
            # planned_rows is an estimate: hold the bar short of full until it is done.
            progress.setValue(min(written[0], planned - 1))

        task = self.runner.run(lambda ctx: generate_demo(self.data_dir, size, ctx.progress),
                               done=lambda _r: self._open(), failed=self._demo_failed,
                               progressed=advanced, label="demo data")
        progress.canceled.connect(task.cancel)

    def _demo_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            # Nothing was moved into place (the generator writes aside first): ask again.
            self._close_progress()
            self._offer_to_create()
        else:
            self._failed(error)

    # ---- opening --------------------------------------------------------------------
    def _open(self) -> None:
        # Opening may upgrade an older file (after copying it aside), which takes a while
        # on a big database; the dialog appears only if it does.
        self._show_progress(self.tr("Opening the desk database…"), maximum=0)
        self.runner.run(lambda _ctx: open_desk_database(self.data_dir), done=self._opened,
                        failed=self._failed, label="open database")

    def _opened(self, database) -> None:
        self.runner.attach_database(database)
        self.database_path = database.path
        log.info("desk database opened")
        self.runner.run(lambda ctx: jobs.desk_state(ctx.database), done=self._desk_ready,
                        failed=self._failed, label="register desk")

    def _desk_ready(self, desk: DeskState) -> None:
        self._close_progress()
        self.desk = desk
        port = self.hook_port

        def settings(ctx):
            found = hook_settings(ctx.database)
            return found if port is None else replace(found, port=port)

        self.runner.run(settings, done=self.call_events.start, label="PBX hook")
        if desk.has_organisation:
            self._ask_to_sign_in()
        else:
            self._first_run()

    # ---- who is at the desk ---------------------------------------------------------
    def _first_run(self) -> None:
        dialog = FirstRunDialog(self.runner, self.desk.desk_id)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(lambda: self._end(0))
        dialog.finished.connect(lambda _r: self._forget_dialog("first_run_dialog", dialog))
        self.first_run_dialog = dialog
        dialog.open()

    def _ask_to_sign_in(self) -> None:
        dialog = SignInDialog(self.runner, self.desk.desk_id, is_demo=self.desk.is_demo)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(lambda: self._end(0))
        dialog.finished.connect(lambda _r: self._forget_dialog("sign_in_dialog", dialog))
        self.sign_in_dialog = dialog
        dialog.open()

    def _forget_dialog(self, attribute: str, dialog) -> None:
        if getattr(self, attribute) is dialog:
            setattr(self, attribute, None)
        dialog.deleteLater()

    def _signed_in(self, user: SignedIn) -> None:
        log.info("signed in (%s)", user.session.actor.role.value)
        if user.session.must_change_password:
            self._must_change_password(user)
        else:
            self._open_window(user)

    def _must_change_password(self, user: SignedIn) -> None:
        dialog = ChangePasswordDialog(self.runner, user.session, mandatory=True)
        dialog.changed.connect(lambda: self._open_window(user))
        # "Sign out" (or closing the dialog): the one-time session ends here.
        dialog.rejected.connect(lambda: self._signed_out_before_window(user))
        dialog.finished.connect(lambda _r: self._forget_dialog("password_dialog", dialog))
        self.password_dialog = dialog
        dialog.open()

    def _signed_out_before_window(self, user: SignedIn) -> None:
        user.session.lock()
        self._ask_to_sign_in()

    def _open_window(self, user: SignedIn) -> None:
        window = MainWindow(self.runner, self.database_path, user, today=self.today,
                            call_events=self.call_events)
        window.signed_out.connect(lambda: self._signed_out(window))
        self.window = window
        window.show()
        self.window_opened.emit(window)

    def _signed_out(self, window: MainWindow) -> None:
        log.info("signed out")
        if self.window is window:
            self.window = None
        window.dispose()
        self._ask_to_sign_in()

    # ---- progress and failures ------------------------------------------------------
    def _show_progress(self, text: str, *, maximum: int,
                       cancellable: bool = False) -> QProgressDialog:
        self._close_progress()
        progress = QProgressDialog(text, "", 0, maximum)
        progress.setObjectName("startup-progress")
        progress.setWindowTitle(self.tr("Counsellor Workstation"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if cancellable:
            progress.setCancelButtonText(self.tr("Stop"))
            progress.setMinimumDuration(0)
        else:
            progress.setCancelButton(None)
            progress.setMinimumDuration(700)
        progress.setValue(0)
        self.progress = progress
        return progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Counsellor Workstation"), "")
        box.setObjectName("startup-error")
        if isinstance(error, WorkstationError):
            box.setText(messages.message(error))
            hint = messages.hint(error)
            if hint:
                box.setInformativeText(hint)
            code = error.exit_code
        else:
            box.setText(self.tr("Counsellor Workstation could not start because of an "
                                "unexpected error."))
            box.setInformativeText(self.tr("The details are in the log file in the data "
                                           "folder."))
            code = UNEXPECTED_EXIT
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)
        box.finished.connect(lambda _result: self._end(code))
        self.error_box = box
        box.open()

    def _end(self, code: int) -> None:
        self.call_events.stop()
        self.exit_code = code
        self.finished.emit(code)
