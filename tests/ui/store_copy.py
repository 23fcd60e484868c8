"""A private copy of the session's demo store, for UI tests that write (PINs, locks,
notes): the shared store stays read-only for everyone else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jeweldesk.paths import DATABASE_FILENAME


def copy_store(source: Path, target: Path) -> Path:
    """Copy the store in `source` into the folder `target` with SQLite's backup API
    (consistent even while the source is open in WAL mode)."""
    target.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source / DATABASE_FILENAME)
    dst = sqlite3.connect(target / DATABASE_FILENAME)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target
