"""Recognising a client of another store while online: by phone (any format) or by
name in any script. Exact matches only: a store is granted a client's history on the
strength of this, so a fuzzy hit on a common name must not pull a stranger's file."""

from __future__ import annotations

import re

import phonenumbers
from sqlalchemy import ColumnElement, Connection, func, or_, select

from jeweldesk.domain.names import display_name
from jeweldesk.storage.models import Base

Clients = Base.metadata.tables["clients"]
Contacts = Base.metadata.tables["contact_points"]
Stores = Base.metadata.tables["stores"]
REGIONS = ("CN", "HK", "FR", "TW", "MO", "SG", "GB", "US")


def _phones(query: str) -> list[str]:
    digits = re.sub(r"\D", "", query)
    if len(digits) < 7:
        return []
    out = []
    for region in REGIONS:
        try:
            number = phonenumbers.parse(query, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            out.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return list(dict.fromkeys(out))


def find_clients(conn: Connection, query: str, limit: int = 5) -> list[dict]:
    query = " ".join(query.split())
    phones = _phones(query)
    if phones:
        condition: ColumnElement[bool] = Clients.c.id.in_(
            select(Contacts.c.client_id).where(
                Contacts.c.normalised.in_(phones), Contacts.c.deleted.is_(False)
            )
        )
    else:
        folded = query.casefold()
        compact = folded.replace(" ", "")
        condition = or_(
            Clients.c.name_local == query,
            func.lower(Clients.c.name_romanised) == folded,
            func.lower(func.replace(Clients.c.name_romanised, " ", "")) == compact,
            func.lower(Clients.c.given_name + " " + Clients.c.family_name) == folded,
            func.lower(Clients.c.family_name + " " + Clients.c.given_name) == folded,
        )
    rows = (
        conn.execute(
            select(Clients, Stores.c.code)
            .join(Stores, Stores.c.id == Clients.c.home_store_id)
            .where(condition, Clients.c.deleted.is_(False), Clients.c.erased_at.is_(None))
            .limit(limit)
        )
        .mappings()
        .all()
    )
    return [
        {
            "id": r["id"].hex,
            "display_name": display_name(
                family=r["family_name"],
                given=r["given_name"],
                name_local=r["name_local"],
                romanised=r["name_romanised"],
                given_first=r["name_order"] == "given_first",
            ),
            "home_store_code": r["code"],
        }
        for r in rows
    ]
