"""Dates as the advisor lives them: the store's calendar day, recurring dates with
their lead time (29 February, year ends), and the client's contact hours."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo


def local_day(instant: dt.datetime, zone: str) -> dt.date:
    """The calendar day an instant falls on in the store's time zone."""
    return instant.astimezone(ZoneInfo(zone)).date()


def occurrence(month: int, day: int, year: int) -> dt.date:
    """The date in `year`; 29 February is kept on 28 February in common years (the
    day the client celebrates, by the house's custom)."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def next_occurrence(month: int, day: int, today: dt.date) -> dt.date:
    """The first occurrence on or after `today`."""
    this_year = occurrence(month, day, today.year)
    return this_year if this_year >= today else occurrence(month, day, today.year + 1)


def upcoming(month: int, day: int, today: dt.date, lead_days: int) -> dt.date | None:
    """The occurrence falling within `lead_days` from today (a window that may cross
    the year end), or None."""
    when = next_occurrence(month, day, today)
    return when if (when - today).days <= lead_days else None


def contact_window(
    due: dt.date, now: dt.datetime, zone: str, hours: tuple[dt.time, dt.time] | None
) -> tuple[dt.datetime, dt.datetime] | None:
    """When to reach the client, in the store's zone: the first slot of their contact
    hours on or after the due day that has not passed yet. None: no hours recorded."""
    if hours is None:
        return None
    tz = ZoneInfo(zone)
    start, end = hours
    local_now = now.astimezone(tz)
    day = max(due, local_now.date())
    for _ in range(3):
        opens = dt.datetime.combine(day, start, tzinfo=tz)
        closes = dt.datetime.combine(day, end, tzinfo=tz)
        if closes <= opens:  # hours crossing midnight (20:00–01:00)
            closes += dt.timedelta(days=1)
        if closes > local_now:
            return max(opens, local_now), closes
        day += dt.timedelta(days=1)
    return None
