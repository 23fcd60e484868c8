"""desk.consent: a decision per purpose and channel, how it was given and by whom, the
whole history, the audit, and the advisor's marketing actions following it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from jeweldesk.domain.errors import ValidationError
from jeweldesk.storage import models as m

SIGNED = "M12.0 40.0 L30.5 22.0 L48.0 41.5 M60.0 30.0 L90.0 30.0"


def _client(network, *, days_old: int = 90, handles=None):
    desk = network.desk
    made = desk.clients.create(
        family_name="Wang",
        given_name="Xinyu",
        name_local="王馨雨",
        title="Ms",
        language="zh_CN",
        preferred_channel="wechat",
        phones=["+86 138 0013 8000"],
        handles=handles if handles is not None else {"wechat": "wxy_1988"},
    ).value
    desk.books.add(network.advisor.id, made.id)
    with desk.store.sessions.begin() as s:  # a client of long standing, not heard from
        s.execute(
            update(m.Client)
            .where(m.Client.id == made.id)
            .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days_old))
        )
    return made


def _marketing(desk, me, client_id):
    return [a for a in desk.actions.today(me) if a.client_id == client_id and a.kind == "check_in"]


def _rows(desk, model) -> int:
    with desk.store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_spoken_grant_is_recorded_with_who_when_and_how_and_audited(network):
    desk = network.desk
    client = _client(network)
    written = desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    c = written.value
    assert (c.purpose, c.channel, c.granted, c.method) == ("marketing", "wechat", True, "spoken")
    assert c.recorded_by_id == network.advisor.id
    assert abs((c.recorded_at - dt.datetime.now(dt.UTC)).total_seconds()) < 60
    assert "consents" in written.changes.tables
    with desk.store.sessions() as s:
        (entry,) = s.scalars(select(m.AuditEntry).where(m.AuditEntry.entity_id == c.id)).all()
    assert entry.action == "consent_granted" and entry.staff_id == network.advisor.id
    assert entry.detail == {
        "client_id": str(client.id),
        "purpose": "marketing",
        "channel": "wechat",
        "method": "spoken",
    }
    withdrawn = desk.consent.withdraw(client.id, "marketing", channel="wechat", method="spoken")
    with desk.store.sessions() as s:
        actions = s.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.entity == "consents")
        ).all()
    assert sorted(actions) == ["consent_granted", "consent_withdrawn"]
    # The whole history, newest first; the latest per purpose and channel is in force.
    history = desk.consent.history(client.id)
    assert [h.id for h in history] == [withdrawn.value.id, c.id]
    (in_force,) = desk.consent.in_force(client.id)
    assert in_force.id == withdrawn.value.id and not in_force.granted


def test_a_paper_form_needs_its_number_and_a_signature_needs_to_be_drawn(network):
    desk = network.desk
    client = _client(network)
    cases = [
        (dict(method="paper_form"), "consent.form_number_required", "proof"),
        (dict(method="paper_form", proof="   "), "consent.form_number_required", "proof"),
        (dict(method="signature"), "consent.signature_required", "signature_svg"),
        (
            dict(method="signature", signature_svg=" "),
            "consent.signature_required",
            "signature_svg",
        ),
        (
            dict(method="signature", signature_svg="<script>alert(1)</script>"),
            "consent.signature_invalid",
            "signature_svg",
        ),
        (dict(method="telepathy"), "consent.method", "method"),
        (dict(method="spoken", channel="pigeon"), "choice.invalid", "channel"),
        (
            dict(method="spoken", recorded_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1)),
            "consent.future",
            "recorded_at",
        ),
    ]
    before = _rows(desk, m.Consent), _rows(desk, m.AuditEntry)
    for how, key, field in cases:
        with pytest.raises(ValidationError) as refused:
            desk.consent.grant(client.id, "marketing", **how)
        assert (refused.value.key, refused.value.field) == (key, field), how
        for lang in ("en", "zh_CN", "zh_TW"):
            assert refused.value.message(lang) and "{" not in refused.value.message(lang)
    with pytest.raises(ValidationError) as purpose:
        desk.consent.grant(client.id, "astrology", method="spoken")
    assert purpose.value.key == "consent.purpose"
    assert (_rows(desk, m.Consent), _rows(desk, m.AuditEntry)) == before  # nothing half-written

    form = desk.consent.grant(client.id, "profiling", method="paper_form", proof=" F-2026-0114 ")
    assert form.value.proof == "F-2026-0114" and form.value.channel is None
    signed = desk.consent.grant(
        client.id, "cross_border", method="signature", signature_svg=SIGNED
    ).value
    assert signed.signature_svg == SIGNED and signed.method == "signature"
    # A signature is kept only as the proof of a signed decision.
    spoken = desk.consent.grant(client.id, "service", method="spoken", signature_svg=SIGNED)
    assert spoken.value.signature_svg == ""


def test_an_import_is_for_managers_and_someone_must_be_signed_in(network):
    desk = network.desk
    client = _client(network)
    with pytest.raises(ValidationError) as refused:
        desk.consent.grant(client.id, "marketing", method="import")
    assert refused.value.key == "account.not_allowed"
    desk.act_as(network.manager.id)
    assert desk.consent.grant(client.id, "marketing", method="import").value.method == "import"
    desk.act_as(None)
    with pytest.raises(ValidationError) as nobody:
        desk.consent.grant(client.id, "marketing", method="spoken")
    assert nobody.value.key == "consent.who_required"


def test_the_latest_decision_per_purpose_and_channel_is_in_force(network):
    desk = network.desk
    client = _client(network, handles={"wechat": "wxy_1988"})
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    desk.consent.grant(client.id, "marketing", method="spoken", recorded_at=t0)
    assert desk.consent.allowed(client.id, "marketing", "wechat")
    assert desk.consent.allowed(client.id, "marketing", "email")
    desk.consent.withdraw(
        client.id,
        "marketing",
        channel="wechat",
        method="spoken",
        recorded_at=t0 + dt.timedelta(hours=1),
    )
    assert not desk.consent.allowed(client.id, "marketing", "wechat")
    assert desk.consent.allowed(client.id, "marketing", "email")
    # A decision recorded later for every channel overrides the earlier one for WeChat…
    desk.consent.grant(
        client.id,
        "marketing",
        method="online",
        proof="web-7781",
        recorded_at=t0 + dt.timedelta(hours=2),
    )
    assert desk.consent.allowed(client.id, "marketing", "wechat")
    # …and one back-dated before it (a paper form typed in late) does not.
    desk.consent.withdraw(
        client.id,
        "marketing",
        channel="wechat",
        method="paper_form",
        proof="F-1",
        recorded_at=t0 + dt.timedelta(minutes=90),
    )
    assert desk.consent.allowed(client.id, "marketing", "wechat")
    # Service messages are allowed until withdrawn; marketing needs a grant.
    other = _client(network)
    assert desk.consent.allowed(other.id, "service", "wechat")
    assert not desk.consent.allowed(other.id, "marketing", "wechat")
    desk.consent.withdraw(other.id, "service", method="spoken")
    assert not desk.consent.allowed(other.id, "service", "sms")


def test_a_marketing_action_comes_with_consent_and_goes_when_it_is_withdrawn(network):
    desk = network.desk
    me = network.advisor.id
    client = _client(network)
    assert _marketing(desk, me, client.id) == []  # no consent: no marketing action

    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (action,) = _marketing(desk, me, client.id)
    assert action.channel == "wechat" and action.draft
    assert desk.actions.draft(action.id)

    desk.consent.withdraw(client.id, "marketing", channel="wechat", method="spoken")
    assert _marketing(desk, me, client.id) == []
    with desk.store.sessions() as s:
        assert s.get(m.NextBestAction, action.id).status == "withheld"
    with pytest.raises(ValidationError) as refused:  # a draft never goes without consent
        desk.actions.draft(action.id)
    assert refused.value.key == "consent.channel_not_allowed"
    assert "WeChat" in refused.value.message("en") and "微信" in refused.value.message("zh_CN")
    # Withheld actions are not counted as due in the follow-up rate.
    kpis = desk.kpis.for_advisor(me, action.due_on - dt.timedelta(days=29), action.due_on)
    assert kpis.execution.denominator == 0

    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (back,) = _marketing(desk, me, client.id)
    assert back.id == action.id and back.channel == "wechat"


def test_a_withdrawn_channel_moves_the_action_to_another_the_client_allows(network):
    desk = network.desk
    me = network.advisor.id
    client = _client(network)  # WeChat handle and a mobile number (SMS)
    desk.consent.grant(client.id, "marketing", method="signature", signature_svg=SIGNED)
    (action,) = _marketing(desk, me, client.id)
    assert action.channel == "wechat"  # the client's preferred channel
    desk.consent.withdraw(client.id, "marketing", channel="wechat", method="spoken")
    (moved,) = _marketing(desk, me, client.id)
    assert moved.id == action.id and moved.channel == "sms"


def test_a_consent_pulled_from_another_device_is_followed_on_the_day(network):
    """No regeneration ran on this device: the day still shows only what is allowed."""
    desk = network.desk
    me = network.advisor.id
    client = _client(network)
    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (action,) = _marketing(desk, me, client.id)
    with desk.store.sessions.begin() as s:  # as a pull writes it: no service involved
        s.add(
            m.Consent(
                client_id=client.id,
                purpose="marketing",
                channel="wechat",
                granted=False,
                recorded_at=dt.datetime.now(dt.UTC),
                method="spoken",
            )
        )
    assert action.id not in {a.id for a in desk.actions.today(me, generate=False)}


def test_an_erased_clients_consents_keep_the_decision_without_proof_or_signature(network):
    desk = network.desk
    client = _client(network)
    desk.consent.grant(client.id, "marketing", method="signature", signature_svg=SIGNED)
    desk.consent.grant(client.id, "profiling", method="paper_form", proof="F-99")
    desk.act_as(network.manager.id)
    desk.privacy.erase(client.id, "asked in store")
    with desk.store.sessions() as s:
        rows = s.scalars(select(m.Consent).where(m.Consent.client_id == client.id)).all()
    assert len(rows) == 2
    assert all(r.proof == "" and r.signature_svg == "" for r in rows)
    assert {r.purpose for r in rows} == {"marketing", "profiling"}
    with pytest.raises(ValidationError) as refused:
        desk.consent.grant(client.id, "marketing", method="spoken")
    assert refused.value.key == "client.erased"


def test_consent_set_from_the_command_line(network, capsys, tmp_path):
    import json

    from jeweldesk.__main__ import main

    desk = network.desk
    client = _client(network)
    folder = str(desk.path.parent)
    base = ["consent", "set", "--data-dir", folder, str(client.id), "--as", "li.na@sh01.example"]
    signature = tmp_path / "signed.svg"
    signature.write_text(f'<svg xmlns="http://www.w3.org/2000/svg"><path d="{SIGNED}"/></svg>')
    assert (
        main(
            [
                *base,
                "--purpose",
                "marketing",
                "--grant",
                "--channel",
                "wechat",
                "--method",
                "signature",
                "--signature-file",
                str(signature),
                "--json",
            ]
        )
        == 0
    )
    granted = json.loads(capsys.readouterr().out)
    assert granted["granted"] is True and granted["signature_svg"] == SIGNED
    assert granted["recorded_by_id"] == str(network.advisor.id)
    assert _marketing(desk, network.advisor.id, client.id)  # the action follows at once
    # A paper form without its number, or a signature left empty: exit 2, nothing written.
    assert main([*base, "--purpose", "marketing", "--withdraw", "--method", "paper_form"]) == 2
    assert "paper form" in capsys.readouterr().err
    empty = tmp_path / "empty.svg"
    empty.write_text("")
    assert (
        main(
            [
                *base,
                "--purpose",
                "profiling",
                "--grant",
                "--method",
                "signature",
                "--signature-file",
                str(empty),
                "--lang",
                "zh_TW",
            ]
        )
        == 2
    )
    assert "簽名為空" in capsys.readouterr().err
    assert len(desk.consent.history(client.id)) == 1
    assert (
        main(
            [
                *base,
                "--purpose",
                "marketing",
                "--withdraw",
                "--channel",
                "wechat",
                "--method",
                "paper_form",
                "--proof",
                "F-2026-7",
                "--json",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert _marketing(desk, network.advisor.id, client.id) == []
    assert main(["consent", "list", "--data-dir", folder, str(client.id), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["granted"], r["in_force"]) for r in rows] == [(False, True), (True, False)]


def test_an_in_stock_action_withheld_for_consent_is_not_lapsed_and_comes_back(network):
    """Kinds that lapse when their trigger goes (a wished piece in stock) are withheld,
    not lapsed, when only consent went: granted again, the same action is back."""
    desk = network.desk
    me = network.advisor.id
    client = _client(network, days_old=5)
    desk.wishlist.add(client.id, piece_id=network.ring.id)
    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (action,) = [a for a in desk.actions.today(me) if a.client_id == client.id]
    assert action.kind == "in_stock"
    desk.consent.withdraw(client.id, "marketing", method="spoken")
    assert all(a.client_id != client.id for a in desk.actions.today(me))
    with desk.store.sessions() as s:
        assert s.get(m.NextBestAction, action.id).status == "withheld"
    desk.consent.grant(client.id, "marketing", method="spoken")
    assert action.id in {a.id for a in desk.actions.today(me)}


def test_a_service_message_withdrawn_on_a_channel_leaves_the_action_without_a_draft(network):
    """The action stays (the piece is still ready), but nothing is offered to send on a
    channel the client withdrew service messages from."""
    desk = network.desk
    me = network.advisor.id
    client = _client(network, days_old=90)
    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (action,) = [a for a in desk.actions.today(me) if a.client_id == client.id]
    with desk.store.sessions.begin() as s:  # a service action on WeChat, as proposed
        row = s.get(m.NextBestAction, action.id)
        row.kind = "thank_you"
        row.params = {**row.params, "name": {"en": "Ms Wang", "zh": "王女士"}}
    desk.consent.withdraw(client.id, "service", channel="wechat", method="spoken")
    (shown,) = [a for a in desk.actions.today(me, generate=False) if a.id == action.id]
    assert shown.draft is None and shown.channel is None
    with pytest.raises(ValidationError) as refused:
        desk.actions.draft(action.id)
    assert refused.value.key == "consent.channel_not_allowed"
