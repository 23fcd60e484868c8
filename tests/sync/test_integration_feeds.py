"""The integration API's feeds through a real head office on loopback, with enrolled
devices (SQLite and PostgreSQL): the catalogue and a store's stock (full and
incremental) reach the store's device, a refund names its sale, loyalty standings are
kept per member, and the changes feed pages through the change log from a cursor
with a key's store limit applied."""

from __future__ import annotations

import datetime as dt
import uuid

import requests
from sqlalchemy import select

from jeweldesk.headoffice.integration import keys
from jeweldesk.storage.models import Base

API = "/integration/v1"


def _key(ho, *scopes: str, system: str = "erp", stores: tuple[str, ...] = ()) -> dict[str, str]:
    _record, key = keys.add_key(ho, system, scopes, stores)
    return {"X-Api-Key": key}


def _post(headoffice, path: str, body, auth) -> requests.Response:
    return requests.post(headoffice.url + API + path, json=body, headers=auth, timeout=30)


def _piece(sku: str, **extra) -> dict:
    return {
        "sku": sku,
        "name": f"Piece {sku}",
        "category": "ring",
        "price": "12800.00",
        "currency": "CNY",
        **extra,
    }


def _on_hand(desk, sku: str) -> int | None:
    found = [p for p in desk.stock.find(text=sku, in_stock_only=False) if p.piece.sku == sku]
    return found[0].on_hand if found else None


def test_catalogue_and_stock_reach_the_stores_devices(headoffice, make_device):
    sh = make_device("SH01")
    hk = make_device("HK01")
    auth = _key(headoffice.store, "catalogue")
    answer = _post(
        headoffice,
        "/catalogue",
        {
            "pieces": [
                _piece("LU-N-010", name="Lune pendant", carat="0.50"),
                _piece("LU-E-011", name="Lune earrings"),
                _piece("ET-R-001", name="Étoile solitaire ring", price="99000", currency="CNY"),
                _piece("BAD", price="-1"),
                _piece("LU-N-010"),
            ]
        },
        auth,
    )
    assert answer.status_code == 422, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == [
        "accepted",
        "accepted",
        "accepted",
        "rejected",
        "rejected",
    ]
    assert "price" in results[3]["reason"] and "twice" in results[4]["reason"]

    full = {
        "store_code": "SH01",
        "mode": "full",
        "levels": [
            {"sku": "LU-N-010", "on_hand": 3},
            {"sku": "ET-R-001", "on_hand": 2, "store_price": "98000", "store_currency": "CNY"},
            {"sku": "NOPE", "on_hand": 1},
        ],
    }
    answer = _post(headoffice, "/stock", full, auth)
    assert answer.status_code == 422
    assert [r["status"] for r in answer.json()["results"]] == ["accepted", "accepted", "rejected"]
    sh.sync.sync()
    hk.sync.sync()
    assert _on_hand(sh, "LU-N-010") == 3 and _on_hand(sh, "ET-R-001") == 2
    assert [p.piece.name for p in sh.stock.find(text="LU-E-011", in_stock_only=False)] == [
        "Lune earrings"
    ]
    assert not _on_hand(hk, "LU-N-010")  # another store's levels stay there

    # Incremental: deltas once per batch id, an absolute count, a count below zero refused.
    moves = {
        "store_code": "SH01",
        "mode": "incremental",
        "batch_id": "move-0001",
        "levels": [
            {"sku": "LU-N-010", "delta": -1},
            {"sku": "LU-E-011", "on_hand": 5},
            {"sku": "ET-R-001", "delta": -3},
        ],
    }
    answer = _post(headoffice, "/stock", moves, auth)
    assert [r["status"] for r in answer.json()["results"]] == ["accepted", "accepted", "rejected"]
    assert "-1 on hand" in answer.json()["results"][2]["reason"]
    again = _post(headoffice, "/stock", moves, auth)
    assert again.status_code == 200 and again.json()["duplicate"] == 3
    no_id = _post(headoffice, "/stock", {**moves, "batch_id": None}, auth)
    assert "batch_id" in no_id.json()["results"][0]["reason"]
    sh.sync.sync()
    assert (_on_hand(sh, "LU-N-010"), _on_hand(sh, "LU-E-011")) == (2, 5)

    # Full again: a SKU not named is counted 0.
    answer = _post(
        headoffice,
        "/stock",
        {"store_code": "SH01", "mode": "full", "levels": [{"sku": "LU-E-011", "on_hand": 4}]},
        auth,
    )
    assert answer.status_code == 200
    sh.sync.sync()
    assert (_on_hand(sh, "LU-N-010"), _on_hand(sh, "LU-E-011")) == (0, 4)

    # The batch as a whole: no such store, a key for another store, no levels.
    assert _post(headoffice, "/stock", {**full, "store_code": "ZZ99"}, auth).status_code == 404
    hk_only = _key(headoffice.store, "catalogue", stores=("HK01",))
    assert _post(headoffice, "/stock", full, hk_only).status_code == 403
    assert _post(headoffice, "/stock", {**moves, "levels": []}, auth).status_code == 400
    assert _post(headoffice, "/stock", {**full, "mode": "all"}, auth).status_code == 400


