"""The one front door: `Desk.open(data_dir)` and its services. Imports no Qt.

The names below are loaded on first use, so that a module needing only the plain
view records (`jeweldesk.services.views`) does not pay for SQLAlchemy: the app paints
its first window before the database layer is imported."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk
    from jeweldesk.services.views import Changes, Notice, Written

__all__ = ["Changes", "Desk", "Notice", "Written"]

_HOMES = {"Changes": "base", "Notice": "base", "Written": "base", "Desk": "desk"}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
