"""desk.benefits: issued from a purchase or a campaign, used at the counter, refused
when it cannot be used, withdrawn by a manager; validity in the store's time zone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from jeweldesk.domain import benefits as rules
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.services import benefits as service
from jeweldesk.services.views import LineDraft
from jeweldesk.storage import models as m


def _at(monkeypatch, moment: dt.datetime) -> None:
    """The desk's clock for benefits: the moment it is now (in UTC)."""
    monkeypatch.setattr(service, "now_utc", lambda: moment)


@pytest.fixture
def client(desk):
    return desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value


def _purchase(desk, client, when: dt.datetime):
    return desk.purchases.record(
        client.id, [LineDraft("52,000", description="Solitaire ring")], purchased_at=when
    ).value


def test_a_purchase_gives_lifetime_cleaning_resizing_and_engraving(desk, network, client):
    # Bought at 01:30 on 31 August in Shanghai: 30 August in UTC. The six months run
    # from the Shanghai date, and end on the last day of February.
    bought = dt.datetime(2026, 8, 30, 17, 30, tzinfo=dt.UTC)
    purchase = _purchase(desk, client, bought)
    cleaning = desk.benefits.issue_from_purchase(purchase.id, "cleaning").value
    resizing = desk.benefits.issue_from_purchase(purchase.id, "resizing").value
    engraving = desk.benefits.issue_from_purchase(purchase.id, "engraving").value

    assert (cleaning.max_uses, cleaning.valid_until) == (None, None)
    assert resizing.valid_from == dt.date(2026, 8, 31)
    assert resizing.valid_until == dt.date(2027, 2, 28)
    assert resizing.max_uses == 1
    assert engraving.max_uses is None
    for benefit in (cleaning, resizing, engraving):
        assert benefit.purchase_id == purchase.id
        assert benefit.store_id == network.shanghai.id
        assert benefit.issued_by_id == network.advisor.id
        assert benefit.issued_at is not None
        assert benefit.source == "purchase"
    with pytest.raises(ValidationError) as refused:
        desk.benefits.issue_from_purchase(purchase.id, "resizing")
    assert refused.value.key == "benefit.already_issued"
    assert "六个月内免费改圈" in refused.value.message("zh_CN")
    with pytest.raises(ValidationError) as refused:
        desk.benefits.issue_from_purchase(purchase.id, "polishing")
    assert refused.value.field == "kind"


def test_lifetime_cleaning_is_used_again_and_again(desk, client):
    purchase = _purchase(desk, client, dt.datetime.now(dt.UTC) - dt.timedelta(days=400))
    cleaning = desk.benefits.issue_from_purchase(purchase.id, "cleaning").value
    for n in range(3):
        desk.benefits.redeem(cleaning.id, note=f"Cleaning {n}")
    view = desk.benefits.get(cleaning.id)
    assert [u.note for u in view.uses] == ["Cleaning 0", "Cleaning 1", "Cleaning 2"]
    assert view.usable and view.remaining is None


def test_a_voucher_is_issued_with_its_code_value_window_and_conditions(
    desk, network, client, monkeypatch
):
    _at(monkeypatch, dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.UTC))
    voucher = desk.benefits.issue_voucher(
        client.id,
        title="Spring voucher",
        title_zh="春季礼券",
        value="¥2,000",
        valid_until="2026-05-31",
        conditions="On a purchase of ¥20,000 or more.",
    ).value
    assert voucher.value == Decimal("2000.00") and voucher.currency == "CNY"
    assert voucher.valid_from == dt.date(2026, 5, 1)
    assert voucher.max_uses == 1
    assert voucher.code.startswith("V-SH01-")
    assert voucher.conditions == "On a purchase of ¥20,000 or more."
    # Found by its code as printed, in any case.
    assert desk.benefits.get(voucher.code.lower()).id == voucher.id

    typed = desk.benefits.issue_voucher(
        client.id, title="VIP", code=" vip 2026 ", valid_until=dt.date(2026, 6, 30), max_uses=""
    ).value
    assert typed.code == "VIP2026" and typed.max_uses is None and typed.value is None
    with pytest.raises(ValidationError) as refused:
        desk.benefits.issue_voucher(
            client.id, title="Again", code="VIP2026", valid_until="2026-06-30"
        )
    assert (refused.value.key, refused.value.field) == ("benefit.code_taken", "code")


