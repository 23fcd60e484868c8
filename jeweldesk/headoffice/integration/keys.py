"""API keys of the systems that call the integration API: made once and shown once,
kept as a SHA-256 digest (a key is a 256-bit random token: there is no dictionary to
attack, and a digest is cheap to check on every request), revocable."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update

from jeweldesk.domain.ids import new_id
from jeweldesk.headoffice.store import HeadOfficeStore, hash_secret, new_token, utcnow
from jeweldesk.storage.models import Base

ApiKeys = Base.metadata.tables["api_keys"]
KEY_PREFIX = "jdk_"
# How often a key's last use is written: not on every request of a busy POS.
LAST_USED_EVERY = dt.timedelta(minutes=5)


class Scope(StrEnum):
    """What a key may do; each endpoint asks for one."""

    PURCHASES = "purchases"
    APPOINTMENTS = "appointments"
    CATALOGUE = "catalogue"  # the catalogue and each store's stock levels
    LOYALTY = "loyalty"  # members' tier and points balance
    CHANGES = "changes"  # the changes feed, read by a CRM or a data warehouse


@dataclass(frozen=True)
class Caller:
    """The system a valid key belongs to."""

    key_id: uuid.UUID
    system: str
    scopes: frozenset[str]
    # Store codes the key is limited to; empty: every store.
    stores: frozenset[str] = frozenset()

    def may_use(self, store_code: str) -> bool:
        return not self.stores or store_code.upper() in self.stores


@dataclass(frozen=True)
class KeyRecord:
    id: uuid.UUID
    system: str
    scopes: tuple[str, ...]
    prefix: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None
    last_used_at: dt.datetime | None
    stores: tuple[str, ...] = ()

    @property
    def state(self) -> str:
        return "revoked" if self.revoked_at else "active"


def parse_scopes(text: str) -> tuple[str, ...]:
    """'purchases, appointments' → ('appointments', 'purchases'); an unknown scope is
    refused with the list of known ones."""
    scopes = sorted({s.strip().lower() for s in text.split(",") if s.strip()})
    known = {s.value for s in Scope}
    unknown = [s for s in scopes if s not in known]
    if unknown or not scopes:
        raise ValueError(
            f"unknown scope {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(sorted(known))}"
        )
    return tuple(scopes)


def parse_stores(text: str) -> tuple[str, ...]:
    """'sh01, HK01' → ('HK01', 'SH01'): the store codes a key is limited to."""
    codes = sorted({c.strip().upper() for c in text.split(",") if c.strip()})
    bad = [c for c in codes if not c.replace("-", "").replace("_", "").isalnum() or len(c) > 16]
    if bad:
        raise ValueError(f"not a store code: {', '.join(bad)}")
    return tuple(codes)


def add_key(
    ho: HeadOfficeStore,
    system: str,
    scopes: tuple[str, ...],
    stores: tuple[str, ...] = (),
) -> tuple[KeyRecord, str]:
    """A new key for `system`, limited to `stores` (codes) when given; returns its
    record and the key itself, which is not kept and cannot be shown again."""
    system = system.strip()
    if not system or len(system) > 80:
        raise ValueError("a system name of 1 to 80 characters is needed")
    codes = parse_stores(",".join(stores))
    if codes:
        Stores = Base.metadata.tables["stores"]
        with ho.reading() as conn:
            known = set(conn.execute(select(Stores.c.code)).scalars())
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise ValueError(f"no store {', '.join(unknown)} at head office")
    key = KEY_PREFIX + new_token()
    row = {
        "id": new_id(),
        "system": system,
        "scopes": ",".join(parse_scopes(",".join(scopes))),
        "key_hash": hash_secret(key),
        "key_prefix": key[: len(KEY_PREFIX) + 6],
        "created_at": utcnow(),
        "revoked_at": None,
        "last_used_at": None,
        "stores": ",".join(codes),
    }
    with ho.writing() as conn:
        conn.execute(ApiKeys.insert().values(**row))
    return _record(row), key


def list_keys(ho: HeadOfficeStore) -> list[KeyRecord]:
    """Every key, by system then age; digests are not shown."""
    with ho.reading() as conn:
        rows = conn.execute(
            select(ApiKeys).order_by(ApiKeys.c.system, ApiKeys.c.created_at)
        ).mappings()
        return [_record(dict(r)) for r in rows]


def revoke_key(ho: HeadOfficeStore, key_id_or_prefix: str) -> KeyRecord:
    """Refuse a key from its next request on; named by its id or its shown prefix."""
    wanted = key_id_or_prefix.strip()
    with ho.writing() as conn:
        rows = [dict(r) for r in conn.execute(select(ApiKeys)).mappings()]
        found = [
            r for r in rows if r["id"].hex == wanted.replace("-", "") or r["key_prefix"] == wanted
        ]
        if len(found) != 1:
            raise LookupError(
                f"no API key {wanted} at head office"
                if not found
                else f"{wanted} names {len(found)} keys: give the key's id"
            )
        row = found[0]
        if row["revoked_at"] is None:
            row["revoked_at"] = utcnow()
            conn.execute(
                update(ApiKeys)
                .where(ApiKeys.c.id == row["id"])
                .values(revoked_at=row["revoked_at"])
            )
    return _record(row)


def authenticate(ho: HeadOfficeStore, key: str) -> Caller | None:
    """The caller a key belongs to, or None for an unknown or revoked key."""
    if not key:
        return None
    with ho.reading() as conn:
        row = (
            conn.execute(select(ApiKeys).where(ApiKeys.c.key_hash == hash_secret(key)))
            .mappings()
            .first()
        )
    if row is None or row["revoked_at"] is not None:
        return None
    now = utcnow()
    if row["last_used_at"] is None or now - row["last_used_at"] > LAST_USED_EVERY:
        with ho.writing() as conn:
            conn.execute(update(ApiKeys).where(ApiKeys.c.id == row["id"]).values(last_used_at=now))
    return Caller(
        row["id"],
        row["system"],
        frozenset(row["scopes"].split(",")),
        frozenset(c for c in (row["stores"] or "").split(",") if c),
    )


def _record(row: dict[str, Any]) -> KeyRecord:
    return KeyRecord(
        id=row["id"],
        system=row["system"],
        scopes=tuple(s for s in row["scopes"].split(",") if s),
        prefix=row["key_prefix"],
        created_at=row["created_at"],
        revoked_at=row["revoked_at"],
        last_used_at=row["last_used_at"],
        stores=tuple(c for c in (row.get("stores") or "").split(",") if c),
    )
