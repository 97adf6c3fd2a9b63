"""Pakistan's one time zone (UTC+5, no daylight saving). Stored times are UTC; "today",
"due today" and a day's list are Pakistan's day, which begins five hours before UTC's."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

PKT = timezone(timedelta(hours=5))


def today_pk(now: datetime | None = None) -> date:
    return (now or datetime.now(timezone.utc)).astimezone(PKT).date()
