"""An erasure's reach in a database, device or head office alike: every row held
about a client, what anonymising each becomes, and the field history to drop. What
only a device does (its outbox, search index and file) is in `sync/erasure.py`.

The rules of what each row becomes are in `domain/erasure.py`; this module finds
the rows and applies them in SQL."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, select

from jeweldesk.domain import erasure as rules
from jeweldesk.storage.models import Base

Rows = dict[str, dict[uuid.UUID, dict[str, Any]]]
T = TypeVar("T")


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def chunks(ids: Iterable[T]) -> list[list[T]]:
    ids = list(ids)
    return [ids[i : i + 500] for i in range(0, len(ids), 500)]


def related_rows(conn: Connection, client_id: uuid.UUID) -> Rows:
    """Every row held about the client, typed, by table: the client, its rows, their
    children, other clients' relationship rows naming them (with what was recorded
    through those), and conflicts kept about any of these."""
    out: Rows = defaultdict(dict)
    clients = table("clients")
    for row in conn.execute(select(clients).where(clients.c.id == client_id)).mappings():
        out["clients"][row["id"]] = dict(row)
    for name in rules.CLIENT_TABLES:
        t = table(name)
        for row in conn.execute(select(t).where(t.c.client_id == client_id)).mappings():
            out[name][row["id"]] = dict(row)
    rel = table("relationships")
    naming = {
        row["id"]: dict(row)
        for row in conn.execute(select(rel).where(rel.c.related_client_id == client_id)).mappings()
    }
    out["relationships"].update(naming)
    for name in rules.RELATIONSHIP_TABLES:
        t = table(name)
        for chunk in chunks(naming):
            for row in conn.execute(select(t).where(t.c.relationship_id.in_(chunk))).mappings():
                out[name][row["id"]] = dict(row)
    for child, column, parent in rules.CHILD_TABLES:
        t = table(child)
        for chunk in chunks(out.get(parent, {})):
            for row in conn.execute(select(t).where(t.c[column].in_(chunk))).mappings():
                out[child][row["id"]] = dict(row)
    conflicts = table("sync_conflicts")
    ids = [i for name, rows in out.items() if name != "sync_conflicts" for i in rows]
    for chunk in chunks(ids):
        for row in conn.execute(
            select(conflicts).where(conflicts.c.entity_id.in_(chunk))
        ).mappings():
            out["sync_conflicts"][row["id"]] = dict(row)
    return out


def planned_changes(rows: Rows, at: dt.datetime) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    """(table, id) → the anonymised values of each row that is not anonymised yet."""
    out = {}
    for name, by_id in rows.items():
        for row_id, row in by_id.items():
            changes = rules.row_changes(name, row, at)
            if changes:
                out[(name, row_id)] = changes
    return out


def entity_ids(rows: Rows) -> set[uuid.UUID]:
    return {i for by_id in rows.values() for i in by_id}


def purge_history(conn: Connection, ids: set[uuid.UUID]) -> None:
    """Field history keeps every value a field held: the client's old ones must go."""
    history = table("field_history")
    for chunk in chunks(ids):
        conn.execute(history.delete().where(history.c.entity_id.in_(chunk)))
