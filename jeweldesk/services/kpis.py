"""KPIs per advisor or store over a period, computed by one service so the app, the
command line and the head-office console show the same numbers."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.intelligence import kpis as k
from jeweldesk.domain.vocab import AppointmentStatus, Rsvp
from jeweldesk.services.base import known_row, reading
from jeweldesk.services.directory import staff_row
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


@dataclass(frozen=True)
class Kpis:
    scope: str  # "store SH01" or "advisor li.na@…"
    start: dt.date
    end: dt.date
    clients: int
    coverage: k.Ratio
    execution: k.Ratio
    completeness: k.Ratio
    appointment_conversion: k.Ratio
    repurchase: k.Ratio
    first_response_sla: k.Ratio
    resolution_sla: k.Ratio
    funnel: dict[str, int] = field(default_factory=dict)
    benefit_redemption: k.Ratio = k.Ratio(0, 0)
    voucher_redemption: k.Ratio = k.Ratio(0, 0)
    segment_movements: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "scope": self.scope,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "clients": self.clients,
        }
        for name in (
            "coverage",
            "execution",
            "completeness",
            "appointment_conversion",
            "repurchase",
            "first_response_sla",
            "resolution_sla",
            "benefit_redemption",
            "voucher_redemption",
        ):
            out[name] = getattr(self, name).as_dict()
        out["event_funnel"] = self.funnel
        out["segment_movements"] = self.segment_movements
        return out


class KpiService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def for_store(
        self, code: str, start: dt.date | None = None, end: dt.date | None = None
    ) -> Kpis:
        """KPIs of a store: its clients (homed there), appointments, cases and events."""
        with reading(self.desk) as s:
            code = code.strip().upper()  # 'sh01' is SH01
            store = s.scalar(select(m.Store).where(m.Store.code == code))
            if store is None:
                raise NotFound("kpi.store_unknown", code=code)
            ids = list(
                s.scalars(
                    select(m.Client.id).where(
                        m.Client.home_store_id == store.id, m.Client.deleted.is_(False)
                    )
                )
            )
            return _compute(s, f"store {code}", store, ids, None, start, end)

    def for_advisor(
        self, advisor: uuid.UUID | str, start: dt.date | None = None, end: dt.date | None = None
    ) -> Kpis:
        """KPIs of an advisor's book (the clients in it today) and their own actions."""
        with reading(self.desk) as s:
            person = staff_row(s, advisor)
            store = known_row(s, m.Store, person.store_id or self.desk.home_store_id)
            ids = list(
                s.scalars(
                    select(m.BookEntry.client_id).where(
                        m.BookEntry.advisor_id == person.id,
                        m.BookEntry.ended_at.is_(None),
                        m.BookEntry.deleted.is_(False),
                    )
                )
            )
            return _compute(s, f"advisor {person.email}", store, ids, person.id, start, end)


def _period(
    store: m.Store, start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date, dt.datetime, dt.datetime]:
    tz = ZoneInfo(store.timezone)
    end = end or dt.datetime.now(tz).date()
    start = start or end - dt.timedelta(days=29)
    if start > end:
        raise ValidationError(
            "kpi.period", field="start", start=start.isoformat(), end=end.isoformat()
        )
    lo = dt.datetime.combine(start, dt.time(), tzinfo=tz).astimezone(dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=tz).astimezone(dt.UTC)
    return start, end, lo, hi


