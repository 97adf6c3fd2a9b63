"""Searching the directory as a counsellor types: English, Urdu and Roman Urdu with typos,
the filters, the caller's district first, any query syntax, confidential addresses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DemoSize, generate_demo
from workstation.directory import search
from workstation.directory.search import SearchFilters, search_services
from workstation.domain.permissions import Action, can
from workstation.persistence.database import open_desk_database


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("directory_search")
    generate_demo(folder, DemoSize(contacts=100, cases=10, services=300, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    yield database
    database.close()


def _first_types(database, query, **kwargs) -> tuple[str, ...]:
    hits = search_services(database, query, **kwargs)
    assert hits, f"nothing found for {query!r}"
    return hits[0].types


@pytest.mark.parametrize("query, service_type", [
    # English, with and without typos, as typed letter by letter
    ("police station", "police_station"), ("polise", "police_station"),
    ("pol", "police_station"), ("hospitl", "hospital_mlo"),
    ("child protection", "child_protection_unit"), ("legal aid organisation", "legal_aid"),
    ("qanooni madad", ("legal_aid", "bar_legal_aid")), ("wakeel", ("legal_aid", "bar_legal_aid")),
    # Roman Urdu and its spelling variants
    ("thana", "police_station"), ("thaana", "police_station"),
    ("darul aman", "darul_aman"), ("dar-ul-aman", "darul_aman"),
    ("darulaman", "darul_aman"), ("daar ul amaan", "darul_aman"), ("dar ul", "darul_aman"),
    ("darul amn", "darul_aman"), ("haspatal", "hospital_mlo"),
    ("tahaffuz e niswan", "women_protection_centre"),
    # Urdu, including Arabic code points for yeh and a missing letter
    ("دارالامان", "darul_aman"), ("دار الامان", "darul_aman"), ("پولیس", "police_station"),
    ("پوليس", "police_station"), ("تھانہ", "police_station"), ("ہسپتال", "hospital_mlo"),
    ("دارلامان", "darul_aman"),
])
def test_finds_the_right_kind_of_service(db, query, service_type):
    expected = service_type if isinstance(service_type, tuple) else (service_type,)
    # A shipped helpline may come first: "Police emergency 15" is a police service too.
    assert set(_first_types(db, query)) & set(expected)


def test_more_words_narrow_the_result(db):
    district = next(h for h in search_services(db, "police") if h.district_codes
                    ).district_codes[0]
    hits = search_services(db, f"police {district_name(district)}")
    assert hits and all(district in h.district_codes for h in hits)


def district_name(code: str) -> str:
    from workstation.reference import districts_by_code

    return districts_by_code()[code].name_en


def test_district_filter_keeps_that_district_and_national_services(db):
    code = search_services(db, "legal")[0].district_codes[0]
    hits = search_services(db, "", SearchFilters(district=code), limit=500)
    assert hits and all(code in h.district_codes or not h.district_codes for h in hits)
    by_name = search_services(db, "", SearchFilters(district=district_name(code)), limit=500)
    assert [h.service_id for h in by_name] == [h.service_id for h in hits]


def test_callers_district_ranks_first(db):
    every = search_services(db, "police", limit=500)
    code = every[-1].district_codes[0]  # a district that would otherwise come last
    ranked = search_services(db, "police", caller_district=code, limit=500)
    local = [h for h in ranked if code in h.district_codes]
    assert local and ranked[:len(local)] == local
    assert all(h.in_caller_district for h in local)


def test_filters(db):
    for hit in search_services(db, "", SearchFilters(service_type="darul_aman"), limit=500):
        assert hit.types == ("darul_aman",)
    by_name = search_services(db, "", SearchFilters(service_type="Dar-ul-Aman shelter"),
                              limit=500)
    assert by_name and all(h.types == ("darul_aman",) for h in by_name)
    sindhi = search_services(db, "", SearchFilters(language="Sindhi"), limit=500)
    assert sindhi and all("sd" in h.languages for h in sindhi)
    assert [h.service_id for h in sindhi] == [h.service_id for h in search_services(
        db, "", SearchFilters(language="sd"), limit=500)]
    female = search_services(db, "", SearchFilters(female_staff=True), limit=500)
    free = search_services(db, "", SearchFilters(free_of_charge=True), limit=500)
    everything = search_services(db, "", limit=500)
    assert female and all(h.female_staff for h in female) and len(female) < len(everything)
    assert free and all(h.free_of_charge for h in free) and len(free) < len(everything)
    children = search_services(db, "", SearchFilters(people_served="children"), limit=500)
    assert {"child_protection_unit", "darul_aman"} <= {t for h in children for t in h.types}
    assert not {"police_station"} & {t for h in children for t in h.types}


def test_open_now_uses_pakistan_time(db):
    # Sunday 22 November 2026, 03:00 in Pakistan (22:00 UTC the day before): only the
    # services open all hours, every day, are open.
    night = datetime(2026, 11, 21, 22, 0, tzinfo=UTC)
    open_at_night = search_services(db, "", SearchFilters(open_now=True), now=night,
                                    limit=500)
    assert open_at_night and {t for h in open_at_night if h.is_demo for t in h.types} <= {
        "police_station", "women_police_station", "hospital_mlo", "darul_aman",
        "women_protection_centre"}
    # The shipped helplines open day and night are open; 1099 has no hours on record.
    night_numbers = {p for h in open_at_night if not h.is_demo for p in h.phones}
    assert {"15", "1122", "115", "1043", "1121"} <= night_numbers
    assert "1099" not in night_numbers
    # Monday 11:00 in Pakistan: the offices are open too.
    morning = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    open_in_the_morning = search_services(db, "", SearchFilters(open_now=True), now=morning,
                                          limit=500)
    assert len(open_in_the_morning) > len(open_at_night)
    assert all(h.open_now for h in open_in_the_morning)
    assert "legal_aid" in {t for h in open_in_the_morning for t in h.types}


@pytest.mark.parametrize("query", [
    '"', '""', "'", "*", "po*", "NEAR", "police NEAR thana", "(", ")", "((police)",
    "police AND (thana OR", "title:police", "-police", "+thana", "^", "~2", "\\", "%", "_",
    "'; DROP TABLE services; --", "\x00", "\u200f", "🙂", "a" * 5000, "ـــ", "?", "[", "{",
    "police\nthana", "\t",
])
def test_any_query_syntax_is_just_text(db, query):
    hits = search_services(db, query, SearchFilters(district="Lahore"))
    assert isinstance(hits, list)


def test_odd_filter_values_do_not_raise(db):
    # An unknown district finds only the national services (the shipped helplines).
    national = search_services(db, "police", SearchFilters(district="Atlantis"))
    assert [h.phones for h in national] == [("15",)]
    assert search_services(db, "x", SearchFilters(service_type="*", language="(",
                                                  people_served="nobody")) == []


def test_confidential_addresses_only_for_roles_allowed(db):
    counsellor = can("counsellor", Action.SEE_CONFIDENTIAL_LOCATIONS)
    supervisor = can("supervisor", Action.SEE_CONFIDENTIAL_LOCATIONS)
    assert not counsellor and supervisor
    hidden = search_services(db, "darul aman", may_see_confidential=counsellor, limit=500)
    shelters = [h for h in hidden if h.confidential]
    assert shelters
    assert all(h.address is None and h.address_withheld for h in shelters)
    assert all(h.phones for h in shelters)  # still reachable by phone
    shown = search_services(db, "darul aman", may_see_confidential=supervisor, limit=500)
    assert all(h.address for h in shown if h.confidential)
    # Services at ordinary places keep their address for everyone.
    assert all(h.address for h in search_services(db, "police", limit=50) if h.is_demo)


def test_index_is_built_once_and_rebuilt_when_told(db):
    first = search.index_for(db)
    assert search.index_for(db) is first
    search.directory_changed(db)
    assert search.index_for(db) is not first


def test_a_keystroke_with_a_district_filter_is_fast(db):
    import time

    search.index_for(db)
    code = next(h for h in search_services(db, "police") if h.district_codes).district_codes[0]
    samples = []
    for query in ("p", "po", "pol", "poli", "polis", "thana", "دارال", "dar ul am") * 5:
        started = time.perf_counter()
        search_services(db, query, SearchFilters(district=code), caller_district=code)
        samples.append(time.perf_counter() - started)
    samples.sort()
    assert samples[len(samples) // 2] < 0.010


def test_bench_operation_app_and_raw_paths_agree(db):
    from types import SimpleNamespace

    from workstation.bench.operations import OPERATIONS

    operation = OPERATIONS["referral_search"]
    ctx = SimpleNamespace(database=db, path=db.path, session=None)
    inputs = operation.prepare(ctx)
    app, raw = operation.app(ctx), operation.raw(ctx)
    try:
        for args in inputs:
            assert {h.service_id.hex for h in app(args)} == {row[-1] for row in raw(args)}, args
    finally:
        operation.close(ctx)
