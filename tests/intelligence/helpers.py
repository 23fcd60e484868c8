"""Helpers for records no service writes yet (interactions, consents, cases…)."""

from __future__ import annotations

import datetime as dt

from jeweldesk.services import Desk


def add(desk: Desk, *rows) -> None:
    """Write records for which no service exists yet (interactions, consents, cases…)."""
    with desk.store.sessions.begin() as s:
        s.add_all(rows)


def ago(days: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
