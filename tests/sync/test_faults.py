"""Fault injection in the transport (SYNC.md, "What proves it", 2): requests dropped,
responses lost after head office committed, truncated bodies, 5xx, timeouts, the same
push replayed 2–5 times (also concurrently), batches out of order. After the faults
stop, one more round of syncs converges: devices equal head office for the store,
outboxes empty, no duplicates, no op applied twice."""

from __future__ import annotations

import gzip
import json
import threading

import pytest
import requests
from sqlalchemy import text

from jeweldesk.protocol.models import PROTOCOL_VERSION
from jeweldesk.sync.client import SyncError
from tests.sync.helpers import (
    assert_applied_once,
    assert_converged,
    device_count,
    ho_count,
    outbox,
)
from tests.sync.transport import FaultyAdapter, install

FAILING = ("drop_request", "drop_response", "truncate", "503", "timeout", "timeout_after_send")


def _work(desk, n: int, tag: str) -> list:
    made = []
    for i in range(n):
        client = desk.clients.create(
            name_local=f"王{tag}{i}", phones=[f"139 {abs(hash(tag)) % 10000:04d} {i:04d}"]
        ).value
        desk.notes.add(client.id, f"{tag} note {i}")
        desk.clients.update(client.id, greeting_name=f"{tag}-{i}")
        made.append(client)
    return made


def _no_duplicates(ho, desks) -> None:
    for table in ("clients", "notes", "contact_points"):
        with ho.engine.connect() as conn:
            total = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            distinct = conn.execute(text(f"SELECT count(DISTINCT id) FROM {table}")).scalar_one()
        assert total == distinct
        for desk in desks:
            assert device_count(desk, table) == total, table


def _final_round(ho, desks, store="SH01") -> None:
    for desk in [*desks, *desks]:
        report = desk.sync.sync()
        assert not report.error and report.rejected == 0, report
    assert_converged(ho, desks, store)
    _no_duplicates(ho, desks)
    assert_applied_once(ho)


