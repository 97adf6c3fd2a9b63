"""The guidance files: every situation is there in both languages with a source for each
step, drafts say so, and an edited file with a mistake is refused with file and line."""

import shutil
from datetime import date

import pytest

from workstation.documents.guidance_content import (
    GUIDANCE_DIR,
    GuidanceError,
    UnknownSituationError,
    guidance_for,
    load_all,
    load_guidance,
    load_helplines,
)
from workstation.documents.urdu_text import has_arabic

SITUATIONS = {"sexual_violence", "physical_domestic_violence", "acid_attack", "child_abuse",
              "workplace_harassment", "missing_person"}


def test_every_situation_is_shipped_in_urdu_and_english_with_sources():
    catalogue = load_all()
    assert set(catalogue) == SITUATIONS
    for guidance in catalogue.values():
        assert has_arabic(guidance.title["ur"]) and not has_arabic(guidance.title["en"])
        assert len(guidance.steps) >= 5
        for step in guidance.steps:
            assert has_arabic(step.text["ur"]) and step.text["en"] and step.sources
        assert guidance.helplines


def test_the_key_legal_facts_are_cited():
    everything = " ".join(s for g in load_all().values() for s in g.sources())
    for source in ("Section 154 CrPC", "Sections 22-A and 22-B CrPC",
                   "Sindh Domestic Violence (Prevention and Protection) Act 2013",
                   "Punjab Protection of Women against Violence Act 2016",
                   "Protection against Harassment of Women at the Workplace Act 2010",
                   "Anti-Rape (Investigation and Trial) Act 2021", "336-A"):
        assert source in everything


def test_the_fir_comes_after_the_medical_steps_for_sexual_violence():
    steps = [s.text["en"] for s in guidance_for("sexual_violence").steps]
    medical = next(n for n, t in enumerate(steps) if "72 hours" in t)
    exam = next(n for n, t in enumerate(steps) if "medico-legal certificate" in t)
    fir = next(n for n, t in enumerate(steps) if "First Information Report" in t)
    assert medical < exam < fir
    assert guidance_for("sexual_violence").steps[medical].urgent


def test_shipped_files_are_drafts_until_a_reviewer_is_recorded(tmp_path):
    assert all(g.review.is_draft for g in load_all().values())
    folder = tmp_path / "guidance"
    shutil.copytree(GUIDANCE_DIR, folder)
    path = folder / "acid_attack.txt"
    text = path.read_text(encoding="utf-8").replace(
        "reviewed_by:\nreviewed_on:", "reviewed_by: Adv. Example\nreviewed_on: 2026-11-20")
    path.write_text(text, encoding="utf-8")
    review = load_all(folder)["acid_attack"].review
    assert not review.is_draft
    assert review.reviewed_on == date(2026, 11, 20)


def _edited(tmp_path, prefix: str, replacement: str, name: str = "child_abuse.txt"):
    """The shipped file with its first line starting `prefix` replaced; returns the path,
    that line's number and the number of the [step] line above it."""
    lines = (GUIDANCE_DIR / name).read_text(encoding="utf-8").splitlines()
    number = next(n for n, text in enumerate(lines, start=1) if text.startswith(prefix))
    step_line = max((n for n, text in enumerate(lines[:number], start=1)
                     if text == "[step]"), default=0)
    lines[number - 1] = replacement
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, number, step_line


@pytest.mark.parametrize("prefix, replacement, says, where", [
    ("en: Make the child safe", "fr: Make the child safe", "unknown key 'fr'", "line"),
    ("ur: پہلے بچے", "ur:", "'ur' is required", "line"),
    ("source: Police emergency number 15", "# no source", "no 'source:' line", "step"),
    ("helplines:", "helplines: 1098 15 9999", "helpline 9999 is not in", "line"),
    ("reviewed_on:", "reviewed_on: 20-11-2026", "reviewed_on must be a date", "line"),
    ("[step]", "[steps]", "unknown section [steps]", "line"),
    ("title.en:", "title.en When a child", "expected 'key: value'", "line"),
    ("urgent: yes", "urgent: maybe", "urgent must be yes or no", "line"),
])
def test_a_file_with_a_mistake_is_reported_with_file_and_line(tmp_path, prefix, replacement,
                                                              says, where):
    path, line, step_line = _edited(tmp_path, prefix, replacement)
    with pytest.raises(GuidanceError) as caught:
        load_guidance(path, load_helplines())
    expected = line if where == "line" else step_line
    assert f"{path}:{expected}: " in str(caught.value)
    assert says in str(caught.value)


def test_a_reviewer_without_a_date_is_refused(tmp_path):
    path, line, _ = _edited(tmp_path, "reviewed_by:", "reviewed_by: Adv. Example")
    with pytest.raises(GuidanceError, match=rf":{line}: give both reviewed_by and reviewed_on"):
        load_guidance(path, load_helplines())


def test_an_unknown_situation_names_the_known_ones():
    with pytest.raises(UnknownSituationError) as caught:
        guidance_for("flood")
    assert "flood" in str(caught.value) and "sexual_violence" in str(caught.value)

