"""The referral slip: what a client takes to the service they were referred to, in Urdu,
English or both (Urdu first), on A5 or A4.

On it: the service's name, organisation, kind, phone numbers, hours, languages and — when
the location is not confidential, or a supervisor chose to print it — the address; the
case reference, the date, the follow-up date and the counsellor. The client's name only
when the counsellor adds it: a slip is often carried home. A demo entry says in red on
every page that it is not a real service.

Layout and Urdu (wrapping, reordering, shaping, extractable text) are the guidance
sheet's (`guidance_sheet._Layout`, `urdu_text`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from reportlab.lib import colors

from .guidance_sheet import (
    GREY,
    MAX_NAME,
    PAGE_SIZES,
    RED,
    RULE,
    _Layout,
    check_print_choices,
    draw_footer_text,
)
from .numbered_canvas import NumberedCanvas
from .urdu_text import TextTooLongError, register_font

DAY_NAMES = {
    "en": {"MO": "Mon", "TU": "Tue", "WE": "Wed", "TH": "Thu", "FR": "Fri", "SA": "Sat",
           "SU": "Sun"},
    "ur": {"MO": "پیر", "TU": "منگل", "WE": "بدھ", "TH": "جمعرات", "FR": "جمعہ",
           "SA": "ہفتہ", "SU": "اتوار"},
}
LABELS = {
    "en": {
        "title": "Referral slip", "to": "Referred to", "case": "Case", "date": "Date",
        "counsellor": "Counsellor", "from": "From", "client": "Client",
        "kind": "Service", "phone": "Phone", "address": "Address",
        "confidential": "not printed: ask the helpline for directions",
        "hours": "Hours", "all_hours": "open day and night, every day",
        "no_hours": "ask by phone", "languages": "Languages", "free": "Free of charge",
        "follow_up": "Follow-up on or after", "show": "Please show this slip at the service.",
        "reference": "Referral", "demo": "DEMO — a fictitious service made for "
        "training. Do not give this slip to a client.",
        "page": "Page {n} of {total}",
    },
    "ur": {
        "title": "ریفرل سلپ", "to": "ریفر کیا گیا ادارہ", "case": "کیس نمبر",
        "date": "تاریخ", "counsellor": "کونسلر", "from": "ریفر کرنے والا مرکز",
        "client": "نام", "kind": "سروس", "phone": "فون", "address": "پتہ",
        "confidential": "پرنٹ نہیں کیا گیا: راستہ ہیلپ لائن سے پوچھیں",
        "hours": "اوقات", "all_hours": "ہر روز، دن رات کھلا", "no_hours": "فون پر پوچھیں",
        "languages": "زبانیں", "free": "مفت", "follow_up": "فالو اپ کی تاریخ (اس دن یا بعد)",
        "show": "یہ سلپ ادارے میں دکھائیں۔", "reference": "ریفرل",
        "demo": "ڈیمو — تربیت کے لیے فرضی ادارہ۔ یہ سلپ کسی کلائنٹ کو نہ دیں۔",
        "page": "صفحہ {n} از {total}",
    },
}
LANGUAGE_NAMES = {
    "ur": ("Urdu", "اردو"), "en": ("English", "انگریزی"), "sd": ("Sindhi", "سندھی"),
    "pa": ("Punjabi", "پنجابی"), "ps": ("Pashto", "پشتو"), "bal": ("Balochi", "بلوچی"),
    "sk": ("Shina", "شینا"), "skr": ("Saraiki", "سرائیکی"),
}


@dataclass(frozen=True)
class SlipHours:
    days: str | None
    opens_at: time | None
    closes_at: time | None


@dataclass
class SlipRequest:
    service_name: str
    service_name_ur: str | None
    organization: str
    organization_ur: str | None
    kinds: list[tuple[str, str | None]]              # (English, Urdu) type names
    phones: list[str]
    address: str | None                               # None: confidential, not printed
    confidential: bool
    hours: list[SlipHours]
    languages: list[str]
    free_of_charge: bool
    is_demo: bool
    case_reference: str
    referral_reference: str
    centre: str | None = None
    centre_ur: str | None = None
    counsellor_name: str | None = None
    client_name: str | None = None                   # printed only when given
    follow_up_on: date | None = None
    issued_on: date = field(default_factory=date.today)
    lang: str = "both"
    size: str = "a5"
    urdu_font: str = "nastaliq"
    large_print: bool = False
    fonts_dir: Path | None = None


def _in(lang: str, english: str | None, urdu: str | None) -> str:
    return (urdu or english or "") if lang == "ur" else (english or "")


def hours_text(hours: list[SlipHours], lang: str) -> str:
    t = LABELS[lang]
    parts = []
    for h in hours:
        if h.opens_at is None or h.closes_at is None:
            continue
        days = [d for d in (h.days or "").split(",") if d]
        if (not days or len(days) == 7) and h.opens_at == time(0, 0) and \
                h.closes_at >= time(23, 59):
            return t["all_hours"]
        named = DAY_NAMES[lang]
        if not days or len(days) == 7:
            day_text = ""
        elif len(days) > 2:
            day_text = f"{named.get(days[0], days[0])}–{named.get(days[-1], days[-1])} "
        else:
            day_text = ", ".join(named.get(d, d) for d in days) + " "
        parts.append(f"{day_text}{h.opens_at:%H:%M}–{h.closes_at:%H:%M}")
    return "; ".join(parts) or t["no_hours"]


def _layout_slip(layout: _Layout, request: SlipRequest) -> None:
    lang, t = layout.lang, LABELS[layout.lang]
    layout.paragraph(t["title"], layout.title_size, bold=True, space_after=2)
    if request.is_demo:
        layout.paragraph(t["demo"], layout.small * 1.1, bold=True, colour=RED,
                         space_after=2)
    meta = [layout.label_value(t["case"], request.case_reference),
            layout.label_value(t["date"], request.issued_on.isoformat())]
    if request.counsellor_name:
        meta.append(layout.label_value(t["counsellor"], request.counsellor_name))
    layout.paragraph("   ·   ".join(meta), layout.small * 1.1, colour=GREY, space_after=0)
    if request.centre:
        layout.paragraph(layout.label_value(t["from"], _in(lang, request.centre,
                                                               request.centre_ur)),
                         layout.small * 1.1, colour=GREY, space_after=0)
    if request.client_name:
        layout.paragraph(layout.label_value(t["client"], request.client_name),
                         layout.small * 1.1, colour=GREY, space_after=0)
    layout.rule()
    layout.paragraph(t["to"], layout.small * 1.1, colour=GREY, space_after=0)
    layout.paragraph(_in(lang, request.service_name, request.service_name_ur),
                     layout.body * 1.25, bold=True, space_after=1)
    organisation = _in(lang, request.organization, request.organization_ur)
    if organisation and organisation != _in(lang, request.service_name,
                                            request.service_name_ur):
        layout.paragraph(organisation, layout.body, space_after=4)
    lines = []
    kinds = [_in(lang, en, ur) for en, ur in request.kinds]
    if kinds:
        lines.append(layout.label_value(t["kind"], "، ".join(kinds) if lang == "ur"
                                        else ", ".join(kinds)))
    if request.phones:
        lines.append(layout.label_value(t["phone"], " / ".join(request.phones)))
    if request.address:
        lines.append(layout.label_value(t["address"], request.address))
    elif request.confidential:
        lines.append(layout.label_value(t["address"], t["confidential"]))
    lines.append(layout.label_value(t["hours"], hours_text(request.hours, lang)))
    if request.languages:
        names = [LANGUAGE_NAMES.get(code, (code, code))[1 if lang == "ur" else 0]
                 for code in request.languages]
        lines.append(layout.label_value(t["languages"], "، ".join(names) if lang == "ur"
                                        else ", ".join(names)))
    if request.free_of_charge:
        lines.append(t["free"])
    for line in lines:
        layout.paragraph(line, layout.body, space_after=3)
    if request.follow_up_on:
        layout.y -= 2
        layout.paragraph(layout.label_value(t["follow_up"], request.follow_up_on.isoformat()),
                         layout.body, bold=True, space_after=3)
    layout.rule()
    layout.paragraph(f"{t['show']}   {t['reference']}: {request.referral_reference}",
                     layout.small * 1.1, colour=GREY, space_after=0)


def _footer(fonts: dict, request: SlipRequest, page_langs: list):
    def draw(canvas, n: int, total: int) -> None:
        lang = page_langs[n - 1] if n - 1 < len(page_langs) else "en"
        width, _ = PAGE_SIZES[request.size]
        margin = 32 if request.size == "a4" else 24
        size = 7.5
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(margin, margin + 26, width - margin, margin + 26)
        text = LABELS[lang]["page"].format(n=n, total=total)
        if request.is_demo:
            text = f"{LABELS[lang]['demo']}   ·   {text}"
        y = margin + 26 - size * 1.8
        colour = RED if request.is_demo else GREY
        draw_footer_text(canvas, lang, text, (margin, width - margin), y, fonts,
                         request.urdu_font, size, colour)
        canvas.setFillColor(colors.black)
    return draw


def render_slip(request: SlipRequest) -> bytes:
    """The slip as PDF bytes; a WorkstationError (nothing half-made) on bad input."""
    check_print_choices(request.lang, request.size, request.urdu_font)
    if request.client_name and len(request.client_name) > MAX_NAME:
        raise TextTooLongError(f"The client's name is too long to print "
                               f"({len(request.client_name)} characters; at most {MAX_NAME}).",
                               hint="Shorten it.")
    fonts = {family: register_font(family, request.fonts_dir)
             for family in ("sans", "sans-bold", request.urdu_font)}
    buffer = io.BytesIO()
    page_langs: list[str] = []
    canvas = NumberedCanvas(buffer, pagesize=PAGE_SIZES[request.size],
                             initialFontName=fonts["sans"], initialFontSize=10,
                             footer=_footer(fonts, request, page_langs), pageCompression=1)
    # Metadata travels with the file: the service and the case reference, never a name.
    canvas.setTitle(f"Referral slip {request.case_reference}")
    canvas.setAuthor("Counsellor Workstation")
    canvas.setCreator("Counsellor Workstation")
    langs = ("ur", "en") if request.lang == "both" else (request.lang,)
    for lang in langs:
        layout = _Layout(canvas, lang, request, fonts, page_langs)
        if page_langs:
            canvas.showPage()
        page_langs.append(lang)
        _layout_slip(layout, request)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
