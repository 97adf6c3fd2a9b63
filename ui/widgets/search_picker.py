"""A field that picks one value from a long list by typing any part of its name.

Categories (79 of them) and districts (170) are too many to scroll through while a
caller talks. Typing "acid", "تیزاب" or "karachi s" narrows the list at once: every
typed word must appear in the value's English or Urdu name, its group or its code,
folded the way the directory search folds text (Roman-Urdu spellings, Urdu letter
forms). Up/Down and Enter choose; the chosen value's code is `value()`.

Text that names no value is kept as typed (nothing the person wrote vanishes) and
`value()` is None; the form then says so beside the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from workstation.directory.text import normalise

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Choice:
    code: str
    text: str            # shown, in the UI language
    search: str = ""     # other names it may be typed as (the other language, aliases)


class _WordFilter(QSortFilterProxyModel):
    """Rows whose search text contains every typed word."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        # Qt 6.9 replaced invalidateFilter() by this pair; older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._words = normalise(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = normalise(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return all(word in haystack for word in self._words)


class SearchPicker(QLineEdit):
    value_changed = Signal(object)   # the chosen code, or None

    def __init__(self, parent: QWidget | None = None, *, max_visible: int = 12):
        super().__init__(parent)
        self._items = QStandardItemModel(self)
        self._filter = _WordFilter(self)
        self._filter.setSourceModel(self._items)
        self._by_code: dict[str, str] = {}
        self._value: str | None = None
        self.completer_ = QCompleter(self._filter, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(max_visible)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)
        self.textEdited.connect(self._typed)
        self.setClearButtonEnabled(True)

    # ---- the list -------------------------------------------------------------------
    def set_choices(self, choices: list[Choice]) -> None:
        """Replace the list (after loading, or a language switch); the value is kept and
        its text shown in the new language."""
        self._items.clear()
        self._by_code = {}
        for choice in choices:
            item = QStandardItem(choice.text)
            item.setData(choice.code, CODE_ROLE)
            item.setData(normalise(f"{choice.text} {choice.search} {choice.code}"),
                         SEARCH_ROLE)
            item.setEditable(False)
            self._items.appendRow(item)
            self._by_code[choice.code] = choice.text
        if self._value in self._by_code:
            self.setText(self._by_code[self._value])

    def choice_count(self) -> int:
        return self._items.rowCount()

    def shown_count(self) -> int:
        """How many values the typed text leaves (what the popup lists)."""
        return self._filter.rowCount()

    # ---- the value ------------------------------------------------------------------
    def value(self) -> str | None:
        return self._value

    def set_value(self, code: str | None) -> None:
        self._set(code if code in self._by_code else None)
        self.setText(self._by_code.get(code or "", code or ""))

    def is_unmatched(self) -> bool:
        """Text is typed that names no value."""
        return bool(self.text().strip()) and self._value is None

    def _set(self, code: str | None) -> None:
        if code != self._value:
            self._value = code
            self.value_changed.emit(code)

    # ---- typing ---------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._filter.set_query(text)
        exact = [code for code, shown in self._by_code.items()
                 if shown.casefold() == text.strip().casefold()]
        self._set(exact[0] if exact else None)
        if text.strip() and self._filter.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _chosen(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        self.setText(self._by_code.get(code, ""))
        self._set(code)

    def keyPressEvent(self, event) -> None:
        # Down opens the whole (filtered) list, as a combo box would.
        if event.key() == Qt.Key.Key_Down and not self.completer_.popup().isVisible():
            self._filter.set_query("" if self._value else self.text())
            self.completer_.complete()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._value is None \
                and self.text().strip() and self._filter.rowCount() == 1:
            # One value left: Enter takes it, without the arrow keys.
            self.completer_.popup().hide()
            self._chosen(self._filter.index(0, 0))
            return
        super().keyPressEvent(event)
