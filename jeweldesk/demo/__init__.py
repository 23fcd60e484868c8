"""A deterministic demo store network: three boutiques (Shanghai, Hong Kong, Paris),
their staff, a catalogue with stock, and N clients with everything a clienteling
record holds, written into a local store for demos, screenshots and load tests.

Given the same seed (and anchor date) the content is identical; only the record ids
(UUIDv7, made from the clock like every other id) differ between two builds.

    from jeweldesk.demo import build
    summary = build(Path("/tmp/demo"), clients=2000, seed=7)
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from jeweldesk.demo import agenda, books, history
from jeweldesk.demo import clients as records
from jeweldesk.demo.catalogue import build_catalogue
from jeweldesk.demo.loader import Loader
from jeweldesk.demo.names import Phones
from jeweldesk.demo.network import STORES, build_network
from jeweldesk.demo.world import ClientInfo, World
from jeweldesk.domain.messages import normalise_language
from jeweldesk.paths import database_path
from jeweldesk.storage import search
from jeweldesk.storage.db import LocalStore
from jeweldesk.storage.models import Base, Client, Setting, Store

DEVICE_STORE = "SH01"
CHUNK = 2000  # clients written per transaction: bounded memory at 100,000 clients
TIERS = (("vic", 2.5), ("core", 35), ("potential", 32.5), ("prospect", 30))

__all__ = ["DemoAdvisor", "DemoSummary", "build"]


@dataclass(frozen=True)
class DemoAdvisor:
    id: uuid.UUID
    email: str
    name: str
    store_code: str
    role: str


@dataclass(frozen=True)
class DemoSummary:
    database: Path
    seed: int
    clients: int
    counts: Mapping[str, int]  # rows written per table
    seconds: float
    store_code: str  # the device's boutique
    signed_in_email: str
    advisors: tuple[DemoAdvisor, ...] = field(default_factory=tuple)

    @property
    def advisor_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(a.id for a in self.advisors)

    @property
    def advisor_emails(self) -> tuple[str, ...]:
        return tuple(a.email for a in self.advisors)

    def as_dict(self) -> dict:
        return {
            "database": str(self.database),
            "seed": self.seed,
            "clients": self.clients,
            "seconds": round(self.seconds, 2),
            "store_code": self.store_code,
            "signed_in_email": self.signed_in_email,
            "counts": dict(self.counts),
            "advisors": [
                {
                    "id": str(a.id),
                    "email": a.email,
                    "name": a.name,
                    "store": a.store_code,
                    "role": a.role,
                }
                for a in self.advisors
            ],
        }


def _counts(loader: Loader, indexed: int) -> dict[str, int]:
    """Rows per table, every table named (zero included), plus the search index."""
    counts = {table.name: loader.counts.get(table.name, 0) for table in Base.metadata.sorted_tables}
    counts["search_keys"] = indexed
    return dict(sorted(counts.items()))


def _store_quota(n: int) -> dict[str, int]:
    """Exact shares (50/30/20) rather than random draws, so that a small demo still
    has enough clients in Paris to fill its advisors' books."""
    quota = {spec.code: int(round(n * spec.share)) for spec in STORES[:-1]}
    quota[STORES[-1].code] = n - sum(quota.values())
    return quota


