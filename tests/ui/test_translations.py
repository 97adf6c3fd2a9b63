"""The Urdu translation is complete, current, compiled, and its fonts are shipped."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo

from ui import fonts, i18n, labels
from workstation.domain import vocab
from workstation.services import consent, legal

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%L?n|%\d")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def texts(message) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", ["ur", "en"])
def test_every_string_is_translated_with_its_placeholders(language):
    found = list(messages(I18N / f"workstation_{language}.ts"))
    assert found
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        for text in texts(message):
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            # A mnemonic in the source keeps one in the translation (Alt+letter works).
            assert ("&" in source) == ("&" in text), where


def test_urdu_plural_forms_are_both_filled():
    plural = [m for _c, m in messages(I18N / "workstation_ur.ts") if m.get("numerus") == "yes"]
    assert plural and all(len(texts(m)) == 2 for m in plural)


def test_the_ts_files_hold_every_string_of_the_code(tmp_path):
    """Run lupdate into a copy: a string added in ui/ without updating the .ts fails here."""
    for language, extra in (("ur", []), ("en", ["-pluralonly"])):
        copy = tmp_path / f"workstation_{language}.ts"
        shutil.copy(I18N / copy.name, copy)
        subprocess.run([str(BIN / "pyside6-lupdate"), "-extensions", "py", "-no-obsolete",
                        *extra, str(ROOT / "ui"), "-ts", str(copy)],
                       check=True, capture_output=True)
        committed = {(c, m.findtext("source")) for c, m in messages(I18N / copy.name)}
        current = {(c, m.findtext("source")) for c, m in messages(copy)}
        assert current == committed, "run: .venv/bin/python resources/i18n/update.py"


@pytest.mark.parametrize("language", ["ur", "en"])
def test_the_qm_files_are_compiled_from_the_current_ts(tmp_path, language):
    fresh = tmp_path / f"workstation_{language}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(I18N / f"workstation_{language}.ts"),
                    "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (I18N / fresh.name).read_bytes()


def test_every_coded_value_has_a_label_in_both_languages(qapp):
    tables = {
        labels.channels: vocab.Channel, labels.contact_statuses: vocab.ContactStatus,
        labels.outcomes: vocab.Outcome, labels.case_statuses: vocab.CaseStatus,
        labels.risk_levels: vocab.RiskLevel, labels.roles: vocab.Role,
        labels.appointment_kinds: vocab.AppointmentKind,
        labels.appointment_statuses: vocab.AppointmentStatus,
        # the case form: every code the core accepts has its words
        labels.person_roles: vocab.PersonRole, labels.vulnerabilities: vocab.Vulnerability,
        labels.relationships: vocab.RELATIONSHIPS, labels.legal_kinds: legal.KINDS,
        labels.legal_statuses: legal.STATUSES, labels.legal_outcomes: vocab.LEGAL_OUTCOMES,
        labels.hearing_statuses: legal.HEARING_STATUSES,
        labels.follow_up_statuses: ("planned", "done", "overdue"),
        labels.consent_purposes: consent.PURPOSES, labels.consent_categories: consent.CATEGORIES,
        labels.referral_statuses: vocab.ReferralStatus, labels.sexes: ("f", "m", "x"),
    }
    for language in ("en", "ur"):
        i18n.apply_language(language, qapp)
        for table, enum in tables.items():
            for member in enum:
                member = getattr(member, "value", member)
                text = labels.label(table, member)
                assert text and text != member, (language, member)
                assert text.isascii() == (language == "en"), (language, text)


def test_the_urdu_fonts_are_shipped_with_their_licence():
    folder = ROOT / "resources" / "fonts"
    for name in ("NotoNastaliqUrdu-Regular.ttf", "NotoNaskhArabic-Regular.ttf",
                 "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "OFL.txt", "README.md"):
        assert (folder / name).is_file(), name
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL.txt").read_text().upper()
    families = fonts.register_fonts()
    assert {fonts.NASTALIQ, fonts.NASKH, fonts.LATIN} <= set(families)


def test_urdu_fonts_resolve_to_the_shipped_regular_styles(qapp):
    display = QFontInfo(fonts.display_font("ur"))
    assert display.family() == fonts.NASTALIQ and display.styleName() == "Regular"
    body = QFontInfo(fonts.ui_font("ur"))
    assert body.family() == fonts.NASKH and body.styleName() == "Regular"
    assert QFontInfo(fonts.ui_font("en")).family() == fonts.LATIN
    assert "Regular" in QFontDatabase.styles(fonts.NASTALIQ)
