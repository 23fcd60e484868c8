"""Taking this device's next document number: its sequence lives in the device's
`settings` table and advances in the transaction that writes the document. The
number's form is `documents/numbers.py`'s."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.documents.numbers import PATTERN, clean_code, format_number
from jeweldesk.storage.models import IssuedDocument, Setting


def next_number(session: Session, store_code: str, device_prefix: str, kind: str) -> str:
    """Take the next number for this device (inside the caller's transaction)."""
    prefix = clean_code(device_prefix)
    key = f"documents.sequence.{prefix}"
    row = session.get(Setting, key)
    if row is None:
        # A fresh settings table on a device that issued before (a restore): carry on
        # after the highest number this device's prefix already holds.
        taken = session.scalars(
            select(IssuedDocument.number).where(IssuedDocument.number.like(f"%-{prefix}-%"))
        ).all()
        row = Setting(key=key, value=_highest(taken))
        session.add(row)
    sequence = int(str(row.value)) + 1  # a JSON number in the settings table
    row.value = sequence
    return format_number(store_code, prefix, kind, sequence)


def _highest(numbers: Sequence[str]) -> int:
    sequences = [int(m.group(4)) for m in map(PATTERN.match, numbers) if m is not None]
    return max(sequences, default=0)
