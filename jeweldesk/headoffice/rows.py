"""Reading and writing rows by table name in batches, on either database."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from jeweldesk.storage.models import Base


def table(name: str):
    return Base.metadata.tables[name]


def load_rows(conn: Connection, name: str, ids: Iterable[uuid.UUID], *, for_update: bool = False) -> dict[uuid.UUID, dict]:
    """Typed rows by id, a few hundred ids per query."""
    ids = list(dict.fromkeys(i for i in ids if i is not None))
    out: dict[uuid.UUID, dict] = {}
    t = table(name)
    for start in range(0, len(ids), 500):
        query = select(t).where(t.c.id.in_(ids[start : start + 500]))
        if for_update and conn.dialect.name == "postgresql":
            query = query.with_for_update()
        for row in conn.execute(query).mappings():
            out[row["id"]] = dict(row)
    return out


def write_inserts(conn: Connection, inserts: dict[str, list[dict]]) -> None:
    for name, rows in inserts.items():
        if rows:
            t = table(name)
            # executemany needs the same keys in every row: fill the missing with defaults.
            keys = set().union(*rows)
            conn.execute(t.insert(), [{k: r.get(k, _default(t, k)) for k in keys} for r in rows])


def _default(t, key: str) -> Any:
    col = t.c[key]
    if col.default is not None and getattr(col.default, "is_scalar", False):
        return col.default.arg
    return None


def write_updates(conn: Connection, updates: dict[str, dict[uuid.UUID, dict]]) -> None:
    """Grouped by the set of columns changed, one executemany per group."""
    from sqlalchemy import bindparam

    for name, by_id in updates.items():
        t = table(name)
        groups: dict[frozenset, list[dict]] = defaultdict(list)
        for row_id, values in by_id.items():
            if values:
                groups[frozenset(values)].append({"_id": row_id, **{f"_v_{k}": v for k, v in values.items()}})
        for columns, params in groups.items():
            statement = t.update().where(t.c.id == bindparam("_id")).values({c: bindparam(f"_v_{c}") for c in columns})
            conn.execute(statement, params)
