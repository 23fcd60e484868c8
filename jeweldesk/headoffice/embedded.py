"""The embedded head office of demo mode: a SQLite head office served in-process on
127.0.0.1, seeded from the demo store, with the demo device enrolled to it."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import requests
import uvicorn
from sqlalchemy import select, text

from jeweldesk.headoffice import changelog
from jeweldesk.headoffice.app import create_app
from jeweldesk.headoffice.store import HeadOfficeStore, hash_secret, new_token, utcnow
from jeweldesk.storage.models import Base, synced_tables

HEADOFFICE_FILE = "headoffice.sqlite3"


@dataclass
class EmbeddedHeadOffice:
    url: str
    server: uvicorn.Server
    thread: threading.Thread
    store: HeadOfficeStore

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.store.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(database_url: str) -> EmbeddedHeadOffice:
    app = create_app(database_url)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, name="headoffice", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/health", timeout=1).ok:
                return EmbeddedHeadOffice(url, server, thread, app.state.ho)
        except requests.RequestException:
            time.sleep(0.05)
    server.should_exit = True
    raise RuntimeError("the embedded head office did not start")


def import_store(ho: HeadOfficeStore, device_file: Path) -> int:
    """Copy every synced row of a device store (a demo, or a store being migrated in)
    into an empty head office and log it, so devices enrolled later receive it."""
    if not ho.is_sqlite:
        return _import_rows(ho, device_file)
    # ATTACH is refused inside a transaction: attach first, then copy in one transaction.
    with ho._write_lock, ho.engine.connect() as conn:
        conn.exec_driver_sql("ATTACH DATABASE ? AS device", (str(device_file),))
        conn.commit()
        try:
            with conn.begin():
                for table in Base.metadata.sorted_tables:
                    if table.name in synced_tables():
                        conn.execute(
                            text(
                                f'INSERT INTO main."{table.name}" SELECT * FROM device."{table.name}"'
                            )
                        )
        finally:
            conn.exec_driver_sql("DETACH DATABASE device")
            conn.commit()
    total = 0
    with ho.writing() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in synced_tables():
                total += changelog.log_table(conn, table.name, utcnow())
    return total


def _import_rows(ho: HeadOfficeStore, device_file: Path, batch: int = 2000) -> int:
    """Any head-office database: read typed rows from the device file, insert in batches."""
    from jeweldesk.storage.db import sqlite_engine

    source = sqlite_engine(Path(device_file))
    try:
        with source.connect() as src, ho.writing() as conn:
            for table in Base.metadata.sorted_tables:
                if table.name not in synced_tables():
                    continue
                result = src.execute(select(table)).mappings()
                while rows := result.fetchmany(batch):
                    conn.execute(table.insert(), [dict(r) for r in rows])
    finally:
        source.dispose()
    total = 0
    with ho.writing() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in synced_tables():
                total += changelog.log_table(conn, table.name, utcnow())
    return total


def demo_headoffice(desk, data_dir: Path) -> EmbeddedHeadOffice:
    """Start the demo's head office; on first start seed it from the demo store and
    enrol the demo device with a cursor at the end of what it already holds. The
    device learns of it through its own settings service."""
    path = Path(data_dir) / HEADOFFICE_FILE
    first = not path.exists()
    running = serve_in_thread(f"sqlite:///{path}")
    if first:
        import_store(running.store, desk.path)
        device_id, token, cursor = _enrol_demo_device(
            running.store, desk.settings.enrolment().store_code
        )
        desk.settings.link_head_office(
            running.url,
            device_id=device_id,
            token=token,
            epoch=running.store.epoch,
            pull_cursor=cursor,
        )
    else:
        desk.settings.link_head_office(running.url)
    return running


def _enrol_demo_device(ho: HeadOfficeStore, store_code: str) -> tuple[str, str, str]:
    """Enrol the demo device to its store at head office without a code: its id, its
    token, and a pull cursor at the end of the change log (the device already holds
    everything head office was seeded with)."""
    token = new_token()
    device_id = uuid.uuid4().hex[-12:]
    stores = Base.metadata.tables["stores"]
    with ho.writing() as conn:
        store_id = conn.execute(select(stores.c.id).where(stores.c.code == store_code)).scalar_one()
        conn.execute(
            Base.metadata.tables["devices"]
            .insert()
            .values(
                id=device_id,
                store_id=store_id,
                name="demo tablet",
                credential_hash=hash_secret(token),
                public_key="",
                last_seq=0,
                enrolled_at=utcnow(),
                pending_reported=0,
            )
        )
        log = Base.metadata.tables["change_log"]
        last = conn.execute(
            select(log.c.xid, log.c.version)
            .order_by(log.c.xid.desc(), log.c.version.desc())
            .limit(1)
        ).first()
    cursor = f"{ho.epoch}.{last.xid}.{last.version}" if last else ""
    return device_id, token, cursor
