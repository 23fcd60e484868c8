"""Where each client stands (segment, RFM, lifecycle, engagement, churn risk), kept in a
device-only cache that follows the records: a flush that writes a purchase,
interaction, invitation or appointment recomputes just those clients."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.intelligence import DEFAULT_RULES, Rules, Standing, assess
from jeweldesk.services import client_facts
from jeweldesk.services.base import Written, reading, unit_of_work
from jeweldesk.services.records import ClientStandingRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

WATCHED = (m.Purchase, m.Interaction, m.Invitation, m.Appointment, m.OwnedPiece, m.ImportantDate)
_PENDING = "jeweldesk_standing_pending"
# Bumped by every flush that writes records other than the actions themselves: the
# advisor's day is regenerated only when something it reads may have changed.
EPOCH = [0]


def load_rules(session: Session) -> Rules:
    """The default rules with head office's overrides."""
    settings = {
        row.key: row.value.get("value")
        for row in session.scalars(
            select(m.IntelligenceSetting).where(m.IntelligenceSetting.deleted.is_(False))
        )
    }
    return DEFAULT_RULES.with_settings(settings) if settings else DEFAULT_RULES


def store_row(session: Session, store_id: uuid.UUID | None) -> m.Store | None:
    return session.get(m.Store, store_id) if store_id else None


def _save(session: Session, s: Standing, now: dt.datetime) -> None:
    row = session.get(m.ClientStanding, s.client_id)
    if row is None:
        row = m.ClientStanding(client_id=s.client_id)
        session.add(row)
    previous = row.segment
    row.as_of, row.segment, row.spend_12m, row.rfm = s.as_of, s.segment, s.spend_12m, s.rfm
    row.value_tier, row.lifecycle, row.member_types = (
        s.value_tier,
        s.lifecycle,
        ",".join(s.member_types),
    )
    row.engagement, row.rising, row.churn_risk, row.computed_at = (
        s.engagement,
        s.rising,
        s.churn_risk,
        now,
    )
    if previous and previous != s.segment:
        session.add(
            m.SegmentChange(
                client_id=s.client_id, at=now, from_segment=previous, to_segment=s.segment
            )
        )
    client = session.get(m.Client, s.client_id)
    if client is not None and client.segment != s.segment:
        client.segment = s.segment  # the list and search show it; changes are rare


def recompute(
    session: Session, ids: Iterable[uuid.UUID], now: dt.datetime | None = None
) -> list[Standing]:
    """Recompute and store the standing of `ids` inside the caller's transaction."""
    now = now or dt.datetime.now(dt.UTC)
    rules = load_rules(session)
    with session.no_autoflush:
        facts = client_facts.load(session, list(ids), full=False, now=now)
        out = [assess(fx, now.date(), rules, now) for fx in facts.values()]
        for s in out:
            _save(session, s, now)
    return out


def _collect(session: Session, _ctx: object) -> None:
    pending: set[uuid.UUID] = session.info.setdefault(_PENDING, set())
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if not isinstance(obj, m.NextBestAction | m.ClientStanding | m.SegmentChange):
            EPOCH[0] += 1
        if isinstance(obj, WATCHED) and obj.client_id is not None:
            pending.add(obj.client_id)


def _recompute_pending(session: Session, _ctx: object) -> None:
    # After the flush: the new rows are queryable, and what we change here is flushed
    # by the commit's next pass (and stamped for sync by the usual before_flush).
    pending = session.info.pop(_PENDING, None)
    if pending:
        recompute(session, pending)


def install(session_factory: sessionmaker[Session]) -> None:
    event.listen(session_factory, "after_flush", _collect)
    event.listen(session_factory, "after_flush_postexec", _recompute_pending)


class SegmentService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def standing(self, client_id: uuid.UUID, today: dt.date | None = None) -> Standing:
        """The client's standing today, computed from the records."""
        with reading(self.desk) as s:
            now = _now_for(today)
            facts = client_facts.load(s, [client_id], full=False, now=now)[client_id]
            return assess(facts, now.date(), load_rules(s), now)

    def rules(self) -> Rules:
        with reading(self.desk) as s:
            return load_rules(s)

    def cached(self, client_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, ClientStandingRecord]:
        with reading(self.desk) as s:
            from jeweldesk.services.base import freeze

            rows = s.scalars(
                select(m.ClientStanding).where(m.ClientStanding.client_id.in_(list(client_ids)))
            )
            return {r.client_id: freeze(r) for r in rows}

    def recompute(self, client_ids: Iterable[uuid.UUID]) -> Written[list[Standing]]:
        """Recompute the standing of some clients now."""
        with unit_of_work(self.desk) as work:
            value = recompute(work.session, client_ids)
        return Written(value, work.changes)

    def recompute_all(self, chunk: int = 2000, today: dt.date | None = None) -> int:
        """Every client, in chunks (nightly, or after head office changes the rules).
        Returns the number of clients computed."""
        now = _now_for(today)
        with reading(self.desk) as s:
            ids = list(
                s.scalars(
                    select(m.Client.id).where(
                        m.Client.deleted.is_(False), m.Client.erased_at.is_(None)
                    )
                )
            )
        for start in range(0, len(ids), chunk):
            with unit_of_work(self.desk) as work:
                recompute(work.session, ids[start : start + chunk], now)
        return len(ids)

    def set_rule(self, key: str, value: object) -> Written[str]:
        """Head office: override a rule (floors, rates, lead_days, tier_labels…). The
        value is tried on the rules before it is kept: the setting reaches every device,
        and one that cannot be read would stop each of them computing any standing."""
        try:
            tried = DEFAULT_RULES.with_settings({key: value}) if key in _RULE_KEYS else None
        except (ArithmeticError, AttributeError, TypeError, ValueError):
            tried = None
        if (
            tried is None
            or key == "tier_labels"
            and (
                isinstance(value, str)
                or len(tried.tier_labels) != len(DEFAULT_RULES.tier_labels)
                or not all(isinstance(label, str) for label in tried.tier_labels)
            )
        ):
            raise ValidationError("settings.rule", field=key, rule=key)
        with unit_of_work(self.desk) as work:
            row = work.session.scalar(
                select(m.IntelligenceSetting).where(m.IntelligenceSetting.key == key)
            )
            if row is None:
                row = m.IntelligenceSetting(key=key, value={"value": value})
                work.session.add(row)
            else:
                row.value = {"value": value}
        return Written(key, work.changes)


_RULE_KEYS = {f.name for f in dataclasses.fields(Rules)}


def _now_for(today: dt.date | None) -> dt.datetime:
    if today is None:
        return dt.datetime.now(dt.UTC)
    return dt.datetime.combine(today, dt.time(23, 59), tzinfo=dt.UTC)
