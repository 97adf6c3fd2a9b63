"""Copying a secret (a one-time password) without leaving it on the clipboard.

`copy_sensitive(text)` puts the text on the clipboard and clears the clipboard after 30
seconds — but only if it still holds that text: whatever the person copied since is
theirs and stays. Only a hash of the text is kept for that comparison.

Clipboard managers keep a history; the copy carries the hints the common ones honour
(KDE's Klipper and others: `x-kde-passwordManagerHint`; Windows' clipboard history and
cloud clipboard: `ExcludeClipboardContentFromMonitorProcessing`) so they do not record it.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000

_PASSWORD_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"':
        b"\x01\x00\x00\x00",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class _SensitiveClipboard(QObject):
    """One pending clear at a time: a second copy replaces the first (and its timer)."""

    def __init__(self) -> None:
        super().__init__(QGuiApplication.instance())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self._digest: bytes | None = None

    def copy(self, text: str, clear_after_ms: int) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _PASSWORD_HINTS.items():
            mime.setData(kind, QByteArray(value))
        QGuiApplication.clipboard().setMimeData(mime)
        self._digest = _digest(text)
        self._timer.start(clear_after_ms)

    @property
    def pending(self) -> bool:
        return self._digest is not None

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds the copied secret (the timer, a lock, sign-out)."""
        self._timer.stop()
        expected, self._digest = self._digest, None
        if expected is None:
            return
        clipboard = QGuiApplication.clipboard()
        if _digest(clipboard.text()) == expected:
            clipboard.clear()


_instance: list[_SensitiveClipboard] = []


def _clipboard() -> _SensitiveClipboard:
    if not _instance:
        _instance.append(_SensitiveClipboard())
    return _instance[0]


def copy_sensitive(text: str, *, clear_after_ms: int | None = None) -> None:
    """Copy `text`; clear it from the clipboard after `clear_after_ms` (30 s) if unchanged."""
    _clipboard().copy(text, CLEAR_AFTER_MS if clear_after_ms is None else clear_after_ms)


def clear_sensitive() -> None:
    """Clear a copied secret now, if it is still on the clipboard (locking, signing out)."""
    if _instance:
        _instance[0].clear_now()


def sensitive_pending() -> bool:
    return bool(_instance) and _instance[0].pending
