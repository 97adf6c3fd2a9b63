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
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import fonts, i18n

BAR_COLOUR = QColor(46, 107, 158)
MAX_BARS = 15   # a chart with a hundred districts says nothing; the table has them all
MAX_NAME = 28   # longer names are cut with "…" (the table beside has them whole)


def _label_font(language: str):
    font = fonts.ui_font(language)
    if language == "ur":
        font.setPointSizeF(font.pointSizeF() * 0.9)
    return font


def _step(top: int) -> int:
    """A round step giving at most five ticks: 1, 2, 5, 10, 20, 50 …"""
    base = 1
    while True:
        for step in (base, 2 * base, 5 * base):
            if top <= 5 * step:
                return step
        base *= 10


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
        """How many bars fit: QtCharts drops the names of bars thinner than their line
        (an Urdu line is half as tall again as an English one)."""
        if not self.horizontal:
            return self.max_bars
        line = int(QFontMetrics(_label_font(i18n.current_language())).height() * 1.45) + 4
        return max(3, min(self.max_bars, (self.height() - 80) // line))

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
        # Naskh for an Urdu title: Nastaliq's height would take a bar's room.
        title_font = fonts.ui_font(language)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.05)
        chart.setTitleFont(title_font)
        chart.setLocalizeNumbers(False)
        bars = QBarSet("")
        bars.setColor(BAR_COLOUR)
        bars.setBorderColor(BAR_COLOUR)
        # QtCharts puts the first category at the bottom: reversed, the first is on top.
        items = list(reversed(self._items)) if self.horizontal else list(self._items)
        bars.append([value for _, value in items])
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        if self.horizontal or len(items) <= 12:
            names = QBarCategoryAxis()
            shown = [_short(name) for name, _ in items]
            if rtl and self.horizontal:
                # QtCharts measures shaped Urdu a little short: the last letter
                # ("درمیانہ") was cut at the bars' edge. A space each side gives it room.
                shown = [f" {name} " for name in shown]
            names.append(shown or [""])
            names.setLabelsFont(_label_font(language) if self.horizontal
                                else fonts.ui_font("en"))
            names.setGridLineVisible(False)
            if rtl and not self.horizontal:
                names.setReverse(True)
        else:
            # A day's 24 hours: a number axis ticking every third hour. Twenty-four names
            # side by side were all cut to "…" by QtCharts.
            names = QValueAxis()
            names.setRange(-0.5, len(items) - 0.5)
            names.setTickType(QValueAxis.TickType.TicksDynamic)
            names.setTickAnchor(0)
            names.setTickInterval(3)
            names.setLabelFormat("%d")
            names.setLabelsFont(fonts.ui_font("en"))
            names.setGridLineVisible(False)
            names.setReverse(rtl)
        scale = QValueAxis()
        scale.setLabelFormat("%d")
        scale.setLabelsFont(fonts.ui_font("en"))
        top = max([value for _, value in items] or [0])
        step = _step(top)
        scale.setRange(0, step * max(1, -(-top // step)))
        scale.setTickType(QValueAxis.TickType.TicksDynamic)
        scale.setTickAnchor(0)
        scale.setTickInterval(step)
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
