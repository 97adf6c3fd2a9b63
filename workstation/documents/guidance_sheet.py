"""The medico-legal guidance sheet: a PDF a counsellor prints for a walk-in client or a
case, in Urdu, English or both (Urdu pages first, then English).

What goes on it: the steps for the situation in order, the nearest services for the
client's district, the helplines, the case reference and the counsellor. The client's
name only when the counsellor passes it: a sheet is often carried home.

Every page says whether the text has been legally reviewed. Bad input (an unknown
situation or district, a missing font, a name too long to print) raises a
WorkstationError before anything is written, so there is never a blank or broken file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5

from ..errors import WorkstationError
from ..files import write_whole
from ..reference import District, districts, districts_by_code
from .guidance_content import Guidance, guidance_for
from .numbered_canvas import NumberedCanvas
from .urdu_text import (
    LINE_HEIGHT,
    TextTooLongError,
    draw_rtl_line,
    has_arabic,
    register_font,
    wrap_rtl,
)

PAGE_SIZES = {"a4": A4, "a5": A5}
LANG_CHOICES = ("ur", "en", "both")
URDU_FONTS = ("nastaliq", "naskh")
MAX_NAME = 120        # a person's name, the counsellor's, a service's
MAX_REFERENCE = 40
MAX_ADDRESS = 240
MAX_SERVICES = 12

RED = colors.Color(0.70, 0.05, 0.05)
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.75, 0.75, 0.75)

LABELS = {
    "en": {
        "draft": "DRAFT — awaiting legal review. Check with a lawyer before relying on it.",
        "reviewed": "Legally reviewed by {by} on {on}.",
        "case": "Case", "counsellor": "Counsellor", "client": "Client", "district": "District",
        "date": "Date", "urgent": "Urgent:", "source": "Source:",
        "services": "Nearest services — {district}", "helplines": "Helplines (free calls)",
        "phone": "Phone", "address": "Address", "confidential": "ask the helpline",
        "page": "Page {n} of {total}", "kept": "Keep this sheet somewhere safe.",
    },
    "ur": {
        "draft": "مسودہ — قانونی جائزے کا منتظر۔ اس پر بھروسہ کرنے سے پہلے وکیل سے تصدیق کریں۔",
        "reviewed": "قانونی جائزہ: {by}، تاریخ {on}",
        "case": "کیس نمبر", "counsellor": "کونسلر", "client": "نام", "district": "ضلع",
        "date": "تاریخ", "urgent": "فوری:", "source": "ماخذ:",
        "services": "قریبی ادارے — {district}", "helplines": "ہیلپ لائنیں (مفت کال)",
        "phone": "فون", "address": "پتہ", "confidential": "ہیلپ لائن سے پوچھیں",
        "page": "صفحہ {n} از {total}", "kept": "یہ صفحہ محفوظ جگہ پر رکھیں۔",
    },
}


class SheetError(WorkstationError):
    """The sheet cannot be made from what was asked."""

    exit_code = 2


class UnknownDistrictError(SheetError):
    pass


@dataclass
class SheetRequest:
    situation: str
    lang: str = "both"                    # ur, en or both
    size: str = "a4"                      # a4 or a5
    large_print: bool = False
    urdu_font: str = "nastaliq"           # or naskh
    district: str | None = None           # a code (SD-KHS) or a name
    services: list[dict] | None = None    # name, kind, phone, address (None: confidential)
    case_reference: str | None = None
    counsellor_name: str | None = None
    client_name: str | None = None        # printed only when given
    issued_on: date = field(default_factory=date.today)
    fonts_dir: Path | None = None
    guidance_dir: Path | None = None      # another content folder (a reviewer's copy)


def find_district(text: str) -> District:
    """A district by code, English or Urdu name, or a known spelling."""
    wanted = " ".join(text.split()).casefold()
    by_code = districts_by_code()
    if text.strip().upper() in by_code:
        return by_code[text.strip().upper()]
    for district in districts():
        names = (district.name_en, district.name_ur, *district.aliases)
        if any(wanted == name.casefold() for name in names):
            return district
    raise UnknownDistrictError(f"Unknown district '{text[:60]}'.",
                               hint="Give a district code such as SD-KHS, or its name.")


def _check_length(label: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        raise TextTooLongError(f"The {label} is too long to print ({len(value)} characters; "
                               f"at most {limit}).", hint="Shorten it.")


def _check_services(services: list[dict]) -> list[dict]:
    if len(services) > MAX_SERVICES:
        raise SheetError(f"At most {MAX_SERVICES} services fit on a sheet; "
                         f"{len(services)} were given.")
    checked = []
    for n, service in enumerate(services, start=1):
        name = (service.get("name") or "").strip()
        if not name:
            raise SheetError(f"Service {n} has no name.")
        _check_length(f"name of service {n}", name, MAX_NAME)
        _check_length(f"Urdu name of service {n}", service.get("name_ur"), MAX_NAME)
        _check_length(f"address of service {n}", service.get("address"), MAX_ADDRESS)
        _check_length(f"phone of service {n}", service.get("phone"), 40)
        checked.append(service)
    return checked


class _Layout:
    """Lays out one language's pages from the top down, starting a page when full."""

    def __init__(self, canvas, lang: str, request: SheetRequest, fonts: dict, page_langs: list):
        self.c = canvas
        self.lang = lang
        self.rtl = lang == "ur"
        self.fonts = fonts
        self.page_langs = page_langs
        width, height = PAGE_SIZES[request.size]
        self.width, self.height = width, height
        self.margin = 32 if request.size == "a4" else 24
        self.left, self.right = self.margin, width - self.margin
        self.bottom = self.margin + 30
        scale = (1.0 if request.size == "a4" else 0.86) * (1.45 if request.large_print else 1)
        base = 11 if self.rtl else 10.5
        if self.rtl and request.urdu_font == "naskh":
            base = 10.5
        self.body = base * scale
        self.small = (7.8 if not self.rtl else 8.2) * scale * (0.9 if request.large_print else 1)
        self.title_size = (15 if not self.rtl else 17) * scale
        self.urdu = fonts[request.urdu_font]
        self.urdu_family = request.urdu_font
        self.y = self.height - self.margin

    # -- primitives ------------------------------------------------------------------
    def _line_height(self, size: float, text: str) -> float:
        if has_arabic(text):
            return size * LINE_HEIGHT[self.urdu_family]
        return size * LINE_HEIGHT["sans"]

    def new_page(self) -> None:
        self.c.showPage()
        self.page_langs.append(self.lang)
        self.y = self.height - self.margin

    def ensure(self, needed: float) -> None:
        if self.y - needed < self.bottom:
            self.new_page()

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        latin = self.fonts["sans-bold" if bold else "sans"]
        return wrap_rtl(text, width, self.urdu, latin, size)

    def draw_lines(self, lines: list[str], size: float, *, indent: float = 0,
                   bold: bool = False, colour=None, keep: float = 0) -> None:
        latin = self.fonts["sans-bold" if bold else "sans"]
        heights = [self._line_height(size, line) for line in lines]
        self.ensure(sum(heights[:2]) + keep)
        for line, h in zip(lines, heights, strict=True):
            self.ensure(h)
            baseline = self.y - h * (0.62 if has_arabic(line) else 0.78)
            if self.rtl:
                draw_rtl_line(self.c, self.right - indent, baseline, line, self.urdu, latin,
                              size, colour)
            elif has_arabic(line):
                from .urdu_text import line_width

                w = line_width(line, self.urdu, latin, size)
                draw_rtl_line(self.c, self.left + indent + w, baseline, line, self.urdu,
                              latin, size, colour)
            else:
                self.c.setFillColor(colour or colors.black)
                self.c.setFont(latin, size)
                self.c.drawString(self.left + indent, baseline, line)
                self.c.setFillColor(colors.black)
            self.y -= h

    def paragraph(self, text: str, size: float, *, indent: float = 0, bold: bool = False,
                  colour=None, space_after: float = 4, keep: float = 0) -> None:
        lines = self.wrap(text, size, self.right - self.left - indent, bold)
        self.draw_lines(lines, size, indent=indent, bold=bold, colour=colour, keep=keep)
        self.y -= space_after

    def rule(self) -> None:
        self.ensure(8)
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.6)
        self.c.line(self.left, self.y - 3, self.right, self.y - 3)
        self.y -= 8

    def label_value(self, label: str, value: str) -> str:
        return f"{label}: {value}"


