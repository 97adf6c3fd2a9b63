"""Reading what a person sees in a list: the text of a column, row by row."""

from __future__ import annotations

from PySide6.QtCore import Qt


def column_index(model, key: str) -> int:
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    return [column.key for column in source.columns()].index(key)


def column_texts(model, key: str) -> list[str]:
    """Display texts of column `key`, in the order the view shows them (proxy or not)."""
    column = column_index(model, key)
    return [model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())]


def header_texts(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


BIDI_MARKS = "\u2066\u2067\u2068\u2069\u200e\u200f"


def plain(text: str) -> str:
    """The text without the invisible marks that keep paths and numbers left to right."""
    return "".join(ch for ch in text if ch not in BIDI_MARKS)
