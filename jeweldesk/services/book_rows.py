"""The two records the client list shows, the book's rows and a client in a list:
kept apart from the other views so the app's first paint loads nothing more."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class ClientSummary:
    """A client as a row in the book or in search results."""

    id: uuid.UUID
    display_name: str
    name_local: str
    phone: str
    email: str
    segment: str
    home_store_code: str
    language: str


@dataclass(frozen=True)
class BookRow:
    summary: ClientSummary
    since: dt.date
    development_plan: str
    last_contact: dt.datetime | None
    next_appointment: dt.datetime | None
