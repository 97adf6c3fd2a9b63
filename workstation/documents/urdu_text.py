"""Urdu on a reportlab canvas: fonts, measuring, wrapping and drawing right to left.

reportlab 5 shapes Arabic-script text with uharfbuzz but does not reorder it, and Noto
Naskh/Nastaliq have no Latin letters. So a paragraph is wrapped in logical order, each line
is reordered with python-bidi (which reorders but does not mirror brackets), cut into
runs, and each run is drawn in its own font: Arabic-script runs turned back into logical
order and shaped right to left by harfbuzz (which mirrors brackets itself), Latin letters
and digits in the Latin font as they are.

Each shaped run is wrapped in a marked-content span whose /ActualText holds its
characters, because reportlab maps the glyphs of contextual forms to private-use code
points: without the span, copying or searching the PDF finds nothing. The span carries
the run as it stands on the page, left to right, which is how a reader (poppler) expects
it and turns it back into reading order.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont, shapeStr

from ..errors import WorkstationError
from ..reference import RESOURCES

FONTS_DIR = RESOURCES / "fonts"

# Family -> (file, registered name).
FONT_FILES = {
    "nastaliq": ("NotoNastaliqUrdu-Regular.ttf", "CW-NotoNastaliqUrdu"),
    "naskh": ("NotoNaskhArabic-Regular.ttf", "CW-NotoNaskhArabic"),
    "sans": ("NotoSans-Regular.ttf", "CW-NotoSans"),
    "sans-bold": ("NotoSans-Bold.ttf", "CW-NotoSans-Bold"),
}
# Line height as a multiple of the font size: Nastaliq climbs and drops far more.
LINE_HEIGHT = {"nastaliq": 2.15, "naskh": 1.75, "sans": 1.35, "sans-bold": 1.35}

_ARABIC = re.compile(r"[\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF\u0750-\u077F"
                     r"\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_lock = threading.Lock()
# A stretch of left-to-right material: Latin words, numbers, phone numbers, dates, section
# numbers, with the spaces and punctuation between them.
_LTR_STRETCH = re.compile(r"(?:[A-Za-z0-9+][A-Za-z0-9_\s,.;:'’/&+\-–()]*[A-Za-z0-9)]"
                          r"|[A-Za-z0-9])(?:[,.;:]+$)?")


class FontMissingError(WorkstationError):
    """A font file the sheets need is missing or damaged."""

    exit_code = 2


class TextTooLongError(WorkstationError):
    """A word or name cannot fit on a line of the page."""

    exit_code = 2


def register_font(family: str, folder: Path | None = None) -> str:
    """Register one of the app's fonts with reportlab (once) and return its name."""
    file_name, name = FONT_FILES[family]
    folder = folder or FONTS_DIR
    if folder != FONTS_DIR:
        name = f"{name}-{abs(hash(str(folder))) % 10**8}"
    with _lock:
        if name in pdfmetrics.getRegisteredFontNames():
            return name
        path = folder / file_name
        if not path.is_file():
            raise FontMissingError(f"The font {file_name} is missing from {folder}.",
                                   hint="Reinstall the app, or copy the file back into "
                                        "resources/fonts.")
        try:
            font = TTFont(name, str(path), shapable=family in ("nastaliq", "naskh"))
        except (TTFError, OSError) as exc:
            raise FontMissingError(f"The font {file_name} cannot be read ({exc}).",
                                   hint="Reinstall the app.") from None
        pdfmetrics.registerFont(font)
    return name


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


@dataclass(frozen=True)
class Run:
    text: str          # as it stands on the page, left to right
    shaped: bool       # an Arabic-script run in the Urdu font


def _classes(visual: str) -> tuple[str, list[str]]:
    """The visual line without isolate marks, and each character's direction:
    a: right to left (Arabic letters and the neutrals between them), l: left to right
    (inside an isolate, Latin, digits, and neutrals between those)."""
    chars, kinds = [], []
    inside = False
    for ch in visual:
        if ch in "\u2066\u2067\u2068\u2069":
            inside = not inside
            continue
        if ch in "\u200e\u200f":
            continue
        chars.append(ch)
        kinds.append("l" if inside else "a" if _ARABIC.match(ch)
                     else "l" if ch.isalnum() else "n")
    i = 0
    while i < len(kinds):
        if kinds[i] != "n":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == "n":
            j += 1
        left = kinds[i - 1] if i else "a"
        right = kinds[j] if j < len(kinds) else "a"
        resolved = "l" if left == right == "l" else "a"
        kinds[i:j] = [resolved] * (j - i)
        i = j
    return "".join(chars), kinds


