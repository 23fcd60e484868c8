"""Head office's database: engine, migrations at start-up (one worker at a time),
the epoch, and credentials."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import threading
import time
import uuid
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError

from jeweldesk.domain.ids import new_id
from jeweldesk.storage.db import make_engine, migrate
from jeweldesk.storage.models import Base

ServerState = Base.metadata.tables["server_state"]
MIGRATION_LOCK = 7_314_159
EPOCH_TTL = 5.0


def hash_secret(secret: str) -> str:
    """Credentials are 256-bit random tokens: a SHA-256 digest is enough at rest (no
    dictionary to attack), and cheap to check on every request."""
    return hashlib.sha256(secret.encode()).hexdigest()


def check_secret(secret: str, digest: str) -> bool:
    return hmac.compare_digest(hash_secret(secret), digest)


def new_token() -> str:
    return secrets.token_urlsafe(32)


class HeadOfficeStore:
    def __init__(self, url: str) -> None:
        self.url = url
        kwargs: dict[str, Any] = {"pool_pre_ping": True}
        if url.startswith("sqlite"):
            kwargs = {"connect_args": {"check_same_thread": False, "timeout": 30}}
        self.engine: Engine = make_engine(url, **kwargs)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        # SQLite has one writer: serialise writes in this process rather than fail
        # with "database is locked" when two requests upgrade their locks at once.
        self._write_lock = threading.RLock()
        self._migrate()
        self._epoch_value = self._epoch()
        self._epoch_read = time.monotonic()

    @property
    def epoch(self) -> str:
        """The database's epoch, re-read every few seconds: `new-epoch` run by one
        process reaches every worker without a restart."""
        if time.monotonic() - self._epoch_read > EPOCH_TTL:
            self._epoch_value = self.state("epoch", self._epoch_value) or self._epoch_value
            self._epoch_read = time.monotonic()
        return self._epoch_value

    def _migrate(self) -> None:
        if self.is_sqlite:
            from pathlib import Path

            database = self.engine.url.database
            migrate(self.engine, Path(database) if database and database != ":memory:" else None)
            return
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            try:
                conn.commit()
                migrate(self.engine)
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                conn.commit()

    def _epoch(self) -> str:
        with self.writing() as conn:
            epoch = conn.execute(
                select(ServerState.c.value).where(ServerState.c.key == "epoch")
            ).scalar()
            if epoch is None:
                epoch = new_id().hex[:16]
                conn.execute(ServerState.insert().values(key="epoch", value=epoch))
            return epoch

    def state(self, key: str, default: str | None = None) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(
                select(ServerState.c.value).where(ServerState.c.key == key)
            ).scalar()
            return default if value is None else value

    def secret(self, key: str) -> str:
        """A server-side secret shared by every worker (console session signing)."""
        for _attempt in range(3):
            try:
                with self.writing() as conn:
                    value = conn.execute(
                        select(ServerState.c.value).where(ServerState.c.key == key)
                    ).scalar()
                    if value is None:
                        value = secrets.token_hex(32)
                        conn.execute(ServerState.insert().values(key=key, value=value))
                    return value
            except IntegrityError:
                continue  # another worker created it first: read theirs
        raise RuntimeError(f"could not read the server secret {key}")

    def new_epoch(self) -> str:
        """After restoring the database from a backup: devices push, then reload."""
        epoch = new_id().hex[:16]
        with self.writing() as conn:
            conn.execute(
                ServerState.update().where(ServerState.c.key == "epoch").values(value=epoch)
            )
        self._epoch_value = epoch
        return epoch

    @contextmanager
    def writing(self):
        if self.is_sqlite:
            with self._write_lock, self.engine.begin() as conn:
                yield conn
        else:
            with self.engine.begin() as conn:
                yield conn

    @contextmanager
    def reading(self):
        with self.engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_uuid(value: str) -> uuid.UUID:
    return uuid.UUID(value)
