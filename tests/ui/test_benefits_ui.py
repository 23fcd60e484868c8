"""The profile's Benefits tab through its real widgets and the database runner, on a
private copy of the demo store: a voucher issued and redeemed, a second redemption
refused with the reason in the dialog, a purchase's benefit issued, a withdrawal by
the store manager only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.exceptions import TimeoutError as WaitTimeout

from jeweldesk.ui.benefits import tab as benefits_tab
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def own_desk(demo_store, tmp_path):
    from jeweldesk.services import Desk

    opened = Desk.open(copy_store(demo_store, tmp_path / "store"))
    yield opened
    opened.close()


@pytest.fixture
def window(styled_app, own_desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(own_desk)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.runner.idle, timeout=10000)
    yield win
    # Let the last refresh finish where it can; a slow one on a loaded machine is no
    # reason to fail a test whose checks have all passed.
    try:
        qtbot.waitUntil(win.runner.idle, timeout=30000)
    except WaitTimeout:
        pass
    win.runner.stop()


def _person(desk, role: str):
    return next(p for p in desk.accounts.people() if p.role == role)


def _open_client(qtbot, window, client_id):
    window.select_client(client_id)
    qtbot.waitUntil(
        lambda: (
            window.profile_pane.profile is not None
            and window.profile_pane.profile.summary.id == client_id
        ),
        timeout=10000,
    )
    pane = window.profile_pane
    pane.tabs.setCurrentWidget(pane.benefits)
    qtbot.waitUntil(window.runner.idle, timeout=10000)
    return pane.benefits


def _client_with_purchase(desk):
    for row in desk.books.book(desk.acting_staff_id):
        if desk.clients.profile(row.summary.id).purchases:
            return row.summary.id
    raise AssertionError("no client of the book has a purchase")


def test_a_voucher_is_issued_and_redeemed_from_the_profile(window, own_desk, qtbot):
    client_id = _client_with_purchase(own_desk)
    tab = _open_client(qtbot, window, client_id)
    before = len(tab.views)

    tab.issue_voucher.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.currency.text() == "CNY"
    # A title left empty: refused in the dialog, which stays open.
    qtbot.mouseClick(dialog.save, qtbot_button())
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "title" in dialog.error.text().lower()
    assert dialog.isVisible()
    dialog.title.setText("Spring voucher")
    dialog.title_zh.setText("春季礼券")
    dialog.value.setText("2,000")
    dialog.valid_until.setDate(QDate.currentDate().addDays(20))
    dialog.conditions.setPlainText("On a purchase of ¥20,000 or more.")
    qtbot.mouseClick(dialog.save, qtbot_button())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: len(tab.views) == before + 1, timeout=10000)
    voucher = next(v for v in tab.views if v.benefit.title == "Spring voucher")
    assert voucher.usable and voucher.remaining == 1
    assert "Voucher issued" in window.profile_pane.undo_bar.text.text()

    row = tab.views.index(voucher)
    tab.view.selectRow(row)
    tab.redeem.click()
    dialog = tab.dialog
    assert dialog.save.isEnabled()
    dialog.note.setText("Pearl studs")
    qtbot.mouseClick(dialog.save, qtbot_button())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(
        lambda: any(v.id == voucher.id and not v.usable for v in tab.views), timeout=10000
    )
    used = next(v for v in tab.views if v.id == voucher.id)
    assert [u.note for u in used.uses] == ["Pearl studs"]
    assert tab.model.data(tab.model.index(tab.views.index(used), 4)) == "used"
    assert tab.model.data(tab.model.index(tab.views.index(used), 5))  # the day it was used

    # Redeemed again: the dialog says why at once, and cannot save.
    tab.view.selectRow(tab.views.index(used))
    tab.redeem.click()
    dialog = tab.dialog
    assert dialog.error.isVisible() and not dialog.save.isEnabled()
    assert "Spring voucher has already been used" in dialog.error.text()
    dialog.reject()
    assert len(own_desk.benefits.get(voucher.id).uses) == 1


def test_a_purchase_benefit_is_issued_and_only_a_manager_withdraws(
    window, own_desk, qtbot, monkeypatch
):
    from jeweldesk.services.views import LineDraft

    client_id = _client_with_purchase(own_desk)
    bought = own_desk.purchases.record(
        client_id, [LineDraft("52,000", description="Solitaire ring")]
    ).value
    tab = _open_client(qtbot, window, client_id)
    assert tab.issue_purchase.isEnabled()
    assert not tab.withdraw.isVisible()

    tab.issue_purchase.click()
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("resizing"))
    assert "six months" in dialog.terms.text()
    assert dialog.purchase.currentData() == bought.id  # the newest purchase first
    qtbot.mouseClick(dialog.save, qtbot_button())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(
        lambda: any(v.benefit.purchase_id == bought.id for v in tab.views), timeout=10000
    )
    resizing = next(v for v in tab.views if v.benefit.purchase_id == bought.id)
    assert resizing.usable and resizing.remaining == 1
    assert resizing.benefit.valid_until > dt.date.today() + dt.timedelta(days=170)

    # The same again: refused in the dialog.
    tab.issue_purchase.click()
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("resizing"))
    qtbot.mouseClick(dialog.save, qtbot_button())
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "already comes with Free resizing within six months" in dialog.error.text()
    dialog.reject()

    own_desk.act_as(_person(own_desk, "store_manager").id)
    window.profile_pane.reload()
    qtbot.waitUntil(lambda: tab.withdraw.isVisible(), timeout=10000)
    tab.view.selectRow(tab.views.index(resizing))
    asked: list[str] = []
    monkeypatch.setattr(
        benefits_tab.WithdrawConfirm,
        "ask",
        classmethod(lambda cls, parent, title, text: asked.append(text) or "Returned"),
    )
    tab.withdraw.click()
    qtbot.waitUntil(
        lambda: any(v.id == resizing.id and str(v.standing) == "withdrawn" for v in tab.views),
        timeout=10000,
    )
    assert "can no longer be used" in asked[0]
    assert own_desk.benefits.get(resizing.id).benefit.expired_at is not None


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_dates_in_the_voucher_dialog_are_the_store_s(styled_app, qtbot):
    from jeweldesk.ui.benefits.dialogs import VoucherDialog

    dialog = VoucherDialog(dt.date(2026, 5, 1), "HKD")
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert (values["valid_from"], values["valid_until"]) == (
        dt.date(2026, 5, 1),
        dt.date(2026, 5, 31),
    )
    assert values["currency"] == "HKD" and values["max_uses"] == "1"


@pytest.fixture
def two_devices(tmp_path):
    """A head office on loopback and two enrolled devices of its Shanghai store,
    signed in as its advisor; the store has a manager too."""
    from jeweldesk.headoffice import admin
    from jeweldesk.headoffice.enrolment import issue_code
    from jeweldesk.services import Desk
    from jeweldesk.sync.enrol import enrol_device
    from tests.headoffice_server import start_headoffice
    from tests.templates import empty_store

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
    admin.add_staff(
        ho, email="chen.hua@sh01.example", name="Chen Hua", role="store_manager", store_code="SH01"
    )
    desks = []
    for name in ("a", "b"):
        desk = Desk.open(empty_store(tmp_path / name))
        enrol_device(desk, running.url, issue_code(ho, "SH01"))
        desk.act_as(desk.directory.person("li.na@sh01.example").id)
        desks.append(desk)
    yield desks
    for desk in desks:
        desk.close()
    running.close()


def _redeem_in_tab(qtbot, desk, client_id, note: str) -> None:
    """Open the client's Benefits tab on `desk` and redeem its only voucher there."""
    from jeweldesk.ui.profile.common import Shown
    from jeweldesk.ui.profile.saving import ProfileWrites
    from jeweldesk.ui.runner import DeskRunner

    runner = DeskRunner(desk)
    writes = ProfileWrites(lambda: runner)
    tab = benefits_tab.BenefitsTab(writes)
    qtbot.addWidget(tab)
    tab.show()
    try:
        tab.show_client(Shown(desk.clients.profile(client_id), "Asia/Shanghai"), same_client=False)
        qtbot.waitUntil(lambda: len(tab.views) == 1, timeout=10000)
        tab.redeem.click()
        dialog = tab.dialog
        dialog.note.setText(note)
        qtbot.mouseClick(dialog.save, qtbot_button())
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        qtbot.waitUntil(runner.idle, timeout=10000)
    finally:
        runner.stop()


