"""SYNC.md's named scenarios ("What proves it", 4), each on SQLite and PostgreSQL head
offices: the same client edited in two stores, 30 days offline, a device restored from
a backup, a transaction held open on head office, an N−1 client, a migration with a
non-empty outbox, and a store that must not reach another store's clients."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text

from jeweldesk.domain.ids import new_id
from jeweldesk.headoffice.push import apply_push
from jeweldesk.protocol.models import MAX_OPS_PER_PUSH, PROTOCOL_VERSION, PushRequest
from jeweldesk.services.possessions import LineDraft
from jeweldesk.storage.models import Base, Client, Note
from jeweldesk.sync.client import SyncError
from jeweldesk.sync.device import SyncReport
from tests.sync.helpers import (
    assert_applied_once,
    assert_converged,
    device_count,
    device_scalar,
    hex_id,
    ho_count,
    outbox,
)
from tests.sync.transport import FaultyAdapter, install


def _client_row(desk, client_id) -> dict:
    with desk.store.engine.connect() as conn:
        return dict(
            conn.execute(text("SELECT * FROM clients WHERE id = :i"), {"i": hex_id(client_id)})
            .mappings()
            .one()
        )


def _ho_conflicts(ho_store) -> list[dict]:
    conflicts = Base.metadata.tables["sync_conflicts"]
    with ho_store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(select(conflicts).order_by(conflicts.c.detected_at)).mappings()
        ]


def _device_conflicts(desk) -> list[dict]:
    with desk.store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text("SELECT * FROM sync_conflicts")).mappings()]


def _json(value):
    """A JSON column's value: decoded already (head office) or JSON text (device)."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _ho_client(ho_store, client_id) -> dict:
    clients = Base.metadata.tables["clients"]
    with ho_store.engine.connect() as conn:
        return dict(conn.execute(select(clients).where(clients.c.id == client_id)).mappings().one())


# --- the same client edited in two stores ------------------------------------------------


def test_two_stores_edit_different_fields_of_one_client(headoffice, make_device):
    ho = headoffice.store
    sh = make_device("SH01")
    hk = make_device("HK01")
    client = sh.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    sh.sync.sync()
    assert [f["id"] for f in hk.sync.fetch_client("+86 138 1234 5678")] == [client.id.hex]

    # Both offline: Shanghai sets the greeting, Hong Kong the channel and language.
    sh.clients.update(client.id, greeting_name="王太太")
    hk.clients.update(client.id, preferred_channel="wechat", language="zh_TW")
    for desk in (sh, hk, sh, hk):
        report = desk.sync.sync()
        assert report.conflicts == 0 and report.rejected == 0, report

    for desk in (sh, hk):
        got = desk.clients.get(client.id)
        assert got.greeting_name == "王太太"
        assert str(getattr(got.preferred_channel, "value", got.preferred_channel)) == "wechat"
        assert got.language == "zh_TW"
        assert _device_conflicts(desk) == []
    row = _ho_client(ho, client.id)
    assert (row["greeting_name"], row["language"]) == ("王太太", "zh_TW")
    assert _ho_conflicts(ho) == []
    assert_converged(ho, [sh], "SH01")
    assert_converged(ho, [hk], "HK01")
    assert_applied_once(ho)


