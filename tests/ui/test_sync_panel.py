"""Sync in the app: a background sync that never blocks the UI, the status line, a
real conflict resolved through the review dialog, and changes a real head office
refused, shown with their reason and dismissed."""

from __future__ import annotations

import datetime as dt
import threading
import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from jeweldesk.headoffice import admin
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.services import Desk
from jeweldesk.sync.enrol import enrol_device
from jeweldesk.ui.main_window import MainWindow
from jeweldesk.ui.sync_panel import ConflictDialog, SyncController
from jeweldesk.ui.widgets.dates import record_date
from tests.headoffice_server import start_headoffice
from tests.sync.refusals import (
    OVER_LONG_TITLE,
    edit_recorded_purchase,
    give_an_over_long_title,
    put_in_a_colleagues_book,
    recorded_purchase,
)
from tests.templates import empty_store


@pytest.fixture
def network(tmp_path):
    """A head office on loopback and two enrolled devices of its Shanghai store."""
    running = start_headoffice(f"sqlite:///{tmp_path / 'ho.sqlite3'}")
    ho = running.store
    admin.add_store(
        ho,
        code="SH01",
        name="Shanghai Flagship",
        timezone="Asia/Shanghai",
        currency="CNY",
        country="CN",
    )
    admin.add_staff(ho, email="li.na@sh01.example", name="Li Na", role="advisor", store_code="SH01")
    desks = []
    for name in ("a", "b"):
        desk = Desk.open(empty_store(tmp_path / name))
        enrol_device(desk, running.url, issue_code(ho, "SH01"))
        desk.act_as(desk.directory.person("li.na@sh01.example").id)
        desks.append(desk)
    yield running, desks
    for desk in desks:
        desk.close()
    running.close()


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
    network_answers = threading.Event()

    def slow_sync():
        # A slow mall-basement network: the answer comes only once the UI thread has
        # shown it kept ticking meanwhile.
        assert network_answers.wait(timeout=15)
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
        try:
            qtbot.waitUntil(lambda: len(ticks) >= 15, timeout=10_000)
        finally:
            network_answers.set()
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
    with qtbot.waitSignal(
        controller.sig_state, timeout=30_000, check_params_cb=lambda s: not s["running"]
    ):
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
    assert (
        window.sync_status.badge.isVisible()
        or window.sync_status.badge.text() == "1 change to review"
    )
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
        "Before",
        "Kept at head office",
        "Not kept",
    ]
    assert [label.text() for label in card.findChildren(QLabel, "conflictValue")] == [
        "—",
        "王女士",
        "Mrs Wang",
    ]
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


PURCHASE_REFUSED = (
    "purchases cannot be changed after they are recorded; record a correction instead"
)


def _refused_twice(desk):
    """A purchase's total edited after it was recorded and a title too long for head
    office, both pushed and refused by head office."""
    client = desk.clients.create(name_local="王美玲").value
    purchase = recorded_purchase(desk, client.id)
    desk.sync.sync()
    edit_recorded_purchase(desk, purchase.id, "1.00")
    give_an_over_long_title(desk, client.id)
    assert desk.sync.sync().rejected == 2
    return client


def _refused_cards(dialog) -> list[QFrame]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # cards replaced by fill()
    section = dialog.findChild(QWidget, "refusedChanges")
    return section.findChildren(QFrame, "conflictCard") if section is not None else []


def _texts(card, name: str) -> list[str]:
    return [label.text() for label in card.findChildren(QLabel, name)]


def test_refused_changes_are_counted_shown_with_their_reason_and_dismissed(qtbot, two_devices):
    desk, _ = two_devices
    _refused_twice(desk)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    controller = SyncController(desk, window)
    window.attach_sync(controller)
    status = window.sync_status
    assert not status.badge.isHidden() and status.badge.text() == "2 changes to review"
    assert "2 changes refused by head office" in status.label.text()

    dialog = ConflictDialog(desk, window)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QWidget, "refusedChanges").findChild(
        QLabel, "editorHeading"
    ).text() == ("Refused by head office")
    purchase, title = _refused_cards(dialog)
    # What, whose, when (in the store's time), the value tried, and head office's words.
    assert _texts(purchase, "refusedWhat") == ["<b>Purchase</b> · Wang Meiling 王美玲"]
    made = desk.refused.open()[0].made_at.astimezone(ZoneInfo("Asia/Shanghai"))
    assert f"Changed on this device {record_date(made.date())} {made:%H:%M}" in _texts(
        purchase, "conflictSource"
    )
    assert _texts(purchase, "refusedField") == ["Total"]
    assert _texts(purchase, "conflictValue") == ["1.00"]
    assert _texts(purchase, "conflictHeading") == ["Tried to set", "Head office's reason"]
    assert _texts(purchase, "refusedReason") == [PURCHASE_REFUSED]
    assert _texts(title, "refusedWhat") == ["<b>Client profile</b> · Wang Meiling 王美玲"]
    assert (_texts(title, "refusedField"), _texts(title, "conflictValue")) == (
        ["Form of address"],
        [OVER_LONG_TITLE],
    )
    # Head office's reason, its column named as the card names it.
    assert _texts(title, "refusedReason") == ["Form of address is longer than 20 characters"]

    dismiss = purchase.findChild(QPushButton, "dismissRefused")
    assert (dismiss.text(), dismiss.toolTip()) == ("Dismiss", "I have seen this")
    dismiss.click()
    [left] = _refused_cards(dialog)
    assert _texts(left, "refusedReason") == ["Form of address is longer than 20 characters"]
    assert dialog.dismissed == 1 and desk.refused.count_open() == 1
    status.show_state(controller.state())
    assert status.badge.text() == "1 change to review"
    assert "1 change refused by head office" in status.label.text()

    left.findChild(QPushButton, "dismissRefused").click()
    assert _refused_cards(dialog) == []
    assert [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.text() == "Nothing to review."
    ]
    status.show_state(controller.state())
    assert status.badge.isHidden() and "refused" not in status.label.text()
    assert len(desk.refused.open(include_dismissed=True)) == 2  # seen, and still kept
    controller.stop()


