"""Consent from the client's profile, on a real demo store: marketing consent withdrawn
and granted again through the dialog while Today watches its marketing action go and
come back; a paper form refused without its number; the client's signature drawn
with real mouse events and kept as the decision's proof."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui

MARKETING = ("check_in", "wake_up", "date_greeting", "gift_reminder", "milestone")


@pytest.fixture
def own_desk(demo_store, tmp_path):
    from jeweldesk.services import Desk

    opened = Desk.open(copy_store(demo_store, tmp_path / "store"))
    yield opened
    opened.close()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_window(qtbot, desk):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    return win


def open_consent_tab(qtbot, win, client_id):
    win.select_client(client_id)
    pane = win.profile_pane
    qtbot.waitUntil(
        lambda: pane.profile is not None and pane.profile.summary.id == client_id, timeout=10_000
    )
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    pane.tabs.setCurrentWidget(pane.consent)
    return pane.consent


def draw(canvas, points) -> None:
    first, *rest = points
    QTest.mousePress(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*first)
    )
    for point in rest:
        QTest.mouseMove(canvas, QPoint(*point))
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*rest[-1])
    )


def on_today(win, action_id) -> bool:
    screen = win.screens["today"]
    return screen.model.row_of(action_id) != -1


def test_marketing_consent_withdrawn_and_granted_from_the_profile_takes_the_action_away_and_back(
    styled_app, own_desk, qtbot
):
    win = open_window(qtbot, own_desk)
    today = win.screens["today"]
    with qtbot.waitSignal(today.sig_shown, timeout=10_000):
        win.show_screen("today")
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    action = next(
        today.model.action(r)
        for r in range(today.model.rowCount())
        if today.model.action(r).purpose == "marketing" and today.model.action(r).channel
    )
    assert own_desk.consent.allowed(action.client_id, "marketing", action.channel)

    tab = open_consent_tab(qtbot, win, action.client_id)
    rows_before = tab.consent_model.rowCount()
    click(qtbot, tab.withdraw_consent)
    dialog = tab.consent_dialog
    qtbot.waitExposed(dialog)
    assert dialog.withdraw_button.isChecked()
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("marketing"))
    dialog.channel.setCurrentIndex(dialog.channel.findData(""))  # every channel
    click(qtbot, dialog.method_buttons["spoken"])
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: tab.consent_model.rowCount() == rows_before + 1, timeout=10_000)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    win.show_screen("today")
    qtbot.waitUntil(lambda: not on_today(win, action.id), timeout=10_000)

    # Granted again, on a paper form: refused without its number, then saved with it.
    click(qtbot, tab.grant_consent)
    dialog = tab.consent_dialog
    qtbot.waitExposed(dialog)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("marketing"))
    dialog.channel.setCurrentIndex(dialog.channel.findData(""))
    click(qtbot, dialog.method_buttons["paper_form"])
    assert dialog.proof.isVisible() and not dialog.signature.isVisible()
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000) as refused:
        click(qtbot, dialog.save_button)
    assert "form" in refused.args[0] and dialog.error.isVisible()
    assert tab.consent_model.rowCount() == rows_before + 1  # nothing written
    qtbot.keyClicks(dialog.proof, "F-2026-0188")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: tab.consent_model.rowCount() == rows_before + 2, timeout=10_000)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    win.show_screen("today")
    qtbot.waitUntil(lambda: on_today(win, action.id), timeout=10_000)
    newest = own_desk.consent.history(action.client_id)[0]
    assert (newest.granted, newest.method, newest.proof) == (True, "paper_form", "F-2026-0188")
    assert newest.recorded_by_id == own_desk.acting_staff_id
    win.runner.stop()


def test_the_clients_signature_drawn_on_the_pad_is_the_proof(styled_app, own_desk, qtbot):
    win = open_window(qtbot, own_desk)
    client_id = own_desk.books.book(own_desk.acting_staff_id)[0].summary.id
    tab = open_consent_tab(qtbot, win, client_id)
    click(qtbot, tab.grant_consent)
    dialog = tab.consent_dialog
    qtbot.waitExposed(dialog)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("cross_border"))
    click(qtbot, dialog.method_buttons["signature"])
    assert dialog.signature.isVisible() and not dialog.proof.isVisible()
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000) as refused:  # left empty
        click(qtbot, dialog.save_button)
    assert "sign" in refused.args[0]
    qtbot.waitUntil(lambda: dialog.signature.canvas.isVisible(), timeout=5_000)
    draw(dialog.signature.canvas, [(30, 60), (80, 30), (130, 70), (180, 40)])
    draw(dialog.signature.canvas, [(200, 50), (260, 52)])
    drawn = dialog.signature.svg_path()
    assert drawn.count("M") == 2
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    saved = own_desk.consent.history(client_id)[0]
    assert (saved.purpose, saved.method, saved.signature_svg) == (
        "cross_border",
        "signature",
        drawn,
    )
    qtbot.waitUntil(
        lambda: any(
            tab.consent_model.record(r).id == saved.id for r in range(tab.consent_model.rowCount())
        ),
        timeout=10_000,
    )
    win.runner.stop()
