"""Shared fixtures: a data folder of the run's own, and a PostgreSQL engine on a schema
of its own, per test. Stores and head-office databases copied from templates built
once per test process are in tests/templates.py; the process's head-office server in
tests/headoffice_server.py."""

from __future__ import annotations

import functools
import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from jeweldesk.storage.db import make_engine

_DATA_DIR: str | None = None


def pytest_configure(config) -> None:
    """Tests never touch the real data folder: JEWELDESK_DATA_DIR points at a temporary
    folder for the whole run (set before any test module is imported)."""
    global _DATA_DIR
    _DATA_DIR = tempfile.mkdtemp(prefix="jeweldesk-tests-")
    os.environ["JEWELDESK_DATA_DIR"] = _DATA_DIR


def pytest_unconfigure(config) -> None:
    from tests import templates
    from tests.headoffice_server import stop_shared_server

    stop_shared_server()
    left = templates.cleanup()
    if left:
        print(f"\ncould not drop test databases: {left}")
    if _DATA_DIR:
        shutil.rmtree(_DATA_DIR, ignore_errors=True)


PG_URL = os.environ.get(
    "JEWELDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@functools.cache
def pg_unavailable() -> str | None:
    """Why PostgreSQL tests must be skipped, or None when a server answers. Only a
    server that does not answer skips: a bad password or a missing database fails."""
    url = make_url(PG_URL)
    host, port = url.host or "127.0.0.1", url.port or 5432
    if host.startswith("/"):
        sock = os.path.join(host, f".s.PGSQL.{port}")
        return None if os.path.exists(sock) else f"no PostgreSQL server answers at {sock}"
    try:
        socket.create_connection((host, port), timeout=3).close()
    except OSError as exc:
        return f"no PostgreSQL server answers at {host}:{port} (JEWELDESK_TEST_PG_URL): {exc}"
    return None


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    """An engine whose connections work in a freshly created schema (via search_path),
    dropped afterwards, so tests never collide in the shared database."""
    reason = pg_unavailable()
    if reason:
        pytest.skip(reason)
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def pg_schema_url() -> tuple[str, callable]:
    """A URL whose connections live in a fresh schema, and the function that drops it:
    for servers that build their own engine from a URL (head office)."""
    from urllib.parse import quote

    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return url, drop
