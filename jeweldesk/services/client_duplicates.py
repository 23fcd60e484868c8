"""Who a client being typed in may already be: the check the New-client dialog runs as
the advisor types a phone, an e-mail or a name in any script (王美玲, 陳嘉欣 for 陈嘉欣,
Wang Meiling), so a walk-in who is already on file is opened, not entered twice.

It reads only: the search index narrows the store to a few candidates, then the names
are compared as the import's duplicate check compares them (`imports/likeness.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.domain.contacts import normalise_email, normalise_phone
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.names import clean, halfwidth, has_cjk, pinyin_syllables
from jeweldesk.domain.vocab import ContactKind
from jeweldesk.imports.likeness import name_keys, shared, simplified
from jeweldesk.services.book_rows import ClientSummary
from jeweldesk.storage import models as m
from jeweldesk.storage import search as search_index

CANDIDATES = 30  # search hits compared by name per query
SHOWN = 5  # matches offered: more than a dialog can show is no help at the counter
REASONS = ("phone", "email", "name")


@dataclass(frozen=True, slots=True)
class LikelyDuplicate:
    """A client already on file who may be the person being typed in, and why:
    `reasons` among "phone", "email", "name", strongest first."""

    client: ClientSummary
    reasons: tuple[str, ...]


def typed_name_keys(name: str) -> frozenset[str]:
    """The keys a name typed in one field answers to: 陳嘉欣 (its simplified form and
    pinyin too), or 'Meiling Wang' in either order."""
    text = clean(halfwidth(name))
    if not text:
        return frozenset()
    if has_cjk(text):
        return name_keys(name_local=text)
    return name_keys(whole=text)


def _name_queries(name: str) -> list[str]:
    """What the search box would be asked to find the name: its own characters, their
    simplified form and pinyin (the index holds every name's pinyin), or the words."""
    text = clean(halfwidth(name))
    if has_cjk(text):
        compact = text.replace(" ", "")
        return list(dict.fromkeys([compact, simplified(compact), "".join(pinyin_syllables(text))]))
    return [text] if len(text.split()) >= 2 else []


def _phone(value: str, region: str) -> str | None:
    try:
        return normalise_phone(value, region)
    except ValidationError:
        return None  # still being typed, or not a number: nothing to compare yet


def _email(value: str) -> str | None:
    try:
        return normalise_email(value)
    except ValidationError:
        return None


def find(
    session: Session,
    *,
    region: str,
    name: str = "",
    phone: str = "",
    email: str = "",
    exclude: Iterable[uuid.UUID] = (),
) -> list[tuple[uuid.UUID, tuple[str, ...]]]:
    """Client ids that share the phone, the e-mail or the name typed, with the reasons,
    phone and e-mail matches first. Erased and deleted clients are never offered."""
    skip = set(exclude)
    found: dict[uuid.UUID, set[str]] = {}
    normals = {
        kind: value
        for kind, value in (("phone", _phone(phone, region)), ("email", _email(email)))
        if value
    }
    if normals:
        p = m.ContactPoint
        for client_id, kind in session.execute(
            select(p.client_id, p.kind)
            .join(m.Client, m.Client.id == p.client_id)
            .where(
                p.normalised.in_(list(normals.values())),
                p.deleted.is_(False),
                m.Client.deleted.is_(False),
                m.Client.erased_at.is_(None),
            )
        ):
            if client_id in skip:
                continue
            reason = "email" if kind == ContactKind.EMAIL else "phone"
            found.setdefault(client_id, set()).add(reason)
    keys = typed_name_keys(name)
    if keys:
        candidates: list[uuid.UUID] = []
        conn = session.connection()
        for query in _name_queries(name):
            for hex_id in search_index.search_client_ids(
                conn, query, limit=CANDIDATES, region=region
            ):
                cid = uuid.UUID(hex=hex_id)
                if cid not in candidates and cid not in skip:
                    candidates.append(cid)
        if candidates:
            c = m.Client
            for row in session.execute(
                select(c.id, c.family_name, c.given_name, c.name_local, c.name_romanised).where(
                    c.id.in_(candidates), c.deleted.is_(False), c.erased_at.is_(None)
                )
            ):
                theirs = name_keys(
                    family=row.family_name,
                    given=row.given_name,
                    name_local=row.name_local,
                    name_romanised=row.name_romanised,
                )
                if shared(keys, theirs):
                    found.setdefault(row.id, set()).add("name")
    ranked = sorted(
        found.items(),
        key=lambda item: (
            min(REASONS.index(r) for r in item[1]),
            -len(item[1]),
        ),
    )
    return [(cid, tuple(r for r in REASONS if r in reasons)) for cid, reasons in ranked[:SHOWN]]


def warm_up() -> None:
    """Load the name tables the check reads (pypinyin's, OpenCC's and the Cantonese
    readings': seconds on a tablet, once per process). The New-client dialog calls this
    on a thread of its own as it opens, so the first check as the advisor types does
    not pay it on the database thread."""
    typed_name_keys("陳嘉欣")
    name_keys(whole="Chan Ka Yan")
