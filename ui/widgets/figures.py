"""A row of labelled figures ("Contacts today: 9"), for the overview on Calls and Reports."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from .. import fonts, formatting, i18n


class Figure(QFrame):
    """One number with its caption underneath; '–' until the number is known."""

    def __init__(self, key: str, caption: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self._caption_text = caption
        self._value: int | None = None
        self.setObjectName(f"figure-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName("value")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("caption")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.retranslate_ui()

    def set_value(self, value: int | None) -> None:
        self._value = value
        self.value_label.setText("–" if value is None else formatting.number(value))

    def retranslate_ui(self) -> None:
        self.value_label.setFont(fonts.figure_font(i18n.current_language()))
        self.caption_label.setText(self._caption_text())
        self.set_value(self._value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class FigureRow(QWidget):
    def __init__(self, figures: list[Figure], columns: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.figures = {figure.key: figure for figure in figures}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = columns or len(figures)
        for position, figure in enumerate(figures):
            figure.setParent(self)
            layout.addWidget(figure, position // columns, position % columns)

    def set_values(self, values: dict[str, int | None]) -> None:
        for key, figure in self.figures.items():
            figure.set_value(values.get(key))
