"""The Qt binding itself: the app emits a signal for every database call and runs each
call on a thread pool, so a binding that mislays a reference on either path crashes it
after a few thousand calls (PySide6 6.12.0 did: `bool_dealloc`, `none_dealloc`)."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

pytestmark = pytest.mark.ui

ROUNDS = 300  # far below the few thousand references True and None hold at start


class Receiver(QObject):
    sig_plain = Signal(int)
    sig_objects = Signal(int, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.received = 0
        self.sig_plain.connect(self.got)
        self.sig_objects.connect(self.got)

    def got(self, *_args) -> None:
        self.received += 1


def references() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def settled(before: tuple[int, int, int]) -> bool:
    # Other threads and the collector move these by a handful, never by hundreds.
    return all(abs(a - b) < ROUNDS // 3 for a, b in zip(references(), before, strict=True))


def test_emitting_signals_keeps_every_reference(qapp):
    receiver = Receiver()
    before = references()
    for i in range(ROUNDS):
        receiver.sig_plain.emit(i)
        receiver.sig_objects.emit(i, None, True)
    assert receiver.received == 2 * ROUNDS
    assert settled(before), f"references to None/True/False moved from {before} to {references()}"


def test_signals_from_a_worker_thread_keep_every_reference(qapp, qtbot):
    receiver = Receiver()
    before = references()

    def work() -> None:
        for i in range(ROUNDS):
            receiver.sig_objects.emit(i, None, False)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: receiver.received == ROUNDS, timeout=10_000)
    assert settled(before), f"references to None/True/False moved from {before} to {references()}"


def test_thread_pool_runs_keep_every_reference(qapp):
    class Job(QRunnable):
        def run(self) -> None:
            pass

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    before = references()
    for _ in range(ROUNDS):
        pool.start(Job())
    assert pool.waitForDone(10_000)
    assert settled(before), f"references to None/True/False moved from {before} to {references()}"


SCAN_PROBE = """
import sys
import PySide6.QtWidgets
feature = sys.modules["shibokensupport.feature"]
scanned = []
real = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: scanned.append(module.__name__) or real(module)
import jeweldesk.ui.app, jeweldesk.ui.first_paint
from PySide6.QtCore import QObject, Signal

class Pinger(QObject):
    sig = Signal(int)

got = []
pinger = Pinger()
pinger.sig.connect(got.append)
pinger.sig.emit(7)
print(",".join(scanned))
print(got)
"""


def test_pyside_does_not_read_the_source_of_the_modules_a_start_imports():
    """PySide reads every module's whole source after it is imported (for its opt-in
    `__feature__` switches); `jeweldesk.ui` spares a start those reads, and PySide
    still works as before."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", SCAN_PROBE],
        capture_output=True,
        text=True,
        cwd=root,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    scanned, got = done.stdout.strip().splitlines()[-2:]
    scanned = [name for name in scanned.split(",") if name]
    assert not [name for name in scanned if name.startswith("jeweldesk")], scanned
    assert len(scanned) <= 5, scanned  # without it: about 70
    assert got == "[7]"
