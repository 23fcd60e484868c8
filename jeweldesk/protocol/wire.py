"""Values on the wire: the form SQLite stores them in (UUIDs as 32 hex digits, times
as 'YYYY-MM-DD HH:MM:SS.ffffff' UTC, decimals as text, booleans 0/1, JSON as text).

Devices capture changes with SQLite triggers, so that form is what they produce for
free; head office converts to and from Python values through the SQLite dialect's own
type processors, so the two sides can never disagree about a type."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import DateTime, Table
from sqlalchemy.dialects import sqlite

from jeweldesk.storage.models import Base

_DIALECT = sqlite.dialect()
SYNC_BOOKKEEPING = ("updated_hlc", "updated_by_device", "server_version")


# SQLAlchemy's processors for a column's values: to the wire (bind) and back (result).
Processor = Callable[[Any], Any] | None


@cache
def _processors(table: str, column: str) -> tuple[Processor, Processor]:
    col = Base.metadata.tables[table].c[column]
    impl = col.type.dialect_impl(_DIALECT)
    return impl.bind_processor(_DIALECT), impl.result_processor(_DIALECT, None)


def to_wire(table: str, column: str, value: Any) -> Any:
    if value is None:
        return None
    bind, _ = _processors(table, column)
    return bind(value) if bind else value


def from_wire_processor(table: str, column: str) -> Processor:
    """The function `from_wire` applies to a column's non-null values, or None when the
    wire value is already the value: for callers that convert many values."""
    return _processors(table, column)[1]


def from_wire(table: str, column: str, value: Any) -> Any:
    if value is None:
        return None
    _, result = _processors(table, column)
    return result(value) if result else value


@cache
def _to_wire_processors(table: str) -> dict[str, Any]:
    out = {}
    for col in Base.metadata.tables[table].c:
        bind = _processors(table, col.name)[0]
        if bind is not None and isinstance(getattr(col.type, "impl", col.type), DateTime):
            # Formatting a time is the slow part of a row's wire form, and the rows of a
            # push share a few times (when each was saved, when head office logged it).
            bind = lru_cache(maxsize=1024)(bind)
        out[col.name] = bind
    return out


@cache
def _converted(table: str) -> tuple[tuple[str, Any], ...]:
    """The columns whose wire form differs from their value, with the conversion."""
    return tuple(
        (column, bind) for column, bind in _to_wire_processors(table).items() if bind is not None
    )


def row_to_wire(table: Table | str, row: dict[str, Any]) -> dict[str, Any]:
    name = table if isinstance(table, str) else table.name
    wire = dict(row)
    # Only the few columns that convert (ids, times, flags) are visited: head office
    # turns every row a push touches into its wire form for the change log.
    for column, bind in _converted(name):
        value = wire.get(column)
        if value is not None:
            wire[column] = bind(value)
    return wire


def row_from_wire(table: str, row: dict[str, Any]) -> dict[str, Any]:
    columns = Base.metadata.tables[table].c
    return {k: from_wire(table, k, v) for k, v in row.items() if k in columns}


def data_columns(table: str) -> list[str]:
    """Columns a change carries: everything but the sync bookkeeping."""
    return [c.name for c in Base.metadata.tables[table].c if c.name not in SYNC_BOOKKEEPING]
