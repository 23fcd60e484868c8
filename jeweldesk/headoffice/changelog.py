"""The change log pull serves from, and which store sees which rows.

Pull order is (transaction id, version), and only rows written by transactions that
finished before every still-running one (`xid < pg_snapshot_xmin(...)`) are served.
Ordering by version alone is not enough: a transaction that took an earlier version
may commit after a later one was already served, and a version cursor would skip it
for ever. All rows of a finished transaction are visible at once, and every
transaction that finishes later has a transaction id at or above the horizon the
cursor has reached, so an (xid, version) cursor skips nothing. On SQLite (one writer
at a time) xid is 0 and the order is the version's."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, and_, literal_column, or_, select, text, tuple_, union

from jeweldesk.storage.models import Base
from jeweldesk.sync.scope import owner_of
from jeweldesk.sync.wire import row_to_wire

ChangeLogT = Base.metadata.tables["change_log"]
Clients = Base.metadata.tables["clients"]
Grants = Base.metadata.tables["client_grants"]
ServerState = Base.metadata.tables["server_state"]


def _xid(conn: Connection):
    if conn.dialect.name == "postgresql":
        return literal_column("pg_current_xact_id()::text::bigint")
    return 0


def horizon(conn: Connection) -> int | None:
    """Transactions below this id have all finished (PostgreSQL); None on SQLite."""
    if conn.dialect.name != "postgresql":
        return None
    return conn.execute(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")).scalar_one()


def visible_clients_query(store_id: uuid.UUID):
    return union(
        select(Clients.c.id).where(Clients.c.home_store_id == store_id),
        select(Grants.c.client_id).where(Grants.c.store_id == store_id),
    )


def visible_client_ids(conn: Connection, store_id: uuid.UUID, among: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    ids = list(set(among))
    out: set[uuid.UUID] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out |= set(conn.execute(select(Clients.c.id).where(Clients.c.id.in_(chunk), Clients.c.home_store_id == store_id)).scalars())
        out |= set(conn.execute(select(Grants.c.client_id).where(Grants.c.client_id.in_(chunk), Grants.c.store_id == store_id)).scalars())
    return out


def grant(conn: Connection, store_id: uuid.UUID, client_ids: Iterable[uuid.UUID], reason: str, now: dt.datetime) -> None:
    ids = set(client_ids)
    if not ids:
        return
    existing = set(conn.execute(select(Grants.c.client_id).where(Grants.c.store_id == store_id, Grants.c.client_id.in_(ids))).scalars())
    rows = [{"store_id": store_id, "client_id": c, "granted_at": now, "reason": reason} for c in ids - existing]
    if rows:
        from jeweldesk.headoffice.rows import insert_many

        insert_many(conn, Grants, rows)


def _uuid(hex_value: str | None) -> uuid.UUID | None:
    if hex_value in (None, "?"):
        return None
    return uuid.UUID(hex=hex_value)


def log_rows(conn: Connection, rows: dict, touched: list[tuple[str, uuid.UUID]], now: dt.datetime, lookup) -> None:
    """One change-log entry per touched row, holding the row as it now is."""
    entries = []
    for name, row_id in touched:
        row = rows[name][row_id]
        wire = row_to_wire(name, row)
        owner = owner_of(name, wire, lookup)
        entries.append({
            "entity": name, "entity_id": row_id, "store_id": _uuid(owner.store_id),
            "client_id": _uuid(owner.client_id), "row": wire, "changed_at": now,
        })
    if entries:
        from jeweldesk.headoffice.rows import insert_many

        insert_many(conn, ChangeLogT, entries, {"xid": _xid(conn)})


def log_table(conn: Connection, name: str, now: dt.datetime) -> int:
    """Log every row of a table (seeding head office from an import)."""
    from jeweldesk.headoffice.rows import table

    t = table(name)
    rows = {name: {r["id"]: dict(r) for r in conn.execute(select(t)).mappings()}}

    def lookup(other: str, id_hex: str | None):
        if id_hex is None:
            return None
        found = conn.execute(select(table(other)).where(table(other).c.id == uuid.UUID(hex=id_hex))).mappings().first()
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
        clashes = batch.conn.execute(
            select(appts).where(
                appts.c.id != appt_id, appts.c.deleted.is_(False), appts.c.status.in_(list(OPEN_APPOINTMENT)),
                appts.c.starts_at < row["ends_at"], appts.c.ends_at > row["starts_at"], or_(*clauses),
            )
        ).mappings().all()
        in_batch = [
            r for i, r in batch.rows["appointments"].items()
            if i != appt_id and i in batch.inserted["appointments"] and not r.get("deleted")
            and r.get("status") in OPEN_APPOINTMENT and r["starts_at"] < row["ends_at"] and r["ends_at"] > row["starts_at"]
            and (set(who) & {r.get("advisor_id"), r.get("second_advisor_id")} or (row.get("room_id") and r.get("room_id") == row["room_id"]))
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
    from jeweldesk.headoffice.rows import write_updates

    write_updates(batch.conn, batch.updates)
    batch.updates.clear()


def pull(conn: Connection, store_id: uuid.UUID, after: tuple[int, int], limit: int) -> tuple[list[dict], tuple[int, int], bool]:
    """Changes visible to the store after the cursor, in (xid, version) order."""
    where = [
        tuple_(ChangeLogT.c.xid, ChangeLogT.c.version) > tuple_(*after),
        or_(
            ChangeLogT.c.store_id == store_id,
            ChangeLogT.c.client_id.in_(visible_clients_query(store_id)),
            and_(ChangeLogT.c.store_id.is_(None), ChangeLogT.c.client_id.is_(None)),
        ),
    ]
    xmin = horizon(conn)
    if xmin is not None:
        where.append(ChangeLogT.c.xid < xmin)
    rows = conn.execute(
        select(ChangeLogT.c.version, ChangeLogT.c.xid, ChangeLogT.c.entity, ChangeLogT.c.row)
        .where(*where)
        .order_by(ChangeLogT.c.xid, ChangeLogT.c.version)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = []
    for r in rows:
        row = dict(r.row)
        row["server_version"] = r.version
        changes.append({"entity": r.entity, "row": row})
    cursor = (rows[-1].xid, rows[-1].version) if rows else after
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
            select(ChangeLogT.c.version, ChangeLogT.c.entity, ChangeLogT.c.row).where(ChangeLogT.c.version.in_(versions[start : start + 500]))
        ):
            row = dict(r.row)
            row["server_version"] = r.version
            out.append({"entity": r.entity, "row": row})
    return out
