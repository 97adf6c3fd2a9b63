"""The period a report covers: whole Pakistani days, written as people write them.

`2026-01..2026-06` (months, as the command line takes it), `2026-03-01..2026-03-31`
(days), `2026` (a year), `2026-03` (a month). Times in the database are UTC; a period's
bounds are Pakistan's midnights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from ..domain.pakistan_time import PKT
from ..errors import ValidationError

# Longer periods make reports nobody reads and, more to the point, put a decade of
# survivors' cases into one table: a multi-year donor return is a few reports.
MAX_MONTHS = 60
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
FORMAT_HINT = "Write it as 2026-01..2026-06 (first and last month) or 2026-01-01..2026-06-30."


@dataclass(frozen=True)
class Period:
    first: date   # the first day, inclusive
    last: date    # the last day, inclusive

    @property
    def start_utc(self) -> datetime:
        return datetime.combine(self.first, time(0), PKT).astimezone(timezone.utc)

    @property
    def end_utc(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.last + timedelta(days=1), time(0), PKT).astimezone(
            timezone.utc)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def label(self) -> str:
        """`2026-01..2026-06` when the period is whole months, else the days."""
        if self.first.day == 1 and (self.last + timedelta(days=1)).day == 1:
            first, last = f"{self.first:%Y-%m}", f"{self.last:%Y-%m}"
            return first if first == last else f"{first}..{last}"
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def _bound(text: str, *, end: bool) -> date:
    text = text.strip()
    try:
        if match := _DAY.match(text):
            return date(*map(int, match.groups()))
        if match := _MONTH.match(text):
            year, month = map(int, match.groups())
            return _month_end(year, month) if end else date(year, month, 1)
        if match := _YEAR.match(text):
            year = int(match.group(1))
            return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        raise ValidationError("period", f"{text} is not a date.", hint=FORMAT_HINT) from None
    raise ValidationError("period", f"{text or 'An empty period'} is not a period.",
                          hint=FORMAT_HINT)


def months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def make_period(first: date, last: date) -> Period:
    if last < first:
        raise ValidationError("period", "The period ends before it begins.",
                              hint="Give the first month, then the last.")
    if first.year < 2000:
        raise ValidationError("period", "The period begins before 2000.", hint=FORMAT_HINT)
    months = months_between(first, last)
    if months > MAX_MONTHS:
        raise ValidationError(
            "period", f"A report covers at most {MAX_MONTHS // 12} years; this period "
            f"covers {months} months.", hint="Make one report for each year.")
    return Period(first, last)


def parse_period(text: str | None) -> Period:
    """`2026-01..2026-06` and the other forms above, or a ValidationError that says how
    to write it (an empty or reversed period, a period longer than five years)."""
    text = (text or "").strip()
    if not text:
        raise ValidationError("period", "Give the period the report covers.", hint=FORMAT_HINT)
    if ".." in text:
        first_text, _, last_text = text.partition("..")
    else:
        first_text = last_text = text
    return make_period(_bound(first_text, end=False), _bound(last_text, end=True))
