"""Today, used as an advisor would: the ranked actions of the demo advisor, marking one
done with a click (gone from Today, and still gone after reopening the store), copying
the draft; every item model checked by qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def own_store(tmp_path_factory):
    """A demo store of this module's own: these tests write to it."""
    from tests.templates import demo_store

    folder = tmp_path_factory.mktemp("today-store")
    demo_store(folder, clients=400, seed=3)
    return folder


@pytest.fixture
def own_desk(own_store):
    from jeweldesk.services import Desk

    with Desk.open(own_store) as opened:
        yield opened


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


def test_today_lists_the_advisors_ranked_actions(styled_app, desk, qtbot, qtmodeltester):
    win, screen = open_today(qtbot, desk)
    expected = desk.actions.today(desk.acting_staff_id)
    assert expected, "the demo advisor has actions today"
    assert [screen.model.action(r).id for r in range(screen.model.rowCount())] == [
        a.id for a in expected
    ]
    first = expected[0]
    assert screen.current_action().id == first.id
    assert screen.reason.text() == first.reason
    assert screen.client_button.text() == f"{first.client_display_name}  ›"
    assert screen.greeting.text() == f"Greet as {first.client_name}"
    assert str(len(expected)) in screen.list_caption.text()
    assert screen.tile_book.value.text() == str(len(desk.books.book(desk.acting_staff_id)))
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.agenda_model)
    win.runner.stop()


def test_todays_and_tomorrows_appointments_are_listed_in_store_time(styled_app, desk, qtbot):
    from zoneinfo import ZoneInfo

    win, screen = open_today(qtbot, desk)
    store = desk.directory.store(desk.home_store_id)
    zone = ZoneInfo(store.timezone)
    start = dt.datetime.combine(screen.today, dt.time(), tzinfo=zone)
    expected = desk.appointments.between(
        start, start + dt.timedelta(days=2), advisor_id=desk.acting_staff_id
    )
    listed = screen.agenda_model.entries()
    assert [e.appointment_id for e in listed] == [a.id for a in expected]
    for entry, appointment in zip(listed, expected, strict=True):
        assert entry.starts == appointment.starts_at.astimezone(zone)
    win.runner.stop()


def test_marking_an_action_done_removes_it_for_good(styled_app, own_store, own_desk, qtbot):
    from jeweldesk.services import Desk

    win, screen = open_today(qtbot, own_desk)
    before = screen.model.rowCount()
    screen.action_list.setCurrentIndex(screen.model.index(1, 0))
    chosen = screen.current_action()
    qtbot.keyClicks(screen.note, "Called; she will come on Saturday")
    with qtbot.waitSignal(screen.sig_outcome, timeout=10_000) as outcome:
        click(qtbot, screen.done_button)
    assert outcome.args == [chosen.id, "done"]
    assert screen.model.row_of(chosen.id) == -1
    assert screen.model.rowCount() == before - 1
    assert screen.current_action() is not None and screen.current_action().id != chosen.id

    win.runner.stop()
    win.close()
    with Desk.open(own_store) as reopened:
        ids = [a.id for a in reopened.actions.today(reopened.acting_staff_id)]
    assert chosen.id not in ids
    # …and a freshly opened window does not bring it back.
    with Desk.open(own_store) as reopened:
        win2, screen2 = open_today(qtbot, reopened)
        assert screen2.model.row_of(chosen.id) == -1
        # Done records the contact, which also answers any check-in the client had open.
        assert screen2.model.rowCount() <= before - 1
        win2.runner.stop()


def test_snoozing_takes_the_action_off_until_the_chosen_day(styled_app, own_desk, qtbot):
    win, screen = open_today(qtbot, own_desk)
    chosen = screen.current_action()
    until = screen.today + dt.timedelta(days=3)
    from PySide6.QtCore import QDate

    screen.snooze_date.setDate(QDate(until.year, until.month, until.day))
    with qtbot.waitSignal(screen.sig_outcome, timeout=10_000):
        click(qtbot, screen.snooze_button)
    assert screen.model.row_of(chosen.id) == -1
    back = own_desk.actions.today(own_desk.acting_staff_id, day=until)
    assert chosen.id in [a.id for a in back]
    win.runner.stop()