def _order(order_id: str, *, qty: int = 1, **extra) -> dict:
    return {
        "store_code": "SH01",
        "source_order_id": order_id,
        "purchased_at": (dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)).isoformat(),
        "customer": {"phone": "138 5555 0101"},
        "lines": [
            {
                "sku": "ET-R-001",
                "description": "Étoile solitaire ring",
                "quantity": qty,
                "unit_price": "98000",
                "currency": "CNY",
            }
        ],
        **extra,
    }


def test_a_refund_of_an_earlier_order_finds_its_client(headoffice, make_device):
    auth = _key(headoffice.store, "purchases", system="pos")
    sale = _post(headoffice, "/purchases", {"orders": [_order("T-1")]}, auth).json()
    client_id = sale["results"][0]["client_id"]
    refund = {k: v for k, v in _order("T-1-R", qty=-1, type="refund").items() if k != "customer"}
    batch = {
        "orders": [
            {**refund, "refund_of": "T-1"},
            {**refund, "source_order_id": "T-2-R", "refund_of": "T-404"},
            {**refund, "source_order_id": "T-3", "type": "sale", "lines": _order("x")["lines"]},
            _order("T-4"),
            {**refund, "source_order_id": "T-4-X", "type": "exchange", "refund_of": "T-4"},
        ]
    }
    batch["orders"][4]["lines"] = [
        {**_order("x")["lines"][0], "quantity": -1},
        {**_order("x")["lines"][0], "quantity": 1, "sku": "LU-N-010", "description": "Lune"},
    ]
    answer = _post(headoffice, "/purchases", batch, auth)
    results = answer.json()["results"]
    assert [r["status"] for r in results] == [
        "accepted",
        "rejected",
        "rejected",
        "accepted",
        "accepted",
    ]
    assert results[0]["client_id"] == client_id
    assert "T-404" in results[1]["reason"] and "customer" in results[2]["reason"]
    assert results[4]["client_id"] == results[3]["client_id"]
    again = _post(headoffice, "/purchases", {"orders": [{**refund, "refund_of": "T-1"}]}, auth)
    assert again.json()["results"][0]["status"] == "duplicate"


