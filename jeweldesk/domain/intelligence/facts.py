"""What the rules read about one client: plain values a service loads in bulk. No
ORM rows, so the rules run the same on the device, at head office and in tests."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Bilingual:
    """A name the records hold in English and Chinese (a piece, an event)."""

    en: str
    zh: str = ""

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") and self.zh else self.en


@dataclass(frozen=True)
class Spend:
    id: uuid.UUID
    at: dt.datetime
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Touch:
    """An interaction: call, message, visit, e-mail, event, appointment, enquiry."""

    at: dt.datetime
    kind: str


@dataclass(frozen=True)
class DateFact:
    id: uuid.UUID
    kind: str
    month: int
    day: int
    year: int | None = None
    lead_days: int | None = None
    label: str = ""
    milestone: str | None = None
    person: str = ""  # the relationship's name when the date is someone else's
    relationship_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Piece:
    id: uuid.UUID
    name: Bilingual
    category: str
    metal: str
    stone: str
    acquired_on: dt.date | None


@dataclass(frozen=True)
class Job:
    id: uuid.UUID
    number: str
    kind: str
    ready_at: dt.datetime | None


@dataclass(frozen=True)
class Case:
    id: uuid.UUID
    opened_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None


@dataclass(frozen=True)
class Visit:
    """An appointment."""

    id: uuid.UUID
    starts_at: dt.datetime
    status: str
    source: str
    kind: str
    advisor_id: uuid.UUID | None
    requested_at: dt.datetime | None = None


@dataclass(frozen=True)
class Invite:
    event_id: uuid.UUID
    invited_at: dt.datetime
    rsvp: str
    attended: bool | None = None


@dataclass(frozen=True)
class Perk:
    """A benefit or voucher still usable."""

    id: uuid.UUID
    title: Bilingual
    valid_until: dt.date | None
    remaining: int | None  # None: unlimited


@dataclass(frozen=True)
class Wish:
    id: uuid.UUID
    piece_id: uuid.UUID | None
    name: Bilingual
    relationship_id: uuid.UUID | None
    in_stock: bool


@dataclass(frozen=True)
class Launch:
    """A launch event at the store, or a newly launched piece in stock."""

    id: uuid.UUID
    name: Bilingual
    starts_at: dt.datetime | None
    collection: str
    stone: str = ""


@dataclass(frozen=True)
class Grant:
    purpose: str
    channel: str | None  # None: every channel
    granted: bool
    recorded_at: dt.datetime


@dataclass(frozen=True)
class ClientFacts:
    id: uuid.UUID
    name: Bilingual  # how the advisor greets them: "Mrs Wang" / "王女士"
    language: str
    created_at: dt.datetime
    preferred_channel: str | None = None
    channels: frozenset[str] = frozenset()  # channels the record has an address for
    contact_hours: tuple[dt.time, dt.time] | None = None
    purchases: tuple[Spend, ...] = ()
    touches: tuple[Touch, ...] = ()
    dates: tuple[DateFact, ...] = ()
    pieces: tuple[Piece, ...] = ()
    jobs_ready: tuple[Job, ...] = ()
    open_cases: tuple[Case, ...] = ()
    visits: tuple[Visit, ...] = ()
    invites: tuple[Invite, ...] = ()
    perks: tuple[Perk, ...] = ()
    wishes: tuple[Wish, ...] = ()
    loves: frozenset[str] = frozenset()  # loved stones and collections, lower-case
    stone_matches: tuple[Launch, ...] = ()  # in-stock pieces with a loved stone
    launches: tuple[Launch, ...] = ()  # upcoming launches and new pieces at the store
    grants: tuple[Grant, ...] = ()
    in_book: bool = True
    key_fields: frozenset[str] = field(default_factory=frozenset)
