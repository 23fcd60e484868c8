"""Store-local time: every store has its IANA zone; instants are stored in UTC."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def localise(value: dt.datetime, zone: str) -> dt.datetime:
    """A naive time is read as the store's wall-clock time; an aware one is kept."""
    if value.tzinfo is None:
        return value.replace(tzinfo=ZoneInfo(zone))
    return value


def exists(local: dt.datetime) -> bool:
    """False for a wall-clock time the zone skips (02:30 in Paris on the night the clocks
    go forward): it would be kept as another hour than the one typed."""
    back = local.astimezone(dt.UTC).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def in_store_time(value: dt.datetime, zone: str) -> dt.datetime:
    return value.astimezone(ZoneInfo(zone))


def store_today(zone: str, now: dt.datetime | None = None) -> dt.date:
    return (now or dt.datetime.now(dt.UTC)).astimezone(ZoneInfo(zone)).date()
