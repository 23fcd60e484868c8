"""Bulk writing for the demo: rows are collected per table as plain dicts and written
with Core `insert()` in executemany batches. Going through the ORM object by object
would make a 100,000-client network take many minutes."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict

from sqlalchemy import Connection

from jeweldesk.domain.ids import new_id
from jeweldesk.storage.models import Base

DEVICE = "demo"


class Loader:
    """Collects rows and writes them in foreign-key order on `flush()`.

    Every synced row gets its id (UUIDv7) and the sync columns here, so the
    generators only say what the row means."""

    def __init__(self, hlc_millis: int) -> None:
        self.hlc = f"{hlc_millis:013d}-00000-{DEVICE}"
        self.pending: dict[str, list[dict]] = defaultdict(list)
        self.counts: Counter[str] = Counter()

    def add(self, model: type[Base], **values) -> uuid.UUID:
        row_id = values.setdefault("id", new_id())
        values["updated_hlc"] = self.hlc
        values["updated_by_device"] = DEVICE
        self.pending[model.__tablename__].append(values)
        return row_id

    def patch_last(self, model: type[Base], **values) -> None:
        """Fill in columns of the row just added to `model`'s table (a client's segment,
        known only once their purchases are generated)."""
        self.pending[model.__tablename__][-1].update(values)

    def add_plain(self, model: type[Base], **values) -> None:
        """A device-only row without the sync columns (settings)."""
        self.pending[model.__tablename__].append(values)

    def flush(self, conn: Connection) -> None:
        # sorted_tables puts parents before children, so a batch never references a
        # row written after it.
        for table in Base.metadata.sorted_tables:
            rows = self.pending.pop(table.name, None)
            if not rows:
                continue
            # executemany needs one set of keys per statement: optional columns are
            # left out of some rows, so group by the keys present.
            groups: dict[frozenset[str], list[dict]] = defaultdict(list)
            for row in rows:
                groups[frozenset(row)].append(row)
            for group in groups.values():
                conn.execute(table.insert(), group)
            self.counts[table.name] += len(rows)
