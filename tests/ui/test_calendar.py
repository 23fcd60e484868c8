"""The calendar through real widgets on a private copy of the demo store: book through
the editor, drag a block to another slot, a move onto a booked room refused with the
reason (the block goes back), cancel; the item models pass qtmodeltester."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def store(demo_store, tmp_path):
    return copy_store(demo_store, tmp_path / "store")


@pytest.fixture
def win(styled_app, store, qtbot):
    from jeweldesk.services import Desk
    from jeweldesk.ui.main_window import MainWindow

    desk = Desk.open(store)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.runner.idle, timeout=5000)
    yield window
    window.runner.stop()
    window.close()
    desk.close()


def _settle(qtbot, window):
    qtbot.waitUntil(window.runner.idle, timeout=10000)


def _calendar(qtbot, window, day_offset: int = 2):
    window.show_screen("calendar")
    _settle(qtbot, window)
    screen = window.screens["calendar"]
    assert screen.where is not None
    # A day ahead, so nothing is refused for being in the past.
    screen.show_day(screen.where.today() + dt.timedelta(days=day_offset))
    _settle(qtbot, window)
    return screen


def _free_hour(desk, day, tz, advisors=(), rooms=(), after=9, skip=()):
    """The first whole hour from `after` with no open appointment of these advisors
    or rooms (the demo store books its staff's week)."""
    for hour in range(after, 20):
        if hour in skip:
            continue
        start = dt.datetime.combine(day, dt.time(hour), tz)
        end = start + dt.timedelta(hours=1)
        busy = [
            a
            for a in desk.appointments.between(start, end)
            if {a.advisor_id, a.second_advisor_id} & set(advisors) or a.room_id in set(rooms)
        ]
        if not busy:
            return hour
    raise AssertionError("no free hour")


def _book(qtbot, window, screen, start, end, room_id, advisor_id, client_text="wang"):
    editor = screen.new_appointment(start=start, end=end, advisor_id=advisor_id, room_id=room_id)
    _settle(qtbot, window)
    qtbot.keyClicks(editor.client_search, client_text)
    editor._search_timer.stop()
    editor.search_clients()
    _settle(qtbot, window)
    assert editor.client_model.rowCount() > 0
    qtbot.mouseClick(
        editor.client_results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=editor.client_results.visualRect(editor.client_model.index(0, 0)).center(),
    )
    assert editor.client_id is not None
    with qtbot.waitSignal(editor.sig_saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    return editor


def test_calendar_screen_is_registered_with_its_shortcuts(win, qtbot):
    assert "calendar" in win.screens
    from PySide6.QtGui import QKeySequence, QShortcut

    keys = {s.key().toString() for s in win.findChildren(QShortcut)}
    assert QKeySequence("Ctrl+3").toString() in keys
    assert QKeySequence("Ctrl+Shift+A").toString() in keys


def test_book_drag_refuse_and_cancel(win, qtbot, monkeypatch):
    screen = _calendar(qtbot, win)
    where = screen.where
    tz = ZoneInfo(where.zone)
    day = screen.day
    me = where.me or where.staff[0].id
    other = next(p.id for p in where.staff if p.id != me)
    room_a, room_b = where.rooms[0], where.rooms[1]

    # Two appointments: ours in room A, a colleague's in room B, at free hours.
    desk = win.runner.desk
    first = _free_hour(desk, day, tz, [me], [room_a.id])
    start = dt.datetime.combine(day, dt.time(first, 0), tz)
    editor = _book(qtbot, win, screen, start, start + dt.timedelta(hours=1), room_a.id, me)
    ours = editor.appointment_id
    assert ours is not None
    busy_hour = _free_hour(desk, day, tz, [other, me], [room_b.id], skip={first})
    blocked = dt.datetime.combine(day, dt.time(busy_hour, 0), tz)
    _book(
        qtbot,
        win,
        screen,
        blocked,
        blocked + dt.timedelta(hours=1),
        room_b.id,
        other,
        client_text="li",
    )

    appointment, _sel, checklist = win.runner.desk.appointments.get(ours)
    assert appointment.room_id == room_a.id and appointment.advisor_id == me
    assert checklist, "the service prepares a checklist"

    # By room: drag our block to a free hour in room A with real mouse events.
    move_hour = _free_hour(desk, day, tz, [me], [room_a.id], after=first + 1, skip={busy_hour})
    screen.set_by("room")
    _settle(qtbot, win)
    grid = screen.grid
    block = grid.block(ours)
    assert block is not None and block.isVisible()
    col_a = next(i for i, c in enumerate(grid.columns) if c.room_id == room_a.id)
    target = grid.point_for(col_a, dt.time(move_hour, 0)) + QPoint(
        0, 10
    )  # grabbed 10 px below its top
    qtbot.mousePress(block, Qt.MouseButton.LeftButton, pos=QPoint(12, 10))
    qtbot.mouseMove(block, QPoint(12, 40))
    qtbot.mouseMove(block, block.mapFrom(grid, target))
    with qtbot.waitSignal(screen.sig_shown, timeout=10000):
        qtbot.mouseRelease(block, Qt.MouseButton.LeftButton, pos=block.mapFrom(grid, target))
    moved, _s, _c = win.runner.desk.appointments.get(ours)
    assert moved.starts_at.astimezone(tz) == dt.datetime.combine(day, dt.time(move_hour, 0), tz)
    assert moved.ends_at - moved.starts_at == dt.timedelta(hours=1)

    # Onto room B at the colleague's hour: refused, the reason shown, the block back.
    block = grid.block(ours)
    home = block.geometry()
    col_b = next(i for i, c in enumerate(grid.columns) if c.room_id == room_b.id)
    with qtbot.waitSignal(screen.sig_notice, timeout=10000) as notice:
        assert grid.drop_block(ours, grid.point_for(col_b, dt.time(busy_hour, 0)))
    text, is_error = notice.args
    assert is_error
    assert room_b.name in text
    assert screen.notice.isVisible() and screen.notice.text() == text
    assert block.geometry() == home
    still, _s, _c = win.runner.desk.appointments.get(ours)
    assert still.room_id == room_a.id and still.starts_at == moved.starts_at

    # Cancel from the block's menu path: the reason is asked, the block disappears.
    from jeweldesk.ui.screens.calendar import CalendarScreen

    monkeypatch.setattr(
        CalendarScreen,
        "ask_cancel_reason",
        classmethod(lambda cls, parent, what: "client travelling"),
    )
    menu = grid.block_menu(block)
    cancel = next(a for a in menu.actions() if "Cancel" in a.text())
    with qtbot.waitSignal(screen.sig_shown, timeout=10000):
        cancel.trigger()
    gone, _s, _c = win.runner.desk.appointments.get(ours)
    assert gone.status.value == "cancelled" and gone.cancelled_reason == "client travelling"
    assert grid.block(ours) is None


def test_booking_refused_for_busy_room_shows_reason(win, qtbot):
    screen = _calendar(qtbot, win, day_offset=3)
    where = screen.where
    tz = ZoneInfo(where.zone)
    room = where.rooms[0]
    staff = [p.id for p in where.staff]
    hour = _free_hour(win.runner.desk, screen.day, tz, staff[:2], [room.id])
    start = dt.datetime.combine(screen.day, dt.time(hour, 0), tz)
    _book(qtbot, win, screen, start, start + dt.timedelta(hours=1), room.id, staff[0])
    editor = screen.new_appointment(
        start=start, end=start + dt.timedelta(minutes=30), advisor_id=staff[1], room_id=room.id
    )
    _settle(qtbot, win)
    with qtbot.waitSignal(editor.sig_refused, timeout=10000) as refused:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert room.name in refused.args[0]
    assert editor.error_label.isVisible()
    assert editor.isVisible()  # the advisor can change the time and try again


def test_tap_on_an_empty_slot_opens_the_editor_there(win, qtbot):
    screen = _calendar(qtbot, win)
    grid = screen.grid
    column = 1
    pos = grid.point_for(column, dt.time(16, 30)) + QPoint(20, 20)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=pos)
    _settle(qtbot, win)
    editor = screen.editor
    assert editor is not None and editor.isVisible()
    start, end = editor.times()
    assert (start.hour, start.minute) == (16, 30)
    assert end - start == dt.timedelta(hours=1)
    assert editor._id(editor.advisor_box) == grid.columns[column].advisor_id


def test_pre_selection_reserves_pieces(win, qtbot):
    screen = _calendar(qtbot, win, day_offset=4)
    where = screen.where
    tz = ZoneInfo(where.zone)
    hour = _free_hour(win.runner.desk, screen.day, tz, [where.staff[0].id])
    start = dt.datetime.combine(screen.day, dt.time(hour, 0), tz)
    editor = screen.new_appointment(
        start=start, end=start + dt.timedelta(hours=1), advisor_id=where.staff[0].id
    )
    _settle(qtbot, win)
    editor.stone_edit.setText("diamond")
    editor.search_stock()
    _settle(qtbot, win)
    model = editor.stock_model
    assert model.rowCount() > 0
    first = model.index(0, 0)
    assert model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    piece = model.row_piece(0)
    with qtbot.waitSignal(editor.sig_saved, timeout=10000):
        editor.save()
    _settle(qtbot, win)
    _a, selections, _c = win.runner.desk.appointments.get(editor.appointment_id)
    assert [s.piece_id for s in selections] == [piece.id]


def test_status_flow_and_outcome_in_the_editor(win, qtbot):
    screen = _calendar(qtbot, win, day_offset=5)
    where = screen.where
    tz = ZoneInfo(where.zone)
    hour = _free_hour(win.runner.desk, screen.day, tz, [where.staff[0].id])
    start = dt.datetime.combine(screen.day, dt.time(hour, 0), tz)
    booked = _book(
        qtbot, win, screen, start, start + dt.timedelta(hours=1), None, where.staff[0].id
    )
    editor = screen.open_appointment(booked.appointment_id)
    _settle(qtbot, win)
    assert "arrived" in editor.status_buttons
    with qtbot.waitSignal(editor.sig_loaded, timeout=10000):
        qtbot.mouseClick(editor.status_buttons["arrived"], Qt.MouseButton.LeftButton)
    _settle(qtbot, win)
    assert set(editor.status_buttons) == {"completed"}
    editor.outcome_box.setCurrentIndex(editor.outcome_box.findData("wishlist"))
    editor.outcome_note.setText("Étoile ring on the wishlist")
    with qtbot.waitSignal(editor.sig_loaded, timeout=10000):
        qtbot.mouseClick(editor.outcome_button, Qt.MouseButton.LeftButton)
    done, _s, _c = win.runner.desk.appointments.get(booked.appointment_id)
    assert done.status.value == "arrived" and done.outcome == "wishlist"


def test_week_view_per_advisor_and_room(win, qtbot):
    screen = _calendar(qtbot, win, day_offset=0)
    screen.set_mode("week")
    _settle(qtbot, win)
    assert len(screen.grid.columns) == 7
    assert {c.by for c in screen.grid.columns} == {"advisor"}
    assert screen.resource_box.isVisible()
    screen.set_by("room")
    _settle(qtbot, win)
    assert {c.room_id for c in screen.grid.columns} == {screen.where.rooms[0].id}
    # Every appointment on screen is in a column that holds it.
    for (_appointment_id, column), block in screen.grid.blocks.items():
        assert screen.grid.columns[column].holds(block.entry, screen.where.zone)


def test_models_pass_the_model_tester(win, qtbot, qtmodeltester):
    from jeweldesk.ui.calendar.models import ChecklistModel, ClientResultsModel, StockModel

    screen = _calendar(qtbot, win, day_offset=1)
    screen.set_mode("week")
    _settle(qtbot, win)
    assert screen.model.rowCount() > 0
    qtmodeltester.check(screen.model)

    desk = win.runner.desk
    results = ClientResultsModel()
    results.set_clients(desk.clients.search("王", limit=8))
    qtmodeltester.check(results)

    stock = StockModel()
    stock.set_rows(desk.stock.find(limit=20), "CNY")
    qtmodeltester.check(stock)

    entry = screen.model.entries()[0]
    _a, _s, items = desk.appointments.get(entry.id)
    checklist = ChecklistModel()
    checklist.set_items(items, tickable=True)
    qtmodeltester.check(checklist)


def test_notes_of_an_open_appointment_are_edited_in_the_editor(win, qtbot):
    screen = _calendar(qtbot, win, day_offset=6)
    where = screen.where
    tz = ZoneInfo(where.zone)
    hour = _free_hour(win.runner.desk, screen.day, tz, [where.staff[0].id])
    start = dt.datetime.combine(screen.day, dt.time(hour, 0), tz)
    booked = _book(
        qtbot, win, screen, start, start + dt.timedelta(hours=1), None, where.staff[0].id
    )
    editor = screen.open_appointment(booked.appointment_id)
    _settle(qtbot, win)
    assert editor.notes_edit.isEnabled()
    editor.notes_edit.setPlainText("Pull the E colour solitaires; 香槟")
    with qtbot.waitSignal(editor.sig_saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, win)
    saved, _s, _c = win.runner.desk.appointments.get(booked.appointment_id)
    assert saved.notes == "Pull the E colour solitaires; 香槟"
    assert saved.starts_at == start  # only the notes changed


@pytest.fixture
def chinese_win(styled_app, store, qtbot):
    from jeweldesk.services import Desk
    from jeweldesk.ui.main_window import MainWindow
    from jeweldesk.ui.translations import install_translator

    install_translator(styled_app, "zh_CN")
    desk = Desk.open(store)
    desk.lang = "zh_CN"
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(window.runner.idle, timeout=5000)
    yield window
    window.runner.stop()
    window.close()
    desk.close()


def test_in_chinese_the_calendar_names_its_store_and_days_in_chinese(chinese_win, qtbot):
    screen = _calendar(qtbot, chinese_win, day_offset=0)
    store = screen.where.store
    assert store.name_local and store.name_local in screen.place.text()
    assert "times in" not in screen.place.text() and screen.where.zone in screen.place.text()

    editor = screen.open_first_appointment()
    _settle(qtbot, chinese_win)
    day = screen.where.today()
    assert editor.date_edit.text().startswith(f"{day.year}年{day.month}月{day.day}日")
    editor.search_stock()
    _settle(qtbot, chinese_win)
    model = editor.stock_model
    piece = next(model.row_piece(r) for r in range(model.rowCount()) if model.row_piece(r).name_zh)
    row = next(r for r in range(model.rowCount()) if model.row_piece(r) is piece)
    # The Chinese name first: the narrow column elides the end of the line.
    assert model.data(model.index(row, 0)).startswith(piece.name_zh)
    editor.close()

    screen.set_mode("week")
    _settle(qtbot, chinese_win)
    first = screen.grid.columns[0].day
    assert screen.grid.columns[0].title.startswith(f"{first.month}月{first.day}日")
    assert screen.title.text().startswith(f"{first.month}月{first.day}日 – ")


def test_on_a_tablet_the_store_line_keeps_its_time_zone_in_view(win, qtbot):
    screen = _calendar(qtbot, win, day_offset=0)
    screen.set_mode("week")  # the advisor picker takes the line's room
    win.resize(1000, 704)
    _settle(qtbot, win)
    qtbot.wait(50)
    place = screen.place
    shown = place.shown_text()
    assert shown != place.text() and shown.startswith("…")  # too narrow for all of it
    assert shown.endswith(screen.where.zone)
    assert place.fontMetrics().horizontalAdvance(shown) <= place.contentsRect().width()


def test_stock_prices_are_written_as_the_profile_writes_money(win, qtbot):
    from jeweldesk.ui.profile.common import money_text

    screen = _calendar(qtbot, win, day_offset=0)
    editor = screen.open_first_appointment()
    editor.search_stock()
    _settle(qtbot, win)
    model = editor.stock_model
    piece = model.row_piece(0)
    price = model.data(model.index(0, model.COLUMNS.index("price")))
    assert price == money_text(piece.price, screen.where.store.currency, "en")
    assert price.startswith("CN¥")  # as on the client's purchases, not "CNY 68,100"
    editor.close()