@pytest.mark.parametrize(
    ("fields", "key", "field"),
    [
        ({"title": " "}, "benefit.title_required", "title"),
        ({"valid_until": None}, "benefit.until_required", "valid_until"),
        ({"valid_until": "2026-04-30"}, "benefit.until_past", "valid_until"),
        ({"valid_until": "31/05"}, "benefit.date", "valid_until"),
        ({"valid_from": "2026-06-10"}, "benefit.window", "valid_until"),
        ({"value": "abc"}, "money.invalid", "value"),
        ({"value": "0"}, "benefit.value", "value"),
        ({"value": "100", "currency": "XYZ"}, "money.currency", "currency"),
        ({"max_uses": "two"}, "benefit.max_uses", "max_uses"),
        ({"max_uses": 0}, "benefit.max_uses", "max_uses"),
        ({"code": "X" * 41}, "text.too_long", "code"),
    ],
)
def test_a_voucher_with_bad_terms_is_refused_and_nothing_is_written(
    desk, client, monkeypatch, fields, key, field
):
    _at(monkeypatch, dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.UTC))
    terms = {"title": "Spring voucher", "valid_until": "2026-05-31", "value": "2000"} | fields
    with pytest.raises(ValidationError) as refused:
        desk.benefits.issue_voucher(client.id, **terms)
    assert (refused.value.key, refused.value.field) == (key, field)
    for lang in ("en", "zh_CN", "zh_TW"):
        assert refused.value.message(lang) != key
    assert desk.benefits.for_client(client.id) == []


def test_a_single_use_voucher_is_used_once(desk, network, client, monkeypatch):
    _at(monkeypatch, dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.UTC))
    voucher = desk.benefits.issue_voucher(
        client.id, title="Spring voucher", title_zh="春季礼券", valid_until="2026-05-31"
    ).value
    use = desk.benefits.redeem(voucher.id, note="  Pearl studs  ").value
    assert (use.note, use.staff_id, use.store_id) == (
        "Pearl studs",
        network.advisor.id,
        network.shanghai.id,
    )
    with pytest.raises(ValidationError) as refused:
        desk.benefits.redeem(voucher.id)
    assert refused.value.key == "benefit.used_up"
    assert "Spring voucher has already been used" in refused.value.message("en")
    assert "春季礼券已经使用过" in refused.value.message("zh_CN")
    view = desk.benefits.get(voucher.id)
    assert view.standing is rules.Standing.USED_UP and view.remaining == 0
    assert len(view.uses) == 1


def test_validity_is_counted_in_the_store_time_zone(desk, network, client, monkeypatch):
    _at(monkeypatch, dt.datetime(2026, 5, 20, 2, 0, tzinfo=dt.UTC))
    voucher = desk.benefits.issue_voucher(
        client.id, title="Spring voucher", valid_from="2026-05-25", valid_until="2026-05-31"
    ).value
    with pytest.raises(ValidationError) as refused:
        desk.benefits.redeem(voucher.id)
    assert refused.value.key == "benefit.not_yet_valid"
    assert "2026-05-25" in refused.value.message("en")

    # 31 May, 23:30 in Shanghai (15:30 UTC): the last day.
    _at(monkeypatch, dt.datetime(2026, 5, 31, 15, 30, tzinfo=dt.UTC))
    assert desk.benefits.get(voucher.id).usable
    # 1 June, 00:30 in Shanghai, still 31 May in UTC: expired there.
    _at(monkeypatch, dt.datetime(2026, 5, 31, 16, 30, tzinfo=dt.UTC))
    with pytest.raises(ValidationError) as refused:
        desk.benefits.redeem(voucher.id)
    assert refused.value.key == "benefit.expired"
    assert desk.benefits.get(voucher.id).standing is rules.Standing.EXPIRED

    # A Paris store's voucher, the same moment (18:30 on 31 May there): still usable.
    with desk.store.sessions.begin() as s:
        s.get(m.Benefit, voucher.id).store_id = network.paris.id
    assert desk.benefits.get(voucher.id).usable
    desk.benefits.redeem(voucher.id)


