"""`desk.merging`: two records of one person made one.

One unit of work: the kept client takes the chosen profile values, every row naming
the other client moves to the kept one, the other is tombstoned, and a
`client_merges` row records the merge. The row moves are not captured: head office
makes the same moves when the merge reaches it (rows from every device, including
those it has not heard of yet, and ops that still name the merged-away client), and
every device makes them when it pulls the merge."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, text

from jeweldesk.domain import merging as rules
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.names import display_name
from jeweldesk.domain.vocab import NameOrder, Role
from jeweldesk.protocol import merging as reach
from jeweldesk.services import segments
from jeweldesk.services.base import Written, now_utc, reading, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.storage import models as m
from jeweldesk.storage import search as search_index

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


@dataclasses.dataclass(frozen=True)
class MergeResult:
    merge_id: uuid.UUID
    kept_id: uuid.UUID
    merged_id: uuid.UUID
    rows_moved: int
    taken: tuple[str, ...]  # the fields the kept client took from the other


@dataclasses.dataclass(frozen=True)
class FieldChoice:
    """One profile field the merge chooses between: both values as stored, and the
    side the merge takes unless the person chooses otherwise."""

    field: str
    kept: Any
    other: Any
    default: str  # "kept" or "other"

    @property
    def differs(self) -> bool:
        return bool(self.kept != self.other)


@dataclasses.dataclass(frozen=True)
class MergePreview:
    """Two clients side by side before a merge: names, stores, the field choices and
    how many of the other client's records (notes, purchases, pieces…) would move."""

    kept_id: uuid.UUID
    other_id: uuid.UUID
    kept_name: str
    other_name: str
    kept_contacts: tuple[str, ...]
    other_contacts: tuple[str, ...]
    fields: tuple[FieldChoice, ...]
    moving: tuple[tuple[str, int], ...]  # (table, rows) of the other client, most first


def _name(client: m.Client) -> str:
    return display_name(
        family=client.family_name,
        given=client.given_name,
        name_local=client.name_local,
        romanised=client.name_romanised,
        given_first=client.name_order == NameOrder.GIVEN_FIRST,
    )


def _values(client: m.Client) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, columns in rules.FIELDS.items():
        values = tuple(getattr(client, c) for c in columns)
        out[name] = values if len(values) > 1 else values[0]
    return out


class MergeService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def may_merge(self) -> bool:
        """Whether whoever is signed in may merge clients (store managers, head office)."""
        if self.desk.acting_staff_id is None:
            return False
        with reading(self.desk) as s:
            role = s.scalar(select(m.Staff.role).where(m.Staff.id == self.desk.acting_staff_id))
        return role is not None and Role(role) in rules.ROLES_MERGING

    def preview(self, kept_id: uuid.UUID | str, other_id: uuid.UUID | str) -> MergePreview:
        """What merging `other_id` into `kept_id` would do; nothing is written. Refused
        as the merge itself would be (the same client, an erased one)."""
        with reading(self.desk) as s:
            kept = client_row(s, kept_id)
            other = client_row(s, other_id)
            if kept.id == other.id:
                raise ValidationError("merge.same_client")
            for client in (kept, other):
                if client.erased_at is not None:
                    raise ValidationError("merge.erased", name=client.id.hex[:8])
            mine, theirs = _values(kept), _values(other)
            sides = rules.resolve(mine, theirs, None)
            fields = tuple(
                FieldChoice(name, mine[name], theirs[name], sides[name]) for name in rules.FIELDS
            )
            conn = s.connection()
            moving: list[tuple[str, int]] = []
            for table, column in reach.client_columns():
                count = conn.execute(
                    text(f'SELECT count(*) FROM "{table}" WHERE "{column}" = :c AND deleted = 0'),
                    {"c": other.id.hex},
                ).scalar_one()
                if count and table != "clients":
                    moving.append((table, int(count)))
            moving.sort(key=lambda t: (-t[1], t[0]))

            def contacts(client: m.Client) -> tuple[str, ...]:
                return tuple(c.value for c in client.contacts if not c.deleted and c.value.strip())

            return MergePreview(
                kept.id,
                other.id,
                _name(kept),
                _name(other),
                contacts(kept),
                contacts(other),
                fields,
                tuple(moving),
            )

    def merge(
        self,
        kept_id: uuid.UUID | str,
        other_id: uuid.UUID | str,
        choices: Mapping[str, str] | None = None,
    ) -> Written[MergeResult]:
        """Merge `other_id` into `kept_id`. `choices` maps a field of `domain/merging.py`
        to "kept" or "other"; the rest take the kept client's value, or the other's
        where the kept one has none."""
        if not self.may_merge():
            raise ValidationError("merge.not_allowed")
        with unit_of_work(self.desk) as work:
            s = work.session
            kept = client_row(s, kept_id)
            other = client_row(s, other_id)
            if kept.id == other.id:
                raise ValidationError("merge.same_client")
            for client in (kept, other):
                if client.erased_at is not None:
                    raise ValidationError("merge.erased", name=client.id.hex[:8])
            sides = rules.resolve(_values(kept), _values(other), choices)
            taken: dict[str, list[object]] = {}
            for name, side in sides.items():
                if side != "other":
                    continue
                for column in rules.FIELDS[name]:
                    mine, theirs = getattr(kept, column), getattr(other, column)
                    if mine != theirs:
                        taken[column] = [_plain(mine), _plain(theirs)]
                        setattr(kept, column, theirs)
            other.deleted = True
            # The profile and the tombstone first: head office meets them before the
            # merge, which then redirects whatever names the merged-away client.
            s.flush()
            conn = s.connection()
            conn.execute(text("UPDATE sync_flags SET applying = 1 WHERE id = 1"))
            moved = reach.move_rows(conn, other.id, kept.id, local=True)
            conn.execute(delete(m.ClientStanding).where(m.ClientStanding.client_id == other.id))
            conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))
            record = m.ClientMerge(
                merged_id=other.id,
                kept_id=kept.id,
                store_id=self.desk.home_store_id,
                merged_by_id=self.desk.acting_staff_id,
                merged_at=now_utc(),
                taken=taken,
            )
            s.add(record)
            s.flush()
            s.expire_all()
            segments.recompute(s, [kept.id])
            search_index.reindex_clients(conn, {kept.id, other.id})
            result = MergeResult(record.id, kept.id, other.id, moved, tuple(sorted(taken)))
        return Written(result, work.changes)


def _plain(value: object) -> object:
    """A column value as JSON holds it."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
