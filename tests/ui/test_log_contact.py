"""Log contact, as an advisor does it on a real demo store: from Today (the coverage
tile moves, the list is read again without the action), by marking an action done
(Done records how the contact was made), and from the client's profile."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def own_desk(demo_store, tmp_path):
    from jeweldesk.services import Desk

    opened = Desk.open(copy_store(demo_store, tmp_path / "store"))
    yield opened
    opened.close()


def open_today(qtbot, desk):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    screen = win.screens["today"]
    with qtbot.waitSignal(screen.sig_shown, timeout=10_000):
        win.show_screen("today")
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    return win, screen


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def quiet_action(screen, desk):
    """An action on the list whose client nobody contacted in the last 30 days."""
    month = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    for row in range(screen.model.rowCount()):
        action = screen.model.action(row)
        last = desk.interactions.last_contact(action.client_id)
        if (last is None or last < month) and action.purpose != "internal":
            return row, action
    raise AssertionError("the demo advisor has an action for a client not contacted lately")


def coverage_figure(screen) -> int:
    return int(screen.tile_coverage.caption.text().split()[0])


def test_a_call_logged_from_today_moves_coverage_and_refreshes_the_list(
    styled_app, own_desk, qtbot
):
    win, screen = open_today(qtbot, own_desk)
    row, action = quiet_action(screen, own_desk)
    screen.action_list.setCurrentIndex(screen.model.index(row, 0))
    assert screen.contact.log_button.isVisible()
    before = coverage_figure(screen)

    click(qtbot, screen.contact.log_button)
    dialog = screen.contact.dialog
    qtbot.waitExposed(dialog)
    assert dialog.client_label.text() == action.client_display_name
    assert dialog.completes.isChecked()  # from an action: the contact completes it
    click(qtbot, dialog.how.buttons["call"])
    assert dialog.how.channel_value() == "phone"
    dialog.outcome.setCurrentText("Reached")
    qtbot.keyClicks(dialog.note, "She will come on Saturday with her sister")
    with qtbot.waitSignal(screen.sig_shown, timeout=10_000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)

    assert not dialog.isVisible()
    assert screen.model.row_of(action.id) == -1  # the action it completed left the day
    qtbot.waitUntil(lambda: coverage_figure(screen) == before + 1, timeout=5_000)
    (logged, *_) = own_desk.interactions.for_client(action.client_id)
    assert (logged.kind, logged.channel, logged.outcome) == ("call", "phone", "Reached")
    assert logged.summary == "She will come on Saturday with her sister"
    assert logged.action_id == action.id
    win.runner.stop()


def test_a_contact_in_the_future_is_refused_in_the_dialog(styled_app, own_desk, qtbot):
    win, screen = open_today(qtbot, own_desk)
    action = screen.current_action()
    click(qtbot, screen.contact.log_button)
    dialog = screen.contact.dialog
    qtbot.waitExposed(dialog)
    dialog.when.setMaximumDateTime(dialog.when.dateTime().addDays(5))
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))
    qtbot.keyClicks(dialog.note, "typed, and kept")
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000) as refused:
        click(qtbot, dialog.save_button)
    assert "future" in refused.args[0]
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.note.toPlainText() == "typed, and kept"
    assert screen.model.row_of(action.id) != -1
    dialog.reject()
    win.runner.stop()


def test_done_asks_how_the_contact_was_made_and_records_it(styled_app, own_desk, qtbot):
    win, screen = open_today(qtbot, own_desk)
    row, action = quiet_action(screen, own_desk)
    screen.action_list.setCurrentIndex(screen.model.index(row, 0))
    assert screen.contact.box.isVisible()
    kinds = screen.contact.how.kind_combo
    kinds.setCurrentIndex(kinds.findData("visit"))
    assert screen.contact.how.channel_value() == "in_person"
    qtbot.keyClicks(screen.note, "Came in to see the pearls")
    with qtbot.waitSignal(screen.sig_outcome, timeout=10_000):
        click(qtbot, screen.done_button)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    talks = own_desk.interactions.for_client(action.client_id)
    assert talks[0].action_id == action.id
    assert (talks[0].kind, talks[0].channel) == ("visit", "in_person")
    assert talks[0].summary == "Came in to see the pearls"
    win.runner.stop()


def test_a_contact_is_logged_from_the_clients_profile(styled_app, own_desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    client_id = own_desk.books.book(own_desk.acting_staff_id)[0].summary.id
    win = MainWindow(own_desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    win.select_client(client_id)
    pane = win.profile_pane
    qtbot.waitUntil(lambda: pane.profile is not None, timeout=10_000)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    before = pane.history.interaction_model.rowCount()
    pane.tabs.setCurrentWidget(pane.history)
    click(qtbot, pane.history.log_contact)
    dialog = pane.history.log_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.completes.isVisible()  # no action here
    click(qtbot, dialog.how.buttons["message"])
    index = dialog.how.channel.findData("wechat")
    dialog.how.channel.setCurrentIndex(index)
    dialog.outcome.setCurrentText("Replied")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: pane.history.interaction_model.rowCount() == before + 1, timeout=10_000)
    newest = pane.history.interaction_model.record(0)
    assert (newest.kind, newest.channel, newest.outcome) == ("message", "wechat", "Replied")
    win.runner.stop()
