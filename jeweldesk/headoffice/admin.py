"""Managing the basics at head office: stores, staff, the catalogue. Every row
written here goes into the change log, so devices receive it."""

from __future__ import annotations

import uuid
from decimal import Decimal

from argon2 import PasswordHasher
from sqlalchemy import select, update
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from jeweldesk.domain.ids import new_id
from jeweldesk.domain.vocab import Role, RoomKind
from jeweldesk.headoffice import changelog
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow
from jeweldesk.protocol.wire import row_to_wire
from jeweldesk.storage.models import Base

Stores = Base.metadata.tables["stores"]
Staff = Base.metadata.tables["staff"]
Devices = Base.metadata.tables["devices"]


def _stamp() -> dict:
    return {
        "updated_hlc": f"{int(utcnow().timestamp() * 1000):013d}-00000-headoffice",
        "updated_by_device": "headoffice",
        "deleted": False,
    }


def write_logged(ho: HeadOfficeStore, name: str, row: dict) -> dict:
    """Insert a row and its change-log entry in one transaction."""
    table = Base.metadata.tables[name]
    full = {**{c.name: None for c in table.c}, **_stamp(), **row}
    for column in table.c:
        if full[column.name] is None and isinstance(column.default, ScalarElementColumnDefault):
            full[column.name] = column.default.arg
    with ho.writing() as conn:
        conn.execute(table.insert().values(**full))
        _log(conn, name, full)
    return full


def _log(conn, name: str, row: dict) -> None:
    """The row's change-log entry, so devices receive it."""

    def lookup(other: str, id_hex: str | None):
        if id_hex is None:
            return None
        t = Base.metadata.tables[other]
        found = conn.execute(select(t).where(t.c.id == uuid.UUID(hex=id_hex))).mappings().first()
        return row_to_wire(other, dict(found)) if found else None

    changelog.log_rows(conn, {name: {row["id"]: row}}, [(name, row["id"])], utcnow(), lookup)


def add_store(
    ho: HeadOfficeStore,
    *,
    code: str,
    name: str,
    timezone: str,
    currency: str,
    country: str,
    name_local: str = "",
    city: str = "",
) -> dict:
    return write_logged(
        ho,
        "stores",
        {
            "id": new_id(),
            "code": code.upper(),
            "name": name,
            "name_local": name_local,
            "city": city,
            "country": country.upper(),
            "timezone": timezone,
            "currency": currency.upper(),
            "address": "",
            "phone": "",
        },
    )


def add_room(
    ho: HeadOfficeStore, *, store_code: str, name: str, kind: str = RoomKind.SALON.value
) -> dict:
    store_id = store_id_of(ho, store_code)
    return write_logged(
        ho,
        "rooms",
        {
            "id": new_id(),
            "store_id": store_id,
            "name": name,
            "name_local": "",
            "kind": RoomKind(kind),
            "capacity": 4,
            "active": True,
        },
    )


def add_staff(
    ho: HeadOfficeStore,
    *,
    email: str,
    name: str,
    role: str,
    store_code: str | None,
    pin: str | None = None,
    name_local: str = "",
    language: str = "en",
) -> dict:
    store_id = store_id_of(ho, store_code) if store_code else None
    return write_logged(
        ho,
        "staff",
        {
            "id": new_id(),
            "store_id": store_id,
            "name": name,
            "name_local": name_local,
            "email": email.strip().lower(),
            "role": Role(role),
            "language": language,
            "phone": "",
            "pin_hash": PasswordHasher().hash(pin) if pin else "",
            "active": True,
        },
    )


def set_staff_active(ho: HeadOfficeStore, email: str, active: bool) -> dict:
    """Let a person sign in again, or stop them (someone who left): the change reaches
    every device at its next sync, where the sign-in list drops them, and their
    head-office console session ends at the next page. Nothing they recorded changes."""
    email = email.strip().lower()
    with ho.writing() as conn:
        found = (
            conn.execute(select(Staff).where(Staff.c.email == email, Staff.c.deleted.is_(False)))
            .mappings()
            .first()
        )
        if found is None:
            raise LookupError(f"no staff member with the e-mail {email} at head office")
        changed = {"active": active, **_stamp()}
        conn.execute(update(Staff).where(Staff.c.id == found["id"]).values(**changed))
        row = {**found, **changed}
        _log(conn, "staff", row)
    return row


def devices(ho: HeadOfficeStore, store_code: str | None = None) -> list[dict]:
    """Enrolled devices with their store, last sync and state, by store then enrolment."""
    query = (
        select(Devices, Stores.c.code.label("store_code"))
        .join(Stores, Stores.c.id == Devices.c.store_id)
        .order_by(Stores.c.code, Devices.c.enrolled_at)
    )
    if store_code:
        query = query.where(Stores.c.id == store_id_of(ho, store_code))
    with ho.reading() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        row["state"] = (
            "revoked" if row["revoked_at"] else "replaced" if row["replaced_by"] else "active"
        )
    return rows


def revoke_device(ho: HeadOfficeStore, device_id: str) -> list[str]:
    """Stop a lost, stolen or retired device: its credential is refused from the next
    request on, under every id it has had (a device restored from a backup carries on
    under a new id with the same credential). What it pushed stays at head office; a
    replacement enrols with a new code. Returns the ids revoked (none if already)."""
    device_id = device_id.strip()
    with ho.writing() as conn:
        found = conn.execute(
            select(Devices.c.credential_hash).where(Devices.c.id == device_id)
        ).first()
        if found is None:
            raise LookupError(f"no device {device_id} at head office")
        ids = list(
            conn.execute(
                select(Devices.c.id).where(
                    Devices.c.credential_hash == found.credential_hash,
                    Devices.c.revoked_at.is_(None),
                )
            ).scalars()
        )
        if ids:
            conn.execute(update(Devices).where(Devices.c.id.in_(ids)).values(revoked_at=utcnow()))
    return ids


def add_piece(
    ho: HeadOfficeStore, *, sku: str, name: str, category: str, price: str, currency: str, **extra
) -> dict:
    return write_logged(
        ho,
        "catalogue_pieces",
        {
            "id": new_id(),
            "sku": sku,
            "name": name,
            "category": category,
            "price": Decimal(price),
            "currency": currency.upper(),
            "active": True,
            **extra,
        },
    )


def store_id_of(ho: HeadOfficeStore, code: str) -> uuid.UUID:
    with ho.reading() as conn:
        found = conn.execute(select(Stores.c.id).where(Stores.c.code == code.upper())).scalar()
    if found is None:
        raise LookupError(f"no store {code} at head office")
    return found
