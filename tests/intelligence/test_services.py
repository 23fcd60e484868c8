"""Actions, standings, handover and KPIs through the services, on a real SQLite store."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from jeweldesk.__main__ import main
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.timezones import store_today
from jeweldesk.services.possessions import LineDraft
from jeweldesk.storage import models as m
from tests.intelligence.helpers import add, ago


def _client(desk, name, **kw):
    return desk.clients.create(
        name_local=name,
        phones=[f"138 1234 56{len(name) + 10:02d}"],
        preferred_channel="wechat",
        language="zh_CN",
        **kw,
    ).value


def _buy(desk, client, amount, when, store=None):
    return desk.purchases.record(
        client.id,
        [LineDraft(description="Ring", unit_price=Decimal(amount))],
        purchased_at=when,
        add_to_box=False,
    ).value


def _consent(client, granted=True):
    return m.Consent(
        client_id=client.id,
        purpose="marketing",
        channel=None,
        granted=granted,
        recorded_at=ago(100),
    )


def test_a_purchase_recomputes_that_clients_standing(network):
    desk = network.desk
    c = _client(desk, "王美玲")
    _buy(desk, c, "10000", ago(200))
    standing = desk.segments.cached([c.id])[c.id]
    assert (standing.segment, standing.spend_12m) == ("potential", Decimal("1380.00"))
    _buy(desk, c, "40000", ago(1))
    assert desk.segments.cached([c.id])[c.id].segment == "core"
    assert desk.clients.get(c.id).segment == "core"  # the list and search show it
    with desk.store.sessions() as s:
        moves = s.execute(select(m.SegmentChange.from_segment, m.SegmentChange.to_segment)).all()
    assert moves == [("potential", "core")]


def test_head_office_rules_change_the_segment(network):
    desk = network.desk
    c = _client(desk, "王美玲")
    _buy(desk, c, "10000", ago(5))
    desk.segments.set_rule("floors", {"vic": 50000, "core": 1000, "potential": 500})
    assert desk.segments.standing(c.id).segment == "core"


def test_generation_is_idempotent_and_outcomes_stick(network):
    desk = network.desk
    c = _client(desk, "王美玲", contact_hours=(dt.time(10), dt.time(19)))
    add(desk, _consent(c))
    desk.books.add(network.advisor.id, c.id)
    _buy(desk, c, "5000", ago(0.1))
    desk.wishlist.add(c.id, piece_id=network.ring.id)
    first = desk.actions.generate(network.advisor.id).value
    assert first >= 2 and desk.actions.generate(network.advisor.id).value == 0
    day = desk.actions.today(network.advisor.id, lang="en")
    assert [v.kind for v in day][:2] == ["thank_you", "in_stock"]
    assert day[0].priority >= day[1].priority and day[0].reason.startswith("Wang Meiling bought on")
    assert day[0].draft.startswith("王美玲您好") and "李娜" in day[0].draft
    assert desk.actions.draft(day[1].id, "en").startswith(
        "Dear Wang Meiling, good news: Étoile solitaire ring"
    )
    assert day[0].contact_from is not None
    desk.actions.done(day[0].id, note="sent on WeChat")
    desk.actions.snooze(day[1].id, store_today("Asia/Shanghai") + dt.timedelta(days=3))
    with pytest.raises(ValidationError):
        desk.actions.snooze(day[1].id, store_today("Asia/Shanghai") - dt.timedelta(days=1))
    assert (
        desk.actions.generate(network.advisor.id).value == 0
    )  # done and snoozed are not re-proposed
    left = {v.kind for v in desk.actions.today(network.advisor.id)}
    assert "thank_you" not in left and "in_stock" not in left
    back = desk.actions.today(
        network.advisor.id, day=store_today("Asia/Shanghai") + dt.timedelta(days=3)
    )
    assert "in_stock" in {v.kind for v in back}


def test_no_marketing_without_consent_end_to_end(network):
    desk = network.desk
    c = _client(desk, "李先生")
    desk.books.add(network.advisor.id, c.id)
    desk.wishlist.add(c.id, piece_id=network.ring.id)  # in stock: would be marketing
    _buy(desk, c, "800", ago(0.1))
    assert [v.kind for v in desk.actions.today(network.advisor.id)] == ["thank_you"]


def test_handover_moves_the_book_with_its_tasks(network):
    desk = network.desk
    clients = [_client(desk, n) for n in ("王美玲", "李先生", "陈小姐")]
    for c in clients:
        add(desk, _consent(c))
        desk.books.add(network.advisor.id, c.id, development_plan="Bridal next spring")
        _buy(desk, c, "5000", ago(0.1))
    desk.notes.add(clients[0].id, "Going through a divorce", sensitive=True)
    desk.actions.generate(network.advisor.id)
    with pytest.raises(ValidationError):  # an advisor cannot hand over books
        desk.handover.hand_over_book(network.advisor.id, network.advisor2.id)
    desk.act_as(network.manager.id)
    result = desk.handover.hand_over_book(
        network.advisor.id, network.advisor2.id, note="Li Na moves to Paris"
    )
    assert result.value.tasks_moved == 3 and result.value.sensitive_notes == 1
    assert any(n.key == "handover.sensitive_withheld" for n in result.notices)
    assert desk.books.book(network.advisor.id) == []
    moved = desk.books.book(network.advisor2.id)
    assert len(moved) == 3 and {r.development_plan for r in moved} == {"Bridal next spring"}
    new_day = {v.kind for v in desk.actions.today(network.advisor2.id, generate=False)}
    assert {"thank_you", "handover_first_contact"} <= new_day
    old_day = desk.actions.today(network.advisor.id, generate=False)
    assert [v.kind for v in old_day] == ["handover_farewell"] * 3
    assert "Zhou Jie" in old_day[0].reason and "周杰" in old_day[0].draft
    with pytest.raises(ValidationError):  # nobody is left without an advisor: the book is empty now
        desk.handover.hand_over_book(network.advisor.id, network.advisor2.id)
    view = {b.name: b for b in desk.handover.store_books("SH01")}
    assert view["Zhou Jie"].status.count == 3 and view["Li Na"].status.count == 0


def test_kpis_match_a_hand_check(network):
    """Three clients in Li Na's book; each figure below is counted by hand."""
    desk = network.desk
    a, b, c = (_client(desk, n) for n in ("王美玲", "李先生", "陈小姐"))
    for x in (a, b, c):
        desk.books.add(network.advisor.id, x.id)
    _buy(desk, a, "10000", ago(200))  # potential…
    _buy(desk, a, "40000", ago(10))  # …then core: one movement; a returning buyer
    _buy(desk, b, "3000", ago(3))  # first purchase
    sh, li = network.shanghai.id, network.advisor.id
    event = m.Event(
        store_id=sh, title="Étoile launch", kind="launch", starts_at=ago(12), ends_at=ago(11.9)
    )
    add(desk, event)
    add(
        desk,
        m.Interaction(client_id=a.id, kind="visit", occurred_at=ago(5)),
        m.Interaction(client_id=c.id, kind="call", occurred_at=ago(45)),
        m.Appointment(
            store_id=sh,
            client_id=b.id,
            advisor_id=li,
            kind="private_viewing",
            status="completed",
            source="in_store",
            starts_at=ago(8),
            ends_at=ago(7.9),
        ),
        m.Appointment(
            store_id=sh,
            client_id=c.id,
            advisor_id=li,
            kind="bridal",
            status="completed",
            source="in_store",
            starts_at=ago(5),
            ends_at=ago(4.9),
        ),
        m.ServiceCase(
            client_id=a.id,
            store_id=sh,
            status="resolved",
            opened_at=ago(3),
            complaint="Scratched clasp",
            first_response_at=ago(3) + dt.timedelta(hours=1),
            resolved_at=ago(3) + dt.timedelta(hours=30),
        ),
        m.Invitation(
            event_id=event.id, client_id=a.id, invited_at=ago(30), rsvp="accepted", attended=True
        ),
        m.Invitation(
            event_id=event.id, client_id=b.id, invited_at=ago(30), rsvp="accepted", attended=False
        ),
        m.Invitation(event_id=event.id, client_id=c.id, invited_at=ago(30), rsvp="declined"),
        m.Benefit(
            client_id=b.id,
            source="campaign",
            title="Voucher",
            valid_until=store_today("Asia/Shanghai") - dt.timedelta(days=2),
        ),
        m.ImportantDate(client_id=a.id, kind="birthday", month=5, day=4, lead_days=14),
        m.Preference(
            client_id=a.id,
            category="stone",
            value="diamond",
            sentiment="loves",
            recorded_at=ago(50),
        ),
        m.RingSize(
            client_id=a.id,
            hand="left",
            finger="ring",
            system="cn_hk",
            size="12",
            recorded_at=ago(50),
        ),
        _consent(a),
    )
    perk = m.Benefit(
        client_id=a.id,
        source="purchase",
        title="Free resizing",
        valid_until=store_today("Asia/Shanghai") - dt.timedelta(days=5),
    )
    add(desk, perk)
    add(desk, m.BenefitUse(benefit_id=perk.id, used_at=ago(20)))
    today = store_today("Asia/Shanghai")
    for i, due in enumerate((today, today - dt.timedelta(days=1), today, today)):
        add(
            desk,
            m.NextBestAction(
                id=None,
                action_key=f"test:{i}",
                client_id=a.id,
                advisor_id=li,
                store_id=sh,
                kind="check_in",
                due_on=due,
                created_at=ago(2),
                status="open",
                params={},
            ),
        )
    with desk.store.sessions() as s:
        ids = s.scalars(select(m.NextBestAction.id).order_by(m.NextBestAction.action_key)).all()
    desk.actions.done(ids[0])  # on time
    desk.actions.done(ids[1])  # a day late
    desk.actions.not_relevant(ids[3])  # set aside: not counted
    k = desk.kpis.for_store("SH01")
    expected = {
        "coverage": (1, 3),
        "execution": (1, 3),
        "completeness": (1, 3),
        "appointment_conversion": (1, 2),
        "repurchase": (1, 2),
        "first_response_sla": (1, 1),
        "resolution_sla": (0, 1),
        "benefit_redemption": (1, 1),
        "voucher_redemption": (0, 1),
    }
    assert {n: (getattr(k, n).numerator, getattr(k, n).denominator) for n in expected} == expected
    assert k.coverage.value == Decimal("33.3")
    assert k.funnel == {"invited": 3, "accepted": 2, "attended": 1, "purchased": 1}
    assert k.segment_movements == {"potential→core": 1}
    assert desk.kpis.for_advisor(network.advisor.id).as_dict()["execution"]["percent"] == "33.3"


