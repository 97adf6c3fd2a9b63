"""A PDF made by the core, shown page by page and printed through Qt.

QtPdf (`QPdfDocument`, PySide6-Addons) renders the reportlab PDF to images: the preview
shows exactly the file that is saved or printed. Pages are drawn into plain labels
rather than a `QPdfView`, whose rendering is asynchronous: a label holds its picture as
soon as `show_pdf` returns, so a screenshot or a test sees the pages.

Printing paints each page at the printer's own resolution (at most `MAX_PRINT_DPI`) in
horizontal strips: a whole A4 page at 1200 dpi would be a 560 MB image, a strip of it
20 MB. pdfium renders with a transparent background; pages are laid on white first.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PRINT_DPI = 600
STRIP_PIXELS = 512
PAGE_GAP = 12


class PdfLoadError(Exception):
    """The bytes given are not a PDF QtPdf can read (never expected from the core)."""


class PrintFailed(Exception):
    """The printer would not start or reported an error; `reason` is for the log."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over `data`; the buffer must live as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PdfLoadError(f"QtPdf could not read the sheet ({document.error().name})")
    return document, buffer


def on_white(image: QImage, image_format=QImage.Format.Format_RGB32) -> QImage:
    page = QImage(image.size(), image_format)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def render_page(document: QPdfDocument, page: int, width: int) -> QImage:
    points = document.pagePointSize(page)
    height = round(width * points.height() / points.width())
    return on_white(document.render(page, QSize(width, height)))


class PdfPages(QScrollArea):
    """The pages one under another, as wide as the view; scrolls with the keyboard."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdf-pages")
        self.setWidgetResizable(True)
        # Pages are always taller than the view: a scroll bar that came and went would
        # change the width the pages were drawn for.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QScrollArea#pdf-pages > QWidget > QWidget { background: #8a8f96; }")
        self._inner = QWidget()
        self._column = QVBoxLayout(self._inner)
        self._column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._column.setSpacing(PAGE_GAP)
        self._column.addStretch(1)
        self.setWidget(self._inner)
        self.labels: list[QLabel] = []
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._drawn_width = 0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._draw)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document else 0

    def show_pdf(self, data: bytes) -> int:
        """Show the PDF's pages; return how many. The previous pages stay if it fails."""
        document, buffer = load_pdf(data, self)
        old_document, old_buffer = self.document, self._buffer
        self.document, self._buffer = document, buffer
        if old_document is not None:
            old_document.close()
            old_document.deleteLater()
            old_buffer.deleteLater()
        self._draw()
        return document.pageCount()

    def clear(self) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
            self._buffer.deleteLater()
        self.document, self._buffer = None, None

    def page_width(self) -> int:
        return max(120, self.viewport().width() - 2 * PAGE_GAP)

    def _draw(self) -> None:
        if self.document is None:
            return
        pages = self.document.pageCount()
        while len(self.labels) < pages:
            label = QLabel(self._inner)
            label.setObjectName(f"page-{len(self.labels) + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("border: 1px solid #5a5f66;")
            self._column.insertWidget(len(self.labels), label)
            # A layout shows a new child only at the next turn of the event loop: now.
            label.show()
            self.labels.append(label)
        while len(self.labels) > pages:
            self.labels.pop().deleteLater()
        width = self.page_width()
        ratio = self.devicePixelRatioF()
        for page, label in enumerate(self.labels):
            pixmap = QPixmap.fromImage(render_page(self.document, page, round(width * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                    .replace("%2", str(pages)))
        self._drawn_width = width

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.document is not None and self.page_width() != self._drawn_width:
            self._resize_timer.start()


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the pages the printer asks for (its page range, else all); return how many.

    Each page is scaled to fit the paper the person chose, centred, at the printer's
    resolution. Raises PrintFailed when the printer does not start or ends in error."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
    if first > last:
        raise PrintFailed("empty page range")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("the printer did not start")
    printed = 0
    try:
        for page in range(first - 1, last):
            if printed and not printer.newPage():
                raise PrintFailed("the printer refused a new page")
            _paint_page(document, page, printer, painter)
            printed += 1
            # Repaint the window between pages without taking clicks or keys meanwhile.
            QApplication.processEvents(
                QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailed("the printer reported an error")
    return printed


def _paint_page(document: QPdfDocument, page: int, printer: QPrinter,
                painter: QPainter) -> None:
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    width = round(points.width() / 72 * dpi)
    height = round(points.height() / 72 * dpi)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    target_w, target_h = points.width() * scale, points.height() * scale
    left = paper.x() + (paper.width() - target_w) / 2
    top = paper.y() + (paper.height() - target_h) / 2
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(width, height))
    for strip_top in range(0, height, STRIP_PIXELS):
        strip_height = min(STRIP_PIXELS, height - strip_top)
        options.setScaledClipRect(QRect(0, strip_top, width, strip_height))
        strip = on_white(document.render(page, QSize(width, strip_height), options),
                         QImage.Format.Format_RGB888)
        # Whole device pixels, so neighbouring strips meet without a hairline between.
        y0 = round(top + strip_top * target_h / height)
        y1 = round(top + (strip_top + strip_height) * target_h / height)
        painter.drawImage(QRect(round(left), y0, round(target_w), y1 - y0), strip)
