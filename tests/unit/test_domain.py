"""Pure rules: sizes, money, names, phones, the clock, the message catalogue."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jeweldesk.domain.contacts import normalise_email, normalise_phone
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.hlc import HybridClock, Timestamp
from jeweldesk.domain.messages import CATALOGUE, LANGUAGES, render
from jeweldesk.domain.money import Money, parse_amount
from jeweldesk.domain.names import display_name, phonetic_keys, romanise_chinese, split_chinese_name
from jeweldesk.domain.sizes import parse_length_cm, parse_ring_size


@pytest.mark.parametrize(
    "typed, system, canonical",
    [
        ("6½", "us", "6.5"),
        ("6 ½", "us", "6.5"),
        ("6.25", "us", "6.25"),
        ("US 7", "us", "7"),
        ("m½", "uk", "M½"),
        ("M", "uk", "M"),
        ("52", "eu", "52"),
        ("52,5", "eu", "52.5"),
        ("13", "cn_hk", "13"),
        ("12½", "cn_hk", "12.5"),
    ],
)
def test_ring_sizes_as_advisors_type_them(typed, system, canonical):
    assert parse_ring_size(typed, system)[0] == canonical


def test_ring_sizes_compare_across_systems():
    us = parse_ring_size("6½", "us")[1]
    uk = parse_ring_size("M½", "uk")[1]
    eu = parse_ring_size("53", "eu")[1]
    assert abs(us - uk) < 1 and abs(us - eu) < 1


@pytest.mark.parametrize(
    "typed, system",
    [
        ("6⅓x", "us"),
        ("17", "us"),
        ("6.1", "us"),
        ("Z+1", "uk"),
        ("30", "eu"),
        ("", "eu"),
        ("7", "mars"),
    ],
)
def test_bad_ring_sizes_get_a_clear_message(typed, system):
    with pytest.raises(ValidationError) as err:
        parse_ring_size(typed, system)
    assert err.value.message("en") and err.value.message("zh_CN") != err.value.message("en")


def test_lengths():
    assert parse_length_cm("16.5") == Decimal("16.5")
    assert parse_length_cm("165mm") == Decimal("16.5")
    assert parse_length_cm("42 cm") == Decimal("42.0")
    for bad in ("", "abc", "0", "500"):
        with pytest.raises(ValidationError):
            parse_length_cm(bad)


def test_money_is_decimal_never_float():
    assert parse_amount("¥86,400", "CNY") == Decimal("86400.00")
    assert parse_amount("1 250.5", "EUR") == Decimal("1250.50")
    assert parse_amount("1250", "JPY") == Decimal("1250")
    assert Money.of("10.10", "cny") + Money.of("0.20", "CNY") == Money(Decimal("10.30"), "CNY")
    with pytest.raises(TypeError):
        parse_amount(10.1, "CNY")  # type: ignore[arg-type]
    for bad in ("abc", "-5", "NaN", "Infinity"):
        with pytest.raises(ValidationError):
            parse_amount(bad, "CNY")
    with pytest.raises(ValueError):
        Money.of("1", "CNY") + Money.of("1", "EUR")


@pytest.mark.parametrize(
    "typed, currency, amount",
    [
        ("1.250,50", "EUR", "1250.50"),
        ("1,250.50", "USD", "1250.50"),
        ("1 250,5", "EUR", "1250.50"),
        ("1.250", "EUR", "1250.00"),
        ("1,250", "CNY", "1250.00"),
        ("1.250.000", "EUR", "1250000.00"),
        ("0.250", "EUR", "0.25"),
        ("12,5", "EUR", "12.50"),
        ("1'250.50", "CHF", "1250.50"),
        ("8.6万", "CNY", "86000.00"),
        ("￥１２，８００", "CNY", "12800.00"),
        ("HK$ 3,200", "HKD", "3200.00"),
        ("3,200 港币", "HKD", "3200.00"),
    ],
)
def test_amounts_with_either_separator(typed, currency, amount):
    """The separator followed by exactly three digits groups thousands; else the last
    separator marks the decimals."""
    assert parse_amount(typed, currency) == Decimal(amount)


@pytest.mark.parametrize(
    "typed", ["1.250,50.5", "1,25,0", "12.34.56", "EUR 100", "€100", "1e3", "--5", "5-"]
)
def test_amounts_that_are_not_one(typed):
    with pytest.raises(ValidationError) as err:
        parse_amount(typed, "CNY")
    assert err.value.message("zh_CN").endswith("不是有效金额。")


def test_names():
    assert split_chinese_name("司马光") == ("司马", "光")
    assert split_chinese_name("王美玲") == ("王", "美玲")
    assert romanise_chinese("张", "伟") == "Zhang Wei"
    assert {"wang", "meiling", "wml", "ml", "wangmeiling"} <= set(phonetic_keys("王", "美玲"))
    assert (
        display_name(family="Dubois", given="Claire", name_local="", romanised="", given_first=True)
        == "Claire Dubois"
    )
    assert (
        display_name(
            family="王",
            given="美玲",
            name_local="王美玲",
            romanised="Wang Meiling",
            given_first=False,
        )
        == "Wang Meiling 王美玲"
    )


def test_phones_and_emails():
    assert normalise_phone("(021) 6888-1234", "CN") == "+862168881234"
    assert normalise_phone("0085291234567", "CN") == "+85291234567"
    assert normalise_phone("+852 9123 4567", "FR") == "+85291234567"
    assert normalise_email("  A.B@Maison.FR ") == "a.b@maison.fr"
    for bad in ("", "123", "+86 000"):
        with pytest.raises(ValidationError):
            normalise_phone(bad, "CN")


def test_clock_never_runs_backwards_even_when_the_wall_does():
    wall = iter([1000, 1000, 900, 1200]).__next__
    clock = HybridClock("dev1", wall=wall)
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert stamps[2].millis == 1000 and stamps[2].counter == 2  # wall went back: counter carries


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=30))
def test_clock_encoding_sorts_like_the_clock(walls):
    values = iter(walls + [walls[-1]] * 40)
    clock = HybridClock("abc", wall=lambda: next(values))
    stamps = [clock.now() for _ in walls]
    remote = Timestamp(max(walls) + 5, 3, "zzz")
    clock.observe(remote.encode())
    stamps.append(clock.now())
    encoded = [s.encode() for s in stamps]
    assert encoded == sorted(encoded)
    assert (stamps[-1].millis, stamps[-1].counter) > (remote.millis, remote.counter)
    assert Timestamp.decode(encoded[-1]) == stamps[-1]


def test_every_message_exists_in_every_language_with_the_same_fields():
    import string

    for key, entry in CATALOGUE.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(entry["en"]) if f}
        for lang in LANGUAGES:
            assert entry.get(lang), f"{key} has no {lang}"
            assert {f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} == fields, (
                f"{key} {lang}"
            )
    assert render("client.name_required", "zh-HK") == CATALOGUE["client.name_required"]["zh_TW"]


def test_chinese_messages_close_up_around_chinese_names_only():
    from jeweldesk.domain.messages import Named

    zhou, claire = Named("Zhou Jie", "周杰"), Named("Claire Martin", "")
    assert (
        render("book.not_yours", "zh_CN", advisor=zhou)
        == "只有周杰本人或其门店经理可以更改周杰的客户簿。"
    )
    assert (
        render("book.not_yours", "zh_TW", advisor=claire)
        == "只有 Claire Martin 本人或其門店經理可以更改 Claire Martin 的客戶簿。"
    )
    assert (
        render("book.not_yours", "en", advisor=zhou)
        == "Only Zhou Jie or a manager of their store can change Zhou Jie's book."
    )
