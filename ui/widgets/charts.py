"""Bar charts (QtCharts) that read in Urdu and English.

Names are drawn in the UI font (Naskh for Urdu, so category names do not become boxes),
the title in the display font. In Urdu a horizontal chart mirrors: names on the right,
bars growing leftwards, the scale reversed. The first name is at the top (QtCharts puts
the first category at the bottom). Only counts that are known are drawn: a suppressed
count has no bar and no name here (the table beside the chart marks it).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import fonts, i18n

BAR_COLOUR = QColor(46, 107, 158)
MAX_BARS = 15   # a chart with a hundred districts says nothing; the table has them all
MAX_NAME = 28   # longer names are cut with "…" (the table beside has them whole)


def _short(name: str) -> str:
    return name if len(name) <= MAX_NAME else name[:MAX_NAME - 1].rstrip() + "…"


class BarChart(QChartView):
    def __init__(self, name: str, *, horizontal: bool = True, max_bars: int = MAX_BARS,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.horizontal = horizontal
        self.max_bars = max_bars
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self._title = self._given_title = ""
        self._items: list[tuple[str, int]] = []
        self._all: list[tuple[str, int]] = []
        self.setChart(self._build())

    # ---- what it shows, for tests -------------------------------------------------------
    def names(self) -> list[str]:
        """The names with a bar, top to bottom (left to right for a vertical chart), as
        given (the axis may cut long ones)."""
        return [name for name, _ in self._items]

    def values(self) -> list[int]:
        return [value for _, value in self._items]

    def title(self) -> str:
        return self._title

    # ---- showing ------------------------------------------------------------------------
    def set_data(self, title: str, items: list[tuple[str, int | None]]) -> None:
        """`items` in the order to read them; those whose count is None are left out."""
        self._given_title = title
        self._all = [(name, value) for name, value in items if value is not None]
        self._fit()

    def _room(self) -> int:
        """How many bars fit: QtCharts drops the names of bars thinner than a line."""
        if not self.horizontal:
            return self.max_bars
        line = self.fontMetrics().height() + 8
        return max(3, min(self.max_bars, (self.height() - 90) // line))

    def _fit(self) -> None:
        room = self._room()
        self._items = self._all[:room]
        self._title = self._given_title
        if len(self._all) > room and self._given_title:
            self._title = self.tr("%1 (the first %2 of %3)").replace(
                "%1", self._given_title).replace("%2", str(room)).replace(
                "%3", str(len(self._all)))
        self.setChart(self._build())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if len(self._items) != min(len(self._all), self._room()):
            self._fit()

    def clear(self) -> None:
        self.set_data("", [])

    def _build(self) -> QChart:
        old = self.chart()
        chart = QChart()
        chart.setTitle(self._title)
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        language = i18n.current_language()
        rtl = i18n.is_urdu()
        chart.setTitleFont(fonts.display_font(language, scale=1.05))
        chart.setLocalizeNumbers(False)
        bars = QBarSet("")
        bars.setColor(BAR_COLOUR)
        bars.setBorderColor(BAR_COLOUR)
        items = list(reversed(self._items)) if self.horizontal else list(self._items)
        if self.horizontal is False and rtl:
            items = list(reversed(items))
        bars.append([value for _, value in items])
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_short(name) for name, _ in items] or [""])
        label_font = fonts.ui_font(language)
        if not self.horizontal:
            # A day's 24 hours side by side: small figures, or Qt elides them all.
            label_font = fonts.ui_font("en")
            label_font.setPointSizeF(label_font.pointSizeF() * 0.8)
        names.setLabelsFont(label_font)
        names.setGridLineVisible(False)
        scale = QValueAxis()
        scale.setLabelFormat("%d")
        scale.setLabelsFont(fonts.ui_font("en"))
        top = max([value for _, value in items] or [0])
        scale.setRange(0, max(top, 4))
        scale.applyNiceNumbers()
        if self.horizontal:
            scale.setReverse(rtl)
            chart.addAxis(names, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(scale, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(scale)
        if old is not None:
            old.deleteLater()
        return chart

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setChart(self._build())
        super().changeEvent(event)
