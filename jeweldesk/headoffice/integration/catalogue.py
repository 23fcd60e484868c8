"""The house's catalogue and each store's stock levels, from the house's product or
stock system: written as head office writes them (stamped and logged), so every
device pulls the catalogue and each store's devices pull its own levels.

Pieces are upserted by SKU. Stock comes per store, `full` (the levels as they are:
a SKU not named is counted 0) or `incremental` (only the SKUs named change, each by
an absolute `on_hand` or a `delta`); a batch with deltas is applied once per
`batch_id`."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select

from jeweldesk.domain.ids import new_id
from jeweldesk.headoffice.integration import intake
from jeweldesk.headoffice.integration.models import (
    MAX_LEVELS,
    BatchResult,
    CataloguePieceIn,
    RecordResult,
    StockBatch,
    StockLevelIn,
)
from jeweldesk.headoffice.integration.writes import Writes
from jeweldesk.headoffice.rows import chunks
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow
from jeweldesk.storage.models import Base

Pieces = Base.metadata.tables["catalogue_pieces"]
Levels = Base.metadata.tables["stock_levels"]
STOCK = "stock"
SYNC_COLUMNS = ("updated_hlc", "updated_by_device", "server_version", "deleted")


class BatchRefused(ValueError):
    """The batch as a whole cannot be taken (its store, its header): a 4xx with this
    reason, nothing written."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error


def record_pieces(ho: HeadOfficeStore, raw: Sequence[Any]) -> BatchResult:
    """Add or update the pieces delivered; a piece as it already is is a duplicate."""
    pieces = intake.validated(CataloguePieceIn, raw)
    return intake.in_one_transaction(ho, lambda conn: _record_pieces(conn, pieces))


def _record_pieces(conn: Connection, pieces: list[CataloguePieceIn | RecordResult]) -> BatchResult:
    now = utcnow()
    results = [p for p in pieces if isinstance(p, RecordResult)]
    valid = [(i, p) for i, p in enumerate(pieces) if isinstance(p, CataloguePieceIn)]
    existing = _pieces_by_sku(conn, {p.sku for _, p in valid})
    writes = Writes(now)
    seen: set[str] = set()
    for index, piece in valid:
        if piece.sku in seen:
            results.append(intake.rejected(index, piece.sku, "sku: twice in the batch"))
            continue
        seen.add(piece.sku)
        values = piece.model_dump()
        old = existing.get(piece.sku)
        if old is None:
            row = writes.synced("catalogue_pieces", {"id": new_id(), "photo_path": "", **values})
            status = "accepted"
        elif all(old[k] == v for k, v in values.items()) and not old["deleted"]:
            row, status = old, "duplicate"
        else:
            base = {k: v for k, v in old.items() if k not in SYNC_COLUMNS}
            row = writes.updated("catalogue_pieces", {**base, **values})
            status = "accepted"
        results.append(
            RecordResult(index=index, source_id=piece.sku, status=status, id=row["id"].hex)
        )
    writes.write(conn)
    return intake.summary(results)


