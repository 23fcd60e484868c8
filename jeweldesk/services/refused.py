"""Changes head office refused: a purchase edited after it was recorded, a client put
in a colleague's book, a value too long for head office. Each stays in the device's
outbox with head office's reason and is never sent again; here people see what they
tried to write and why it was refused, in their own language, and say when they have
seen it. Nothing is deleted: a dismissed change only leaves the list. A refused
addition can also be withdrawn from the device, so the device agrees with head
office again; its payload still stays in the outbox."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, CursorResult, delete, func, select, text, update

from jeweldesk.domain.errors import ValidationError
from jeweldesk.protocol import refusal
from jeweldesk.protocol.scope import OWNERS, owner_ids
from jeweldesk.protocol.wire import SYNC_BOOKKEEPING, from_wire
from jeweldesk.services.base import Changes, now_utc, reading, unit_of_work
from jeweldesk.storage import search as search_index
from jeweldesk.storage.models import Base, Outbox

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

# Records a reference names by their name (the local one where the interface is
# Chinese), instead of a 32-digit id nobody can read. Clients by their display name.
NAMED = {
    "staff": "name_local",
    "stores": "name_local",
    "rooms": "name_local",
    "catalogue_pieces": "name_zh",
}


@dataclass(frozen=True)
class TriedValue:
    """One field the refused change tried to set. `value` is typed (a `Decimal`, an
    aware UTC `datetime`, a `UUID`…); `named` is the record a reference points to,
    by name, where there is one."""

    field: str
    value: Any
    before: Any = None
    named: str = ""


@dataclass(frozen=True)
class RefusedChange:
    device_seq: int
    made_at: dt.datetime  # UTC; the UI shows it in the store's time
    entity: str
    entity_id: str  # hex, as the outbox holds it
    kind: str  # insert, update, delete
    client_id: uuid.UUID | None
    client_name: str
    values: tuple[TriedValue, ...]
    reason: str  # head office's reason in the desk's language (English where the device has no key for it)
    dismissed_at: dt.datetime | None = None


class RefusedChangeService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def count_open(self) -> int:
        """Refused changes nobody has dismissed yet."""
        with reading(self.desk) as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(Outbox)
                    .where(Outbox.rejected_reason.is_not(None), Outbox.dismissed_at.is_(None))
                )
                or 0
            )

    def open(
        self,
        include_dismissed: bool = False,
        field_name: Callable[[str], str] | None = None,
        record_name: Callable[[str], str] | None = None,
    ) -> list[RefusedChange]:
        """Refused changes, oldest first: when each was made, the record and its
        client, the values it tried to set and head office's reason, in the desk's
        language where head office sent its message key (its English otherwise).
        The reason names columns and kinds of record by `field_name` and
        `record_name` where given (the interface's labels), by head office's names
        otherwise. Dismissed ones only when asked for."""
        from jeweldesk.services.clients import summarise

        query = select(Outbox).where(Outbox.rejected_reason.is_not(None))
        if not include_dismissed:
            query = query.where(Outbox.dismissed_at.is_(None))
        with reading(self.desk) as s:
            rows = s.scalars(query.order_by(Outbox.created_at, Outbox.device_seq)).all()
            conn = s.connection()
            tried = {r.device_seq: _tried(r) for r in rows}
            owners = {
                r.device_seq: _client_of(conn, r.entity, r.entity_id, tried[r.device_seq])
                for r in rows
            }
            references = _references(
                conn, [v for values in tried.values() for v in values], self.desk.lang
            )
            client_ids = {c for c in owners.values() if c} | set(references.pop("clients", {}))
            names: dict[uuid.UUID | None, str] = {
                c.id: c.display_name for c in summarise(s, list(client_ids))
            }
            return [
                RefusedChange(
                    device_seq=r.device_seq,
                    made_at=_utc(r.created_at),
                    entity=r.entity,
                    entity_id=r.entity_id,
                    kind=r.kind,
                    client_id=owners[r.device_seq],
                    client_name=names.get(owners[r.device_seq], ""),
                    values=tuple(
                        _named(v, r.entity, references, names) for v in tried[r.device_seq]
                    ),
                    reason=_reason(r, self.desk.lang, field_name, record_name),
                    dismissed_at=r.dismissed_at,
                )
                for r in rows
            ]

    def dismiss(self, device_seq: int) -> Changes:
        """The person has seen this refused change: it leaves the list and the count.
        Its payload and reason stay in the outbox. A change already gone (a pull that
        erased its client drops it, possibly while the list was open) is left alone:
        nothing changed."""
        with unit_of_work(self.desk) as work:
            # An UPDATE's result is a cursor's: it has the row count.
            done = cast(
                "CursorResult[Any]",
                work.session.execute(
                    update(Outbox)
                    .where(
                        Outbox.device_seq == device_seq,
                        Outbox.rejected_reason.is_not(None),
                        Outbox.dismissed_at.is_(None),
                    )
                    .values(dismissed_at=now_utc())
                ),
            )
        return Changes(frozenset({"outbox"})) if done.rowcount else Changes()

    def withdraw(self, device_seq: int) -> Changes:
        """Remove from this device the record a refused addition made, so the device
        agrees with head office (which never had it): a client put in a colleague's
        book leaves that book here too. The removal is not itself a change to send.
        The refused payload stays in the outbox, dismissed, with every other refused
        change to the same record. Refused while other records on the device still
        refer to it, or while changes to it wait to be sent. A change already gone
        from the outbox is left alone: nothing changed."""
        with unit_of_work(self.desk) as work:
            s = work.session
            op = s.get(Outbox, device_seq)
            if op is None or op.rejected_reason is None:
                return Changes()
            entity = op.entity
            table = Base.metadata.tables.get(entity)
            record_id = _uuid(op.entity_id)
            if op.kind != "insert" or table is None or record_id is None:
                raise ValidationError("refused.withdraw_not_added")
            conn = s.connection()
            if (
                conn.execute(
                    select(func.count()).select_from(table).where(table.c.id == record_id)
                ).scalar_one()
                == 0
            ):
                raise ValidationError("refused.withdraw_gone")
            waiting = s.scalar(
                select(func.count())
                .select_from(Outbox)
                .where(
                    Outbox.entity == op.entity,
                    Outbox.entity_id == op.entity_id,
                    Outbox.rejected_reason.is_(None),
                )
            )
            if waiting:
                raise ValidationError("refused.withdraw_waiting")
            referring = _referring(conn, op.entity, record_id)
            if referring:
                raise ValidationError("refused.withdraw_referred")
            client = _client_of(conn, op.entity, op.entity_id, [])
            # The search index's own key for a client is not a record: it goes when
            # the client is re-indexed below, before the deferred check at commit.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            # Capture triggers skip while applying: head office never had the record,
            # so its removal is nothing to send.
            conn.execute(text("UPDATE sync_flags SET applying = 1 WHERE id = 1"))
            conn.execute(delete(table).where(table.c.id == record_id))
            conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))
            s.execute(
                update(Outbox)
                .where(
                    Outbox.entity == op.entity,
                    Outbox.entity_id == op.entity_id,
                    Outbox.rejected_reason.is_not(None),
                    Outbox.dismissed_at.is_(None),
                )
                .values(dismissed_at=now_utc())
            )
            if client is not None:
                search_index.reindex_clients(conn, [client])
        return Changes(
            frozenset({"outbox", entity}), frozenset({record_id} | ({client} if client else set()))
        )


def _referring(conn: Connection, entity: str, record_id: uuid.UUID) -> int:
    """How many records on the device refer to this one by a foreign key (a client's
    contact points, a piece's stones), the search index's keys aside."""
    found = 0
    for table in Base.metadata.tables.values():
        if table.name == "search_keys":
            continue
        for column in table.c:
            if any(fk.column.table.name == entity for fk in column.foreign_keys):
                found += conn.execute(
                    select(func.count()).select_from(table).where(column == record_id)
                ).scalar_one()
    return found


def _reason(
    row: Outbox,
    lang: str,
    field_name: Callable[[str], str] | None,
    record_name: Callable[[str], str] | None,
) -> str:
    english = row.rejected_reason or ""
    try:
        detail = json.loads(row.rejected_detail) if row.rejected_detail else None
    except ValueError:
        detail = None  # not ours to fail on: head office's English still says why
    return refusal.reason(
        detail if isinstance(detail, dict) else None, english, lang, field_name, record_name
    )


def _tried(row: Outbox) -> list[tuple[str, Any, Any]]:
    """(field, before, tried) in wire form, leaving out the sync bookkeeping and, for a
    new record, the fields it left empty."""
    fields = json.loads(row.fields or "{}")
    out = []
    for name, (before, after) in fields.items():
        if name in SYNC_BOOKKEEPING:
            continue
        if row.kind == "insert" and (after in (None, "") or (name == "deleted" and not after)):
            continue
        out.append((name, before, after))
    return out


def _client_of(
    conn: Connection, entity: str, entity_id: str, tried: list[tuple[str, Any, Any]]
) -> uuid.UUID | None:
    """The client the record belongs to: from the values the change tried to set, then
    the record as the device holds it, then its parents (a stone's piece's client)."""
    if entity not in OWNERS:
        return None

    def lookup(table: str, id_hex: Any) -> dict[str, Any] | None:
        if not id_hex or table not in Base.metadata.tables:
            return None
        found = (
            conn.execute(text(f'SELECT * FROM "{table}" WHERE id = :i'), {"i": id_hex})
            .mappings()
            .first()
        )
        return dict(found) if found else None

    row = {
        **(lookup(entity, entity_id) or {}),
        "id": entity_id,
        **{f: after for f, _, after in tried},
    }
    ids = owner_ids(entity, row, lookup)
    client = ids[1] if ids else None
    try:
        return uuid.UUID(hex=str(client)) if client else None
    except ValueError:
        return None


def _references(
    conn: Connection, tried: list[tuple[str, Any, Any]], lang: str
) -> dict[str, dict[uuid.UUID, str]]:
    """Ids the refused values point to, by table, with each record's name (clients
    are named by the caller, from their summaries)."""
    wanted: dict[str, set[str]] = {}
    for table in Base.metadata.tables.values():
        for column in table.c:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if target in NAMED or target == "clients":
                    wanted.setdefault(column.name, set()).add(target)
    ids: dict[str, set[str]] = {}
    for field, _, after in tried:
        for target in wanted.get(field, ()):
            if isinstance(after, str) and after:
                ids.setdefault(target, set()).add(after)
    out: dict[str, dict[uuid.UUID, str]] = {}
    local = lang.startswith("zh")
    for target, hexes in ids.items():
        if target == "clients":
            out[target] = {u: "" for h in hexes if (u := _uuid(h))}
            continue
        table = Base.metadata.tables[target]
        local_column = table.c[NAMED[target]]
        found = conn.execute(
            select(table.c.id, table.c.name, local_column).where(
                table.c.id.in_([u for h in hexes if (u := _uuid(h))])
            )
        ).all()
        out[target] = {i: (other if local and other else name) for i, name, other in found}
    return out


def _named(
    tried: tuple[str, Any, Any],
    entity: str,
    references: dict[str, dict[uuid.UUID, str]],
    clients: dict[uuid.UUID | None, str],
) -> TriedValue:
    field, before, after = tried
    value = _typed(entity, field, after)
    named = ""
    if isinstance(value, uuid.UUID):
        named = clients.get(value, "") or next(
            (n[value] for n in references.values() if value in n), ""
        )
    return TriedValue(field, value, _typed(entity, field, before), named)


def _typed(entity: str, field: str, value: Any) -> Any:
    """The wire value as the app holds it; as it came where it does not convert (a
    refused value may be one the column cannot hold)."""
    table = Base.metadata.tables.get(entity)
    if table is None or field not in table.c:
        return value
    try:
        return from_wire(entity, field, value)
    except (ValueError, TypeError, LookupError):
        return value


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(hex=value)
    except (ValueError, TypeError):
        return None


def _utc(stamp: str) -> dt.datetime:
    """The outbox's capture time ('YYYY-MM-DD HH:MM:SS.fff', UTC, written by SQLite)."""
    return dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.UTC)


__all__ = ["RefusedChange", "RefusedChangeService", "TriedValue"]
