"""Loading `ClientFacts` for many clients at once: one query per kind of record, so a
book of 50 or a chunk of 2,000 costs the same dozen queries."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from jeweldesk.domain.benefits import remaining
from jeweldesk.domain.intelligence import facts as f
from jeweldesk.domain.vocab import (
    CaseStatus,
    PreferenceCategory,
    Sentiment,
    ServiceStatus,
)
from jeweldesk.storage import models as m

CHANNEL_OF = {
    "phone": ("phone", "sms"),
    "email": ("email",),
    "wechat": ("wechat",),
    "whatsapp": ("whatsapp",),
    "line": ("line",),
}


R = TypeVar("R", bound=tuple[Any, ...])
# The conditions that pick the live rows of a table for the clients being loaded.
Alive = Callable[[Any], tuple[ColumnElement[bool], ColumnElement[bool]]]
# Facts beyond the standing, by name, each per client (None: the same for all).
Extra = dict[str, dict[Any, Any]]


def _by_client(rows: Iterable[R]) -> dict[uuid.UUID, list[R]]:
    out: dict[uuid.UUID, list[R]] = defaultdict(list)
    for row in rows:
        out[row[0]].append(row)
    return out


def _greeting(c: m.Client) -> f.Bilingual:
    """How the advisor addresses the client: the greeting name they chose, else title
    and surname, else the whole name; in Chinese, the name as the client writes it."""
    surname = c.family_name or c.given_name
    en = (
        c.greeting_name
        or (f"{c.title} {surname}" if c.title and surname else "")
        or c.name_romanised
        or " ".join(x for x in (c.given_name, c.family_name) if x)
        or c.name_local
    )
    zh = (
        c.greeting_name
        if any("\u4e00" <= ch <= "\u9fff" for ch in c.greeting_name)
        else c.name_local
    )
    return f.Bilingual(en, zh or en)


def load(
    session: Session,
    ids: Sequence[uuid.UUID],
    *,
    store: m.Store | None = None,
    full: bool = True,
    now: dt.datetime | None = None,
) -> dict[uuid.UUID, f.ClientFacts]:
    """Facts for `ids`. `full=False` loads only what the standing needs (purchases,
    interactions, dates, pieces, invitations, appointments): the recompute path."""
    if not ids:
        return {}
    now = now or dt.datetime.now(dt.UTC)
    ids = list(ids)
    alive: Alive = lambda model: (model.client_id.in_(ids), model.deleted.is_(False))  # noqa: E731
    clients = session.execute(select(m.Client).where(m.Client.id.in_(ids))).scalars().all()
    purchases = _by_client(
        session.execute(
            select(
                m.Purchase.client_id,
                m.Purchase.id,
                m.Purchase.purchased_at,
                m.Purchase.total,
                m.Purchase.currency,
            ).where(*alive(m.Purchase))
        )
    )
    touches = _by_client(
        session.execute(
            select(m.Interaction.client_id, m.Interaction.occurred_at, m.Interaction.kind).where(
                *alive(m.Interaction)
            )
        )
    )
    dates = _by_client(
        session.execute(
            select(m.ImportantDate.client_id, m.ImportantDate, m.Relationship.name)
            .outerjoin(m.Relationship, m.Relationship.id == m.ImportantDate.relationship_id)
            .where(*alive(m.ImportantDate))
        )
    )
    pieces = _by_client(
        session.execute(
            select(m.OwnedPiece.client_id, m.OwnedPiece, m.Stone.stone_type)
            .outerjoin(
                m.Stone, and_(m.Stone.owned_piece_id == m.OwnedPiece.id, m.Stone.position == 1)
            )
            .where(*alive(m.OwnedPiece))
        )
    )
    invites = _by_client(
        session.execute(
            select(
                m.Invitation.client_id,
                m.Invitation.event_id,
                m.Invitation.invited_at,
                m.Invitation.rsvp,
                m.Invitation.attended,
            ).where(*alive(m.Invitation))
        )
    )
    visits = _by_client(
        session.execute(select(m.Appointment.client_id, m.Appointment).where(*alive(m.Appointment)))
    )
    extra: Extra = {}
    if full:
        extra = _service_facts(session, ids, alive, store, now)
    out: dict[uuid.UUID, f.ClientFacts] = {}
    for c in clients:
        hours = (
            (c.contact_hours_start, c.contact_hours_end)
            if c.contact_hours_start and c.contact_hours_end
            else None
        )
        base: dict[str, Any] = dict(
            id=c.id,
            name=_greeting(c),
            language=c.language,
            created_at=c.created_at,
            preferred_channel=str(c.preferred_channel) if c.preferred_channel else None,
            contact_hours=hours,
            purchases=tuple(f.Spend(r[1], r[2], r[3], r[4]) for r in purchases.get(c.id, ())),
            touches=tuple(f.Touch(r[1], str(r[2])) for r in touches.get(c.id, ())),
            dates=tuple(
                f.DateFact(
                    d.id,
                    str(d.kind),
                    d.month,
                    d.day,
                    d.year,
                    d.lead_days,
                    d.label,
                    str(d.milestone) if d.milestone else None,
                    name or "",
                    d.relationship_id,
                )
                for _, d, name in dates.get(c.id, ())
            ),
            pieces=tuple(
                f.Piece(
                    p.id,
                    f.Bilingual(p.description),
                    p.category.lower(),
                    p.metal.lower(),
                    (stone or "").lower(),
                    p.acquired_on,
                )
                for _, p, stone in pieces.get(c.id, ())
            ),
            invites=tuple(f.Invite(r[1], r[2], str(r[3]), r[4]) for r in invites.get(c.id, ())),
            visits=tuple(
                f.Visit(
                    a.id,
                    a.starts_at,
                    str(a.status),
                    str(a.source),
                    str(a.kind),
                    a.advisor_id,
                    a.requested_at,
                )
                for _, a in visits.get(c.id, ())
            ),
        )
        for name, per_client in extra.items():
            base[name] = per_client.get(c.id, per_client.get(None, ()))
        out[c.id] = f.ClientFacts(**base)
    return out


def _service_facts(
    session: Session, ids: list[uuid.UUID], alive: Alive, store: m.Store | None, now: dt.datetime
) -> Extra:
    """Everything the actions need beyond the standing."""
    out: Extra = {}
    channels: defaultdict[uuid.UUID, set[str]] = defaultdict(set)
    for cid, kind in session.execute(
        select(m.ContactPoint.client_id, m.ContactPoint.kind).where(*alive(m.ContactPoint))
    ):
        channels[cid].update(CHANNEL_OF.get(str(kind), ()))
    out["channels"] = {k: frozenset(v) for k, v in channels.items()}
    out["grants"] = {
        k: tuple(f.Grant(str(r[1]), str(r[2]) if r[2] else None, r[3], r[4]) for r in v)
        for k, v in _by_client(
            session.execute(
                select(
                    m.Consent.client_id,
                    m.Consent.purpose,
                    m.Consent.channel,
                    m.Consent.granted,
                    m.Consent.recorded_at,
                ).where(*alive(m.Consent))
            )
        ).items()
    }
    out["jobs_ready"] = {
        k: tuple(f.Job(j.id, j.number, str(j.kind), j.ready_at) for _, j in v)
        for k, v in _by_client(
            session.execute(
                select(m.ServiceJob.client_id, m.ServiceJob).where(
                    *alive(m.ServiceJob), m.ServiceJob.status == ServiceStatus.READY
                )
            )
        ).items()
    }
    out["open_cases"] = {
        k: tuple(f.Case(x.id, x.opened_at, x.first_response_at, x.resolved_at) for _, x in v)
        for k, v in _by_client(
            session.execute(
                select(m.ServiceCase.client_id, m.ServiceCase).where(
                    *alive(m.ServiceCase),
                    m.ServiceCase.status.in_([CaseStatus.OPEN, CaseStatus.RESPONDED]),
                )
            )
        ).items()
    }
    held = session.execute(
        select(
            m.Benefit.client_id,
            m.Benefit.id,
            m.Benefit.title,
            m.Benefit.title_zh,
            m.Benefit.valid_until,
            m.Benefit.max_uses,
        ).where(*alive(m.Benefit), m.Benefit.expired_at.is_(None))  # withdrawn: not held
    ).all()
    limited = [b.id for b in held if b.max_uses is not None]
    used = (
        dict(
            session.execute(
                select(m.BenefitUse.benefit_id, func.count())
                .where(m.BenefitUse.benefit_id.in_(limited), m.BenefitUse.deleted.is_(False))
                .group_by(m.BenefitUse.benefit_id)
            ).all()
        )
        if limited
        else {}
    )
    out["perks"] = {
        k: tuple(
            f.Perk(
                b.id,
                f.Bilingual(b.title, b.title_zh),
                b.valid_until,
                remaining(b.max_uses, used.get(b.id, 0)),  # never below 0 after a double use
            )
            for b in v
        )
        for k, v in _by_client(held).items()
    }
    store_id = store.id if store else None
    stocked = set()
    if store_id:
        stocked = set(
            session.scalars(
                select(m.StockLevel.piece_id).where(
                    m.StockLevel.store_id == store_id,
                    m.StockLevel.on_hand > 0,
                    m.StockLevel.deleted.is_(False),
                )
            )
        )
    wish_rows = session.execute(
        select(
            m.WishlistItem.client_id,
            m.WishlistItem,
            m.CataloguePiece.name,
            m.CataloguePiece.name_zh,
        )
        .outerjoin(m.CataloguePiece, m.CataloguePiece.id == m.WishlistItem.piece_id)
        .where(
            *alive(m.WishlistItem),
            m.WishlistItem.fulfilled_at.is_(None),
            m.WishlistItem.removed_at.is_(None),
        )
    )
    out["wishes"] = {
        k: tuple(
            f.Wish(
                w.id,
                w.piece_id,
                f.Bilingual(en or w.description, zh or ""),
                w.relationship_id,
                w.piece_id in stocked,
            )
            for _, w, en, zh in v
        )
        for k, v in _by_client(wish_rows).items()
    }
    loves: defaultdict[uuid.UUID, set[str]] = defaultdict(set)
    for cid, value in session.execute(
        select(m.Preference.client_id, m.Preference.value).where(
            *alive(m.Preference),
            m.Preference.relationship_id.is_(None),
            m.Preference.category.in_([PreferenceCategory.STONE, PreferenceCategory.COLLECTION]),
            m.Preference.sentiment.in_([Sentiment.LOVES, Sentiment.LIKES]),
        )
    ):
        loves[cid].add(value.lower())
    out["loves"] = {k: frozenset(v) for k, v in loves.items()}
    out["launches"], out["stone_matches"] = {}, {}
    if store_id:
        _store_offers(session, store_id, stocked, loves, now, out)
    in_book = set(
        session.scalars(
            select(m.BookEntry.client_id).where(
                m.BookEntry.client_id.in_(ids),
                m.BookEntry.ended_at.is_(None),
                m.BookEntry.deleted.is_(False),
            )
        )
    )
    out["in_book"] = {cid: cid in in_book for cid in ids}
    return out


def _store_offers(
    session: Session,
    store_id: uuid.UUID,
    stocked: set[uuid.UUID],
    loves: dict[uuid.UUID, set[str]],
    now: dt.datetime,
    out: Extra,
) -> None:
    """Upcoming launches at the store; in-stock pieces set with a stone a client loves."""
    events = session.scalars(
        select(m.Event).where(
            m.Event.store_id == store_id,
            m.Event.kind == "launch",
            m.Event.deleted.is_(False),
            m.Event.cancelled_at.is_(None),
            m.Event.starts_at > now,
            m.Event.starts_at <= now + dt.timedelta(days=45),
        )
    ).all()
    launches = tuple(
        f.Launch(e.id, f.Bilingual(e.title, e.title_zh), e.starts_at, e.collection) for e in events
    )
    out["launches"] = {None: launches}
    stones = {s for v in loves.values() for s in v}
    if not stocked or not stones:
        return
    pieces = session.scalars(
        select(m.CataloguePiece).where(
            m.CataloguePiece.id.in_(stocked), func.lower(m.CataloguePiece.main_stone).in_(stones)
        )
    ).all()
    for cid, loved in loves.items():
        matches = [p for p in pieces if p.main_stone.lower() in loved]
        matches.sort(key=lambda p: p.launched_on or dt.date.min, reverse=True)
        out["stone_matches"][cid] = tuple(
            f.Launch(p.id, f.Bilingual(p.name, p.name_zh), None, p.collection, p.main_stone)
            for p in matches[:2]
        )
