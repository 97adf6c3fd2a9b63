"""Table models over the core's frozen row dataclasses, loaded through the runner.

`PagedTableModel` is for long lists (contacts, cases, the directory): it loads 50-row
pages as the view scrolls (`canFetchMore`/`fetchMore`), so 250,000 cases cost one
page at a time. `LoadedTableModel` is for lists that are always short (a day's
appointments, the tables of the database) and loads them whole.

Both keep the rows the core returned, unchanged; a `Column` turns a row into the
text shown, in the UI language, at paint time, so a language switch only needs a
repaint. Sort keys go in `SORT_ROLE` for a `QSortFilterProxyModel`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from workstation.persistence.database import Database
from workstation.services.browse import PAGE_SIZE, Page

from ..runner import Runner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str                                   # stable name, for tests and saved layouts
    header: Callable[[], str]                  # translated when asked
    text: Callable[[Any], str]                 # row -> text in the UI language
    sort_key: Callable[[Any], Any] | None = None
    # Codes, references, numbers and times read left to right even in Urdu; keeping them
    # at the leading edge of the cell keeps the column tidy in both directions.
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


class RowTableModel(QAbstractTableModel):
    """Rows of one dataclass type shown through `Column`s; loading is left to subclasses."""

    loading_changed = Signal(bool)
    load_failed = Signal(object)   # the exception; the list shows its message
    rows_loaded = Signal()         # a load (or page) arrived, even an empty one

    def __init__(self, runner: Runner, columns: Sequence[Column], *, label: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._columns = list(columns)
        self._rows: list = []
        self._label = label
        self._generation = 0
        self._loading = False
        self._loaded_once = False
        self.error: BaseException | None = None

    # ---- state the list panel shows -------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def columns(self) -> list[Column]:
        return list(self._columns)

    def row_at(self, row: int):
        return self._rows[row]

    def rows(self) -> list:
        return list(self._rows)

    # ---- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip shows text a narrow column cuts off (long category names).
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        """The language changed: headers and cells are drawn again in the new one."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    # ---- loading helpers ------------------------------------------------------------
    def _start_over(self) -> int:
        """Forget the rows and any answer still on its way; return the new generation."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self.error = None
        self.endResetModel()
        return self._generation

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.error = error
        self._set_loading(False)
        self.load_failed.emit(error)

    def clear(self) -> None:
        """Drop every row (the desk is locking): the data leaves the model, and an answer
        still on its way is ignored when it arrives. The query is kept (it holds filter
        values only); `reload()` shows the rows again."""
        self._start_over()
        self._loaded_once = False
        self._set_loading(False)


class PagedTableModel(RowTableModel):
    """A long list loaded a page at a time, newest first, as the view scrolls."""

    total_changed = Signal(int)

    def __init__(self, runner: Runner, columns: Sequence[Column], *, label: str,
                 page_size: int = PAGE_SIZE, parent: QObject | None = None):
        super().__init__(runner, columns, label=label, parent=parent)
        self._page_size = page_size
        self._fetch: Callable[[Database, int, int], Page] | None = None
        self._total: int | None = None
        self._ids: set = set()
        self._next_offset = 0

    @property
    def total(self) -> int | None:
        """Rows matching the current query in the database (not just those loaded)."""
        return self._total

    def set_query(self, fetch: Callable[[Database, int, int], Page]) -> None:
        """Show what `fetch(database, offset, limit)` returns, from the first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        if self._fetch is None:
            return
        self._start_over()
        self._ids = set()
        self._total = None
        self._next_offset = 0
        self._request(0)

    def clear(self) -> None:
        super().clear()
        self._ids = set()
        self._next_offset = 0
        if self._total is not None:
            self._total = None
            self.total_changed.emit(-1)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loading or self._total is None or self.error:
            return False
        return self._next_offset < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(self._next_offset)

    def _request(self, offset: int) -> None:
        fetch, limit, generation = self._fetch, self._page_size, self._generation
        self._set_loading(True)
        self._runner.run(
            lambda ctx: fetch(ctx.database, offset, limit),
            done=functools.partial(self._received, generation),
            failed=functools.partial(self._failed, generation),
            label=f"load {self._label}", owner=self,
        )

    def _received(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return  # an answer to a query the person has since changed
        self._next_offset = page.offset + len(page.rows)
        # New records arrive at the top while someone scrolls; paging by offset then
        # repeats a row or two, which are dropped here.
        fresh = [row for row in page.rows if row.id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(row.id for row in fresh)
            self.endInsertRows()
        if page.total is None:
            # A later page without a count (counting a filtered list again at every
            # page cost more than the page): the first page's total stands.
            page = Page(page.rows, self._total, page.offset)
        if not page.rows:
            # The end came sooner than the count said (rows deleted meanwhile).
            page = Page(page.rows, self._next_offset, page.offset)
        if page.total != self._total:
            self._total = page.total
            self.total_changed.emit(page.total)
        self._loaded_once = True
        self._set_loading(False)
        self.rows_loaded.emit()


class LoadedTableModel(RowTableModel):
    """A short list loaded whole (a day's appointments, the tables of the database)."""

    def __init__(self, runner: Runner, columns: Sequence[Column], *, label: str,
                 parent: QObject | None = None):
        super().__init__(runner, columns, label=label, parent=parent)
        self._load: Callable[[Database], list] | None = None

    def set_query(self, load: Callable[[Database], list]) -> None:
        self._load = load
        self.reload()

    def reload(self) -> None:
        load = self._load
        if load is None:
            return
        generation = self._generation + 1
        self._generation = generation
        self.error = None
        self._set_loading(True)
        # The old rows stay on screen until the new ones arrive: no flicker on refresh.
        self._runner.run(
            lambda ctx: load(ctx.database),
            done=functools.partial(self._received, generation),
            failed=functools.partial(self._failed, generation),
            label=f"load {self._label}", owner=self,
        )

    def _received(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return
        self.show_rows(rows)

    def show_rows(self, rows: list) -> None:
        """Show rows a screen loaded itself (with other data in the same job)."""
        self._generation += 1  # an older query still on its way must not overwrite these
        self.error = None
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self._loaded_once = True
        self._set_loading(False)
        self.rows_loaded.emit()

    def show_failure(self, error: BaseException) -> None:
        self._generation += 1
        self._failed(self._generation, error)