def test_loyalty_standings_are_kept_per_member(headoffice, make_device):
    sh = make_device("SH01")
    client = sh.clients.create(family_name="林", given_name="雅文", phones=["138 7777 0001"]).value
    sh.sync.sync()
    auth = _key(headoffice.store, "loyalty", system="loyalty")
    at = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    batch = {
        "members": [
            {
                "member_id": "GOLD-0001",
                "tier": "Gold",
                "points": 12400,
                "as_of": at.isoformat(),
                "store_code": "SH01",
                "customer": {"phone": "+86 138 7777 0001"},
            },
            {"member_id": "GOLD-0002", "tier": "Silver", "points": 10},
            {
                "member_id": "GOLD-0003",
                "tier": "Silver",
                "points": 300,
                "store_code": "SH01",
                "customer": {"email": "new.member@example.com", "given_name": "Ada"},
            },
            {"member_id": "GOLD-0004", "tier": "", "points": 1},
        ]
    }
    answer = _post(headoffice, "/loyalty", batch, auth)
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted", "rejected"]
    assert results[0]["client_id"] == client.id.hex and not results[0]["client_created"]
    assert "customer" in results[1]["reason"] and results[2]["client_created"]
    assert "tier" in results[3]["reason"]
    members = Base.metadata.tables["loyalty_members"]

    def standing(member_id: str):
        with headoffice.store.reading() as conn:
            return conn.execute(
                select(members.c.client_id, members.c.tier, members.c.points).where(
                    members.c.member_id == member_id
                )
            ).one()

    assert tuple(standing("GOLD-0001")) == (client.id, "Gold", 12400)
    newer = {"member_id": "GOLD-0001", "tier": "Platinum", "points": 30100}
    older = {**newer, "tier": "Bronze", "as_of": (at - dt.timedelta(days=9)).isoformat()}
    answer = _post(headoffice, "/loyalty", {"members": [older]}, auth)
    assert answer.json()["results"][0]["status"] == "duplicate"
    answer = _post(headoffice, "/loyalty", {"members": [newer]}, auth)
    assert answer.json()["results"][0]["status"] == "accepted"
    assert tuple(standing("GOLD-0001"))[1:] == ("Platinum", 30100)
    sh.sync.sync()
    shown = sh.clients.profile(client.id).loyalty
    assert shown is not None
    assert (shown.member_id, shown.tier, shown.points) == ("GOLD-0001", "Platinum", 30100)
    # The standing is the loyalty system's: a device's edit of it is refused.
    with sh.store.engine.begin() as conn:
        conn.execute(
            Base.metadata.tables["loyalty_standings"].update().values(tier="Black", points=1)
        )
    sh.sync.sync()
    assert sh.clients.profile(client.id).loyalty.tier == "Platinum"
    prospect = sh.clients.get(uuid.UUID(hex=results[2]["client_id"]))
    assert prospect.source == "loyalty"


def test_the_changes_feed_pages_from_a_cursor_within_the_keys_stores(headoffice, make_device):
    ho = headoffice.store
    pos = _key(ho, "purchases", system="pos")
    orders = [_order(f"F-{i}") for i in range(3)]
    hk_order = {**_order("F-HK"), "store_code": "HK01", "customer": {"phone": "9123 0000"}}
    assert _post(headoffice, "/purchases", {"orders": [*orders, hk_order]}, pos).ok

    feed = headoffice.url + API + "/changes"
    every = _key(ho, "changes", system="warehouse")
    seen: list[dict] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = requests.get(feed, params=params, headers=every, timeout=30)
        assert page.status_code == 200, page.text
        body = page.json()
        seen += body["changes"]
        cursor = body["next_cursor"]
        pages += 1
        if not body["more"]:
            break
    assert pages > 1
    versions = [int(c["cursor"]) for c in seen]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    receipts = {c["row"]["receipt_number"] for c in seen if c["entity"] == "purchases"}
    assert {"F-0", "F-1", "F-2", "F-HK"} <= receipts
    assert all("pin_hash" not in c["row"] or c["row"]["pin_hash"] == "" for c in seen)
    # Nothing new after the last cursor; a cursor that is none of the feed's is a 400.
    empty = requests.get(feed, params={"cursor": cursor}, headers=every, timeout=30).json()
    assert empty == {"changes": [], "next_cursor": cursor, "more": False}
    bad = requests.get(feed, params={"cursor": "abc"}, headers=every, timeout=30)
    assert bad.status_code == 400 and bad.json()["error"] == "bad_cursor"
    assert requests.get(feed, headers=pos, timeout=30).status_code == 403

    hk_only = _key(ho, "changes", system="hk-crm", stores=("HK01",))
    limited = requests.get(feed, params={"limit": 10_000}, headers=hk_only, timeout=30).json()
    receipts = {
        c["row"]["receipt_number"] for c in limited["changes"] if c["entity"] == "purchases"
    }
    assert receipts == {"F-HK"}
    assert any(c["entity"] == "catalogue_pieces" for c in limited["changes"])
    # A key for HK01 cannot deliver SH01's orders.
    hk_pos = _key(ho, "purchases", system="hk-pos", stores=("HK01",))
    answer = _post(headoffice, "/purchases", {"orders": [_order("F-9")]}, hk_pos)
    assert "not for SH01" in answer.json()["results"][0]["reason"]


