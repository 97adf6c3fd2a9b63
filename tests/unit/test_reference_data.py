"""The shipped reference files are complete and an edited file with an error is
reported with its file and line."""

from collections import Counter

import pytest

from workstation.demo.generator import CENTRES
from workstation.reference import (
    GBVIMS_TYPES,
    ReferenceDataError,
    load_categories,
    load_demo_names,
    load_districts,
)

URDU_LETTERS = set(range(0x0600, 0x06FF + 1)) | {0x20, 0x200C}


def test_every_province_and_territory_has_its_districts():
    per_province = Counter(d.province for d in load_districts())
    assert set(per_province) == {"PB", "SD", "KP", "BA", "IS", "GB", "AJ"}
    assert per_province["SD"] >= 30 and per_province["PB"] >= 36
    assert sum(per_province.values()) >= 160


def test_karachi_is_its_seven_districts():
    karachi = {d.name_en for d in load_districts() if d.division == "Karachi"}
    assert {"Karachi South", "Karachi East", "Karachi West", "Karachi Central", "Korangi",
            "Malir", "Keamari"} <= karachi


def test_every_district_has_an_urdu_name_in_urdu_letters():
    for d in load_districts():
        assert d.name_ur and all(ord(ch) in URDU_LETTERS for ch in d.name_ur), d.code


def test_demo_centres_are_in_the_district_list():
    names = {d.name_en for d in load_districts()}
    assert {c[3] for c in CENTRES} <= names


def test_taxonomy_covers_pakistani_categories_and_both_schemes():
    categories = load_categories()
    codes = {c.code for c in categories}
    leaves = [c for c in categories if c.parent_code]
    assert len(leaves) >= 50
    assert {c.gbvims_type for c in leaves if c.gbvims_type} == set(GBVIMS_TYPES)
    assert all(c.chi_code and c.chi_name for c in leaves), "every leaf maps to CHI"
    names = " ".join(c.name_en.lower() for c in categories)
    for topic in ("karo-kari", "vani", "acid", "khula", "inheritance", "custody", "fir",
                  "trafficking", "harassment", "maintenance", "child marriage"):
        assert topic in names, topic
    assert all(c.parent_code in codes for c in leaves)


def test_demo_names_have_all_three_kinds():
    kinds = Counter((n.kind, n.sex) for n in load_demo_names())
    assert kinds[("given", "f")] >= 80 and kinds[("given", "m")] >= 80
    assert kinds[("family", None)] >= 60


def test_a_broken_file_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "categories.csv"
    path.write_text(
        "code,parent_code,name_en,name_ur,chi_code,chi_name,gbvims_type,demo_weight\n"
        "dv,,Domestic violence,گھریلو تشدد,,,,0\n"
        "dv_x,dv,Something,کچھ,CHI-1,Abuse,not_a_type,3\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"categories.csv:3: gbvims_type"):
        load_categories(path)


def test_a_missing_parent_is_reported(tmp_path):
    path = tmp_path / "categories.csv"
    path.write_text(
        "code,parent_code,name_en,name_ur,chi_code,chi_name,gbvims_type,demo_weight\n"
        "dv_x,nowhere,Something,کچھ,CHI-1,Abuse,,3\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r":2: the parent nowhere does not exist"):
        load_categories(path)


def test_wrong_columns_and_encoding_are_reported(tmp_path):
    wrong = tmp_path / "districts.csv"
    wrong.write_text("code,name\nX,Y\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="districts.csv:1: the columns must be"):
        load_districts(wrong)
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("code,province,division,name_en,name_ur,aliases\nA,B,C,Cañete,x,\n"
                       .encode("latin-1"))
    with pytest.raises(ReferenceDataError, match="not UTF-8"):
        load_districts(latin1)
