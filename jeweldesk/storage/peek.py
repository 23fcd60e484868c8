"""A look at a store before it is opened: the standard library's sqlite3, read-only
and creating nothing (the store may be mid-migration in another process).

Opening the desk imports SQLAlchemy and checks the schema against the migrations,
about a second; what the first window needs (which store, which language, whether the
book it showed last time still stands) is read here instead. Nothing here imports
SQLAlchemy. SQLite parses the whole schema on a connection's first statement, so a
caller opens one connection (`read_only`) and asks it everything it needs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jeweldesk.paths import DATABASE_FILENAME

Error = sqlite3.Error


def database_in(folder: Path) -> Path:
    """The store's file in a data folder (which may not exist yet)."""
    return Path(folder) / DATABASE_FILENAME


@contextmanager
def read_only(database: Path) -> Iterator[sqlite3.Connection]:
    """The store opened read-only, closed after."""
    con = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    try:
        yield con
    finally:
        con.close()


def settings(con: sqlite3.Connection, keys: Collection[str] | None = None) -> dict[str, Any]:
    """Device settings by key, their JSON decoded (all of them, or just `keys`)."""
    if keys is None:
        rows = con.execute("SELECT key, value FROM settings")
    else:
        marks = ",".join("?" * len(keys))
        rows = con.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", list(keys))
    return {key: None if value is None else json.loads(value) for key, value in rows}


def live_store_count(con: sqlite3.Connection) -> int:
    count: int = con.execute("SELECT count(*) FROM stores WHERE deleted = 0").fetchone()[0]
    return count


def open_book(con: sqlite3.Connection, staff_email: str) -> set[str]:
    """The clients (ids as stored: 32 hex digits) in the open book of the advisor
    signed in as `staff_email`."""
    return {
        client_id
        for (client_id,) in con.execute(
            "SELECT b.client_id FROM book_entries b JOIN staff s ON s.id = b.advisor_id"
            " WHERE s.email = ? AND b.ended_at IS NULL AND b.deleted = 0",
            (staff_email,),
        )
    }


def client_hlcs(con: sqlite3.Connection, client_ids: Collection[str]) -> dict[str, str]:
    """`updated_hlc` of each of the clients (ids as stored) that exists."""
    if not client_ids:
        return {}
    marks = ",".join("?" * len(client_ids))
    return dict(
        con.execute(f"SELECT id, updated_hlc FROM clients WHERE id IN ({marks})", list(client_ids))
    )


def has_clients(con: sqlite3.Connection) -> bool:
    """Raises `Error` when there is no clients table (a store never filled)."""
    return con.execute("SELECT 1 FROM clients LIMIT 1").fetchone() is not None
