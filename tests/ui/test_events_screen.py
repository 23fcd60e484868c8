"""The Events screen through real widgets on a private copy of the demo store: a store
manager creates an event in the dialog (a bad capacity refused with the reason), an
advisor invites a client a fourth time in 90 days (warned; written only once
confirmed), answers are recorded and attendance ticked; the item models pass
qtmodeltester."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from jeweldesk.domain.vocab import Rsvp
from jeweldesk.services.events import invitation_id
from jeweldesk.storage import models as m
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def store(demo_store, tmp_path):
    return copy_store(demo_store, tmp_path / "store")


@pytest.fixture
def desk(store):
    from jeweldesk.services import Desk

    opened = Desk.open(store)
    yield opened
    opened.close()


def _person(desk, role):
    store = desk.directory.store(desk.home_store_id)
    return next(p for p, _ in desk.directory.staff(store.code) if p.role == role and p.active)


@pytest.fixture
def win(styled_app, desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    desk.act_as(_person(desk, "store_manager").id)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.runner.idle, timeout=5000)
    yield window
    window.runner.stop()
    window.close()


def _settle(qtbot, window):
    qtbot.waitUntil(window.runner.idle, timeout=10000)


def _events(qtbot, window):
    window.show_screen("events")
    _settle(qtbot, window)
    return window.screens["events"]


def test_the_events_screen_is_on_the_rail_and_lists_the_store_events(win, qtbot, desk):
    screen = _events(qtbot, win)
    assert win.nav_buttons["events"].isVisible()
    assert screen.model.rowCount() == len(desk.events.upcoming()) > 0
    assert screen.new_button.isVisible()  # a store manager organises
    assert screen.current is not None and screen.guests.rowCount() > 0


def test_a_manager_creates_an_event_and_a_bad_capacity_is_refused(win, qtbot, desk):
    screen = _events(qtbot, win)
    before = screen.model.rowCount()
    dialog = screen.new_event()
    _settle(qtbot, win)
    assert dialog.room.count() > 1 and dialog.host.count() > 1
    dialog.kind.setCurrentIndex(dialog.kind.findData("workshop"))
    qtbot.keyClicks(dialog.title_edit, "Engraving workshop")
    day = dt.date.today() + dt.timedelta(days=9)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.start_edit.setTime(QTime(15, 0))
    dialog.end_edit.setTime(QTime(17, 0))
    dialog.room.setCurrentIndex(1)
    dialog.host.setCurrentIndex(1)
    qtbot.keyClicks(dialog.capacity, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, win)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "whole number" in dialog.error.text()
    assert dialog.capacity.property("invalid") is True
    assert dialog.title_edit.text() == "Engraving workshop"  # what was typed is kept
    dialog.capacity.setText("12")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, win)
    assert screen.model.rowCount() == before + 1
    made = dialog.saved
    assert made.capacity == 12 and made.kind == "workshop" and made.room_id is not None
    zone = ZoneInfo(desk.directory.store(desk.home_store_id).timezone)
    assert made.starts_at.astimezone(zone).hour == 15
    assert screen.current is not None and screen.current.id == made.id


def test_an_advisor_cannot_create_events(styled_app, desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    desk.act_as(_person(desk, "advisor").id)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.runner.idle, timeout=5000)
    screen = _events(qtbot, window)
    assert not screen.new_button.isVisible() and not screen.edit_button.isVisible()
    assert screen.invite_button.isVisible() or screen.current is None
    window.runner.stop()
    window.close()


def _tired_client(desk, event_id):
    """A client of the store with three invitations in the last 90 days, none to `event_id`."""
    rules_window = dt.datetime.now(dt.UTC) - dt.timedelta(days=90)
    with desk.store.sessions() as s:
        invited = {
            i.client_id
            for i in s.query(m.Invitation).filter(m.Invitation.event_id == event_id).all()
        }
        client = next(
            c
            for c in s.query(m.Client)
            .filter(m.Client.home_store_id == desk.home_store_id, m.Client.erased_at.is_(None))
            .order_by(m.Client.family_name)
            .all()
            if c.id not in invited
            and not any(
                i.invited_at.replace(tzinfo=dt.UTC) > rules_window
                for i in s.query(m.Invitation).filter(m.Invitation.client_id == c.id)
            )
        )
        cid = client.id
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=60)
    with desk.store.sessions.begin() as s:
        for n in range(3):
            past = m.Event(
                store_id=desk.home_store_id,
                title=f"Evening {n}",
                kind="in_store_event",
                starts_at=start + dt.timedelta(days=15 * n),
                ends_at=start + dt.timedelta(days=15 * n, hours=2),
            )
            s.add(past)
            s.flush()
            s.add(
                m.Invitation(
                    id=invitation_id(past.id, cid),
                    event_id=past.id,
                    client_id=cid,
                    invited_at=start + dt.timedelta(days=15 * n - 7),
                    rsvp=Rsvp.ACCEPTED,
                    guests=0,
                )
            )
    return cid


def test_inviting_a_client_a_fourth_time_in_90_days_is_warned(win, qtbot, desk):
    screen = _events(qtbot, win)
    event = screen.current
    tired = _tired_client(desk, event.id)
    invited_before = event.invited
    dialog = screen.invite()
    _settle(qtbot, win)
    dialog.scope.setCurrentIndex(dialog.scope.findData("store"))
    _settle(qtbot, win)
    row = next(n for n, c in enumerate(dialog.model.rows) if c.client_id == tired)
    shown = dialog.model.data(dialog.model.index(row, 2))
    assert "3 invitations in the last 90 days" in shown  # beside the name
    dialog.model.setData(dialog.model.index(row, 0), True, Qt.ItemDataRole.CheckStateRole)
    assert "1 with a fatigue warning" in dialog.count.text()
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, win)
    assert dialog.isVisible() and dialog.warning.isVisible()
    assert "event fatigue" in dialog.warning.text()
    assert dialog.invite_button.text() == "Invite anyway"
    assert desk.events.get(event.id).invited == invited_before  # nothing written yet
    with qtbot.waitSignal(dialog.sig_invited, timeout=10000):
        qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, win)
    assert desk.events.get(event.id).invited == invited_before + 1
    assert desk.events.find_invitation(event.id, tired).rsvp == Rsvp.PENDING
    assert screen.current.invited == invited_before + 1


def test_answers_and_attendance_through_the_guest_list(win, qtbot, desk):
    screen = _events(qtbot, win)
    manager = desk.acting_staff_id
    # An event that began an hour ago with two guests, and one still to come.
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    with desk.store.sessions() as s:
        clients = [
            c.id
            for c in s.query(m.Client)
            .filter(m.Client.home_store_id == desk.home_store_id, m.Client.erased_at.is_(None))
            .limit(2)
        ]
    with desk.store.sessions.begin() as s:
        begun = m.Event(
            store_id=desk.home_store_id,
            title="Pearl knotting evening",
            kind="workshop",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=3),
            capacity=10,
            host_id=manager,
        )
        s.add(begun)
        s.flush()
        begun_id = begun.id
        for cid in clients:
            s.add(
                m.Invitation(
                    id=invitation_id(begun_id, cid),
                    event_id=begun_id,
                    client_id=cid,
                    invited_at=start - dt.timedelta(days=8),
                    rsvp=Rsvp.PENDING,
                    guests=0,
                )
            )
    screen.refresh()
    _settle(qtbot, win)
    screen.select_event(begun_id)
    _settle(qtbot, win)
    assert screen.current.id == begun_id and screen.guests.rowCount() == 2
    assert not screen.guest_table.isColumnHidden(3)  # it has begun: attendance is ticked
    screen.choose_guest(clients[0])
    screen.guest_count.setValue(2)
    qtbot.mouseClick(screen.accept_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, win)
    answered = desk.events.find_invitation(begun_id, clients[0])
    assert answered.rsvp == Rsvp.ACCEPTED and answered.guests == 2
    assert "3 of 10 places taken" in screen.event_counts.text()
    row = next(
        n for n, g in enumerate(screen.guests.guests) if g.invitation.client_id == clients[0]
    )
    index = screen.guests.index(row, 3)
    assert screen.guests.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    screen.guests.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _settle(qtbot, win)
    assert desk.events.find_invitation(begun_id, clients[0]).attended is True
    assert "1 attended" in screen.event_counts.text()
    with desk.store.sessions() as s:
        touch = s.query(m.Interaction).filter(m.Interaction.event_id == begun_id).one()
        assert touch.client_id == clients[0] and str(touch.kind) == "event"


def test_models_pass_the_model_tester(win, qtbot, qtmodeltester):
    screen = _events(qtbot, win)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.guests)
    dialog = screen.invite()
    _settle(qtbot, win)
    qtmodeltester.check(dialog.model)
    dialog.close()
