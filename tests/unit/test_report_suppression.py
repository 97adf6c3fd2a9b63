"""Small-count suppression and report periods: what a reader of an exported table can and
cannot learn."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.errors import ValidationError
from workstation.reports.period import parse_period
from workstation.reports.suppression import suppress


def test_a_small_count_is_hidden_and_so_is_the_one_that_would_give_it_away():
    result = suppress([3, 200, 0], 203)
    # 203 − 200 would be 3: the 200 is hidden too; the zero and the total stay.
    assert result.counts == (None, None, 0) and result.total == 203
    assert result.primary == {0} and result.secondary == {1}


def test_two_small_counts_that_add_up_to_a_small_number_take_a_third_with_them():
    result = suppress([1, 2, 9, 40], 52)
    assert result.counts == (None, None, None, 40)   # 1 + 2 = 3 would be shown by 52 − 49


def test_five_ones_are_not_left_alone_under_a_threshold_of_five():
    result = suppress([1, 1, 1, 1, 1, 50], 55)
    # Five hidden ones holding five would each be exactly 1.
    assert result.counts == (None,) * 6


def test_a_small_total_hides_the_whole_table():
    result = suppress([2, 1, 0], 3)
    assert result.counts == (None, None, 0) and result.total is None


def test_without_a_total_only_small_counts_are_hidden():
    result = suppress([3, 40, 7], None)
    assert result.counts == (None, 40, 7) and result.total is None


def test_nothing_small_nothing_hidden():
    assert suppress([5, 9, 0], 14).counts == (5, 9, 0)


def test_a_total_must_add_up():
    with pytest.raises(ValueError):
        suppress([1, 2], 4)


def _solutions(hidden_count: int, held: int) -> set[tuple[int, ...]]:
    """Every way the hidden counts (each at least 1) could make up what they hold."""
    return {combo for combo in itertools.product(range(1, held + 1), repeat=hidden_count)
            if sum(combo) == held}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=6),
       st.integers(min_value=3, max_value=8), st.booleans())
def test_no_shown_count_is_small_and_no_hidden_count_can_be_worked_out(counts, threshold,
                                                                       with_total):
    total = sum(counts) if with_total else None
    result = suppress(counts, total, threshold)
    shown = [c for c in result.counts if c is not None]
    assert all(c == 0 or c >= threshold for c in shown)
    assert result.total is None or result.total == 0 or result.total >= threshold
    for original, after in zip(counts, result.counts, strict=True):
        assert after is None or after == original
    hidden = [n for n, c in enumerate(result.counts) if c is None]
    assert all(0 < counts[n] for n in hidden)
    if result.total is not None and hidden:
        held = result.total - sum(shown)
        assert len(hidden) >= 2 and held >= threshold
        # From the total and the counts shown, each hidden count could still be
        # several values.
        solutions = _solutions(len(hidden), held)
        for position in range(len(hidden)):
            assert len({s[position] for s in solutions}) > 1


@pytest.mark.parametrize("text, first, last", [
    ("2026-01..2026-06", date(2026, 1, 1), date(2026, 6, 30)),
    ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    ("2026-03-05..2026-03-09", date(2026, 3, 5), date(2026, 3, 9)),
    (" 2024-02 ", date(2024, 2, 1), date(2024, 2, 29)),
])
def test_periods_as_people_write_them(text, first, last):
    period = parse_period(text)
    assert (period.first, period.last) == (first, last)


def test_a_period_starts_and_ends_at_pakistan_midnight():
    period = parse_period("2026-01")
    assert period.start_utc.isoformat() == "2025-12-31T19:00:00+00:00"
    assert period.end_utc.isoformat() == "2026-01-31T19:00:00+00:00"
    assert period.label() == "2026-01" and parse_period("2026-01..2026-06").label() == \
        "2026-01..2026-06"


@pytest.mark.parametrize("text, words", [
    ("", "Give the period"),
    ("2026-06..2026-01", "ends before it begins"),
    ("2016-01..2025-12", "at most 5 years"),
    ("2026-13", "is not a date"),
    ("last year", "is not a period"),
])
def test_bad_periods_say_what_is_wrong(text, words):
    with pytest.raises(ValidationError, match=words) as raised:
        parse_period(text)
    assert raised.value.field == "period"
