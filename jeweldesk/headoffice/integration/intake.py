"""What every delivered batch shares: each record validated on its own (one bad
record is rejected with its reason, the others go on), the stores it names, what the
system delivered before, and one transaction for what is written."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from jeweldesk.headoffice.integration.customers import StoreRef
from jeweldesk.headoffice.integration.models import BatchResult, RecordResult
from jeweldesk.headoffice.rows import chunks
from jeweldesk.headoffice.store import HeadOfficeStore
from jeweldesk.storage.models import Base

Stores = Base.metadata.tables["stores"]
Receipts = Base.metadata.tables["integration_receipts"]
M = TypeVar("M", bound=BaseModel)


def validated(
    model: type[M], raw: Sequence[Any], stores: frozenset[str] = frozenset()
) -> list[M | RecordResult]:
    """Each record as `model`, or its rejection naming the fields at fault; with
    `stores` (the codes a key is limited to), a record for another store is refused."""
    out: list[M | RecordResult] = []
    for index, item in enumerate(raw):
        if has_nul(item):
            out.append(rejected(index, None, "record: a NUL character is not text"))
            continue
        try:
            record = model.model_validate(item)
        except ValidationError as exc:
            out.append(rejected(index, _source_id(item), reason(exc)))
            continue
        code = getattr(record, "store_code", None)
        if stores and isinstance(code, str) and code.upper() not in stores:
            out.append(rejected(index, _source_id(item), f"store_code: this key is not for {code}"))
            continue
        out.append(record)
    return out


def has_nul(item: Any) -> bool:
    """Whether a NUL character is in any text of the record: no database keeps one
    (PostgreSQL refuses it). Looked for in the record's JSON first, which is cheap."""
    return b"\\u0000" in orjson.dumps(item) and _nul_in(item)


def _nul_in(item: Any) -> bool:
    if isinstance(item, str):
        return "\x00" in item
    if isinstance(item, dict):
        return any(_nul_in(k) or _nul_in(v) for k, v in item.items())
    if isinstance(item, list):
        return any(_nul_in(v) for v in item)
    return False


def _source_id(item: Any) -> str | None:
    if isinstance(item, dict):
        for key in ("source_order_id", "request_id", "sku", "member_id"):
            value = item.get(key)
            if isinstance(value, str):
                return value[:120]
    return None


def reason(exc: ValidationError) -> str:
    """The first few fields at fault, each with what is wrong."""
    parts = []
    for error in exc.errors(include_url=False, include_input=False)[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "record"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def rejected(index: int, source_id: str | None, reason: str) -> RecordResult:
    return RecordResult(index=index, source_id=source_id, status="rejected", reason=reason)


def stores_by_code(conn: Connection, codes: set[str]) -> dict[str, StoreRef]:
    """The stores named, by upper-case code."""
    rows = conn.execute(
        select(Stores.c.id, Stores.c.code, Stores.c.country, Stores.c.currency).where(
            Stores.c.code.in_({c.upper() for c in codes}), Stores.c.deleted.is_(False)
        )
    )
    return {r.code: StoreRef(r.id, r.code, r.country, r.currency) for r in rows}


def delivered(
    conn: Connection, system: str, kind: str, source_ids: set[str]
) -> dict[str, tuple[uuid.UUID, uuid.UUID | None]]:
    """What this system delivered before, by its id: (row written, client)."""
    out: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = {}
    for chunk in chunks(conn, source_ids):
        for source_id, entity_id, client_id in conn.execute(
            select(Receipts.c.source_id, Receipts.c.entity_id, Receipts.c.client_id).where(
                Receipts.c.system == system,
                Receipts.c.kind == kind,
                Receipts.c.source_id.in_(chunk),
            )
        ):
            out[source_id] = (entity_id, client_id)
    return out


def summary(results: list[RecordResult]) -> BatchResult:
    results.sort(key=lambda r: r.index)
    return BatchResult(
        accepted=sum(r.status == "accepted" for r in results),
        duplicate=sum(r.status == "duplicate" for r in results),
        rejected=sum(r.status == "rejected" for r in results),
        results=results,
    )


def in_one_transaction(
    ho: HeadOfficeStore, work: Callable[[Connection], BatchResult]
) -> BatchResult:
    """Run `work` in one transaction. The same batch sent twice at once: one of them
    meets the other's receipts when it commits, and is run again, finding them
    delivered."""
    for _attempt in range(3):
        try:
            with ho.writing() as conn:
                return work(conn)
        except IntegrityError:
            continue
    with ho.writing() as conn:
        return work(conn)