def _district_name(district: District | None, lang: str) -> str:
    if district is None:
        return ""
    return (district.name_ur or district.name_en) if lang == "ur" else district.name_en


def _layout_language(layout: _Layout, guidance: Guidance, request: SheetRequest,
                     district: District | None, services: list[dict]) -> None:
    lang, t = layout.lang, LABELS[layout.lang]
    layout.ensure(60)
    layout.paragraph(guidance.title[lang], layout.title_size, bold=True, space_after=2)
    if guidance.review.is_draft:
        layout.paragraph(t["draft"], layout.small * 1.1, bold=True, colour=RED, space_after=2)
    meta = []
    if request.case_reference:
        meta.append(layout.label_value(t["case"], request.case_reference))
    if request.counsellor_name:
        meta.append(layout.label_value(t["counsellor"], request.counsellor_name))
    if district is not None:
        meta.append(layout.label_value(t["district"], _district_name(district, lang)))
    meta.append(layout.label_value(t["date"], request.issued_on.isoformat()))
    layout.paragraph("   ·   ".join(meta), layout.small * 1.1, colour=GREY, space_after=0)
    if request.client_name:
        layout.paragraph(layout.label_value(t["client"], request.client_name),
                         layout.small * 1.1, colour=GREY, space_after=0)
    layout.rule()
    if guidance.intro.get(lang):
        layout.paragraph(guidance.intro[lang], layout.body, bold=True, space_after=6)

    number_width = layout.body * 1.8
    for n, step in enumerate(guidance.steps, start=1):
        text = step.text[lang]
        if step.urgent:
            text = f"{t['urgent']} {text}"
        lines = layout.wrap(text, layout.body, layout.right - layout.left - number_width)
        heights = sum(layout._line_height(layout.body, line) for line in lines)
        layout.ensure(min(heights, layout._line_height(layout.body, lines[0]) * 2))
        top = layout.y
        # The step number at the line start: left for English, right for Urdu.
        number_size = layout.body * 1.05
        layout.c.setFont(layout.fonts["sans-bold"], number_size)
        layout.c.setFillColor(RED if step.urgent else colors.black)
        first_h = layout._line_height(layout.body, lines[0])
        baseline = top - first_h * (0.62 if has_arabic(lines[0]) else 0.78)
        if layout.rtl:
            layout.c.drawRightString(layout.right, baseline, f"{n}.")
        else:
            layout.c.drawString(layout.left, baseline, f"{n}.")
        layout.c.setFillColor(colors.black)
        layout.draw_lines(lines, layout.body, indent=number_width)
        if step.urgent:
            x = layout.right - number_width + 6 if layout.rtl else layout.left + number_width - 6
            layout.c.setStrokeColor(RED)
            layout.c.setLineWidth(2)
            bar_bottom = max(layout.y, layout.bottom) + 2
            if bar_bottom < top:
                layout.c.line(x, top - 3, x, bar_bottom)
        source = f"{t['source']} " + "; ".join(step.sources)
        layout.paragraph(source, layout.small, indent=number_width, colour=GREY,
                         space_after=5)

    if services:
        layout.y -= 2
        heading = t["services"].format(district=_district_name(district, lang))
        layout.paragraph(heading if district else heading.rstrip(" —"),
                         layout.body, bold=True, space_after=2,
                         keep=layout._line_height(layout.small * 1.1, "x") * 3)
        for service in services:
            name = (service.get("name_ur") if lang == "ur" else None) or service["name"]
            kind = (service.get("kind_ur") if lang == "ur" else None) or service.get("kind")
            parts = [f"{name} — {kind}" if kind and kind not in name else name]
            if service.get("phone"):
                parts.append(layout.label_value(t["phone"], service["phone"]))
            parts.append(layout.label_value(t["address"], service.get("address")
                                            or t["confidential"]))
            layout.paragraph("   ·   ".join(parts), layout.small * 1.1,
                             indent=number_width / 2, space_after=2)

    if guidance.helplines:
        layout.y -= 2
        layout.paragraph(t["helplines"], layout.body, bold=True, space_after=2,
                         keep=layout._line_height(layout.small * 1.1, "x") * 2)
        # Two columns: the numbers are short and the sheet should stay on one page.
        size = layout.small * 1.15
        gap = 12
        column = (layout.right - layout.left - number_width / 2 - gap) / 2
        entries = [f"{h.number} — {h.text[lang]}" for h in guidance.helplines]
        for row in range(0, len(entries), 2):
            cells = [layout.wrap(text, size, column) for text in entries[row:row + 2]]
            height = max(sum(layout._line_height(size, line) for line in cell)
                         for cell in cells)
            layout.ensure(height)
            top, bottoms = layout.y, []
            for n, lines in enumerate(cells):
                layout.y = top
                layout.draw_lines(lines, size, indent=number_width / 2 + n * (column + gap))
                bottoms.append(layout.y)
            layout.y = min(bottoms) - 1