def test_one_voucher_redeemed_on_two_offline_devices_shows_the_manager_a_conflict(
    styled_app, qtbot, two_devices
):
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from jeweldesk.ui.sync_panel import ConflictDialog

    a, b = two_devices
    client = a.clients.create(name_local="王美玲").value
    voucher = a.benefits.issue_voucher(
        client.id, title="Spring voucher", value="2000", valid_until="2099-05-31"
    ).value
    a.sync.sync()
    b.sync.sync()
    _redeem_in_tab(qtbot, a, client.id, "Counter 1")
    _redeem_in_tab(qtbot, b, client.id, "Counter 2")
    for desk in (a, b, a):
        desk.sync.sync()
    assert a.conflicts.count_open() == b.conflicts.count_open() == 1

    dialog = ConflictDialog(b)
    qtbot.addWidget(dialog)
    card = next(
        c
        for c in dialog.findChildren(QWidget, "conflictCard")
        if c.property("kind") == "double_use"
    )
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Spring voucher used twice" in texts and "王美玲" in texts
    assert "it allows 1 use" in texts
    values = [label.text() for label in card.findChildren(QLabel, "conflictValue")]
    assert "Counter 1" in values[0] and "Counter 2" in values[1]

    # The advisor may not settle it: the card says so, nothing changes.
    card.findChild(QPushButton, "voidSecondUse").click()
    problem = card.findChild(QLabel, "fieldError")
    assert "Only a store manager or head office" in problem.text()
    assert b.conflicts.count_open() == 1

    b.act_as(b.directory.person("chen.hua@sh01.example").id)
    dialog.fill()
    card = next(
        c
        for c in dialog.findChildren(QWidget, "conflictCard")
        if c.property("kind") == "double_use"
    )
    card.findChild(QPushButton, "voidSecondUse").click()
    assert dialog.resolved == 1 and b.conflicts.count_open() == 0
    assert len(b.benefits.get(voucher.id).uses) == 1
    b.sync.sync()
    a.sync.sync()
    assert a.conflicts.count_open() == 0
    assert [u.note for u in a.benefits.get(voucher.id).uses] == ["Counter 1"]
