"""Shared checks for the sync tests: convergence of devices with head office for a
store's scope, counts, and raw reads of device tables."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy import JSON, Numeric, select, text

from jeweldesk.protocol.scope import owner_of
from jeweldesk.protocol.wire import row_to_wire
from jeweldesk.storage.models import Base, synced_tables

IGNORED = {"server_version"}


def _norm(table: str, column: str, value):
    if value is None:
        return None
    col = Base.metadata.tables[table].c[column]
    if isinstance(col.type, JSON):
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return value
        return json.dumps(value, sort_keys=True)
    if isinstance(col.type, Numeric) or isinstance(getattr(col.type, "impl", None), Numeric):
        try:
            return Decimal(str(value)).normalize()
        except InvalidOperation:
            return value
    if isinstance(value, bool):
        return int(value)
    return value


def _normalised(table: str, row: dict) -> dict:
    return {k: _norm(table, k, v) for k, v in row.items() if k not in IGNORED}


def headoffice_rows(ho_store, store_code: str) -> dict[str, dict[str, dict]]:
    """Every synced row head office holds that the store may see, in wire form."""
    engine = ho_store.engine
    stores = Base.metadata.tables["stores"]
    clients = Base.metadata.tables["clients"]
    grants = Base.metadata.tables["client_grants"]
    with engine.connect() as conn:
        store_id = conn.execute(select(stores.c.id).where(stores.c.code == store_code)).scalar_one()
        visible = {
            c.hex
            for c in conn.execute(
                select(clients.c.id).where(clients.c.home_store_id == store_id)
            ).scalars()
        }
        visible |= {
            c.hex
            for c in conn.execute(
                select(grants.c.client_id).where(grants.c.store_id == store_id)
            ).scalars()
        }
        wire: dict[str, dict[str, dict]] = {}
        for name in synced_tables():
            t = Base.metadata.tables[name]
            wire[name] = {}
            for row in conn.execute(select(t)).mappings():
                w = row_to_wire(name, dict(row))
                wire[name][w["id"]] = w

    def lookup(table: str, id_hex):
        return wire.get(table, {}).get(id_hex) if id_hex else None

    out: dict[str, dict[str, dict]] = {}
    for name, rows in wire.items():
        out[name] = {}
        for id_hex, w in rows.items():
            owner = owner_of(name, w, lookup)
            if owner.is_global:
                seen = True
            elif owner.client_id is not None and owner.client_id != "?":
                seen = owner.client_id in visible
            else:
                seen = owner.store_id == store_id.hex
            if seen:
                out[name][id_hex] = w
    return out


def device_rows(desk) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = {}
    with desk.store.engine.connect() as conn:
        for name in synced_tables():
            out[name] = {
                r["id"]: dict(r) for r in conn.execute(text(f'SELECT * FROM "{name}"')).mappings()
            }
    return out


def assert_converged(ho_store, desks, store_code: str, *, outbox_empty: bool = True) -> None:
    """Each device holds exactly head office's rows for the store's scope, column for
    column (server_version aside), and has nothing left to push."""
    expected = headoffice_rows(ho_store, store_code)
    for desk in desks:
        actual = device_rows(desk)
        problems = []
        for name in synced_tables():
            want = {i: _normalised(name, r) for i, r in expected[name].items()}
            have = {i: _normalised(name, r) for i, r in actual[name].items()}
            missing = set(want) - set(have)
            extra = set(have) - set(want)
            if missing:
                problems.append(
                    f"{name}: {len(missing)} rows missing on the device, e.g. {sorted(missing)[:3]}"
                )
            if extra:
                problems.append(
                    f"{name}: {len(extra)} rows only on the device, e.g. {sorted(extra)[:3]}"
                )
            for i in set(want) & set(have):
                if want[i] != have[i]:
                    diff = {
                        k: (want[i].get(k), have[i].get(k))
                        for k in set(want[i]) | set(have[i])
                        if want[i].get(k) != have[i].get(k)
                    }
                    problems.append(f"{name} {i}: head office vs device differ: {diff}")
        assert not problems, (
            f"device {desk.device_id} differs from head office for {store_code}:\n"
            + "\n".join(problems[:20])
        )
        if outbox_empty:
            assert outbox(desk) == [], f"device {desk.device_id} still has ops in its outbox"


def outbox(desk) -> list[dict]:
    with desk.store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings()
        ]


def ho_count(ho_store, table: str, where: str = "", params: dict | None = None) -> int:
    params = dict(params or {})
    if ho_store.engine.dialect.name == "sqlite":  # UUIDs are stored as 32 hex digits there
        params = {k: v.hex if isinstance(v, uuid.UUID) else v for k, v in params.items()}
    with ho_store.engine.connect() as conn:
        return conn.execute(text(f'SELECT count(*) FROM "{table}" {where}'), params).scalar_one()


def device_count(desk, table: str, where: str = "", params: dict | None = None) -> int:
    with desk.store.engine.connect() as conn:
        return conn.execute(
            text(f'SELECT count(*) FROM "{table}" {where}'), params or {}
        ).scalar_one()


def device_scalar(desk, sql: str, params: dict | None = None):
    with desk.store.engine.connect() as conn:
        return conn.execute(text(sql), params or {}).scalar()


def assert_applied_once(ho_store, *, by_op_id: bool = True) -> None:
    """applied_ops holds one row per (device, seq) and one per op id."""
    with ho_store.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM applied_ops")).scalar_one()
        pairs = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT DISTINCT device_id, device_seq FROM applied_ops) AS d"
            )
        ).scalar_one()
        ops = conn.execute(
            text("SELECT count(*) FROM (SELECT DISTINCT op_id FROM applied_ops) AS d")
        ).scalar_one()
    assert total == pairs, f"{total - pairs} (device, seq) pairs applied more than once"
    if by_op_id:
        assert total == ops, f"{total - ops} op ids applied more than once"


def hex_id(value) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)
