"""The changes feed for the house's CRM or data warehouse: head office's change log
read from a cursor, each row as it is after the change in the sync protocol's wire
form, so JewelDesk is never a dead end.

The cursor is a change-log version. Versions become visible in the order they were
committed (see changelog.py), so `version > cursor` never skips a change that
commits late. A key limited to stores reads what those stores' devices would pull:
their own rows, their clients' rows (homed there or granted) and the house-wide ones
(the catalogue, the stores). Secrets and the words of a sensitive note are not fed:
a staff member's PIN digest, a sensitive note's text, a case's sensitive note and
drawn signatures are blanked (the row and its other fields are there)."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from sqlalchemy import Connection, Text, and_, cast, or_, select, union

from jeweldesk.headoffice.changelog import ChangeLogT
from jeweldesk.headoffice.store import HeadOfficeStore
from jeweldesk.storage.models import Base

Clients = Base.metadata.tables["clients"]
Grants = Base.metadata.tables["client_grants"]
Stores = Base.metadata.tables["stores"]
DEFAULT_LIMIT = 1_000
# Fields withheld from the feed, by table; a field listed with a condition only when
# the row's condition field is true.
WITHHELD: dict[str, tuple[tuple[str, str | None], ...]] = {
    "staff": (("pin_hash", None),),
    "notes": (("body", "sensitive"),),
    "service_cases": (("sensitive_note", None),),
    "service_jobs": (("signature_svg", None),),
    "consents": (("signature_svg", None),),
}


class CursorRefused(ValueError):
    """A cursor that is none of this feed's: a 400 with this reason."""


def parse_cursor(text: str | None) -> int:
    """'' or None: from the start; otherwise the `next_cursor` of an earlier page."""
    if not text:
        return 0
    if not text.isdigit() or len(text) > 18:
        raise CursorRefused("cursor: give the next_cursor of an earlier page, or none to start")
    return int(text)


def changes_page(
    ho: HeadOfficeStore, after: int, limit: int, stores: frozenset[str] = frozenset()
) -> bytes:
    """One page of the feed as the JSON answer (a `ChangesPage`): the rows are sent as
    the change log holds them, not decoded and encoded again."""
    with ho.reading() as conn:
        where: list[Any] = [ChangeLogT.c.version > after]
        if stores:
            where.append(_visible_to(conn, stores))
        rows = conn.execute(
            select(
                ChangeLogT.c.version,
                ChangeLogT.c.entity,
                ChangeLogT.c.entity_id,
                ChangeLogT.c.changed_at,
                cast(ChangeLogT.c.row, Text),
            )
            .where(*where)
            .order_by(ChangeLogT.c.version)
            .limit(limit + 1)
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        {
            "cursor": str(version),
            "entity": entity,
            "id": entity_id.hex,
            "changed_at": changed_at,
            "row": _row(entity, text),
        }
        for version, entity, entity_id, changed_at, text in rows
    ]
    next_cursor = str(rows[-1][0]) if rows else str(after)
    return orjson.dumps({"changes": changes, "next_cursor": next_cursor, "more": more})


def _row(entity: str, text: str) -> Any:
    withheld = WITHHELD.get(entity)
    if not withheld:
        return orjson.Fragment(text)
    row = orjson.loads(text)
    for name, condition in withheld:
        if name in row and (condition is None or row.get(condition)):
            row[name] = ""
    return row


def _visible_to(conn: Connection, codes: frozenset[str]) -> Any:
    """What the stores' devices would pull: their rows, their clients', the house's."""
    ids: list[uuid.UUID] = list(
        conn.execute(select(Stores.c.id).where(Stores.c.code.in_(sorted(codes)))).scalars()
    )
    clients = union(
        select(Clients.c.id).where(Clients.c.home_store_id.in_(ids)),
        select(Grants.c.client_id).where(Grants.c.store_id.in_(ids)),
    )
    return or_(
        ChangeLogT.c.store_id.in_(ids),
        ChangeLogT.c.client_id.in_(clients),
        and_(ChangeLogT.c.store_id.is_(None), ChangeLogT.c.client_id.is_(None)),
    )