@pytest.mark.slow
def test_same_field_edited_offline_on_two_devices_first_to_arrive_wins(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(
        name_local="王美玲", phones=["138 1234 5678"], greeting_name="王女士"
    ).value
    a.sync.sync()
    b.sync.sync()
    assert b.clients.get(client.id).greeting_name == "王女士"

    # Offline, both change the greeting. B's clock runs six hours fast: it still loses,
    # because A's edit reaches head office first.
    b.clock._wall = lambda: int(time.time() * 1000) + 6 * 3_600_000
    b.clients.update(client.id, greeting_name="美玲")
    a.clients.update(client.id, greeting_name="王太太")
    assert a.sync.sync().conflicts == 0
    report = b.sync.sync()
    assert report.conflicts == 1 and report.rejected == 0
    a.sync.sync()

    for desk in (a, b):
        assert desk.clients.get(client.id).greeting_name == "王太太"
    assert _ho_client(ho, client.id)["greeting_name"] == "王太太"
    [conflict] = _ho_conflicts(ho)
    assert conflict["kind"] == "field" and conflict["field"] == "greeting_name"
    assert (
        _json(conflict["base_value"]),
        _json(conflict["theirs_value"]),
        _json(conflict["mine_value"]),
    ) == ("王女士", "王太太", "美玲")
    assert conflict["theirs_device"] == a.sync.client.device_id
    assert conflict["mine_device"] == b.sync.client.device_id
    for desk in (a, b):
        [mirror] = _device_conflicts(desk)
        assert mirror["id"] == hex_id(conflict["id"])
        assert (
            _json(mirror["base_value"]),
            _json(mirror["theirs_value"]),
            _json(mirror["mine_value"]),
        ) == ("王女士", "王太太", "美玲")
    assert_converged(ho, [a, b], "SH01")
    assert_applied_once(ho)


def test_edit_after_delete_is_a_conflict_never_an_undelete(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    a.sync.sync()
    b.sync.sync()

    # A deletes the client (tombstone); B, offline, edits the greeting, then tries to
    # bring the record back.
    with a.store.engine.begin() as conn:
        conn.execute(text("UPDATE clients SET deleted = 1 WHERE id = :i"), {"i": client.id.hex})
    b.clients.update(client.id, greeting_name="王太太")
    assert a.sync.sync().conflicts == 0
    report = b.sync.sync()
    assert report.conflicts == 1 and report.rejected == 0
    a.sync.sync()

    row = _ho_client(ho, client.id)
    assert row["deleted"] is True and row["greeting_name"] == ""
    conflicts = _ho_conflicts(ho)
    assert [(c["kind"], c["field"], _json(c["mine_value"])) for c in conflicts] == [
        ("edit_after_delete", "greeting_name", "王太太")
    ]
    for desk in (a, b):
        assert (
            device_scalar(desk, "SELECT deleted FROM clients WHERE id = :i", {"i": client.id.hex})
            == 1
        ), desk is a
        assert [(c["kind"], _json(c["mine_value"])) for c in _device_conflicts(desk)] == [
            ("edit_after_delete", "王太太")
        ]
    assert_converged(ho, [a, b], "SH01")

    # Undeleting through sync is a conflict too, and the row stays deleted.
    with b.store.engine.begin() as conn:
        conn.execute(text("UPDATE clients SET deleted = 0 WHERE id = :i"), {"i": client.id.hex})
    assert b.sync.sync().conflicts == 1
    a.sync.sync()
    assert _ho_client(ho, client.id)["deleted"] is True
    assert {c["field"] for c in _ho_conflicts(ho)} == {"greeting_name", "deleted"}
    for desk in (a, b):
        assert (
            device_scalar(desk, "SELECT deleted FROM clients WHERE id = :i", {"i": client.id.hex})
            == 1
        )
    assert_converged(ho, [a, b], "SH01")


def test_concurrent_notes_on_one_client_are_all_kept(headoffice, make_device):
    ho = headoffice.store
    sh = make_device("SH01")
    sh2 = make_device("SH01")
    hk = make_device("HK01")
    client = sh.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    sh.sync.sync()
    sh2.sync.sync()
    hk.sync.fetch_client("13812345678")
    sh.notes.add(client.id, "Loves pearls")
    sh2.notes.add(client.id, "Anniversary in May")
    hk.notes.add(client.id, "Visited Landmark with her daughter")
    for desk in (sh, sh2, hk, sh, sh2):
        assert desk.sync.sync().conflicts == 0
    expected = {"Loves pearls", "Anniversary in May", "Visited Landmark with her daughter"}
    for desk in (sh, sh2, hk):
        assert {n.body for n in desk.clients.profile(client.id).notes} == expected
    assert ho_count(ho, "notes") == 3
    assert_converged(ho, [sh, sh2], "SH01")
    assert_converged(ho, [hk], "HK01")


# --- append-only and business rules --------------------------------------------------------


def _purchase(desk, client_id, total: str = "1000"):
    """A purchase written whole in one insert, as a POS feed would."""
    from decimal import Decimal

    from jeweldesk.services.base import unit_of_work
    from jeweldesk.storage import models as m

    with unit_of_work(desk) as work:
        purchase = m.Purchase(
            client_id=client_id,
            store_id=desk.home_store_id,
            advisor_id=desk.acting_staff_id,
            purchased_at=dt.datetime.now(dt.UTC),
            channel="store",
            total=Decimal(total),
            currency="CNY",
        )
        work.session.add(purchase)
        work.session.flush()
        work.session.add(
            m.PurchaseLine(
                purchase_id=purchase.id,
                description="Pearl studs",
                quantity=1,
                unit_price=Decimal(total),
            )
        )
    return purchase


def test_recorded_purchase_reaches_head_office_whole(headoffice, make_device):
    ho = headoffice.store
    sh = make_device("SH01")
    client = sh.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    purchase = sh.purchases.record(client.id, [LineDraft("1000", description="Pearl studs")]).value
    report = sh.sync.sync()
    purchases = Base.metadata.tables["purchases"]
    with ho.engine.connect() as conn:
        total = conn.execute(
            select(purchases.c.total).where(purchases.c.id == purchase.id)
        ).scalar_one()
    assert (report.rejected, total) == (0, 1000)
    assert outbox(sh) == []
    assert_converged(ho, [sh], "SH01")


def test_purchase_edit_is_rejected_and_kept_while_the_rest_of_the_push_applies(
    headoffice, make_device
):
    ho = headoffice.store
    sh = make_device("SH01")
    client = sh.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    purchase = _purchase(sh, client.id)
    assert sh.sync.sync().rejected == 0

    sh.notes.add(client.id, "Before the tampering")
    with sh.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE purchases SET total = '1.00' WHERE id = :i"), {"i": purchase.id.hex}
        )
    sh.notes.add(client.id, "After the tampering")
    report = sh.sync.sync()

    assert report.rejected == 1, report
    assert "cannot be changed" in report.rejected_reasons[0]
    [kept] = outbox(sh)
    assert kept["entity"] == "purchases" and "cannot be changed" in kept["rejected_reason"]
    assert json.loads(kept["fields"])["total"][1] in ("1.00", "1")
    assert sh.sync.pending() == 0  # rejected ops are shown to the user, not retried
    # The device holds the purchase as head office keeps it again, not the refused total.
    assert device_scalar(
        sh, "SELECT total FROM purchases WHERE id = :i", {"i": purchase.id.hex}
    ) in ("1000", "1000.00", 1000)
    purchases = Base.metadata.tables["purchases"]
    with ho.engine.connect() as conn:
        assert (
            conn.execute(
                select(purchases.c.total).where(purchases.c.id == purchase.id)
            ).scalar_one()
            == 1000
        )
        stored = conn.execute(
            text("SELECT result, payload FROM applied_ops WHERE op_id = :o"), {"o": kept["op_id"]}
        ).one()
    assert stored.result == "rejected" and _json(stored.payload)["entity"] == "purchases"
    assert {n.body for n in sh.clients.profile(client.id).notes} >= {
        "Before the tampering",
        "After the tampering",
    }
    assert ho_count(ho, "notes") == 2
    # The kept op is never sent again, and never blocks later ops.
    sh.notes.add(client.id, "Later")
    assert sh.sync.sync().rejected == 0
    assert ho_count(ho, "notes") == 3
    assert len(outbox(sh)) == 1
    assert_applied_once(ho)


def test_a_value_postgresql_cannot_hold_is_rejected_alone(headoffice, make_device):
    """A NUL character (SQLite stores one in text) or a value longer than its column:
    the op is refused with its reason, the rest of the push applies."""
    ho = headoffice.store
    sh = make_device("SH01")
    client = sh.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    assert sh.sync.sync().rejected == 0
    with sh.store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE clients SET greeting_name = 'Mrs' || char(0) || 'Wang', updated_hlc = :h WHERE id = :i"
            ),
            {"h": sh.clock.now().encode(), "i": hex_id(client.id)},
        )
        conn.execute(
            text("UPDATE clients SET title = :t, updated_hlc = :h WHERE id = :i"),
            {"t": "Madame " * 40, "h": sh.clock.now().encode(), "i": hex_id(client.id)},
        )
    sh.notes.add(client.id, "Kept whatever else the push holds")
    report = sh.sync.sync()
    assert report.rejected == 2, report
    assert report.rejected_reasons[0] == "greeting_name contains a NUL character"
    assert report.rejected_reasons[1].startswith("title is longer than")
    assert ho_count(ho, "notes") == 1
    assert _ho_client(ho, client.id)["greeting_name"] == ""
    # The device's next pull put the client back as head office keeps them.
    assert {k: _client_row(sh, client.id)[k] for k in ("greeting_name", "title")} == {
        "greeting_name": "",
        "title": "",
    }


