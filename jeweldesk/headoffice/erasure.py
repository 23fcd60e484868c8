"""Head office's part in a client's erasure, screened ahead of the usual merge.

- The op that erases a client (its `erased_at` set) wins whatever the three-way
  compare would say: head office then applies `domain/erasure.py`'s rules to every
  row it holds about the client (rows from other stores' devices too), logs them so
  every device that sees the client pulls the anonymised rows, and purges what
  would keep the old values: their field history, older change-log entries, the
  payloads of rejected ops, and conflicts (tombstoned and blanked, as they sync).
- Any later op about an erased client's rows (an offline device that edited before
  it heard of the erasure) can no longer bring personal data back: personal
  columns are dropped from updates and blanked in inserts, updates to rows that
  went are dropped, and what remains merges as usual. A dropped op is answered
  `merged` (with `dropped` in its detail) and never parked as a conflict.

Erasures are rare; pushes are not. The screen costs one indexed query per push,
for the clients the push touches."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from jeweldesk.domain import erasure as rules
from jeweldesk.domain.vocab import Role
from jeweldesk.headoffice import changelog, files
from jeweldesk.headoffice.fields import Rejected, table_fields, uuid_of
from jeweldesk.headoffice.rows import among_ids, chunks, id_array
from jeweldesk.protocol import erasure as reach
from jeweldesk.protocol.models import Op
from jeweldesk.protocol.wire import to_wire
from jeweldesk.storage.models import Base

_CLIENTS = Base.metadata.tables["clients"]
# Which of some clients are erased, on PostgreSQL: one array parameter, built once.
_ERASED_AMONG = select(_CLIENTS.c.id).where(
    among_ids(_CLIENTS.c.id), _CLIENTS.c.erased_at.is_not(None)
)

DROPPED = {"dropped": "client erased"}
_PARENTS = {child: (column, parent) for child, column, parent in rules.CHILD_TABLES}


@dataclass
class _Screen:
    erased: set[uuid.UUID] = field(default_factory=set)  # clients erased at head office
    naming: set[uuid.UUID] = field(default_factory=set)  # relationship rows naming one of them

    @property
    def idle(self) -> bool:
        return not self.erased and not self.naming


def _screen_for(batch, ops: list[Op]) -> _Screen:
    """One screen per push, kept with it."""
    screen = batch.memo.get("erasure")
    if screen is None:
        screen = batch.memo["erasure"] = _prepare(batch, ops)
    return screen


def screened(batch, op: Op, ops: list[Op], apply_op) -> tuple[str, dict]:
    """The op's result: `apply_op(batch, op)` (the usual merge), unless the op erases a
    client or touches an erased client's rows."""
    screen = _screen_for(batch, ops)
    erasing = _erasing(op)
    if screen.idle and not erasing:
        return apply_op(batch, op)
    try:
        new = (
            table_fields(op.entity).typed(op.fields, 1) if op.entity in Base.metadata.tables else {}
        )
    except Rejected:
        return apply_op(batch, op)  # let the usual path give its reason
    row_id = uuid_of(op.entity_id)
    current = batch.rows[op.entity].get(row_id)
    if erasing and (current is None or current.get("erased_at") is None):
        if not _may_erase(batch, op.actor):
            if current is not None:
                batch.touched[(op.entity, row_id)] = (
                    None  # the device pulls the client back as head office keeps it
                )
            raise Rejected("refusal.erase_needs_manager")
        erased = (
            _anonymised_insert(op, {**new, "id": row_id})
            if current is None
            else _only_erased_at(op)
        )
        result = apply_op(batch, erased)
        if result[0] != "rejected":
            erase(batch, row_id, new["erased_at"])
            screen.erased.add(row_id)
        return result
    row = current if current is not None else {"id": row_id, **new}
    if not _about_erased(batch, screen, op.entity, row):
        return apply_op(batch, op)
    if current is None:
        return apply_op(batch, _anonymised_insert(op, {**new, "id": row_id}))
    if op.entity != "clients" and rules.RULES[op.entity][0]:
        kept = {}  # the row went with the erasure: nothing to change in it
    else:
        personal = set(rules.row_changes(op.entity, {**current, **new}, batch.now)) | {"erased_at"}
        kept = {c: p for c, p in op.fields.items() if c not in personal}
    if not kept:
        batch.touched[(op.entity, row_id)] = None  # the sender pulls head office's row back
        return "merged", dict(DROPPED)
    result, detail = apply_op(batch, op.model_copy(update={"fields": kept}))
    if len(kept) < len(op.fields):
        batch.touched[(op.entity, row_id)] = None
        detail = {**detail, **DROPPED}
    return result, detail


