"""The change log pull serves from, and which store sees which rows.

Pull must never skip a row. With a plain sequence, a transaction that took an earlier
version can commit after a later one was already served, and a version cursor passes
it for ever. SYNC.md first answered this with PostgreSQL's snapshot horizon
(`pg_snapshot_xmin`), but that horizon is the whole server's: any long transaction
anywhere (a migration, a report, another database's import) holds back every
device's pull until it ends. Instead, every writer of the change log takes a
self-conflicting table lock just before inserting and keeps it to commit: versions
are then handed out in commit order, a reader that sees version N has seen every
version below it, and `version > cursor` skips nothing. The lock is held for the
insert and the commit only (a few milliseconds per push); reads never wait for it.
SQLite has one writer at a time and needs no lock. The `xid` column stays 0: it
keeps the cursor's (epoch, xid, version) form that devices already hold."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import (
    Connection,
    Text,
    and_,
    bindparam,
    cast,
    or_,
    select,
    text,
    tuple_,
    union,
)

from jeweldesk.headoffice.fields import uuid_of
from jeweldesk.headoffice.rows import (
    among_ids,
    chunks,
    copy_rows,
    id_array,
    insert_many,
    json_text,
    table,
    write_updates,
)
from jeweldesk.protocol.scope import owner_of
from jeweldesk.protocol.wire import row_to_wire
from jeweldesk.storage.models import Base

ChangeLogT = Base.metadata.tables["change_log"]
Clients = Base.metadata.tables["clients"]
Grants = Base.metadata.tables["client_grants"]
ServerState = Base.metadata.tables["server_state"]


def lock_for_logging(conn: Connection) -> None:
    """Serialise change-log writers until commit (PostgreSQL), so versions become
    visible in order. Reads are not blocked."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE change_log IN SHARE ROW EXCLUSIVE MODE"))


def visible_clients_query(store_id: uuid.UUID):
    return union(
        select(Clients.c.id).where(Clients.c.home_store_id == store_id),
        select(Grants.c.client_id).where(Grants.c.store_id == store_id),
    )


def _visible_among(store_id, ids_match):
    """The clients among some ids that the store sees; `ids_match(column)` is the test
    on the ids."""
    return union(
        select(Clients.c.id).where(ids_match(Clients.c.id), Clients.c.home_store_id == store_id),
        select(Grants.c.client_id).where(
            ids_match(Grants.c.client_id), Grants.c.store_id == store_id
        ),
    )


# On PostgreSQL the ids travel as one array: the statement is built and compiled once.
VISIBLE_AMONG = _visible_among(bindparam("store", type_=Clients.c.home_store_id.type), among_ids)


