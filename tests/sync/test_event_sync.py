"""Events and invitations travel like any other record: an event created and its
guests invited on one device of the store are on the second after sync, with their
answers, attendance and the follow-up it gave; two offline devices inviting the same
client write one invitation, not two."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from jeweldesk.domain.vocab import Rsvp
from jeweldesk.headoffice import admin
from jeweldesk.storage import models as m
from tests.sync.helpers import device_count, ho_count

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _manager(headoffice, desk):
    admin.add_staff(
        headoffice.store,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    desk.sync.sync()
    return next(p for p, _ in desk.directory.staff("SH01") if p.role == "store_manager")


def _soon(days: int) -> dt.datetime:
    day = dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(18, 30), tzinfo=SHANGHAI)


def test_an_event_and_its_invitations_reach_the_stores_second_device(make_device, headoffice):
    a = make_device("SH01")
    b = make_device("SH01")
    advisor = a.acting_staff_id
    manager = _manager(headoffice, a)
    client = a.clients.create(name_local="林晓", phones=["138 0000 1234"]).value
    other = a.clients.create(name_local="王美玲", phones=["139 0000 5678"]).value
    a.act_as(manager.id)
    salon = a.directory.rooms(a.home_store_id)[0]
    event = a.events.create(
        kind="private_viewing",
        title="Jardin private viewing",
        title_zh="花园系列私享鉴赏",
        starts_at=_soon(5),
        capacity=4,
        room_id=salon.id,
        host_id=manager.id,
    ).value
    a.act_as(advisor)
    invited = a.events.invite(event.id, [client.id, other.id]).value
    assert len(invited.invitations) == 2
    report = a.sync.sync()
    assert report.rejected == 0, report
    assert ho_count(headoffice.store, "invitations") == 2

    b.sync.sync()
    (seen,) = b.events.upcoming()
    assert seen.event.title_zh == "花园系列私享鉴赏" and seen.event.capacity == 4
    assert seen.room == salon.name and seen.host == "Chen Hua" and seen.invited == 2
    assert seen.event.starts_at == event.starts_at
    # The answer recorded on the second device comes back to the first.
    b.events.rsvp(b.events.find_invitation(event.id, client.id).id, "accepted", guests=2)
    assert b.sync.sync().rejected == 0
    a.sync.sync()
    back = a.events.find_invitation(event.id, client.id)
    assert back.rsvp == Rsvp.ACCEPTED and back.guests == 2
    assert a.events.get(event.id).places_left == 1


def test_two_offline_devices_inviting_the_same_client_write_one_invitation(make_device, headoffice):
    a = make_device("SH01")
    b = make_device("SH01")
    manager = _manager(headoffice, a)
    client = a.clients.create(name_local="陈静", phones=["137 0000 1111"]).value
    advisor = a.acting_staff_id
    a.act_as(manager.id)
    event = a.events.create(kind="launch", title="Étoile launch", starts_at=_soon(9)).value
    a.act_as(advisor)
    a.sync.sync()
    b.sync.sync()
    a.events.invite(event.id, [client.id])
    b.events.invite(event.id, [client.id])  # offline, unaware of a's
    assert a.sync.sync().rejected == 0
    assert b.sync.sync().rejected == 0
    a.sync.sync()
    assert ho_count(headoffice.store, "invitations", "WHERE NOT deleted") == 1
    for desk in (a, b):
        assert device_count(desk, "invitations", "WHERE deleted = 0") == 1
        assert desk.events.get(event.id).invited == 1


def test_attendance_marked_on_one_device_is_a_contact_and_a_follow_up_on_the_other(
    make_device, headoffice
):
    a = make_device("SH01")
    b = make_device("SH01")
    advisor = a.acting_staff_id
    client = a.clients.create(name_local="林晓", phones=["138 0000 1234"]).value
    a.books.add(advisor, client.id)
    a.act_as(_manager(headoffice, a).id)
    # An event that began an hour ago, with the client accepted (as the demo writes it).
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    with a.store.sessions.begin() as s:
        row = m.Event(
            store_id=a.home_store_id,
            title="Pearl care masterclass",
            kind="workshop",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            capacity=10,
        )
        s.add(row)
        s.flush()
        event_id = row.id
        s.add(
            m.Invitation(
                event_id=event_id,
                client_id=client.id,
                invited_by_id=advisor,
                invited_at=start - dt.timedelta(days=10),
                rsvp=Rsvp.ACCEPTED,
                guests=0,
            )
        )
    a.act_as(advisor)
    assert a.sync.sync().rejected == 0
    b.sync.sync()
    b.events.attend(b.events.find_invitation(event_id, client.id).id)
    assert b.sync.sync().rejected == 0
    a.sync.sync()
    assert a.events.find_invitation(event_id, client.id).attended is True
    with a.store.sessions() as s:
        (touch,) = s.scalars(
            select(m.Interaction).where(
                m.Interaction.client_id == client.id, m.Interaction.deleted.is_(False)
            )
        ).all()
        assert touch.kind == "event" and touch.event_id == event_id
        (action,) = s.scalars(
            select(m.NextBestAction).where(m.NextBestAction.kind == "event_follow_up")
        ).all()
        assert action.advisor_id == advisor and action.status == "open"
    assert ho_count(headoffice.store, "interactions", "WHERE NOT deleted") == 1


def test_head_office_refuses_an_event_made_by_someone_who_may_not_organise(make_device, headoffice):
    a = make_device("SH01")  # signed in as the store's advisor
    # Written past the service, as a device that skipped its check would send it.
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    with a.store.sessions.begin() as s:
        s.add(
            m.Event(
                store_id=a.home_store_id,
                title="Unofficial launch",
                kind="launch",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=2),
            )
        )
    report = a.sync.sync()
    assert report.rejected == 1, report
    assert ho_count(headoffice.store, "events", "WHERE title = 'Unofficial launch'") == 0
    (refused,) = a.refused.open()
    assert refused.entity == "events" and "Only a store manager" in refused.reason
