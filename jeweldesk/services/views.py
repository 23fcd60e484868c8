"""Composite views services hand out: a client in a list, and the whole profile."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any


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
class PieceInBox:
    piece: Any  # OwnedPieceRecord
    stones: tuple[Any, ...]


@dataclass(frozen=True)
class PurchaseWithLines:
    purchase: Any  # PurchaseRecord
    store_code: str
    lines: tuple[Any, ...]


@dataclass(frozen=True)
class ClientProfile:
    """Everything a device holds about one client, ready to show."""

    client: Any  # ClientRecord
    summary: ClientSummary
    contacts: tuple[Any, ...] = ()
    preferences: tuple[Any, ...] = ()
    ring_sizes: tuple[Any, ...] = ()
    measurements: tuple[Any, ...] = ()
    notes: tuple[Any, ...] = ()  # newest first, pinned first; superseded and withheld left out
    withheld_notes: int = 0
    dates: tuple[Any, ...] = ()
    relationships: tuple[Any, ...] = ()
    consents: tuple[Any, ...] = ()
    jewellery_box: tuple[PieceInBox, ...] = ()
    wishlist: tuple[Any, ...] = ()
    purchases: tuple[PurchaseWithLines, ...] = ()
    interactions: tuple[Any, ...] = ()
    service_jobs: tuple[Any, ...] = ()
    service_cases: tuple[Any, ...] = ()
    benefits: tuple[Any, ...] = ()
    appointments: tuple[Any, ...] = ()
    documents: tuple[Any, ...] = ()
    advisors: tuple[Any, ...] = ()  # StaffRecord of the advisors whose book holds the client
    loaded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def allergies(self) -> tuple[Any, ...]:
        return tuple(p for p in self.preferences if p.category == "allergy")


@dataclass(frozen=True)
class BookRow:
    summary: ClientSummary
    since: dt.date
    development_plan: str
    last_contact: dt.datetime | None
    next_appointment: dt.datetime | None


@dataclass(frozen=True)
class BookStatus:
    advisor_id: uuid.UUID
    count: int
    minimum: int = 30
    maximum: int = 50

    @property
    def state(self) -> str:
        if self.count > self.maximum:
            return "over"
        if self.count < self.minimum:
            return "under"
        return "ok"
