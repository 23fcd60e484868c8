"""Merges of two clients arriving in a pull: the device moves its own rows of the
merged-away client onto the kept one (rows head office has not seen yet among them;
head office redirects their ops when they arrive), drops the merged-away client's
cached standing, and shows its unsent edits of the merged-away client on the kept
one. Runs inside the applying transaction (capture off)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, delete, text

from jeweldesk.protocol import merging as reach
from jeweldesk.storage.models import Base

_NOT_CARRIED = {"id", "deleted", "home_store_id"}


def arriving(
    conn: Connection,
    rows: list[dict[str, Any]],
    pending: Mapping[tuple[str, str], Mapping[str, Any]],
) -> set[uuid.UUID]:
    """Apply the pulled `client_merges` rows; the clients they touched."""
    touched: set[uuid.UUID] = set()
    columns = frozenset(Base.metadata.tables["clients"].c.keys()) - _NOT_CARRIED
    standings = Base.metadata.tables["client_standings"]
    for row in rows:
        if row.get("deleted"):
            continue
        merged, kept = uuid.UUID(hex=row["merged_id"]), uuid.UUID(hex=row["kept_id"])
        reach.move_rows(conn, merged, kept, local=True)
        conn.execute(delete(standings).where(standings.c.client_id == merged))
        mine = {c: v for c, v in pending.get(("clients", merged.hex), {}).items() if c in columns}
        if mine:
            sets = ", ".join(f'"{c}" = :{c}' for c in mine)
            conn.execute(
                text(f"UPDATE clients SET {sets} WHERE id = :_id"), {**mine, "_id": kept.hex}
            )
        touched |= {merged, kept}
    return touched