def _isolate_ltr(line: str) -> str:
    """Wrap each left-to-right stretch in LRI…PDI, so a phone number keeps its order
    (0300-0123456, not 0123456-0300 as the plain algorithm gives after Urdu) and an English
    phrase keeps its brackets where they belong."""
    def isolate(match: re.Match) -> str:
        text = match.group(0)
        while text.rstrip(",.;:").endswith(")") and text.count(")") > text.count("("):
            text = text.rstrip(",.;:")[:-1].rstrip()
        rest = match.group(0)[len(text):]
        return f"\u2066{text}\u2069{rest}"
    return _LTR_STRETCH.sub(isolate, line)


@lru_cache(maxsize=4096)
def visual_runs(line: str, urdu_font: str) -> tuple[Run, ...]:
    """One line in logical order -> its runs in visual order, left to right."""
    if not has_arabic(line):
        # An English phrase (a source, an address) or the rest of one wrapped from the line
        # above: left to right as it is, right-aligned by the caller.
        return (Run(line, False),)
    visual, kinds = _classes(get_display(_isolate_ltr(line), base_dir="R"))
    charmap = pdfmetrics.getFont(urdu_font).face.charToGlyph
    runs: list[list] = []
    for ch, kind in zip(visual, kinds, strict=True):
        shaped = kind == "a" and (_ARABIC.match(ch) is not None or
                                  (not ch.isdigit() and ord(ch) in charmap))
        if not shaped and kind == "a":
            ch = ch.translate(_MIRROR)  # a right-to-left bracket drawn by the Latin font
        if runs and runs[-1][1] == shaped:
            runs[-1][0] += ch
        else:
            runs.append([ch, shaped])
    out = []
    for text, shaped in runs:
        if shaped and not _ARABIC.search(text) and text.isascii():
            # Only neutrals: harfbuzz would take them as left to right and not mirror.
            text, shaped = text.translate(_MIRROR), False
        if out and out[-1].shaped == shaped:
            out[-1] = Run(out[-1].text + text, shaped)
        else:
            out.append(Run(text, shaped))
    return tuple(out)


@lru_cache(maxsize=8192)
def _shaped(run_text: str, font: str, size: float):
    """The run shaped by harfbuzz (given in logical order) and its width."""
    shaped = shapeStr(run_text[::-1], font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:
        return shaped, pdfmetrics.stringWidth(run_text, font, size)
    return shaped, sum(d.x_advance for d in data) * size / 1000


def _run_width(run: Run, urdu_font: str, latin_font: str, size: float) -> float:
    if run.shaped:
        return _shaped(run.text, urdu_font, size)[1]
    return pdfmetrics.stringWidth(run.text, latin_font, size)


@lru_cache(maxsize=16384)
def line_width(line: str, urdu_font: str, latin_font: str, size: float) -> float:
    return sum(_run_width(r, urdu_font, latin_font, size) for r in visual_runs(line, urdu_font))


def wrap_rtl(text: str, width: float, urdu_font: str, latin_font: str,
             size: float) -> list[str]:
    """Greedy wrap in logical order; each line is later reordered on its own."""
    space = line_width(" ", urdu_font, latin_font, size) or size * 0.25
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        w = line_width(word, urdu_font, latin_font, size)
        if w > width:
            raise TextTooLongError(f"'{word[:30]}…' is too long to fit on a line.",
                                   hint="Shorten it or add spaces.")
        if current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used = used + space + w if current else w
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _pdf_utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_rtl_line(canvas, x_right: float, y: float, line: str, urdu_font: str,
                  latin_font: str, size: float, colour=None) -> float:
    """Draw one logical line right-aligned at x_right; return its width."""
    runs = visual_runs(line, urdu_font)
    width = sum(_run_width(r, urdu_font, latin_font, size) for r in runs)
    x = x_right - width
    for run in runs:
        if run.shaped:
            shaped, w = _shaped(run.text, urdu_font, size)
            canvas._code.append(f"/Span <</ActualText {_pdf_utf16(run.text)}>> BDC")
            text = canvas.beginText(x, y)
            text.setFont(urdu_font, size)
            if colour is not None:
                text.setFillColor(colour)
            text.textOut(shaped)
            canvas.drawText(text)
            canvas._code.append("EMC")
        else:
            w = pdfmetrics.stringWidth(run.text, latin_font, size)
            text = canvas.beginText(x, y)
            text.setFont(latin_font, size)
            if colour is not None:
                text.setFillColor(colour)
            text.textOut(run.text)
            canvas.drawText(text)
        x += w
    return width
