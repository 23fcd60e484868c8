"""Benchmarks against ARCHITECTURE.md's budgets. Not in the default run:
`.venv/bin/python -m pytest -m perf tests/perf -s`.

The 100,000-client demo store is built once and kept in `JEWELDESK_PERF_DIR`
(default: ~/.cache/jeweldesk-perf) so repeated runs measure, not rebuild."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest

PERF_DIR = Path(os.environ.get("JEWELDESK_PERF_DIR", Path.home() / ".cache" / "jeweldesk-perf"))


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/perf" in str(item.fspath):
            item.add_marker(pytest.mark.perf)


@pytest.fixture(scope="session")
def demo_100k() -> Path:
    from jeweldesk.demo import build
    from jeweldesk.paths import database_path

    folder = PERF_DIR / "demo-100k-seed7"
    marker = folder / "built.ok"
    if not marker.exists():
        if database_path(folder).exists():
            database_path(folder).unlink()
        started = time.perf_counter()
        build(folder, clients=100_000, seed=7)
        marker.write_text(f"{time.perf_counter() - started:.1f}\n")
        print(f"\nbuilt the 100,000-client demo in {marker.read_text().strip()} s")
    return folder


def timings(fn, inputs, repeat: int = 1) -> list[float]:
    """Milliseconds per call, over every input."""
    out = []
    for _ in range(repeat):
        for value in inputs:
            started = time.perf_counter()
            fn(value)
            out.append((time.perf_counter() - started) * 1000)
    return out


def describe(label: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    return f"{label:<28} n={len(ms):<4} p50={statistics.median(ms):7.2f} ms  p95={p95:7.2f} ms  max={ms[-1]:7.2f} ms"


def p95(ms: list[float]) -> float:
    ms = sorted(ms)
    return ms[max(0, int(len(ms) * 0.95) - 1)]
