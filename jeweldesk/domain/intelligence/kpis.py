"""KPI formulas: each a ratio with its numerator and denominator kept, so a manager
can see what 78% is 78% of. Services gather the inputs; the arithmetic lives here so
the app and the head-office console show the same numbers."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def value(self) -> Decimal | None:
        """The share as a percentage with one decimal; None when nothing was due."""
        if not self.denominator:
            return None
        return (Decimal(100) * self.numerator / self.denominator).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )

    def as_dict(self) -> dict[str, object]:
        value = self.value
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "percent": None if value is None else str(value),
        }


def coverage(
    last_contacts: Iterable[dt.datetime | None], end: dt.datetime, days: int = 30
) -> Ratio:
    """Share of the book contacted in the `days` before the end of the period."""
    values = list(last_contacts)
    since = end - dt.timedelta(days=days)
    return Ratio(sum(1 for c in values if c is not None and since < c <= end), len(values))


def execution(actions: Iterable[tuple[str, dt.date, dt.date | None]]) -> Ratio:
    """Follow-up execution: actions done on time ÷ actions due. Each action is
    (status, due, day done). Actions set aside as not relevant, whose trigger went
    away before they were due, or withheld for want of the client's consent, are not
    counted as due."""
    due = [
        (status, day, done)
        for status, day, done in actions
        if status not in ("not_relevant", "lapsed", "withheld")
    ]
    on_time = sum(
        1 for status, day, done in due if status == "done" and done is not None and done <= day
    )
    return Ratio(on_time, len(due))


KEY_FIELDS = ("contact", "birthday", "preferred_channel", "preference", "ring_size", "consent")


def completeness(fields_per_client: Iterable[frozenset[str]]) -> Ratio:
    """Share of clients whose record holds every key field."""
    values = list(fields_per_client)
    return Ratio(sum(1 for f in values if set(KEY_FIELDS) <= f), len(values))


def converted(starts: Iterable[dt.datetime], purchases: list[dt.datetime], days: int = 14) -> int:
    window = dt.timedelta(days=days)
    return sum(1 for s in starts if any(s <= p <= s + window for p in purchases))


def movements(changes: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Segment movements as 'core→vic': count, ups and downs alike."""
    return dict(sorted(Counter(f"{a}→{b}" for a, b in changes if a and a != b).items()))
