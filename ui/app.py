"""`counsellor-workstation` / `python main.py`: start the window.

Options: `--data-dir DIR` (default: $WORKSTATION_DATA_DIR or the user's data folder) and
`--lang en|ur` (this run only; the View → Language menu remembers a choice).

Order of the start: a screen to draw on (checked before Qt starts), then `Startup`:
the system keyring (refused with exit code 5 when it would keep secrets in a file or
nowhere), the desk database, the desk's identity, and signing in (ui/startup.py).
The application ends when the main window closes; signing out returns to the sign-in
screen instead.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from workstation import __version__
from workstation.logs import setup_logging
from workstation.paths import default_data_dir

log = logging.getLogger(__name__)

NO_DISPLAY_EXIT = 2

NO_DISPLAY_MESSAGE = (
    "Counsellor Workstation needs a screen, and none was found (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set). Start it from the desktop session of this computer, "
    "not from a text console. Over SSH, connect with `ssh -X` (or `ssh -Y`) so the "
    "window opens on your own screen. To check that it starts without any screen, run "
    "it with QT_QPA_PLATFORM=offscreen (nothing is shown), or under a virtual screen "
    "with `xvfb-run counsellor-workstation`."
)


def display_problem(environ: Mapping[str, str], platform: str | None = None) -> str | None:
    """The message to print when Qt would find no screen on Linux, else None.

    Checked before Qt starts: Qt's own failure is an abort with a line about the "xcb"
    plugin that tells a counsellor (or the person helping over the phone) nothing.
    """
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None
    if environ.get("QT_QPA_PLATFORM"):
        return None  # the person chose a platform (offscreen, wayland, vnc …)
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY_MESSAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counsellor-workstation",
        description="Counsellor Workstation: the desk application for helpline "
                    "counsellors and lawyers.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="the desk's data folder (default: $WORKSTATION_DATA_DIR or the "
                             "user's data folder)")
    parser.add_argument("--lang", choices=("en", "ur"), default=None,
                        help="interface language for this run (default: the last one chosen)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    problem = display_problem(os.environ)
    if problem:
        print(problem, file=sys.stderr)
        return NO_DISPLAY_EXIT

    data_dir = (args.data_dir or default_data_dir()).expanduser()
    # Log into the data folder only if it exists: creating it is the start dialog's job.
    setup_logging(data_dir if data_dir.is_dir() else None)

    # Qt is imported only now, so the checks above work where Qt cannot start.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import fonts, i18n, qt_compat, settings
    from .runner import Runner
    from .startup import Startup

    log.info("%s", qt_compat.describe())
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    # Dialogs come and go during start-up; the application ends when the main window
    # closes or start-up gives up, never because a progress dialog closed.
    app.setQuitOnLastWindowClosed(False)
    fonts.register_fonts()
    i18n.apply_language(args.lang or settings.LANGUAGE.get(), app)

    runner = Runner()
    startup = Startup(data_dir, runner)
    startup.finished.connect(app.exit)
    startup.window_opened.connect(lambda window: window.closed.connect(lambda: app.exit(0)))
    QTimer.singleShot(0, startup.start)
    try:
        code = app.exec()
    finally:
        startup.call_events.stop()
        runner.shutdown()
    log.info("window closed with exit code %d", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
