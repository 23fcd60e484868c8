"""An erasure on the device: the outbox ops still carrying a client's old values,
the full-text index, and the bytes SQLite keeps of deleted text; and clients head
office has erased arriving in a pull. Finding the rows and what each becomes is
shared with head office, in `protocol/erasure.py`."""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, select, text, update
from sqlalchemy.exc import OperationalError

from jeweldesk.paths import BOOK_SNAPSHOT_FILENAME
from jeweldesk.protocol.erasure import (
    Rows,
    chunks,
    entity_ids,
    planned_changes,
    purge_history,
    related_rows,
    table,
)
from jeweldesk.protocol.wire import data_columns, row_from_wire

log = logging.getLogger(__name__)


def scrub_outbox(conn: Connection, rows: Rows, *, first_new_seq: int | None = None) -> None:
    """Outbox ops about the client's rows carry old (and unsent new) personal values.

    Ops from the erasure itself (from `first_new_seq` on) keep their new values and
    lose their old ones. Earlier ops still waiting are rewritten so that they say
    nothing personal but keep their place in the sequence (head office expects every
    number): an insert carries the row as it now is, an update carries nothing.
    Rejected ops were already counted by head office and are dropped."""
    wanted = {(name, i.hex) for name, by_id in rows.items() for i in by_id}
    if not wanted:
        return
    by_entity: dict[str, set[str]] = defaultdict(set)
    for name, hex_id in wanted:
        by_entity[name].add(hex_id)
    found: list[Row[*tuple[Any, ...]]] = []
    for name, hexes in by_entity.items():
        for chunk in chunks(hexes):
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            found += conn.execute(
                text(
                    f"SELECT device_seq, entity, entity_id, kind, fields, rejected_reason FROM outbox WHERE entity = :e AND entity_id IN ({marks})"
                ),
                {"e": name, **{f"i{n}": h for n, h in enumerate(chunk)}},
            ).all()
    for seq, entity, entity_id, kind, fields, rejected in found:
        if rejected is not None:
            conn.execute(text("DELETE FROM outbox WHERE device_seq = :s"), {"s": seq})
            continue
        pairs = json.loads(fields or "{}")
        if first_new_seq is not None and seq >= first_new_seq:
            scrubbed = {c: [None, pair[1]] for c, pair in pairs.items()}
        elif kind == "insert":
            current = _wire_row(conn, entity, entity_id)
            scrubbed = {c: [None, v] for c, v in current.items() if c != "id"} if current else {}
        else:
            scrubbed = {}
        conn.execute(
            text("UPDATE outbox SET fields = :f WHERE device_seq = :s"),
            {"f": json.dumps(scrubbed), "s": seq},
        )


def _wire_row(conn: Connection, entity: str, hex_id: str) -> dict[str, Any] | None:
    columns = ", ".join(f'"{c}"' for c in data_columns(entity))
    row = (
        conn.execute(text(f'SELECT {columns} FROM "{entity}" WHERE id = :i'), {"i": hex_id})
        .mappings()
        .first()
    )
    return dict(row) if row else None


def forget_search(conn: Connection, client_ids: set[uuid.UUID]) -> None:
    """Take the clients out of the full-text index and merge its segments, so their
    old tokens are not left behind in superseded ones."""
    if not client_ids:
        return
    for chunk in chunks(c.hex for c in client_ids):
        marks = ", ".join(f":c{n}" for n in range(len(chunk)))
        params = {f"c{n}": c for n, c in enumerate(chunk)}
        conn.execute(
            text(
                f"DELETE FROM client_search WHERE rowid IN (SELECT rowid FROM search_keys WHERE client_id IN ({marks}))"
            ),
            params,
        )
        conn.execute(text(f"DELETE FROM search_keys WHERE client_id IN ({marks})"), params)
    conn.execute(text("INSERT INTO client_search(client_search) VALUES ('optimize')"))


def forget_imports(conn: Connection, client_ids: set[uuid.UUID]) -> None:
    """An import remembers each line of its file by a hash of what the line said, and
    which client the line became: for an erased client both go. The hash of a name and
    a phone is still theirs (anyone holding the file could recompute it), and a line
    that no longer names anyone is one a later import treats as new, not as known."""
    if not client_ids:
        return
    for chunk in chunks(c.hex for c in client_ids):
        marks = ", ".join(f":c{n}" for n in range(len(chunk)))
        params = {f"c{n}": c for n, c in enumerate(chunk)}
        conn.execute(
            text(
                "UPDATE import_batch_rows SET fingerprint = '', client_id = NULL "
                f"WHERE client_id IN ({marks})"
            ),
            params,
        )


def scrub_file(engine: Engine) -> None:
    """SQLite keeps deleted and overwritten text in free pages and in the write-ahead
    log until they are reused: rewrite the file and empty the log, so an erased
    client's data is gone from the disk too, not only from the tables. The copy of the
    book the app keeps beside the store for its next start goes too."""
    if engine.url.database:
        snapshot = Path(engine.url.database).parent / BOOK_SNAPSHOT_FILENAME
        try:
            snapshot.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s after an erasure", snapshot, exc_info=True)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except OperationalError:
        # The erasure itself is committed; the file is rewritten at the next one, or
        # by SQLite reusing the pages. Worth knowing, not worth failing the erasure.
        log.warning("could not rewrite %s after an erasure", engine.url, exc_info=True)


def arriving(conn: Connection, by_table: dict[str, list[dict[str, Any]]]) -> set[uuid.UUID]:
    """Pulled rows (wire form) about to be applied: clients head office has erased
    that this device still holds un-erased are anonymised here first, with their
    unsent ops, so neither this device's own rows head office never saw nor its
    pending edits (put back on top after the pull) keep or restore their data.
    Runs inside the applying transaction (capture off). Returns the clients erased."""
    erased = {}
    for row in by_table.get("clients", ()):
        if row.get("erased_at"):
            erased[uuid.UUID(hex=row["id"])] = row
    if not erased:
        return set()
    clients = table("clients")
    local = {
        r.id: r.erased_at
        for chunk in chunks(erased)
        for r in conn.execute(
            select(clients.c.id, clients.c.erased_at).where(clients.c.id.in_(chunk))
        )
    }
    newly = {c for c in erased if c in local and local[c] is None}
    for client_id in newly:
        at = row_from_wire("clients", {"erased_at": erased[client_id]["erased_at"]})["erased_at"]
        rows = related_rows(conn, client_id)
        for (name, row_id), changes in planned_changes(rows, at).items():
            t = table(name)
            conn.execute(update(t).where(t.c.id == row_id).values(**changes))
            rows[name][row_id].update(changes)
        scrub_outbox(conn, rows)
        purge_history(conn, entity_ids(rows))
    forget_search(conn, newly)
    forget_imports(conn, newly)
    return newly
