"""Record identifiers: UUIDv7, made on the device, sortable by creation time."""

from __future__ import annotations

import uuid

from uuid6 import uuid7


def new_id() -> uuid.UUID:
    return uuid7()


def parse_id(value: str | uuid.UUID) -> uuid.UUID:
    """Accepts the canonical, braced or dash-less form; raises ValueError otherwise."""
    if isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value).strip())
