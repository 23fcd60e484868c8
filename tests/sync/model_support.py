"""Helpers for the sync state machine (test_model.py): a transport that loses requests
and responses on cue, a head office that can be restarted on the same database, and
the comparison of a device with head office for the device's scope."""

from __future__ import annotations

import decimal
import functools
import itertools
import json
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import requests
from sqlalchemy import Numeric, select, text

from jeweldesk import config
from jeweldesk.headoffice import admin
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.protocol.scope import owner_of
from jeweldesk.protocol.wire import row_to_wire
from jeweldesk.services import Desk
from jeweldesk.storage.models import Base, synced_tables
from jeweldesk.sync.client import make_session
from jeweldesk.sync.enrol import enrol_device
from tests.headoffice_server import start_headoffice
from tests.templates import empty_store

FAULTS = ("ok", "drop_request", "drop_response", "replay")
IGNORED_COLUMNS = {"server_version"}


class FaultySession(requests.Session):
    """A device's HTTP session that follows a script of faults, one per request:
    `drop_request` never reaches head office, `drop_response` is handled by head office
    but the answer is lost, `replay` sends the same request twice (the device sees the
    second answer). With the script used up (or `enabled` off) requests go through."""

    def __init__(self) -> None:
        super().__init__()
        inner = make_session()  # retries as on a real device (stale keep-alive connections)
        self.headers.update(inner.headers)
        for prefix, adapter in inner.adapters.items():
            self.mount(prefix, adapter)
        self.script: list[str] = []
        self.enabled = True
        self.log: list[tuple[str, str, str]] = []

    def request(self, method, url, *args, **kwargs):  # noqa: D401
        fault = self.script.pop(0) if self.enabled and self.script else "ok"
        self.log.append((method, url.rsplit("/", 1)[-1].split("?")[0], fault))
        if fault == "drop_request":
            raise requests.ConnectionError("fault injected: request dropped")
        response = super().request(method, url, *args, **kwargs)
        if fault == "drop_response":
            response.close()
            raise requests.ConnectionError(
                "fault injected: response dropped after head office handled it"
            )
        if fault == "replay":
            response = super().request(method, url, *args, **kwargs)
        return response


# --- head office ----------------------------------------------------------------------


def seed_headoffice(ho) -> None:
    admin.add_store(
        ho,
        code="SH01",
        name="Shanghai Flagship",
        timezone="Asia/Shanghai",
        currency="CNY",
        country="CN",
    )
    admin.add_store(
        ho,
        code="HK01",
        name="Hong Kong Landmark",
        timezone="Asia/Hong_Kong",
        currency="HKD",
        country="HK",
    )
    admin.add_store(
        ho, code="PA01", name="Paris Vendôme", timezone="Europe/Paris", currency="EUR", country="FR"
    )
    for code, name in (("SH01", "Li Na"), ("HK01", "Chan Wing"), ("PA01", "Camille Martin")):
        admin.add_staff(
            ho,
            email=f"{name.split()[0].lower()}@{code.lower()}.example",
            name=name,
            role="advisor",
            store_code=code,
            pin="2468",
        )
        admin.add_room(ho, store_code=code, name=f"{code} Salon")
    admin.add_piece(
        ho,
        sku="ET-R-001",
        name="Étoile solitaire ring",
        category="ring",
        price="98000",
        currency="CNY",
    )


class HeadOffice:
    """A head office that can be stopped and started again on the same database."""

    def __init__(self, url: str) -> None:
        self.database_url = url
        self.running = start_headoffice(url)

    @property
    def url(self) -> str:
        return self.running.url

    @property
    def store(self):
        return self.running.store

    def restart(self) -> None:
        self.running.stop()
        self.running = start_headoffice(self.database_url)

    def stop(self) -> None:
        self.running.stop()


# --- devices --------------------------------------------------------------------------


@dataclass
class Device:
    """One store device: its folder, open Desk, transport, clock skew."""

    name: str
    store_code: str
    folder: object
    desk: Desk
    session: FaultySession
    skew_ms: int = 0
    seen_ops: set[str] = field(default_factory=set)

    def wire(self, headoffice_url: str) -> None:
        """Point the device at head office through its faulty transport, with its skew."""
        desk = self.desk
        with desk.store.sessions.begin() as s:
            config.put(s, "headoffice_url", headoffice_url)
        desk.sync.client.url = headoffice_url
        desk.sync.client.session = self.session
        skew = self.skew_ms
        desk.clock._wall = lambda: int(time.time() * 1000) + skew

    def sign_in(self) -> None:
        advisor = next(
            p for p, c in self.desk.directory.staff(self.store_code) if p.role == "advisor"
        )
        self.desk.act_as(advisor.id)


_counter = itertools.count(1)


