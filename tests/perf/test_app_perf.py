"""The app's figures (issue 5): cold start to the client book on screen with a large
store as a ratio to a bare PySide6 window started the same way (budget ≤ 2×); a
profile on screen (≤ 150 ms); memory with a 100,000-client store (≤ 300 MB RSS)."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from tests.perf.conftest import PERF_DIR

PROBE = Path(__file__).with_name("app_probe.py")
STARTS = 7


def _run(*args: str) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).parents[2]),
    }
    done = subprocess.run(
        [sys.executable, str(PROBE), *args], capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def store_50k() -> Path:
    from jeweldesk.demo import build
    from jeweldesk.services import Desk

    folder = PERF_DIR / "demo-50k-seed7"
    if not (folder / "built.ok").exists():
        shutil.rmtree(folder, ignore_errors=True)
        build(folder, clients=50_000, seed=7)
        Desk.open(folder).close()  # migrate once, outside the timed starts
        (folder / "built.ok").write_text("ok\n")
    return folder


def test_cold_start_profile_open_and_memory(store_50k, demo_100k):
    import compileall

    import jeweldesk
    from jeweldesk.ui.first_paint import forget_snapshot

    # Byte-compiled as an installed app is (a wheel's install and the bundle both are),
    # whatever PYTHONDONTWRITEBYTECODE says in this shell.
    compileall.compile_dir(Path(jeweldesk.__file__).parent, quiet=1)

    forget_snapshot(store_50k)
    first = _run(
        "app", str(store_50k)
    )  # the first start on this store: nothing painted before the desk
    # Alternated, so that both see the machine as it is at that moment; seven of each,
    # as one start varies by ±30% here (a bare window: 0.15-0.25 s).
    bare, ours = [], []
    for _ in range(STARTS):
        bare.append(_run("bare")["shown"])
        ours.append(_run("app", str(store_50k)))
    book = [o["book_on_screen"] for o in ours]
    ready = [o["ready"] for o in ours]
    ratio = statistics.median(book) / statistics.median(bare)
    opens = sorted(ms for o in ours for ms in o["profile_open_ms"])
    p95_open = opens[max(0, int(len(opens) * 0.95) - 1)]
    big = _run("app", str(demo_100k), "wang", "138", "王", "m")
    print(
        f"\nbare window shown: median {statistics.median(bare):.2f} s {[round(b, 2) for b in bare]}"
        f"\nbook on screen, 50,000 clients: median {statistics.median(book):.2f} s {[round(b, 2) for b in book]}"
        f" → ratio {ratio:.2f} (budget ≤ 2)"
        f"\n  every screen built and the live book shown: median {statistics.median(ready):.2f} s"
        f"\n  the first start on a store (no book kept yet): book {first['book_on_screen']:.2f} s,"
        f" ready {first['ready']:.2f} s"
        f"\nprofile on screen: p50 {statistics.median(opens):.0f} ms, p95 {p95_open:.0f} ms (budget ≤ 150)"
        f"\nRSS with 100,000 clients after book, profiles and searches: {big['max_rss_mb']:.0f} MB (budget ≤ 300)"
    )
    assert all(o["painted_first"] for o in ours)
    assert ratio <= 2.0
    assert p95_open <= 150
    assert big["max_rss_mb"] <= 300