def test_each_push_fault_then_convergence(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    adapter = install(a, FaultyAdapter())
    made = []
    for fault in FAILING:
        made += _work(a, 2, fault)
        before = len(outbox(a))
        committed = ho_count(ho, "clients")
        adapter.plan.append(fault)
        with pytest.raises(SyncError):
            a.sync.sync()
        # The device kept every op it has no acknowledgement for …
        assert len(outbox(a)) == before, fault
        # … whether head office applied the push (only the answer was lost) or not.
        lost_answer = fault in ("drop_response", "truncate", "timeout_after_send")
        assert ho_count(ho, "clients") == committed + (2 if lost_answer else 0), fault
        # The next, clean sync delivers or acknowledges the same ops exactly once.
        report = a.sync.sync()
        assert report.pushed == before and report.rejected == 0, (fault, report)
        assert outbox(a) == [] and ho_count(ho, "clients") == committed + 2, fault
        b.sync.sync()
    _final_round(ho, [a, b])
    assert ho_count(ho, "clients") == len(made) and ho_count(ho, "notes") == len(made)


def test_faults_in_the_middle_of_a_multi_batch_push_and_on_pull(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    adapter = install(a, FaultyAdapter(only=None))
    b_made = _work(b, 4, "b")
    b.sync.sync()
    a.sync.batch_size = 250  # as a head office before larger pushes takes them
    made = _work(a, 90, "a")  # 90 × 4 ops: two batches
    assert a.sync.pending() > 250
    # Batch 1 goes through, batch 2's answer is lost; next time the pull is cut short,
    # then answers 503, then its answer is lost.
    adapter.plan.extend([None, "drop_response"])
    with pytest.raises(SyncError):
        a.sync.sync()
    # Batch 2 again (a replay: its stored answers come back), then the pull faults.
    adapter.plan.extend([None, "truncate", "503", "drop_response"])
    for _ in range(3):
        with pytest.raises(SyncError):
            a.sync.sync()
    assert not adapter.plan
    assert device_count(a, "clients", "WHERE id = :i", {"i": b_made[0].id.hex}) == 0
    _final_round(ho, [a, b])
    assert ho_count(ho, "clients") == len(made) + len(b_made)


@pytest.mark.parametrize("copies", [2, 5])
def test_replayed_push_is_applied_once(headoffice, make_device, copies):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    adapter = install(a, FaultyAdapter(copies=copies))
    made = _work(a, 3, f"r{copies}")
    adapter.plan.append("replay")
    report = a.sync.sync()
    assert report.rejected == 0 and report.pushed == len(made) * 4
    assert outbox(a) == []
    _final_round(ho, [a, b])
    assert ho_count(ho, "applied_ops") == len(made) * 4


def test_push_replayed_concurrently_from_threads_is_applied_once(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    adapter = install(a, FaultyAdapter(copies=4))
    made = _work(a, 3, "c")
    adapter.plan.append("replay_concurrent")
    a.sync.sync()
    # And the very same body posted from four threads at once, with a fresh op each.
    a.notes.add(made[0].id, "posted four times at once")
    ops = a.sync._batch()
    body = {
        "device_id": a.sync.client.device_id,
        "protocol": PROTOCOL_VERSION,
        "schema_version": ops[-1]["schema_version"],
        "ops": ops,
    }
    answers, errors = [], []

    def post():
        try:
            answers.append(a.sync.client.post("/sync/push", body))
        except SyncError as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(answers) == 4
    assert all([r["result"] for r in ans["results"]] == ["applied"] for ans in answers)
    _final_round(ho, [a, b])
    assert ho_count(ho, "notes") == len(made) + 1


def test_batches_out_of_order_answer_a_gap_then_recover(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    a.sync.batch_size = 250
    made = _work(a, 130, "o")  # 520 ops: three batches of 250
    everything = outbox(a)
    assert len(everything) > 500
    second = a.sync._batch()  # the first 250 …

    later = [
        {
            k: r[k]
            for k in ("device_seq", "op_id", "entity", "entity_id", "kind", "hlc", "schema_version")
        }
        | {"fields": json.loads(r["fields"])}
        for r in everything[250:500]
    ]
    assert second[0]["device_seq"] == 1 and later[0]["device_seq"] == 251
    body = {
        "device_id": a.sync.client.device_id,
        "protocol": PROTOCOL_VERSION,
        "schema_version": later[-1]["schema_version"],
    }
    with pytest.raises(SyncError) as gap:
        a.sync.client.post("/sync/push", {**body, "ops": later})
    assert (
        gap.value.status == 409
        and gap.value.body["error"] == "gap"
        and gap.value.body["last_seq"] == 0
    )
    assert ho_count(ho, "applied_ops") == 0
    # Within one push the order does not matter: head office sorts by sequence.
    first = list(reversed(second))
    answer = a.sync.client.post("/sync/push", {**body, "ops": first})
    assert answer["last_seq"] == 250
    # Batch three before batch two: a gap again, at 250.
    with pytest.raises(SyncError) as gap2:
        a.sync.client.post(
            "/sync/push",
            {
                **body,
                "ops": [
                    {
                        k: r[k]
                        for k in (
                            "device_seq",
                            "op_id",
                            "entity",
                            "entity_id",
                            "kind",
                            "hlc",
                            "schema_version",
                        )
                    }
                    | {"fields": json.loads(r["fields"])}
                    for r in everything[500:]
                ],
            },
        )
    assert gap2.value.body["last_seq"] == 250
    # The device never heard about batch one: it resends from 1 and catches up.
    _final_round(ho, [a, b])
    assert ho_count(ho, "clients") == len(made)
    assert ho_count(ho, "applied_ops") == len(everything)


# --- a head office older than the device ------------------------------------------------


class OlderHeadOffice(FaultyAdapter):
    """A head office from before larger pushes: it refuses a push of more than 250 ops
    as its validation did (422, nothing applied) and takes the rest."""

    def __init__(self) -> None:
        super().__init__(only=None)
        self.refused = 0

    def send(self, request, **kwargs):
        if self._path(request) == "/sync/push" and request.body:
            data = request.body
            try:
                data = gzip.decompress(data)
            except OSError:
                pass
            if len(json.loads(data)["ops"]) > 250:
                self._record(request)
                self.refused += 1
                response = requests.Response()
                response.status_code = 422
                response.headers["Content-Type"] = "application/json"
                response._content = json.dumps(
                    {
                        "detail": [
                            {
                                "type": "too_long",
                                "loc": ["body", "ops"],
                                "msg": "List should have at most 250 items after validation",
                            }
                        ]
                    }
                ).encode()
                response.url, response.request = request.url, request
                return response
        return super().send(request, **kwargs)


@pytest.mark.slow
def test_a_head_office_taking_fewer_ops_per_push_gets_them_in_smaller_batches(
    headoffice, make_device
):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    adapter = install(a, OlderHeadOffice())
    made = _work(a, 90, "older")  # 360 ops: more than an older head office takes at once
    report = a.sync.sync()
    assert adapter.refused == 1
    assert [len(body["ops"]) for body in adapter.bodies] == [360, 250, 110]
    assert report.rejected == 0 and report.pushed == len(made) * 4
    assert outbox(a) == [] and a.sync.batch_size == 250
    _final_round(ho, [a, b])
    assert ho_count(ho, "applied_ops") == len(made) * 4
    assert_converged(ho, [a, b], "SH01")