def check_print_choices(lang: str, size: str, urdu_font: str) -> None:
    """The choices every printed document takes (a sheet, a slip): SheetError if unknown."""
    if lang not in LANG_CHOICES:
        raise SheetError(f"Unknown language '{lang}'.", hint="Use ur, en or both.")
    if size not in PAGE_SIZES:
        raise SheetError(f"Unknown page size '{size}'.", hint="Use a4 or a5.")
    if urdu_font not in URDU_FONTS:
        raise SheetError(f"Unknown Urdu font '{urdu_font}'.", hint="Use nastaliq or naskh.")


def draw_footer_text(canvas, lang: str, text: str, edges: tuple[float, float], y: float,
                     fonts: dict, urdu_font: str, size: float, colour) -> None:
    """A footer line: Urdu from the right edge, shaped; English from the left."""
    left, right = edges
    if lang == "ur":
        draw_rtl_line(canvas, right, y, text, fonts[urdu_font], fonts["sans"], size, colour)
    else:
        canvas.setFillColor(colour)
        canvas.setFont(fonts["sans"], size)
        canvas.drawString(left, y, text)


def _footer(guidance: Guidance, fonts: dict, request: SheetRequest, page_langs: list):
    def draw(canvas, n: int, total: int) -> None:
        lang = page_langs[n - 1] if n - 1 < len(page_langs) else "en"
        t = LABELS[lang]
        width, _ = PAGE_SIZES[request.size]
        margin = 32 if request.size == "a4" else 24
        size = 7.5 * (1.2 if request.large_print else 1)
        review = guidance.review
        status = (t["draft"] if review.is_draft else
                  t["reviewed"].format(by=review.reviewed_by, on=review.reviewed_on.isoformat()))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(margin, margin + 26, width - margin, margin + 26)
        colour = RED if review.is_draft else GREY
        page = t["page"].format(n=n, total=total)
        pieces = [status, f"{page}  ·  {guidance.path.name}"]
        y = margin + 26 - size * 1.6
        for piece in pieces:
            draw_footer_text(canvas, lang, piece, (margin, width - margin), y, fonts,
                             request.urdu_font, size, colour)
            colour = GREY
            y -= size * (2.1 if lang == "ur" else 1.5)
        canvas.setFillColor(colors.black)
    return draw


