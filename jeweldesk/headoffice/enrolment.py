"""Enrolling a device to a store: head office issues a one-time code; the device
exchanges it for its own credential. Attempts are rate-limited per address, in the
database so every worker sees them."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

from sqlalchemy import func, select, update

from jeweldesk.domain.ids import new_id
from jeweldesk.headoffice.store import HeadOfficeStore, check_secret, hash_secret, new_token, utcnow
from jeweldesk.storage.models import Base

Codes = Base.metadata.tables["enrolment_codes"]
Attempts = Base.metadata.tables["enrolment_attempts"]
Devices = Base.metadata.tables["devices"]
Stores = Base.metadata.tables["stores"]

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
CODE_LIFETIME = dt.timedelta(hours=24)
RATE_WINDOW = dt.timedelta(minutes=10)
RATE_LIMIT = 10


class EnrolmentRefused(Exception):
    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def issue_code(ho: HeadOfficeStore, store_code: str) -> str:
    """A one-time code for a store, valid 24 hours: XXXX-XXXX-XXXX."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    with ho.writing() as conn:
        store_id = conn.execute(
            select(Stores.c.id).where(Stores.c.code == store_code.upper())
        ).scalar()
        if store_id is None:
            raise EnrolmentRefused(f"no store {store_code}", 404)
        now = utcnow()
        conn.execute(
            Codes.insert().values(
                code_hash=hash_secret(raw),
                store_id=store_id,
                created_at=now,
                expires_at=now + CODE_LIFETIME,
            )
        )
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def enrol(
    ho: HeadOfficeStore, code: str, address: str, device_name: str, public_key: str
) -> tuple[str, str, uuid.UUID, str]:
    """Exchange a code for (device id, token, store id, store code)."""
    now = utcnow()
    with ho.writing() as conn:
        recent = conn.execute(
            select(func.count())
            .select_from(Attempts)
            .where(
                Attempts.c.address == address,
                Attempts.c.at > now - RATE_WINDOW,
                Attempts.c.succeeded.is_(False),
            )
        ).scalar_one()
        if recent >= RATE_LIMIT:
            raise EnrolmentRefused("too many attempts; wait ten minutes", 429)
    with ho.writing() as conn:
        row = (
            conn.execute(
                select(Codes).where(Codes.c.code_hash == hash_secret(normalise_code(code)))
            )
            .mappings()
            .first()
        )
        if row is None or row["used_at"] is not None or row["expires_at"] < now:
            conn.execute(Attempts.insert().values(address=address, at=now, succeeded=False))
            raise EnrolmentRefused("this enrolment code is unknown, used or expired", 403)
        device_id = new_id().hex[-12:]
        token = new_token()
        conn.execute(
            Devices.insert().values(
                id=device_id,
                store_id=row["store_id"],
                name=device_name[:120],
                credential_hash=hash_secret(token),
                public_key=public_key,
                last_seq=0,
                enrolled_at=now,
                pending_reported=0,
            )
        )
        conn.execute(
            update(Codes)
            .where(Codes.c.code_hash == row["code_hash"])
            .values(used_at=now, used_by_device=device_id)
        )
        conn.execute(Attempts.insert().values(address=address, at=now, succeeded=True))
        store_code = conn.execute(
            select(Stores.c.code).where(Stores.c.id == row["store_id"])
        ).scalar_one()
    return device_id, token, row["store_id"], store_code


def authenticate(ho: HeadOfficeStore, header: str | None) -> dict | None:
    """The device for an `Authorization: Bearer DEVICE:TOKEN` header, or None."""
    if not header or not header.startswith("Bearer "):
        return None
    device_id, _, token = header[7:].strip().partition(":")
    if not device_id or not token or len(device_id) > 40:
        return None
    with ho.reading() as conn:
        row = conn.execute(select(Devices).where(Devices.c.id == device_id)).mappings().first()
    if row is None or row["revoked_at"] is not None or row["replaced_by"] is not None:
        return None
    if not check_secret(token, row["credential_hash"]):
        return None
    return dict(row)


def rebirth(ho: HeadOfficeStore, device: dict, token: str) -> str:
    """A device restored from a backup takes a new id under the same credential; its
    old id is retired so the old sequence can never be confused with the new one."""
    new_device = new_id().hex[-12:]
    now = utcnow()
    with ho.writing() as conn:
        conn.execute(
            Devices.insert().values(
                id=new_device,
                store_id=device["store_id"],
                name=device["name"],
                credential_hash=hash_secret(token),
                public_key=device["public_key"],
                last_seq=0,
                enrolled_at=now,
                pending_reported=0,
            )
        )
        conn.execute(
            update(Devices).where(Devices.c.id == device["id"]).values(replaced_by=new_device)
        )
    return new_device
