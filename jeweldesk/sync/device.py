"""The device side of a sync: push the outbox, then pull and apply head office's
changes in one local transaction with the cursor, re-applying pending local fields.

Order matters (PowerSync's rule): the device applies downloaded data only once head
office has its uploads, so a pull never overwrites an edit head office has not seen;
an edit made while the pull runs is still pending and is put back on top."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, text

from jeweldesk import config
from jeweldesk.domain import names
from jeweldesk.protocol.models import MAX_OPS_PER_PUSH, OLDER_MAX_OPS_PER_PUSH, PROTOCOL_VERSION
from jeweldesk.storage import search as search_index
from jeweldesk.storage.models import Base, synced_tables
from jeweldesk.sync import erasure, merging
from jeweldesk.sync.client import HeadOfficeClient, SyncError
from jeweldesk.sync.keys import learn_published_keys

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

log = logging.getLogger(__name__)
PULL_PAGE = 5000
SEARCHED = {"clients": "id", "contact_points": "client_id", "owned_pieces": "client_id"}


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    full_reload: bool = False
    device_reset: bool = False
    seconds: float = 0.0
    rejected_reasons: list[str] = field(default_factory=list)
    error: str = ""
    # Photo files, moved after the rows (`sync/files.py`).
    files_up: int = 0
    files_down: int = 0
    files_waiting: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


class DeviceSync:
    """Sync for one open store (`Desk`)."""

    def __init__(self, desk: Desk, client: HeadOfficeClient | None = None) -> None:
        self.desk = desk
        self.engine = desk.store.engine
        with desk.store.sessions() as s:
            url = config.get(s, "headoffice_url")
            token = config.get(s, "device_token")
            device_id = config.get(s, "device_id")
        self.client = client or HeadOfficeClient(url, device_id, token)
        if client is not None and not client.device_id:
            client.device_id, client._token = device_id, token
        # Ops per push: lowered for the session if head office is older and takes fewer.
        self.batch_size = MAX_OPS_PER_PUSH

    # --- push ----------------------------------------------------------------------

    def pending(self) -> int:
        with self.engine.connect() as conn:
            count: int = conn.execute(
                text("SELECT count(*) FROM outbox WHERE rejected_reason IS NULL")
            ).scalar_one()
        return count

    def _batch(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = (
                conn.execute(
                    text(
                        "SELECT device_seq, op_id, entity, entity_id, kind, fields, hlc, schema_version, actor FROM outbox "
                        "WHERE rejected_reason IS NULL ORDER BY device_seq LIMIT :n"
                    ),
                    {"n": self.batch_size},
                )
                .mappings()
                .all()
            )
        return [{**r, "fields": json.loads(r["fields"] or "{}")} for r in rows]

    def push(self, report: SyncReport) -> None:
        while True:
            ops = self._batch()
            if not ops:
                return
            body = {
                "device_id": self.client.device_id,
                "protocol": PROTOCOL_VERSION,
                "schema_version": ops[-1]["schema_version"] or "",
                "ops": ops,
                # What will still wait once this batch is acknowledged.
                "pending": max(0, self.pending() - len(ops)),
            }
            try:
                answer = self.client.post("/sync/push", body)
            except SyncError as exc:
                if exc.status == 422 and len(ops) > OLDER_MAX_OPS_PER_PUSH:
                    # A head office from before larger pushes refuses the body: send
                    # what it takes (nothing was applied, so nothing is sent twice).
                    self.batch_size = OLDER_MAX_OPS_PER_PUSH
                    continue
                if exc.status == 409 and exc.body.get("error") == "device_reset":
                    self._rebirth()
                    report.device_reset = True
                    continue
                if exc.status == 409 and exc.body.get("error") == "gap":
                    raise SyncError(
                        f"head office expects op {exc.body.get('last_seq', 0) + 1}, which this device no longer holds"
                    ) from exc
                raise
            self._acknowledge(answer["results"], report)

    def _acknowledge(self, results: list[dict[str, Any]], report: SyncReport) -> None:
        done = [r["device_seq"] for r in results if r["result"] != "rejected"]
        with self.engine.begin() as conn:
            for r in results:
                report.pushed += 1
                if r["result"] == "rejected":
                    report.rejected += 1
                    detail = r.get("detail") or {}
                    reason = detail.get("reason", "rejected")
                    report.rejected_reasons.append(reason)
                    # The key and parameters too, when head office sent them: the
                    # app words the reason in its person's language.
                    keyed = (
                        json.dumps(
                            {"key": detail["key"], "params": detail.get("params") or {}},
                            ensure_ascii=False,
                        )
                        if isinstance(detail.get("key"), str)
                        else None
                    )
                    conn.execute(
                        text(
                            "UPDATE outbox SET rejected_reason = :r, rejected_detail = :d WHERE device_seq = :s"
                        ),
                        {"r": reason, "d": keyed, "s": r["device_seq"]},
                    )
                elif r["result"] == "conflict":
                    report.conflicts += 1
                elif r["result"] == "merged":
                    report.merged += 1
                else:
                    report.applied += 1
            for start in range(0, len(done), 500):
                chunk = done[start : start + 500]
                conn.execute(
                    text(
                        f"DELETE FROM outbox WHERE device_seq IN ({','.join(str(int(s)) for s in chunk)})"
                    )
                )

    def _rebirth(self) -> None:
        """Restored from a backup: take a new device id and number the unsynced ops
        from 1 again, so nothing is mistaken for an op head office already holds."""
        answer = self.client.post("/sync/rebirth", {})
        new_id = answer["device_id"]
        with self.engine.begin() as conn:
            # Rejected ops are kept for people to see but never sent: they must not take
            # numbers in the new sequence (head office would wait for them for ever), so
            # every op moves below zero first and only the unsynced come back, from 1.
            floor = min(
                0,
                conn.execute(text("SELECT coalesce(min(device_seq), 0) FROM outbox")).scalar_one(),
            )
            ops = conn.execute(
                text(
                    "SELECT device_seq, rejected_reason FROM outbox WHERE device_seq > 0 ORDER BY device_seq"
                )
            ).all()
            for n, (old, _) in enumerate(ops, start=1):
                conn.execute(
                    text("UPDATE outbox SET device_seq = :n WHERE device_seq = :o"),
                    {"n": floor - n, "o": old},
                )
            seqs = [floor - n for n, (_, rejected) in enumerate(ops, start=1) if rejected is None]
            for n, old in enumerate(seqs, start=1):
                conn.execute(
                    text("UPDATE outbox SET device_seq = :n WHERE device_seq = :o"),
                    {"n": n, "o": old},
                )
            conn.execute(text("DELETE FROM sqlite_sequence WHERE name = 'outbox'"))
            conn.execute(
                text("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', :n)"),
                {"n": len(seqs)},
            )
            conn.execute(
                text("UPDATE settings SET value = :v WHERE key = 'device_id'"),
                {"v": json.dumps(new_id)},
            )
        self.client.device_id = new_id
        log.warning(
            "device restored from a backup: now %s, %d unsynced ops renumbered", new_id, len(seqs)
        )

    # --- pull ----------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        with self.desk.store.sessions() as s:
            cursor = config.get(s, "pull_cursor")
        # The search index is brought up to date once, after the last page, not per
        # page (a client's rows arrive over several pages). Until then the store is
        # marked so an interrupted pull rebuilds the index on the next open.
        touched: set[uuid.UUID] = set()
        if not cursor:
            # A first sync indexes every client's name: load the pinyin tables meanwhile.
            threading.Thread(target=names.warm_up, name="pinyin-warm-up", daemon=True).start()
        # The next page downloads while this one is applied: head office reads and
        # sends while SQLite writes. Each page is applied with its own cursor, so a
        # failure on any page keeps every page before it.
        fetcher = ThreadPoolExecutor(1, thread_name_prefix="pull")
        try:
            page = fetcher.submit(self._page, cursor)
            while True:
                answer = page.result()
                if answer["more"]:
                    page = fetcher.submit(self._page, answer["cursor"])
                if answer.get("full_reload"):
                    report.full_reload = True
                    self._wipe()
                apply_changes(
                    self.desk,
                    answer["changes"],
                    cursor=answer["cursor"],
                    epoch=answer["epoch"],
                    index_later=touched,
                )
                report.pulled += len(answer["changes"])
                if not answer["more"]:
                    break
        finally:
            fetcher.shutdown(wait=False, cancel_futures=True)
        finish_index(self.desk, touched)

    def _page(self, cursor: str) -> dict[str, Any]:
        page: dict[str, Any] = self.client.get(
            "/sync/pull", {"cursor": cursor, "limit": PULL_PAGE, "protocol": PROTOCOL_VERSION}
        )
        return page

    def _wipe(self) -> None:
        if self.pending():
            raise SyncError("a full reload needs every local change pushed first")
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            try:
                with conn.begin():
                    conn.execute(text("UPDATE sync_flags SET applying = 1 WHERE id = 1"))
                    for name in synced_tables():
                        conn.execute(text(f'DELETE FROM "{name}"'))
                    conn.execute(text("DELETE FROM search_keys"))
                    conn.execute(text("DELETE FROM client_search"))
                    conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))
            finally:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()

    # --- the whole cycle -----------------------------------------------------------

    def sync(self) -> SyncReport:
        """Push, pull, then push whatever was written meanwhile."""
        report = SyncReport()
        started = time.perf_counter()
        try:
            self.push(report)
            self.pull(report)
            self.push(report)
            self.move_files(report)
            learn_published_keys(self.desk, self.client)
        except SyncError as exc:
            report.error = str(exc)
            raise
        finally:
            report.seconds = round(time.perf_counter() - started, 3)
            with self.desk.store.sessions.begin() as s:
                config.put(s, "last_sync_at", dt.datetime.now(dt.UTC).isoformat())
                config.put(s, "last_sync_error", report.error)
        return report

    def move_files(self, report: SyncReport) -> None:
        """Photo files: up what head office lacks, down what the photos here name."""
        from jeweldesk.sync.files import FileSync

        moved = FileSync(self.desk, self.client).run()
        report.files_up += moved.uploaded
        report.files_down += moved.downloaded
        report.files_waiting = moved.waiting

    def fetch_client(self, query: str) -> list[dict[str, Any]]:
        """Recognise a client of another store while online: their history comes
        into this store's scope and onto this device."""
        answer = self.client.post(
            "/sync/fetch-client", {"query": query, "protocol": PROTOCOL_VERSION}
        )
        apply_changes(self.desk, answer["changes"])
        clients: list[dict[str, Any]] = answer["clients"]
        return clients