def _may_erase(batch, actor: str) -> bool:
    """An erasure cannot be undone: head office takes it only from a store manager of
    the device's store, or a head-office person, signed in on the device when it was
    made. The device's own check is not enough (a device is a tablet in a shop)."""
    person = None
    if actor:
        staff = Base.metadata.tables["staff"]
        person = batch.conn.execute(
            select(staff.c.role, staff.c.store_id, staff.c.active, staff.c.deleted).where(
                staff.c.id == uuid_of(actor)
            )
        ).first()
    return (
        person is not None
        and person.active
        and not person.deleted
        and person.role in rules.ROLES_ERASING
        and (person.role == Role.HEAD_OFFICE or person.store_id == batch.store_id)
    )


def _erasing(op: Op) -> bool:
    pair = op.fields.get("erased_at") if op.entity == "clients" else None
    return pair is not None and len(pair) == 2 and pair[1] is not None


def _only_erased_at(op: Op) -> Op:
    """The erasing op reduced to what needs no compare: the rules do the rest."""
    return op.model_copy(update={"fields": {"erased_at": [None, op.fields["erased_at"][1]]}})


def _anonymised_insert(op: Op, new: dict) -> Op:
    """An insert of a row about an erased client: its personal values blanked."""
    changes = rules.row_changes(op.entity, new, dt.datetime.now(dt.UTC))
    fields = dict(op.fields)
    for column, value in changes.items():
        if column in fields or column == "deleted":
            fields[column] = [None, to_wire(op.entity, column, value)]
    return op.model_copy(update={"fields": fields})


def _client_of(batch, name: str, row: dict) -> uuid.UUID | None:
    if name == "clients":
        return row.get("id")
    if row.get("client_id") is not None:
        return row["client_id"]
    if name in _PARENTS:
        column, parent = _PARENTS[name]
        parent_row = batch.rows[parent].get(row.get(column)) if row.get(column) else None
        return parent_row.get("client_id") if parent_row else None
    return None


def _about_erased(batch, screen: _Screen, name: str, row: dict) -> bool:
    if _client_of(batch, name, row) in screen.erased:
        return True
    if name == "relationships":
        return row.get("id") in screen.naming
    if name in rules.RELATIONSHIP_TABLES and row.get("relationship_id") is not None:
        return row["relationship_id"] in screen.naming
    return False


def _prepare(batch, ops: list[Op]) -> _Screen:
    """Which of the clients (and relationship rows) this push touches are erased."""
    clients: set[uuid.UUID] = set()
    relationships: set[uuid.UUID] = set()
    for op in ops:
        if op.entity not in Base.metadata.tables:
            continue
        try:
            row_id = uuid_of(op.entity_id)
        except ValueError:
            continue
        row = batch.rows[op.entity].get(row_id) or {}
        client = (
            _client_of(batch, op.entity, row)
            if row
            else (row_id if op.entity == "clients" else None)
        )
        if client is not None:
            clients.add(client)
        pair = op.fields.get("client_id")
        if pair and isinstance(pair[-1], str):
            try:
                clients.add(uuid_of(pair[-1]))
            except ValueError:
                pass
        if op.entity == "relationships":
            relationships.add(row_id)
        rel = row.get("relationship_id") or _hex_id(op.fields.get("relationship_id"))
        if rel is not None:
            relationships.add(rel)
        if op.entity in _PARENTS and not row:
            parent = _hex_id(op.fields.get(_PARENTS[op.entity][0]))
            parent_row = batch.rows[_PARENTS[op.entity][1]].get(parent) if parent else None
            if parent_row and parent_row.get("client_id") is not None:
                clients.add(parent_row["client_id"])
    conn: Connection = batch.conn
    # Relationship rows name their person: whether that person is erased is asked
    # with the clients themselves, in one indexed query (no scan for erased clients).
    named: dict[uuid.UUID, uuid.UUID] = {}
    if relationships:
        rel = Base.metadata.tables["relationships"]
        for chunk in reach.chunks(relationships):
            for row_id, person in conn.execute(
                select(rel.c.id, rel.c.related_client_id).where(
                    rel.c.id.in_(chunk), rel.c.related_client_id.is_not(None)
                )
            ):
                named[row_id] = person
    screen = _Screen()
    # Clients the push already loaded answer for themselves; the rest in one query
    # (one array parameter on PostgreSQL).
    loaded = batch.rows["clients"]
    ask = []
    for client in clients | set(named.values()):
        row = loaded.get(client)
        if row is None:
            ask.append(client)
        elif row.get("erased_at") is not None:
            screen.erased.add(client)
    for chunk in chunks(conn, ask):
        if conn.dialect.name == "postgresql":
            found = conn.execute(_ERASED_AMONG, {"ids": id_array(chunk)})
        else:
            found = conn.execute(
                select(_CLIENTS.c.id).where(
                    _CLIENTS.c.id.in_(chunk), _CLIENTS.c.erased_at.is_not(None)
                )
            )
        screen.erased |= set(found.scalars())
    screen.naming = {row_id for row_id, person in named.items() if person in screen.erased}
    return screen


