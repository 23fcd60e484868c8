"""Applying a device's pushed ops: the merge rules of SYNC.md, in one transaction
with the device's `last_seq`, with the SQL batched (a few statements per push, never
a round trip per op).

- Profile fields: a field-level three-way compare against each op's `old` value:
  server == old → apply; == new → nothing to do; otherwise a conflict. The first
  value to arrive at head office stays; the loser is kept in `sync_conflicts`.
- Purchases are immutable; issued documents may only be voided.
- An edit to a deleted record is a conflict: never a silent undelete or loss.
- Every applied field change is kept in `field_history`.
- A rejected op still advances `last_seq`; its payload is kept with its result.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, select, update

from jeweldesk.domain.ids import new_id
from jeweldesk.headoffice import (
    benefits,
    books,
    cases,
    changelog,
    client_moves,
    consents,
    erasure,
    events,
    merging,
    service_jobs,
)
from jeweldesk.headoffice.fields import Rejected, table_fields, uuid_of
from jeweldesk.headoffice.rows import (
    copy_rows,
    insert_many,
    json_text,
    load_rows,
    table,
    write_inserts,
    write_updates,
)
from jeweldesk.protocol.models import Op, PushRequest
from jeweldesk.protocol.scope import (
    DEVICE_WRITABLE,
    IMMUTABLE,
    OWNERS,
    VOIDABLE,
    owner_ids,
)
from jeweldesk.protocol.wire import row_to_wire, to_wire
from jeweldesk.storage.models import Base, synced_tables
from jeweldesk.storage.models.sync import AppliedOp, Device

SYNCED = set(synced_tables())
# A row's owner as typed ids: (store id, client id).
OwnerIds = tuple[uuid.UUID | None, uuid.UUID | None]
GLOBAL: OwnerIds = (None, None)
HISTORY_TABLES = {
    "clients",
    "contact_points",
    "preferences",
    "ring_sizes",
    "measurements",
    "important_dates",
    "relationships",
    "consents",
    "book_entries",
    "owned_pieces",
    "stones",
    "wishlist_items",
}


class SeqGap(Exception):
    def __init__(self, last_seq: int) -> None:
        super().__init__(f"expected device_seq {last_seq + 1}")
        self.last_seq = last_seq


class DeviceReset(Exception):
    """The device resent a sequence number with a different op: it was restored from a
    backup and must take a new device id."""

    def __init__(self, last_seq: int) -> None:
        super().__init__("device restored from a backup")
        self.last_seq = last_seq


def same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a.astimezone(dt.UTC) == b.astimezone(dt.UTC)
    return a == b


@dataclass
class Batch:
    """Everything one push reads and writes, so the SQL can be batched."""

    conn: Connection
    device_id: str
    store_id: uuid.UUID
    now: dt.datetime
    rows: dict[str, dict[uuid.UUID, dict]] = field(default_factory=lambda: defaultdict(dict))
    inserted: dict[str, dict[uuid.UUID, dict]] = field(default_factory=lambda: defaultdict(dict))
    updates: dict[str, dict[uuid.UUID, dict]] = field(default_factory=lambda: defaultdict(dict))
    touched: dict[tuple[str, uuid.UUID], None] = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)
    visible_clients: set[uuid.UUID] = field(default_factory=set)
    new_grants: set[uuid.UUID] = field(default_factory=set)
    # What the checks around the merge work out once per push (erasure's screen, the
    # people book changes name), kept with the push itself.
    memo: dict[str, Any] = field(default_factory=dict)

    def owner(self, name: str, row: dict) -> OwnerIds | None:
        """The (store id, client id) a typed row belongs to (`scope.owner_ids`, read on
        typed rows: no ids go to hex and back); None for an orphan, which nobody may
        write."""
        return owner_ids(name, row, self._row)

    def _row(self, name: str, row_id: uuid.UUID | None) -> dict | None:
        return self.rows[name].get(row_id) if row_id is not None else None

    def write(self, name: str, row_id: uuid.UUID, values: dict) -> None:
        row = self.rows[name][row_id]
        row.update(values)
        if row_id in self.inserted[name]:
            self.inserted[name][row_id].update(values)
        else:
            self.updates[name].setdefault(row_id, {}).update(values)
        self.touched[(name, row_id)] = None

    def insert(self, name: str, row: dict) -> None:
        self.rows[name][row["id"]] = dict(row)
        self.inserted[name][row["id"]] = dict(row)
        self.touched[(name, row["id"])] = None


def _preload(batch: Batch, ops: list[Op]) -> None:
    """Current rows, their parents, referenced rows and visible clients, per table."""
    conn = batch.conn
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for op in ops:
        if op.entity in SYNCED:
            wanted[op.entity].add(uuid_of(op.entity_id))
            fields = op.fields
            for column, targets in table_fields(op.entity).references.items():
                pair = fields.get(column)
                if pair and len(pair) == 2 and isinstance(pair[1], str):
                    for target in targets:
                        try:
                            wanted[target].add(uuid_of(pair[1]))
                        except ValueError:
                            pass
    for name, ids in wanted.items():
        batch.rows[name].update(load_rows(conn, name, ids))
    # Parents of rows owned through a parent, when the parent was not named by an op.
    parents: dict[str, set[uuid.UUID]] = defaultdict(set)
    for name, rule in OWNERS.items():
        if rule[0] == "parent":
            for row in batch.rows.get(name, {}).values():
                if row.get(rule[1]) is not None:
                    parents[rule[2]].add(row[rule[1]])
    for name, ids in parents.items():
        missing = ids - set(batch.rows[name])
        if missing:
            batch.rows[name].update(load_rows(conn, name, missing))
    batch.visible_clients = changelog.visible_client_ids(
        conn, batch.store_id, _client_ids(batch, ops)
    )


def _client_ids(batch: Batch, ops: list[Op]) -> set[uuid.UUID]:
    ids: set[uuid.UUID] = set(batch.rows.get("clients", {}))
    for by_id in list(batch.rows.values()):
        for row in by_id.values():
            if row.get("client_id") is not None:
                ids.add(row["client_id"])
    for op in ops:
        pair = op.fields.get("client_id")
        if pair and isinstance(pair[-1], str):
            try:
                ids.add(uuid_of(pair[-1]))
            except ValueError:
                pass
    return ids


def _may_write(batch: Batch, owner: OwnerIds | None, name: str, row: dict) -> bool:
    if owner is None:
        return False  # an orphan
    store_id, client_id = owner
    if client_id is not None:
        if client_id in batch.visible_clients:
            return True
        if name == "clients" and row.get("home_store_id") == batch.store_id:
            batch.visible_clients.add(client_id)
            return True
        return False
    return store_id is not None and store_id == batch.store_id


def _check_references(batch: Batch, name: str, values: dict) -> None:
    references = table_fields(name).references
    for column, value in values.items():
        if value is None:
            continue
        for target in references.get(column, ()):
            if value not in batch.rows[target]:
                raise Rejected("refusal.unknown_reference", field=column, target=target)


# A step of a job moves its status with the times and notes that go with it: when the
# status lost to another device's step, those go to review with it, or a job "at the
# workshop" would carry the other device's "returned" time and reason.
STEP_FIELDS = {
    "service_jobs": (
        "status",
        frozenset(
            {
                "sent_to_workshop_at",
                "ready_at",
                "collected_at",
                "returned_at",
                "collected_by_id",
                "closing_note",
            }
        ),
    )
}


def _held_with_step(
    name: str, current: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> frozenset[str]:
    """The fields of `new` kept back because the step they belong to lost."""
    if name not in STEP_FIELDS:
        return frozenset()
    status, companions = STEP_FIELDS[name]
    if status not in new:
        return frozenset()
    server = current.get(status)
    if same(server, new[status]) or same(server, old.get(status)):
        return frozenset()
    return companions & set(new)


def _conflict(
    batch: Batch,
    name: str,
    row_id: uuid.UUID,
    owner: OwnerIds,
    column: str,
    kind: str,
    base: Any,
    theirs: Any,
    mine: Any,
    current: dict,
    op: Op,
) -> uuid.UUID:
    conflict_id = new_id()
    batch.insert(
        "sync_conflicts",
        {
            "id": conflict_id,
            "entity": name,
            "entity_id": row_id,
            "store_id": owner[0],
            "client_id": owner[1],
            "field": column,
            "kind": kind,
            "base_value": to_wire(name, column, base) if column in table(name).c else base,
            "theirs_value": to_wire(name, column, theirs) if column in table(name).c else theirs,
            "mine_value": to_wire(name, column, mine) if column in table(name).c else mine,
            "theirs_device": current.get("updated_by_device") or "",
            "mine_device": batch.device_id,
            "theirs_hlc": current.get("updated_hlc") or "",
            "mine_hlc": op.hlc,
            "detected_at": batch.now,
            "resolved_at": None,
            "resolution": "",
            "resolved_by_id": None,
            "updated_hlc": op.hlc,
            "updated_by_device": "headoffice",
            "server_version": None,
            "deleted": False,
        },
    )
    return conflict_id


def _finishing_own(batch: Batch, op: Op, current: dict, old: dict, new: dict) -> bool:
    """The device that recorded an immutable row finishing it in the same local write
    (a purchase is inserted with total 0, then its total is set once its lines exist:
    two captured ops). Allowed only for that device, and only from the values head
    office holds (a clean three-way compare), so nobody else's value is ever changed."""
    return (
        op.kind == "update"
        and current["id"]
        in batch.inserted[op.entity]  # inserted by this very push, not any earlier one
        and current.get("updated_by_device") == batch.device_id
        and all(same(current.get(k), old.get(k)) for k in new)
    )


