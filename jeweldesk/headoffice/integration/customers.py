"""Finding the client a delivered record is about (member id, then phone, then
e-mail), or making them a new prospect of the store: looked up for a whole batch in a
few queries, and remembered through the batch (a phone twice is one new client)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from jeweldesk.domain.contacts import normalise_email, normalise_phone
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.ids import new_id
from jeweldesk.domain.names import clean, halfwidth, has_cjk, romanise_chinese, split_chinese_name
from jeweldesk.domain.vocab import ContactKind, NameOrder
from jeweldesk.headoffice.integration.models import Customer
from jeweldesk.headoffice.integration.writes import Writes
from jeweldesk.headoffice.rows import chunks
from jeweldesk.storage.models import Base

Clients = Base.metadata.tables["clients"]
Contacts = Base.metadata.tables["contact_points"]
Members = Base.metadata.tables["loyalty_members"]


class CustomerRefused(ValueError):
    """A customer no client can be found or made for (no identifier, a phone that is no
    number): the record is rejected with this reason."""


@dataclass(frozen=True)
class StoreRef:
    id: uuid.UUID
    code: str
    country: str
    currency: str


@dataclass(frozen=True)
class Identifiers:
    member_id: str | None
    phone: str | None  # E.164
    email: str | None  # case-folded


def identifiers(customer: Customer, store: StoreRef) -> Identifiers:
    """The customer's identifiers in their matching form; refused when none is given
    or one cannot be read."""
    try:
        phone = normalise_phone(customer.phone, store.country) if customer.phone else None
        email = normalise_email(customer.email) if customer.email else None
    except ValidationError as exc:
        raise CustomerRefused(f"customer.{exc.field}: not a valid {exc.field}") from None
    member = clean(halfwidth(customer.member_id)) if customer.member_id else None
    if not (member or phone or email):
        raise CustomerRefused("customer: a member_id, phone or email is needed to find the client")
    return Identifiers(member or None, phone, email)


@dataclass
class Matcher:
    """Clients by identifier, loaded for a batch, then kept up to date as the batch
    makes new prospects."""

    by_member: dict[str, uuid.UUID] = field(default_factory=dict)
    by_contact: dict[str, list[tuple[uuid.UUID, uuid.UUID]]] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection, wanted: Iterable[Identifiers]) -> Matcher:
        wanted = list(wanted)
        matcher = cls()
        members = {w.member_id for w in wanted if w.member_id}
        for chunk in chunks(conn, members):
            for member_id, client_id in conn.execute(
                select(Members.c.member_id, Members.c.client_id)
                .join(Clients, Clients.c.id == Members.c.client_id)
                .where(
                    Members.c.member_id.in_(chunk),
                    Clients.c.deleted.is_(False),
                    Clients.c.erased_at.is_(None),
                )
            ):
                matcher.by_member[member_id] = client_id
        contacts = {w.phone for w in wanted if w.phone} | {w.email for w in wanted if w.email}
        for chunk in chunks(conn, contacts):
            for normalised, client_id, home in conn.execute(
                select(Contacts.c.normalised, Clients.c.id, Clients.c.home_store_id)
                .join(Clients, Clients.c.id == Contacts.c.client_id)
                .where(
                    Contacts.c.normalised.in_(chunk),
                    Contacts.c.kind.in_([ContactKind.PHONE.value, ContactKind.EMAIL.value]),
                    Contacts.c.deleted.is_(False),
                    Clients.c.deleted.is_(False),
                    Clients.c.erased_at.is_(None),
                )
                .order_by(Clients.c.created_at, Clients.c.id)
            ):
                matcher.by_contact.setdefault(normalised, []).append((client_id, home))
        return matcher

    def find(self, ids: Identifiers, store: StoreRef) -> uuid.UUID | None:
        """Member id first (one person by definition), then phone, then e-mail; among
        several clients with one phone, the store's own, then the first recorded."""
        if ids.member_id and ids.member_id in self.by_member:
            return self.by_member[ids.member_id]
        for key in (ids.phone, ids.email):
            found = self.by_contact.get(key or "")
            if found:
                here = [c for c, home in found if home == store.id]
                return here[0] if here else found[0][0]
        return None

    def resolve(
        self,
        customer: Customer,
        ids: Identifiers,
        store: StoreRef,
        writes: Writes,
        source: str,
        now: dt.datetime,
    ) -> tuple[uuid.UUID, bool]:
        """The client's id and whether they were made now (a new prospect)."""
        found = self.find(ids, store)
        if found is not None:
            if ids.member_id and ids.member_id not in self.by_member:
                self.by_member[ids.member_id] = found
                writes.plain("loyalty_members", member_row(ids.member_id, found, now))
            return found, False
        client_id = new_id()
        writes.synced("clients", prospect_row(client_id, customer, store, source, now))
        for kind, value, normalised in (
            (ContactKind.PHONE, customer.phone, ids.phone),
            (ContactKind.EMAIL, customer.email, ids.email),
        ):
            if normalised:
                writes.synced(
                    "contact_points",
                    {
                        "id": new_id(),
                        "client_id": client_id,
                        "kind": kind,
                        "value": clean(value),
                        "normalised": normalised,
                        "label": "",
                        "is_primary": True,
                    },
                )
                self.by_contact[normalised] = [(client_id, store.id)]
        if ids.member_id:
            self.by_member[ids.member_id] = client_id
            writes.plain("loyalty_members", member_row(ids.member_id, client_id, now))
        return client_id, True


def member_row(member_id: str, client_id: uuid.UUID, now: dt.datetime) -> dict[str, Any]:
    return {
        "member_id": member_id,
        "client_id": client_id,
        "created_at": now,
        "tier": "",
        "points": None,
        "updated_at": None,
    }


def prospect_row(
    client_id: uuid.UUID, customer: Customer, store: StoreRef, source: str, now: dt.datetime
) -> dict[str, Any]:
    """A new client of the store, as much of them as the delivering system knew."""
    family = clean(halfwidth(customer.family_name))
    given = clean(halfwidth(customer.given_name))
    local = clean(customer.name_local)
    romanised = ""
    if local and has_cjk(local):
        if not (family or given):
            family, given = split_chinese_name(local)
        romanised = romanise_chinese(*split_chinese_name(local))
    default_language = (
        "zh_CN"
        if store.country == "CN"
        else "zh_TW"
        if store.country in ("HK", "TW", "MO")
        else "en"
    )
    return {
        "id": client_id,
        "home_store_id": store.id,
        "title": "",
        "family_name": family,
        "given_name": given,
        "name_order": NameOrder.FAMILY_FIRST if has_cjk(family + local) else NameOrder.GIVEN_FIRST,
        "name_local": local,
        "name_romanised": romanised,
        "greeting_name": "",
        "gender": "",
        "language": customer.language or default_language,
        "preferred_channel": None,
        "contact_hours_start": None,
        "contact_hours_end": None,
        "photo_path": "",
        "source": source,
        "created_at": now,
        "created_by_id": None,
        "segment": "",
        "erased_at": None,
    }