def test_the_demos_pos_feed_posts_cleanly(headoffice, tmp_path):
    """`jeweldesk demo --write-feeds`: its POS batch is taken whole by the API (sales
    found or made by phone and e-mail, refunds naming their sale), and sent again it
    writes nothing; the e-commerce export carries the headers the import maps."""
    import csv
    import json

    from jeweldesk.demo import build
    from jeweldesk.demo.feeds import ECOMMERCE_HEADERS, write_feeds

    summary = build(tmp_path / "demo", clients=40, seed=3, today=dt.date(2026, 12, 1))
    written = write_feeds(summary.database, tmp_path / "feeds", seed=3, orders=120)
    again = write_feeds(summary.database, tmp_path / "feeds2", seed=3, orders=120)
    first = (tmp_path / "feeds" / "pos_orders.json").read_text("utf-8")
    assert first == (tmp_path / "feeds2" / "pos_orders.json").read_text("utf-8")
    assert written["orders"] == 120 and written["refunds"] > 0 and again["orders"] == 120
    batch = json.loads(first)
    auth = _key(headoffice.store, "purchases", system="pos")
    answer = _post(headoffice, "/purchases", batch, auth)
    assert answer.status_code == 200, answer.text[:1000]
    assert answer.json()["accepted"] == 120
    replay = _post(headoffice, "/purchases", batch, auth).json()
    assert replay["duplicate"] == 120
    with (tmp_path / "feeds" / "ecommerce_customers.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == ECOMMERCE_HEADERS and len(rows) == written["customers"] + 1


def test_an_erased_clients_loyalty_standing_goes_everywhere(headoffice, make_device):
    from tests.sync.test_erasure import _manager

    sh = make_device("SH01")
    client = sh.clients.create(family_name="Erased", given_name="Iris", phones=["138 7777 0002"])
    client_id = client.value.id
    sh.sync.sync()
    auth = _key(headoffice.store, "loyalty", system="loyalty")
    member = {
        "member_id": "GOLD-0777",
        "tier": "Gold",
        "points": 500,
        "store_code": "SH01",
        "customer": {"phone": "+86 138 7777 0002"},
    }
    assert _post(headoffice, "/loyalty", {"members": [member]}, auth).status_code == 200
    sh.sync.sync()
    assert sh.clients.profile(client_id).loyalty.member_id == "GOLD-0777"
    _manager(headoffice, sh)
    sh.privacy.erase(client_id, "written request")
    sh.sync.sync()
    assert sh.clients.profile(client_id).loyalty is None
    standings = Base.metadata.tables["loyalty_standings"]
    members = Base.metadata.tables["loyalty_members"]
    with headoffice.store.reading() as conn:
        assert not conn.execute(
            select(standings.c.id).where(
                standings.c.client_id == client_id, standings.c.deleted.is_(False)
            )
        ).all()
        assert not conn.execute(select(members).where(members.c.client_id == client_id)).all()
    again = _post(headoffice, "/loyalty", {"members": [{**member, "customer": None}]}, auth)
    assert "customer" in again.json()["results"][0]["reason"]