def _apply_op(batch: Batch, op: Op) -> tuple[str, dict]:
    """The op's result and its detail."""
    name = op.entity
    if name not in SYNCED or name not in OWNERS:
        raise Rejected("refusal.not_synced", entity=name)
    row_id = uuid_of(op.entity_id)
    fields = table_fields(name)
    new = fields.typed(op.fields, 1)
    current = batch.rows[name].get(row_id)
    books.check(batch, op, current, new)
    events.check(batch, op, current, new)
    benefits.check(batch, op, current, new)
    cases.check(batch, op, current, new)
    consents.check(batch, op, current, new)
    service_jobs.check(batch, op, current, new)
    client_moves.check(batch, op, current, new)

    writable = DEVICE_WRITABLE.get(name)
    if current is None:
        # A new record: its old values play no part (an insert's are all None).
        if op.kind != "insert":
            raise Rejected("refusal.unknown_record")
        if writable is not None:
            raise Rejected("refusal.added_at_head_office", entity=name)
        row = fields.with_defaults(
            {"id": row_id, **new, "updated_hlc": op.hlc, "updated_by_device": batch.device_id}
        )
        row.setdefault("deleted", False)
        fields.check_required(row)
        owner = batch.owner(name, row)
        if not _may_write(batch, owner, name, row):
            raise Rejected("refusal.out_of_scope")
        _check_references(batch, name, {k: v for k, v in new.items()})
        batch.insert(name, row)
        if name == "clients" and row.get("home_store_id") != batch.store_id:
            batch.new_grants.add(row_id)
        return "applied", {}

    owner = batch.owner(name, current)
    if owner is None or not _may_write(batch, owner, name, current):
        raise Rejected("refusal.out_of_scope")
    if op.kind == "insert":
        old = dict.fromkeys(new)  # the same record arriving twice: compare field by field
    else:
        old = fields.typed(op.fields, 0)
    if writable is not None and any(
        k not in writable and not same(current.get(k), v) for k, v in new.items()
    ):
        raise Rejected("refusal.head_office_fields", fields=sorted(writable), entity=name)
    if (
        name in IMMUTABLE
        and any(not same(current.get(k), v) for k, v in new.items())
        and not _finishing_own(batch, op, current, old, new)
    ):
        raise Rejected("refusal.immutable", entity=name)
    if (
        name in VOIDABLE
        and set(new) - VOIDABLE[name]
        and any(not same(current.get(k), v) for k, v in new.items() if k not in VOIDABLE[name])
    ):
        raise Rejected("refusal.void_only")

    applied: dict[str, Any] = {}
    conflicts: list[str] = []
    unchanged = 0
    held = _held_with_step(name, current, old, new)
    for column, value in new.items():
        server = current.get(column)
        if current.get("deleted") and column != "deleted" and not same(server, value):
            conflicts.append(
                str(
                    _conflict(
                        batch,
                        name,
                        row_id,
                        owner,
                        column,
                        "edit_after_delete",
                        old.get(column),
                        server,
                        value,
                        current,
                        op,
                    )
                )
            )
            continue
        if current.get("deleted") and column == "deleted" and not value:
            conflicts.append(
                str(
                    _conflict(
                        batch,
                        name,
                        row_id,
                        owner,
                        column,
                        "edit_after_delete",
                        old.get(column),
                        server,
                        value,
                        current,
                        op,
                    )
                )
            )
            continue
        if same(server, value):
            unchanged += 1
        elif same(server, old.get(column)) and column not in held:
            applied[column] = value
        else:
            conflicts.append(
                str(
                    _conflict(
                        batch,
                        name,
                        row_id,
                        owner,
                        column,
                        "field",
                        old.get(column),
                        server,
                        value,
                        current,
                        op,
                    )
                )
            )
    if applied:
        _check_references(batch, name, applied)
        if name in HISTORY_TABLES or name == "notes":
            for column, value in applied.items():
                batch.history.append(
                    {
                        "entity": name,
                        "entity_id": row_id,
                        "field": column,
                        "old_value": to_wire(name, column, current.get(column)),
                        "new_value": to_wire(name, column, value),
                        "device_id": batch.device_id,
                        "hlc": op.hlc,
                        "at": batch.now,
                    }
                )
        stamp = {"updated_by_device": batch.device_id}
        if op.hlc > (current.get("updated_hlc") or ""):
            stamp["updated_hlc"] = op.hlc
        batch.write(name, row_id, {**applied, **stamp})
        if (
            name == "clients"
            and "home_store_id" in applied
            and applied["home_store_id"] != batch.store_id
        ):
            batch.new_grants.add(row_id)  # the client moved: the store keeps seeing them
    if conflicts:
        # The device that lost still shows its own value (the op is acknowledged, so it
        # is no longer re-applied on pull): log the row as head office keeps it, so the
        # next pull puts the winner back on that device.
        batch.touched[(name, row_id)] = None
        return "conflict", {"conflicts": conflicts}
    if unchanged and not applied:
        return "merged", {}
    return "applied", {}