def _pending_fields(conn: Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """Fields of local ops head office has not acknowledged, latest value per field."""
    out: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    for entity, entity_id, fields in conn.execute(
        text(
            "SELECT entity, entity_id, fields FROM outbox WHERE rejected_reason IS NULL ORDER BY device_seq"
        )
    ):
        for column, pair in json.loads(fields or "{}").items():
            out[(entity, entity_id)][column] = pair[1]
    return out


def finish_index(desk: Desk, touched: set[uuid.UUID]) -> None:
    """Re-index the clients a pull touched, and clear the store's "index behind" mark."""
    with desk.store.engine.begin() as conn:
        search_index.reindex_clients(conn, touched)
        _put_setting(conn, "search_dirty", False)


def apply_changes(
    desk: Desk,
    changes: list[dict[str, Any]],
    *,
    cursor: str | None = None,
    epoch: str | None = None,
    index_later: set[uuid.UUID] | None = None,
) -> int:
    """Apply pulled rows in one transaction (with the cursor), upserting each whole row
    and putting pending local fields back on top. Capture triggers are off meanwhile, and
    so are foreign-key checks: a row may refer to one outside this store's scope."""
    ordered = {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        if change["entity"] in ordered:
            row = change["row"]
            if change.get("version") is not None:
                row["server_version"] = change["version"]
            by_table[change["entity"]].append(row)
    touched_clients: set[uuid.UUID] = set()
    max_hlc = ""
    erased: set[uuid.UUID] = set()
    with desk.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            with conn.begin():
                conn.execute(text("UPDATE sync_flags SET applying = 1 WHERE id = 1"))
                # Clients head office erased: anonymised here too before rows and pending edits land.
                erased = erasure.arriving(conn, by_table)
                pending = _pending_fields(conn)
                for name in sorted(by_table, key=ordered.__getitem__):
                    columns = frozenset(Base.metadata.tables[name].c.keys())
                    rows = by_table[name]
                    max_hlc = max(
                        max_hlc, max((row.get("updated_hlc") or "" for row in rows), default="")
                    )
                    _upsert(conn, name, rows, columns)
                    for row in rows:
                        mine = pending.get((name, row["id"]))
                        if mine:
                            sets = ", ".join(f'"{c}" = :{c}' for c in mine if c in columns)
                            if sets:
                                conn.execute(
                                    text(f'UPDATE "{name}" SET {sets} WHERE id = :_id'),
                                    {
                                        **{c: v for c, v in mine.items() if c in columns},
                                        "_id": row["id"],
                                    },
                                )
                    if name in SEARCHED:
                        key = SEARCHED[name]
                        touched_clients |= {uuid.UUID(hex=r[key]) for r in rows if r.get(key)}
                    elif name == "stones":
                        pieces = [r["owned_piece_id"] for r in rows if r.get("owned_piece_id")]
                        for start in range(0, len(pieces), 500):
                            owners = Base.metadata.tables["owned_pieces"]
                            touched_clients |= set(
                                conn.execute(
                                    select(owners.c.client_id).where(
                                        owners.c.id.in_(
                                            [uuid.UUID(hex=p) for p in pieces[start : start + 500]]
                                        )
                                    )
                                ).scalars()
                            )
                # Merges of two clients: this device's own rows follow the kept client.
                touched_clients |= merging.arriving(
                    conn, by_table.get("client_merges", []), pending
                )
                if index_later is None:
                    search_index.reindex_clients(conn, touched_clients)
                elif touched_clients:
                    index_later |= touched_clients
                    _put_setting(conn, "search_dirty", True)
                if cursor is not None:
                    _put_setting(conn, "pull_cursor", cursor)
                if epoch is not None:
                    _put_setting(conn, "server_epoch", epoch)
                conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    if erased:
        erasure.scrub_file(desk.store.engine)
    if max_hlc:
        desk.clock.observe(max_hlc)
    return len(changes)


def _put_setting(conn: Connection, key: str, value: object) -> None:
    conn.execute(
        text(
            "INSERT INTO settings (key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": json.dumps(value)},
    )


def _upsert(
    conn: Connection, name: str, rows: list[dict[str, Any]], columns: frozenset[str]
) -> None:
    """Insert or update whole rows, one driver-level executemany per set of keys (head
    office sends every row of a table with the same keys, so usually one). Keys that are
    not columns of this schema are left out."""
    if not rows:
        return
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    for sent, group in groups.items():
        keys = tuple(k for k in sent if k in columns)
        if not keys:
            continue
        cols = ", ".join(f'"{k}"' for k in keys)
        marks = ", ".join("?" for _ in keys)
        updates = ", ".join(f'"{k}" = excluded."{k}"' for k in keys if k != "id")
        values = itemgetter(*keys)
        conn.exec_driver_sql(
            f'INSERT INTO "{name}" ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}',
            [values(row) for row in group] if len(keys) > 1 else [(row[keys[0]],) for row in group],
        )
