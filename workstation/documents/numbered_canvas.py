"""A reportlab canvas that holds every page until the end, so a footer can say
"page n of N" (reportlab knows the number of pages only once all are drawn)."""

from __future__ import annotations

from reportlab.pdfgen import canvas as rl_canvas


class NumberedCanvas(rl_canvas.Canvas):
    """`footer(canvas, page_number, page_count)` draws each page's footer at save."""

    def __init__(self, *args, footer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for n, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, n, total)
            super().showPage()
        super().save()
