"""A secret put on the clipboard leaves it again, unless the person has copied something since."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ui import clipboard


def test_a_copied_secret_is_cleared_after_the_interval(qtbot):
    board = QGuiApplication.clipboard()
    clipboard.copy_sensitive("kmpt-4xq7-9hcw", clear_after_ms=150)
    assert board.text() == "kmpt-4xq7-9hcw"
    # Clipboard managers are asked not to keep it.
    assert board.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.wait(50)
    assert board.text() == "kmpt-4xq7-9hcw"      # not before its time
    qtbot.waitUntil(lambda: board.text() == "", timeout=2_000)
    assert not clipboard.sensitive_pending()


def test_something_copied_later_is_left_alone(qtbot):
    board = QGuiApplication.clipboard()
    clipboard.copy_sensitive("kmpt-4xq7-9hcw", clear_after_ms=150)
    board.setText("Karachi South, Clifton police station")
    qtbot.wait(400)
    assert board.text() == "Karachi South, Clifton police station"
    assert not clipboard.sensitive_pending()


def test_the_default_interval_is_thirty_seconds(qtbot):
    clipboard.copy_sensitive("kmpt-4xq7-9hcw")
    try:
        assert clipboard._clipboard()._timer.interval() == 30_000
        assert clipboard.sensitive_pending()
    finally:
        clipboard.clear_sensitive()   # what locking and signing out do
    assert QGuiApplication.clipboard().text() == ""
