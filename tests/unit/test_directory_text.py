"""Search text normalisation, spelling variants and word scoring, without a database."""

import pytest

from workstation.directory import local_extras
from workstation.directory.district_names import district_code_for
from workstation.directory.hsds_export import neutralise
from workstation.directory.scoring import VocabularyMatcher, word_score
from workstation.directory.text import expand, normalise, tokens


@pytest.mark.parametrize("spelling", ["darul aman", "Dar-ul-Aman", "darulaman", "DAR UL AMAN",
                                      "daar ul amaan", "dar al aman"])
def test_roman_urdu_spellings_of_dar_ul_aman_meet(spelling):
    assert "darulaman" in expand(tokens(spelling))


def test_thana_and_police_station_are_the_same_concept():
    assert "thana" in expand(tokens("Police station — Lahore"))
    assert "police" in expand(tokens("thana"))
    assert "تھانہ" in expand(tokens("پولیس اسٹیشن"))


def test_urdu_is_folded_to_one_form():
    # Arabic yeh and kaf typed on some keyboards, and optional diacritics.
    assert normalise("پوليس") == normalise("پولیس")
    assert normalise("كراچی") == normalise("کراچی")
    assert normalise("دَارُالامان") == normalise("دارالامان")


def test_roman_urdu_vowel_spellings_fold():
    assert normalise("qanooni") == normalise("kanuni")
    assert normalise("wakeel") == normalise("vakil")


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "a AND (b OR", "'; DROP TABLE x;--",
                                   "\x00", "ـــ", "🙂", " " * 10, "%_", "\\"])
def test_normalise_accepts_any_text(query):
    assert isinstance(normalise(query), str)


def test_word_score_prefers_exact_then_prefix_then_typo():
    assert word_score("police", "police") > word_score("pol", "police") > \
        word_score("polise", "police") > 0
    assert word_score("station", "nation") == 0
    assert word_score("xy", "police") == 0


def test_vocabulary_matcher_agrees_with_word_score():
    vocabulary = sorted({"police", "policestation", "hospital", "haspatal", "lahore", "thana"})
    matcher = VocabularyMatcher(vocabulary)
    for typed in ("pol", "polis", "hospitl", "thaana", "lahor", "zzz"):
        found = dict(matcher.match(normalise(typed)))
        for n, word in enumerate(vocabulary):
            assert found.get(n, 0.0) == pytest.approx(word_score(normalise(typed), word))


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+92300", "'+92300"),
    ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Dar-ul-Aman", "Dar-ul-Aman"), (None, ""), ("", "")])
def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(cell, expected):
    assert neutralise(cell) == expected


def test_districts_are_recognised_by_name_alias_and_urdu():
    assert district_code_for("lahore") == district_code_for("LAHORE") == \
        district_code_for("لاہور")
    assert district_code_for("Karachi South") == district_code_for("South Karachi")
    assert district_code_for("MyCity", None, "") is None


def test_local_extras_have_stable_ids_and_round_trip_values():
    import uuid

    link = uuid.uuid4()
    first = local_extras.attributes_for("service", link, {"female_staff": True,
                                                          "name_ur": "دارالامان"})
    again = local_extras.attributes_for("service", link, {"female_staff": True,
                                                          "name_ur": "دارالامان"})
    assert first == again
    values = {a["taxonomy_term"]["code"]: a["value"] for a in first}
    assert local_extras.decode("female_staff", values["female_staff"]) is True
    assert local_extras.decode("name_ur", values["name_ur"]) == "دارالامان"
    assert local_extras.decode("confidential", "perhaps") is None
