"""The guard against the binding's reference defect (see ui/qt_compat.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from ui import qt_compat


class Sender(QObject):
    fired = Signal(bool)


class Relabelling(QLabel):
    def changeEvent(self, event):   # a Python override of a void virtual
        super().changeEvent(event)


def test_a_long_session_of_qt_calls_leaves_the_interpreter_intact(qapp):
    """Well past the point where PySide6 6.12.0 on Python 3.11 aborted without the guard
    (None held about 40,000 references in the window)."""
    label = Relabelling()
    sender = Sender()
    heard = [0]
    sender.fired.connect(lambda _v: heard.__setitem__(0, heard[0] + 1))
    for n in range(60_000):
        label.setText("x")           # void call
        label.setEnabled(n % 2 == 0) # sends a void changeEvent to the override
        sender.fired.emit(True)
    assert heard[0] == 60_000
    assert sys.getrefcount(None) > 1_000 and sys.getrefcount(True) > 1_000


def test_the_guard_is_applied_exactly_when_the_binding_needs_it():
    needs = (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
             and qt_compat.binding_loses_references())
    assert qt_compat.protect_singletons() == needs
    assert ("guard applied" in qt_compat.describe()) == needs
