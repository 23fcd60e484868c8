"""Opening the store a command names, and writing the files it asks for."""

from __future__ import annotations

import os
from pathlib import Path

from jeweldesk.domain.errors import DomainError
from jeweldesk.paths import DATA_DIR_ENV, DATABASE_FILENAME, database_path


def open_desk(data_dir: str | None):
    """The store in `data_dir` (else `$JEWELDESK_DATA_DIR`, else the user-data folder).
    A folder holding no store is refused (`cli.no_store`): opening it would make a new,
    empty store there, and a mistyped `--data-dir` would answer 'no client matches'."""
    from jeweldesk.services import Desk

    folder = data_dir or os.environ.get(DATA_DIR_ENV)
    store_file = Path(folder) / DATABASE_FILENAME if folder else database_path()
    if not store_file.is_file():
        raise DomainError("cli.no_store", path=str(store_file.parent))
    return Desk.open(data_dir)


def check_writable(path: str | os.PathLike[str]) -> None:
    """Refuse (`cli.cannot_write`) before any work is done when `path` cannot be written."""
    folder = Path(path).resolve().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK) or Path(path).is_dir():
        raise DomainError("cli.cannot_write", path=str(path))
