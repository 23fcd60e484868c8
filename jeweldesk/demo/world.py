"""What every generator shares: the seeded random source, the loader, the network,
the catalogue and the anchor date. Also the small per-client summary kept in memory
after a client's rows are written, for books, events and appointments."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

from jeweldesk.demo.catalogue import Piece
from jeweldesk.demo.loader import Loader
from jeweldesk.demo.names import Phones
from jeweldesk.demo.network import StaffMember, StoreInfo
from jeweldesk.domain.preparation import SizeOnFile
from jeweldesk.domain.vocab import PreferenceCategory


@dataclass
class World:
    rng: random.Random
    loader: Loader
    stores: list[StoreInfo]
    head_office: StaffMember
    pieces: list[Piece]
    on_hand: dict[str, list[Piece]]  # store code → pieces in stock there
    today: dt.date  # the anchor: everything is dated relative to it
    phones: Phones
    lang: str = "en"  # the device's desk language: its agenda's checklists are written in it
    by_price: list[Piece] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    report_numbers: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.by_price = sorted(self.pieces, key=lambda p: (p.price, p.sku))
        self.midnight = dt.datetime.combine(self.today, dt.time(), tzinfo=dt.UTC)

    def store(self, code: str) -> StoreInfo:
        return next(s for s in self.stores if s.code == code)

    def next_number(self, series: str) -> int:
        self.counters[series] = self.counters.get(series, 0) + 1
        return self.counters[series]

    def days_ago(self, days: float, store: StoreInfo | None = None) -> dt.datetime:
        """An instant `days` before the anchor (midnight UTC of the anchor date), moved
        into the store's opening hours when a store is given: purchases and visits
        happen while the boutique is open. Never later than the anchor."""
        moment = self.midnight - dt.timedelta(days=days)
        if store is None:
            return moment
        local_day = moment.astimezone(store.zone).date()
        opens = store.spec.opens.hour * 60 + store.spec.opens.minute
        closes = store.spec.closes.hour * 60 + store.spec.closes.minute
        minute = self.rng.randrange(opens, closes - 30)
        local = dt.datetime.combine(
            local_day, dt.time(minute // 60, minute % 60), tzinfo=store.zone
        )
        instant = local.astimezone(dt.UTC)
        if instant > self.midnight:  # east of UTC the anchor's local day is already open
            instant -= dt.timedelta(days=1)
        return instant

    def report_number(self) -> str:
        while True:
            number = str(self.rng.randrange(1_000_000_000, 8_000_000_000))
            if number not in self.report_numbers:
                self.report_numbers.add(number)
                return number


@dataclass(slots=True)
class ClientInfo:
    id: uuid.UUID
    store_code: str
    language: str
    gender: str
    display: str  # "Wang Meiling 王美玲"
    greeting: str
    created_at: dt.datetime
    spend_12m_usd: float = 0.0
    lifetime_usd: float = 0.0
    segment: str = "prospect"
    refreshment: str = ""
    # The refreshment and allergy preferences recorded, in order, and the client's own
    # ring sizes: what an appointment's checklist is prepared from.
    served: tuple[tuple[PreferenceCategory, str], ...] = ()
    ring_sizes: tuple[SizeOnFile, ...] = ()
    collection: str = ""
    marketing: bool = False
    allergic: bool = False

    @property
    def value(self) -> tuple[float, float]:
        """Sort key for "best clients first"."""
        return (self.spend_12m_usd, self.lifetime_usd)
