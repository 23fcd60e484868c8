"""The pure rules at their boundaries, table-driven."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from jeweldesk.domain.intelligence import DEFAULT_RULES, Day, assess, propose
from jeweldesk.domain.intelligence import calendar as cal
from jeweldesk.domain.intelligence.consent import allowed, choose_channel
from jeweldesk.domain.intelligence.facts import (
    Bilingual,
    ClientFacts,
    DateFact,
    Grant,
    Invite,
    Launch,
    Spend,
)
from jeweldesk.domain.intelligence.standing import segment_for
from jeweldesk.domain.intelligence.triggers import fatigued

UTC = dt.UTC
T0 = dt.datetime(2020, 1, 1, tzinfo=UTC)
MARKETING_OK = (Grant("marketing", None, True, T0),)


def client(**kw) -> ClientFacts:
    base = dict(
        id=uuid.UUID(int=1),
        name=Bilingual("Mrs Wang", "王女士"),
        language="zh_CN",
        created_at=T0,
        preferred_channel="wechat",
        channels=frozenset({"wechat", "phone", "sms"}),
        grants=MARKETING_OK,
    )
    return ClientFacts(**{**base, **kw})


def day(now: dt.datetime, zone: str = "Asia/Shanghai") -> Day:
    return Day.at(now, zone, DEFAULT_RULES)


def kinds(f: ClientFacts, d: Day) -> list[str]:
    return [p.kind for p in propose(f, assess(f, d.today, DEFAULT_RULES, d.now), d)]


@pytest.mark.parametrize(
    ("month", "day_", "today", "expected"),
    [
        (2, 29, dt.date(2025, 2, 20), dt.date(2025, 2, 28)),  # common year: kept on 28 Feb
        (2, 29, dt.date(2028, 2, 20), dt.date(2028, 2, 29)),  # leap year: the day itself
        (2, 29, dt.date(2025, 3, 1), dt.date(2026, 2, 28)),  # just past: next year
        (1, 5, dt.date(2025, 12, 25), dt.date(2026, 1, 5)),  # across the year end
        (12, 31, dt.date(2025, 12, 31), dt.date(2025, 12, 31)),  # today counts
    ],
)
def test_next_occurrence(month, day_, today, expected):
    assert cal.next_occurrence(month, day_, today) == expected


@pytest.mark.parametrize(
    ("today", "lead", "due"),
    [
        (dt.date(2025, 12, 20), 14, dt.date(2026, 1, 3)),  # 14 days ahead, across the year end
        (dt.date(2025, 12, 19), 14, None),  # 15 days ahead: not yet
        (dt.date(2026, 1, 3), 14, dt.date(2026, 1, 3)),  # on the day
    ],
)
def test_lead_time_crossing_the_year_end(today, lead, due):
    f = client(dates=(DateFact(uuid.UUID(int=9), "birthday", 1, 3, lead_days=lead),))
    now = dt.datetime.combine(today, dt.time(9), tzinfo=UTC)
    found = [
        p
        for p in propose(f, assess(f, today, DEFAULT_RULES, now), day(now, "UTC"))
        if p.kind == "date_greeting"
    ]
    assert [p.due for p in found] == ([due] if due else [])
    if due:
        assert found[0].key.endswith(f":{due.year}")  # next year's greeting has its own key


@pytest.mark.parametrize(
    ("today", "proposed"), [(dt.date(2025, 2, 14), True), (dt.date(2025, 2, 13), False)]
)
def test_birthday_on_29_february_in_a_common_year(today, proposed):
    f = client(
        dates=(DateFact(uuid.UUID(int=9), "birthday", 2, 29, year=1988),)
    )  # default lead: 14 days
    now = dt.datetime.combine(today, dt.time(9), tzinfo=UTC)
    assert ("date_greeting" in kinds(f, day(now, "UTC"))) is proposed


def test_configured_lead_time_per_date_type():
    rules = DEFAULT_RULES.with_settings({"lead_days": {"birthday": 30}})
    f = client(dates=(DateFact(uuid.UUID(int=9), "birthday", 3, 10),))
    now = dt.datetime(2025, 2, 10, 9, tzinfo=UTC)
    d = Day.at(now, "UTC", rules)
    assert "date_greeting" in [p.kind for p in propose(f, assess(f, d.today, rules, now), d)]
    assert "date_greeting" not in kinds(f, day(now, "UTC"))


def test_paris_and_shanghai_on_the_same_utc_instant():
    """20:00 UTC on 1 March is already 2 March in Shanghai, still 1 March in Paris: a
    purchase at 17:30 UTC on 28 Feb is 'yesterday' in Shanghai, two days ago in Paris."""
    instant = dt.datetime(2025, 3, 1, 20, 0, tzinfo=UTC)
    bought = Spend(
        uuid.UUID(int=5), dt.datetime(2025, 2, 28, 17, 30, tzinfo=UTC), Decimal(1000), "CNY"
    )
    f = client(purchases=(bought,))
    shanghai, paris = day(instant, "Asia/Shanghai"), day(instant, "Europe/Paris")
    assert (shanghai.today, paris.today) == (dt.date(2025, 3, 2), dt.date(2025, 3, 1))
    assert "thank_you" in kinds(f, paris)  # bought 28 Feb (Paris), yesterday
    late = Spend(
        uuid.UUID(int=6), dt.datetime(2025, 2, 28, 15, 0, tzinfo=UTC), Decimal(1000), "CNY"
    )
    assert "thank_you" not in kinds(
        client(purchases=(late,)), shanghai
    )  # 28 Feb 23:00 in Shanghai: 2 days ago
    assert "thank_you" in kinds(
        client(purchases=(late,)), paris
    )  # 28 Feb 16:00 in Paris: yesterday


@pytest.mark.parametrize(
    ("grants", "channel"),
    [
        ((), None),  # never asked: no marketing
        ((Grant("marketing", None, True, T0),), "wechat"),
        (
            (
                Grant("marketing", None, True, T0),
                Grant("marketing", "wechat", False, T0 + dt.timedelta(days=1)),
            ),
            "sms",
        ),
        (
            (
                Grant("marketing", None, True, T0),
                Grant("marketing", None, False, T0 + dt.timedelta(days=2)),
            ),
            None,
        ),
        (
            (Grant("marketing", "email", True, T0),),
            None,
        ),  # consented on a channel the record has no address for
    ],
)
def test_marketing_consent_per_channel(grants, channel):
    assert choose_channel(grants, "marketing", "wechat", {"wechat", "phone", "sms"}) == channel


def test_no_marketing_consent_proposes_service_actions_only():
    now = dt.datetime(2025, 6, 1, 9, tzinfo=UTC)
    f = client(
        grants=(),
        created_at=now - dt.timedelta(days=400),
        purchases=(Spend(uuid.UUID(int=5), now - dt.timedelta(hours=3), Decimal(50_000), "CNY"),),
        dates=(DateFact(uuid.UUID(int=9), "birthday", 6, 5),),
        launches=(
            Launch(
                uuid.UUID(int=7), Bilingual("Jardin preview"), now + dt.timedelta(days=20), "Jardin"
            ),
        ),
        loves=frozenset({"jardin"}),
    )
    assert kinds(f, day(now)) == ["thank_you"]  # service: allowed unless withdrawn
    assert not allowed((), "marketing", "wechat") and allowed((), "service", "wechat")
    withdrawn = (Grant("service", None, False, T0),)
    assert [
        p.channel for p in propose(f, assess(f, day(now).today, DEFAULT_RULES, now), day(now))
    ] == ["wechat"]
    assert choose_channel(withdrawn, "service", "wechat", {"wechat"}) is None


def _invites(*days_ago_rsvp, now):
    return tuple(
        Invite(uuid.UUID(int=100 + i), now - dt.timedelta(days=ago), rsvp)
        for i, (ago, rsvp) in enumerate(days_ago_rsvp)
    )


@pytest.mark.parametrize(
    ("history", "tired"),
    [
        (((10, "accepted"), (40, "accepted"), (80, "accepted")), True),  # three times in 90 days
        (
            ((10, "accepted"), (40, "accepted"), (95, "accepted")),
            False,
        ),  # the third is older than 90 days
        (((100, "declined"), (200, "declined")), True),  # declined the last two
        (((100, "accepted"), (200, "declined")), False),
    ],
)
def test_event_fatigue(history, tired):
    now = dt.datetime(2025, 6, 1, 9, tzinfo=UTC)
    invites = _invites(*history, now=now)
    assert fatigued(invites, now, DEFAULT_RULES) is tired
    f = client(
        invites=invites,
        loves=frozenset({"jardin"}),
        launches=(
            Launch(
                uuid.UUID(int=7), Bilingual("Jardin preview"), now + dt.timedelta(days=20), "Jardin"
            ),
        ),
    )
    assert ("launch_invitation" in kinds(f, day(now))) is not tired


@pytest.mark.parametrize(
    ("usd", "segment"),
    [
        ("0", "prospect"),
        ("999.99", "prospect"),
        ("1000", "potential"),
        ("4999.99", "potential"),
        ("5000", "core"),
        ("49999.99", "core"),
        ("50000", "vic"),
    ],
)
def test_segment_floors(usd, segment):
    assert segment_for(Decimal(usd), DEFAULT_RULES) == segment


def test_segment_converts_currencies_and_explains_itself():
    now = dt.datetime(2025, 6, 1, tzinfo=UTC)
    f = client(
        purchases=(
            Spend(
                uuid.UUID(int=1), now - dt.timedelta(days=41), Decimal("86400"), "CNY"
            ),  # USD 11,923.20
            Spend(
                uuid.UUID(int=2), now - dt.timedelta(days=400), Decimal("900000"), "CNY"
            ),  # outside 12 months
        )
    )
    s = assess(f, now.date(), DEFAULT_RULES, now)
    assert (s.segment, s.spend_12m) == ("core", Decimal("11923.20"))
    assert (
        s.explain("segment", "en", currency="CNY")
        == "Core: CN¥86,400 in the last 12 months; last purchase 41 days ago"
    )
    assert s.explain("segment", "zh_CN", currency="CNY").startswith(
        "核心客户：近 12 个月消费 ¥86,400"
    )
    assert "核心客戶" in s.explain("segment", "zh_TW", currency="CNY")
    for what in ("rfm", "lifecycle", "member_types", "engagement", "churn"):
        assert all(s.explain(what, lang) for lang in ("en", "zh_CN", "zh_TW"))
    assert "repeat" in s.member_types


@pytest.mark.parametrize(
    ("settings", "amount", "currency", "monetary"),
    [
        ({}, "20000", "USD", 4),
        ({}, "4000", "USD", 2),
        # Head office reporting in renminbi, floors in renminbi: CNY 20,000 is below core.
        (
            {
                "reporting_currency": "CNY",
                "rates": {"CNY": 1, "USD": "7.25"},
                "floors": {"vic": 362_000, "core": 36_200, "potential": 7_250},
            },
            "20000",
            "CNY",
            2,
        ),
        (
            {
                "reporting_currency": "CNY",
                "rates": {"CNY": 1, "USD": "7.25"},
                "floors": {"vic": 362_000, "core": 36_200, "potential": 7_250},
            },
            "150000",
            "CNY",
            4,
        ),
    ],
)
def test_monetary_score_follows_the_floors_currency(settings, amount, currency, monetary):
    now = dt.datetime(2025, 6, 1, tzinfo=UTC)
    f = client(
        purchases=(Spend(uuid.UUID(int=1), now - dt.timedelta(days=30), Decimal(amount), currency),)
    )
    assert assess(f, now.date(), DEFAULT_RULES.with_settings(settings), now).monetary == monetary


@pytest.mark.parametrize(
    ("hours", "now_local", "expected_start"),
    [
        ((dt.time(10), dt.time(19)), dt.datetime(2025, 6, 1, 8, 0), dt.datetime(2025, 6, 1, 10, 0)),
        (
            (dt.time(10), dt.time(19)),
            dt.datetime(2025, 6, 1, 12, 0),
            dt.datetime(2025, 6, 1, 12, 0),
        ),
        (
            (dt.time(10), dt.time(19)),
            dt.datetime(2025, 6, 1, 20, 0),
            dt.datetime(2025, 6, 2, 10, 0),
        ),
    ],
)
def test_contact_hours_in_the_store_zone(hours, now_local, expected_start):
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Asia/Shanghai")
    start, _ = cal.contact_window(
        dt.date(2025, 6, 1), now_local.replace(tzinfo=tz), "Asia/Shanghai", hours
    )
    assert start == expected_start.replace(tzinfo=tz)


def test_lifecycle_and_churn():
    now = dt.datetime(2025, 6, 1, tzinfo=UTC)
    lapsed = client(
        purchases=(Spend(uuid.UUID(int=1), now - dt.timedelta(days=500), Decimal(9000), "USD"),)
    )
    s = assess(lapsed, now.date(), DEFAULT_RULES, now)
    assert (s.lifecycle, s.churn_risk, "dormant" in s.member_types) == ("lapsed", True, True)
    assert "wake_up" in kinds(lapsed, day(now))
    fresh = client(created_at=now - dt.timedelta(days=10))
    assert assess(fresh, now.date(), DEFAULT_RULES, now).lifecycle == "potential"