def test_double_booking_by_two_offline_devices_is_flagged_on_both(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    advisor = a.acting_staff_id
    starts = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(
        minute=0, second=0, microsecond=0
    )
    first = a.appointments.create(
        kind="private_viewing", starts_at=starts, advisor_id=advisor
    ).value
    second = b.appointments.create(
        kind="private_viewing", starts_at=starts + dt.timedelta(minutes=30), advisor_id=advisor
    ).value
    for desk in (a, b, a):
        desk.sync.sync()
    for desk in (a, b):
        flags = {
            r[0]: r[1]
            for r in desk.store.engine.connect().execute(
                text("SELECT id, double_booked FROM appointments")
            )
        }
        assert flags == {first.id.hex: 1, second.id.hex: 1}
    assert ho_count(ho, "appointments", "WHERE double_booked = :t", {"t": True}) == 2
    assert_converged(ho, [a, b], "SH01")


# --- long offline, backups ------------------------------------------------------------------


@pytest.mark.slow
def test_thirty_days_offline_with_5000_pending_ops(headoffice, make_device):
    ho = headoffice.store
    sh = make_device("SH01")
    adapter = install(sh, FaultyAdapter(only=None))
    month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    clients, notes = [], []
    for n in range(2500):
        client_id = new_id()
        day = month_ago + dt.timedelta(minutes=17 * n)
        clients.append(
            {
                "id": client_id,
                "home_store_id": sh.home_store_id,
                "name_order": "given_first",
                "given_name": f"Client{n:04d}",
                "family_name": "Offline",
                "created_at": day,
                "updated_hlc": sh.clock.now().encode(),
                "updated_by_device": sh.device_id,
            }
        )
        notes.append(
            {
                "id": new_id(),
                "client_id": client_id,
                "store_id": sh.home_store_id,
                "body": f"Visit {n}",
                "created_at": day,
                "author_id": sh.acting_staff_id,
                "updated_hlc": sh.clock.now().encode(),
                "updated_by_device": sh.device_id,
            }
        )
    with sh.store.engine.begin() as conn:
        conn.execute(insert(Client.__table__), clients)
        conn.execute(insert(Note.__table__), notes)
    assert sh.sync.pending() == 5000

    report = sh.sync.sync()
    assert report.pushed == 5000 and report.rejected == 0 and report.conflicts == 0, report
    pushes = [b for b in adapter.bodies]
    assert len(pushes) == 5000 // MAX_OPS_PER_PUSH and all(
        len(b["ops"]) == MAX_OPS_PER_PUSH for b in pushes
    )
    seqs = [op["device_seq"] for b in pushes for op in b["ops"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == 5000
    assert outbox(sh) == []
    assert ho_count(ho, "clients", "WHERE home_store_id = :s", {"s": sh.home_store_id}) == 2500
    assert ho_count(ho, "notes") == 2500
    assert_applied_once(ho)
    assert ho_count(ho, "applied_ops") == 5000
    assert_converged(ho, [sh], "SH01")


def _backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def test_device_restored_from_yesterdays_backup_takes_a_new_id(
    headoffice, make_device, reopen, tmp_path
):
    ho = headoffice.store
    a = make_device("SH01")
    folder, path, advisor = a.path.parent, a.path, a.acting_staff_id
    old_id = a.sync.client.device_id
    synced = a.clients.create(name_local="王一", phones=["138 0000 0001"]).value
    a.sync.sync()
    unsynced_at_backup = a.clients.create(name_local="王二", phones=["138 0000 0002"]).value
    _backup(path, tmp_path / "yesterday.sqlite3")
    # Yesterday after the backup: more work, synced.
    after_backup = a.clients.create(name_local="王三", phones=["138 0000 0003"]).value
    a.notes.add(after_backup.id, "Wants a tennis bracelet")
    a.sync.sync()
    a.close()

    # The disk dies; yesterday's backup comes back.
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    _backup(tmp_path / "yesterday.sqlite3", path)
    restored = reopen(folder, advisor)
    assert [r["entity"] for r in outbox(restored)].count("clients") == 1
    today = restored.clients.create(name_local="王四", phones=["138 0000 0004"]).value
    report = restored.sync.sync()

    assert report.device_reset, report
    new_id_ = device_scalar(restored, "SELECT value FROM settings WHERE key = 'device_id'")
    assert json.loads(new_id_) != old_id and restored.sync.client.device_id == json.loads(new_id_)
    restored.sync.sync()
    for client in (synced, unsynced_at_backup, after_backup, today):
        assert ho_count(ho, "clients", "WHERE id = :i", {"i": client.id}) == 1
        assert device_count(restored, "clients", "WHERE id = :i", {"i": client.id.hex}) == 1
    assert ho_count(ho, "clients") == 4 and ho_count(ho, "notes") == 1
    assert ho_count(ho, "contact_points") == 4
    assert [n.body for n in restored.clients.profile(after_backup.id).notes] == [
        "Wants a tennis bracelet"
    ]
    assert_applied_once(ho, by_op_id=False)
    assert_converged(ho, [restored], "SH01")


def test_restored_device_with_a_kept_rejected_op_is_not_blocked(
    headoffice, make_device, reopen, tmp_path
):
    """A rejected op stays in the outbox for people to see; after a restore it must not
    take a sequence number the device will never send (head office would wait for it)."""
    ho = headoffice.store
    a = make_device("SH01")
    folder, path, advisor = a.path.parent, a.path, a.acting_staff_id
    client = a.clients.create(name_local="王一", phones=["138 0000 0001"]).value
    purchase = _purchase(a, client.id)
    a.sync.sync()
    with a.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE purchases SET total = '1.00' WHERE id = :i"), {"i": purchase.id.hex}
        )
    assert a.sync.sync().rejected == 1
    _backup(path, tmp_path / "yesterday.sqlite3")
    a.notes.add(client.id, "After the backup")
    a.sync.sync()
    a.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    _backup(tmp_path / "yesterday.sqlite3", path)
    restored = reopen(folder, advisor)
    restored.notes.add(client.id, "Today")
    report = restored.sync.sync()
    assert report.device_reset and not report.error
    assert restored.sync.pending() == 0
    assert {n.body for n in restored.clients.profile(client.id).notes} == {
        "After the backup",
        "Today",
    }
    assert ho_count(ho, "notes") == 2


# --- head office transactions, protocol versions, migrations ----------------------------------


@pytest.mark.parametrize(
    "headoffice", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)  # SQLite has one writer at a time: no transaction can be held open beside another
def test_transaction_held_open_on_head_office_is_not_skipped_by_pull(headoffice, make_device):
    ho = headoffice.store
    writer_early = make_device("SH01")
    writer_late = make_device("SH01")
    reader = make_device("SH01")
    early = writer_early.clients.create(name_local="王早", phones=["138 0000 0011"]).value
    late = writer_late.clients.create(name_local="王晚", phones=["138 0000 0012"]).value

    # The early push takes its versions and transaction id, and stays open…
    ops = writer_early.sync._batch()
    request = PushRequest(
        device_id=writer_early.sync.client.device_id,
        protocol=PROTOCOL_VERSION,
        schema_version=ops[-1]["schema_version"] or "",
        ops=ops,
    )
    store_id = writer_early.home_store_id
    held = ho.engine.connect()
    transaction = held.begin()
    late_push = threading.Thread(target=writer_late.sync.sync)
    try:
        apply_push(held, request.device_id, store_id, request)
        # …while a later push runs: it must wait to log its change behind the early
        # one, and a pull made meanwhile sees neither, rather than skipping one.
        late_push.start()
        late_push.join(timeout=1.5)
        assert late_push.is_alive(), (
            "the later push logged its change while the earlier one was uncommitted"
        )
        reader.sync.sync()
        assert device_count(reader, "clients", "WHERE id = :i", {"i": early.id.hex}) == 0
        assert device_count(reader, "clients", "WHERE id = :i", {"i": late.id.hex}) == 0
        transaction.commit()
    finally:
        if transaction.is_active:
            transaction.rollback()
        held.close()
    late_push.join(timeout=60)
    assert not late_push.is_alive()
    writer_early.sync.sync()  # its push was applied: the replay is acknowledged
    assert outbox(writer_early) == []
    reader.sync.sync()
    for client in (early, late):
        assert device_count(reader, "clients", "WHERE id = :i", {"i": client.id.hex}) == 1
    writer_late.sync.sync()
    writer_early.sync.sync()
    assert_converged(ho, [reader, writer_early, writer_late], "SH01")
    assert_applied_once(ho)


def test_previous_protocol_client_is_served_and_older_refused(headoffice, make_device):
    ho = headoffice.store
    sh = make_device("SH01")
    sh.clients.create(name_local="王美玲", phones=["138 1234 5678"])
    ops = sh.sync._batch()
    body = {
        "device_id": sh.sync.client.device_id,
        "schema_version": ops[-1]["schema_version"] or "",
        "ops": ops,
    }
    with pytest.raises(SyncError) as refused:
        sh.sync.client.post("/sync/push", {**body, "protocol": 0})
    assert refused.value.status == 426
    assert "protocol 0 is not supported" in str(refused.value) and "update the app" in str(
        refused.value
    )
    with pytest.raises(SyncError) as refused_pull:
        sh.sync.client.get("/sync/pull", {"cursor": "", "limit": 10, "protocol": 0})
    assert refused_pull.value.status == 426
    assert ho_count(ho, "clients") == 0

    answer = sh.sync.client.post("/sync/push", {**body, "protocol": PROTOCOL_VERSION - 1})
    assert {r["result"] for r in answer["results"]} == {"applied"}
    sh.sync._acknowledge(answer["results"], SyncReport())
    pulled = sh.sync.client.get(
        "/sync/pull", {"cursor": "", "limit": 10, "protocol": PROTOCOL_VERSION - 1}
    )
    assert pulled["changes"]
    assert ho_count(ho, "clients") == 1
    sh.sync.sync()
    assert_converged(ho, [sh], "SH01")


def test_an_insert_without_the_columns_its_version_lacked_reaches_other_devices_whole(
    headoffice, make_device
):
    """An older app does not know a column added since: its inserts leave it out. Head
    office stores and serves the row with that column at its default, so a device
    on the newer version can store it (NOT NULL) instead of failing every pull."""
    ho = headoffice.store
    a, b = make_device("SH01"), make_device("SH01")
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    a.sync.sync()
    b.sync.sync()
    contact_points = Base.metadata.tables["contact_points"]
    defaulted = {
        c.name for c in contact_points.c if c.default is not None and c.default.is_scalar
    } - {"deleted"}
    assert {"label", "is_primary"} <= defaulted
    fields = {
        "client_id": [None, client.id.hex],
        "kind": [None, "email"],
        "value": [None, "meiling@example.com"],
        "normalised": [None, "meiling@example.com"],
        "deleted": [None, 0],
    }
    contact_id = new_id()
    with a.store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, hlc, schema_version, created_at) "
                "VALUES (:o, 'contact_points', :i, 'insert', :f, :h, '0004', '2026-01-01 00:00:00')"
            ),
            {
                "o": uuid.uuid4().hex,
                "i": contact_id.hex,
                "f": json.dumps(fields),
                "h": a.clock.now().encode(),
            },
        )
    assert a.sync.sync().rejected == 0
    report = b.sync.sync()
    assert report.pulled >= 1
    with b.store.engine.connect() as conn:
        row = (
            conn.execute(
                text("SELECT value, label, is_primary FROM contact_points WHERE id = :i"),
                {"i": contact_id.hex},
            )
            .mappings()
            .one()
        )
    assert (row["value"], row["label"], row["is_primary"]) == ("meiling@example.com", "", 0)
    assert_converged(ho, [b], "SH01")


