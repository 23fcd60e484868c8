"""The appointment editor's stock table reads at the sizes advisors use: beside the
details on a 1280×800 desktop, below them on a 1024×768 tablet; five rows at least,
the piece's name with room to be read, nothing scrolled sideways."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.ui


@pytest.fixture
def runner(desk):
    from jeweldesk.ui.runner import DeskRunner

    runner = DeskRunner(desk)
    yield runner
    runner.stop()


@pytest.fixture
def editor(styled_app, qtbot, desk, runner):
    """The editor on an open private viewing of the demo store, pieces pulled."""
    from jeweldesk.ui.appointment.editor import AppointmentEditor
    from jeweldesk.ui.calendar.data import load_whereabouts

    now = dt.datetime.now(dt.UTC)
    viewing = next(
        a
        for a in desk.appointments.between(now, now + dt.timedelta(days=7))
        if a.kind == "private_viewing"
    )
    editor = AppointmentEditor(runner, load_whereabouts(desk), appointment_id=viewing.id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.sig_stock_shown, timeout=10_000):
        editor.show()
    qtbot.waitUntil(runner.idle, timeout=10_000)
    return editor


def _card(editor, role: str):
    from PySide6.QtWidgets import QFrame

    return next(f for f in editor.findChildren(QFrame, "card") if f.property("role") == role)


def _shown(table) -> dict[str, int]:
    columns = table.model().COLUMNS
    return {
        name: table.columnWidth(n) for n, name in enumerate(columns) if not table.isColumnHidden(n)
    }


def _check_readable(table) -> dict[str, int]:
    from jeweldesk.ui.calendar.stock_table import PIECE_MIN_WIDTH, ROW_HEIGHT, VISIBLE_ROWS

    assert table.model().rowCount() > VISIBLE_ROWS
    assert table.viewport().height() >= VISIBLE_ROWS * ROW_HEIGHT
    shown = _shown(table)
    assert shown["piece"] >= PIECE_MIN_WIDTH and {"price", "free"} <= set(shown)
    assert sum(shown.values()) <= table.viewport().width()  # nothing hidden to the right
    return shown


def test_beside_the_details_on_a_desktop(editor, qtbot):
    editor.resize(1180, 760)  # the editor over a 1280×800 window
    details = _card(editor, "details")
    qtbot.waitUntil(
        lambda: editor.stock_card.x() > details.x() + details.width()
    )  # laid out side by side
    _check_readable(editor.stock_table)


def test_below_the_details_on_a_tablet_with_every_column(editor, qtbot):
    editor.resize(1000, 704)  # a 1024×768 tablet, less the task bar
    details = _card(editor, "details")
    qtbot.waitUntil(
        lambda: editor.stock_card.y() > details.y() + details.height()
    )  # one above the other
    qtbot.waitUntil(lambda: len(_shown(editor.stock_table)) == 5)
    _check_readable(editor.stock_table)


def test_narrow_the_metal_then_the_stone_give_way_to_the_name(editor, qtbot):
    table = editor.stock_table
    editor.resize(1000, 704)
    qtbot.waitUntil(lambda: len(_shown(table)) == 5)
    for width, gone in ((560, {"metal"}), (420, {"metal", "stone"})):
        table.resize(width, table.height())
        table.fit_columns()
        assert set(table.model().COLUMNS) - set(_shown(table)) == gone, width
    # What the table has no room for is in the piece's tooltip.
    piece = table.model().row_piece(0)
    tip = table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert piece.sku in tip and piece.metal in tip and piece.name in tip


def test_the_footer_buttons_stand_apart(editor, qtbot):
    editor.resize(1180, 760)
    qtbot.wait(50)
    row = [editor.ics_button, editor.brief_button, editor.close_button, editor.save_button]
    for left, right in itertools.pairwise(row):
        assert right.geometry().left() - left.geometry().right() > 6, right.text()


def test_the_outcome_note_shows_its_whole_prompt(editor, qtbot):
    editor.resize(1180, 760)
    qtbot.wait(50)
    note = editor.outcome_note
    prompt = note.fontMetrics().horizontalAdvance(note.placeholderText())
    assert note.width() - 32 >= prompt  # the field's padding either side of the text
