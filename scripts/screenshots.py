"""Regenerate docs/screenshots: the main window on each screen, in English and in Urdu.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR]

Builds a demo database (fixed seed and date, so the pictures only change when the
window does) in a temporary folder, and uses a temporary settings file, so it leaves
the person's own data folder and language choice alone. Also shoots the start dialog.
Look at every picture after a change: clipped text, boxes instead of Urdu letters,
left-aligned Urdu or broken Nastaliq joins do not show up in a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui import fonts, i18n, settings  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.runner import Runner  # noqa: E402
from ui.startup import DEFAULT_DEMO, StartDialog  # noqa: E402
from workstation.demo.generator import DemoSize, generate_demo  # noqa: E402
from workstation.persistence.database import open_desk_database  # noqa: E402

DEMO_DAY = date(2026, 11, 20)  # a Friday; the demo data ends at 18:00 that day
SIZE = (1280, 800)


def settle(app: QApplication, runner: Runner, seconds: float = 20.0) -> None:
    """Let the runner finish every load (and the loads those trigger) and repaint."""
    deadline = time.monotonic() + seconds
    quiet_rounds = 0
    while time.monotonic() < deadline and quiet_rounds < 5:
        app.processEvents()
        if runner.busy:
            quiet_rounds = 0
            time.sleep(0.01)
        else:
            quiet_rounds += 1
            time.sleep(0.02)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="workstation-shots-") as temp:
        temp = Path(temp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp))
        data_dir = temp / "data"
        print("building the demo database …", flush=True)
        generate_demo(data_dir, DemoSize(**DEFAULT_DEMO, seed=1, until=DEMO_DAY))

        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setOrganizationName(settings.ORGANISATION)
        app.setApplicationName(settings.APPLICATION)
        fonts.register_fonts()
        i18n.apply_language("en", app)
        runner = Runner(open_desk_database(data_dir))
        window = MainWindow(runner, runner.database.path, today=lambda: DEMO_DAY)
        window.resize(*SIZE)
        window.show()
        written = []
        try:
            for language in ("en", "ur"):
                i18n.apply_language(language, app)
                for position, screen in enumerate(window.screens):
                    window.show_screen(position)
                    settle(app, runner)
                    path = args.out / f"main-{screen.screen_id.replace('_', '-')}-{language}.png"
                    window.grab().save(str(path))
                    written.append(path)
                dialog = StartDialog(temp / "new-desk", DEFAULT_DEMO)
                dialog.show()
                settle(app, runner)
                path = args.out / f"start-dialog-{language}.png"
                dialog.grab().save(str(path))
                dialog.close()
                written.append(path)
        finally:
            window.close()
            runner.shutdown()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
