"""Guidance sheets as printed: the Urdu reads back in logical order, the fonts are
embedded, nothing is printed that was not asked for, and bad input gives a clear error
and no file."""

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from workstation import cli
from workstation.documents.guidance_content import GUIDANCE_DIR, UnknownSituationError
from workstation.documents.guidance_sheet import (
    SheetError,
    SheetRequest,
    UnknownDistrictError,
    render_sheet,
    write_sheet,
)
from workstation.documents.nearest_services import services_for_district
from workstation.documents.urdu_text import FONTS_DIR, FontMissingError, TextTooLongError
from workstation.persistence.database import open_desk_database

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SERVICES = [
    {"name": "Civil Hospital medico-legal section (test)", "name_ur": "سول ہسپتال (ٹیسٹ)",
     "kind": "Hospital with medico-legal officer", "kind_ur": "ہسپتال (میڈیکو لیگل آفیسر)",
     "phone": "021-99215740", "address": "Baba-e-Urdu Road, Karachi"},
    {"name": "Women's shelter (test)", "name_ur": "دارالامان (ٹیسٹ)", "kind": "Shelter",
     "kind_ur": "دارالامان", "phone": "0300-0000001", "address": None},
]


def _text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    command = ["pdftotext", "-enc", "UTF-8"]
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run([*command, str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(BIDI_MARKS.sub("", out).split())


def _sheet(tmp_path, name="sheet.pdf", **kwargs) -> Path:
    kwargs.setdefault("issued_on", date(2026, 11, 22))
    return write_sheet(SheetRequest(**kwargs), tmp_path / name)


def test_the_urdu_reads_back_in_logical_order(tmp_path):
    pdf = _sheet(tmp_path, situation="sexual_violence", lang="ur", district="SD-KHS",
                 services=SERVICES, case_reference="KHI-2026-00123")
    text = _text(pdf)
    for phrase in ("جنسی تشدد کے بعد", "میڈیکو لیگل سرٹیفکیٹ", "گھنٹے کے اندر",
                   "جسٹس آف پیس", "کراچی جنوبی", "مسودہ — قانونی جائزے کا منتظر",
                   "جس علاقے میں واقعہ ہوا وہاں کے تھانے میں رپورٹ کریں"):
        assert phrase in text, phrase
    # Latin runs and numbers inside Urdu lines keep their own order. (pdftotext moves
    # the spaces and brackets at the edges of a run; the page itself is checked by eye.)
    for phrase in ("KHI-2026-00123", "021-99215740", "MLC", "Section 154 CrPC", "72"):
        assert phrase in text, phrase


def test_the_naskh_choice_reads_back_too(tmp_path):
    pdf = _sheet(tmp_path, situation="acid_attack", lang="ur", urdu_font="naskh")
    assert "تیزاب حملے کے بعد" in _text(pdf)
    assert "NotoNaskhArabic" in subprocess.run(["pdffonts", str(pdf)], capture_output=True,
                                               text=True, check=True).stdout


def test_a_bilingual_sheet_has_urdu_pages_then_english(tmp_path):
    pdf = _sheet(tmp_path, situation="missing_person", lang="both")
    pages = len(PdfReader(pdf).pages)
    assert pages == 2
    assert "لاپتہ" in _text(pdf, 1)
    english = PdfReader(pdf).pages[1].extract_text()
    assert "A missing or abducted person" in english
    assert "First Information Report" not in _text(pdf, 1)


def test_every_font_is_embedded(tmp_path):
    pdf = _sheet(tmp_path, situation="child_abuse", lang="both")
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    names = [line.split()[0] for line in listing]
    assert any("NotoNastaliqUrdu" in n for n in names)
    assert any("NotoSans-Regular" in n for n in names)
    assert all(line.split()[-5] == "yes" for line in listing), listing  # the emb column


def test_no_client_name_unless_given(tmp_path):
    plain = _text(_sheet(tmp_path, situation="physical_domestic_violence", lang="both",
                         case_reference="KHI-7", counsellor_name="Sana Counsellor"))
    assert "Sana Counsellor" in plain and "KHI-7" in plain
    assert "Client:" not in plain and "Rubina Testcase" not in plain
    named = _text(_sheet(tmp_path, "named.pdf", situation="physical_domestic_violence",
                         lang="en", client_name="Rubina Testcase"))
    assert "Client: Rubina Testcase" in named


def test_a_confidential_address_is_never_printed(tmp_path):
    text = _text(_sheet(tmp_path, situation="physical_domestic_violence", lang="en",
                        district="Karachi South", services=SERVICES))
    assert "Baba-e-Urdu Road" in text
    assert "Women's shelter (test)" in text and "Address: ask the helpline" in text


def test_draft_until_reviewed(tmp_path):
    assert "DRAFT — awaiting legal review" in _text(
        _sheet(tmp_path, situation="acid_attack", lang="en"))
    folder = tmp_path / "reviewed"
    shutil.copytree(GUIDANCE_DIR, folder)
    path = folder / "acid_attack.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "reviewed_by:\nreviewed_on:", "reviewed_by: Adv. Test Reviewer\nreviewed_on: 2026-11-20"),
        encoding="utf-8")
    text = _text(_sheet(tmp_path, "reviewed.pdf", situation="acid_attack", lang="en",
                        guidance_dir=folder))
    assert "DRAFT" not in text
    assert "Legally reviewed by Adv. Test Reviewer on 2026-11-20" in text


@pytest.mark.parametrize("size, width", [("a4", 595), ("a5", 420)])
def test_page_sizes_and_large_print(tmp_path, size, width):
    normal = render_sheet(SheetRequest("workplace_harassment", lang="ur", size=size))
    large = render_sheet(SheetRequest("workplace_harassment", lang="ur", size=size,
                                      large_print=True))
    page = PdfReader(io.BytesIO(normal)).pages[0]
    assert round(float(page.mediabox.width)) == width
    assert len(PdfReader(io.BytesIO(large)).pages) > len(PdfReader(io.BytesIO(normal)).pages)


@pytest.mark.parametrize("kwargs, error, says", [
    ({"situation": "flood", "lang": "en"}, UnknownSituationError, "Unknown situation 'flood'"),
    ({"situation": "acid_attack", "lang": "en", "district": "Atlantis"}, UnknownDistrictError,
     "Unknown district 'Atlantis'"),
    ({"situation": "acid_attack", "lang": "fr"}, SheetError, "Unknown language"),
    ({"situation": "acid_attack", "lang": "en", "counsellor_name": "N" * 500},
     TextTooLongError, "counsellor's name is too long"),
    ({"situation": "acid_attack", "lang": "ur",
      "services": [{**SERVICES[0], "address": "x" * 200}]},
     TextTooLongError, "too long to fit on a line"),
    ({"situation": "acid_attack", "lang": "en", "services": [{"name": ""}]}, SheetError,
     "has no name"),
    ({"situation": "acid_attack", "lang": "ur", "fonts_dir": Path("/nonexistent")},
     FontMissingError, "is missing"),
])
def test_bad_input_is_a_clear_error_and_no_file(tmp_path, kwargs, error, says):
    out = tmp_path / "sheet.pdf"
    with pytest.raises(error, match=re.escape(says)):
        write_sheet(SheetRequest(**kwargs), out)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_font_file_is_named(tmp_path):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(FONTS_DIR / "NotoSans-Regular.ttf", fonts)
    shutil.copy(FONTS_DIR / "NotoSans-Bold.ttf", fonts)
    with pytest.raises(FontMissingError, match="NotoNastaliqUrdu-Regular.ttf"):
        render_sheet(SheetRequest("acid_attack", lang="ur", fonts_dir=fonts))


def test_services_from_the_directory(small_demo):
    database = open_desk_database(small_demo)
    try:
        services = services_for_district(database, "SD-KHS", limit=4)
        every = services_for_district(database, "SD-KHS", limit=50)
    finally:
        database.close()
    assert 0 < len(services) <= 4
    assert all(s["name"] and s["kind"] for s in every)
    confidential = [s for s in every if s["kind"] in ("Dar-ul-Aman shelter",
                                                      "Women protection centre")]
    assert all(s["address"] is None for s in confidential)
    render_sheet(SheetRequest("sexual_violence", lang="both", district="SD-KHS",
                              services=services))


def test_the_command_line_writes_a_sheet(tmp_path, small_demo, capsys):
    out = tmp_path / "out.pdf"
    code = cli.main(["--data-dir", str(small_demo), "sheet", "--situation", "child_abuse",
                     "--district", "Karachi South", "--case", "KHI-9", "--lang", "both",
                     "--size", "a5", "--out", str(out)])
    assert code == 0 and out.exists()
    assert "KHI-9" in _text(out)
    code = cli.main(["--data-dir", str(small_demo), "sheet", "--situation", "nope",
                     "--lang", "ur", "--out", str(tmp_path / "bad.pdf")])
    assert code == 2 and not (tmp_path / "bad.pdf").exists()
    assert "error: Unknown situation 'nope'" in capsys.readouterr().err
