"""Service-recovery cases on one device: every step and its refusals, who sees the
sensitive note (and that reading someone else's is audited), the SLA clock against an
injected clock, the manager's list, and erasure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from jeweldesk.domain.cases import SlaStep, sla_clock
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.vocab import CaseStatus
from jeweldesk.storage import models as m

T0 = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
SECRET = "Client mentioned a lawyer; handle with the manager only"


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


@pytest.fixture
def clock(network) -> Clock:
    c = Clock(T0)
    network.desk.cases.now = c
    return c


@pytest.fixture
def client_id(network):
    return network.desk.clients.create(family_name="Wang", given_name="Xinyu").value.id


def _refused(call, key: str, field: str | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.key == key
    if field is not None:
        assert caught.value.field == field
    for lang in ("en", "zh_CN", "zh_TW"):
        assert caught.value.message(lang) != key  # in the catalogue, in every language
    return caught.value


def test_a_case_is_opened_responded_resolved_followed_up_and_closed(
    network, clock, client_id
) -> None:
    desk = network.desk
    case = desk.cases.open(
        client_id, "  Clasp broke a week after purchase ", channel="WeChat", severity="High"
    ).value
    assert case.status is CaseStatus.OPEN
    assert (case.complaint, str(case.channel), case.severity) == (
        "Clasp broke a week after purchase",
        "wechat",
        "high",
    )
    assert case.opened_at == T0 and case.opened_by_id == network.advisor.id
    assert case.store_id == network.shanghai.id

    clock.advance(minutes=40)
    responded = desk.cases.respond(
        case.id,
        apology="Apologised on the phone",
        gesture="Complimentary cleaning",
        gesture_value="¥1,200",
        manager_id=network.manager.id,
    ).value
    assert responded.status is CaseStatus.RESPONDED
    assert responded.first_response_at == T0 + dt.timedelta(minutes=40)
    assert (responded.gesture_value, responded.gesture_currency) == (Decimal("1200.00"), "CNY")
    assert responded.manager_id == network.manager.id

    clock.advance(hours=1)
    again = desk.cases.respond(case.id, apology="Apologised in person too").value
    assert again.first_response_at == T0 + dt.timedelta(minutes=40)  # the first is kept
    assert again.gesture == "Complimentary cleaning"  # what was not given stays

    clock.advance(hours=3)
    resolved = desk.cases.resolve(
        case.id, "Clasp replaced free of charge", follow_up_due=dt.date(2026, 12, 14)
    ).value
    assert resolved.status is CaseStatus.RESOLVED
    assert resolved.resolved_at == clock.at and resolved.follow_up_due == dt.date(2026, 12, 14)
    assert desk.cases.sla(resolved).met

    # Closing waits for the follow-up check, and is the manager's.
    desk.act_as(network.manager.id)
    _refused(lambda: desk.cases.close(case.id), "case.follow_up_pending")
    desk.act_as(network.advisor.id)
    clock.advance(days=7)
    checked = desk.cases.follow_up(case.id, "Happy with the new clasp").value
    assert checked.follow_up_done_at == clock.at and checked.follow_up_note
    _refused(lambda: desk.cases.close(case.id), "case.managers_only")
    desk.act_as(network.manager.id)
    assert desk.cases.close(case.id).value.status is CaseStatus.CLOSED


def test_every_bad_input_is_refused_and_nothing_is_written(network, clock, client_id) -> None:
    desk = network.desk
    _refused(lambda: desk.cases.open(client_id, "   "), "case.complaint_required", "complaint")
    _refused(lambda: desk.cases.open(client_id, "Late", severity="urgent"), "case.severity")
    _refused(lambda: desk.cases.open(client_id, "Late", channel="fax"), "case.channel")
    case = desk.cases.open(client_id, "Engraving misspelt").value
    _refused(
        lambda: desk.cases.respond(case.id, gesture="Voucher", gesture_value="abc"),
        "money.invalid",
        "gesture_value",
    )
    _refused(
        lambda: desk.cases.respond(case.id, gesture_value="500"), "case.gesture_required", "gesture"
    )
    refused = _refused(
        lambda: desk.cases.respond(case.id, manager_id=network.advisor2.id),
        "case.not_a_manager",
        "manager_id",
    )
    assert "Zhou Jie" in refused.message("en")
    with pytest.raises(NotFound):
        desk.cases.respond(case.id, manager_id="nobody@sh01.example")
    _refused(lambda: desk.cases.resolve(case.id, " "), "case.resolution_required", "resolution")
    _refused(
        lambda: desk.cases.resolve(case.id, "Re-engraved", follow_up_due=dt.date(2026, 12, 6)),
        "case.follow_up_past",
        "follow_up_due",
    )
    _refused(lambda: desk.cases.follow_up(case.id, "Too early"), "case.follow_up_early")
    _refused(lambda: desk.cases.reopen(case.id, "Why"), "case.not_reopenable")
    # Nothing of the refused steps was saved.
    still = desk.cases.get(case.id).case
    assert still.status is CaseStatus.OPEN and still.first_response_at is None
    assert (still.gesture, still.gesture_value, still.manager_id) == ("", None, None)
    with pytest.raises(NotFound):
        desk.cases.get("0190a9b4-0000-7000-8000-000000000000")


def test_today_in_the_store_is_a_valid_follow_up_day(network, clock, client_id) -> None:
    desk = network.desk
    clock.at = dt.datetime(2026, 12, 7, 17, 0, tzinfo=dt.UTC)  # 01:00 on the 8th in Shanghai
    case = desk.cases.open(client_id, "Wrong size sent").value
    _refused(
        lambda: desk.cases.resolve(case.id, "Resized", follow_up_due="2026-12-07"),
        "case.follow_up_past",
    )
    done = desk.cases.resolve(case.id, "Resized", follow_up_due="2026-12-08").value
    assert done.follow_up_due == dt.date(2026, 12, 8)
    _refused(lambda: desk.cases.plan_follow_up(case.id, "next week"), "case.follow_up_date")


def test_a_resolved_or_closed_case_reopens_only_with_a_reason(network, clock, client_id) -> None:
    desk = network.desk
    case = desk.cases.open(client_id, "Stone loose").value
    desk.cases.resolve(case.id, "Stone reset")
    _refused(lambda: desk.cases.respond(case.id, apology="Sorry again"), "case.not_working")
    _refused(lambda: desk.cases.reopen(case.id, "  "), "case.reopen_reason_required")
    desk.act_as(network.manager.id)
    desk.cases.close(case.id)  # no follow-up planned: it may close at once
    _refused(lambda: desk.cases.plan_follow_up(case.id, "2026-12-20"), "case.closed")
    _refused(lambda: desk.cases.reopen(case.id, ""), "case.reopen_reason_required")
    reopened = desk.cases.reopen(case.id, "The stone came loose again").value
    assert reopened.status is CaseStatus.RESPONDED  # its first response stands
    assert reopened.reopen_reason == "The stone came loose again"
    assert reopened.resolved_at is None and reopened.resolution == "Stone reset"


def test_the_sla_clock_counts_down_and_turns_overdue(network, clock, client_id) -> None:
    desk = network.desk
    case = desk.cases.open(client_id, "Waited an hour at the counter").value
    clock.advance(minutes=90)
    sla = desk.cases.get(case.id).sla
    assert (sla.step, sla.left, sla.overdue) == (SlaStep.RESPOND, dt.timedelta(minutes=30), False)
    clock.advance(minutes=45)
    sla = desk.cases.get(case.id).sla
    assert sla.overdue and sla.left == -dt.timedelta(minutes=15)
    assert sla.responded_in_time is False
    desk.cases.respond(case.id, apology="Called back")
    sla = desk.cases.get(case.id).sla
    assert sla.step is SlaStep.RESOLVE and sla.due_at == T0 + dt.timedelta(hours=24)
    assert sla.left == dt.timedelta(hours=24) - dt.timedelta(minutes=135)
    clock.advance(hours=23)
    resolved = desk.cases.resolve(case.id, "Private appointment offered").value
    done = desk.cases.sla(resolved)
    assert done.step is SlaStep.DONE and not done.overdue
    assert done.resolved_in_time is False and not done.met
    # A case resolved at once: its resolution was its first response.
    fast = sla_clock(T0, None, T0 + dt.timedelta(hours=1), T0 + dt.timedelta(days=3))
    assert fast.met and fast.left == dt.timedelta(hours=23)


def test_the_sensitive_note_is_seen_by_its_author_and_managers_and_audited(
    network, clock, client_id
) -> None:
    desk = network.desk
    case = desk.cases.open(client_id, "Unhappy with the appraisal", sensitive_note=SECRET).value
    assert desk.cases.get(case.id).case.sensitive_note == SECRET  # the author
    assert desk.clients.profile(client_id).service_cases[0].sensitive_note == SECRET

    desk.act_as(network.advisor2.id)
    seen = desk.cases.get(case.id)
    assert seen.case.sensitive_note == "" and seen.sensitive_withheld and seen.has_sensitive_note
    assert desk.clients.profile(client_id).service_cases[0].sensitive_note == ""
    assert [v.case.sensitive_note for v in desk.cases.for_client(client_id)] == [""]
    _refused(
        lambda: desk.cases.respond(case.id, sensitive_note="Rewritten"),
        "case.sensitive_not_author",
        "sensitive_note",
    )
    desk.cases.respond(case.id, apology="Apologised", sensitive_note="")  # left as it was
    with desk.store.sessions() as s:
        assert s.get(m.ServiceCase, case.id).sensitive_note == SECRET
        audited = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "read_case_sensitive_note")
        ).all()
    assert audited == []  # nobody but the author has read it yet

    desk.act_as(network.manager.id)
    assert desk.cases.get(case.id).case.sensitive_note == SECRET
    # The profile never carries someone else's: the case's own read is the audited one.
    assert desk.clients.profile(client_id).service_cases[0].sensitive_note == ""
    with desk.store.sessions() as s:
        audited = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "read_case_sensitive_note")
        ).all()
    assert [(a.staff_id, a.entity_id) for a in audited] == [(network.manager.id, case.id)]
    # The manager's list shows that a case is there, never its note.
    assert [v.case.sensitive_note for v in desk.cases.open_cases()] == [""]


def test_the_managers_list_is_for_managers_and_sorted_by_sla(network, clock, client_id) -> None:
    desk = network.desk
    other = desk.clients.create(family_name="Zhang", given_name="Min").value.id
    first = desk.cases.open(client_id, "Oldest, not answered").value
    clock.advance(minutes=30)
    second = desk.cases.open(other, "Answered, resolution due").value
    desk.cases.respond(second.id, apology="Sorry")
    clock.advance(minutes=10)
    third = desk.cases.open(other, "Newest, not answered").value
    done = desk.cases.open(other, "Already resolved").value
    desk.cases.resolve(done.id, "Refunded")
    _refused(desk.cases.open_cases, "case.managers_only")
    desk.act_as(network.manager.id)
    clock.advance(hours=3)  # the two unanswered are overdue, the oldest the longest
    listed = desk.cases.open_cases()
    assert [v.id for v in listed] == [first.id, third.id, second.id]
    assert [v.sla.overdue for v in listed] == [True, True, False]
    assert listed[0].client_name and listed[0].opened_by_name == "Li Na"
    assert [name for _id, name in desk.cases.managers()] == ["Chen Hua"]


def test_an_erased_clients_cases_keep_no_personal_text(network, clock, client_id) -> None:
    desk = network.desk
    case = desk.cases.open(client_id, "Complaint about staff", sensitive_note=SECRET).value
    desk.cases.resolve(case.id, "Apology letter sent")
    desk.cases.reopen(case.id, "Client called again about the same advisor")
    desk.cases.resolve(case.id, "Met the manager")
    desk.cases.follow_up(case.id, "Client satisfied, said so in writing")
    desk.act_as(network.manager.id)
    desk.privacy.erase(client_id, "client's written request")
    with desk.store.sessions() as s:
        row = s.get(m.ServiceCase, case.id)
        assert (row.complaint, row.sensitive_note, row.reopen_reason, row.follow_up_note) == (
            "",
            "",
            "",
            "",
        )
        assert row.resolved_at is not None  # the house's record of the case stays
    _refused(lambda: desk.cases.reopen(case.id, "again"), "client.erased")


def test_the_command_line_opens_responds_resolves_and_reopens(network, client_id, capsys) -> None:
    import json

    from jeweldesk.__main__ import main

    desk = network.desk
    folder = str(desk.path.parent)
    desk.close()
    common = ["--data-dir", folder, "--as", "li.na@sh01.example", "--json"]

    def run(*args: str) -> tuple[int, dict]:
        code = main([*args, *common])
        out = capsys.readouterr().out.strip().splitlines()
        return code, json.loads(out[-1]) if out else {}

    code, opened = run(
        "cases", "open", client_id.hex, "--complaint", "Clasp broke", "--channel", "wechat"
    )
    assert code == 0 and opened["status"] == "open" and opened["sla"]["step"] == "respond"
    case = opened["id"]
    code, refused = run("cases", "respond", case, "--gesture", "Voucher", "--gesture-value", "abc")
    assert code == 2 and refused["error"] == "money.invalid"
    code, refused = run("cases", "respond", case, "--manager", "zhou.jie@sh01.example")
    assert code == 2 and refused["error"] == "case.not_a_manager"
    code, done = run(
        "cases", "respond", case, "--apology", "Sorry", "--manager", "chen.hua@sh01.example"
    )
    assert code == 0 and done["status"] == "responded" and done["gesture_value"] is None
    code, refused = run(
        "cases", "resolve", case, "--resolution", "Fixed", "--follow-up", "2000-01-01"
    )
    assert code == 2 and refused["error"] == "case.follow_up_past"
    code, done = run("cases", "resolve", case, "--resolution", "Clasp replaced")
    assert code == 0 and done["status"] == "resolved" and done["sla"]["step"] == "done"
    code, refused = run("cases", "reopen", case)
    assert code == 2 and refused["error"] == "case.reopen_reason_required"
    code, done = run("cases", "reopen", case, "--reason", "Broke again")
    assert code == 0 and done["status"] == "responded" and done["reopen_reason"] == "Broke again"
    code, _ = run("cases", "list")
    assert code == 2  # an advisor has no store list
    assert (
        main(["cases", "list", "--data-dir", folder, "--as", "chen.hua@sh01.example", "--json"])
        == 0
    )
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in listed] == [case]
    # In Chinese, for people.
    assert main(["cases", "reopen", case, "--data-dir", folder, "--lang", "zh_CN"]) == 2
    assert "重新打开" in capsys.readouterr().err
