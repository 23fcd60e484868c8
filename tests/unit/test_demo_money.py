"""The demo's amounts are in each boutique's own money: a Hong Kong client's budget,
vouchers and service estimates in Hong Kong dollars, a Paris client's in euros, at the
renminbi figures' worth (the demo's rates), never the renminbi figures relabelled."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from jeweldesk.demo.clients import BUDGET_AMOUNTS, BUDGET_BANDS
from jeweldesk.demo.history import SERVICE_ESTIMATES_CNY, VOUCHERS, local_amount
from jeweldesk.demo.network import TO_CNY
from jeweldesk.demo.texts import OWN_WORDS, money_words
from jeweldesk.paths import database_path
from jeweldesk.storage.db import LocalStore
from jeweldesk.storage.models import Benefit, Client, Note, Preference, ServiceJob, Store
from tests.templates import demo_store

TIERS = ("vic", "core", "potential", "prospect")
# How each currency is named in a Chinese band, Simplified and Traditional.
CHINESE = {"CNY": ("人民币", "人民幣"), "HKD": ("港币", "港幣"), "EUR": ("欧元", "歐元")}
RENMINBI = ("CNY", "¥", "人民币", "人民幣")


def band(text: str) -> tuple[str, Decimal, Decimal | None]:
    """'HKD 12k–55k' → ('HKD', 12000, 55000); 'EUR 65k+' → ('EUR', 65000, None)."""
    code, rest = text.split(" ", 1)

    def amount(words: str) -> Decimal:
        return Decimal(words.removesuffix("k")) * (1000 if words.endswith("k") else 1)

    if rest.endswith("+"):
        return code, amount(rest[:-1]), None
    low, high = rest.split("–")
    return code, amount(low), amount(high)


def close(local: Decimal, currency: str, cny: Decimal, within: float = 0.12) -> bool:
    return abs(local * TO_CNY[currency] - cny) <= cny * Decimal(str(within))


@pytest.mark.parametrize("currency", ["HKD", "EUR"])
def test_budget_bands_are_the_renminbi_bands_converted(currency):
    for tier in TIERS:
        code, low, high = band(BUDGET_BANDS[currency][tier])
        _, cny_low, cny_high = band(BUDGET_BANDS["CNY"][tier])
        assert code == currency
        assert close(low, currency, cny_low), (tier, low)
        assert (high is None) == (cny_high is None)
        if high is not None:
            assert close(high, currency, cny_high), (tier, high)
        # A note's budget is the renminbi one's worth too.
        assert close(
            Decimal(BUDGET_AMOUNTS[currency][tier]), currency, Decimal(BUDGET_AMOUNTS["CNY"][tier])
        ), tier


@pytest.mark.parametrize("currency", ["CNY", "HKD", "EUR"])
def test_a_notes_budget_sits_in_the_clients_band_which_chinese_names_in_its_currency(currency):
    for tier in TIERS:
        _, low, high = band(BUDGET_BANDS[currency][tier])
        assert low <= BUDGET_AMOUNTS[currency][tier] and (
            high is None or BUDGET_AMOUNTS[currency][tier] <= high
        )
        simplified, traditional = OWN_WORDS[BUDGET_BANDS[currency][tier]]
        assert CHINESE[currency][0] in simplified and CHINESE[currency][1] in traditional


def test_amounts_are_written_as_the_note_is():
    assert money_words(130_000, "HKD", "en") == "HK$130,000"
    assert money_words(30_000, "CNY", "zh") == "¥30,000"
    assert money_words(15_000, "EUR", "fr") == "15\u00a0000\u00a0€"
    assert money_words(15_000, "EUR", "en") == "€15,000"


def test_service_estimates_and_vouchers_are_worth_the_same_everywhere():
    for cny in SERVICE_ESTIMATES_CNY.values():
        for currency in ("HKD", "EUR"):
            assert close(local_amount(cny, currency), currency, Decimal(cny), within=0.05)
    for currency in ("HKD", "EUR"):
        (value, minimum), (cny_value, cny_minimum) = VOUCHERS[currency], VOUCHERS["CNY"]
        assert close(Decimal(value), currency, Decimal(cny_value))
        assert close(Decimal(minimum), currency, Decimal(cny_minimum))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-money")
    demo_store(folder, clients=300, seed=5)
    opened = LocalStore(database_path(folder))
    yield opened
    opened.close()


def _by_store(session, model, *columns):
    return session.execute(
        select(Store.currency, *columns)
        .select_from(model)
        .join(Client, Client.id == model.client_id)
        .join(Store, Store.id == Client.home_store_id)
    ).all()


def test_hong_kong_and_paris_records_hold_no_renminbi(demo):
    with demo.session() as session:
        preferences = _by_store(session, Preference, Preference.category, Preference.value)
        notes = _by_store(session, Note, Note.body)
    for currency in ("HKD", "EUR"):
        held = [
            value
            for c, category, value in preferences
            if c == currency and category == "budget_band"
        ]
        assert held, currency
        for value in held:
            assert not any(word in value for word in RENMINBI), value
            assert value.startswith(currency) or any(word in value for word in CHINESE[currency]), (
                value
            )
        budgets = [body for c, body in notes if c == currency and re.search(r"budget|预算", body)]
        assert budgets, currency
        symbol = {"HKD": "HK$", "EUR": "€"}[currency]
        assert all(symbol in body and "¥" not in body for body in budgets), budgets
    assert any("¥" in body for c, body in notes if c == "CNY")


def test_vouchers_and_service_estimates_are_in_the_boutiques_currency(demo):
    with demo.session() as session:
        vouchers = _by_store(session, Benefit, Benefit.currency, Benefit.value, Benefit.conditions)
        jobs = _by_store(session, ServiceJob, ServiceJob.currency, ServiceJob.estimate)
    vouchers = [v for v in vouchers if v[2] is not None]
    assert {v[0] for v in vouchers} == {"CNY", "HKD", "EUR"}
    for home, currency, value, conditions in vouchers:
        worth, minimum = VOUCHERS[home]
        assert (currency, value) == (home, Decimal(worth))
        assert money_words(minimum, home, "en") in conditions
    assert {j[0] for j in jobs} >= {"HKD", "EUR"}
    allowed = {
        home: {local_amount(cny, home) for cny in (0, *SERVICE_ESTIMATES_CNY.values())}
        for home in ("CNY", "HKD", "EUR")
    }
    for home, currency, estimate in jobs:
        assert currency == home and estimate in allowed[home], (home, estimate)
