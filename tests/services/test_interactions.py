"""desk.interactions: every rule of logging a contact, and everything that reads
contacts moving with one logged (last contact, coverage, follow-up rate, the brief's
last conversations, the "no contact for 60 days" check-in)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select, update

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.storage import models as m

NOW = dt.datetime.now(dt.UTC)


def _client(network, *, days_old: int = 0, wechat: bool = True):
    desk = network.desk
    made = desk.clients.create(
        family_name="Wang",
        given_name="Xinyu",
        name_local="王馨雨",
        title="Ms",
        language="zh_CN",
        preferred_channel="wechat" if wechat else None,
        phones=["+86 138 0013 8000"],
        handles={"wechat": "wxy_1988"} if wechat else None,
    ).value
    desk.books.add(network.advisor.id, made.id)
    if days_old:
        with desk.store.sessions.begin() as s:
            s.execute(
                update(m.Client)
                .where(m.Client.id == made.id)
                .values(created_at=NOW - dt.timedelta(days=days_old))
            )
    return made


def _count(desk) -> int:
    with desk.store.sessions() as s:
        return s.scalar(select(func.count()).select_from(m.Interaction)) or 0


def test_a_call_is_logged_now_by_the_signed_in_person_by_phone(network):
    desk = network.desk
    client = _client(network)
    written = desk.interactions.log(client.id, "call", outcome="Reached", note="Loves the pearls")
    row = written.value
    assert row.kind == "call" and row.channel == "phone"  # a call goes by phone unless told
    assert row.staff_id == network.advisor.id and row.store_id == network.shanghai.id
    assert abs((row.occurred_at - dt.datetime.now(dt.UTC)).total_seconds()) < 60
    assert row.outcome == "Reached" and row.summary == "Loves the pearls"
    assert "interactions" in written.changes.tables
    assert [i.id for i in desk.interactions.for_client(client.id)] == [row.id]
    assert desk.interactions.last_contact(client.id) == row.occurred_at
    # A message goes by the channel named; "other" by any.
    message = desk.interactions.log(client.id, "message", channel="wechat").value
    assert message.channel == "wechat"
    assert desk.interactions.log(client.id, "other", channel="line").value.kind == "other"


def test_a_time_in_the_future_is_refused_and_nothing_is_written(network):
    desk = network.desk
    client = _client(network)
    before = _count(desk)
    with pytest.raises(ValidationError) as refused:
        desk.interactions.log(client.id, "visit", occurred_at=NOW + dt.timedelta(hours=2))
    assert refused.value.key == "interaction.future" and refused.value.field == "occurred_at"
    messages = {lang: refused.value.message(lang) for lang in ("en", "zh_CN", "zh_TW")}
    assert "future" in messages["en"]
    assert "将来" in messages["zh_CN"] and "將來" in messages["zh_TW"]
    assert _count(desk) == before


def test_a_naive_time_is_the_stores_wall_clock_time(network):
    desk = network.desk
    client = _client(network)
    yesterday = (NOW - dt.timedelta(days=1)).astimezone(dt.timezone(dt.timedelta(hours=8)))
    typed = yesterday.replace(tzinfo=None, hour=15, minute=30, second=0, microsecond=0)
    row = desk.interactions.log(client.id, "visit", occurred_at=typed).value
    shanghai = row.occurred_at.astimezone(dt.timezone(dt.timedelta(hours=8)))
    assert (shanghai.hour, shanghai.minute) == (15, 30)


@pytest.mark.parametrize(
    ("kind", "channel", "key", "field"),
    [
        ("email", "phone", "interaction.channel_mismatch", "channel"),
        ("visit", "wechat", "interaction.channel_mismatch", "channel"),
        ("message", "in_person", "interaction.channel_mismatch", "channel"),
        ("smoke signal", None, "interaction.kind", "kind"),
        ("call", "pigeon", "choice.invalid", "channel"),
    ],
)
def test_a_kind_and_channel_that_do_not_go_together_are_refused(network, kind, channel, key, field):
    desk = network.desk
    client = _client(network)
    with pytest.raises(ValidationError) as refused:
        desk.interactions.log(client.id, kind, channel=channel)
    assert (refused.value.key, refused.value.field) == (key, field)
    for lang in ("en", "zh_CN", "zh_TW"):
        assert "{" not in refused.value.message(lang)
    assert _count(desk) == 0


def test_a_contact_is_refused_without_someone_signed_in_or_for_an_unknown_client(network):
    desk = network.desk
    client = _client(network)
    desk.act_as(None)
    with pytest.raises(ValidationError) as refused:
        desk.interactions.log(client.id, "call")
    assert refused.value.key == "interaction.who_required"
    desk.act_as(network.advisor.id)
    with pytest.raises(NotFound):
        desk.interactions.log(uuid.uuid4(), "call")
    with pytest.raises(ValidationError) as too_long:
        desk.interactions.log(client.id, "call", outcome="x" * 201)
    assert too_long.value.field == "outcome"
    assert _count(desk) == 0


def test_marking_an_action_done_asks_how_and_records_the_interaction(network):
    desk = network.desk
    client = _client(network, days_old=90)
    me = network.advisor.id
    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    actions = [a for a in desk.actions.today(me) if a.client_id == client.id]
    assert [a.kind for a in actions] == ["check_in"]
    done = desk.actions.done(
        actions[0].id,
        "She will come on Saturday",
        kind="message",
        channel="wechat",
        outcome="Replied",
    )
    assert done.value.status == "done"
    assert "interactions" in done.changes.tables
    (talk,) = desk.interactions.for_client(client.id)
    assert talk.action_id == actions[0].id and talk.kind == "message"
    assert talk.channel == "wechat" and talk.summary == "She will come on Saturday"
    # Backwards compatible: done(id, note) records the outcome and no interaction.
    other = _client(network, days_old=90)
    desk.consent.grant(other.id, "marketing", method="spoken")
    (action,) = [a for a in desk.actions.today(me) if a.client_id == other.id]
    desk.actions.done(action.id, "Done elsewhere")
    assert desk.interactions.for_client(other.id) == []


def test_a_bad_contact_leaves_the_action_open(network):
    desk = network.desk
    client = _client(network, days_old=90)
    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (action,) = [a for a in desk.actions.today(network.advisor.id) if a.client_id == client.id]
    with pytest.raises(ValidationError):
        desk.actions.done(action.id, kind="email", channel="phone")
    assert action.id in {a.id for a in desk.actions.today(network.advisor.id)}
    assert desk.interactions.for_client(client.id) == []


def test_logging_a_contact_answers_the_no_contact_check_in(network):
    desk = network.desk
    me = network.advisor.id
    client = _client(network, days_old=90)
    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (check_in,) = [a for a in desk.actions.today(me) if a.client_id == client.id]
    assert check_in.kind == "check_in"
    logged = desk.interactions.log(client.id, "call", outcome="Reached").value
    assert logged.action_id == check_in.id  # the contact is what the action asked for
    assert all(a.client_id != client.id for a in desk.actions.today(me))
    with desk.store.sessions() as s:
        assert s.get(m.NextBestAction, check_in.id).status == "done"
    # …and no new silence is proposed while the contact is recent.
    desk.actions.generate(me, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=30))
    assert all(
        a.client_id != client.id
        for a in desk.actions.today(me, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=30))
    )
    # Sixty days later, the silence is noticed again.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=61)
    assert [a.kind for a in desk.actions.today(me, now=later) if a.client_id == client.id] == [
        "check_in"
    ]


def test_an_action_named_must_be_the_clients(network):
    desk = network.desk
    one, other = _client(network, days_old=90), _client(network)
    desk.consent.grant(one.id, "marketing", method="spoken")
    (action,) = [a for a in desk.actions.today(network.advisor.id) if a.client_id == one.id]
    with pytest.raises(ValidationError) as refused:
        desk.interactions.log(other.id, "call", action_id=action.id)
    assert refused.value.key == "interaction.action_other_client"
    with pytest.raises(NotFound):
        desk.interactions.log(one.id, "call", action_id=uuid.uuid4())
    with pytest.raises(ValidationError) as bad:
        desk.interactions.log(one.id, "call", action_id="not-an-id")
    assert bad.value.key == "id.invalid"
    logged = desk.interactions.log(one.id, "call", action_id=str(action.id)).value
    assert logged.action_id == action.id


def test_last_contact_coverage_and_follow_up_rate_move_with_a_logged_contact(network):
    desk = network.desk
    me = network.advisor.id
    client = _client(network, days_old=90)
    desk.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    (row,) = [r for r in desk.books.book(me) if r.summary.id == client.id]
    assert row.last_contact is None
    (action,) = [a for a in desk.actions.today(me) if a.client_id == client.id]
    # The follow-up rate counts actions due in the period: one that ends on its due day.
    start, end = action.due_on - dt.timedelta(days=29), action.due_on
    before = desk.kpis.for_advisor(me, start, end)
    assert before.execution.numerator == 0 and before.execution.denominator == 1
    desk.actions.done(action.id, kind="call", channel="phone", outcome="Reached")
    after = desk.kpis.for_advisor(me, start, end)
    assert after.coverage.numerator == before.coverage.numerator + 1
    assert after.execution.numerator == 1  # done on time
    (row,) = [r for r in desk.books.book(me) if r.summary.id == client.id]
    assert row.last_contact is not None
    assert abs((row.last_contact - dt.datetime.now(dt.UTC)).total_seconds()) < 60


def test_the_briefs_last_conversations_show_a_logged_contact(network):
    from jeweldesk.documents import data as d
    from jeweldesk.services import document_sources as src

    desk = network.desk
    client = _client(network)
    desk.interactions.log(
        client.id, "visit", outcome="Tried the Étoile ring", note="Wants it for her anniversary"
    )
    appointment = desk.appointments.create(
        kind="private_viewing",
        starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=2),
        client_id=client.id,
        advisor_id=network.advisor.id,
    ).value
    with desk.store.sessions() as s:
        appt = s.get(m.Appointment, appointment.id)
        store = s.get(m.Store, network.shanghai.id)
        issue = d.Issue(
            "T-1", "appointment_brief", "en", dt.datetime.now(dt.UTC), src.store_data(store), ""
        )
        brief = src.brief_data(s, appt, issue, store, desk.path.parent, dt.date.today())
    texts = [(line.text, line.detail) for line in brief.conversations]
    assert texts and texts[0][0] == "Wants it for her anniversary"
    assert "Tried the Étoile ring" in texts[0][1]
    # Logged without a note, a contact says how it went.
    desk.interactions.log(client.id, "call", outcome="No answer")
    with desk.store.sessions() as s:
        appt, store = s.get(m.Appointment, appointment.id), s.get(m.Store, network.shanghai.id)
        brief = src.brief_data(s, appt, issue, store, desk.path.parent, dt.date.today())
    assert brief.conversations[0].text == "No answer"
    assert "No answer" not in brief.conversations[0].detail


def test_an_erased_clients_contacts_lose_their_words(network):
    desk = network.desk
    client = _client(network)
    desk.interactions.log(client.id, "call", outcome="Reached", note="Her husband's name is Wei")
    desk.act_as(network.manager.id)
    desk.privacy.erase(client.id, "asked in store")
    with desk.store.sessions() as s:
        rows = s.scalars(select(m.Interaction).where(m.Interaction.client_id == client.id)).all()
    assert rows and all(r.summary == "" and r.outcome == "" for r in rows)
    with pytest.raises(ValidationError) as refused:
        desk.interactions.log(client.id, "call")
    assert refused.value.key == "client.erased"


def test_interactions_log_from_the_command_line(network, capsys):
    import json

    from jeweldesk.__main__ import main

    desk = network.desk
    client = _client(network)
    folder = str(desk.path.parent)
    base = [
        "interactions",
        "log",
        "--data-dir",
        folder,
        str(client.id),
        "--as",
        "li.na@sh01.example",
    ]
    assert (
        main(
            [
                *base,
                "--kind",
                "call",
                "--outcome",
                "Reached",
                "--as",
                "li.na@sh01.example",
                "--json",
            ]
        )
        == 0
    )
    logged = json.loads(capsys.readouterr().out)
    assert logged["kind"] == "call" and logged["channel"] == "phone"
    assert logged["staff_id"] == str(network.advisor.id)
    # Bad input exits 2 with the app's message, in the person's language, and writes nothing.
    assert main([*base, "--kind", "email", "--channel", "phone", "--lang", "zh_CN"]) == 2
    assert "不能通过电话进行" in capsys.readouterr().err
    assert main([*base, "--kind", "visit", "--at", "2999-01-01 10:00", "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "interaction.future"
    assert main([*base, "--kind", "visit", "--at", "yesterday"]) == 2
    assert "2026-12-20 18:30" in capsys.readouterr().err
    assert len(desk.interactions.for_client(client.id)) == 1
    assert main(["interactions", "list", "--data-dir", folder, str(client.id), "--json"]) == 0
    (listed,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed["outcome"] == "Reached"