def _pieces_by_sku(conn: Connection, skus: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(conn, skus):
        for row in conn.execute(select(Pieces).where(Pieces.c.sku.in_(chunk))).mappings():
            out[row["sku"]] = dict(row)
    return out


def read_stock_batch(data: Any) -> tuple[StockBatch, list[StockLevelIn | RecordResult]]:
    """The batch's header, checked as a whole (a bad one refuses the batch), and each
    level checked on its own."""
    if not isinstance(data, dict) or not isinstance(data.get("levels"), list):
        raise BatchRefused(400, "bad_body", 'a JSON object {"store_code", "mode", "levels": [...]}')
    if intake.has_nul({k: v for k, v in data.items() if k != "levels"}):
        raise BatchRefused(400, "bad_body", "a NUL character is not text")
    try:
        header = StockBatch.model_validate({**data, "levels": []})
    except ValidationError as exc:
        raise BatchRefused(400, "bad_body", intake.reason(exc)) from None
    levels = data["levels"]
    if len(levels) > MAX_LEVELS:
        raise BatchRefused(400, "bad_body", f"levels: at most {MAX_LEVELS:,} per batch")
    if header.mode == "incremental" and not levels:
        raise BatchRefused(400, "bad_body", "levels: an incremental batch names some SKUs")
    return header, intake.validated(StockLevelIn, levels)


def record_stock(
    ho: HeadOfficeStore,
    system: str,
    header: StockBatch,
    levels: list[StockLevelIn | RecordResult],
    stores: frozenset[str] = frozenset(),
) -> BatchResult:
    """Write a store's levels as delivered; each level's result in the order sent."""
    if stores and header.store_code.upper() not in stores:
        raise BatchRefused(403, "scope", f"this key of {system} is not for {header.store_code}")
    return intake.in_one_transaction(ho, lambda conn: _record_stock(conn, system, header, levels))


def _record_stock(
    conn: Connection,
    system: str,
    header: StockBatch,
    levels: list[StockLevelIn | RecordResult],
) -> BatchResult:
    now = utcnow()
    store = intake.stores_by_code(conn, {header.store_code}).get(header.store_code.upper())
    if store is None:
        raise BatchRefused(404, "store", f"store_code: no store {header.store_code} at head office")
    valid = [(i, lv) for i, lv in enumerate(levels) if isinstance(lv, StockLevelIn)]
    results = [lv for lv in levels if isinstance(lv, RecordResult)]
    if header.batch_id and intake.delivered(conn, system, STOCK, {header.batch_id}):
        for index, level in valid:
            results.append(RecordResult(index=index, source_id=level.sku, status="duplicate"))
        return intake.summary(results)
    pieces = {
        sku: row["id"] for sku, row in _pieces_by_sku(conn, {lv.sku for _, lv in valid}).items()
    }
    held = {
        row["piece_id"]: dict(row)
        for row in conn.execute(select(Levels).where(Levels.c.store_id == store.id)).mappings()
    }
    writes = Writes(now)
    named: set[uuid.UUID] = set()
    seen: set[str] = set()
    for index, level in valid:
        piece_id = pieces.get(level.sku)
        if piece_id is not None:
            named.add(piece_id)
        reason = _level_refusal(header, level, piece_id, seen)
        old = held.get(piece_id) if piece_id else None
        on_hand = level.on_hand
        if reason is None and level.delta is not None:
            on_hand = (old["on_hand"] if old and not old["deleted"] else 0) + level.delta
            if on_hand < 0:
                reason = f"delta: would leave {on_hand} on hand"
        seen.add(level.sku)
        if reason is not None or piece_id is None or on_hand is None:
            results.append(intake.rejected(index, level.sku, reason or "refused"))
            continue
        values: dict[str, Any] = {"on_hand": on_hand}
        if level.store_price is not None:
            values["store_price"] = level.store_price
            values["store_currency"] = level.store_currency
        row, status = _level(writes, store.id, piece_id, old, values)
        results.append(
            RecordResult(index=index, source_id=level.sku, status=status, id=row["id"].hex)
        )
    if header.mode == "full":
        for piece_id, old in held.items():
            if piece_id not in named and not old["deleted"] and old["on_hand"] != 0:
                _level(writes, store.id, piece_id, old, {"on_hand": 0})
    if header.batch_id:
        writes.plain(
            "integration_receipts",
            {
                "system": system,
                "kind": STOCK,
                "source_id": header.batch_id,
                "entity_id": store.id,
                "store_id": store.id,
                "client_id": None,
                "channel": header.mode,
                "received_at": now,
            },
        )
    writes.write(conn)
    return intake.summary(results)


def _level_refusal(
    header: StockBatch, level: StockLevelIn, piece_id: uuid.UUID | None, seen: set[str]
) -> str | None:
    if level.sku in seen:
        return "sku: twice in the batch"
    if piece_id is None:
        return f"sku: no piece {level.sku} in the catalogue"
    if level.delta is not None and header.mode == "full":
        return "delta: a full batch gives each SKU's on_hand"
    if level.delta is not None and not header.batch_id:
        return "delta: a batch with deltas needs its batch_id (so it is applied once)"
    return None


def _level(
    writes: Writes,
    store_id: uuid.UUID,
    piece_id: uuid.UUID,
    old: dict[str, Any] | None,
    values: dict[str, Any],
) -> tuple[dict[str, Any], str]:
    if old is None:
        row = {
            "id": new_id(),
            "store_id": store_id,
            "piece_id": piece_id,
            "on_hand": 0,
            "store_price": None,
            "store_currency": "",
            **values,
        }
        return writes.synced("stock_levels", row), "accepted"
    if not old["deleted"] and all(old[k] == v for k, v in values.items()):
        return old, "duplicate"
    base = {k: v for k, v in old.items() if k not in SYNC_COLUMNS}
    return writes.updated("stock_levels", {**base, **values}), "accepted"
