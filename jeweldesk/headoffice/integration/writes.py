"""The rows one delivered batch writes, written together in one transaction: synced
rows with head office's stamp and a change-log entry each (so the stores' devices pull
them), and the integration's own bookkeeping rows."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection

from jeweldesk.headoffice import changelog
from jeweldesk.headoffice.rows import insert_many, table, write_updates
from jeweldesk.protocol.wire import row_to_wire
from jeweldesk.storage.models import Base

# Parents first: a purchase line's purchase, a contact point's client.
ORDER = (
    "clients",
    "contact_points",
    "important_dates",
    "consents",
    "notes",
    "client_grants",
    "loyalty_members",
    "loyalty_standings",
    "catalogue_pieces",
    "stock_levels",
    "purchases",
    "purchase_lines",
    "appointments",
    "integration_receipts",
)


class Writes:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # Rows changed in place: the whole row as it now is, by table and id.
        self.changed: dict[str, dict[uuid.UUID, dict[str, Any]]] = defaultdict(dict)
        self.logged: list[tuple[str, dict[str, Any]]] = []
        # Written as head office writes (see admin.py): devices take it as a remote change.
        self.stamp = {
            "updated_hlc": f"{int(now.timestamp() * 1000):013d}-00000-headoffice",
            "updated_by_device": "headoffice",
            "server_version": None,
            "deleted": False,
        }

    def synced(self, name: str, row: dict[str, Any]) -> dict[str, Any]:
        """A synced row, logged for the devices that see it."""
        full = {**row, **self.stamp}
        self.rows[name].append(full)
        self.logged.append((name, full))
        return full

    def updated(self, name: str, row: dict[str, Any]) -> dict[str, Any]:
        """A synced row changed in place (the whole row as it now is), logged."""
        full = {**row, **self.stamp}
        self.changed[name][full["id"]] = full
        self.logged.append((name, full))
        return full

    def plain(self, name: str, row: dict[str, Any]) -> None:
        """A head-office-only row."""
        self.rows[name].append(row)

    def write(self, conn: Connection) -> None:
        for name in ORDER:
            rows = self.rows.get(name)
            if rows:
                insert_many(conn, table(name), rows)
        write_updates(
            conn,
            {
                name: {i: {k: v for k, v in row.items() if k != "id"} for i, row in rows.items()}
                for name, rows in self.changed.items()
            },
        )
        wire: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for name, row in self.logged:
            wire[name][row["id"].hex] = row_to_wire(name, row)

        def lookup(other: str, id_hex: str | None) -> dict[str, Any] | None:
            return wire.get(other, {}).get(id_hex or "") or _stored(conn, other, id_hex)

        by_name: dict[str, dict[uuid.UUID, dict[str, Any]]] = defaultdict(dict)
        for name, row in self.logged:
            by_name[name][row["id"]] = row
        changelog.log_rows(
            conn, by_name, [(name, row["id"]) for name, row in self.logged], self.now, lookup
        )


def _stored(conn: Connection, name: str, id_hex: str | None) -> dict[str, Any] | None:
    from sqlalchemy import select

    if not id_hex:
        return None
    t = Base.metadata.tables[name]
    found = conn.execute(select(t).where(t.c.id == uuid.UUID(hex=id_hex))).mappings().first()
    return row_to_wire(name, dict(found)) if found else None
