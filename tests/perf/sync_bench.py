"""Helpers for the sync benchmarks (tests/perf/test_sync_perf.py): head office as a
separate uvicorn process on a fresh PostgreSQL schema, stores and enrolled devices,
realistic pushed ops in the device's wire form, bulk seeding of a large store, and
small latency statistics."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import requests

from jeweldesk.domain.ids import new_id
from jeweldesk.headoffice import admin, changelog
from jeweldesk.headoffice.app import DATABASE_URL_ENV
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow
from jeweldesk.protocol.models import MAX_OPS_PER_PUSH, PROTOCOL_VERSION
from jeweldesk.storage.models import Base

REPO = Path(__file__).resolve().parents[2]
SCHEMA_VERSION = "0002"


# --- the server --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServerProcess:
    url: str
    process: subprocess.Popen
    workers: int

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_server(database_url: str, workers: int) -> ServerProcess:
    """`uvicorn --factory` with N workers, the database URL in the environment."""
    port = free_port()
    env = {**os.environ, DATABASE_URL_ENV: database_url}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "jeweldesk.headoffice.app:app_from_env",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
        cwd=REPO,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"head office exited with {process.returncode}")
        try:
            if requests.get(url + "/health", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("head office did not start")
    # With several workers every one of them must be up before timing starts.
    if workers > 1:
        time.sleep(1.5 + 0.5 * workers)
    return ServerProcess(url, process, workers)


# --- stores and devices --------------------------------------------------------------


@dataclass
class StoreInfo:
    code: str
    id: uuid.UUID
    advisor_id: uuid.UUID


def seed_stores(ho: HeadOfficeStore, count: int, prefix: str = "S") -> list[StoreInfo]:
    """`count` stores, each with one advisor (no PIN: argon2 would dominate seeding)."""
    out = []
    for n in range(count):
        code = f"{prefix}{n:03d}"
        store = admin.add_store(
            ho,
            code=code,
            name=f"Store {code}",
            timezone="Asia/Shanghai",
            currency="CNY",
            country="CN",
        )
        staff = admin.add_staff(
            ho,
            email=f"advisor@{code.lower()}.example",
            name=f"Advisor {code}",
            role="advisor",
            store_code=code,
        )
        out.append(StoreInfo(code, store["id"], staff["id"]))
    return out


@dataclass
class DeviceCred:
    device_id: str
    token: str
    store: StoreInfo

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.device_id}:{self.token}"}


def enrol(
    url: str,
    ho: HeadOfficeStore,
    store: StoreInfo,
    name: str,
    session: requests.Session | None = None,
) -> DeviceCred:
    """A real enrolment: a one-time code from head office, exchanged over HTTP."""
    code = issue_code(ho, store.code)
    http = session or requests
    answer = http.post(
        url + "/enrol",
        json={"code": code, "device_name": name, "public_key": "", "protocol": PROTOCOL_VERSION},
        timeout=30,
    )
    answer.raise_for_status()
    body = answer.json()
    return DeviceCred(body["device_id"], body["token"], store)


# --- ops in the device's wire form ---------------------------------------------------


def _wire_time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


FAMILY = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "黄",
    "赵",
    "吴",
    "周",
    "Martin",
    "Bernard",
    "Dubois",
    "Chan",
    "Wong",
]
GIVEN = [
    "美玲",
    "静",
    "丽",
    "敏",
    "Claire",
    "Sophie",
    "Wing",
    "Mei",
    "Camille",
    "Léa",
    "Hui",
    "Ying",
]
NOTE_BODIES = [
    "Loves pearls; prefers white gold. Anniversary in June, husband usually calls ahead.",
    "Asked about the Étoile solitaire in 1.5 ct; wants to see it with a platinum band.",
    "Allergic to nickel. Do not offer champagne, she prefers jasmine tea.",
    "Daughter graduates next spring: thinking about a first diamond pendant as a gift.",
    "Came in with her sister; interested in the new high-jewellery collection preview.",
]
STONES = ["pearl", "diamond", "sapphire", "emerald", "ruby", "jade", "tanzanite", "opal"]


class OpStream:
    """Ops a store device would capture while an advisor works: per client a create,
    a phone and an e-mail, two notes, a preference then an edit of it, and a profile
    edit (8 ops). Every value is in the SQLite wire form the triggers produce."""

    def __init__(self, store: StoreInfo, device_id: str, seed: int = 0) -> None:
        self.store = store
        self.device_id = device_id
        self.rng = random.Random(seed)
        self.seq = 0
        self.clock = int(time.time() * 1000)
        self.counter = 0
        self.client_ids: list[str] = []

    def _hlc(self) -> str:
        self.counter += 1
        return f"{self.clock:013d}-{self.counter:05d}-{self.device_id}"

    def _op(self, entity: str, entity_id: str, kind: str, fields: dict) -> dict:
        self.seq += 1
        return {
            "device_seq": self.seq,
            "op_id": uuid.uuid4().hex,
            "entity": entity,
            "entity_id": entity_id,
            "kind": kind,
            "fields": fields,
            "hlc": self._hlc(),
            "schema_version": SCHEMA_VERSION,
        }

    def client_ops(self) -> list[dict]:
        rng = self.rng
        now = _wire_time(utcnow())
        cid = new_id().hex
        self.client_ids.append(cid)
        family, given = rng.choice(FAMILY), rng.choice(GIVEN)
        staff = self.store.advisor_id.hex
        ins = lambda values: {k: [None, v] for k, v in values.items()}  # noqa: E731
        ops = [
            self._op(
                "clients",
                cid,
                "insert",
                ins(
                    {
                        "home_store_id": self.store.id.hex,
                        "title": "",
                        "family_name": family,
                        "given_name": given,
                        "name_order": "family_first",
                        "name_local": family + given,
                        "name_romanised": f"{family} {given}",
                        "greeting_name": "",
                        "gender": "",
                        "language": "zh_CN",
                        "preferred_channel": None,
                        "contact_hours_start": None,
                        "contact_hours_end": None,
                        "photo_path": "",
                        "source": "walk-in",
                        "created_at": now,
                        "created_by_id": staff,
                        "segment": "",
                        "erased_at": None,
                        "deleted": 0,
                    }
                ),
            )
        ]
        phone = f"138{rng.randrange(10**8):08d}"
        for kind, value, normal in (
            ("phone", f"{phone[:3]} {phone[3:7]} {phone[7:]}", "+86" + phone),
            ("email", f"c{rng.randrange(10**9)}@example.com", None),
        ):
            ops.append(
                self._op(
                    "contact_points",
                    new_id().hex,
                    "insert",
                    ins(
                        {
                            "client_id": cid,
                            "kind": kind,
                            "value": value,
                            "normalised": normal or value,
                            "label": "",
                            "is_primary": 1,
                            "deleted": 0,
                        }
                    ),
                )
            )
        for _ in range(2):
            ops.append(
                self._op(
                    "notes",
                    new_id().hex,
                    "insert",
                    ins(
                        {
                            "client_id": cid,
                            "author_id": staff,
                            "store_id": self.store.id.hex,
                            "body": rng.choice(NOTE_BODIES),
                            "pinned": 0,
                            "sensitive": 0,
                            "created_at": now,
                            "supersedes_id": None,
                            "deleted": 0,
                        }
                    ),
                )
            )
        pid = new_id().hex
        ops.append(
            self._op(
                "preferences",
                pid,
                "insert",
                ins(
                    {
                        "client_id": cid,
                        "relationship_id": None,
                        "category": "stone",
                        "value": rng.choice(STONES),
                        "sentiment": "likes",
                        "detail": "",
                        "recorded_by_id": staff,
                        "recorded_at": now,
                        "deleted": 0,
                    }
                ),
            )
        )
        ops.append(
            self._op(
                "preferences",
                pid,
                "update",
                {"sentiment": ["likes", "loves"], "detail": ["", "for her 40th"]},
            )
        )
        ops.append(self._op("clients", cid, "update", {"greeting_name": ["", f"Mrs {family}"]}))
        return ops

    def ops(self, count: int) -> list[dict]:
        out: list[dict] = []
        while len(out) < count:
            out += self.client_ops()
        extra = out[count:]
        out = out[:count]
        self.seq -= len(extra)  # keep the sequence gap-free
        return out


def push_body(device_id: str, ops: list[dict], pending: int = 0) -> dict:
    return {
        "device_id": device_id,
        "protocol": PROTOCOL_VERSION,
        "schema_version": SCHEMA_VERSION,
        "ops": ops,
        "pending": pending,
    }


def encode(body: dict, gz: bool = True) -> bytes:
    raw = json.dumps(body, separators=(",", ":")).encode()
    return gzip.compress(raw, compresslevel=5) if gz else raw


def batches(ops: list[dict], size: int = MAX_OPS_PER_PUSH) -> list[list[dict]]:
    return [ops[i : i + size] for i in range(0, len(ops), size)]


class Http:
    """A keep-alive session posting pre-encoded bodies; checks the status."""

    def __init__(self, url: str, cred: DeviceCred | None = None) -> None:
        self.url = url
        self.session = requests.Session()
        self.session.headers["Accept-Encoding"] = "gzip"
        if cred:
            self.session.headers.update(cred.headers)

    def push(self, data: bytes, gz: bool = True) -> dict:
        headers = {"Content-Type": "application/json"}
        if gz:
            headers["Content-Encoding"] = "gzip"
        r = self.session.post(self.url + "/sync/push", data=data, headers=headers, timeout=120)
        if r.status_code != 200:
            raise AssertionError(f"push answered {r.status_code}: {r.text[:300]}")
        return r.json()

    def pull(self, cursor: str, limit: int) -> requests.Response:
        r = self.session.get(
            self.url + "/sync/pull",
            params={"cursor": cursor, "limit": limit, "protocol": PROTOCOL_VERSION},
            timeout=120,
        )
        if r.status_code != 200:
            raise AssertionError(f"pull answered {r.status_code}: {r.text[:300]}")
        return r


# --- seeding a large store fast ------------------------------------------------------


def bulk_seed_store(
    ho: HeadOfficeStore, store: StoreInfo, clients: int, related: int, seed: int = 1
) -> dict[str, int]:
    """Bulk Core inserts of `clients` clients and `related` rows spread over contacts,
    notes, preferences, important dates and purchases, then one change-log entry per
    row (`changelog.log_table`), as an import at head office would."""
    rng = random.Random(seed)
    now = utcnow()
    hlc = f"{int(now.timestamp() * 1000):013d}-00000-headoffice"
    stamp = {
        "updated_hlc": hlc,
        "updated_by_device": "headoffice",
        "server_version": None,
        "deleted": False,
    }
    client_rows = []
    for _ in range(clients):
        family, given = rng.choice(FAMILY), rng.choice(GIVEN)
        client_rows.append(
            {
                "id": new_id(),
                "home_store_id": store.id,
                "title": "",
                "family_name": family,
                "given_name": given,
                "name_order": "family_first",
                "name_local": family + given,
                "name_romanised": f"{family} {given}",
                "greeting_name": f"Mrs {family}",
                "gender": "F",
                "language": "zh_CN",
                "preferred_channel": None,
                "contact_hours_start": None,
                "contact_hours_end": None,
                "photo_path": "",
                "source": "import",
                "created_at": now,
                "created_by_id": store.advisor_id,
                "segment": "",
                "erased_at": None,
                **stamp,
            }
        )
    ids = [c["id"] for c in client_rows]
    shares = {
        "contact_points": 0.4,
        "notes": 0.3,
        "preferences": 0.2,
        "important_dates": 0.05,
        "purchases": 0.05,
    }
    counts = {k: int(related * v) for k, v in shares.items()}
    counts["contact_points"] += related - sum(counts.values())
    rows: dict[str, list[dict]] = {"clients": client_rows}
    rows["contact_points"] = [
        {
            "id": new_id(),
            "client_id": ids[i % clients],
            "kind": "phone" if i % 2 == 0 else "email",
            "value": f"138 {i:08d}" if i % 2 == 0 else f"client{i}@example.com",
            "normalised": f"+86138{i:08d}" if i % 2 == 0 else f"client{i}@example.com",
            "label": "",
            "is_primary": True,
            **stamp,
        }
        for i in range(counts["contact_points"])
    ]
    rows["notes"] = [
        {
            "id": new_id(),
            "client_id": ids[i % clients],
            "author_id": store.advisor_id,
            "store_id": store.id,
            "body": rng.choice(NOTE_BODIES),
            "pinned": False,
            "sensitive": False,
            "created_at": now,
            "supersedes_id": None,
            **stamp,
        }
        for i in range(counts["notes"])
    ]
    rows["preferences"] = [
        {
            "id": new_id(),
            "client_id": ids[i % clients],
            "relationship_id": None,
            "category": "stone",
            "value": STONES[i % len(STONES)],
            "sentiment": "likes",
            "detail": "",
            "recorded_by_id": store.advisor_id,
            "recorded_at": now,
            **stamp,
        }
        for i in range(counts["preferences"])
    ]
    rows["important_dates"] = [
        {
            "id": new_id(),
            "client_id": ids[i % clients],
            "relationship_id": None,
            "kind": "birthday",
            "milestone": None,
            "label": "",
            "month": 1 + i % 12,
            "day": 1 + i % 28,
            "year": None,
            "lead_days": 14,
            "recurring": True,
            **stamp,
        }
        for i in range(counts["important_dates"])
    ]
    rows["purchases"] = [
        {
            "id": new_id(),
            "client_id": ids[i % clients],
            "store_id": store.id,
            "advisor_id": store.advisor_id,
            "purchased_at": now,
            "channel": "store",
            "receipt_number": f"R{i:08d}",
            "total": Decimal("12800.00"),
            "currency": "CNY",
            "source": "import",
            **stamp,
        }
        for i in range(counts["purchases"])
    ]
    from jeweldesk.storage.models import Base as _Base  # noqa: F401 (typed enums through the column types)

    with ho.writing() as conn:
        for name, batch in rows.items():
            table = Base.metadata.tables[name]
            for start in range(0, len(batch), 5000):
                conn.execute(table.insert(), batch[start : start + 5000])
    with ho.writing() as conn:
        for name in rows:
            changelog.log_table(conn, name, utcnow())
    return {name: len(batch) for name, batch in rows.items()}


# --- statistics -----------------------------------------------------------------------


def pct(ms: list[float], q: float) -> float:
    ms = sorted(ms)
    if not ms:
        return float("nan")
    return ms[min(len(ms) - 1, max(0, int(round(q * len(ms))) - 1))]


def lat(ms: list[float]) -> str:
    return f"p50={statistics.median(ms):7.1f} ms  p95={pct(ms, 0.95):7.1f} ms  p99={pct(ms, 0.99):7.1f} ms  n={len(ms)}"


@dataclass
class Recorder:
    """Thread-safe latency list."""

    ms: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, value: float) -> None:
        with self.lock:
            self.ms.append(value)
