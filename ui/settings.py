"""UI preferences, each declared once here with its default (Picard's `options.py`).

QSettings holds preferences of the person at this desk only: never case data, keys,
passwords or anything about a caller (convention 9).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

ORGANISATION = "CounsellorWorkstation"
APPLICATION = "Counsellor Workstation"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    choices: tuple[T, ...] = ()

    def get(self) -> T:
        value = _store().value(self.key, self.default)
        # QSettings' INI backend hands back strings; a hand-edited file may hold anything.
        try:
            if isinstance(self.default, bool):
                value = str(value).lower() in ("true", "1", "yes")
            else:
                value = type(self.default)(value)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value

    def set(self, value: T) -> None:
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key} must be one of {self.choices}")
        _store().setValue(self.key, value)


def _store() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


LANGUAGE = Setting("ui/language", "en", choices=("en", "ur"))
# Minutes without a key press or mouse movement before the window locks itself.
LOCK_IDLE_MINUTES = Setting("lock/idle_minutes", 5, choices=(1, 2, 5, 10, 15, 30))
# Minutes between sync rounds with the shared database (when this desk is connected).
SYNC_MINUTES = Setting("sync/interval_minutes", 2, choices=(1, 2, 5, 10, 15))