def test_store_kpis_ask_the_same_queries_for_any_number_of_clients(network):
    """A store's figures cost a fixed number of queries: the record-completeness
    check once asked its six queries again for every client (a 1,000-client demo
    store took almost two minutes)."""
    from sqlalchemy import event

    desk = network.desk
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    def queries_for_store() -> int:
        statements.clear()
        event.listen(desk.store.engine, "before_cursor_execute", count)
        try:
            desk.kpis.for_store("SH01")
        finally:
            event.remove(desk.store.engine, "before_cursor_execute", count)
        return len(statements)

    for n in range(2):
        _client(desk, f"客户{n}")
    few = queries_for_store()
    for n in range(2, 12):
        _client(desk, f"客户{n}")
    assert queries_for_store() == few


def test_cli_prints_actions_and_kpis_as_json(network, capsys):
    desk = network.desk
    c = _client(desk, "王美玲")
    add(desk, _consent(c))
    desk.books.add(network.advisor.id, c.id)
    _buy(desk, c, "5000", ago(0.1))
    folder = str(desk.path.parent)
    desk.close()
    assert main(["actions", "--data-dir", folder, "--advisor", "li.na@sh01.example", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (
        rows[0]["kind"] == "thank_you"
        and rows[0]["rank"] == 1
        and rows[0]["draft_language"] == "zh_CN"
    )
    # Named as the client list names them, so two clients greeted alike read apart.
    assert (rows[0]["client"], rows[0]["greeting"]) == ("Wang Meiling 王美玲", "Wang Meiling")
    assert main(["kpis", "--data-dir", folder, "--store", "SH01", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["clients"] == 1 and figures["repurchase"] == {
        "numerator": 0,
        "denominator": 1,
        "percent": "0.0",
    }
    assert main(["kpis", "--data-dir", folder, "--store", "XX99", "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "kpi.store_unknown"


def test_clients_greeted_alike_are_named_apart_and_still_greeted(network):
    desk = network.desk
    xinyu = _client(desk, "王馨雨", greeting_name="王女士")
    meiling = desk.clients.create(
        name_local="王美玲",
        greeting_name="王女士",
        phones=["139 8765 4321"],
        preferred_channel="wechat",
        language="zh_CN",
    ).value
    for c in (xinyu, meiling):
        desk.books.add(network.advisor.id, c.id)
        _buy(desk, c, "5000", ago(0.1))
    shown = {
        "Wang Xinyu 王馨雨",
        "Wang Meiling 王美玲",
    }  # as the client list names them, in either language
    for lang in ("en", "zh_CN"):
        day = [
            v for v in desk.actions.today(network.advisor.id, lang=lang) if v.kind == "thank_you"
        ]
        assert {v.client_display_name for v in day} == shown, lang  # two clients, two names
        assert [v.client_name for v in day] == ["王女士", "王女士"]  # how the advisor greets them
        for v in day:
            assert v.reason.startswith("王女士"), (lang, v.reason)
            assert v.draft.startswith("王女士您好"), v.draft
            assert {xinyu.id: "王馨雨", meiling.id: "王美玲"}[v.client_id] in v.client_display_name
        # Ties in rank are read in the order of the names shown.
        assert [v.client_display_name for v in day] == sorted(shown)
