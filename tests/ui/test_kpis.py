"""KPIs: the same numbers as `desk.kpis` (the service behind `jeweldesk kpis`) for the
advisor's book and, for a manager, the store, in each period."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jeweldesk.domain.timezones import store_today
from jeweldesk.ui.models.kpis import FIGURES, RAW_ROLE, raw_figure

pytestmark = pytest.mark.ui


def open_kpis(qtbot, desk):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    screen = win.screens["kpis"]
    with qtbot.waitSignal(screen.sig_shown, timeout=10_000):
        win.show_screen("kpis")
    return win, screen


_H = Qt.Orientation.Horizontal


def column(model, title):
    return next(c for c in range(1, model.columnCount()) if model.headerData(c, _H) == title)


@pytest.fixture
def manager_desk(desk):
    manager = next(p for p, code in desk.directory.staff("SH01") if p.role == "store_manager")
    previous = desk.acting_staff_id
    desk.act_as(manager.id)
    yield desk
    desk.act_as(previous)


@pytest.mark.slow
@pytest.mark.parametrize("period", ["30days", "month", "quarter"])
def test_a_manager_sees_the_stores_figures_as_the_service_computes_them(
    styled_app, manager_desk, qtbot, qtmodeltester, period
):
    from jeweldesk.ui.screens.kpis import period_bounds

    desk = manager_desk
    win, screen = open_kpis(qtbot, desk)
    if period != screen.period:
        with qtbot.waitSignal(screen.sig_shown, timeout=10_000):
            qtbot.mouseClick(screen.period_buttons[period], Qt.MouseButton.LeftButton)
    store = desk.directory.store(desk.home_store_id)
    start, end = period_bounds(period, store_today(store.timezone))
    expected = desk.kpis.for_store(store.code, start, end)
    model = screen.model
    store_column = column(model, f"Store {store.code}")
    for row, (key, _label) in enumerate(FIGURES):
        assert model.index(row, store_column).data(RAW_ROLE) == raw_figure(expected, key), key
    figures = expected.as_dict()
    text = model.index(1, store_column).data()  # coverage, as the CLI prints it: "6.5% (13/200)"
    cov = figures["coverage"]
    if cov["percent"] is not None:
        assert f"{cov['percent']}%" in text and str(cov["denominator"]) in text
        assert screen.tiles[0].value.text() == f"{cov['percent']}%"
    qtmodeltester.check(model)
    win.runner.stop()


def test_an_advisor_sees_only_their_own_book(styled_app, desk, qtbot):
    win, screen = open_kpis(qtbot, desk)
    model = screen.model
    assert model.columnCount() == 2  # the figure, and "My book"
    expected = desk.kpis.for_advisor(desk.acting_staff_id)  # the last 30 days: the screen's default
    for row, (key, _label) in enumerate(FIGURES):
        assert model.index(row, 1).data(RAW_ROLE) == raw_figure(expected, key), key
    assert screen.rates_chart.chart().series(), "the rates chart is drawn"
    assert screen.funnel_chart.chart().series(), "the events funnel is drawn"
    win.runner.stop()


def test_the_periods_are_calendar_ranges_ending_today():
    import datetime as dt

    from jeweldesk.ui.screens.kpis import period_bounds

    today = dt.date(2026, 11, 24)
    assert period_bounds("month", today) == (dt.date(2026, 11, 1), today)
    assert period_bounds("quarter", today) == (dt.date(2026, 10, 1), today)
    assert period_bounds("30days", today) == (dt.date(2026, 10, 26), today)


def test_a_manager_without_a_book_of_their_own_reads_no_clients_not_none_due(
    styled_app, manager_desk, qtbot
):
    win, screen = open_kpis(qtbot, manager_desk)
    model = screen.model
    mine = column(model, "My book")
    rows = {key: row for row, (key, _label) in enumerate(FIGURES)}
    assert model.index(rows["clients"], mine).data() == "0"  # the demo's manager keeps none
    assert model.index(rows["coverage"], mine).data() == "– (no clients)"
    assert model.index(rows["completeness"], mine).data() == "– (no clients)"
    assert model.index(rows["execution"], mine).data() == "– (none due)"
    win.runner.stop()
