"""Where JewelDesk finds its resources and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jeweldesk import APP_NAME, ORG_NAME

DATA_DIR_ENV = "JEWELDESK_DATA_DIR"
DATABASE_FILENAME = "jeweldesk.sqlite3"
# Beside the store: the book as the app last showed it, painted at the next start
# (ui/first_paint.py); dropped whenever a client is erased.
BOOK_SNAPSHOT_FILENAME = "book-snapshot.json"


def resource_dir() -> Path:
    """The `resources/` folder, inside a PyInstaller bundle or beside the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def migrations_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "migrations"
    return Path(__file__).resolve().parent.parent / "migrations"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the store database: `--data-dir`, then the environment, then
    the platform's user-data folder. Created if missing."""
    if override:
        path = Path(override)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        from platformdirs import user_data_dir  # only here: the app's first paint is timed

        path = Path(user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / DATABASE_FILENAME
