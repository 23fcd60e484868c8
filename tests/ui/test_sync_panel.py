"""Sync in the app: a background sync that never blocks the UI, the status line, and
a real conflict resolved through the review dialog."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from jeweldesk.headoffice import admin
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.services import Desk
from jeweldesk.sync.enrol import enrol_device
from jeweldesk.ui.main_window import MainWindow
from jeweldesk.ui.sync_panel import ConflictDialog, SyncController
from tests.headoffice_server import start_headoffice


@pytest.fixture
def network(tmp_path):
    """A head office on loopback and two enrolled devices of its Shanghai store."""
    running = start_headoffice(f"sqlite:///{tmp_path / 'ho.sqlite3'}")
    ho = running.store
    admin.add_store(ho, code="SH01", name="Shanghai Flagship", timezone="Asia/Shanghai", currency="CNY", country="CN")
    admin.add_staff(ho, email="li.na@sh01.example", name="Li Na", role="advisor", store_code="SH01")
    desks = []
    for name in ("a", "b"):
        desk = Desk.open(tmp_path / name)
        enrol_device(desk, running.url, issue_code(ho, "SH01"))
        desk.act_as(desk.directory.person("li.na@sh01.example").id)
        desks.append(desk)
    yield running, desks
    for desk in desks:
        desk.close()
    running.stop()


@pytest.fixture
def two_devices(network):
    return network[1]


def test_background_sync_keeps_the_ui_responsive(qtbot, two_devices, monkeypatch):
    desk, _ = two_devices
    desk.clients.create(name_local="王美玲", phones=["138 1234 5678"])
    window = MainWindow(desk)
    qtbot.addWidget(window)
    controller = SyncController(desk, window)
    window.attach_sync(controller)
    qtbot.addWidget(window.sync_status)
    window.destroyed.connect(controller.stop)
    assert "waiting to sync" in window.sync_status.label.text()

    real_sync = desk.sync.sync

    def slow_sync():
        time.sleep(0.6)  # a slow mall-basement network
        return real_sync()

    monkeypatch.setattr(desk.sync, "sync", slow_sync)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    with qtbot.waitSignal(controller.sig_synced, timeout=15_000):
        assert controller.sync_now()
        assert not controller.sync_now()  # one sync at a time
        assert window.sync_status.label.text().startswith("Syncing…")
    timer.stop()
    assert len(ticks) >= 15, "the UI thread stopped ticking while sync ran"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.25
    assert window.sync_status.label.text().startswith("● Online")
    assert desk.sync.pending() == 0
    controller.stop()


def _synced_once(qtbot, desk):
    """The main window with its sync line, after one background sync attempt."""
    window = MainWindow(desk)
    qtbot.addWidget(window)
    controller = SyncController(desk, window)
    window.attach_sync(controller)
    with qtbot.waitSignal(controller.sig_state, timeout=30_000, check_params_cb=lambda s: not s["running"]):
        controller.sync_now()
    return window, controller


def test_offline_is_shown_and_nothing_is_lost(qtbot, two_devices):
    desk, _ = two_devices
    desk.clients.create(name_local="李静")
    desk.sync.client.url = "http://127.0.0.1:9"  # nothing listens there
    window, controller = _synced_once(qtbot, desk)
    assert "Offline" in window.sync_status.label.text()
    assert desk.sync.pending() > 0
    controller.stop()


def test_a_revoked_device_says_so_in_the_advisors_language(qtbot, qapp, network):
    from jeweldesk.ui.translations import install_translator

    running, (desk, _) = network
    desk.clients.create(name_local="李静")
    admin.revoke_device(running.store, desk.device_id)  # a tablet reported stolen
    window, controller = _synced_once(qtbot, desk)
    text = window.sync_status.label.text()
    assert "Head office no longer accepts this device" in text and "Offline" not in text
    assert "1 change waiting to sync" in text
    assert desk.sync.pending() > 0  # nothing typed on it is lost

    install_translator(qapp, "zh_CN")  # the test set resets English afterwards
    window.sync_status.show_state(controller.state())
    assert "总部已不再接受此设备" in window.sync_status.label.text()
    controller.stop()


def test_conflict_badge_and_dialog_resolve_a_real_conflict(qtbot, two_devices):
    a, b = two_devices
    client = a.clients.create(name_local="王美玲").value
    a.sync.sync()
    b.sync.sync()
    a.clients.update(client.id, greeting_name="王女士")
    b.clients.update(client.id, greeting_name="Mrs Wang")
    a.sync.sync()
    b.sync.sync()

    window = MainWindow(b)
    qtbot.addWidget(window)
    controller = SyncController(b, window)
    window.attach_sync(controller)
    assert window.sync_status.badge.isVisible() or window.sync_status.badge.text() == "1 change to review"
    assert b.conflicts.count_open() == 1

    dialog = ConflictDialog(b, window)
    qtbot.addWidget(dialog)
    # The field in words and the moment in the store's time, not the computer's.
    found = b.conflicts.open()[0].detected_at.replace(tzinfo=dt.UTC)
    heading = dialog.findChild(QWidget, "conflictCard").findChildren(QLabel)[0].text()
    assert "Greeting" in heading and "greeting_name" not in heading
    assert found.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%H:%M") in heading
    card = dialog.findChild(QWidget, "conflictCard")
    # Side by side: before, kept at head office, not kept; and who wrote each.
    assert [label.text() for label in card.findChildren(QLabel, "conflictHeading")] == [
        "Before", "Kept at head office", "Not kept"]
    assert [label.text() for label in card.findChildren(QLabel, "conflictValue")] == ["—", "王女士", "Mrs Wang"]
    sources = [label.text() for label in card.findChildren(QLabel, "conflictSource")]
    assert sources == ["", f"on device {a.device_id}", "on this device"]
    use_mine = dialog.findChild(QPushButton, "useMine")
    assert use_mine.toolTip() == "Mrs Wang"
    use_mine.click()
    assert dialog.resolved == 1 and b.conflicts.count_open() == 0
    assert b.clients.get(client.id).greeting_name == "Mrs Wang"
    b.sync.sync()
    a.sync.sync()
    assert a.clients.get(client.id).greeting_name == "Mrs Wang"
    controller.stop()
