"""Properties over generated clients: generation is idempotent and never proposes a
marketing action without consent for its channel."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jeweldesk.domain.intelligence import DEFAULT_RULES, Day, assess, propose
from jeweldesk.domain.intelligence.consent import allowed
from jeweldesk.domain.intelligence.facts import (
    Bilingual,
    ClientFacts,
    DateFact,
    Grant,
    Invite,
    Launch,
    Perk,
    Spend,
    Touch,
    Wish,
)

NOW = dt.datetime(2025, 12, 28, 3, 0, tzinfo=dt.UTC)
ago = st.integers(min_value=0, max_value=900).map(lambda d: NOW - dt.timedelta(days=d, hours=d % 7))
ids = st.integers(min_value=1, max_value=10**6).map(lambda n: uuid.UUID(int=n))
channels = st.sampled_from(["wechat", "whatsapp", "sms", "email", "phone", None])

grants = st.builds(Grant, st.sampled_from(["marketing", "service"]), channels, st.booleans(), ago)
facts = st.builds(
    ClientFacts,
    id=ids,
    name=st.just(Bilingual("Ms Lin", "林女士")),
    language=st.sampled_from(["en", "zh_CN", "zh_TW"]),
    created_at=ago,
    preferred_channel=channels,
    channels=st.frozensets(st.sampled_from(["wechat", "whatsapp", "sms", "email", "phone"])),
    grants=st.lists(grants, max_size=4).map(tuple),
    purchases=st.lists(
        st.builds(
            Spend,
            ids,
            ago,
            st.integers(0, 10**6).map(Decimal),
            st.sampled_from(["CNY", "EUR", "HKD"]),
        ),
        max_size=4,
    ).map(tuple),
    touches=st.lists(
        st.builds(Touch, ago, st.sampled_from(["visit", "call", "event"])), max_size=4
    ).map(tuple),
    dates=st.lists(
        st.builds(
            DateFact,
            ids,
            st.sampled_from(["birthday", "wedding_anniversary", "custom"]),
            st.integers(1, 12),
            st.integers(1, 28),
        ),
        max_size=3,
    ).map(tuple),
    invites=st.lists(
        st.builds(Invite, ids, ago, st.sampled_from(["accepted", "declined"])), max_size=4
    ).map(tuple),
    perks=st.lists(
        st.builds(
            Perk,
            ids,
            st.just(Bilingual("Voucher", "礼券")),
            st.integers(0, 40).map(lambda d: NOW.date() + dt.timedelta(days=d)),
            st.none() | st.integers(0, 2),
        ),
        max_size=2,
    ).map(tuple),
    wishes=st.lists(
        st.builds(Wish, ids, ids, st.just(Bilingual("Ring", "戒指")), st.none(), st.booleans()),
        max_size=3,
    ).map(tuple),
    loves=st.just(frozenset({"jardin"})),
    launches=st.just(
        (Launch(uuid.UUID(int=7), Bilingual("Jardin"), NOW + dt.timedelta(days=20), "Jardin"),)
    ),
)
zones = st.sampled_from(["Asia/Shanghai", "Europe/Paris", "Asia/Hong_Kong"])


@settings(max_examples=200, deadline=None)
@given(facts, zones)
def test_generation_is_idempotent(f, zone):
    d = Day.at(NOW, zone, DEFAULT_RULES)
    first = propose(f, assess(f, d.today, DEFAULT_RULES, NOW), d)
    again = propose(f, assess(f, d.today, DEFAULT_RULES, NOW), d)
    assert first == again
    keys = [p.key for p in first]
    assert len(keys) == len(set(keys))


@settings(max_examples=300, deadline=None)
@given(facts, zones)
def test_never_marketing_without_consent(f, zone):
    d = Day.at(NOW, zone, DEFAULT_RULES)
    for p in propose(f, assess(f, d.today, DEFAULT_RULES, NOW), d):
        if p.marketing:
            assert p.channel is not None and allowed(f.grants, "marketing", p.channel)
            assert any(g.purpose == "marketing" and g.granted for g in f.grants)
