"""An op's fields, from wire form to typed values, with each table's rules worked out
once: which columns an op may carry, how each one converts (the SQLite dialect's own
type processors, as in `protocol/wire.py`), what fits in it, what it refers to and what an
insert must hold. A push converts thousands of values; looking the rules up per value
in the metadata was most of its cost."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Time, Uuid

from jeweldesk.protocol.refusal import params_to_wire, wording
from jeweldesk.protocol.wire import SYNC_BOOKKEEPING, from_wire_processor
from jeweldesk.storage.models import Base

BAD_VALUE = (ValueError, TypeError, LookupError, ArithmeticError, AttributeError)


class Rejected(Exception):
    """The op cannot be applied: it is answered `rejected` and kept. The reason is a
    message key and its parameters (`refusal.*` in `domain/messages.py`), so each
    device words it in its person's language; `str()` is the English, which older
    devices and `jeweldesk sync` show."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(wording(key, params, "en"))

    def detail(self) -> dict[str, Any]:
        """The op's answer: the English reason, the key and its parameters as plain
        JSON values."""
        return {"reason": str(self), "key": self.key, "params": params_to_wire(self.params)}


@lru_cache(maxsize=16384)
def uuid_of(hex_id: str) -> uuid.UUID:
    """An id from its hex form. Ids recur within a push and across a device's pushes
    (a client's id in each of its rows, the store, the advisor): each is made once."""
    return uuid.UUID(hex=hex_id)


# Types whose typed values are never a string, a decimal or an integer: nothing to fit.
NEVER_TOO_BIG = (Uuid, DateTime, Date, Time, Boolean)


def _fits(column) -> Callable[[Any], None] | None:
    """A check that a typed value fits the column on PostgreSQL (SQLite stores any
    length in a VARCHAR and a NUL in text; PostgreSQL refuses both): refuse the op,
    not the whole push."""
    if isinstance(column.type, NEVER_TOO_BIG) or isinstance(
        getattr(column.type, "impl", None), NEVER_TOO_BIG
    ):
        return None
    name = column.name
    length = getattr(column.type, "length", None)
    impl = getattr(column.type, "impl", None)
    precision = getattr(impl, "precision", None) if impl is not None else None
    scale = getattr(impl, "scale", None) if impl is not None else None
    limit = Decimal(10) ** (precision - scale) if precision and scale is not None else None

    def check(value: Any) -> None:
        if isinstance(value, str):
            if length and len(value) > length:
                raise Rejected("refusal.too_long", field=name, limit=length)
            if "\x00" in value:  # PostgreSQL cannot store it: the whole push would fail
                raise Rejected("refusal.nul", field=name)
        elif isinstance(value, Decimal):
            if limit is not None and abs(value) >= limit:
                raise Rejected("refusal.out_of_range", field=name)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**63:
            raise Rejected("refusal.out_of_range", field=name)

    return check


@dataclass(frozen=True)
class Column:
    name: str
    convert: Callable[[Any], Any] | None  # wire → typed; None when the wire value is the value
    is_json: bool
    fits: Callable[[Any], None] | None
    targets: tuple[str, ...]  # tables its foreign keys point at
    # `convert` for strings, each converted once: ids and times recur within a push and
    # across pushes. Only strings: 1, 1.0 and True are one key to a cache but not
    # always one value to a column.
    remembered: Callable[[str], Any] | None = None

    def typed(self, value: Any, checked: bool) -> Any:
        if value is None:
            return None
        if not self.is_json and isinstance(value, (dict, list)):
            raise Rejected("refusal.not_one_value", field=self.name)
        if self.convert is not None:
            try:
                if self.remembered is not None and type(value) is str:
                    value = self.remembered(value)
                else:
                    value = self.convert(value)
            except BAD_VALUE as exc:
                raise Rejected("refusal.bad_value", field=self.name, error=str(exc)) from None
        if checked and self.fits is not None:
            self.fits(value)
        return value


@dataclass(frozen=True)
class TableFields:
    name: str
    columns: dict[str, Column]  # the columns an op may carry
    required: tuple[str, ...]  # what an inserted row must hold
    references: dict[str, tuple[str, ...]]  # column → tables it refers to
    defaults: dict[str, Any]  # column → its default (a scalar, or SQLAlchemy's callable)

    def typed(self, fields: dict[str, list], index: int) -> dict[str, Any]:
        """One side of an op's `{column: [old, new]}`: index 0 the old values, 1 the new
        (checked to fit)."""
        columns = self.columns
        checked = index == 1
        out = {}
        for column, pair in fields.items():
            rule = columns.get(column)
            if rule is None:
                raise Rejected("refusal.unknown_field", field=column)
            if not isinstance(pair, list) or len(pair) != 2:
                raise Rejected("refusal.field_shape", field=column)
            value = pair[index]
            out[column] = None if value is None else rule.typed(value, checked)
        return out

    def with_defaults(self, row: dict) -> dict:
        """An inserted row with every column it does not carry at its default, as the
        database will hold it: the change log serves that whole row, and a device
        running a later version (a column added since the sender's) could not store
        a row missing one of its NOT NULL columns."""
        for column, default in self.defaults.items():
            if column not in row:
                row[column] = default.arg if default.is_scalar else default.arg(None)
        return row

    def check_required(self, row: dict) -> None:
        for column in self.required:
            if row.get(column) is None:
                raise Rejected("refusal.required", field=column)


@cache
def table_fields(name: str) -> TableFields:
    t = Base.metadata.tables[name]
    columns = {}
    for col in t.c:
        if col.name in SYNC_BOOKKEEPING or col.name == "id":
            continue
        is_json = isinstance(col.type, JSON)
        convert = from_wire_processor(name, col.name)
        columns[col.name] = Column(
            name=col.name,
            convert=convert,
            is_json=is_json,
            fits=_fits(col),
            targets=tuple(fk.column.table.name for fk in col.foreign_keys),
            remembered=lru_cache(maxsize=4096)(convert)
            if convert is not None and not is_json
            else None,
        )
    required = tuple(
        col.name
        for col in t.c
        if col.name not in SYNC_BOOKKEEPING
        and not col.nullable
        and col.default is None
        and col.server_default is None
    )
    references = {c.name: c.targets for c in columns.values() if c.targets}
    defaults = {
        col.name: col.default
        for col in t.c
        if col.default is not None and col.name not in SYNC_BOOKKEEPING and col.name != "id"
    }
    return TableFields(name, columns, required, references, defaults)