def test_refused_changes_in_chinese(qtbot, qapp, two_devices):
    from jeweldesk.ui.translations import install_translator

    desk, _ = two_devices
    _refused_twice(desk)
    install_translator(qapp, "zh_CN")  # the test set resets English afterwards
    desk.set_language("zh_CN")  # as the app sets both
    dialog = ConflictDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "待审核的更改"
    assert (
        dialog.findChild(QWidget, "refusedChanges").findChild(QLabel, "editorHeading").text()
        == "被总部拒绝的更改"
    )
    purchase, title = _refused_cards(dialog)
    assert _texts(purchase, "refusedWhat") == ["<b>购买</b> · Wang Meiling 王美玲"]
    assert _texts(title, "refusedWhat") == ["<b>客户档案</b> · Wang Meiling 王美玲"]
    assert _texts(purchase, "refusedField") == ["合计"]
    assert _texts(purchase, "conflictHeading") == ["尝试写入的值", "总部给出的原因"]
    assert "在本设备更改" in " ".join(_texts(purchase, "conflictSource"))
    # Head office's reason in the interface's language, in its words for the record
    # and the field.
    assert _texts(purchase, "refusedReason") == ["购买登记后不能修改，请改为登记一笔更正。"]
    assert _texts(title, "refusedReason") == ["“称谓”超过 20 个字符，总部无法保存。"]
    assert purchase.findChild(QPushButton, "dismissRefused").text() == "知道了"

    window = MainWindow(desk)
    qtbot.addWidget(window)
    controller = SyncController(desk, window)
    window.attach_sync(controller)
    assert window.sync_status.badge.text() == "2 项更改待审核"
    assert "2 项更改被总部拒绝" in window.sync_status.label.text()
    controller.stop()


def test_a_refused_addition_can_be_removed_from_this_device(qtbot, network, monkeypatch):
    running, (desk, _) = network
    client = _refused_twice(desk)
    admin.add_staff(
        running.store,
        email="zhou.jie@sh01.example",
        name="Zhou Jie",
        role="advisor",
        store_code="SH01",
    )
    desk.sync.sync()
    zhou = next(p for p, _ in desk.directory.staff("SH01") if p.name == "Zhou Jie")
    put_in_a_colleagues_book(desk, zhou.id, client.id)  # Li Na is signed in
    assert desk.sync.sync().rejected == 1
    window = MainWindow(desk)
    qtbot.addWidget(window)
    controller = SyncController(desk, window)
    window.attach_sync(controller)
    status = window.sync_status
    assert status.badge.text() == "3 changes to review"

    def review_and_remove(dialog) -> int:
        purchase, title, book = _refused_cards(dialog)
        # Only a change that added a record can be taken back off the device.
        assert purchase.findChild(QPushButton, "withdrawRefused") is None
        assert title.findChild(QPushButton, "withdrawRefused") is None
        assert _texts(book, "refusedWhat") == ["<b>Client book entry</b> · Wang Meiling 王美玲"]
        withdraw = book.findChild(QPushButton, "withdrawRefused")
        assert withdraw.text() == "Remove from this device"
        withdraw.click()
        assert dialog.withdrawn == 1 and len(_refused_cards(dialog)) == 2
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", review_and_remove)
    with qtbot.waitSignal(status.sig_changed):  # the window refreshes, as after a sync
        status.badge.click()
    assert status.badge.text() == "2 changes to review"
    assert desk.refused.count_open() == 2 and desk.sync.pending() == 0
    assert desk.books.add(desk.acting_staff_id, client.id).value.client_id == client.id
    controller.stop()
