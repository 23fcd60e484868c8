"""Sample feeds made from a demo store's own clients, for demos and tests of the
import and of head office's integration API (`jeweldesk demo --write-feeds DIR`):

- `pos_orders.json`: a batch for `POST /integration/v1/purchases`, new sales to the
  demo's clients (found at head office by phone or e-mail) with a few refunds of
  them, as a boutique's POS would send them;
- `pos_lines.csv`: the same orders line by line, as a POS exports them;
- `ecommerce_customers.csv`: the clients as an e-commerce platform's customer
  export (First Name, Last Name, Email, Phone, Total Spent…), which
  `jeweldesk import clients` maps by itself.

The same demo store and seed give the same files."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from jeweldesk.storage.models import Base

MAX_ORDERS = 10_000  # one batch of the API
REFUND_EVERY = 25  # one sale in so many is refunded in the same feed

Clients = Base.metadata.tables["clients"]
Contacts = Base.metadata.tables["contact_points"]
Consents = Base.metadata.tables["consents"]
Pieces = Base.metadata.tables["catalogue_pieces"]
Purchases = Base.metadata.tables["purchases"]
Stores = Base.metadata.tables["stores"]

ECOMMERCE_HEADERS = (
    "Customer ID",
    "First Name",
    "Last Name",
    "Email",
    "Accepts Email Marketing",
    "Phone",
    "Default Address City",
    "Default Address Country Code",
    "Total Spent",
    "Total Orders",
    "Tags",
)


def write_feeds(
    database: Path,
    out_dir: Path,
    *,
    seed: int = 7,
    orders: int = 1_000,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Write the three files into `out_dir`; returns what was written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            stores = {r.id: r for r in conn.execute(select(Stores))}
            clients = list(
                conn.execute(
                    select(Clients)
                    .where(Clients.c.deleted.is_(False), Clients.c.erased_at.is_(None))
                    .order_by(Clients.c.created_at, Clients.c.id)
                )
            )
            contacts: dict[Any, dict[str, str]] = defaultdict(dict)
            for c in conn.execute(
                select(
                    Contacts.c.client_id, Contacts.c.kind, Contacts.c.value, Contacts.c.normalised
                )
                .where(Contacts.c.deleted.is_(False))
                .order_by(Contacts.c.is_primary.desc(), Contacts.c.id)
            ):
                # Phones in E.164, as a house's systems hold them: read the same in any store.
                kind = str(c.kind)
                contacts[c.client_id].setdefault(kind, c.normalised if kind == "phone" else c.value)
            decided: dict[Any, bool] = {}  # the latest marketing decision is in force
            for r in conn.execute(
                select(Consents.c.client_id, Consents.c.granted)
                .where(Consents.c.purpose == "marketing", Consents.c.deleted.is_(False))
                .order_by(Consents.c.recorded_at)
            ):
                decided[r.client_id] = bool(r.granted)
            marketing = {client_id for client_id, granted in decided.items() if granted}
            spent: dict[Any, tuple[Decimal, int, str]] = {}
            for p in conn.execute(
                select(Purchases.c.client_id, Purchases.c.total, Purchases.c.currency).where(
                    Purchases.c.deleted.is_(False)
                )
            ):
                total, count, _ = spent.get(p.client_id, (Decimal(0), 0, p.currency))
                spent[p.client_id] = (total + p.total, count + 1, p.currency)
            pieces = list(
                conn.execute(
                    select(Pieces.c.sku, Pieces.c.name, Pieces.c.price, Pieces.c.currency)
                    .where(Pieces.c.active.is_(True), Pieces.c.deleted.is_(False))
                    .order_by(Pieces.c.sku)
                )
            )
    finally:
        engine.dispose()
    rng = random.Random(seed)
    anchor = today or dt.datetime.now(dt.UTC).date()
    reachable = [c for c in clients if contacts[c.id].get("phone") or contacts[c.id].get("email")]
    batch = _orders(reachable, contacts, stores, pieces, rng, anchor, min(orders, MAX_ORDERS))
    pos_json = out_dir / "pos_orders.json"
    pos_json.write_text(json.dumps({"orders": batch}, ensure_ascii=False, indent=1), "utf-8")
    pos_csv = out_dir / "pos_lines.csv"
    with pos_csv.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(
            ["order_id", "type", "refund_of", "store", "purchased_at", "phone", "email"]
            + ["sku", "description", "quantity", "unit_price", "currency"]
        )
        for order in batch:
            customer = order.get("customer") or {}
            for line in order["lines"]:
                out.writerow(
                    [
                        order["source_order_id"],
                        order["type"],
                        order.get("refund_of") or "",
                        order["store_code"],
                        order["purchased_at"],
                        customer.get("phone", ""),
                        customer.get("email", ""),
                        line["sku"],
                        line["description"],
                        line["quantity"],
                        line["unit_price"],
                        line["currency"],
                    ]
                )
    shop = out_dir / "ecommerce_customers.csv"
    with shop.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(ECOMMERCE_HEADERS)
        for n, c in enumerate(reachable, start=1):
            total, count, _currency = spent.get(c.id, (Decimal(0), 0, ""))
            store = stores.get(c.home_store_id)
            out.writerow(
                [
                    f"{7_000_000 + n}",
                    c.given_name,
                    c.family_name,
                    contacts[c.id].get("email", ""),
                    "yes" if c.id in marketing else "no",
                    contacts[c.id].get("phone", ""),
                    store.city if store is not None else "",
                    store.country if store is not None else "",
                    f"{total:.2f}",
                    count,
                    c.segment,
                ]
            )
    return {
        "pos_orders": str(pos_json),
        "pos_lines": str(pos_csv),
        "ecommerce_customers": str(shop),
        "orders": len(batch),
        "refunds": sum(o["type"] == "refund" for o in batch),
        "customers": len(reachable),
    }


def _orders(
    clients: list[Any],
    contacts: dict[Any, dict[str, str]],
    stores: dict[Any, Any],
    pieces: list[Any],
    rng: random.Random,
    anchor: dt.date,
    wanted: int,
) -> list[dict[str, Any]]:
    if not clients or not pieces:
        return []
    out: list[dict[str, Any]] = []
    start = dt.datetime.combine(anchor - dt.timedelta(days=2), dt.time(10), tzinfo=dt.UTC)
    for n in range(wanted):
        client = rng.choice(clients)
        store = stores[client.home_store_id]
        piece = rng.choice(pieces)
        at = start + dt.timedelta(minutes=rng.randrange(0, 2 * 24 * 60 - 60))
        customer = {
            k: v
            for k, v in (
                ("phone", contacts[client.id].get("phone")),
                ("email", contacts[client.id].get("email")),
            )
            if v
        }
        line = {
            "sku": piece.sku,
            "description": piece.name,
            "quantity": 1,
            "unit_price": f"{piece.price:.2f}",
            "currency": piece.currency,
        }
        order_id = f"{store.code}-POS-{anchor:%Y%m%d}-{n + 1:05d}"
        out.append(
            {
                "store_code": store.code,
                "source_order_id": order_id,
                "type": "sale",
                "channel": "store",
                "purchased_at": at.isoformat(),
                "customer": customer,
                "lines": [line],
            }
        )
        if len(out) < wanted and (n + 1) % REFUND_EVERY == 0:
            out.append(
                {
                    "store_code": store.code,
                    "source_order_id": order_id + "-R",
                    "type": "refund",
                    "refund_of": order_id,
                    "channel": "store",
                    "purchased_at": (at + dt.timedelta(minutes=30)).isoformat(),
                    "lines": [{**line, "quantity": -1}],
                }
            )
        if len(out) >= wanted:
            break
    return out[:wanted]