def build(
    data_dir: Path,
    clients: int = 2000,
    seed: int = 7,
    *,
    progress: Callable[[str], None] | None = None,
    today: dt.date | None = None,
    lang: str | None = None,
) -> DemoSummary:
    """Create the demo store in `data_dir` (refusing a store that already has clients).

    `today` anchors every date (default: today in UTC): purchases lie before it,
    appointments in the seven days from it. `lang` is the device's language (default:
    the desk's own default, English): set for the device when given, and the agenda's
    preparation checklists are written in it, as bookings made on that desk are."""
    if clients < 0:
        raise ValueError("the number of clients cannot be negative")
    started = time.perf_counter()
    say = progress or (lambda _message: None)
    path = database_path(data_dir)
    store = LocalStore(path)
    try:
        with store.engine.connect() as conn:
            existing = conn.execute(select(func.count()).select_from(Client.__table__)).scalar_one()
            boutiques = conn.execute(select(func.count()).select_from(Store.__table__)).scalar_one()
        if existing or boutiques:
            raise ValueError(
                f"{path} already holds {existing} clients in {boutiques} stores: "
                "build the demo into an empty folder"
            )
        # The demo's rows stand for data head office already holds: capture is off
        # while loading, so no outbox is queued (opening the store turns it back on).
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE sync_flags SET applying = 1 WHERE id = 1"))
        anchor = today or dt.datetime.now(dt.UTC).date()
        midnight = dt.datetime.combine(anchor, dt.time(), tzinfo=dt.UTC)
        loader = Loader(int(midnight.timestamp() * 1000))
        world = _generate(store, loader, random.Random(seed), clients, anchor, say, lang)
        say("building the search index")
        with store.engine.begin() as conn:
            indexed = search.rebuild(conn)
    finally:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))
        store.close()
    sellers = [
        DemoAdvisor(m.id, m.email, m.name, s.code, m.role.value)
        for s in world.stores
        for m in s.advisors + [s.vic_consultant, s.manager]
        if m is not None
    ]
    device = world.store(DEVICE_STORE)
    return DemoSummary(
        database=path,
        seed=seed,
        clients=clients,
        counts=_counts(loader, indexed),
        seconds=time.perf_counter() - started,
        store_code=DEVICE_STORE,
        signed_in_email=device.advisors[0].email,
        advisors=tuple(sellers),
    )


def _generate(
    store: LocalStore, loader: Loader, rng: random.Random, n: int, anchor, say, lang: str | None
) -> World:
    quota = _store_quota(n)
    say("creating the boutiques, staff and catalogue")
    stores, head_office = build_network(loader, rng, quota)
    pieces, on_hand = build_catalogue(loader, rng, stores, anchor)
    world = World(
        rng=rng,
        loader=loader,
        stores=stores,
        head_office=head_office,
        pieces=pieces,
        on_hand=on_hand,
        today=anchor,
        phones=Phones(rng),
        lang=normalise_language(lang),
    )
    with store.engine.begin() as conn:
        loader.flush(conn)

    homes = [code for code, count in quota.items() for _ in range(count)]
    rng.shuffle(homes)
    tiers = rng.choices([t for t, _ in TIERS], [w for _, w in TIERS], k=n)
    by_store: dict[str, list[ClientInfo]] = {s.code: [] for s in stores}
    partners = records.Partners()
    for start in range(0, n, CHUNK):
        for i in range(start, min(n, start + CHUNK)):
            home = world.store(homes[i])
            created_by = rng.choice(home.sellers).id
            info = records.make_client(world, home, tiers[i], created_by)
            history.add_history(world, info, home, tiers[i])
            partners.add(world, info, home, created_by)
            by_store[home.code].append(info)
        with store.engine.begin() as conn:
            loader.flush(conn)
        say(f"clients: {min(n, start + CHUNK)} of {n}")

    say("books, events and the coming week's appointments")
    for shop in stores:
        held = books.assign_books(world, shop, by_store[shop.code])
        ranked = sorted(by_store[shop.code], key=lambda c: c.value, reverse=True)
        agenda.add_events(world, shop, ranked, held)
        agenda.add_appointments(world, shop, ranked, held)
    device = world.store(DEVICE_STORE)
    settings: list[tuple[str, object]] = [
        ("device_store_code", DEVICE_STORE),
        ("demo", True),
        ("signed_in_email", device.advisors[0].email),
    ]
    if lang is not None:
        settings.append(("language", world.lang))
    for key, value in settings:
        loader.add_plain(Setting, key=key, value=value)
    with store.engine.begin() as conn:
        loader.flush(conn)
    return world
