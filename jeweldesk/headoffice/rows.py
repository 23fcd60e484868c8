"""Reading and writing rows by table name in batches, on either database."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import orjson
from sqlalchemy import JSON, Connection, Uuid, any_, bindparam, select, text

from jeweldesk.storage.models import Base


def table(name: str):
    return Base.metadata.tables[name]


def chunks(conn: Connection, ids: Iterable) -> Iterator[list]:
    """Ids to look up, in as many queries as the database needs: all at once on
    PostgreSQL (one array parameter), a few hundred per query on SQLite (its parameter
    limit)."""
    ids = list(dict.fromkeys(i for i in ids if i is not None))
    size = (len(ids) or 1) if conn.dialect.name == "postgresql" else 500
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def among_ids(column):
    """`column = ANY(:ids)` for PostgreSQL, the ids sent as one array literal (see
    `id_array`): psycopg adapts a list of UUIDs value by value, at about 4 us each on
    this kind of machine, where one string costs almost nothing."""
    # The literal is sent untyped and read as uuid[] when the statement is parsed: a
    # typed text parameter cast at run time hides the ids from the planner, which
    # then scans the whole table.
    return column == any_(text("(CAST(:ids AS UUID[]))"))


def id_array(ids: Iterable[uuid.UUID]) -> str:
    """Ids as the PostgreSQL array literal `among_ids` takes: '{hex,hex,…}'."""
    return "{" + ",".join(i.hex for i in ids) + "}"


@cache
def _rows_by_ids(name: str, for_update: bool):
    """PostgreSQL's query for rows by id, built once per table: a push runs one per
    table it touches."""
    t = table(name)
    query = select(t).where(among_ids(t.c.id))
    return query.with_for_update() if for_update else query


def load_rows(
    conn: Connection, name: str, ids: Iterable[uuid.UUID], *, for_update: bool = False
) -> dict[uuid.UUID, dict]:
    """Typed rows by id."""
    out: dict[uuid.UUID, dict] = {}
    t = table(name)
    postgresql = conn.dialect.name == "postgresql"
    for chunk in chunks(conn, ids):
        if postgresql:
            result = conn.execute(_rows_by_ids(name, for_update), {"ids": id_array(chunk)})
        else:
            result = conn.execute(select(t).where(t.c.id.in_(chunk)))
        for row in result.mappings():
            out[row["id"]] = dict(row)
    return out


def insert_many(
    conn: Connection, t, rows: list[dict], *, just_before: Callable[[], None] | None = None
) -> None:
    """INSERT many rows with the same keys; `just_before` runs once the rows are ready
    to send (taking a lock for the insert only, not for preparing it).

    On PostgreSQL the rows are streamed with one `COPY … FROM STDIN`: psycopg formats
    them in C, where an `INSERT … VALUES` executemany would be a statement per row and
    arrays for `unnest` were built value by value in Python. The values go through the
    same SQLAlchemy bind processors and Python-side column defaults as a plain
    `t.insert()` executemany, which is what other databases (SQLite) still run."""
    if not rows:
        return
    prepared = _prepare_copy(conn, t, rows) if conn.dialect.name == "postgresql" else None
    if just_before is not None:
        just_before()
    if prepared is None:
        conn.execute(t.insert(), rows)
        return
    statement, values = prepared
    with _driver(conn).cursor() as cursor, cursor.copy(statement) as copy:
        for row in values:
            copy.write_row(row)


def _driver(conn: Connection) -> Any:
    """psycopg's own connection under `conn`, for COPY."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise RuntimeError("the connection to head office's database is closed")
    return driver


