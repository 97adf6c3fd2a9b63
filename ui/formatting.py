"""Times, dates and numbers as people at a Pakistani desk read them.

Every time is shown in Pakistan time (PKT, UTC+5, no daylight saving) whatever the
computer's own time zone, because a counsellor compares it with the caller's account
and with other centres. Numbers use the UI locale (`ur_PK` writes Latin digits with
thousands separators, as Pakistani offices do).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QDate, QDateTime, QTime

from . import i18n

PKT = timezone(timedelta(hours=5))


def to_pkt(moment: datetime) -> datetime:
    # The database stores UTC; a naive value from SQLite is UTC too.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(PKT)


def today_in_pakistan() -> date:
    return datetime.now(PKT).date()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_time(moment: datetime) -> str:
    """`22 Nov 2026 14:05` in English, month names in Urdu for Urdu."""
    local = to_pkt(moment)
    qt = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
    return i18n.locale().toString(qt, "d MMM yyyy  HH:mm")


def time_of_day(moment: datetime) -> str:
    local = to_pkt(moment)
    return i18n.locale().toString(QTime(local.hour, local.minute), "HH:mm")


def short_date(day: date) -> str:
    """`3 Dec 2026`; month names in Urdu for Urdu."""
    return i18n.locale().toString(_qdate(day), "d MMM yyyy")


def long_date(day: date) -> str:
    return i18n.locale().toString(_qdate(day), "dddd d MMMM yyyy")


def number(value: int) -> str:
    return i18n.locale().toString(value)


def left_to_right(text: str) -> str:
    """Keep a phone number, path or code in its own order inside Urdu text.

    Without the isolate marks an RTL cell showed "+923430050718" as "923430050718+".
    In Urdu a right-to-left mark goes first: an isolate alone gives the paragraph no
    direction, and a label then took the path for English and pushed it to the far left.
    """
    if not text:
        return text
    return ("\u200f" if i18n.is_urdu() else "") + f"\u2066{text}\u2069"


_PLACEHOLDER = re.compile(r"%(\d)")


def insert(template: str, *values: str) -> str:
    """`template` with %1, %2 … replaced by `values` — names, user names, centre codes —
    each kept whole whichever way it is written.

    A person's name may be in Latin or Urdu letters. Without isolates, an Urdu sentence
    that starts with "Patras Khan (khi-counsellor1)" was laid out left to right, with the
    name at the far left and its bracket lost; each value is therefore wrapped in a
    first-strong isolate, and an Urdu sentence gets a right-to-left mark first.
    """
    text = _PLACEHOLDER.sub(
        lambda m: f"\u2068{values[int(m.group(1)) - 1]}\u2069"
        if 0 < int(m.group(1)) <= len(values) else m.group(0), template)
    return ("\u200f" + text) if i18n.is_urdu() else text
