"""A table view that says so when there is nothing to show, or when loading failed.

A blank grid cannot be told apart from a list that is still loading or one that broke;
at a helpline desk the difference matters ("no open cases" versus "the list did not
load"). The panel shows the table when it has rows and a sentence otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
)

from workstation.errors import WorkstationError

from .. import fonts, i18n
from ..models.row_models import ROW_ROLE, SORT_ROLE, RowTableModel

# Widest a column starts (pixels): long category names are cut off with "…" and
# shown whole in the tooltip, rather than pushing the other columns out of sight.
MAX_COLUMN_WIDTH = 360
ROW_PADDING = 8
CELL_PADDING = 6     # each side: text must not touch the grid line (it did in Urdu)
HEADER_PADDING = 28  # room for the sort arrow and the section's own margins
MIN_SHRUNK_WIDTH = 160
MIN_COLUMN_WIDTH = 40


class PaddedDelegate(QStyledItemDelegate):
    """Draws cells with a little space on both sides of the text."""

    def paint(self, painter, option, index) -> None:
        option.rect = option.rect.adjusted(CELL_PADDING, 0, -CELL_PADDING, 0)
        super().paint(painter, option, index)

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 2 * CELL_PADDING, hint.height())


class ListPanel(QStackedWidget):
    TABLE, MESSAGE = 0, 1

    def __init__(self, model: RowTableModel, empty_text: Callable[[], str], *,
                 sortable: bool = False, parent=None):
        super().__init__(parent)
        self.model = model
        self._empty_text = empty_text
        self.table = QTableView(self)
        self.table.setObjectName("list")
        if sortable:
            # Only for lists loaded whole: sorting a paged list would sort the pages
            # already loaded and mislead about the rest.
            self.proxy = QSortFilterProxyModel(self)
            self.proxy.setSourceModel(model)
            self.proxy.setSortRole(SORT_ROLE)
            self.table.setModel(self.proxy)
            self.table.setSortingEnabled(True)
        else:
            self.proxy = None
            self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tab leaves the list (arrows move inside it), so Tab reaches every control.
        self.table.setTabKeyNavigation(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegate(PaddedDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Qt derives a minimum from the font, which for Urdu made short columns
        # ("Risk") as wide as long ones; the sizing below sets every width itself.
        self.table.horizontalHeader().setMinimumSectionSize(MIN_COLUMN_WIDTH)
        # Headers start where the cells' text starts (cells are padded by the delegate).
        self.table.horizontalHeader().setStyleSheet(
            f"QHeaderView::section {{ padding-left: {CELL_PADDING + 2}px;"
            f" padding-right: {CELL_PADDING + 2}px; }}")
        self.message = QLabel(self)
        self.message.setObjectName("list-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.table)
        self.addWidget(self.message)
        self._sized = False
        self._sizing = False
        self._dragged = False   # the person has set a width: leave the widths alone
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self._apply_fonts()
        model.modelReset.connect(self._update)
        model.modelReset.connect(self._forget_sizes)
        model.rows_loaded.connect(self._update)
        model.loading_changed.connect(self._update)
        model.load_failed.connect(self._update)
        self._update()

    # ---- the chosen row -------------------------------------------------------------
    def selected_row(self):
        """The row (the core's dataclass) the person has chosen, or None."""
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_row_where(self, matches: Callable[[object], bool]) -> bool:
        """Choose the first row for which `matches(row)` holds, as a click would (sorted
        or not); False when none does."""
        view = self.table.model()
        for position in range(view.rowCount()):
            index = view.index(position, 0)
            if matches(index.data(ROW_ROLE)):
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    # ---- what to show ---------------------------------------------------------------
    def message_text(self) -> str:
        model = self.model
        if model.error is not None:
            reason = (model.error.message if isinstance(model.error, WorkstationError)
                      else self.tr("An unexpected error occurred; the details are in the "
                                   "log file."))
            return self.tr("This list could not be loaded.") + "\n" + reason
        if model.rowCount() == 0 and (model.loading or not model.loaded_once):
            return self.tr("Loading…")
        return self._empty_text()

    def _update(self, *_args) -> None:
        has_rows = self.model.rowCount() > 0 and self.model.error is None
        if has_rows:
            self.setCurrentIndex(self.TABLE)
            if not self._sized:
                self._size_columns()
        else:
            self.message.setText(self.message_text())
            self.setCurrentIndex(self.MESSAGE)

    def _forget_sizes(self) -> None:
        self._sized = False
        self._dragged = False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        # The stretched last column follows the list's width by itself.
        if not self._sizing and section < self.table.horizontalHeader().count() - 1:
            self._dragged = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Sized before the list had its real width (a panel laid out later, a split
        # moved): fit again, unless the person has dragged a column.
        if self._sized and not self._dragged and self.currentIndex() == self.TABLE:
            self._size_columns()

    def _size_columns(self) -> None:
        """Fit the columns to the first rows and their headers once; the person may then
        drag them. Measured with the fonts in use now (Naskh for Urdu lists): after a
        language switch this runs once the new fonts have reached the header.

        When the columns together are wider than the list, the widest one (a category
        or service name) gives up the difference, so that every column — the
        "Restricted" marker too — is in view without scrolling sideways."""
        self._sized = True
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.table.model()
        widths = []
        for column in range(header.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            widths.append(min(MAX_COLUMN_WIDTH, max(
                self.table.sizeHintForColumn(column),
                metrics.horizontalAdvance(title) + HEADER_PADDING)))
        # The stretched last column never gets narrower than the default section size.
        widths[-1] = max(widths[-1], header.defaultSectionSize())
        available = self.table.viewport().width()
        overflow = sum(widths) - available
        if overflow > 0 and available > 400:
            widest = max(range(len(widths)), key=widths.__getitem__)
            widths[widest] = max(MIN_SHRUNK_WIDTH, widths[widest] - overflow)
        # Not the last column: it stretches to the edge (sizing it by hand stops that).
        self._sizing = True
        try:
            for column, width in enumerate(widths[:-1]):
                header.resizeSection(column, width)
        finally:
            self._sizing = False

    # ---- language -------------------------------------------------------------------
    def _apply_fonts(self) -> None:
        font = fonts.table_font(i18n.current_language())
        self.table.setFont(font)
        # A widget with a style sheet keeps its own font: the header is told directly.
        self.table.horizontalHeader().setFont(font)
        # Rows as tall as the font's line, plus room so no descender or Nastaliq
        # dot is cut off.
        height = self.table.fontMetrics().height() + ROW_PADDING
        self.table.verticalHeader().setMinimumSectionSize(height)
        self.table.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply_fonts()
            self.model.retranslate()
            self._sized = False
            # Size after the font change has reached the header and the cells.
            QTimer.singleShot(0, self, self._update)
        super().changeEvent(event)
