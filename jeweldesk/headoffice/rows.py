"""Reading and writing rows by table name in batches, on either database."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.sql.elements import ClauseElement

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


def insert_many(conn: Connection, t, rows: list[dict], constants: dict | None = None) -> None:
    """INSERT many rows with the same keys; `constants` are column values (SQL
    expressions allowed) shared by every row.

    On PostgreSQL this is one `INSERT … SELECT … FROM unnest(arrays)` statement per
    table: one round trip whose text does not depend on the number of rows, so it is
    parsed once and prepared (psycopg 3 would otherwise run an executemany as one
    statement per row). The values go through the same SQLAlchemy bind processors
    and Python-side column defaults as a plain `t.insert()` executemany, which is
    what other databases (SQLite) still run."""
    if not rows:
        return
    constants = dict(constants or {})
    # Plain values travel with the rows; only SQL expressions stay constants (a bound
    # constant would land out of order among the unnest arrays' parameters).
    plain = {k: v for k, v in constants.items() if not isinstance(v, ClauseElement)}
    if plain:
        rows = [{**r, **plain} for r in rows]
        constants = {k: v for k, v in constants.items() if k not in plain}
    if conn.dialect.name != "postgresql" or len(rows) < 2 or not _insert_unnest(conn, t, rows, constants):
        statement = t.insert().values(**constants) if constants else t.insert()
        conn.execute(statement, rows)


def _insert_unnest(conn: Connection, t, rows: list[dict], constants: dict) -> bool:
    keys = list(rows[0])
    keyset = set(keys)
    if any(len(r) != len(keys) or r.keys() != keyset for r in rows) or keyset & set(constants):
        return False
    if any(k not in t.c for k in keys) or any(k not in t.c for k in constants):
        return False
    dialect = conn.dialect
    columns: list[tuple[str, list]] = []
    for key in keys:
        columns.append((key, [r[key] for r in rows]))
    for col in t.c:
        if col.name in keyset or col.name in constants or col.default is None:
            continue
        if col.default.is_scalar:
            columns.append((col.name, [col.default.arg] * len(rows)))
        elif col.default.is_callable:
            columns.append((col.name, [col.default.arg(None) for _ in rows]))
        else:
            return False  # a sequence or SQL default: leave it to SQLAlchemy
    prep = dialect.identifier_preparer
    names, arrays, casts = [], [], []
    for name, values in columns:
        col = t.c[name]
        process = col.type._cached_bind_processor(dialect)
        if process is not None:
            values = [process(v) for v in values]
        names.append(prep.quote(name))
        arrays.append(values)
        casts.append(f"%b::{col.type.compile(dialect=dialect)}[]")
    extra = [
        (prep.quote(name), str(value.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
         if hasattr(value, "compile") else None, value)
        for name, value in constants.items()
    ]
    selected = ["u.*"]
    params = list(arrays)
    for name, sql, value in extra:
        names.append(name)
        if sql is None:
            selected.append(f"%s::{t.c[name.strip(chr(34))].type.compile(dialect=dialect)}")
            params.append(value)
        else:
            selected.append(sql)
    statement = (
        f"INSERT INTO {prep.format_table(t)} ({', '.join(names)}) "
        f"SELECT {', '.join(selected)} FROM unnest({', '.join(casts)}) AS u"
    )
    conn.exec_driver_sql(statement, tuple(params))
    return True


def write_inserts(conn: Connection, inserts: dict[str, list[dict]]) -> None:
    for name, rows in inserts.items():
        if rows:
            t = table(name)
            # executemany needs the same keys in every row: fill the missing with defaults.
            keys = set().union(*rows)
            insert_many(conn, t, [{k: r.get(k, _default(t, k)) for k in keys} for r in rows])


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