@pytest.mark.slow
def test_copy_puts_the_draft_on_the_clipboard(styled_app, desk, qtbot):
    win, screen = open_today(qtbot, desk)
    row = next(r for r in range(screen.model.rowCount()) if screen.model.action(r).draft)
    screen.action_list.setCurrentIndex(screen.model.index(row, 0))
    draft = screen.model.action(row).draft
    assert screen.draft.text() == draft
    QGuiApplication.clipboard().clear()
    click(qtbot, screen.copy_button)
    assert QGuiApplication.clipboard().text() == draft
    assert screen.copy_button.text() != "Copy draft"  # it says it was copied
    win.runner.stop()


def test_clicking_the_client_opens_them_in_the_book(styled_app, desk, qtbot):
    win, screen = open_today(qtbot, desk)
    action = screen.current_action()
    with qtbot.waitSignal(win.sig_profile_shown, timeout=10_000) as shown:
        click(qtbot, screen.client_button)
    assert shown.args == [action.client_id]
    assert win.current_screen() == "book"
    win.runner.stop()


def test_touch_targets_are_at_least_44_px(styled_app, desk, qtbot):
    win, screen = open_today(qtbot, desk)
    for button in (
        screen.done_button,
        screen.not_relevant_button,
        screen.snooze_button,
        screen.copy_button,
        screen.client_button,
    ):
        assert button.height() >= 44, button.objectName()
    assert screen.snooze_date.height() >= 44
    assert screen.action_list.visualRect(screen.model.index(0, 0)).height() >= 44
    win.runner.stop()


def test_on_a_1000_px_tablet_nothing_on_today_is_cut_off_or_overlaps(styled_app, desk, qtbot):
    from PySide6.QtWidgets import QScrollArea, QStyleOptionViewItem

    from jeweldesk.ui.models.actions import ActionRoles

    win, screen = open_today(qtbot, desk)
    assert win.minimumSizeHint().width() <= 1000  # the KPI tiles' titles wrap
    win.resize(1000, 704)
    qtbot.waitUntil(lambda: win.width() == 1000, timeout=2000)
    qtbot.wait(50)  # the layouts settle
    scroll = screen.findChild(QScrollArea, "detailScroll")
    viewport = scroll.viewport()
    assert scroll.widget().width() <= viewport.width()
    for part in (
        screen.client_button,
        screen.greeting,
        screen.reason,
        screen.draft_box,
        screen.note,
        screen.not_relevant_button,
        screen.snooze_date,
    ):
        right = part.mapTo(viewport, part.rect().topRight()).x()
        assert right < viewport.width(), part.objectName()

    delegate = screen.action_list.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = screen.action_list.font()
    # The first line of a row as the delegate paints it (18 px in from either side).
    line = QRect(18, 12, screen.action_list.viewport().width() - 36, 24)
    for row in range(screen.model.rowCount()):
        index = screen.model.index(row, 0)
        first = delegate.first_line(line, option.font, index)
        assert first.name_text.strip("…"), row  # the name keeps some room
        due = str(index.data(ActionRoles.DUE))
        # Whole, or without "Overdue · " (the red says it), never a word cut in two.
        assert first.due_text in (due, due.split(" · ", 1)[-1]), (row, first.due_text)
        parts = [first.name, first.due] + ([first.chip] if first.chip else [])
        for i, a in enumerate(parts):
            assert line.contains(a.topLeft()) and a.right() <= line.right(), row
            for b in parts[i + 1 :]:
                assert not a.intersects(b), (row, first)
    win.runner.stop()


@pytest.fixture(scope="module")
def greeted_wang(own_store):
    """Two clients of the signed-in advisor whom the advisor greets alike, "王女士",
    each with a purchase today (so a thank-you on Today): {client id: name in Chinese}."""
    from decimal import Decimal

    from jeweldesk.services import Desk
    from jeweldesk.services.possessions import LineDraft

    names = {}
    with Desk.open(own_store) as desk:
        for local, phone in (("王馨雨", "139 0000 1101"), ("王美玲", "139 0000 1102")):
            client = desk.clients.create(
                name_local=local,
                greeting_name="王女士",
                phones=[phone],
                preferred_channel="wechat",
                language="zh_CN",
            ).value
            desk.books.add(desk.acting_staff_id, client.id)
            desk.purchases.record(
                client.id,
                [LineDraft(description="Ring", unit_price=Decimal("5000"))],
                purchased_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
                add_to_box=False,
            )
            names[client.id] = local
    return names


