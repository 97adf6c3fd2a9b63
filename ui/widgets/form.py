"""Pieces of the small forms around signing in: a field with its message beside it, and
a countdown for the wait after too many failed sign-ins.

A message sits directly under its field (convention 10: the form shows it beside the
field), in the error colour, and is read out by screen readers with the field.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

ERROR_STYLE = "color: #b3261e;"


class FieldMessage(QLabel):
    """The message for one field; invisible while it has nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}-message")
        self.setWordWrap(True)
        # Against the field above it: a form may give a wrapped label more height than
        # its text needs, and centred text then floated away from its field.
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class FormNote(QLabel):
    """A wrapped note in a form row, as high as its text needs at the width it has.

    QFormLayout sizes a row by the label's size hint, and a wrapped QLabel's hint is a
    narrow, tall block (a one-line note came out three lines high, with a gap above the
    next field): the hint here takes the label's real width, and asks again on a resize.
    """

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self._hinted_width = 0

    def sizeHint(self):
        hint = super().sizeHint()
        if self._hinted_width:   # laid out once: its width is the form's field width
            hint.setHeight(self.heightForWidth(self._hinted_width))
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.width() != self._hinted_width:
            self._hinted_width = self.width()
            self.updateGeometry()


class Form:
    """A QFormLayout whose fields each have a FieldMessage under them."""

    def __init__(self, parent: QWidget):
        self.parent = parent
        self.layout = QFormLayout()
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self._message_rows: dict[str, int] = {}

    def add(self, key: str, field: QWidget, row: QWidget | None = None) -> QWidget:
        """Add `field` under a caption; `row`, when given, is what the form shows (a
        widget holding the field and its companions), `field` what takes the focus."""
        caption = QLabel(self.parent)
        caption.setBuddy(field)
        field.setObjectName(key)
        message = FieldMessage(key, self.parent)
        self.layout.addRow(caption, row or field)
        self.layout.addRow("", message)
        # A message row takes no room while it is empty (hidden rows keep no spacing).
        self._message_rows[key] = self.layout.rowCount() - 1
        self.layout.setRowVisible(self._message_rows[key], False)
        self.captions[key] = caption
        self.fields[key] = field
        self.messages[key] = message
        return field

    def clear_messages(self) -> None:
        for key, message in self.messages.items():
            message.show_message(None)
            self.layout.setRowVisible(self._message_rows[key], False)

    def clear_message(self, key: str) -> None:
        """Hide one field's message (without moving the focus, unlike show_message)."""
        if key in self.messages:
            self.messages[key].show_message(None)
            self.layout.setRowVisible(self._message_rows[key], False)

    def show_message(self, key: str, text: str) -> bool:
        """Show `text` under field `key`; False when there is no such field."""
        if key not in self.messages:
            return False
        self.layout.setRowVisible(self._message_rows[key], bool(text))
        self.messages[key].show_message(text)
        field = self.fields[key]
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()
        return True


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    # Latin letters and digits: typed left to right even in the Urdu window.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def user_name_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setMaxLength(64)
    return edit


class Countdown(QObject):
    """Seconds left of a wait, ticking once a second on the GUI thread."""

    ticked = Signal(int)   # seconds left, > 0
    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(250)   # a quarter second: the number never lags by a second
        self._timer.timeout.connect(self._tick)
        self._deadline = 0.0
        self._shown = -1

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def remaining(self) -> int:
        return max(0, int(self._deadline - time.monotonic() + 0.999))

    def start(self, seconds: int) -> None:
        self._deadline = time.monotonic() + seconds
        self._shown = -1
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        left = self.remaining()
        if left <= 0:
            self._timer.stop()
            self.finished.emit()
        elif left != self._shown:
            self._shown = left
            self.ticked.emit(left)