@cache
def _insert_order() -> dict[str, int]:
    """Tables in the order their rows are inserted: referenced tables first."""
    return {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}


def apply_push(conn: Connection, device_id: str, store_id: uuid.UUID, request: PushRequest) -> dict:
    """Apply a push in the caller's transaction; raises SeqGap or DeviceReset. The
    answer is a `PushResponse` as plain data: serialised straight to JSON, it costs a
    fiftieth of building and dumping a model per op."""
    now = dt.datetime.now(dt.UTC)
    devices = Base.metadata.tables["devices"]
    query = select(devices.c.last_seq).where(devices.c.id == device_id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    last_seq = conn.execute(query).scalar_one()

    ops = sorted(request.ops, key=lambda o: o.device_seq)
    replays = [o for o in ops if o.device_seq <= last_seq]
    fresh = [o for o in ops if o.device_seq > last_seq]
    results: list[dict] = []
    if replays:
        applied_ops = Base.metadata.tables["applied_ops"]
        stored = {
            r.device_seq: r
            for r in conn.execute(
                select(applied_ops).where(
                    applied_ops.c.device_id == device_id,
                    applied_ops.c.device_seq.in_([o.device_seq for o in replays]),
                )
            )
        }
        for op in replays:
            original = stored.get(op.device_seq)
            if original is None or original.op_id != op.op_id:
                raise DeviceReset(last_seq)
            results.append(
                {
                    "device_seq": op.device_seq,
                    "op_id": op.op_id,
                    "result": original.result,
                    "detail": dict(original.detail or {}),
                }
            )
    for expected, op in enumerate(fresh, start=last_seq + 1):
        if op.device_seq != expected:
            raise SeqGap(last_seq)
    if not fresh:
        return {"last_seq": last_seq, "results": results}

    batch = Batch(conn, device_id, store_id, now)
    _preload(batch, fresh)
    applied: list[tuple] = []
    for op in fresh:
        try:
            result, detail = merging.screened(
                batch, op, fresh, lambda b, o: erasure.screened(b, o, fresh, _apply_op)
            )
        except Rejected as exc:
            result, detail = "rejected", exc.detail()
            _send_back(batch, op)
        results.append(
            {"device_seq": op.device_seq, "op_id": op.op_id, "result": result, "detail": detail}
        )
        applied.append(
            (
                op.device_seq,
                op.op_id,
                result,
                detail,
                op.model_dump() if result == "rejected" else None,
            )
        )

    benefits.flag_double_uses(batch)  # before the inserts: its conflicts are inserts too
    ordered = _insert_order()
    write_inserts(
        conn,
        {
            name: list(rows.values())
            for name, rows in sorted(batch.inserted.items(), key=lambda kv: ordered[kv[0]])
        },
    )
    write_updates(conn, batch.updates)
    if batch.history:
        insert_many(conn, Base.metadata.tables["field_history"], batch.history)
    changelog.flag_double_bookings(batch)
    changelog.grant(conn, store_id, batch.new_grants, "served", now)
    _record_applied(conn, device_id, applied, now)
    conn.execute(
        update(Device)
        .where(Device.id == device_id)
        .values(last_seq=fresh[-1].device_seq, last_push_at=now, pending_reported=request.pending)
    )
    # Last: logging takes the change-log lock, held until this transaction commits.
    _log(batch)
    return {"last_seq": fresh[-1].device_seq, "results": results}


def _send_back(batch: Batch, op: Op) -> None:
    """A refused change to a record head office holds: log the record as head office
    keeps it, so the sender's next pull puts it back. The device holds the refused
    values in its outbox with the reason, for the person to see; without this it went
    on showing them as if they had been kept, until someone else changed the record."""
    if op.entity not in SYNCED:
        return
    try:
        row_id = uuid_of(op.entity_id)
    except ValueError:
        return
    if row_id in batch.rows[op.entity]:
        batch.touched[(op.entity, row_id)] = None


def _record_applied(
    conn: Connection, device_id: str, applied: list[tuple], now: dt.datetime
) -> None:
    """One `applied_ops` row per op: (device_seq, op_id, result, detail, the payload
    of a rejected op). On PostgreSQL the rows go to COPY as they are, the usual empty
    detail and payload as one ready-made text, rather than through the generic
    per-column processing (a push writes up to 1,000 of them)."""
    table = AppliedOp.__table__
    if conn.dialect.name != "postgresql":
        insert_many(
            conn,
            table,
            [
                {
                    "device_id": device_id,
                    "device_seq": seq,
                    "op_id": op_id,
                    "result": result,
                    "detail": detail,
                    "payload": payload or {},
                    "at": now,
                }
                for seq, op_id, result, detail, payload in applied
            ],
        )
        return
    copy_rows(
        conn,
        table,
        ("device_id", "device_seq", "op_id", "result", "detail", "payload", "at"),
        [
            (
                device_id,
                seq,
                op_id,
                result,
                json_text(detail) if detail else "{}",
                json_text(payload) if payload else "{}",
                now,
            )
            for seq, op_id, result, detail, payload in applied
        ],
    )


def _log(batch: Batch) -> None:
    """Every row the push touched, as head office now holds it, into the change log."""
    entries = []
    for name, row_id in batch.touched:
        row = batch.rows[name][row_id]
        store_id, client_id = batch.owner(name, row) or GLOBAL
        entries.append((name, row_id, store_id, client_id, row_to_wire(name, row)))
    changelog.log_entries(batch.conn, entries, batch.now)
