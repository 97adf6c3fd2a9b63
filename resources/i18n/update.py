"""Refresh the translation files after changing strings in ui/, then compile them.

    .venv/bin/python resources/i18n/update.py

1. `pyside6-lupdate` collects every tr()/translate() string of ui/**.py into
   workstation_ur.ts (all strings) and workstation_en.ts (plural forms only), keeping
   the translations already made and dropping strings the code no longer has.
2. Translate what is new (Qt Linguist: `.venv/bin/pyside6-linguist workstation_ur.ts`,
   or edit the XML); nothing may stay `type="unfinished"` (tests/ui checks this).
3. Run this script again: `pyside6-lrelease` compiles the .ts files to the .qm files
   the application loads. Commit both.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def lupdate(language: str, *extra: str) -> list[str]:
    return [tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete",
            "-locations", "relative", "-target-language", f"{language}_PK", *extra,
            str(ROOT / "ui"), "-ts", str(HERE / f"workstation_{language}.ts")]


def main() -> int:
    for command in (lupdate("ur"), lupdate("en", "-pluralonly")):
        subprocess.run(command, check=True)
    for language in ("ur", "en"):
        subprocess.run([tool("pyside6-lrelease"), str(HERE / f"workstation_{language}.ts"),
                        "-qm", str(HERE / f"workstation_{language}.qm")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
