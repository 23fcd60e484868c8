"""Head office's part in a merge of two clients, screened ahead of the usual merge
rules (like an erasure's).

- The `client_merges` insert that records a merge moves, once applied, every row head
  office holds naming the merged-away client onto the kept one (rows from every
  store's devices, and rows this very push inserted), logged so every device pulls
  them. Where the two were homed at different stores, the merged-away client's store
  is granted the kept client and pulls its whole record.
- A later op that still names the merged-away client (an offline device that had not
  heard of the merge) is redirected: a row's `client_id` (and a relationship's
  `related_client_id`) to the kept client; a field edit of the merged-away client to
  the kept one, compared against the kept client's value where the edit was made on
  the merged-away client's current value (so it lands instead of parking as a
  conflict). Deleting the merged-away client is already done: dropped.

Merges are rare: the screen costs one indexed query per push."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from jeweldesk.headoffice import changelog
from jeweldesk.headoffice.fields import uuid_of
from jeweldesk.headoffice.rows import load_rows
from jeweldesk.protocol import merging as reach
from jeweldesk.protocol.models import Op
from jeweldesk.protocol.wire import to_wire
from jeweldesk.storage.models import Base

_MERGES = Base.metadata.tables[reach.MERGES]
_NAMING = ("client_id", "related_client_id")
# Fields of a client an edit of the merged-away one never carries over.
_NOT_REDIRECTED = {"id", "deleted", "home_store_id"}
Result = tuple[str, dict[str, Any]]


def screened(batch: Any, op: Op, ops: list[Op], apply_op: Callable[[Any, Op], Result]) -> Result:
    merges: dict[uuid.UUID, uuid.UUID] | None = batch.memo.get("merges")
    if merges is None:
        merges = batch.memo["merges"] = _prepare(batch, ops)
    if op.entity == reach.MERGES and op.kind == "insert":
        result = apply_op(batch, op)
        if result[0] != "rejected":
            row = batch.rows[reach.MERGES][uuid_of(op.entity_id)]
            kept = merges.get(row["kept_id"], row["kept_id"])
            merge(batch, row["merged_id"], kept)
            merges[row["merged_id"]] = kept
        return result
    if not merges:
        return apply_op(batch, op)
    redirected = _redirected(batch, merges, op)
    if redirected is None:
        return "merged", {"redirected": merges[uuid_of(op.entity_id)].hex}
    return apply_op(batch, redirected)


def _prepare(batch: Any, ops: list[Op]) -> dict[uuid.UUID, uuid.UUID]:
    """merged-away id → kept id, for the clients this push names."""
    ids: set[uuid.UUID] = set(batch.rows.get("clients", {}))
    for op in ops:
        for column in _NAMING:
            for value in op.fields.get(column) or ():
                if isinstance(value, str):
                    try:
                        ids.add(uuid_of(value))
                    except ValueError:
                        pass
    merges: dict[uuid.UUID, uuid.UUID] = {}
    ask = ids
    for _ in range(8):  # a client merged into one merged later: follow the chain
        if not ask:
            break
        found = dict(
            batch.conn.execute(
                select(_MERGES.c.merged_id, _MERGES.c.kept_id)
                .where(_MERGES.c.merged_id.in_(list(ask)), _MERGES.c.deleted.is_(False))
                .order_by(_MERGES.c.merged_at)
            ).all()
        )
        new = {k: v for k, v in found.items() if k not in merges}
        merges.update(new)
        ask = set(new.values()) - set(merges)
    for merged in list(merges):
        kept = merges[merged]
        while kept in merges and merges[kept] != kept:
            kept = merges[kept]
        merges[merged] = kept
    if merges:
        missing = set(merges.values()) - set(batch.rows["clients"])
        batch.rows["clients"].update(load_rows(batch.conn, "clients", missing))
        for merged, kept in merges.items():
            # Whoever may write the merged-away client may write where it went.
            if merged in batch.visible_clients:
                batch.visible_clients.add(kept)
    return merges


def _redirected(batch: Any, merges: dict[uuid.UUID, uuid.UUID], op: Op) -> Op | None:
    fields = dict(op.fields)
    for column in _NAMING:
        pair = fields.get(column)
        if pair:
            fields[column] = [_kept_hex(merges, v) for v in pair]
    entity_id = op.entity_id
    if op.entity == "clients":
        row_id = uuid_of(op.entity_id)
        kept = merges.get(row_id)
        if kept is not None:
            # The sender pulls the merged-away client back as head office keeps it.
            if row_id in batch.rows["clients"]:
                batch.touched[("clients", row_id)] = None
            merged_row = batch.rows["clients"].get(row_id) or {}
            kept_row = batch.rows["clients"].get(kept) or {}
            fields = {c: p for c, p in fields.items() if c not in _NOT_REDIRECTED}
            for column, pair in list(fields.items()):
                if len(pair) == 2 and to_wire("clients", column, merged_row.get(column)) == pair[0]:
                    fields[column] = [to_wire("clients", column, kept_row.get(column)), pair[1]]
            if not fields:
                batch.touched[("clients", kept)] = None
                return None
            entity_id = kept.hex
    if fields == op.fields and entity_id == op.entity_id:
        return op
    return op.model_copy(update={"fields": fields, "entity_id": entity_id})


def _kept_hex(merges: dict[uuid.UUID, uuid.UUID], value: Any) -> Any:
    if isinstance(value, str):
        try:
            kept = merges.get(uuid_of(value))
        except ValueError:
            return value
        if kept is not None:
            return kept.hex
    return value


def merge(batch: Any, merged: uuid.UUID, kept: uuid.UUID) -> None:
    """Move every row naming `merged` onto `kept`, as this push leaves them, logged."""
    conn = batch.conn
    naming = reach.rows_naming(conn, [merged])
    for name, by_id in list(batch.rows.items()):
        named = [c for t, c in reach.client_columns() if t == name]
        for row_id, row in by_id.items():
            for column in named:
                if row.get(column) == merged:
                    naming[name][row_id].add(column)
    for name, by_id in naming.items():
        missing = set(by_id) - set(batch.rows[name])
        batch.rows[name].update(load_rows(conn, name, missing))
        for row_id, columns in by_id.items():
            batch.write(name, row_id, dict.fromkeys(columns, kept))
    merged_row = batch.rows["clients"].get(merged) or load_rows(conn, "clients", {merged}).get(
        merged
    )
    kept_row = batch.rows["clients"].get(kept)
    if merged_row and kept_row and merged_row["home_store_id"] != kept_row["home_store_id"]:
        # The merged-away client's store keeps seeing the person: grant the kept client
        # and log its whole record, which that store's devices have never pulled.
        changelog.grant(conn, merged_row["home_store_id"], {kept}, "merged", batch.now)
        batch.touched[("clients", kept)] = None
        for name, by_id in reach.rows_naming(conn, [kept]).items():
            missing = set(by_id) - set(batch.rows[name])
            batch.rows[name].update(load_rows(conn, name, missing))
            for row_id in by_id:
                batch.touched[(name, row_id)] = None