def new_device(headoffice: HeadOffice, store_code: str, root) -> Device:
    folder = empty_store(root / f"device-{store_code}-{next(_counter)}")
    desk = Desk.open(folder)
    enrol_device(
        desk, headoffice.url, issue_code(headoffice.store, store_code), device_name=folder.name
    )
    device = Device(folder.name, store_code, folder, desk, FaultySession())
    device.sign_in()
    device.wire(headoffice.url)
    return device


def restart_device(device: Device, headoffice_url: str) -> None:
    device.desk.close()
    device.desk = Desk.open(device.folder)
    device.sign_in()
    device.wire(headoffice_url)


def new_ops(device: Device) -> list[dict]:
    """Outbox rows written since the last look: the local writes just committed."""
    with device.desk.store.engine.connect() as conn:
        rows = (
            conn.execute(
                text(
                    "SELECT op_id, entity, entity_id, kind, fields FROM outbox ORDER BY device_seq"
                )
            )
            .mappings()
            .all()
        )
    out = []
    for r in rows:
        if r["op_id"] not in device.seen_ops:
            device.seen_ops.add(r["op_id"])
            out.append({**r, "fields": json.loads(r["fields"] or "{}"), "device": device.name})
    return out


# --- comparing a device with head office ----------------------------------------------


@functools.cache
def numeric_columns(name: str) -> set[str]:
    return {
        c.name
        for c in Base.metadata.tables[name].c
        if isinstance(c.type, Numeric) or isinstance(getattr(c.type, "impl", None), Numeric)
    }


def normalise(name: str, row: dict) -> dict:
    wire = row_to_wire(name, row)
    for column in IGNORED_COLUMNS:
        wire.pop(column, None)
    for column in numeric_columns(name):
        if wire.get(column) is not None:
            wire[column] = decimal.Decimal(str(wire[column])).normalize()
    return wire


def table_rows(engine, name: str) -> dict[str, dict]:
    """Every row of a synced table, in wire form, by id (hex)."""
    t = Base.metadata.tables[name]
    with engine.connect() as conn:
        rows = conn.execute(select(t)).mappings().all()
    out = {}
    for r in rows:
        wire = normalise(name, dict(r))
        out[wire["id"]] = wire
    return out


def headoffice_rows(ho) -> dict[str, dict[str, dict]]:
    return {name: table_rows(ho.engine, name) for name in synced_tables()}


def device_rows(desk: Desk) -> dict[str, dict[str, dict]]:
    return {name: table_rows(desk.store.engine, name) for name in synced_tables()}


def scope_of(
    ho, all_rows: dict[str, dict[str, dict]], store_code: str
) -> dict[str, dict[str, dict]]:
    """Head office's rows a device of the store should hold: global rows, the store's
    own, and every row of the clients homed at or granted to the store."""
    with ho.engine.connect() as conn:
        store_id = conn.execute(
            text("SELECT id FROM stores WHERE code = :c"), {"c": store_code}
        ).scalar_one()
        store_hex = (
            store_id.hex if isinstance(store_id, uuid.UUID) else uuid.UUID(str(store_id)).hex
        )
        grants = (
            conn.execute(
                text("SELECT client_id FROM client_grants WHERE store_id = :s"), {"s": store_id}
            )
            .scalars()
            .all()
        )
    visible = {c["id"] for c in all_rows["clients"].values() if c.get("home_store_id") == store_hex}
    visible |= {g.hex if isinstance(g, uuid.UUID) else uuid.UUID(str(g)).hex for g in grants}

    def lookup(name: str, id_hex: str | None):
        return all_rows.get(name, {}).get(id_hex) if id_hex else None

    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for name, rows in all_rows.items():
        for row_id, row in rows.items():
            owner = owner_of(name, row, lookup)
            if (
                owner.is_global
                or (owner.store_id == store_hex and owner.client_id is None)
                or owner.client_id in visible
            ):
                out[name][row_id] = row
    return {name: dict(out.get(name, {})) for name in all_rows}


def differences(
    expected: dict[str, dict[str, dict]], actual: dict[str, dict[str, dict]], limit: int = 12
) -> list[str]:
    found = []
    for name in sorted(expected):
        want, have = expected[name], actual.get(name, {})
        for row_id in sorted(set(want) | set(have)):
            if row_id not in have:
                found.append(
                    f"{name} {row_id}: at head office, missing on the device: {want[row_id]}"
                )
            elif row_id not in want:
                found.append(
                    f"{name} {row_id}: on the device, not at head office (for this scope): {have[row_id]}"
                )
            elif want[row_id] != have[row_id]:
                diff = {
                    k: (want[row_id].get(k), have[row_id].get(k))
                    for k in set(want[row_id]) | set(have[row_id])
                    if want[row_id].get(k) != have[row_id].get(k)
                }
                found.append(f"{name} {row_id}: head office vs device {diff}")
            if len(found) >= limit:
                return found
    return found
