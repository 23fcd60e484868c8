"""Events and invitations: every rule of `desk.events` on a real store file."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.vocab import Rsvp
from jeweldesk.services.events import invitation_id
from jeweldesk.storage import models as m

SHANGHAI = ZoneInfo("Asia/Shanghai")


def days_ahead(days: int, hour: int = 18) -> dt.datetime:
    day = dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(hour, 30), tzinfo=SHANGHAI)


@pytest.fixture
def manager(desk, network):
    desk.act_as(network.manager.id)
    return network.manager


@pytest.fixture
def clients(desk, network):
    made = [
        desk.clients.create(name_local=name, phones=[phone]).value
        for name, phone in (
            ("林晓", "138 0000 1234"),
            ("王美玲", "139 0000 5678"),
            ("陈静", "137 0000 1111"),
        )
    ]
    desk.act_as(network.advisor.id)
    for c in made:
        desk.books.add(network.advisor.id, c.id)
    return made


@pytest.fixture
def launch(desk, network, clients):
    desk.act_as(network.manager.id)
    made = desk.events.create(
        kind="launch",
        title="Jardin private preview",
        title_zh="花园系列私享预览",
        starts_at=days_ahead(10),
        capacity=3,
        room_id=network.salon.id,
        host_id=network.manager.id,
        collection="Jardin",
    ).value
    desk.act_as(network.advisor.id)  # the advisor invites
    return made


def _past_event(desk, network, *, started_hours_ago: float = 1, capacity: int | None = 10):
    """An event that has begun: written through the model, as no one may create one."""
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=started_hours_ago)
    with desk.store.sessions.begin() as s:
        event = m.Event(
            store_id=network.shanghai.id,
            title="Pearl care masterclass",
            title_zh="珍珠保养大师课",
            kind="workshop",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=3),
            capacity=capacity,
            host_id=network.manager.id,
        )
        s.add(event)
        s.flush()
        return event.id


def _invite_directly(desk, network, event_id, client_id, *, days_ago: int, rsvp=Rsvp.PENDING):
    with desk.store.sessions.begin() as s:
        s.add(
            m.Invitation(
                id=invitation_id(event_id, client_id),
                event_id=event_id,
                client_id=client_id,
                invited_by_id=network.advisor.id,
                invited_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago),
                rsvp=rsvp,
                guests=0,
            )
        )


def test_an_event_is_created_in_the_store_time_zone_with_room_host_and_capacity(
    desk, network, launch
):
    desk.act_as(network.manager.id)
    assert launch.kind == "launch" and launch.capacity == 3
    assert launch.room_id == network.salon.id and launch.host_id == network.manager.id
    assert launch.starts_at.astimezone(SHANGHAI).hour == 18
    assert launch.ends_at - launch.starts_at == dt.timedelta(hours=2)
    naive = desk.events.create(
        kind="workshop", title="Engraving workshop", starts_at=days_ahead(3).replace(tzinfo=None)
    ).value
    assert naive.starts_at.astimezone(SHANGHAI).hour == 18  # read as Shanghai's wall clock
    views = desk.events.upcoming()
    assert [v.event.title for v in views] == ["Engraving workshop", "Jardin private preview"]
    jardin = views[1]
    assert jardin.room == "Jade Salon" and jardin.host == "Chen Hua" and jardin.places_left == 3


@pytest.mark.parametrize("capacity", ["abc", "0", "-4", "2.5", 0, -1, True])
def test_capacity_must_be_a_positive_whole_number(desk, manager, capacity):
    with pytest.raises(ValidationError) as refused:
        desk.events.create(kind="launch", title="X", starts_at=days_ahead(2), capacity=capacity)
    assert refused.value.key == "event.capacity" and refused.value.field == "capacity"
    assert "容纳人数" in refused.value.message("zh_CN")
    assert "容納人數" in refused.value.message("zh_TW")
    assert desk.events.upcoming() == []


def test_full_width_capacity_and_no_capacity_are_taken(desk, manager):
    assert (
        desk.events.create(
            kind="launch", title="A", starts_at=days_ahead(2), capacity="４０"
        ).value.capacity
        == 40
    )
    assert (
        desk.events.create(
            kind="launch", title="B", starts_at=days_ahead(2), capacity=""
        ).value.capacity
        is None
    )


def test_a_start_in_the_past_and_other_bad_input_are_refused(desk, network, manager):
    yesterday = dt.datetime.now(SHANGHAI) - dt.timedelta(days=1)
    cases = [
        (dict(kind="launch", title="A", starts_at=yesterday), "event.in_past"),
        (dict(kind="gala", title="A", starts_at=days_ahead(2)), "event.kind"),
        (dict(kind="launch", title="  ", starts_at=days_ahead(2)), "event.title_required"),
        (
            dict(kind="launch", title="A", starts_at=days_ahead(2), ends_at=days_ahead(2, 10)),
            "event.ends_before_start",
        ),
        (
            dict(kind="launch", title="A", starts_at=days_ahead(2), room_id=network.paris_salon.id),
            "appointment.room_other_store",
        ),
        (
            dict(
                kind="launch", title="A", starts_at=days_ahead(2), host_id=network.paris_advisor.id
            ),
            "event.host_other_store",
        ),
    ]
    for fields, key in cases:
        with pytest.raises(ValidationError) as refused:
            desk.events.create(**fields)
        assert refused.value.key == key, fields
    assert "已经过去" in ValidationError("event.in_past", when=yesterday).message("zh_CN")
    assert desk.events.upcoming() == []


def test_only_managers_vic_consultants_and_head_office_organise_events(desk, network):
    desk.act_as(network.advisor.id)
    assert not desk.events.may_organise()
    with pytest.raises(ValidationError) as refused:
        desk.events.create(kind="launch", title="A", starts_at=days_ahead(2))
    assert refused.value.key == "event.not_allowed"
    desk.act_as(network.manager.id)
    assert desk.events.may_organise()


def test_edit_and_cancel(desk, network, launch, clients):
    desk.act_as(network.manager.id)
    edited = desk.events.edit(launch.id, title="Jardin evening", capacity="5", room_id=None).value
    assert edited.title == "Jardin evening" and edited.capacity == 5 and edited.room_id is None
    assert edited.title_zh == "花园系列私享预览"
    moved = desk.events.edit(launch.id, starts_at=days_ahead(12, 19)).value
    assert moved.ends_at - moved.starts_at == dt.timedelta(hours=2)
    with pytest.raises(ValidationError):
        desk.events.edit(launch.id, starts_at=dt.datetime.now(SHANGHAI) - dt.timedelta(hours=3))
    desk.events.invite(launch.id, [clients[0].id, clients[1].id])
    for c in clients[:2]:
        desk.events.rsvp(desk.events.find_invitation(launch.id, c.id).id, "accepted", guests=1)
    with pytest.raises(ValidationError) as refused:
        desk.events.edit(launch.id, capacity=3)
    assert refused.value.key == "event.capacity_below_coming"
    assert refused.value.params == {"capacity": 3, "coming": 4}
    cancelled = desk.events.cancel(launch.id).value
    assert cancelled.cancelled_at is not None
    with pytest.raises(ValidationError) as refused:
        desk.events.invite(launch.id, [clients[2].id])
    assert refused.value.key == "event.cancelled"
    with pytest.raises(ValidationError):
        desk.events.cancel(launch.id)


def test_invite_from_the_book_writes_invitations(desk, network, launch, clients):
    desk.act_as(network.advisor.id)
    offered = desk.events.candidates(launch.id)
    assert {c.client_id for c in offered} == {c.id for c in clients}
    assert not any(c.invited or c.warning for c in offered)
    done = desk.events.invite(launch.id, [c.id for c in clients])
    assert len(done.value.invitations) == 3 and not done.value.warnings
    assert done.changes.touches("invitations")
    invitation = done.value.invitations[0]
    assert invitation.rsvp == Rsvp.PENDING and invitation.invited_by_id == network.advisor.id
    assert all(c.invited for c in desk.events.candidates(launch.id))
    with pytest.raises(ValidationError) as refused:
        desk.events.invite(launch.id, [clients[0].id])
    assert refused.value.key == "event.already_invited"
    assert desk.events.get(launch.id).invited == 3


def test_candidates_filter_by_segment_and_preference(desk, network, launch, clients):
    desk.preferences.add(clients[1].id, "stone", "Emerald")
    with desk.store.sessions.begin() as s:
        s.get(m.Client, clients[2].id).segment = "vic"
    assert [c.client_id for c in desk.events.candidates(launch.id, preference="emer")] == [
        clients[1].id
    ]
    assert [c.client_id for c in desk.events.candidates(launch.id, segment="VIC")] == [
        clients[2].id
    ]
    everyone = desk.events.candidates(launch.id, everyone=True)
    assert {c.client_id for c in everyone} >= {c.id for c in clients}


def test_a_fourth_invitation_in_90_days_is_warned_and_needs_the_override(
    desk, network, launch, clients
):
    tired = clients[0]
    for n, ago in enumerate((80, 40, 10)):
        _invite_directly(
            desk,
            network,
            _past_event(desk, network, started_hours_ago=24 * ago),
            tired.id,
            days_ago=ago + n,
        )
    warning = desk.events.check([tired.id])
    assert len(warning) == 1 and warning[0].key == "event.fatigue_invited"
    assert "3 invitations in the last 90 days" in warning[0].message("en")
    assert "近 90 天已收到 3 次邀请" in warning[0].message("zh_CN")
    held = desk.events.invite(launch.id, [tired.id, clients[1].id])
    assert held.value.held and [w.client_id for w in held.value.warnings] == [tired.id]
    assert desk.events.get(launch.id).invited == 0  # nothing half-written
    shown = {c.client_id: c.warning for c in desk.events.candidates(launch.id)}
    assert shown[tired.id] is not None and shown[clients[1].id] is None
    done = desk.events.invite(launch.id, [tired.id, clients[1].id], override=True)
    assert len(done.value.invitations) == 2 and done.value.warnings
    assert desk.events.get(launch.id).invited == 2


def test_declining_the_last_two_is_warned(desk, network, launch, clients):
    client = clients[1]
    for ago in (200, 150):
        _invite_directly(
            desk,
            network,
            _past_event(desk, network, started_hours_ago=24 * ago),
            client.id,
            days_ago=ago,
            rsvp=Rsvp.DECLINED,
        )
    (warning,) = desk.events.check([client.id])
    assert warning.key == "event.fatigue_declined"
    assert "婉拒了最近两次邀请" in warning.message("zh_CN")


def test_rsvp_and_capacity(desk, network, launch, clients):
    desk.events.invite(launch.id, [c.id for c in clients])
    first, second, third = (desk.events.find_invitation(launch.id, c.id) for c in clients)
    accepted = desk.events.rsvp(first.id, "accepted", guests="1").value
    assert accepted.rsvp == Rsvp.ACCEPTED and accepted.guests == 1 and accepted.rsvp_at
    with pytest.raises(ValidationError) as refused:
        desk.events.rsvp(second.id, "accepted", guests=1)  # 2 + 2 > 3
    assert refused.value.key == "event.full"
    assert refused.value.params == {"capacity": 3, "left": 1, "asked": 2}
    assert "Over capacity" in refused.value.message("en")
    assert "超出容纳人数" in refused.value.message("zh_CN")
    assert desk.events.find_invitation(launch.id, clients[1].id).rsvp == Rsvp.PENDING
    desk.events.rsvp(second.id, "accepted")
    with pytest.raises(ValidationError):
        desk.events.rsvp(third.id, "accepted")
    declined = desk.events.rsvp(third.id, "Declined").value
    assert declined.rsvp == Rsvp.DECLINED and declined.guests == 0
    # Changing one's own answer does not count oneself twice.
    assert desk.events.rsvp(first.id, "accepted", guests=1).value.guests == 1
    view = desk.events.get(launch.id)
    assert (view.accepted, view.declined, view.coming, view.places_left) == (2, 1, 3, 0)
    for bad, key in (("maybe", "event.rsvp"),):
        with pytest.raises(ValidationError) as refused:
            desk.events.rsvp(third.id, bad)
        assert refused.value.key == key
    for guests in ("abc", -1, "21"):
        with pytest.raises(ValidationError) as refused:
            desk.events.rsvp(third.id, "pending", guests=guests)
        assert refused.value.key == "event.guests"


def test_attendance_logs_an_event_interaction_and_a_follow_up_action(desk, network, clients):
    event_id = _past_event(desk, network)
    _invite_directly(desk, network, event_id, clients[0].id, days_ago=10, rsvp=Rsvp.ACCEPTED)
    invitation = desk.events.find_invitation(event_id, clients[0].id)
    done = desk.events.attend(invitation.id)
    assert done.value.attended is True
    assert done.changes.touches("invitations", "interactions", "next_best_actions")
    desk.events.attend(invitation.id)  # twice: still one contact, one action
    with desk.store.sessions() as s:
        touches = s.scalars(
            select(m.Interaction).where(
                m.Interaction.client_id == clients[0].id, m.Interaction.deleted.is_(False)
            )
        ).all()
        assert [(t.kind, t.event_id, t.channel) for t in touches] == [
            ("event", event_id, "in_person")
        ]
        actions = s.scalars(
            select(m.NextBestAction).where(m.NextBestAction.kind == "event_follow_up")
        ).all()
        assert len(actions) == 1 and actions[0].advisor_id == network.advisor.id
        assert actions[0].status == "open" and actions[0].subject_id == event_id
    today = desk.actions.today(network.advisor.id, day=actions[0].due_on)
    follow = [a for a in today if a.kind == "event_follow_up"]
    assert len(follow) == 1 and "Pearl care masterclass" in follow[0].reason
    assert desk.events.get(event_id).attended == 1
    # Marked by mistake: the contact and the open follow-up go again.
    desk.events.attend(invitation.id, attended=False)
    with desk.store.sessions() as s:
        assert (
            s.scalar(
                select(m.Interaction).where(
                    m.Interaction.deleted.is_(False), m.Interaction.client_id == clients[0].id
                )
            )
            is None
        )
        assert (
            s.scalars(select(m.NextBestAction).where(m.NextBestAction.kind == "event_follow_up"))
            .one()
            .deleted
        )


def test_attendance_before_the_event_and_answers_after_it_are_refused(
    desk, network, launch, clients
):
    desk.events.invite(launch.id, [clients[0].id])
    invitation = desk.events.find_invitation(launch.id, clients[0].id)
    with pytest.raises(ValidationError) as refused:
        desk.events.attend(invitation.id)
    assert refused.value.key == "event.not_started"
    over = _past_event(desk, network, started_hours_ago=30)
    _invite_directly(desk, network, over, clients[1].id, days_ago=20)
    with pytest.raises(ValidationError) as refused:
        desk.events.rsvp(desk.events.find_invitation(over, clients[1].id).id, "accepted")
    assert refused.value.key == "event.over"
    begun = _past_event(desk, network)
    with pytest.raises(ValidationError) as refused:
        desk.events.invite(begun, [clients[2].id])
    assert refused.value.key == "event.started"
    with pytest.raises(NotFound):
        desk.events.rsvp("0190b7a2-0000-7000-8000-000000000000", "accepted")


def test_a_launch_invitation_marked_done_writes_a_real_invitation(desk, network, launch, clients):
    client = clients[0]
    desk.preferences.add(client.id, "collection", "Jardin")
    with desk.store.sessions.begin() as s:
        s.add(
            m.Consent(
                client_id=client.id,
                purpose="marketing",
                channel=None,
                granted=True,
                recorded_at=dt.datetime.now(dt.UTC),
            )
        )
        s.add(
            m.ContactPoint(
                client_id=client.id, kind="wechat", value="linxiao88", normalised="linxiao88"
            )
        )
    actions = [a for a in desk.actions.today(network.advisor.id) if a.kind == "launch_invitation"]
    assert [a.client_id for a in actions] == [client.id]
    desk.actions.done(actions[0].id, "invited on WeChat")
    invitation = desk.events.find_invitation(launch.id, client.id)
    assert invitation.rsvp == Rsvp.PENDING and invitation.invited_by_id == network.advisor.id
    assert [c.invited for c in desk.events.candidates(launch.id) if c.client_id == client.id] == [
        True
    ]


def test_erasing_an_attendee_blanks_what_their_attendance_wrote(desk, network, clients):
    event_id = _past_event(desk, network)
    _invite_directly(desk, network, event_id, clients[0].id, days_ago=5, rsvp=Rsvp.ACCEPTED)
    desk.events.attend(desk.events.find_invitation(event_id, clients[0].id).id)
    desk.act_as(network.manager.id)
    desk.privacy.erase(clients[0].id, "client asked")
    with desk.store.sessions() as s:
        touch = s.scalars(
            select(m.Interaction).where(m.Interaction.client_id == clients[0].id)
        ).one()
        assert touch.deleted and touch.summary == ""
        action = s.scalars(
            select(m.NextBestAction).where(m.NextBestAction.client_id == clients[0].id)
        ).one()
        assert action.params == {} and action.deleted


# --- the command line -------------------------------------------------------------------


def _cli(capsys, *argv):
    from jeweldesk.__main__ import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_creates_invites_answers_and_marks_attendance(
    desk, network, clients, capsys
):

    folder = str(desk.path.parent)
    starts = days_ahead(6).strftime("%Y-%m-%d %H:%M")
    code, out, err = _cli(
        capsys,
        "events",
        "create",
        "--data-dir",
        folder,
        "--as",
        "chen.hua@sh01.example",
        "--kind",
        "workshop",
        "--title",
        "Pearl knotting workshop",
        "--starts",
        starts,
        "--capacity",
        "2",
        "--room",
        "Jade Salon",
        "--host",
        "chen.hua@sh01.example",
        "--json",
    )
    assert code == 0, err
    event = json.loads(out)
    assert event["capacity"] == 2 and event["room"] == "Jade Salon" and event["kind"] == "workshop"
    code, out, _ = _cli(
        capsys,
        "events",
        "invite",
        event["id"],
        "--from-book",
        "--data-dir",
        folder,
        "--as",
        "li.na@sh01.example",
        "--json",
    )
    assert code == 0 and len(json.loads(out)["invited"]) == 3
    code, out, _ = _cli(
        capsys,
        "events",
        "rsvp",
        event["id"],
        str(clients[0].id),
        "accepted",
        "--guests",
        "1",
        "--data-dir",
        folder,
        "--as",
        "li.na@sh01.example",
    )
    assert code == 0 and "accepted" in out
    code, out, err = _cli(
        capsys,
        "events",
        "rsvp",
        event["id"],
        str(clients[1].id),
        "accepted",
        "--data-dir",
        folder,
        "--as",
        "li.na@sh01.example",
        "--lang",
        "zh_CN",
    )
    assert code == 2 and "超出容纳人数" in err  # 2 of 2 places taken
    code, out, err = _cli(
        capsys,
        "events",
        "attend",
        event["id"],
        str(clients[0].id),
        "--data-dir",
        folder,
        "--as",
        "li.na@sh01.example",
        "--json",
    )
    assert code == 2 and json.loads(out)["error"] == "event.not_started"
    code, out, _ = _cli(capsys, "events", "list", "--data-dir", folder, "--json")
    (listed,) = [json.loads(line) for line in out.splitlines()]
    assert listed["coming"] == 2 and listed["invited"] == 3


def test_the_command_line_refuses_bad_input_with_the_app_s_message(desk, network, clients, capsys):

    folder = str(desk.path.parent)
    base = ["events", "create", "--data-dir", folder, "--kind", "launch", "--title", "X"]
    code, _, err = _cli(capsys, *base, "--as", "chen.hua@sh01.example", "--starts", "tomorrow")
    assert code == 2 and "2026-12-20 18:30" in err
    code, _, err = _cli(
        capsys,
        *base,
        "--as",
        "chen.hua@sh01.example",
        "--starts",
        days_ahead(2).strftime("%Y-%m-%d %H:%M"),
        "--capacity",
        "abc",
    )
    assert code == 2 and err.strip() == ValidationError("event.capacity", value="abc").message("en")
    code, _, err = _cli(
        capsys,
        *base,
        "--as",
        "li.na@sh01.example",
        "--starts",
        days_ahead(2).strftime("%Y-%m-%d %H:%M"),
    )
    assert code == 2 and "Only a store manager" in err
    assert desk.events.upcoming() == []


def test_the_command_line_holds_a_tiring_invitation_until_overridden(
    desk, network, launch, clients, capsys
):

    tired = clients[0]
    for ago in (60, 30, 5):
        _invite_directly(
            desk,
            network,
            _past_event(desk, network, started_hours_ago=24 * ago),
            tired.id,
            days_ago=ago,
        )
    folder = str(desk.path.parent)
    args = [
        "events",
        "invite",
        str(launch.id),
        str(tired.id),
        "--data-dir",
        folder,
        "--as",
        "li.na@sh01.example",
    ]
    code, out, err = _cli(capsys, *args)
    assert code == 2 and "event fatigue" in err and "--override" in err
    assert desk.events.get(launch.id).invited == 0
    code, out, _ = _cli(capsys, *args, "--override", "--json")
    answer = json.loads(out)
    assert (
        code == 0
        and len(answer["invited"]) == 1
        and answer["warnings"][0]["warning"] == "event.fatigue_invited"
    )


def test_the_command_line_edits_and_cancels_as_an_organiser(desk, network, launch, clients, capsys):
    folder = str(desk.path.parent)
    common = ["--data-dir", folder, "--json"]
    code, out, _ = _cli(
        capsys,
        "events",
        "edit",
        str(launch.id),
        "--capacity",
        "none",
        "--room",
        "none",
        "--title",
        "Jardin evening",
        "--as",
        "chen.hua@sh01.example",
        *common,
    )
    edited = json.loads(out)
    assert code == 0 and edited["capacity"] is None and edited["room_id"] is None
    assert edited["title"] == "Jardin evening" and edited["places_left"] is None
    code, out, _ = _cli(
        capsys,
        "events",
        "edit",
        str(launch.id),
        "--capacity",
        "0",
        "--as",
        "chen.hua@sh01.example",
        *common,
    )
    assert code == 2 and json.loads(out)["error"] == "event.capacity"
    code, out, _ = _cli(
        capsys, "events", "cancel", str(launch.id), "--as", "li.na@sh01.example", *common
    )
    assert code == 2 and json.loads(out)["error"] == "event.not_allowed"
    code, out, _ = _cli(
        capsys, "events", "cancel", str(launch.id), "--as", "chen.hua@sh01.example", *common
    )
    assert code == 0 and json.loads(out)["cancelled_at"] is not None
