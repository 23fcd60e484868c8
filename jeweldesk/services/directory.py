"""Stores, rooms and staff: who and where."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound
from jeweldesk.domain.ids import parse_id
from jeweldesk.services.base import freeze, reading
from jeweldesk.services.records import RoomRecord, StaffRecord, StoreRecord
from jeweldesk.storage.models import Room, Staff, Store

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


class DirectoryService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def stores(self) -> list[StoreRecord]:
        """Every store this device knows, by code."""
        with reading(self.desk) as s:
            return [
                freeze(r)
                for r in s.scalars(
                    select(Store).where(Store.deleted.is_(False)).order_by(Store.code)
                )
            ]

    def store(self, id_or_code: str | uuid.UUID) -> StoreRecord:
        with reading(self.desk) as s:
            return freeze(store_row(s, id_or_code))

    def rooms(self, store_id: uuid.UUID) -> list[RoomRecord]:
        with reading(self.desk) as s:
            rows = s.scalars(
                select(Room)
                .where(Room.store_id == store_id, Room.deleted.is_(False), Room.active.is_(True))
                .order_by(Room.name)
            )
            return [freeze(r) for r in rows]

    def staff(self, store_code: str | None = None) -> list[tuple[StaffRecord, str | None]]:
        """Staff with their store code, by store then name."""
        with reading(self.desk) as s:
            query = (
                select(Staff, Store.code)
                .outerjoin(Store, Store.id == Staff.store_id)
                .where(Staff.deleted.is_(False))
                .order_by(Store.code, Staff.name)
            )
            if store_code:
                query = query.where(Store.code == store_code.strip().upper())
            return [(freeze(person), code) for person, code in s.execute(query)]

    def person(self, id_or_email: str | uuid.UUID) -> StaffRecord:
        with reading(self.desk) as s:
            return freeze(staff_row(s, id_or_email))


def store_row(session: Session, id_or_code: str | uuid.UUID | None) -> Store:
    """The store of that id or code; `None` (a device with no store yet) is not found."""
    row = None
    if id_or_code is None:
        pass
    elif isinstance(id_or_code, uuid.UUID):
        row = session.get(Store, id_or_code)
    else:
        row = session.scalar(select(Store).where(Store.code == id_or_code.strip().upper()))
        if row is None:
            try:
                row = session.get(Store, parse_id(id_or_code))
            except ValueError:
                row = None
    if row is None or row.deleted:
        raise NotFound("store.not_found", value=str(id_or_code))
    return row


def staff_row(session: Session, id_or_email: str | uuid.UUID) -> Staff:
    row = None
    if isinstance(id_or_email, uuid.UUID):
        row = session.get(Staff, id_or_email)
    elif "@" in id_or_email:
        row = session.scalar(select(Staff).where(Staff.email == id_or_email.strip().lower()))
    else:
        try:
            row = session.get(Staff, parse_id(id_or_email))
        except ValueError:
            row = None
    if row is None or row.deleted:
        raise NotFound("staff.not_found", value=str(id_or_email))
    return row