def test_outbox_survives_a_migration_at_open_and_syncs_afterwards(headoffice, make_device, reopen):
    ho = headoffice.store
    a = make_device("SH01")
    folder, advisor = a.path.parent, a.acting_staff_id
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    a.notes.add(client.id, "Loves pearls")
    before = outbox(a)
    assert len(before) >= 3
    a.close()

    reopened = reopen(folder, advisor)  # migrate + trigger (re)installation run at open
    assert outbox(reopened) == before
    # A data migration writing through plain SQL is captured like any other write.
    with reopened.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE clients SET source = 'import' WHERE id = :i"), {"i": client.id.hex}
        )
    assert len(outbox(reopened)) == len(before) + 1
    report = reopened.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0
    assert outbox(reopened) == []
    assert _ho_client(ho, client.id)["source"] == "import"
    assert ho_count(ho, "notes") == 1
    assert_converged(ho, [reopened], "SH01")


# --- scope ----------------------------------------------------------------------------------


def test_hong_kong_device_cannot_write_or_read_a_paris_client(headoffice, make_device):
    ho = headoffice.store
    pa = make_device("PA01")
    hk = make_device("HK01")
    client = pa.clients.create(
        family_name="Martin", given_name="Claire", phones=["+33 6 12 34 56 78"]
    ).value
    pa.notes.add(client.id, "Prefers white gold")
    note_insert = next(r for r in outbox(pa) if r["entity"] == "notes")
    pa.sync.sync()

    crafted = [
        ("clients", client.id.hex, "update", {"greeting_name": ["", "Madame"]}),
        (
            "notes",
            new_id().hex,
            "insert",
            json.loads(note_insert["fields"]) | {"body": [None, "Planted by HK"]},
        ),
    ]
    with hk.store.engine.begin() as conn:
        for entity, entity_id, kind, fields in crafted:
            conn.execute(
                text(
                    "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, hlc, schema_version, created_at) "
                    "VALUES (:o, :e, :i, :k, :f, :h, (SELECT version_num FROM alembic_version), '2026-01-01 00:00:00')"
                ),
                {
                    "o": uuid.uuid4().hex,
                    "e": entity,
                    "i": entity_id,
                    "k": kind,
                    "f": json.dumps(fields),
                    "h": hk.clock.now().encode(),
                },
            )
    report = hk.sync.sync()
    assert report.rejected == 2
    assert report.rejected_reasons == ["outside this store's scope"] * 2
    assert [r["rejected_reason"] for r in outbox(hk)] == ["outside this store's scope"] * 2
    assert _ho_client(ho, client.id)["greeting_name"] == ""
    assert ho_count(ho, "notes") == 1
    # Nor can it read them: a pull brings nothing of the Paris client.
    assert device_count(hk, "clients") == 0
    assert device_count(hk, "notes") == 0
    assert device_count(hk, "contact_points") == 0
    assert_converged(ho, [hk], "HK01", outbox_empty=False)
    assert_converged(ho, [pa], "PA01")