@pytest.mark.parametrize(
    ("lang", "greet_as"), [("en", "Greet as 王女士"), ("zh_CN", "称呼：王女士")]
)
def test_clients_greeted_alike_are_named_apart_and_still_greeted(
    styled_app, own_desk, greeted_wang, qtbot, lang, greet_as
):
    from jeweldesk.ui.models.actions import ActionRoles
    from jeweldesk.ui.translations import install_translator

    install_translator(styled_app, lang)
    own_desk.lang = lang
    win, screen = open_today(qtbot, own_desk)
    rows = [
        r
        for r in range(screen.model.rowCount())
        if screen.model.action(r).client_id in greeted_wang
        and screen.model.action(r).kind == "thank_you"
    ]
    assert len(rows) == 2
    shown = {}
    for row in rows:
        index = screen.model.index(row, 0)
        action = screen.model.action(row)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        # Named as the client list names them: romanised, then their own script.
        assert (
            name
            == {"王馨雨": "Wang Xinyu 王馨雨", "王美玲": "Wang Meiling 王美玲"}[
                greeted_wang[action.client_id]
            ]
        )
        assert index.data(ActionRoles.REASON).startswith("王女士")  # the reason greets her
        screen.action_list.setCurrentIndex(index)
        assert screen.client_button.name() == name
        assert screen.client_button.text().startswith(name)  # room enough: not elided
        assert screen.greeting.isVisible() and screen.greeting.text() == greet_as
        assert screen.reason.text().startswith("王女士")
        assert screen.draft.text().startswith("王女士您好")  # the draft greets her too
        shown[action.client_id] = name
    assert len(set(shown.values())) == 2  # two clients, two names
    win.runner.stop()


def test_a_long_name_is_elided_rather_than_widening_the_detail(styled_app, desk, qtbot):
    win, screen = open_today(qtbot, desk)
    win.resize(1280, 800)
    qtbot.wait(50)
    width = screen.detail.width()
    long_name = "Alexandra Catherine Montgomery-Fitzwilliam 蒙哥马利菲茨威廉亚历山德拉"
    screen.client_button.set_name(long_name)
    qtbot.wait(50)  # the layouts settle
    assert screen.detail.width() == width
    text = screen.client_button.text()
    assert text.endswith("…  ›") and long_name.startswith(text[: -len("…  ›")])
    assert screen.client_button.accessibleName() == long_name
    win.runner.stop()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_first_line_keeps_every_due_day_of_the_year_whole_beside_a_long_name(styled_app, lang):
    """Whatever day the suite runs on: every day of a year as a due day (overdue and
    ahead), beside long names, on the width Today's list has in a 1000 px window."""
    from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel

    from jeweldesk.ui.models.actions import ActionRoles
    from jeweldesk.ui.widgets.action_list import ActionRowDelegate
    from jeweldesk.ui.widgets.dates import day_text

    today = dt.date(2026, 6, 15)
    names = ["Alexandra Montgomery-Fairweather 欧阳菲菲", "欧阳菲菲 Fei Fei Ouyang-Montgomery"]
    model = QStandardItemModel()
    for offset in range(-200, 166):
        item = QStandardItem(names[offset % 2])
        item.setData(day_text(today + dt.timedelta(days=offset), today, lang), ActionRoles.DUE)
        item.setData(90, ActionRoles.PRIORITY)
        model.appendRow(item)
    delegate = ActionRowDelegate()
    font = QFont(styled_app.font())
    line = QRect(18, 12, 170, QFontMetrics(font).height())
    widths = set()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        due = str(index.data(ActionRoles.DUE))
        first = delegate.first_line(line, font, index)
        assert first.name_text.strip("…"), row
        assert first.due_text in (due, due.split(" · ", 1)[-1]), (row, first.due_text)
        assert not first.name.intersects(first.due), row
        assert first.due.right() <= line.right() and first.name.left() >= line.left()
        widths.add(first.due.width())
    assert len(widths) > 1  # the dates differ in width: the widest ones were tried
