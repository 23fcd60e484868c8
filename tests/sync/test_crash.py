"""Crash points with real processes (SYNC.md, "What proves it", 3): the device
process killed during a local write, after sending a push but before acknowledging it,
and halfway through applying a pull; head office restarted between syncs and killed
-9 while a push is in flight. Reopened and synced, everything converges: nothing lost,
nothing duplicated, no op applied twice."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jeweldesk.sync.client import SyncError
from tests.sync.helpers import (
    assert_applied_once,
    assert_converged,
    device_count,
    ho_count,
    outbox,
)
from tests.sync.servers import ROOT, HeadOfficeProcess, start_on
from tests.sync.transport import FaultyAdapter, install

CHILD = r"""
import json, os, sys, uuid
args = json.loads(sys.argv[1])
from jeweldesk.services import Desk
desk = Desk.open(args["dir"])
desk.act_as(uuid.UUID(args["advisor"]))
mode = args["mode"]

if mode == "write":
    from jeweldesk.services.clients import ClientService
    desk.clients.create(name_local="王存", phones=["138 0000 0100"])
    # Killed inside the unit of work: the client row and its outbox op are flushed,
    # not committed.
    ClientService._report_duplicates = lambda *a, **k: os._exit(9)
    desk.clients.create(name_local="王丢", phones=["138 0000 0101"])
elif mode == "ack":
    from jeweldesk.sync.device import DeviceSync
    client = desk.clients.create(name_local="王推", phones=["138 0000 0200"]).value
    desk.notes.add(client.id, "pushed, never acknowledged")
    DeviceSync._acknowledge = lambda *a, **k: os._exit(9)
    desk.sync.sync()
elif mode == "pull":
    import jeweldesk.sync.device as device
    original = device._upsert
    def upsert(conn, name, rows, *more):
        original(conn, name, rows, *more)
        os._exit(9)  # after the first table of the pulled changes
    device._upsert = upsert
    desk.sync.sync()
os._exit(0)
"""


def _child(folder: Path, advisor, mode: str) -> int:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            json.dumps({"dir": str(folder), "advisor": str(advisor), "mode": mode}),
        ],
        cwd=str(ROOT),
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 9, result.stderr[-3000:]
    return result.returncode


def _names(desk) -> set[str]:
    with desk.store.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name_local FROM clients")}


@pytest.mark.slow
def test_killed_during_a_local_write(headoffice, make_device, reopen):
    ho = headoffice.store
    a = make_device("SH01")
    folder, advisor = a.path.parent, a.acting_staff_id
    a.close()
    _child(folder, advisor, "write")
    a = reopen(folder, advisor)
    assert _names(a) == {"王存"}
    assert {r["entity"] for r in outbox(a)} == {"clients", "contact_points"}
    assert len(outbox(a)) == 2
    a.sync.sync()
    assert ho_count(ho, "clients") == 1 and ho_count(ho, "contact_points") == 1
    assert_converged(ho, [a], "SH01")
    assert_applied_once(ho)


def test_killed_after_sending_a_push_before_acknowledging(headoffice, make_device, reopen):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    folder, advisor = a.path.parent, a.acting_staff_id
    a.close()
    _child(folder, advisor, "ack")
    # Head office committed the push; the device never heard.
    assert ho_count(ho, "clients") == 1 and ho_count(ho, "notes") == 1
    a = reopen(folder, advisor)
    assert len(outbox(a)) == 3
    report = a.sync.sync()
    assert report.pushed == 3 and report.rejected == 0
    b.sync.sync()
    assert (
        ho_count(ho, "clients") == 1
        and ho_count(ho, "notes") == 1
        and ho_count(ho, "applied_ops") == 3
    )
    assert_converged(ho, [a, b], "SH01")
    assert_applied_once(ho)


def test_killed_halfway_through_applying_a_pull(headoffice, make_device, reopen):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    folder, advisor = a.path.parent, a.acting_staff_id
    client = b.clients.create(name_local="王拉", phones=["138 0000 0300"]).value
    b.notes.add(client.id, "pulled in two tables or more")
    b.sync.sync()
    with a.store.engine.connect() as conn:
        cursor_before = conn.exec_driver_sql(
            "SELECT value FROM settings WHERE key = 'pull_cursor'"
        ).scalar()
    a.close()
    _child(folder, advisor, "pull")
    a = reopen(folder, advisor)
    # Nothing of the interrupted pull was kept, not even the cursor.
    with a.store.engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT value FROM settings WHERE key = 'pull_cursor'").scalar()
            == cursor_before
        )
        assert conn.exec_driver_sql("SELECT applying FROM sync_flags").scalar() == 0
    assert device_count(a, "clients") == 0 and device_count(a, "notes") == 0
    a.sync.sync()
    assert device_count(a, "clients") == 1 and device_count(a, "notes") == 1
    other = a.clients.create(name_local="王后", phones=["138 0000 0301"]).value
    assert len(outbox(a)) == 2
    a.sync.sync()
    b.sync.sync()
    assert device_count(b, "clients", "WHERE id = :i", {"i": other.id.hex}) == 1
    assert_converged(ho, [a, b], "SH01")
    assert_applied_once(ho)


def test_head_office_restarted_between_syncs(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    first = a.clients.create(name_local="王一", phones=["138 0000 0401"]).value
    a.sync.sync()
    port = int(headoffice.url.rsplit(":", 1)[1])
    headoffice.stop()
    second = a.clients.create(name_local="王二", phones=["138 0000 0402"]).value
    with pytest.raises(SyncError):
        a.sync.sync()
    restarted = start_on(ho.url, port)
    try:
        a.sync.sync()
        b.sync.sync()
        for client in (first, second):
            assert device_count(b, "clients", "WHERE id = :i", {"i": client.id.hex}) == 1
        assert_converged(restarted.store, [a, b], "SH01")
        assert_applied_once(restarted.store)
    finally:
        restarted.stop()


@pytest.mark.slow
def test_head_office_killed_mid_push(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    process = HeadOfficeProcess(ho.url).start()
    try:
        a.sync.client.url = b.sync.client.url = process.url
        adapter = install(a, FaultyAdapter(only="/sync/push"))
        for i in range(130):  # 130 × 2 ops: two pushes
            a.clients.create(name_local=f"王{i}", phones=[f"138 1000 {i:04d}"])
        pushes = {"n": 0}

        def kill_soon(request) -> None:
            pushes["n"] += 1
            if pushes["n"] == 2:  # the second batch is in flight when head office dies
                threading.Timer(0.01, process.kill).start()

        adapter.before_send = kill_soon
        with pytest.raises(SyncError):
            a.sync.sync()
            process.process.wait(timeout=10)  # the kill came just after the answer
            a.sync.sync()
        process.kill()
        adapter.before_send = None
        process.start()  # same database, same port
        a.sync.sync()
        b.sync.sync()
        assert ho_count(ho, "clients") == 130 and ho_count(ho, "contact_points") == 130
        assert_converged(ho, [a, b], "SH01")
        assert_applied_once(ho)
    finally:
        process.stop()
