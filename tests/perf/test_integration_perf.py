"""POS lines accepted by one head-office worker (ARCHITECTURE.md: 10,000 in ≤ 5 s):
a batch of 10,000 one-line orders posted to a real head office on loopback (one
uvicorn worker, PostgreSQL), first from 10,000 customers head office has never seen
(each becomes a prospect), then 10,000 more orders from the same customers (each
matched by phone). The time is the whole request: parsing, matching, writing and
logging for the devices.

    .venv/bin/python -m pytest -m perf tests/perf/test_integration_perf.py -s"""

from __future__ import annotations

import datetime as dt
import time

import pytest
import requests
from sqlalchemy import func, select

from jeweldesk.headoffice.integration import keys
from jeweldesk.storage.models import Base
from tests.conftest import pg_schema_url, pg_unavailable
from tests.headoffice_server import start_headoffice
from tests.sync.model_support import seed_headoffice

LINES = 10_000
BUDGET_S = 5.0


def _batch(prefix: str) -> dict:
    at = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC).isoformat()
    return {
        "orders": [
            {
                "store_code": "SH01",
                "source_order_id": f"{prefix}-{i:06d}",
                "purchased_at": at,
                "customer": {"phone": f"+86 139{i:08d}", "member_id": f"M{i:07d}"},
                "lines": [
                    {
                        "sku": "ET-R-001",
                        "description": "Étoile solitaire ring",
                        "quantity": 1,
                        "unit_price": "9800.00",
                        "currency": "CNY",
                    }
                ],
            }
            for i in range(LINES)
        ]
    }


@pytest.fixture
def headoffice():
    reason = pg_unavailable()
    if reason:
        pytest.skip(reason)
    url, drop = pg_schema_url()
    running = start_headoffice(url)
    seed_headoffice(running.store)
    yield running
    running.close()
    drop()


def test_ten_thousand_pos_lines_in_five_seconds(headoffice):
    _record, key = keys.add_key(headoffice.store, "pos", ("purchases",))
    session = requests.Session()
    session.headers["X-Api-Key"] = key
    figures = []
    for prefix, created in (("NEW", True), ("AGAIN", False)):
        body = _batch(prefix)
        started = time.perf_counter()
        answer = session.post(headoffice.url + "/integration/v1/purchases", json=body, timeout=120)
        took = time.perf_counter() - started
        assert answer.status_code == 200, answer.text[:500]
        result = answer.json()
        assert result["accepted"] == LINES and result["rejected"] == 0
        assert all(r["client_created"] is created for r in result["results"])
        figures.append((prefix, took))
        print(f"\n{LINES:,} POS lines ({prefix}): {took:.2f} s, {LINES / took:,.0f} lines/s")
    with headoffice.store.reading() as conn:
        count = conn.execute(
            select(func.count()).select_from(Base.metadata.tables["purchases"])
        ).scalar_one()
    assert count == 2 * LINES
    for prefix, took in figures:
        assert took <= BUDGET_S, f"{prefix}: {took:.2f} s for {LINES:,} lines"


FEED_PAGE = 5_000


def test_changes_feed_rows_per_second(headoffice):
    """The changes feed read from the start by a data warehouse, in pages of 5,000,
    over the rows 10,000 POS orders wrote (clients, contacts, purchases, lines)."""
    _record, key = keys.add_key(headoffice.store, "pos", ("purchases",))
    answer = requests.post(
        headoffice.url + "/integration/v1/purchases",
        json=_batch("FEED"),
        headers={"X-Api-Key": key},
        timeout=120,
    )
    assert answer.status_code == 200, answer.text[:500]
    session = requests.Session()
    for label, stores in (("every store", ()), ("one store's key", ("SH01",))):
        _record, reader = keys.add_key(headoffice.store, "warehouse", ("changes",), stores)
        session.headers["X-Api-Key"] = reader
        cursor, rows, pages = "", 0, 0
        started = time.perf_counter()
        while True:
            page = session.get(
                headoffice.url + "/integration/v1/changes",
                params={"cursor": cursor, "limit": FEED_PAGE},
                timeout=120,
            )
            assert page.status_code == 200, page.text[:500]
            body = page.json()
            rows += len(body["changes"])
            pages += 1
            cursor = body["next_cursor"]
            if not body["more"]:
                break
        took = time.perf_counter() - started
        assert rows >= 4 * LINES
        print(
            f"\nchanges feed ({label}): {rows:,} rows in {pages} pages, {took:.2f} s, "
            f"{rows / took:,.0f} rows/s"
        )
