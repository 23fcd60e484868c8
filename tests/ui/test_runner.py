"""The UI thread never waits on the database: service calls run on the runner's one
database thread, in order, and results come back on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer

from jeweldesk.domain.errors import ValidationError
from jeweldesk.ui.runner import DeskRunner

pytestmark = pytest.mark.ui


@pytest.fixture
def desk(demo_store, tmp_path):
    from jeweldesk.services import Desk
    from tests.ui.store_copy import copy_store

    with Desk.open(copy_store(demo_store, tmp_path / "store")) as opened:
        yield opened


@pytest.fixture
def runner(styled_app, desk, qtbot):
    made = DeskRunner(desk)
    yield made
    made.stop()


def test_the_ui_thread_keeps_ticking_while_a_slow_call_runs(runner, desk, qtbot, monkeypatch):
    real_count = desk.clients.count
    disk_answers = threading.Event()

    def slow_count():
        # A cold disk, a huge store: the answer comes only once the UI thread has shown
        # it kept ticking meanwhile.
        assert disk_answers.wait(timeout=5)
        return real_count()

    monkeypatch.setattr(desk.clients, "count", slow_count)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    got = []
    started = time.perf_counter()
    with qtbot.waitSignal(runner.sig_idle, timeout=5000):
        runner.read(lambda d: d.clients.count(), got.append)
        assert time.perf_counter() - started < 0.1, "read() returned at once"
        assert got == []
        try:
            qtbot.waitUntil(lambda: len(ticks) >= 15, timeout=4000)
        finally:
            disk_answers.set()
    timer.stop()
    assert got == [real_count()]
    assert len(ticks) >= 15, "the UI thread stopped ticking while the call ran"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.2


def test_calls_run_in_order_on_one_thread_and_answer_on_the_ui_thread(runner, qtbot):
    ran_on, answered_on, order = set(), set(), []
    ui = threading.get_ident()
    started = [threading.Event() for _ in range(6)]
    overlapped = []

    def op(n):
        def call(_desk):
            ran_on.add(threading.get_ident())
            started[n].set()
            # Each call gives the next one a moment to start alongside it (later calls
            # are quicker: order must still hold); on one database thread none does.
            if started[n + 1].wait(timeout=0.01 * (5 - n)):
                overlapped.append(n)
            return n

        return call

    def done(n):
        answered_on.add(threading.get_ident())
        order.append(n)

    with qtbot.waitSignal(runner.sig_idle, timeout=5000):
        for n in range(5):
            runner.read(op(n), done)
    assert order == [0, 1, 2, 3, 4]
    assert overlapped == []
    assert len(ran_on) == 1 and ui not in ran_on
    assert answered_on == {ui}
    assert QThread.currentThread() is runner.thread()


def test_a_write_announces_its_changes(runner, desk, qtbot):
    seen = []
    runner.sig_changes.connect(lambda changes, initiator: seen.append((changes, initiator)))
    client = desk.clients.search("wang", limit=1)[0]
    marker = object()
    with qtbot.waitSignal(runner.sig_changes, timeout=5000):
        runner.write(lambda d: d.notes.add(client.id, "Prefers morning visits"), initiator=marker)
    changes, initiator = seen[0]
    assert "notes" in changes.tables and initiator is marker


def test_an_error_the_advisor_can_act_on_is_reported(runner, desk, qtbot):
    def refuse(_desk):
        raise ValidationError("client.name_required")

    with qtbot.waitSignal(runner.sig_failed, timeout=5000) as failed:
        runner.read(refuse, lambda _r: pytest.fail("no result for a refused call"))
    assert "name" in failed.args[0]

    caught = []
    with qtbot.waitSignal(runner.sig_idle, timeout=5000):
        runner.write(refuse, on_failed=caught.append)
    assert caught and caught[0].key == "client.name_required"
