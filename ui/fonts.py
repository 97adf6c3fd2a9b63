"""The shipped fonts, registered at start so every desk (Windows too) draws Urdu.

Without an Urdu font Qt draws boxes. Debian's Nastaliq files report one weight for
Regular and Bold and Qt then picks Bold, which draws broken joins: every Urdu font
here is asked for by its style name "Regular", never by weight.

Which Urdu style where was decided by looking at the screenshots (scripts/screenshots.py):
Nastaliq for headings and navigation, Naskh for everything else; see `ui_font`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

LATIN = "Noto Sans"
NASTALIQ = "Noto Nastaliq Urdu"
NASKH = "Noto Naskh Arabic"

# Point sizes. Arabic-script letters are small for their line height, so Urdu text
# gets a point more to read as easily as the Latin text beside it.
LATIN_SIZE = 10
URDU_SIZE = 11

_registered: list[str] = []


def register_fonts(folder: Path = FONT_DIR) -> list[str]:
    """Add the shipped font files to Qt; return the families added (once per process)."""
    if _registered:
        return list(_registered)
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font file %s could not be loaded", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def _font(families: list[str], size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(size)
    # Latin bold is fine (Noto Sans ships a real Bold); Urdu is never drawn bold, see above.
    font.setStyleName("Bold" if bold else "Regular")
    return font


def ui_font(language: str) -> QFont:
    """The application font: menus, labels, buttons, dialogs, the status bar.

    Urdu body text is set in Naskh, not Nastaliq. With the Nastaliq shipped here (Debian
    12's Noto Nastaliq Urdu) some common words come out broken at interface sizes —
    "فائل" and "ٹیبل" collide into blobs — and the tall strokes of ک and گ rise above the
    line and were cut off in labels and table rows ("کونسلر" lost its top). Naskh draws
    every string of the translation correctly, it is how Urdu appears on phones and in
    Windows and Android menus, so it reads naturally. Nastaliq is kept for the screen
    headings and the navigation (`display_font`), short words checked in the screenshots.
    """
    if language == "ur":
        # Latin letters (case references, phone numbers) fall back to Noto Sans.
        return _font([NASKH, LATIN], URDU_SIZE)
    return _font([LATIN], LATIN_SIZE)


def display_font(language: str, scale: float = 1.0) -> QFont:
    """Screen headings and the navigation: Nastaliq for Urdu, the style of Urdu print."""
    if language == "ur":
        return _font([NASTALIQ, LATIN], URDU_SIZE * scale)
    return _font([LATIN], LATIN_SIZE * scale)


def table_font(language: str) -> QFont:
    """The font of dense lists: Naskh for Urdu, like the rest of the body text.

    Nastaliq was tried here first (see docs/screenshots): it needs about one and a
    half times Naskh's line height, so the list shows a third fewer rows, and in cells
    its long final strokes were cut at the column edge ("عدالت میں", "کراچی جنوبی").
    """
    return ui_font(language)


def figure_font(language: str, scale: float = 2.0) -> QFont:
    """Large numbers on the overview: digits are Latin in both languages (as in Pakistani
    offices and `QLocale("ur_PK")`), so they are drawn in Noto Sans."""
    return _font([LATIN], LATIN_SIZE * scale, bold=True)