def test_only_a_manager_withdraws_and_a_withdrawn_benefit_is_refused(desk, network, client):
    purchase = _purchase(desk, client, dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    resizing = desk.benefits.issue_from_purchase(purchase.id, "resizing").value
    assert not desk.benefits.may_withdraw()
    with pytest.raises(ValidationError) as refused:
        desk.benefits.withdraw(resizing.id)
    assert refused.value.key == "benefit.withdraw_not_allowed"
    assert desk.benefits.get(resizing.id).usable

    desk.act_as(network.manager.id)
    assert desk.benefits.may_withdraw()
    withdrawn = desk.benefits.withdraw(resizing.id, reason="Purchase returned").value
    assert withdrawn.expired_at is not None
    with pytest.raises(ValidationError) as refused:
        desk.benefits.withdraw(resizing.id)
    assert refused.value.key == "benefit.already_withdrawn"
    with pytest.raises(ValidationError) as refused:
        desk.benefits.redeem(resizing.id)
    assert refused.value.key == "benefit.withdrawn"
    assert desk.benefits.get(resizing.id).standing is rules.Standing.WITHDRAWN
    # Withdrawn, the same kind may be issued again for the purchase.
    desk.benefits.issue_from_purchase(purchase.id, "resizing")
    with desk.store.sessions() as s:
        entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.entity_id == resizing.id)).one()
        assert (entry.action, entry.detail["reason"]) == ("benefit_withdrawn", "Purchase returned")


def test_unknown_benefits_and_purchases_are_named(desk, client):
    with pytest.raises(NotFound) as missing:
        desk.benefits.redeem("NO-SUCH-CODE")
    assert missing.value.key == "benefit.not_found"
    with pytest.raises(ValidationError):
        desk.benefits.issue_from_purchase("not an id", "cleaning")
    with pytest.raises(NotFound):
        desk.benefits.issue_from_purchase("0" * 32, "cleaning")


def test_the_list_puts_usable_benefits_first(desk, network, client, monkeypatch):
    _at(monkeypatch, dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.UTC))
    used = desk.benefits.issue_voucher(client.id, title="Used", valid_until="2026-05-31").value
    desk.benefits.redeem(used.id)
    soon = desk.benefits.issue_voucher(client.id, title="Soon", valid_until="2026-05-10").value
    later = desk.benefits.issue_voucher(client.id, title="Later", valid_until="2026-07-10").value
    assert [v.id for v in desk.benefits.for_client(client.id)] == [soon.id, later.id, used.id]


def test_an_erased_client_has_no_benefit_issued_or_used(desk, network, client, monkeypatch):
    _at(monkeypatch, dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.UTC))
    voucher = desk.benefits.issue_voucher(
        client.id, title="Spring voucher", valid_until="2026-05-31", conditions="Only for Mrs Wang"
    ).value
    desk.benefits.redeem(voucher.id, note="Used for her daughter Lily's ring")
    desk.act_as(network.manager.id)
    desk.privacy.erase(client.id, "The client's written request")
    with desk.store.sessions() as s:
        kept = s.get(m.Benefit, voucher.id)
        assert kept.conditions == ""
        assert [u.note for u in s.scalars(select(m.BenefitUse))] == [""]
    with pytest.raises(ValidationError) as refused:
        desk.benefits.issue_voucher(client.id, title="Again", valid_until="2026-05-31")
    assert refused.value.key == "client.erased"


def test_months_are_added_as_calendars_do():
    assert rules.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert rules.add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert rules.add_months(dt.date(2026, 7, 15), 6) == dt.date(2027, 1, 15)
    assert rules.remaining(1, 2) == 0 and rules.remaining(None, 5) is None


