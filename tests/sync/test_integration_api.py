"""The integration API through a real head office on loopback, with enrolled devices:
POS purchases arrive on the store's device and move the client's segment, an online
request arrives as *requested* on the right store's device, a replayed batch writes
nothing twice, and keys are checked (401 without or with a wrong key, 403 without the
scope)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import requests
from sqlalchemy import func, select

from jeweldesk.domain.vocab import AppointmentSource, AppointmentStatus
from jeweldesk.headoffice.integration import keys
from jeweldesk.storage.models import Base

PURCHASES = "/integration/v1/purchases"
REQUESTS = "/integration/v1/appointment-requests"


def _key(ho, *scopes: str, system: str = "pos") -> dict[str, str]:
    _record, key = keys.add_key(ho, system, scopes)
    return {"Authorization": f"Bearer {key}"}


def _order(order_id: str, phone: str, *, price: str = "98000", qty: int = 1, **extra) -> dict:
    return {
        "store_code": "SH01",
        "source_order_id": order_id,
        "purchased_at": (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat(),
        "customer": {"phone": phone},
        "lines": [
            {
                "sku": "ET-R-001",
                "description": "Étoile solitaire ring",
                "quantity": qty,
                "unit_price": price,
                "currency": "CNY",
            }
        ],
        **extra,
    }


def _count(ho, name: str) -> int:
    with ho.reading() as conn:
        return conn.execute(
            select(func.count()).select_from(Base.metadata.tables[name])
        ).scalar_one()


def test_pos_purchases_reach_the_device_and_move_the_segment(headoffice, make_device):
    sh = make_device("SH01")
    client = sh.clients.create(family_name="王", given_name="美玲", phones=["138 1234 5678"]).value
    sh.sync.sync()
    before = sh.segments.standing(client.id).segment
    auth = _key(headoffice.store, "purchases")
    batch = {
        "orders": [
            _order("R-1001", "+86 138-1234-5678", price="480000"),
            _order("R-1002", "139 0000 1111"),
        ]
    }
    answer = requests.post(headoffice.url + PURCHASES, json=batch, headers=auth, timeout=30)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [r["status"] for r in body["results"]] == ["accepted", "accepted"]
    assert body["results"][0]["client_id"] == client.id.hex  # matched by phone
    assert not body["results"][0]["client_created"]
    assert body["results"][1]["client_created"]  # a new prospect of the store

    sh.sync.sync()
    profile_purchases = _device_purchases(sh, client.id)
    assert [p["receipt_number"] for p in profile_purchases] == ["R-1001"]
    assert profile_purchases[0]["source"] == "pos"
    after = sh.segments.standing(client.id).segment
    assert after != before, (before, after)
    prospect = uuid.UUID(hex=body["results"][1]["client_id"])
    assert sh.clients.get(prospect).source == "pos"
    assert _device_purchases(sh, prospect)[0]["receipt_number"] == "R-1002"

    # The same batch again, as a POS retrying after a lost answer: nothing is written.
    logged = _count(headoffice.store, "change_log")
    again = requests.post(headoffice.url + PURCHASES, json=batch, headers=auth, timeout=30)
    assert again.status_code == 200
    assert [r["status"] for r in again.json()["results"]] == ["duplicate", "duplicate"]
    assert again.json()["results"][0]["id"] == body["results"][0]["id"]
    assert _count(headoffice.store, "change_log") == logged
    assert _count(headoffice.store, "purchases") == 2
    sh.sync.sync()
    assert len(_device_purchases(sh, client.id)) == 1


def test_a_refund_and_bad_records_in_one_batch(headoffice, make_device):
    sh = make_device("SH01")
    auth = _key(headoffice.store, "purchases")
    batch = {
        "orders": [
            _order("S-1", "138 1234 0000"),
            _order("S-1-R", "138 1234 0000", qty=-1, type="refund"),
            _order("S-2", "138 1234 0000", qty=-1),  # a sale with a negative line
            _order("S-3", "not a phone"),
            {**_order("S-4", "138 1234 0000"), "store_code": "ZZ99"},
            {"store_code": "SH01"},
            _order("S-1", "138 1234 0000"),  # twice in one batch
        ]
    }
    answer = requests.post(headoffice.url + PURCHASES, json=batch, headers=auth, timeout=30)
    assert answer.status_code == 422
    results = answer.json()["results"]
    assert [r["status"] for r in results] == [
        "accepted",
        "accepted",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "duplicate",
    ]
    assert "negative" in results[2]["reason"]
    assert "phone" in results[3]["reason"]
    assert "ZZ99" in results[4]["reason"]
    assert "source_order_id" in results[5]["reason"]
    assert results[0]["client_id"] == results[1]["client_id"]
    sh.sync.sync()
    totals = sorted(
        p["total"] for p in _device_purchases(sh, uuid.UUID(hex=results[0]["client_id"]))
    )
    assert totals == [Decimal("-98000"), Decimal("98000")]


def test_an_online_request_arrives_as_requested_on_its_store_only(headoffice, make_device):
    sh = make_device("SH01")
    hk = make_device("HK01")
    auth = _key(headoffice.store, "appointments", system="website")
    starts = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0)
    request = {
        "store_code": "HK01",
        "request_id": "web-7781",
        "channel": "mini_program",
        "kind": "bridal",
        "starts_at": starts.isoformat(),
        "message": "Engagement rings, around HK$80,000",
        "customer": {"phone": "9123 4567", "name_local": "陳嘉欣", "email": "Ka.Yan@example.com"},
    }
    answer = requests.post(
        headoffice.url + REQUESTS, json={"requests": [request]}, headers=auth, timeout=30
    )
    assert answer.status_code == 200, answer.text
    appointment_id = uuid.UUID(hex=answer.json()["results"][0]["id"])
    hk.sync.sync()
    sh.sync.sync()
    found, _selections, _checklist = hk.appointments.get(appointment_id)
    assert found.status is AppointmentStatus.REQUESTED
    assert found.source is AppointmentSource.ONLINE
    assert found.starts_at == starts
    assert "Engagement" in found.notes and "9123 4567" in found.request_contact
    assert hk.clients.get(found.client_id).name_local == "陳嘉欣"
    assert not _device_rows(sh, "appointments", appointment_id)
    # The funnel's source is kept with it at head office.
    receipts = Base.metadata.tables["integration_receipts"]
    with headoffice.store.reading() as conn:
        kept = conn.execute(
            select(receipts.c.channel, receipts.c.source_id).where(
                receipts.c.entity_id == appointment_id
            )
        ).one()
    assert tuple(kept) == ("mini_program", "web-7781")
    # An advisor confirms it: the flow from requested goes on as for any appointment.
    assert hk.appointments.set_status(appointment_id, "confirmed").value.status is (
        AppointmentStatus.CONFIRMED
    )
    again = requests.post(
        headoffice.url + REQUESTS, json={"requests": [request]}, headers=auth, timeout=30
    )
    assert again.json()["results"][0]["status"] == "duplicate"


def test_keys_are_checked(headoffice):
    ho = headoffice.store
    batch = {"orders": [_order("K-1", "138 1234 5678")]}
    url = headoffice.url + PURCHASES
    none = requests.post(url, json=batch, timeout=30)
    assert none.status_code == 401 and none.json()["error"] == "unauthorised"
    wrong = requests.post(url, json=batch, headers={"X-Api-Key": "jdk_not-a-key"}, timeout=30)
    assert wrong.status_code == 401 and "unknown" in wrong.json()["message"]
    website = _key(ho, "appointments", system="website")
    scoped = requests.post(url, json=batch, headers=website, timeout=30)
    assert scoped.status_code == 403 and "purchases" in scoped.json()["message"]
    pos_record, pos_key = keys.add_key(ho, "pos", ("purchases",))
    ok = requests.post(url, json=batch, headers={"X-Api-Key": pos_key}, timeout=30)
    assert ok.status_code == 200
    keys.revoke_key(ho, pos_record.id.hex)
    revoked = requests.post(url, json=batch, headers={"X-Api-Key": pos_key}, timeout=30)
    assert revoked.status_code == 401
    assert _count(ho, "purchases") == 1
    with ho.reading() as conn:
        digests = list(conn.execute(select(Base.metadata.tables["api_keys"].c.key_hash)).scalars())
    assert pos_key not in digests and all(len(d) == 64 for d in digests)


def test_a_body_that_is_no_batch_is_a_400(headoffice):
    auth = _key(headoffice.store, "purchases")
    url = headoffice.url + PURCHASES
    for body in (b"not json", b"[]", b'{"orders": []}', b'{"orders": [], "x": 1}'):
        answer = requests.post(
            url, data=body, headers={**auth, "Content-Type": "application/json"}, timeout=30
        )
        assert answer.status_code == 400, body
        assert answer.json()["error"] == "bad_body"


def _device_rows(desk, name: str, row_id: uuid.UUID) -> list[dict]:
    t = Base.metadata.tables[name]
    with desk.store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(t).where(t.c.id == row_id)).mappings()]


def _device_purchases(desk, client_id: uuid.UUID) -> list[dict]:
    t = Base.metadata.tables["purchases"]
    with desk.store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(t).where(t.c.client_id == client_id, t.c.deleted.is_(False))
            ).mappings()
        ]
