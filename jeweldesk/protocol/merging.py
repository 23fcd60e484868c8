"""A merge's reach in a database, device or head office alike: every column that
names a client, and the rows of the merged-away client that move to the kept one.

Found from the models (every foreign key to `clients.id`), so a table added later
moves with a merge without anyone remembering to list it. The merge record itself
(`client_merges`) and head office's grants are not moved; the device-only caches are
handled by the device (`services/merging.py`)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from sqlalchemy import Connection, select, update

from jeweldesk.storage.models import Base, synced_tables

MERGES = "client_merges"
# Not moved by the rule: the merge record names both on purpose; grants are head
# office's own, per store.
_NOT_MOVED = frozenset({MERGES, "client_grants"})
# Device-only caches, rebuilt from the synced rows (a client's standing is keyed by
# the client: the merged-away one's is dropped, and the kept one's recomputed).
CACHES = frozenset({"client_standings", "search_keys"})


@cache
def client_columns() -> tuple[tuple[str, str], ...]:
    """(table, column) of every synced column naming a client, in table order."""
    synced = set(synced_tables())
    out = []
    for t in Base.metadata.sorted_tables:
        if t.name in _NOT_MOVED or t.name not in synced:
            continue
        for fk in sorted(t.foreign_keys, key=lambda f: f.parent.name):
            if fk.column.table.name == "clients" and fk.column.name == "id":
                out.append((t.name, fk.parent.name))
    # Conflicts name their client without a foreign key (the record may be gone).
    out.append(("sync_conflicts", "client_id"))
    return tuple(out)


@cache
def local_columns() -> tuple[tuple[str, str], ...]:
    """(table, column) of the device-only tables naming a client that keep rows about
    it (its segment history), the caches aside."""
    synced = set(synced_tables())
    out = []
    for t in Base.metadata.sorted_tables:
        if t.name in synced or t.name in _NOT_MOVED or t.name in CACHES:
            continue
        for fk in t.foreign_keys:
            if fk.column.table.name == "clients" and fk.column.name == "id":
                out.append((t.name, fk.parent.name))
    return tuple(out)


def rows_naming(
    conn: Connection, client_ids: Iterable[uuid.UUID]
) -> dict[str, dict[uuid.UUID, set[str]]]:
    """table → row id → the columns of that row naming one of the clients."""
    ids = list(client_ids)
    out: dict[str, dict[uuid.UUID, set[str]]] = defaultdict(lambda: defaultdict(set))
    if not ids:
        return out
    for name, column in client_columns():
        t = Base.metadata.tables[name]
        for start in range(0, len(ids), 500):
            for row_id in conn.execute(
                select(t.c.id).where(t.c[column].in_(ids[start : start + 500]))
            ).scalars():
                out[name][row_id].add(column)
    return out


def move_rows(
    conn: Connection, merged_id: uuid.UUID, kept_id: uuid.UUID, *, local: bool = False
) -> int:
    """Point every row naming the merged-away client at the kept one, in SQL (the
    caller decides whether the writes are captured); `local` also moves the
    device-only rows. The number of rows moved."""
    moved = 0
    columns = client_columns() + (local_columns() if local else ())
    for name, column in columns:
        t = Base.metadata.tables[name]
        result = conn.execute(update(t).where(t.c[column] == merged_id).values({column: kept_id}))
        moved += result.rowcount or 0
    return moved
