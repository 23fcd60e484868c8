"""Purchases from a POS or an e-commerce order feed: one purchase per order, matched
to its client or a new prospect of the store, idempotent by (system, order id)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from jeweldesk.domain.ids import new_id
from jeweldesk.domain.vocab import PurchaseChannel
from jeweldesk.headoffice import changelog
from jeweldesk.headoffice.integration import intake
from jeweldesk.headoffice.integration.customers import (
    CustomerRefused,
    Identifiers,
    Matcher,
    StoreRef,
    identifiers,
)
from jeweldesk.headoffice.integration.models import BatchResult, PurchaseOrderIn, RecordResult
from jeweldesk.headoffice.integration.writes import Writes
from jeweldesk.headoffice.rows import chunks
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow
from jeweldesk.storage.models import Base

Pieces = Base.metadata.tables["catalogue_pieces"]
KIND = "purchase"


def record_purchases(ho: HeadOfficeStore, system: str, raw_orders: Sequence[Any]) -> BatchResult:
    """Write the orders a system delivered; each order's result in the order sent."""
    orders = intake.validated(PurchaseOrderIn, raw_orders)
    return intake.in_one_transaction(ho, lambda conn: _record(conn, system, orders))


def _refusal(order: PurchaseOrderIn, store: StoreRef | None) -> str | None:
    if store is None:
        return f"store_code: no store {order.store_code} at head office"
    currencies = {line.currency for line in order.lines}
    if len(currencies) > 1:
        return "lines: an order is in one currency"
    quantities = [line.quantity for line in order.lines]
    if 0 in quantities:
        return "lines: a quantity of 0"
    if order.type == "sale" and any(q < 0 for q in quantities):
        return "lines: a sale has no negative quantity (send a refund or an exchange)"
    if order.type == "refund" and any(q > 0 for q in quantities):
        return "lines: a refund has only negative quantities"
    if order.type == "exchange" and not (min(quantities) < 0 < max(quantities)):
        return "lines: an exchange returns a piece and takes another"
    return None


def _record(
    conn: Connection, system: str, orders: list[PurchaseOrderIn | RecordResult]
) -> BatchResult:
    now = utcnow()
    results = [o for o in orders if isinstance(o, RecordResult)]
    valid = [(i, o) for i, o in enumerate(orders) if isinstance(o, PurchaseOrderIn)]
    stores = intake.stores_by_code(conn, {o.store_code for _, o in valid})
    before = intake.delivered(conn, system, KIND, {o.source_order_id for _, o in valid})
    ready: list[tuple[int, PurchaseOrderIn, StoreRef, Identifiers]] = []
    seen: set[str] = set()
    for index, order in valid:
        store = stores.get(order.store_code.upper())
        known = before.get(order.source_order_id)
        if known is not None or order.source_order_id in seen:
            entity, client = known or (None, None)
            results.append(
                RecordResult(
                    index=index,
                    source_id=order.source_order_id,
                    status="duplicate",
                    id=entity.hex if entity else None,
                    client_id=client.hex if client else None,
                )
            )
            continue
        reason = _refusal(order, store)
        if reason is None and store is not None:
            try:
                ready.append((index, order, store, identifiers(order.customer, store)))
                seen.add(order.source_order_id)
                continue
            except CustomerRefused as exc:
                reason = str(exc)
        results.append(intake.rejected(index, order.source_order_id, reason or "refused"))
    if not ready:
        return intake.summary(results)
    matcher = Matcher.load(conn, (ids for _, _, _, ids in ready))
    pieces = _pieces(conn, {line.sku for _, o, _, _ in ready for line in o.lines if line.sku})
    writes = Writes(now)
    served: dict[uuid.UUID, set[uuid.UUID]] = {}
    for index, order, store, ids in ready:
        source = "pos" if order.channel == "store" else "ecommerce"
        client_id, created = matcher.resolve(order.customer, ids, store, writes, source, now)
        served.setdefault(store.id, set()).add(client_id)
        purchase_id = new_id()
        total = sum((line.unit_price * line.quantity for line in order.lines), Decimal("0"))
        writes.synced(
            "purchases",
            {
                "id": purchase_id,
                "client_id": client_id,
                "store_id": store.id,
                "advisor_id": None,
                "purchased_at": order.purchased_at,
                "channel": PurchaseChannel(order.channel),
                "receipt_number": order.source_order_id,
                "total": total,
                "currency": order.lines[0].currency,
                "source": source,
            },
        )
        for line in order.lines:
            writes.synced(
                "purchase_lines",
                {
                    "id": new_id(),
                    "purchase_id": purchase_id,
                    "piece_id": pieces.get(line.sku),
                    "description": line.description,
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                    "serial": line.serial,
                },
            )
        writes.plain(
            "integration_receipts",
            {
                "system": system,
                "kind": KIND,
                "source_id": order.source_order_id,
                "entity_id": purchase_id,
                "store_id": store.id,
                "client_id": client_id,
                "channel": order.channel,
                "received_at": now,
            },
        )
        results.append(
            RecordResult(
                index=index,
                source_id=order.source_order_id,
                status="accepted",
                id=purchase_id.hex,
                client_id=client_id.hex,
                client_created=created,
            )
        )
    writes.write(conn)
    # A client of another store who bought here is one this store has served: its
    # devices see them from now on, with their history.
    for store_id, client_ids in served.items():
        serve(conn, store_id, client_ids, now)
    return intake.summary(results)


def _pieces(conn: Connection, skus: set[str]) -> dict[str, uuid.UUID]:
    out: dict[str, uuid.UUID] = {}
    for chunk in chunks(conn, skus):
        for sku, piece_id in conn.execute(
            select(Pieces.c.sku, Pieces.c.id).where(Pieces.c.sku.in_(chunk))
        ):
            out[sku] = piece_id
    return out


def serve(
    conn: Connection, store_id: uuid.UUID, client_ids: set[uuid.UUID], now: dt.datetime
) -> None:
    """Grant the store the clients it served that it did not see yet, and log their
    rows again, so its devices pull their whole record (as when a device recognises a
    client from another store)."""
    new = client_ids - changelog.visible_client_ids(conn, store_id, client_ids)
    if not new:
        return
    changelog.grant(conn, store_id, new, "served", now)
    log = changelog.ChangeLogT
    latest: dict[uuid.UUID, tuple] = {}
    for chunk in chunks(conn, new):
        for entry in conn.execute(
            select(log.c.entity, log.c.entity_id, log.c.store_id, log.c.client_id, log.c.row)
            .where(log.c.client_id.in_(chunk))
            .order_by(log.c.version)
        ):
            latest[entry.entity_id] = tuple(entry)
    changelog.log_entries(conn, list(latest.values()), now)
