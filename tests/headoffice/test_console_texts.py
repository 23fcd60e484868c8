"""The console's language choice and its counted, timed and coded words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jeweldesk.headoffice.console_texts import Words, language_from_header, texts


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh_CN"),
        ("zh-Hans-SG", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh-TW", "zh_TW"),
        ("zh-HK,en;q=0.5", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("en-GB,zh-CN;q=0.9", "en"),
        ("fr-FR,fr;q=0.9,zh-CN;q=0.8", "zh_CN"),  # French is not offered: the next choice is
        ("fr-FR, de;q=0.5", "en"),
        ("en;q=0.2, zh-TW;q=0.9", "zh_TW"),  # weights, not order
        ("zh-CN;q=abc, en", "en"),  # a broken weight counts for nothing
        ("", "en"),
        (None, "en"),
    ],
)
def test_the_browser_language_decides_before_sign_in(header, language):
    assert language_from_header(header) == language


def test_every_text_exists_in_all_three_languages():
    for key, words in texts().items():
        assert len(words) == 3 and all(t.strip() for t in words), key
        placeholders = [sorted(part.split("}")[0] for part in t.split("{")[1:]) for t in words]
        assert placeholders[0] == placeholders[1] == placeholders[2], key


def test_counts_agree_in_english_and_have_one_form_in_chinese():
    en, zh = Words("en"), Words("zh_CN")
    assert en.count("count.withheld", 1) == "1 sensitive note withheld"
    assert en.count("count.withheld", 3) == "3 sensitive notes withheld"
    assert zh.count("count.withheld", 1) == "已隐去 1 条敏感备注"
    assert en.count("count.clients", 0) == "clients"


def test_times_codes_and_money_in_each_language():
    now = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
    en, cn, tw = Words("en"), Words("zh_CN"), Words("zh_TW")
    assert en.ago(now - dt.timedelta(hours=1), now) == "1 hour ago"
    assert en.ago(now - dt.timedelta(days=3), now) == "3 days ago"
    assert cn.ago(now - dt.timedelta(minutes=5), now) == "5 分钟前"
    assert tw.ago(now - dt.timedelta(seconds=20), now) == "剛剛"
    assert cn.when(None) == "从未"
    assert cn.when(now, "Asia/Shanghai") == "2026-11-30 20:00 CST"
    assert en.code("edit_after_delete") == "edit after delete"
    assert cn.code("edit_after_delete") == "删除后修改"
    assert tw.code("lab_grown") == "實驗室培育"
    assert cn.code("some_new_code") == "some new code"  # unknown codes stay readable
    assert en.money(Decimal("98000"), "CNY") == "CN¥98,000.00"
    assert cn.money(Decimal("98000"), "CNY") == "¥98,000.00"
    assert tw.money(Decimal("12500.5"), "HKD") == "HK$12,500.50"
    assert (
        cn.value("") == "（空）"
        and en.value(None) == "(empty)"
        and en.value({"a": "é"}) == '{"a": "é"}'
    )


def test_an_unknown_staff_language_falls_back_to_english():
    assert Words("fr").language == "en" and Words(None)("nav.clients") == "Clients"


def test_fields_and_languages_by_name():
    en, cn = Words("en"), Words("zh_CN")
    assert en.field("greeting_name") == "Greeting" and cn.field("greeting_name") == "问候称呼"
    assert en.field("double_booked") == "Double booked"
    assert en.language_name("zh_CN") == "Chinese (Simplified, China)"
    assert cn.language_name("fr") == "法语"
    assert cn.language_name("not a language") == "not a language" and en.language_name("") == ""