def copy_rows(conn: Connection, t, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """PostgreSQL only: rows as tuples of values psycopg writes as they are (JSON
    columns as text already), with no SQLAlchemy processing: for the rows a push
    writes by the hundred in a shape it knows."""
    prep = conn.dialect.identifier_preparer
    statement = (
        f"COPY {prep.format_table(t)} ({', '.join(prep.quote(c) for c in columns)}) FROM STDIN"
    )
    with _driver(conn).cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def _prepare_copy(conn: Connection, t, rows: list[dict]) -> tuple[str, Iterable[tuple]] | None:
    """The COPY statement and the rows' values, or None when COPY cannot take them."""
    keys = list(rows[0])
    keyset = rows[0].keys()
    if any(r.keys() != keyset for r in rows) or any(k not in t.c for k in keys):
        return None
    columns: list[tuple[str, list]] = [(key, [r[key] for r in rows]) for key in keys]
    for col in t.c:
        if col.name in keyset or col.default is None:
            continue
        if col.default.is_scalar:
            columns.append((col.name, [col.default.arg] * len(rows)))
        elif col.default.is_callable:
            columns.append((col.name, [col.default.arg(None) for _ in rows]))
        else:
            return None  # a sequence or SQL default: leave it to SQLAlchemy
    dialect = conn.dialect
    prep = dialect.identifier_preparer
    names, arrays = [], []
    for name, values in columns:
        names.append(prep.quote(name))
        arrays.append(_bound(t.c[name], dialect, values))
    statement = f"COPY {prep.format_table(t)} ({', '.join(names)}) FROM STDIN"
    return statement, zip(*arrays, strict=True)


def _hex(value: Any) -> Any:
    return value.hex if isinstance(value, uuid.UUID) else value


def json_text(value: Any) -> str | None:
    """A JSON column's value as the text COPY sends, in ASCII (other characters as
    \\u escapes), as `json.dumps` writes it. orjson writes it in C several times
    faster, but writes other characters as they are; rows holding Chinese were then
    served to devices as text that is slower to encode and decode (the first sync of a
    10,000-client store took 5.4 s instead of 4.8): those rows, and what orjson cannot
    write (an integer beyond 64 bits, in a rejected op's payload), go through
    `json.dumps`."""
    if value is None:
        return None
    try:
        text = orjson.dumps(value)
    except TypeError:
        text = b"\x80"  # not ASCII: written below
    if text.isascii():
        return text.decode()
    return json.dumps(value, separators=(",", ":"))


def _bound(column, dialect, values: list) -> list:
    """A column's values through its bind processor. JSON goes as text (COPY reads
    text), not wrapped for psycopg to serialise value by value; ids go as their hex
    text, which psycopg copies in C where its UUID adapter runs Python per value; a
    value shared by every row (the push's time) is processed once."""
    if isinstance(column.type, JSON):
        process = json_text
    elif isinstance(column.type, Uuid):
        process = _hex
    else:
        process = column.type._cached_bind_processor(dialect)
    if process is None:
        return values
    first = values[0]
    if all(v is first for v in values):
        return [process(first)] * len(values)
    return [process(v) for v in values]


def write_inserts(conn: Connection, inserts: dict[str, list[dict]]) -> None:
    for name, rows in inserts.items():
        if rows:
            t = table(name)
            # executemany needs the same keys in every row: fill the missing with defaults.
            keys = set().union(*rows)
            defaults = {k: _default(t, k) for k in keys}
            insert_many(conn, t, [r if len(r) == len(keys) else {**defaults, **r} for r in rows])


def _default(t, key: str) -> Any:
    col = t.c[key]
    if col.default is not None and getattr(col.default, "is_scalar", False):
        return col.default.arg
    return None


def write_updates(conn: Connection, updates: dict[str, dict[uuid.UUID, dict]]) -> None:
    """Grouped by the set of columns changed, one executemany per group."""

    for name, by_id in updates.items():
        t = table(name)
        groups: dict[frozenset, list[dict]] = defaultdict(list)
        for row_id, values in by_id.items():
            if values:
                groups[frozenset(values)].append(
                    {"_id": row_id, **{f"_v_{k}": v for k, v in values.items()}}
                )
        for columns, params in groups.items():
            statement = (
                t.update()
                .where(t.c.id == bindparam("_id"))
                .values({c: bindparam(f"_v_{c}") for c in columns})
            )
            conn.execute(statement, params)
