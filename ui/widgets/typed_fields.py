"""Fields for values people type in a fixed shape (dates, CNICs, phone numbers), and a
guard that tells them when pasted text carried invisible control characters.

A date is typed, not picked: `2026-11-22`, `22/11/2026`, `22-11-2026` or `22.11.2026`,
in Urdu or Latin digits. An empty field is "not known", which a QDateEdit cannot say.
Text that is not a date is kept as typed (nothing typed vanishes, and a draft keeps
it); the form says so beside the field before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from workstation.domain.digits import ascii_digits
from workstation.domain.text import LONG as LONG_TEXT
from workstation.domain.text import remove_controls

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
# Room to paste more than the core takes, so that it can say so beside the field rather
# than the field cutting a paste short without a word (the appointment dialogs do this).
SHORT_FIELD = 200 * 4


def parse_date(text: str) -> date | None:
    """The date written in `text`; None for an empty text; ValueError otherwise."""
    text = ascii_digits(text or "").strip()
    if not text:
        return None
    for shape in DATE_FORMATS:
        try:
            return datetime.strptime(text, shape).date()
        except ValueError:
            continue
    raise ValueError(text)


def show_date(day: date | None) -> str:
    """How a date stands in a DateField: day/month/year, as Pakistani forms write it."""
    return day.strftime("%d/%m/%Y") if day else ""


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Digits read left to right in the Urdu window too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMaxLength(40)

    def value(self) -> date | None:
        """The date typed, or None when empty or not a date (`is_invalid` tells which)."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def is_invalid(self) -> bool:
        try:
            parse_date(self.text())
        except ValueError:
            return True
        return False

    def set_value(self, day: date | None) -> None:
        self.setText(show_date(day))


def left_to_right_edit(parent: QWidget, max_length: int = 64) -> QLineEdit:
    """Phone numbers and CNICs read left to right in Urdu too."""
    edit = QLineEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setMaxLength(max_length)
    return edit


class ControlGuard(QObject):
    """Removes bidi overrides and control characters from what is typed or pasted into
    the fields it watches, and calls `removed(field)` so the form can say so beside it.

    The core drops them on saving anyway (they reorder Urdu and digits misleadingly, a
    known spoofing trick); doing it at once shows the person the text that will be kept.
    """

    def __init__(self, removed: Callable[[QWidget], None],
                 too_long: Callable[[QWidget, int], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._removed = removed
        self._too_long = too_long
        self._busy = False

    def watch(self, field: QWidget) -> None:
        """Guard `field`; a TextBox also reports a paste it refused (`too_long`)."""
        if isinstance(field, QLineEdit):
            field.textEdited.connect(lambda _text, f=field: self._line_edited(f))
        elif isinstance(field, QPlainTextEdit):
            field.textChanged.connect(lambda f=field: self._text_changed(f))
        if isinstance(field, TextBox) and self._too_long is not None:
            field.paste_refused.connect(lambda length, f=field: self._too_long(f, length))

    def _line_edited(self, field: QLineEdit) -> None:
        text = field.text()
        kept = remove_controls(text)
        if kept == text:
            return
        position = field.cursorPosition()
        before = len(text[:position]) - len(remove_controls(text[:position]))
        field.setText(kept)
        field.setCursorPosition(max(0, position - before))
        # setText does not emit textEdited: those watching for edits must hear of it.
        field.textEdited.emit(kept)
        self._removed(field)

    def _text_changed(self, field: QPlainTextEdit) -> None:
        if self._busy:
            return
        text = field.toPlainText()
        kept = remove_controls(text, multiline=True)
        if kept == text:
            return
        cursor = field.textCursor()
        position = cursor.position()
        before = len(text[:position]) - len(remove_controls(text[:position], multiline=True))
        self._busy = True
        try:
            field.setPlainText(kept)
        finally:
            self._busy = False
        cursor = field.textCursor()
        cursor.setPosition(min(len(kept), max(0, position - before)))
        field.setTextCursor(cursor)
        self._removed(field)


class TextBox(QPlainTextEdit):
    """A multi-line field that refuses a paste far longer than the core takes.

    A megabyte pasted without spaces took Qt over a minute to lay out, the window frozen;
    a paste longer than twice what the field `accepts` is therefore not inserted, and
    `paste_refused(length)` lets the form say so beside the field. Up to that length the
    text goes in and the core says how long it may be, so nothing typed is cut short
    without a word."""

    paste_refused = Signal(int)   # the length of the text not pasted

    def __init__(self, parent: QWidget | None = None, *, accepts: int = LONG_TEXT):
        super().__init__(parent)
        self.accepts = accepts
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source) -> None:
        text = source.text() if source is not None and source.hasText() else ""
        if len(self.toPlainText()) + len(text) > 2 * self.accepts:
            self.paste_refused.emit(len(text))
            return
        super().insertFromMimeData(source)
