"""The plain records services hand out and take in: what a write changed, a client in
a list, the whole profile, and the drafts of stones and purchase lines. Free of the
database layer, so the UI can import them before it is loaded."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Generic, TypeVar

from jeweldesk.domain.messages import render
from jeweldesk.domain.vocab import PreferenceCategory, StoneOrigin
from jeweldesk.services import records as r
from jeweldesk.services.book_rows import BookRow as BookRow  # re-exported: where services find them
from jeweldesk.services.book_rows import ClientSummary as ClientSummary

T = TypeVar("T")


@dataclass(frozen=True)
class Notice:
    """Something the advisor should know after a successful write (a likely duplicate,
    a book over capacity). Rendered in the advisor's language."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        return render(self.key, lang, **self.params)


@dataclass(frozen=True)
class Changes:
    """Which tables and records a write touched: the UI refreshes only what changed."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[uuid.UUID] = frozenset()
    notices: tuple[Notice, ...] = ()

    def touches(self, *tables: str) -> bool:
        return any(t in self.tables for t in tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables, self.ids | other.ids, self.notices + other.notices
        )

    @property
    def empty(self) -> bool:
        return not self.tables


@dataclass(frozen=True)
class Written(Generic[T]):
    """A write's result: the value made or changed, and what changed."""

    value: T
    changes: Changes

    @property
    def notices(self) -> tuple[Notice, ...]:
        return self.changes.notices


@dataclass(frozen=True)
class StoneDraft:
    """A stone's grading as read off its lab report."""

    stone_type: str
    origin: StoneOrigin | str = StoneOrigin.NATURAL
    shape: str = ""
    carat: str | Decimal | None = None
    colour: str = ""
    clarity: str = ""
    cut_grade: str = ""
    polish: str = ""
    symmetry: str = ""
    fluorescence: str = ""
    measurements: str = ""
    treatments: str = ""
    lab: str = ""
    report_number: str = ""
    girdle_inscription: str = ""
    origin_country: str = ""


@dataclass(frozen=True)
class LineDraft:
    """One line of a purchase: a catalogue piece, or a description for a piece
    outside the catalogue."""

    unit_price: str | Decimal
    piece_id: uuid.UUID | None = None
    description: str = ""
    quantity: int = 1
    serial: str = ""
    stones: Sequence[StoneDraft] = field(default_factory=tuple)


@dataclass(frozen=True)
class PieceInBox:
    piece: r.OwnedPieceRecord
    stones: tuple[r.StoneRecord, ...]


@dataclass(frozen=True)
class PurchaseWithLines:
    purchase: r.PurchaseRecord
    store_code: str
    lines: tuple[r.PurchaseLineRecord, ...]


@dataclass(frozen=True)
class ClientProfile:
    """Everything a device holds about one client, ready to show."""

    client: r.ClientRecord
    summary: ClientSummary
    contacts: tuple[r.ContactPointRecord, ...] = ()
    preferences: tuple[r.PreferenceRecord, ...] = ()
    ring_sizes: tuple[r.RingSizeRecord, ...] = ()
    measurements: tuple[r.MeasurementRecord, ...] = ()
    notes: tuple[
        r.NoteRecord, ...
    ] = ()  # newest first, pinned first; superseded and withheld left out
    withheld_notes: int = 0
    dates: tuple[r.ImportantDateRecord, ...] = ()
    relationships: tuple[r.RelationshipRecord, ...] = ()
    consents: tuple[r.ConsentRecord, ...] = ()
    jewellery_box: tuple[PieceInBox, ...] = ()
    wishlist: tuple[r.WishlistItemRecord, ...] = ()
    purchases: tuple[PurchaseWithLines, ...] = ()
    interactions: tuple[r.InteractionRecord, ...] = ()
    service_jobs: tuple[r.ServiceJobRecord, ...] = ()
    service_cases: tuple[r.ServiceCaseRecord, ...] = ()
    benefits: tuple[r.BenefitRecord, ...] = ()
    appointments: tuple[r.AppointmentRecord, ...] = ()
    documents: tuple[r.IssuedDocumentRecord, ...] = ()
    advisors: tuple[r.StaffRecord, ...] = ()  # the advisors whose book holds the client
    loyalty: r.LoyaltyStandingRecord | None = None  # as the loyalty system delivered it
    loaded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def allergies(self) -> tuple[r.PreferenceRecord, ...]:
        return tuple(p for p in self.preferences if p.category == PreferenceCategory.ALLERGY)


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