def _compute(
    s: Session,
    scope: str,
    store: m.Store,
    ids: list[uuid.UUID],
    advisor_id: uuid.UUID | None,
    start: dt.date | None,
    end: dt.date | None,
) -> Kpis:
    start, end, lo, hi = _period(store, start, end)
    last = dict(
        s.execute(
            select(m.Interaction.client_id, func.max(m.Interaction.occurred_at))
            .where(
                m.Interaction.client_id.in_(ids),
                m.Interaction.deleted.is_(False),
                m.Interaction.occurred_at < hi,
            )
            .group_by(m.Interaction.client_id)
        ).all()
    )
    coverage = k.coverage((_aware(last.get(c)) for c in ids), hi)

    acts = select(
        m.NextBestAction.status, m.NextBestAction.due_on, m.NextBestAction.outcome_on
    ).where(
        m.NextBestAction.due_on >= start,
        m.NextBestAction.due_on <= end,
        m.NextBestAction.deleted.is_(False),
    )
    acts = (
        acts.where(m.NextBestAction.advisor_id == advisor_id)
        if advisor_id
        else acts.where(m.NextBestAction.store_id == store.id)
    )
    execution = k.execution(s.execute(acts))

    held = _fields(s, ids)  # once for all the clients: six queries, not six per client
    completeness = k.completeness(held.get(c, frozenset()) for c in ids)

    purchases: defaultdict[uuid.UUID | None, list[dt.datetime]] = defaultdict(list)
    for cid, at in s.execute(
        select(m.Purchase.client_id, m.Purchase.purchased_at).where(
            m.Purchase.client_id.in_(ids), m.Purchase.deleted.is_(False)
        )
    ):
        purchases[cid].append(at)
    appts = select(m.Appointment.client_id, m.Appointment.starts_at).where(
        m.Appointment.client_id.in_(ids),
        m.Appointment.starts_at >= lo,
        m.Appointment.starts_at < hi,
        m.Appointment.status.in_([AppointmentStatus.COMPLETED, AppointmentStatus.ARRIVED]),
        m.Appointment.deleted.is_(False),
    )
    appts = (
        appts.where(m.Appointment.advisor_id == advisor_id)
        if advisor_id
        else appts.where(m.Appointment.store_id == store.id)
    )
    rows = s.execute(appts).all()
    conversion = k.Ratio(sum(k.converted([a], purchases[c]) for c, a in rows), len(rows))

    buyers = [c for c in ids if any(lo <= p < hi for p in purchases[c])]
    repurchase = k.Ratio(sum(1 for c in buyers if any(p < lo for p in purchases[c])), len(buyers))

    cases = s.execute(
        select(
            m.ServiceCase.opened_at, m.ServiceCase.first_response_at, m.ServiceCase.resolved_at
        ).where(
            m.ServiceCase.client_id.in_(ids),
            m.ServiceCase.opened_at >= lo,
            m.ServiceCase.opened_at < hi,
            m.ServiceCase.deleted.is_(False),
        )
    ).all()
    responded = k.Ratio(
        sum(1 for o, r, _ in cases if r and r - o <= dt.timedelta(hours=2)), len(cases)
    )
    resolved = k.Ratio(
        sum(1 for o, _, r in cases if r and r - o <= dt.timedelta(hours=24)), len(cases)
    )

    invites = s.execute(
        select(m.Invitation.client_id, m.Invitation.rsvp, m.Invitation.attended, m.Event.starts_at)
        .join(m.Event, m.Event.id == m.Invitation.event_id)
        .where(
            m.Invitation.client_id.in_(ids),
            m.Event.starts_at >= lo,
            m.Event.starts_at < hi,
            m.Invitation.deleted.is_(False),
        )
    ).all()
    funnel = {
        "invited": len(invites),
        "accepted": sum(1 for _, r, _, _ in invites if r == Rsvp.ACCEPTED),
        "attended": sum(1 for _, _, a, _ in invites if a),
        "purchased": sum(1 for c, _, a, e in invites if a and k.converted([e], purchases[c])),
    }

    benefit, voucher = _redemption(s, ids, start, end)
    moves = s.execute(
        select(m.SegmentChange.from_segment, m.SegmentChange.to_segment).where(
            m.SegmentChange.client_id.in_(ids), m.SegmentChange.at >= lo, m.SegmentChange.at < hi
        )
    ).all()
    return Kpis(
        scope,
        start,
        end,
        len(ids),
        coverage,
        execution,
        completeness,
        conversion,
        repurchase,
        responded,
        resolved,
        funnel,
        benefit,
        voucher,
        k.movements(moves),
    )


def _redemption(
    s: Session, ids: list[uuid.UUID], start: dt.date, end: dt.date
) -> tuple[k.Ratio, k.Ratio]:
    """Benefits and vouchers whose validity ended in the period: the share used."""
    rows = s.execute(
        select(m.Benefit.source, func.count(m.BenefitUse.id))
        .outerjoin(
            m.BenefitUse,
            (m.BenefitUse.benefit_id == m.Benefit.id) & m.BenefitUse.deleted.is_(False),
        )
        .where(
            m.Benefit.client_id.in_(ids),
            m.Benefit.valid_until >= start,
            m.Benefit.valid_until <= end,
            m.Benefit.deleted.is_(False),
        )
        .group_by(m.Benefit.id, m.Benefit.source)
    ).all()
    benefits = [n for src, n in rows if src != "campaign"]
    vouchers = [n for src, n in rows if src == "campaign"]
    return (
        k.Ratio(sum(1 for n in benefits if n), len(benefits)),
        k.Ratio(sum(1 for n in vouchers if n), len(vouchers)),
    )


def _fields(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, frozenset[str]]:
    """Which key fields each client's record holds."""
    out: defaultdict[uuid.UUID, set[str]] = defaultdict(set)
    queries = {
        "contact": select(m.ContactPoint.client_id).where(
            m.ContactPoint.client_id.in_(ids), m.ContactPoint.deleted.is_(False)
        ),
        "birthday": select(m.ImportantDate.client_id).where(
            m.ImportantDate.client_id.in_(ids),
            m.ImportantDate.kind == "birthday",
            m.ImportantDate.relationship_id.is_(None),
            m.ImportantDate.deleted.is_(False),
        ),
        "preferred_channel": select(m.Client.id).where(
            m.Client.id.in_(ids), m.Client.preferred_channel.is_not(None)
        ),
        "preference": select(m.Preference.client_id).where(
            m.Preference.client_id.in_(ids), m.Preference.deleted.is_(False)
        ),
        "ring_size": select(m.RingSize.client_id).where(
            m.RingSize.client_id.in_(ids), m.RingSize.deleted.is_(False)
        ),
        "consent": select(m.Consent.client_id).where(
            m.Consent.client_id.in_(ids), m.Consent.deleted.is_(False)
        ),
    }
    for name, query in queries.items():
        for cid in s.scalars(query.distinct()):
            out[cid].add(name)
    return {c: frozenset(v) for c, v in out.items()}


def _aware(value: dt.datetime | str | None) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
