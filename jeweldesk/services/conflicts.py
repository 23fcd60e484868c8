"""Conflicts people review: a value that lost to one that reached head office first,
or an edit made to a record someone else deleted. Resolving one is itself a change
that syncs, so every device and head office see the same outcome."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Enum, Text, func, select, update

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.names import clean, clean_text
from jeweldesk.protocol.wire import from_wire
from jeweldesk.services.base import Changes, Written, freeze, now_utc, reading, unit_of_work
from jeweldesk.services.records import SyncConflictRecord
from jeweldesk.storage.models import Base, Store, SyncConflict

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

CHOICES = ("theirs", "mine", "merged")


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    kind: str
    entity: str
    entity_id: uuid.UUID
    field: str
    base: Any
    theirs: Any
    mine: Any
    theirs_device: str
    mine_device: str
    detected_at: dt.datetime
    client_name: str
    store_code: str


class ConflictService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def count_open(self) -> int:
        with reading(self.desk) as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.resolved_at.is_(None), SyncConflict.deleted.is_(False))
                )
                or 0
            )

    def open(self) -> list[ConflictView]:
        """Unresolved conflicts, oldest first, with the client's name where there is one."""
        from jeweldesk.services.clients import summarise

        with reading(self.desk) as s:
            rows = s.scalars(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None), SyncConflict.deleted.is_(False))
                .order_by(SyncConflict.detected_at)
            ).all()
            names: dict[uuid.UUID | None, str] = {
                c.id: c.display_name
                for c in summarise(s, [r.client_id for r in rows if r.client_id])
            }
            stores: dict[uuid.UUID | None, str] = dict(
                s.execute(select(Store.id, Store.code)).all()
            )
            return [
                ConflictView(
                    id=r.id,
                    kind=r.kind,
                    entity=r.entity,
                    entity_id=r.entity_id,
                    field=r.field,
                    base=r.base_value,
                    theirs=r.theirs_value,
                    mine=r.mine_value,
                    theirs_device=r.theirs_device,
                    mine_device=r.mine_device,
                    detected_at=r.detected_at,
                    client_name=names.get(r.client_id, ""),
                    store_code=stores.get(r.store_id, ""),
                )
                for r in rows
            ]

    def resolve(
        self, conflict_id: uuid.UUID, choice: str, merged_value: Any = None
    ) -> Written[SyncConflictRecord]:
        """Keep head office's value ("theirs"), put the losing value back ("mine"), or
        write a merged value. For an edit to a deleted record, "mine" restores the
        record with the edit. For a benefit used twice, "theirs" voids the use past
        the limit and "mine" lets both stand (store managers: `desk.benefits`)."""
        if choice not in CHOICES:
            raise ValidationError("conflict.choice", value=choice)
        with unit_of_work(self.desk) as work:
            conflict = work.session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.deleted:
                raise NotFound("conflict.not_found")
            if conflict.kind == "double_use":
                from jeweldesk.services.benefits import settle_double_use

                settle_double_use(self.desk, work.session, conflict, choice)
            elif conflict.resolved_at is None and choice != "theirs":
                value = conflict.mine_value if choice == "mine" else merged_value
                table = Base.metadata.tables[conflict.entity]
                values: dict[str, Any] = {}
                if conflict.field in table.c and conflict.field != "deleted":
                    values[conflict.field] = (
                        from_wire(conflict.entity, conflict.field, value)
                        if choice == "mine"
                        else _merged(table.c[conflict.field], value)
                    )
                if conflict.kind == "edit_after_delete" or conflict.field == "deleted":
                    values["deleted"] = False
                if values:
                    values["updated_hlc"] = self.desk.clock.now().encode()
                    values["updated_by_device"] = self.desk.device_id
                    work.session.execute(
                        update(table).where(table.c.id == conflict.entity_id).values(**values)
                    )
            conflict.resolved_at = now_utc()
            conflict.resolution = choice
            conflict.resolved_by_id = self.desk.acting_staff_id
        changes = work.changes | Changes(
            frozenset({conflict.entity}), frozenset({conflict.entity_id})
        )
        if conflict.entity == "clients" or _is_client_scoped(conflict.entity):
            changes = changes | Changes(frozenset({"clients"}), frozenset())
        return Written(freeze(conflict), changes)


def _merged(column: Column[Any], value: Any) -> Any:
    """A merged value typed by a person, checked as a service would check it: it is
    written by SQL, past the checks of the unit of work."""
    if isinstance(column.type, Enum):
        if value not in column.type.enums:
            raise ValidationError("choice.invalid", field=column.name, value=str(value))
        return value
    if not isinstance(value, str):
        return value
    length = getattr(column.type, "length", None)
    if isinstance(column.type, Text) or not length:
        return clean_text(value)
    text = clean(value)
    if len(text) > length:
        raise ValidationError("text.too_long", field=column.name, start=text[:20], limit=length)
    return text


def _is_client_scoped(entity: str) -> bool:
    table = Base.metadata.tables.get(entity)
    return table is not None and "client_id" in table.c


__all__ = ["CHOICES", "ConflictService", "ConflictView"]