def _hex_id(pair: Any) -> uuid.UUID | None:
    if pair and isinstance(pair, list) and isinstance(pair[-1], str):
        try:
            return uuid_of(pair[-1])
        except ValueError:
            return None
    return None


def erase(batch, client_id: uuid.UUID, at: dt.datetime) -> None:
    """Apply the erasure rules to every row head office holds about the client (as
    this push leaves them), log them all, and purge what keeps the old values."""
    conn: Connection = batch.conn
    rows = reach.related_rows(conn, client_id)
    # Rows this push inserted or changed are not written yet: take them as they stand.
    for name, by_id in list(batch.rows.items()):
        for row_id, row in by_id.items():
            if row_id in rows.get(name, {}) or _belongs(batch, name, row, client_id, rows):
                rows[name][row_id] = row
    # Their photos' files, while the rows still name them (the rules blank the names).
    files.discard(conn, rows.get("photos", {}))
    for name, by_id in rows.items():
        for row_id, row in by_id.items():
            batch.rows[name].setdefault(row_id, row)
            changes = rules.row_changes(name, batch.rows[name][row_id], at)
            if changes:
                batch.write(name, row_id, changes)
            else:
                batch.touched[(name, row_id)] = None
    ids = reach.entity_ids(rows)
    reach.purge_history(conn, ids)
    batch.history[:] = [h for h in batch.history if h["entity_id"] not in ids]
    # Older change-log entries hold the rows as they were; each row is logged afresh
    # at the end of this push, so a device behind skips nothing it needs. The lock is
    # the one every change-log writer takes, taken before deleting so two erasing
    # pushes cannot deadlock upgrading their locks.
    changelog.lock_for_logging(conn)
    log = Base.metadata.tables["change_log"]
    for chunk in reach.chunks(ids):
        conn.execute(log.delete().where(log.c.entity_id.in_(chunk)))
    _blank_rejected_payloads(conn, {i.hex for i in ids})
    # The loyalty programme's member number names the person: head office forgets it.
    members = Base.metadata.tables["loyalty_members"]
    conn.execute(members.delete().where(members.c.client_id == client_id))


def _belongs(batch, name: str, row: dict, client_id: uuid.UUID, rows) -> bool:
    """Whether a row this push holds is about the client."""
    if name == "sync_conflicts":
        return row.get("client_id") == client_id or any(
            row.get("entity_id") in by_id for by_id in rows.values()
        )
    if name == "clients" or name not in rules.RULES:
        return False
    if name == "relationships" and row.get("related_client_id") == client_id:
        return True
    return _client_of(batch, name, row) == client_id


def _blank_rejected_payloads(conn: Connection, hex_ids: set[str]) -> None:
    """A rejected op's payload is kept for people to see: not one about these rows."""
    applied = Base.metadata.tables["applied_ops"]
    found = [
        r.id
        for r in conn.execute(
            select(applied.c.id, applied.c.payload).where(applied.c.result == "rejected")
        )
        if isinstance(r.payload, dict) and r.payload.get("entity_id") in hex_ids
    ]
    for chunk in reach.chunks(found):
        conn.execute(update(applied).where(applied.c.id.in_(chunk)).values(payload={}))
