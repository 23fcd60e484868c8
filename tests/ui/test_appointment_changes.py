"""Changing an open appointment through the real editor on a private copy of the demo
store: another client (the checklist follows), another kind and second advisor, a
piece released and another reserved, all in one save; a closed appointment is shown
as it was, with nothing to change."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def desk(demo_store, tmp_path):
    from jeweldesk.services import Desk

    with Desk.open(copy_store(demo_store, tmp_path / "store")) as opened:
        yield opened


@pytest.fixture
def runner(desk):
    from jeweldesk.ui.runner import DeskRunner

    runner = DeskRunner(desk)
    yield runner
    runner.stop()


@pytest.fixture
def where(desk):
    from jeweldesk.ui.calendar.data import load_whereabouts

    return load_whereabouts(desk)


def _free_slot(desk, where, advisors):
    """An hour, three days ahead, when these advisors have nothing booked."""
    zone = ZoneInfo(where.zone)
    day = where.today() + dt.timedelta(days=3)
    for hour in range(9, 20):
        start = dt.datetime.combine(day, dt.time(hour), zone)
        end = start + dt.timedelta(hours=1)
        if not [
            a
            for a in desk.appointments.between(start, end)
            if {a.advisor_id, a.second_advisor_id} & set(advisors)
        ]:
            return start, end
    raise AssertionError("no free hour")


def _open(qtbot, runner, where, appointment_id):
    from jeweldesk.ui.appointment.editor import AppointmentEditor

    editor = AppointmentEditor(runner, where, appointment_id=appointment_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.sig_stock_shown, timeout=10_000):
        editor.show()
    qtbot.waitUntil(runner.idle, timeout=10_000)
    return editor


def _row_of(model, piece_id) -> int:
    return next(r for r in range(model.rowCount()) if model.row_piece(r).id == piece_id)


def test_client_kind_second_advisor_and_pieces_change_in_one_save(
    styled_app, qtbot, desk, runner, where
):
    advisor, second = where.staff[0].id, where.staff[1].id
    start, end = _free_slot(desk, where, [advisor, second])
    free = [s for s in desk.stock.find(slot=(start, end), limit=60) if s.free and s.free > 0]
    kept_piece, new_piece = free[0].piece, free[1].piece
    wrong, right = [c for c in desk.clients.search("王", limit=8) if c.name_local][:2]
    booked = desk.appointments.create(
        kind="private_viewing",
        starts_at=start,
        ends_at=end,
        client_id=wrong.id,
        advisor_id=advisor,
        title="Private viewing: booked",
        pieces=[kept_piece.id],
    ).value
    desk.preferences.add(right.id, "refreshment", "Jasmine tea, no sugar")

    editor = _open(qtbot, runner, where, booked.id)
    assert (
        editor.client_search.isVisible()
        and editor.kind_box.isEnabled()
        and editor.second_box.isEnabled()
    )
    model = editor.stock_model
    held = model.index(_row_of(model, kept_piece.id), 0)
    assert held.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # The right client, found by name (as an input method commits it: QTest types Latin-1 only).
    editor.client_search.setText(right.name_local)
    editor._search_timer.stop()
    with qtbot.waitSignal(editor.client_model.modelReset, timeout=10_000):
        editor.search_clients()
    row = next(
        r
        for r in range(editor.client_model.rowCount())
        if editor.client_model.client(r).id == right.id
    )
    qtbot.mouseClick(
        editor.client_results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=editor.client_results.visualRect(editor.client_model.index(row, 0)).center(),
    )
    assert right.name_local in editor.client_chosen.text()
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("bespoke"))
    editor.second_box.setCurrentIndex(editor.second_box.findData(str(second)))
    # Release one piece, reserve another.
    assert model.setData(held, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    added = model.index(_row_of(model, new_piece.id), 0)
    assert model.setData(added, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert (
        new_piece.name in editor.chosen_label.text()
        and kept_piece.name in editor.chosen_label.text()
    )

    with qtbot.waitSignal(editor.sig_saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved, selections, checklist = desk.appointments.get(booked.id)
    assert (saved.client_id, saved.kind, saved.second_advisor_id) == (right.id, "bespoke", second)
    assert (saved.starts_at, saved.ends_at, saved.advisor_id) == (
        booked.starts_at,
        booked.ends_at,
        advisor,
    )
    assert saved.title == "Private viewing: booked"  # typed by hand: kept
    assert [s.piece_id for s in selections] == [new_piece.id]
    assert "Jasmine tea, no sugar" in [i.text for i in checklist]
    assert desk.stock.free_for_slot(kept_piece.id, start, end) == free[0].free


def test_a_closed_appointment_is_shown_as_it_was(styled_app, qtbot, desk, runner, where):
    advisor = where.staff[0].id
    start, end = _free_slot(desk, where, [advisor])
    booked = desk.appointments.create(
        kind="bridal", starts_at=start, ends_at=end, advisor_id=advisor
    ).value
    desk.appointments.cancel(booked.id, "travelling")

    from jeweldesk.ui.appointment.editor import AppointmentEditor

    editor = AppointmentEditor(runner, where, appointment_id=booked.id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.sig_loaded, timeout=10_000):
        editor.show()
    assert editor.closed_hint.isVisible()
    assert not editor.save_button.isVisible() and not editor.client_search.isVisible()
    assert not editor.stock_table.isVisible()
    assert not any(
        w.isEnabled()
        for w in (editor.kind_box, editor.second_box, editor.advisor_box, editor.notes_edit)
    )
    # Cancelled: no outcome to record, and the checklist is shown as it was, not ticked.
    assert not any(
        w.isEnabled() for w in (editor.outcome_box, editor.outcome_note, editor.outcome_button)
    )
    model = editor.checklist_model
    assert model.rowCount() > 0 and not model.tickable
    first = model.index(0, 0)
    assert not model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_a_completed_appointment_takes_its_outcome_once_in_the_editor(
    styled_app, qtbot, desk, runner, where
):
    advisor = where.staff[0].id
    start, end = _free_slot(desk, where, [advisor])
    booked = desk.appointments.create(
        kind="bridal", starts_at=start, ends_at=end, advisor_id=advisor
    ).value
    for status in ("arrived", "completed"):
        desk.appointments.set_status(booked.id, status)

    from jeweldesk.ui.appointment.editor import AppointmentEditor

    editor = AppointmentEditor(runner, where, appointment_id=booked.id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.sig_loaded, timeout=10_000):
        editor.show()
    assert editor.outcome_button.isEnabled() and not editor.checklist_model.tickable
    editor.outcome_box.setCurrentIndex(editor.outcome_box.findData("purchase"))
    editor.outcome_note.setText("Chose the solitaire")
    with qtbot.waitSignal(editor.sig_loaded, timeout=10_000):
        qtbot.mouseClick(editor.outcome_button, Qt.MouseButton.LeftButton)
    done, _s, _c = desk.appointments.get(booked.id)
    assert (done.outcome, done.outcome_note) == ("purchase", "Chose the solitaire")
    assert not editor.outcome_button.isEnabled() and editor.outcome_box.currentData() == "purchase"
