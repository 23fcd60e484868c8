"""Where a client stands: segment by rolling 12-month spend, RFM and value tier,
lifecycle stage, member types, engagement and churn risk. Each value explains itself
in the advisor's language; the segment is internal and never shown to the client."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from jeweldesk.domain.intelligence.facts import ClientFacts
from jeweldesk.domain.intelligence.rules import Rules, money_text
from jeweldesk.domain.messages import CATALOGUE, Ref, render

YEAR = dt.timedelta(days=365)
# Engagement points per interaction in the last 12 months: presence counts more than
# messages, and spend is only one signal among others.
POINTS = {
    "visit": 8,
    "appointment": 10,
    "enquiry": 6,
    "event": 12,
    "call": 3,
    "message": 2,
    "email": 2,
}
PURCHASE_POINTS = 6


@dataclass(frozen=True)
class Standing:
    client_id: object
    as_of: dt.date
    segment: str
    spend_12m: Decimal  # in the reporting currency
    reporting_currency: str
    recency: int
    frequency: int
    monetary: int
    value_tier: str
    lifecycle: str
    member_types: tuple[str, ...]
    engagement: int
    rising: bool
    churn_risk: bool
    days_since_purchase: int | None
    days_since_contact: int | None
    purchases_12m: int

    @property
    def rfm(self) -> str:
        return f"{self.recency}{self.frequency}{self.monetary}"

    def explain(
        self, what: str, lang: str = "en", rules: Rules | None = None, currency: str | None = None
    ) -> str:
        """Why the value is what it is: 'Core: CN¥86,400 in the last 12 months; last
        purchase 41 days ago'. `currency` shows the spend as the store counts it."""
        return explain(self, what, lang, rules, currency)


def segment_for(spend: Decimal, rules: Rules) -> str:
    return next((name for name, floor in rules.floors if spend >= floor), "prospect")


def _score(value: float, steps: tuple[float, ...]) -> int:
    """5 at or above the first step, down to 1 below the last."""
    return next((5 - i for i, step in enumerate(steps) if value >= step), 1)


def assess(
    facts: ClientFacts, today: dt.date, rules: Rules, now: dt.datetime | None = None
) -> Standing:
    """The client's standing on `today` (the store's calendar day)."""
    now = now or dt.datetime.combine(today, dt.time(23, 59), tzinfo=dt.UTC)
    year_ago = now - YEAR
    recent = [p for p in facts.purchases if year_ago < p.at <= now]
    before = [p for p in facts.purchases if now - 2 * YEAR < p.at <= year_ago]
    spend = sum((rules.to_reporting(p.amount, p.currency) for p in recent), Decimal(0))
    spend_before = sum((rules.to_reporting(p.amount, p.currency) for p in before), Decimal(0))
    last_purchase = max((p.at for p in facts.purchases if p.at <= now), default=None)
    last_touch = max((t.at for t in facts.touches if t.at <= now), default=None)
    since_purchase = (now - last_purchase).days if last_purchase else None
    since_touch = (now - last_touch).days if last_touch else None
    bought = len([p for p in facts.purchases if p.at <= now])

    recency = 1 if since_purchase is None else _score(-since_purchase, (-30, -90, -180, -365))
    frequency = _score(bought, (6, 4, 3, 2))
    floors = dict(rules.floors)
    vic, core = float(floors.get("vic", 50_000)), float(floors.get("core", 5_000))
    # The step between core and VIC is three core floors (15,000 on the USD defaults): it
    # moves with the floors when head office reports in another currency or resets them.
    monetary = _score(
        float(spend), (vic, min(vic, 3 * core), core, float(floors.get("potential", 1_000)))
    )
    total = recency + frequency + monetary
    tier = rules.tier_labels[0 if total >= 13 else 1 if total >= 10 else 2 if total >= 7 else 3]

    lifecycle = _lifecycle(facts, since_purchase, since_touch, spend, spend_before, rules, now)
    engagement, rising = _engagement(facts, now, len(recent))
    return Standing(
        client_id=facts.id,
        as_of=today,
        segment=segment_for(spend, rules),
        spend_12m=spend,
        reporting_currency=rules.reporting_currency,
        recency=recency,
        frequency=frequency,
        monetary=monetary,
        value_tier=tier,
        lifecycle=lifecycle,
        member_types=_member_types(facts, today, since_purchase, bought, rules, now),
        engagement=engagement,
        rising=rising,
        churn_risk=lifecycle in ("declining", "lapsed"),
        days_since_purchase=since_purchase,
        days_since_contact=since_touch,
        purchases_12m=len(recent),
    )


