"""Money in the reasons the desk gives (why a client is in a segment) is written as the
interface's language writes money everywhere else: CN¥ in English, ¥ in Chinese."""

from __future__ import annotations

from decimal import Decimal

from jeweldesk.services.possessions import LineDraft


def test_the_segment_reason_writes_renminbi_as_the_language_does(desk):
    client = desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    desk.purchases.record(client.id, [LineDraft("86,400", description="Pendant")])
    standing = desk.segments.standing(client.id)

    english = standing.explain("segment", "en", currency="CNY")
    assert "CN¥86,400 in the last 12 months" in english
    simplified = standing.explain("segment", "zh_CN", currency="CNY")
    assert "消费 ¥86,400" in simplified and "CN¥" not in simplified
    traditional = standing.explain("segment", "zh_TW", currency="CNY")
    assert "86,400" in traditional


def test_reasons_and_screens_agree_on_how_money_is_written():
    """The reason's amount is the screens' whole-unit amount, rounded as an advisor says it."""
    from jeweldesk.domain.intelligence.rules import money_text

    assert money_text(Decimal("86400.40"), "CNY", "en") == "CN¥86,400"
    assert money_text(Decimal("86400.40"), "CNY", "zh_CN") == "¥86,400"
    assert money_text(Decimal("1250"), "EUR", "en") == "€1,250"
    assert money_text(Decimal("11923.20"), "usd", "zh_CN") == "US$11,923"