def test_a_store_device_sets_a_pin_but_cannot_promote_or_add_staff(headoffice, make_device):
    from argon2 import PasswordHasher

    from jeweldesk.headoffice.console import _check_password

    ho = headoffice.store
    sh = make_device("SH01")
    li = sh.acting_staff_id
    staff_t = Base.metadata.tables["staff"]

    def ho_staff() -> dict:
        with ho.engine.connect() as conn:
            return dict(conn.execute(select(staff_t).where(staff_t.c.id == li)).mappings().one())

    # A person changing their own PIN on the tablet: head office takes it, so it works on
    # the store's other devices too.
    new_pin = PasswordHasher().hash("97531")
    with sh.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE staff SET pin_hash = :p, updated_hlc = :h WHERE id = :i"),
            {"p": new_pin, "h": sh.clock.now().encode(), "i": hex_id(li)},
        )
    assert sh.sync.sync().rejected == 0
    assert ho_staff()["pin_hash"] == new_pin

    # A tampered tablet making its advisor head office, with a password it knows.
    password = "Opened-the-console-1"
    with sh.store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE staff SET role = 'head_office', pin_hash = :p, updated_hlc = :h WHERE id = :i"
            ),
            {"p": PasswordHasher().hash(password), "h": sh.clock.now().encode(), "i": hex_id(li)},
        )
        staff_insert = {
            "store_id": [None, sh.home_store_id.hex],
            "name": [None, "Planted"],
            "email": [None, "x@sh01.example"],
            "role": [None, "head_office"],
            "pin_hash": [None, new_pin],
            "active": [None, 1],
            "deleted": [None, 0],
        }
        conn.execute(
            text(
                "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, hlc, schema_version, created_at) "
                "VALUES (:o, 'staff', :i, 'insert', :f, :h, (SELECT version_num FROM alembic_version), '2026-01-01 00:00:00')"
            ),
            {
                "o": uuid.uuid4().hex,
                "i": new_id().hex,
                "f": json.dumps(staff_insert),
                "h": sh.clock.now().encode(),
            },
        )
    report = sh.sync.sync()
    assert report.rejected == 2
    assert sorted(report.rejected_reasons) == [
        "only pin_hash of staff records can change on a device; the rest is managed at head office",
        "staff records are added at head office",
    ]
    kept = ho_staff()
    assert kept["role"] == "advisor"  # a StrEnum: equal to its value
    assert kept["pin_hash"] == new_pin
    assert ho_count(ho, "staff") == 3
    assert _check_password(ho, kept["email"], password) is None
