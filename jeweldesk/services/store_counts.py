"""How many live (not deleted) rows a store holds of each synced table: what
`jeweldesk enrol` reports after the first pull."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from jeweldesk.services.base import reading
from jeweldesk.storage.models import Base

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


def live_rows(desk: Desk, table_names: Iterable[str]) -> dict[str, int]:
    """Table name → its rows not marked deleted."""
    counts: dict[str, int] = {}
    with reading(desk) as s:
        for name in table_names:
            t = Base.metadata.tables[name]
            counts[name] = s.execute(
                select(func.count()).select_from(t).where(t.c.deleted.is_(False))
            ).scalar_one()
    return counts