def render_sheet(request: SheetRequest) -> bytes:
    """The PDF as bytes; raises a WorkstationError (nothing half-made) on bad input."""
    check_print_choices(request.lang, request.size, request.urdu_font)
    guidance = guidance_for(request.situation, request.guidance_dir)
    district = find_district(request.district) if request.district else None
    _check_length("case reference", request.case_reference, MAX_REFERENCE)
    _check_length("counsellor's name", request.counsellor_name, MAX_NAME)
    _check_length("client's name", request.client_name, MAX_NAME)
    services = _check_services(list(request.services or ()))
    fonts = {family: register_font(family, request.fonts_dir)
             for family in ("sans", "sans-bold", request.urdu_font)}

    buffer = io.BytesIO()
    page_langs: list[str] = []
    canvas = NumberedCanvas(buffer, pagesize=PAGE_SIZES[request.size],
                             initialFontName=fonts["sans"], initialFontSize=10,
                             footer=_footer(guidance, fonts, request, page_langs),
                             pageCompression=1)
    canvas.setTitle(guidance.title["en"])
    canvas.setAuthor("Counsellor Workstation")
    canvas.setSubject(f"Guidance sheet: {guidance.situation}")
    canvas.setCreator("Counsellor Workstation")
    langs = ("ur", "en") if request.lang == "both" else (request.lang,)
    for lang in langs:
        layout = _Layout(canvas, lang, request, fonts, page_langs)
        if page_langs:
            canvas.showPage()
        page_langs.append(lang)
        _layout_language(layout, guidance, request, district, services)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_sheet(request: SheetRequest, path: Path) -> Path:
    """Render, then write through a temporary file, so a failure leaves no partial PDF."""
    data = render_sheet(request)
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise SheetError(f"The folder {folder} does not exist.")
    try:
        write_whole(path, data)
    except OSError as exc:
        raise SheetError(f"Cannot write {path} ({exc.strerror}).") from None
    return path