def visible_client_ids(
    conn: Connection, store_id: uuid.UUID, client_ids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of the clients the store sees (homed there or granted to it)."""
    out: set[uuid.UUID] = set()
    for chunk in chunks(conn, client_ids):
        if conn.dialect.name == "postgresql":
            out |= set(
                conn.execute(VISIBLE_AMONG, {"ids": id_array(chunk), "store": store_id}).scalars()
            )
        else:
            out |= set(
                conn.execute(
                    _visible_among(store_id, lambda column, ids=chunk: column.in_(ids))
                ).scalars()
            )
    return out


def grant(
    conn: Connection,
    store_id: uuid.UUID,
    client_ids: Iterable[uuid.UUID],
    reason: str,
    now: dt.datetime,
) -> None:
    ids = set(client_ids)
    if not ids:
        return
    existing = set(
        conn.execute(
            select(Grants.c.client_id).where(
                Grants.c.store_id == store_id, Grants.c.client_id.in_(ids)
            )
        ).scalars()
    )
    rows = [
        {"store_id": store_id, "client_id": c, "granted_at": now, "reason": reason}
        for c in ids - existing
    ]
    if rows:
        insert_many(conn, Grants, rows)


def _uuid(hex_value: str | None) -> uuid.UUID | None:
    if hex_value in (None, "?"):
        return None
    return uuid_of(hex_value)


def log_rows(
    conn: Connection, rows: dict, touched: list[tuple[str, uuid.UUID]], now: dt.datetime, lookup
) -> None:
    """One change-log entry per touched row, holding the row as it now is; `lookup`
    finds a parent row (wire form) for rows owned through one."""
    entries = []
    for name, row_id in touched:
        wire = row_to_wire(name, rows[name][row_id])
        owner = owner_of(name, wire, lookup)
        entries.append((name, row_id, _uuid(owner.store_id), _uuid(owner.client_id), wire))
    log_entries(conn, entries, now)


def log_entries(
    conn: Connection,
    entries: list[tuple[str, uuid.UUID, uuid.UUID | None, uuid.UUID | None, dict]],
    now: dt.datetime,
) -> None:
    """Change-log entries as (entity, id, owning store, owning client, row in wire form)."""
    if not entries:
        return
    if conn.dialect.name == "postgresql":
        # Ready to send before the lock is taken: it is held to commit.
        ready = [
            (
                name,
                row_id.hex,
                store_id and store_id.hex,
                client_id and client_id.hex,
                json_text(wire),
                now,
                0,
            )
            for name, row_id, store_id, client_id, wire in entries
        ]
        lock_for_logging(conn)
        copy_rows(
            conn,
            ChangeLogT,
            ("entity", "entity_id", "store_id", "client_id", "row", "changed_at", "xid"),
            ready,
        )
        return
    rows = [
        {
            "entity": name,
            "entity_id": row_id,
            "store_id": store_id,
            "client_id": client_id,
            "row": wire,
            "changed_at": now,
            "xid": 0,
        }
        for name, row_id, store_id, client_id, wire in entries
    ]
    insert_many(conn, ChangeLogT, rows, just_before=lambda: lock_for_logging(conn))


def log_table(conn: Connection, name: str, now: dt.datetime) -> int:
    """Log every row of a table (seeding head office from an import)."""
    t = table(name)
    rows = {name: {r["id"]: dict(r) for r in conn.execute(select(t)).mappings()}}

    def lookup(other: str, id_hex: str | None):
        if id_hex is None:
            return None
        found = (
            conn.execute(select(table(other)).where(table(other).c.id == uuid.UUID(hex=id_hex)))
            .mappings()
            .first()
        )
        return row_to_wire(other, dict(found)) if found else None

    log_rows(conn, rows, [(name, i) for i in rows[name]], now, lookup)
    return len(rows[name])


def flag_double_bookings(batch) -> None:
    """Two offline devices booked the same advisor or room: flag both appointments and
    record the clash where people will see it."""
    from jeweldesk.domain.vocab import OPEN_APPOINTMENT

    appts = Base.metadata.tables["appointments"]
    touched = [i for (name, i) in batch.touched if name == "appointments"]
    for appt_id in touched:
        row = batch.rows["appointments"][appt_id]
        if row.get("deleted") or row.get("status") not in OPEN_APPOINTMENT:
            continue
        who = [row[c] for c in ("advisor_id", "second_advisor_id") if row.get(c)]
        clauses = []
        if who:
            clauses += [appts.c.advisor_id.in_(who), appts.c.second_advisor_id.in_(who)]
        if row.get("room_id"):
            clauses.append(appts.c.room_id == row["room_id"])
        if not clauses:
            continue
        clashes = (
            batch.conn.execute(
                select(appts).where(
                    appts.c.id != appt_id,
                    appts.c.deleted.is_(False),
                    appts.c.status.in_(list(OPEN_APPOINTMENT)),
                    appts.c.starts_at < row["ends_at"],
                    appts.c.ends_at > row["starts_at"],
                    or_(*clauses),
                )
            )
            .mappings()
            .all()
        )
        in_batch = [
            r
            for i, r in batch.rows["appointments"].items()
            if i != appt_id
            and i in batch.inserted["appointments"]
            and not r.get("deleted")
            and r.get("status") in OPEN_APPOINTMENT
            and r["starts_at"] < row["ends_at"]
            and r["ends_at"] > row["starts_at"]
            and (
                set(who) & {r.get("advisor_id"), r.get("second_advisor_id")}
                or (row.get("room_id") and r.get("room_id") == row["room_id"])
            )
        ]
        others = {r["id"]: dict(r) for r in clashes} | {r["id"]: r for r in in_batch}
        if not others:
            continue
        for other_id, other in others.items():
            batch.rows["appointments"].setdefault(other_id, other)
            if not batch.rows["appointments"][other_id].get("double_booked"):
                _flag(batch, other_id)
        if not row.get("double_booked"):
            _flag(batch, appt_id)
        write_updates_now(batch)


def _flag(batch, appt_id) -> None:
    """Flag as an UPDATE even when the row was inserted by this push: the inserts are
    already written when double bookings are checked (`batch.write` would only change
    the pending insert, and head office would keep the flag off)."""
    batch.rows["appointments"][appt_id]["double_booked"] = True
    batch.updates["appointments"].setdefault(appt_id, {})["double_booked"] = True
    batch.touched[("appointments", appt_id)] = None


def write_updates_now(batch) -> None:
    write_updates(batch.conn, batch.updates)
    batch.updates.clear()


def pull_raw(
    conn: Connection, store_id: uuid.UUID, after: tuple[int, int], limit: int
) -> tuple[list[tuple[str, int, str]], tuple[int, int], bool]:
    """Changes visible to the store after the cursor, in (xid, version) order, as
    (entity, version, the row's JSON text): served without decoding and re-encoding."""
    where = [
        tuple_(ChangeLogT.c.xid, ChangeLogT.c.version) > tuple_(*after),
        or_(
            ChangeLogT.c.store_id == store_id,
            ChangeLogT.c.client_id.in_(visible_clients_query(store_id)),
            and_(ChangeLogT.c.store_id.is_(None), ChangeLogT.c.client_id.is_(None)),
        ),
    ]
    rows = conn.execute(
        select(
            ChangeLogT.c.version,
            ChangeLogT.c.xid,
            ChangeLogT.c.entity,
            cast(ChangeLogT.c.row, Text),
        )
        .where(*where)
        .order_by(ChangeLogT.c.xid, ChangeLogT.c.version)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = (rows[-1][1], rows[-1][0]) if rows else after
    return [(r[2], r[0], r[3]) for r in rows], cursor, more


def pull(
    conn: Connection, store_id: uuid.UUID, after: tuple[int, int], limit: int
) -> tuple[list[dict], tuple[int, int], bool]:
    """As `pull_raw`, decoded: [{"entity", "row"}] with `server_version` in the row."""
    import json

    raw, cursor, more = pull_raw(conn, store_id, after, limit)
    changes = []
    for entity, version, text_row in raw:
        row = json.loads(text_row)
        row["server_version"] = version
        changes.append({"entity": entity, "row": row})
    return changes, cursor, more


def client_rows(conn: Connection, client_ids: list[uuid.UUID]) -> list[dict]:
    """The current state of every row belonging to the clients: what a store that just
    recognised them needs (latest change-log entry per row)."""
    if not client_ids:
        return []
    latest = (
        select(ChangeLogT.c.entity_id, ChangeLogT.c.version)
        .where(ChangeLogT.c.client_id.in_(client_ids))
        .order_by(ChangeLogT.c.entity_id, ChangeLogT.c.version.desc())
    )
    seen: dict[uuid.UUID, int] = {}
    for entity_id, version in conn.execute(latest):
        seen.setdefault(entity_id, version)
    out = []
    versions = list(seen.values())
    for start in range(0, len(versions), 500):
        for r in conn.execute(
            select(ChangeLogT.c.version, ChangeLogT.c.entity, ChangeLogT.c.row).where(
                ChangeLogT.c.version.in_(versions[start : start + 500])
            )
        ):
            row = dict(r.row)
            row["server_version"] = r.version
            out.append({"entity": r.entity, "row": row})
    return out
