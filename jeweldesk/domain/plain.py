"""Values as JSON carries them, one rule for every export and script output: ids and
decimals as text (a decimal never becomes a float), times in ISO 8601, enumerations
by their value."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from enum import Enum


def json_scalar(value: object) -> object:
    """`value` in the form JSON carries it; anything else is returned as it is."""
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value
