"""Switching the interface between English and Urdu, live.

Installing or removing the translator makes Qt send every widget a LanguageChange
event; widgets answer it by setting their texts again (`retranslate_ui`). The layout
direction follows the language, so Urdu screens read right to left with the
navigation on the right.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from . import fonts

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("en", "ur")
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.Pakistan),
           "ur": QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan)}

_state = {"language": "en", "translator": None, "generation": 0}


def current_language() -> str:
    return _state["language"]


def locale() -> QLocale:
    return LOCALES[current_language()]


def is_urdu() -> bool:
    return current_language() == "ur"


def generation() -> int:
    """Goes up at every language switch; caches of translated text key on it."""
    return _state["generation"]


class TranslationMissing(RuntimeError):
    """A shipped .qm file is missing or unreadable (a broken installation)."""


def qm_path(language: str) -> Path:
    return I18N_DIR / f"workstation_{language}.qm"


def apply_language(language: str, app: QApplication | None = None) -> None:
    """Load the translation, font, locale and layout direction for `language`."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    app = app or QApplication.instance()
    old = _state["translator"]
    # English has a translation file too: it holds only the plural forms
    # ("1 case", "5,000 cases") of the source strings written as "%Ln case(s)".
    new = QTranslator(app)
    qm_file = qm_path(language)
    if not new.load(str(qm_file)):
        raise TranslationMissing(f"{qm_file} cannot be loaded")
    # State first: widgets retranslating on the LanguageChange event read it.
    _state["language"] = language
    _state["translator"] = new
    _state["generation"] += 1
    QLocale.setDefault(LOCALES[language])
    app.setFont(fonts.ui_font(language))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ur"
                           else Qt.LayoutDirection.LeftToRight)
    if old is not None:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    QCoreApplication.installTranslator(new)
    log.info("interface language: %s", language)
