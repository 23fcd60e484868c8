"""Service-recovery cases through the real widgets on a private copy of the demo store:
a case opened from the profile and resolved inside its SLA (a gesture of "abc" refused
on the way, what was typed kept), the SLA clock of a case on Today, the store
manager's list of open cases sorted by SLA, and a sensitive note another advisor
only learns exists."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jeweldesk.domain.vocab import CaseStatus, Role
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def own_desk(demo_store, tmp_path):
    from jeweldesk.services import Desk

    opened = Desk.open(copy_store(demo_store, tmp_path / "store"))
    yield opened
    opened.close()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(window.runner.idle, timeout=5000)


def _window(qtbot, desk):
    from jeweldesk.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


@pytest.fixture
def client_id(own_desk):
    return own_desk.books.book(own_desk.acting_staff_id)[0].summary.id


def _manager(desk):
    store = desk.directory.person(desk.acting_staff_id).store_id
    return next(
        p for p, _ in desk.directory.staff() if p.role == Role.STORE_MANAGER and p.store_id == store
    )


def _history(qtbot, window, client_id):
    window.select_client(client_id)
    qtbot.waitUntil(lambda: window.profile_pane.profile is not None, timeout=5000)
    settle(qtbot, window)
    pane = window.profile_pane
    pane.tabs.setCurrentWidget(pane.history)
    return pane.history


def _loaded(qtbot, dialog, action) -> object:
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000) as loaded:
        action()
    return loaded.args[0]


def test_a_case_opened_and_resolved_from_the_profile_inside_its_sla(
    styled_app, own_desk, client_id, qtbot
) -> None:
    window = _window(qtbot, own_desk)
    history = _history(qtbot, window, client_id)
    before = len(window.profile_pane.profile.service_cases)
    qtbot.mouseClick(history.open_case, Qt.MouseButton.LeftButton)
    dialog = history.case_dialog
    qtbot.waitUntil(lambda: dialog.manager.count() > 1, timeout=5000)
    assert not dialog.response_card.isVisible() and dialog.open_button.isVisible()

    # Nothing typed: refused, nothing written.
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "complaint" in dialog.error.text()

    dialog.complaint.setPlainText("The engraving inside the band is misspelt")
    dialog.channel.setCurrentIndex(dialog.channel.findData("in_person"))
    dialog.severity.setCurrentIndex(dialog.severity.findData("high"))
    view = _loaded(qtbot, dialog, lambda: dialog.open_button.click())
    assert view.case.status is CaseStatus.OPEN and view.case.severity == "high"
    assert dialog.sla_label.isVisible() and dialog.sla_label.property("state") == "ok"
    assert dialog.sla_label.text().startswith("First response due in 1 h 59 min") or (
        dialog.sla_label.text().startswith("First response due in 2 h")
    )
    assert dialog.response_card.isVisible() and not dialog.open_button.isVisible()

    dialog.apology.setText("Apologised at the counter")
    dialog.gesture.setText("Re-engraving at no cost")
    dialog.gesture_value.setText("abc")
    qtbot.mouseClick(dialog.respond_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "abc" in dialog.error.text()
    assert dialog.apology.text() == "Apologised at the counter"  # kept as typed
    assert own_desk.cases.get(view.id).case.first_response_at is None

    dialog.gesture_value.setText("800")
    dialog.manager.setCurrentIndex(dialog.manager.findData(str(_manager(own_desk).id)))
    view = _loaded(qtbot, dialog, lambda: dialog.respond_button.click())
    assert view.case.status is CaseStatus.RESPONDED and not dialog.error.isVisible()
    assert view.case.gesture_value == 800 and view.case.manager_id == _manager(own_desk).id
    assert dialog.sla_label.text().startswith("Resolution due in")

    dialog.resolution.setPlainText("Re-engraved the same afternoon; the client collected it")
    view = _loaded(qtbot, dialog, lambda: dialog.resolve_button.click())
    assert view.case.status is CaseStatus.RESOLVED and view.sla.met
    assert dialog.sla_label.text() == "Resolved within the SLA"
    assert dialog.sla_label.property("state") == "done"
    assert dialog.follow_up_card.isVisible() and view.case.follow_up_due is not None
    assert not dialog.close_case_button.isVisible()  # the manager closes it

    # The profile's cases section shows it, resolved, with its SLA.
    qtbot.waitUntil(
        lambda: len(window.profile_pane.profile.service_cases) == before + 1, timeout=5000
    )
    settle(qtbot, window)
    model = history.case_model
    row = next(r for r in range(model.rowCount()) if model.record(r).id == view.id)
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert "Resolved" in texts and "Resolved within the SLA" in texts
    window.runner.stop()


def test_a_service_recovery_action_on_today_shows_its_sla_and_opens_the_case(
    styled_app, own_desk, client_id, qtbot
) -> None:
    case = own_desk.cases.open(client_id, "Waited 40 minutes for a confirmed appointment").value
    window = _window(qtbot, own_desk)
    window.show_screen("today")
    today = window.screens["today"]
    qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=5000)
    settle(qtbot, window)
    rows = [
        i
        for i, a in enumerate(today.model.actions())
        if a.kind == "service_recovery" and a.client_id == client_id
    ]
    assert rows, "the open case is an action on Today"
    today._select_row(rows[0])
    qtbot.waitUntil(today.cases.clock.isVisible, timeout=5000)
    assert today.cases.clock.text().startswith("First response due in")
    assert today.cases.view.id == case.id
    assert today.cases.clock.property("state") == "ok"
    # Three hours on, with no read in between, the clock has turned red.
    opened = own_desk.cases.get(case.id).case.opened_at
    own_desk.cases.now = lambda: opened + dt.timedelta(hours=3)
    today.cases._redraw()
    assert today.cases.clock.text() == "First response overdue by 1 h 00 min"
    assert today.cases.clock.property("state") == "overdue"
    assert not today.cases.list_button.isVisible()  # an advisor has no managers' list
    qtbot.mouseClick(today.cases.work, Qt.MouseButton.LeftButton)
    dialog = today.cases.dialog
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5000)
    assert dialog.complaint.toPlainText() == "Waited 40 minutes for a confirmed appointment"
    window.runner.stop()


def test_the_store_managers_list_of_open_cases_is_sorted_by_sla(
    styled_app, own_desk, client_id, qtbot, qtmodeltester
) -> None:
    advisor = own_desk.acting_staff_id
    book = [r.summary.id for r in own_desk.books.book(advisor)]
    waiting = own_desk.cases.open(
        book[1], "Not called back", sensitive_note="Knows the owner"
    ).value
    answered = own_desk.cases.open(book[2], "Scratched box").value
    own_desk.cases.respond(answered.id, apology="Sorry")
    own_desk.act_as(_manager(own_desk).id)
    window = _window(qtbot, own_desk)
    window.show_screen("today")
    today = window.screens["today"]
    qtbot.waitUntil(today.cases.list_button.isVisible, timeout=5000)
    qtbot.mouseClick(today.cases.list_button, Qt.MouseButton.LeftButton)
    dialog = today.cases.dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(dialog.model)
    listed = [dialog.model.view(r) for r in range(dialog.model.rowCount())]
    lefts = [v.sla.left for v in listed]
    assert lefts == sorted(lefts)  # the first to run out on top
    ids = [v.id for v in listed]
    assert ids.index(waiting.id) < ids.index(answered.id)  # 2 h to respond before 24 h
    assert all(v.case.sensitive_note == "" for v in listed)
    # Between reads the clocks run on: an hour and three quarters later the unanswered
    # case has a quarter of an hour left, in amber.
    row = ids.index(waiting.id)
    own_desk.cases.now = lambda: waiting.opened_at + dt.timedelta(minutes=105)
    dialog._redraw()
    assert dialog.model.index(row, 0).data() == "First response due in 15 min"
    assert dialog.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#9a5b13"
    qtmodeltester.check(dialog.model)
    # The manager opens the case from the list and reads its sensitive note.
    case_dialog = dialog.open_case(ids.index(waiting.id))
    qtbot.waitUntil(lambda: case_dialog.view is not None, timeout=5000)
    assert case_dialog.sensitive.toPlainText() == "Knows the owner"
    assert not case_dialog.sensitive_withheld.isVisible()
    window.runner.stop()


def test_another_advisor_learns_a_sensitive_note_exists_not_what_it_says(
    styled_app, own_desk, client_id, qtbot
) -> None:
    case = own_desk.cases.open(
        client_id, "Unhappy with the appraisal", sensitive_note="Lawyer"
    ).value
    store = own_desk.directory.person(own_desk.acting_staff_id).store_id
    other = next(
        p
        for p, _ in own_desk.directory.staff()
        if p.role == Role.ADVISOR and p.store_id == store and p.id != own_desk.acting_staff_id
    )
    own_desk.act_as(other.id)
    window = _window(qtbot, own_desk)
    from jeweldesk.ui.case_dialog import open_case_dialog

    dialog = open_case_dialog(window, window.runner, client_id, case.id)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5000)
    assert dialog.sensitive_withheld.isVisible() and not dialog.sensitive.isVisible()
    assert "Lawyer" not in dialog.sensitive.toPlainText()
    window.runner.stop()
