"""A report as a PDF: the facts and the suppression rule on the first page, then each
table as a horizontal bar chart with its counts, in English or Urdu.

Charts are drawn with reportlab's canvas rather than its chart widgets: their labels
cannot be set right to left, and Urdu category names are most of what a chart here
says (see documents/urdu_text.py for how Urdu is set). A suppressed line is listed with
"*" and no bar; bars are scaled to the largest count shown, so no bar length can stand
for a hidden count. Urdu pages mirror: names on the right, bars growing leftwards.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics

from ..documents.numbered_canvas import NumberedCanvas
from ..documents.urdu_text import (
    LINE_HEIGHT,
    draw_rtl_line,
    has_arabic,
    line_width,
    register_font,
    wrap_rtl,
)
from .exports import about, shown
from .labels import ReportLabels
from .statistics import Report, Table

MARGIN = 40
BAR = colors.Color(0.18, 0.42, 0.62)
GREY = colors.Color(0.38, 0.38, 0.38)
RULE = colors.Color(0.78, 0.78, 0.78)
SHADE = colors.Color(0.95, 0.95, 0.93)
COUNT_WIDTH = 52
LABEL_SHARE = 0.42


class _Layout:
    def __init__(self, canvas, labels: ReportLabels, fonts: dict):
        self.c = canvas
        self.labels = labels
        self.rtl = labels.rtl
        self.fonts = fonts
        self.width, self.height = A4
        self.left, self.right = MARGIN, self.width - MARGIN
        self.bottom = MARGIN + 28
        self.y = self.height - MARGIN

    # -- text -------------------------------------------------------------------------
    def height_of(self, text: str, size: float) -> float:
        return size * (LINE_HEIGHT["naskh"] if has_arabic(text) else LINE_HEIGHT["sans"])

    def draw(self, x: float, baseline: float, text: str, size: float, *, align: str,
             bold: bool = False, colour=None) -> float:
        """Draw one line with its left ("left") or right ("right") edge at x."""
        latin = self.fonts["sans-bold" if bold else "sans"]
        if has_arabic(text):
            width = line_width(text, self.fonts["naskh"], latin, size)
            x_right = x + width if align == "left" else x
            # Black unless asked: the canvas keeps the colour of the last grey line.
            draw_rtl_line(self.c, x_right, baseline, text, self.fonts["naskh"], latin, size,
                          colour or colors.black)
            self.c.setFillColor(colors.black)
            return width
        self.c.setFillColor(colour or colors.black)
        self.c.setFont(latin, size)
        width = pdfmetrics.stringWidth(text, latin, size)
        if align == "left":
            self.c.drawString(x, baseline, text)
        else:
            self.c.drawRightString(x, baseline, text)
        self.c.setFillColor(colors.black)
        return width

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        latin = self.fonts["sans-bold" if bold else "sans"]
        return wrap_rtl(text, width, self.fonts["naskh"], latin, size)

    def start_x(self, indent: float = 0) -> tuple[float, str]:
        return (self.right - indent, "right") if self.rtl else (self.left + indent, "left")

    def baseline(self, text: str, size: float) -> float:
        h = self.height_of(text, size)
        return self.y - h * (0.64 if has_arabic(text) else 0.78)

    # -- flow -------------------------------------------------------------------------
    def new_page(self) -> None:
        self.c.showPage()
        self.y = self.height - MARGIN

    def ensure(self, needed: float) -> bool:
        if self.y - needed < self.bottom:
            self.new_page()
            return True
        return False

    def paragraph(self, text: str, size: float, *, bold: bool = False, colour=None,
                  indent: float = 0, width: float | None = None, after: float = 3) -> None:
        width = width or (self.right - self.left - indent)
        for line in self.wrap(text, size, width, bold):
            h = self.height_of(line, size)
            self.ensure(h)
            x, align = self.start_x(indent)
            self.draw(x, self.baseline(line, size), line, size, align=align, bold=bold,
                      colour=colour)
            self.y -= h
        self.y -= after

    def rule(self, colour=RULE, gap: float = 6) -> None:
        self.c.setStrokeColor(colour)
        self.c.setLineWidth(0.6)
        self.c.line(self.left, self.y - gap / 2, self.right, self.y - gap / 2)
        self.y -= gap


def _head(layout: _Layout, report: Report) -> None:
    labels = layout.labels
    layout.paragraph(labels.text("title"), 17, bold=True, after=1)
    facts = about(report, labels)
    rule_at = next(n for n, (key, _) in enumerate(facts)
                   if key == labels.text("rule_heading"))
    for key, value in facts[:rule_at]:
        layout.paragraph(f"{key}: {value}", 9, colour=GREY, after=0)
    layout.y -= 6
    # The rule in a shaded box: measured first, then drawn on the shade.
    inner = layout.right - layout.left - 16
    blocks = [(facts[rule_at][0], 9.5, True)] + [(value, 8.5, False)
                                                for _, value in facts[rule_at:]]
    lines = [(line, size, bold) for text, size, bold in blocks
             for line in layout.wrap(text, size, inner, bold)]
    height = sum(layout.height_of(line, size) for line, size, _ in lines) + 12
    layout.ensure(height)
    layout.c.setFillColor(SHADE)
    layout.c.setStrokeColor(RULE)
    layout.c.rect(layout.left, layout.y - height, layout.right - layout.left, height,
                  stroke=1, fill=1)
    layout.c.setFillColor(colors.black)
    layout.y -= 6
    for line, size, bold in lines:
        x, align = layout.start_x(8)
        layout.draw(x, layout.baseline(line, size), line, size, align=align, bold=bold)
        layout.y -= layout.height_of(line, size)
    layout.y -= 14


def _chart(layout: _Layout, report: Report, table: Table) -> None:
    """The table as a horizontal bar chart: name, bar, count; the total under a line."""
    labels = layout.labels
    scheme = report.request.scheme
    title = labels.title(table.id, scheme)
    size = 8.5
    width = layout.right - layout.left
    label_width = width * LABEL_SHARE
    rows = [(labels.line(table.id, line, scheme), line.count) for line in table.lines]
    largest = max([count for _, count in rows if count is not None] or [0])
    wrapped = [(layout.wrap(name, size, label_width - 4)[:2], count) for name, count in rows]
    row_heights = [max(sum(layout.height_of(part, size) for part in parts),
                       layout.height_of("0", size)) + 2 for parts, _ in wrapped]
    first = row_heights[0] if row_heights else 14
    layout.ensure(layout.height_of(title, 11) + first * 2 + 10)
    layout.paragraph(title, 11, bold=True, after=2)
    if not rows:
        layout.paragraph(labels.text("none_in_period"), size, colour=GREY, after=10)
        return
    bar_from = label_width + 8          # from the start edge
    bar_span = width - label_width - 8 - COUNT_WIDTH - 8
    top = layout.y

    def x_at(offset: float) -> float:
        return layout.right - offset if layout.rtl else layout.left + offset

    def axis(from_y: float, to_y: float) -> None:
        layout.c.setStrokeColor(RULE)
        layout.c.setLineWidth(0.5)
        for share in (0, 0.5, 1):
            x = x_at(bar_from + bar_span * share)
            layout.c.line(x, from_y, x, to_y)

    segment_top = top
    for (parts, count), row_height in zip(wrapped, row_heights, strict=True):
        if layout.y - row_height < layout.bottom:
            axis(layout.y, segment_top)
            layout.new_page()
            layout.paragraph(labels.text("continued", title=title), 9, bold=True,
                             colour=GREY, after=2)
            segment_top = layout.y
        y = layout.y
        for part in parts:
            x, align = layout.start_x(0)
            layout.draw(x, layout.baseline(part, size), part, size, align=align)
            layout.y -= layout.height_of(part, size)
        layout.y = y
        middle = y - row_height / 2
        if count is not None and count > 0 and largest:
            length = max(bar_span * count / largest, 0.8)
            layout.c.setFillColor(BAR)
            x0 = x_at(bar_from)
            layout.c.rect(x0 - length if layout.rtl else x0, middle - row_height * 0.28,
                          length, row_height * 0.56, stroke=0, fill=1)
            layout.c.setFillColor(colors.black)
        count_text = shown(count)
        if layout.rtl:
            layout.draw(layout.left + COUNT_WIDTH, middle - size * 0.33, count_text, size,
                        align="right", colour=GREY if count is None else None)
        else:
            layout.draw(layout.right, middle - size * 0.33, count_text, size, align="right",
                        colour=GREY if count is None else None)
        layout.y -= row_height
    axis(layout.y, segment_top)
    if table.has_total:
        layout.ensure(16)
        layout.rule(gap=4)
        total_label = labels.text("total")
        x, align = layout.start_x(0)
        baseline = layout.baseline(total_label, 9)
        layout.draw(x, baseline, total_label, 9, align=align, bold=True)
        count_x = layout.left + COUNT_WIDTH if layout.rtl else layout.right
        layout.draw(count_x, layout.y - 9 * 1.05, shown(table.total), 9, align="right",
                    bold=True)
        layout.y -= layout.height_of(total_label, 9)
    else:
        layout.paragraph(labels.text("overlap"), 7.5, colour=GREY, after=0)
    if any(count is None for _, count in rows) or (table.has_total and table.total is None):
        layout.paragraph(labels.text("legend"), 7.5, colour=GREY, after=0)
    layout.y -= 14


def _footer(report: Report, labels: ReportLabels, fonts: dict):
    def draw(canvas, n: int, total: int) -> None:
        width, _ = A4
        y = MARGIN + 14
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y + 10, width - MARGIN, y + 10)
        left_text = f"{labels.text('made_by')} · {labels.text('title')} · " \
                    f"{report.request.period.label()}"
        right_text = labels.text("page", n=n, total=total)
        if labels.rtl:
            left_text, right_text = right_text, left_text
        for text, x, align in ((left_text, MARGIN, "left"),
                               (right_text, width - MARGIN, "right")):
            if has_arabic(text):
                w = line_width(text, fonts["naskh"], fonts["sans"], 7.5)
                draw_rtl_line(canvas, x + w if align == "left" else x, y - 4, text,
                              fonts["naskh"], fonts["sans"], 7.5, GREY)
            else:
                canvas.setFont(fonts["sans"], 7.5)
                canvas.setFillColor(GREY)
                (canvas.drawString if align == "left" else canvas.drawRightString)(
                    x, y - 4, text)
        canvas.setFillColor(colors.black)
    return draw


def render_pdf(report: Report, labels: ReportLabels) -> bytes:
    fonts = {family: register_font(family) for family in ("sans", "sans-bold", "naskh")}
    buffer = io.BytesIO()
    canvas = NumberedCanvas(buffer, pagesize=A4, initialFontName=fonts["sans"], initialFontSize=9,
                    footer=_footer(report, labels, fonts), pageCompression=1)
    canvas.setTitle(f"{labels.text('title')} {report.request.period.label()}")
    canvas.setAuthor(labels.text("made_by"))
    canvas.setCreator("Counsellor Workstation")
    canvas.setSubject("Anonymised statistics, small counts suppressed")
    layout = _Layout(canvas, labels, fonts)
    _head(layout, report)
    for table in report.tables:
        _chart(layout, report, table)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
