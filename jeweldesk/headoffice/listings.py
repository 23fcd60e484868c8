"""What head office holds, as `jeweldesk headoffice … list` shows it: live stores,
live staff with their store, and how many clients there are."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from jeweldesk.headoffice.store import HeadOfficeStore
from jeweldesk.storage.models import Base

Stores = Base.metadata.tables["stores"]
Staff = Base.metadata.tables["staff"]
Clients = Base.metadata.tables["clients"]


def stores(ho: HeadOfficeStore) -> list[dict[str, Any]]:
    """Stores not deleted, by code."""
    with ho.reading() as conn:
        return [
            {
                "id": str(r.id),
                "code": r.code,
                "name": r.name,
                "name_local": r.name_local,
                "country": r.country,
                "timezone": r.timezone,
                "currency": r.currency,
            }
            for r in conn.execute(
                select(Stores).where(Stores.c.deleted.is_(False)).order_by(Stores.c.code)
            )
        ]


def staff(ho: HeadOfficeStore) -> list[dict[str, Any]]:
    """Staff not deleted, by store code then name; head office's people have no store."""
    query = (
        select(
            Staff.c.id,
            Staff.c.name,
            Staff.c.email,
            Staff.c.role,
            Staff.c.active,
            Staff.c.pin_hash,
            Stores.c.code,
        )
        .outerjoin(Stores, Stores.c.id == Staff.c.store_id)
        .where(Staff.c.deleted.is_(False))
        .order_by(Stores.c.code, Staff.c.name)
    )
    with ho.reading() as conn:
        return [
            {
                "id": str(r.id),
                "name": r.name,
                "email": r.email,
                "role": r.role.value if r.role else None,
                "store": r.code or "",
                "active": bool(r.active),
                "can_sign_in": bool(r.pin_hash),
            }
            for r in conn.execute(query)
        ]


def client_count(ho: HeadOfficeStore) -> int:
    """Every client row, deleted or not: an import goes only into an empty head office."""
    with ho.reading() as conn:
        count: int = conn.execute(select(func.count()).select_from(Clients)).scalar_one()
    return count
