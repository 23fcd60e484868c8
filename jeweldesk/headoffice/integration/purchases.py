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


def record_purchases(
    ho: HeadOfficeStore,
    system: str,
    raw_orders: Sequence[Any],
    stores: frozenset[str] = frozenset(),
) -> BatchResult:
    """Write the orders a system delivered (for `stores` only, when given); each
    order's result in the order sent."""
    orders = intake.validated(PurchaseOrderIn, raw_orders, stores)
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
    sales = intake.delivered(conn, system, KIND, {o.refund_of for _, o in valid if o.refund_of})
    ready: list[tuple[int, PurchaseOrderIn, StoreRef, Identifiers | None]] = []
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
        reason = _refusal(order, store) or _refund_refusal(order, sales, seen)
        if reason is None and store is not None:
            try:
                ids = identifiers(order.customer, store) if order.customer else None
                if ids is None and not order.refund_of:
                    raise CustomerRefused(
                        "customer: needed (a member_id, phone or email), unless refund_of "
                        "names the sale"
                    )
                ready.append((index, order, store, ids))
                seen.add(order.source_order_id)
                continue
            except CustomerRefused as exc:
                reason = str(exc)
        results.append(intake.rejected(index, order.source_order_id, reason or "refused"))
    if not ready:
        return intake.summary(results)
    matcher = Matcher.load(conn, (ids for _, _, _, ids in ready if ids is not None))
    pieces = _pieces(conn, {line.sku for _, o, _, _ in ready for line in o.lines if line.sku})
    writes = Writes(now)
    served: dict[uuid.UUID, set[uuid.UUID]] = {}
    # The clients of this batch's sales, for a refund of one of them further on.
    sold: dict[str, uuid.UUID] = {}
    for index, order, store, ids in ready:
        source = "pos" if order.channel == "store" else "ecommerce"
        original = _sale_client(order.refund_of, sales, sold)
        if original is not None:
            client_id, created = original, False
        else:
            assert ids is not None and order.customer is not None  # checked above
            client_id, created = matcher.resolve(order.customer, ids, store, writes, source, now)
        sold[order.source_order_id] = client_id
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


def _refund_refusal(
    order: PurchaseOrderIn,
    sales: dict[str, tuple[uuid.UUID, uuid.UUID | None]],
    earlier: set[str],
) -> str | None:
    if not order.refund_of:
        return None
    if order.type == "sale":
        return "refund_of: only a refund or an exchange returns pieces of a sale"
    if order.refund_of == order.source_order_id:
        return "refund_of: an order cannot refund itself"
    if order.refund_of not in sales and order.refund_of not in earlier:
        return f"refund_of: no order {order.refund_of} delivered by this system"
    return None


def _sale_client(
    refund_of: str | None,
    sales: dict[str, tuple[uuid.UUID, uuid.UUID | None]],
    sold: dict[str, uuid.UUID],
) -> uuid.UUID | None:
    """The client of the sale a refund names: delivered before, or earlier in the batch."""
    if not refund_of:
        return None
    if refund_of in sold:
        return sold[refund_of]
    return sales[refund_of][1] if refund_of in sales else None


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
    latest: dict[uuid.UUID, tuple[Any, ...]] = {}
    for chunk in chunks(conn, new):
        for entry in conn.execute(
            select(log.c.entity, log.c.entity_id, log.c.store_id, log.c.client_id, log.c.row)
            .where(log.c.client_id.in_(chunk))
            .order_by(log.c.version)
        ):
            latest[entry.entity_id] = tuple(entry)
    changelog.log_entries(conn, list(latest.values()), now)