def test_the_command_line_issues_redeems_and_withdraws(desk, network, client, capsys):
    import json

    from jeweldesk.__main__ import main

    folder = str(desk.path.parent)
    purchase = _purchase(desk, client, dt.datetime.now(dt.UTC) - dt.timedelta(days=10))
    desk.close()
    base = ["--data-dir", folder, "--json"]
    advisor = ["--as", "li.na@sh01.example"]

    assert (
        main(
            [
                "benefits",
                "issue",
                "--purchase",
                str(purchase.id),
                "--kind",
                "resizing",
                *base,
                *advisor,
            ]
        )
        == 0
    )
    resizing = json.loads(capsys.readouterr().out)
    assert (resizing["max_uses"], resizing["standing"]) == (1, "usable")
    assert (
        main(
            [
                "benefits",
                "issue",
                "--client",
                str(client.id),
                "--title",
                "Spring voucher",
                "--value",
                "¥2,000",
                "--valid-until",
                "2099-05-31",
                "--code",
                "SPRING-01",
                *base,
                *advisor,
            ]
        )
        == 0
    )
    voucher = json.loads(capsys.readouterr().out)
    assert (voucher["code"], voucher["value"], voucher["currency"]) == (
        "SPRING-01",
        "2000.00",
        "CNY",
    )

    assert main(["benefits", "redeem", "spring-01", "--note", "Pearl studs", *base, *advisor]) == 0
    used = json.loads(capsys.readouterr().out)
    assert used["remaining"] == 0 and used["note"] == "Pearl studs"

    # Redeemed again: refused with the app's message, exit 2, nothing written.
    assert (
        main(["benefits", "redeem", "SPRING-01", "--data-dir", folder, *advisor, "--lang", "zh_TW"])
        == 2
    )
    assert "已經使用過" in capsys.readouterr().err
    assert main(["benefits", "redeem", "SPRING-01", *base, *advisor]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "benefit.used_up"

    # An advisor may not withdraw; the manager may.
    assert main(["benefits", "withdraw", resizing["id"], *base, *advisor]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "benefit.withdraw_not_allowed"
    assert (
        main(["benefits", "withdraw", resizing["id"], *base, "--as", "chen.hua@sh01.example"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["standing"] == "withdrawn"

    assert main(["benefits", "issue", *base, *advisor]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "benefit.issue_what"
    assert (
        main(
            [
                "benefits",
                "issue",
                "--client",
                str(client.id),
                "--title",
                "X",
                "--valid-until",
                "abc",
                *base,
            ]
        )
        == 2
    )
    assert json.loads(capsys.readouterr().out)["error"] == "benefit.date"

    assert main(["benefits", "list", str(client.id), *base]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["standing"] for b in listed] == ["used_up", "withdrawn"]
    assert main(["benefits", "list", str(client.id), "--data-dir", folder]) == 0
    assert "SPRING-01  Spring voucher until 2099-05-31  0 left  used_up" in capsys.readouterr().out


def _expiring(desk, advisor_id, now) -> list:
    return [a for a in desk.actions.today(advisor_id, now=now) if a.kind == "benefit_expiring"]


def test_the_expiring_benefit_action_reads_uses_and_withdrawals(desk, network, client):
    """'Benefit expiring within 30 days' is proposed from the real rows: it goes when
    the voucher is used, and is never proposed for a withdrawn one."""
    desk.books.add(network.advisor.id, client.id)
    now = dt.datetime.now(dt.UTC)
    until = (now + dt.timedelta(days=10)).date()
    used = desk.benefits.issue_voucher(client.id, title="Spring voucher", valid_until=until).value
    withdrawn = desk.benefits.issue_voucher(
        client.id, title="Autumn voucher", valid_until=until
    ).value
    reasons = " ".join(a.reason for a in _expiring(desk, network.advisor.id, now))
    assert "Spring voucher" in reasons and "Autumn voucher" in reasons

    desk.benefits.redeem(used.id)
    desk.act_as(network.manager.id)
    desk.benefits.withdraw(withdrawn.id)
    desk.act_as(network.advisor.id)
    later = now + dt.timedelta(minutes=1)
    assert _expiring(desk, network.advisor.id, later) == []

    # A benefit used past its limit on two devices counts as used, not as "-1 left".
    again = desk.benefits.issue_voucher(client.id, title="Gift voucher", valid_until=until).value
    with desk.store.sessions.begin() as s:
        for _ in range(2):
            s.add(m.BenefitUse(benefit_id=again.id, used_at=now))
    assert _expiring(desk, network.advisor.id, later + dt.timedelta(minutes=1)) == []


def test_resizing_is_not_given_once_its_six_months_have_passed(desk, client):
    old = _purchase(desk, client, dt.datetime.now(dt.UTC) - dt.timedelta(days=200))
    with pytest.raises(ValidationError) as refused:
        desk.benefits.issue_from_purchase(old.id, "resizing")
    assert (refused.value.key, refused.value.field) == ("benefit.window_passed", "purchase_id")
    assert "Free resizing within six months" in refused.value.message("en")
    # Lifetime cleaning has no end: still given.
    assert desk.benefits.issue_from_purchase(old.id, "cleaning").value.valid_until is None
