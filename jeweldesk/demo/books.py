"""Client books: each advisor holds 30–50 of the boutique's best clients, the VIC
consultant the very best; the rest of the client base has no advisor yet (the
"suggest who to add" list). A former Shanghai advisor's book shows a handover.

The entries are written directly, not through `BookService`: seeding is not a person
signed in on the device, and the service's rule (`domain/books.py`) is about who is."""

from __future__ import annotations

import datetime as dt
import uuid

from jeweldesk.demo import texts
from jeweldesk.demo.catalogue import COLLECTIONS
from jeweldesk.demo.network import StoreInfo
from jeweldesk.demo.world import ClientInfo, World
from jeweldesk.storage.models import BookEntry

BOOK_MIN, BOOK_MAX = 30, 50


def book_sizes(world: World, advisors: int, available: int) -> list[int]:
    sizes = [world.rng.randint(BOOK_MIN, BOOK_MAX) for _ in range(advisors)]
    if sum(sizes) > available:  # a small demo: share what there is evenly
        sizes = [available // advisors] * advisors
    return sizes


def assign_books(
    world: World, store: StoreInfo, clients: list[ClientInfo]
) -> dict[uuid.UUID, list[ClientInfo]]:
    """Writes the book entries of one store; returns staff id → clients held."""
    rng = world.rng
    ranked = sorted(clients, key=lambda c: c.value, reverse=True)  # stable: ties keep order
    sizes = book_sizes(world, len(store.advisors), len(ranked))
    vic_size = max(0, min(rng.randint(20, 35), len(ranked) - sum(sizes)))
    books: dict[uuid.UUID, list[ClientInfo]] = {}
    if store.vic_consultant is not None:
        books[store.vic_consultant.id] = ranked[:vic_size]
    pool = ranked[vic_size : vic_size + sum(sizes)]
    rng.shuffle(pool)
    start = 0
    for advisor, size in zip(store.advisors, sizes, strict=True):
        books[advisor.id] = pool[start : start + size]
        start += size
    handed_over = _handover_sample(world, store, books)
    for staff_id, held in books.items():
        for client in held:
            _entry(world, store, staff_id, client, handed_over)
    return books


def _handover_sample(world: World, store: StoreInfo, books) -> dict[uuid.UUID, tuple]:
    """Clients who came from the advisor who left: client id → (former, left on)."""
    if not store.former:
        return {}
    former = store.former[0]
    left_on = world.today - dt.timedelta(days=world.rng.randrange(60, 120))
    # Only clients the former advisor could have known for a while before leaving.
    held = [
        c
        for staff_id, clients in books.items()
        if staff_id != store.vic_consultant.id
        for c in clients
        if c.created_at.date() < left_on - dt.timedelta(days=90)
    ]
    chosen = world.rng.sample(held, min(12, len(held)))
    return {c.id: (former, left_on) for c in chosen}


def _entry(world: World, store: StoreInfo, staff_id, client: ClientInfo, handed_over) -> None:
    rng = world.rng
    key = "zh" if client.language.startswith("zh") else "en"
    since = max(client.created_at.date(), world.today - dt.timedelta(days=rng.randrange(30, 1200)))
    plan = ""
    if rng.random() < 0.6:
        collection = COLLECTIONS[client.collection][0] if key == "zh" else client.collection
        plan = rng.choice(texts.DEVELOPMENT_PLANS[key]).format(collection=collection)
    note = ""
    if client.id in handed_over:
        former, left_on = handed_over[client.id]
        world.loader.add(
            BookEntry,
            advisor_id=former.id,
            client_id=client.id,
            since=max(client.created_at.date(), min(since, left_on - dt.timedelta(days=90))),
            ended_at=dt.datetime.combine(left_on, dt.time(18), tzinfo=store.zone),
            development_plan=plan,
            handover_note="",
        )
        since = left_on
        note = texts.HANDOVER_NOTE[key].format(advisor=former.name_in(key))
    world.loader.add(
        BookEntry,
        advisor_id=staff_id,
        client_id=client.id,
        since=since,
        ended_at=None,
        development_plan=plan,
        handover_note=note,
    )