def _lifecycle(
    facts: ClientFacts,
    since_purchase: int | None,
    since_touch: int | None,
    spend: Decimal,
    spend_before: Decimal,
    rules: Rules,
    now: dt.datetime,
) -> str:
    if since_purchase is None:
        return "potential"
    if since_purchase > rules.dormant_days:
        quiet = since_touch is None or since_touch > rules.dormant_days // 2
        return "lapsed" if quiet else "declining"
    first = min(p.at for p in facts.purchases)
    if (now - first).days <= 365 or spend > spend_before * Decimal("1.2"):
        return "growth"
    if spend_before and spend < spend_before / 2:
        return "declining"
    return "mature"


def _member_types(
    facts: ClientFacts,
    today: dt.date,
    since_purchase: int | None,
    bought: int,
    rules: Rules,
    now: dt.datetime,
) -> tuple[str, ...]:
    types: list[str] = []
    if (now - facts.created_at).days <= rules.new_client_days:
        types.append("new")
    if since_purchase is not None and since_purchase > rules.dormant_days:
        types.append("dormant")
    if any(d.kind == "birthday" and d.person == "" and d.month == today.month for d in facts.dates):
        types.append("birthday_month")
    limit = today - dt.timedelta(days=365 * rules.trade_in_years)
    if any(p.acquired_on and p.acquired_on <= limit for p in facts.pieces):
        types.append("trade_in")
    if bought >= 2:
        types.append("repeat")
    return tuple(types)


def _engagement(facts: ClientFacts, now: dt.datetime, purchases_12m: int) -> tuple[int, bool]:
    year_ago, quarter = now - YEAR, dt.timedelta(days=90)
    score = sum(POINTS.get(t.kind, 1) for t in facts.touches if year_ago < t.at <= now)
    score += sum(12 for i in facts.invites if i.attended and year_ago < i.invited_at <= now)
    score += sum(
        10 for v in facts.visits if v.status == "completed" and year_ago < v.starts_at <= now
    )
    score += PURCHASE_POINTS * min(purchases_12m, 4)
    last = sum(1 for t in facts.touches if now - quarter < t.at <= now)
    previous = sum(1 for t in facts.touches if now - 2 * quarter < t.at <= now - quarter)
    return min(100, score), last > previous


def explain(s: Standing, what: str, lang: str, rules: Rules | None, currency: str | None) -> str:
    rules = rules or Rules()
    if what == "segment":
        shown = currency or s.reporting_currency
        amount = (
            s.spend_12m
            if shown == s.reporting_currency
            else rules.from_reporting(s.spend_12m, shown)
        )
        last = (
            render("standing.last_purchase", lang, days=s.days_since_purchase)
            if s.days_since_purchase is not None
            else render("standing.no_purchase", lang)
        )
        return render(
            "standing.segment",
            lang,
            segment=Ref(f"segment.{s.segment}"),
            spend=money_text(amount, shown, lang),
            last=last,
        )
    if what == "rfm":
        tier = f"tier.{s.value_tier}"
        return render(
            "standing.rfm",
            lang,
            r=s.recency,
            f=s.frequency,
            m=s.monetary,
            tier=Ref(tier) if tier in CATALOGUE else s.value_tier,
        )
    if what == "lifecycle":
        return render(f"standing.lifecycle.{s.lifecycle}", lang, days=s.days_since_purchase or 0)
    if what == "member_types":
        return render(
            "standing.member_types",
            lang,
            types=tuple(Ref(f"member.{t}") for t in s.member_types) or Ref("member.none"),
        )
    if what == "engagement":
        return render(
            "standing.engagement",
            lang,
            score=s.engagement,
            trend=Ref("trend.rising" if s.rising else "trend.steady"),
        )
    if what == "churn":
        return render(
            "standing.churn.yes" if s.churn_risk else "standing.churn.no",
            lang,
            stage=Ref(f"lifecycle.{s.lifecycle}"),
        )
    raise KeyError(what)
