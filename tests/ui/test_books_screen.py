"""Books: the manager's view of every advisor's book; a client reassigned through the
screen moves books in the service; the whole screen is kept from advisors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jeweldesk.services.handover import Suggestion

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def own_store(tmp_path_factory):
    from tests.templates import demo_store

    folder = tmp_path_factory.mktemp("books-store")
    demo_store(folder, clients=400, seed=3)
    return folder


@pytest.fixture
def manager_desk(own_store):
    from jeweldesk.services import Desk

    with Desk.open(own_store) as desk:
        manager = next(p for p, _ in desk.directory.staff("SH01") if p.role == "store_manager")
        desk.act_as(manager.id)
        yield desk


def open_books(qtbot, desk, *, manager=True, size=None):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    screen = win.screens["books"]
    if manager:
        with qtbot.waitSignals([screen.sig_shown, screen.sig_detail_shown], timeout=10_000):
            win.show_screen("books")
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    return win, screen


def choose_advisor(qtbot, screen, advisor_id):
    row = screen.books_model.row_of(advisor_id)
    with qtbot.waitSignal(screen.sig_detail_shown, timeout=10_000):
        screen.table.selectRow(row)


def test_every_advisors_book_is_listed_with_its_size(
    styled_app, manager_desk, qtbot, qtmodeltester
):
    win, screen = open_books(qtbot, manager_desk)
    expected = manager_desk.handover.store_books("SH01")
    assert [b.advisor_id for b in screen.books_model.books()] == [b.advisor_id for b in expected]
    for row, book in enumerate(expected):
        text = screen.books_model.index(row, 2).data()
        assert text.startswith(str(book.status.count))
        held = book.role != "store_manager"
        assert ("under" in text) == (held and book.status.state == "under")
    assert win.nav_buttons["books"].isVisible()
    qtmodeltester.check(screen.books_model)
    qtmodeltester.check(screen.clients_model)
    win.runner.stop()


def test_reassigning_a_client_moves_them_to_the_other_book(styled_app, manager_desk, qtbot):
    desk = manager_desk
    win, screen = open_books(qtbot, desk)
    books = {b.name: b for b in screen.books_model.books()}
    source, target = books["Yao Ruona"], books["Yin Guo"]
    choose_advisor(qtbot, screen, source.advisor_id)
    assert screen.clients_model.rowCount() == source.status.count
    client_id = screen.clients_model.client_id(0)
    screen.client_list.setCurrentIndex(screen.clients_model.index(0, 0))
    screen.target.setCurrentIndex(screen.target.findData(target.advisor_id))
    qtbot.keyClicks(screen.note, "Moving to Pudong; prefers Yin Guo's hours")
    assert screen.reassign_button.isEnabled()
    with qtbot.waitSignal(screen.sig_moved, timeout=10_000):
        qtbot.mouseClick(screen.reassign_button, Qt.MouseButton.LeftButton)

    assert client_id not in [r.summary.id for r in desk.books.book(source.advisor_id)]
    assert client_id in [r.summary.id for r in desk.books.book(target.advisor_id)]
    qtbot.waitUntil(lambda: screen.clients_model.row_of(client_id) == -1, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            screen.books_model.index(screen.books_model.row_of(target.advisor_id), 2)
            .data()
            .startswith(str(target.status.count + 1))
        ),
        timeout=10_000,
    )
    win.runner.stop()


def test_handing_over_a_whole_book_asks_first(styled_app, manager_desk, qtbot, monkeypatch):
    from jeweldesk.ui.screens.books import HandoverConfirm

    desk = manager_desk
    win, screen = open_books(qtbot, desk)
    books = {b.name: b for b in screen.books_model.books()}
    source, target = books["Yin Guo"], books["Mao Taohua"]
    choose_advisor(qtbot, screen, source.advisor_id)
    count = screen.clients_model.rowCount()
    screen.target.setCurrentIndex(screen.target.findData(target.advisor_id))

    asked = []
    monkeypatch.setattr(
        HandoverConfirm, "ask", classmethod(lambda cls, parent, text: asked.append(text) or False)
    )
    qtbot.mouseClick(screen.whole_book_button, Qt.MouseButton.LeftButton)
    assert asked and str(count) in asked[0]
    assert len(desk.books.book(source.advisor_id)) == count  # declined: nothing moved

    monkeypatch.setattr(HandoverConfirm, "ask", classmethod(lambda cls, parent, text: True))
    with qtbot.waitSignal(screen.sig_moved, timeout=10_000):
        qtbot.mouseClick(screen.whole_book_button, Qt.MouseButton.LeftButton)
    assert desk.books.book(source.advisor_id) == []
    over = len(desk.books.book(target.advisor_id))
    assert over > 50 and str(over) in screen.message.text()  # the "over 50" notice is shown
    win.runner.stop()


def test_in_chinese_advisors_are_named_in_chinese(styled_app, manager_desk, qtbot, monkeypatch):
    """On a Chinese interface the manager reads 姚若娜, not Yao Ruona: in the table, the
    chosen book's title, the handover target and the question before a whole book moves."""
    from jeweldesk.ui.screens.books import HandoverConfirm
    from jeweldesk.ui.translations import install_translator

    desk = manager_desk
    people = {p.id: p for p, _ in desk.directory.staff("SH01")}
    install_translator(styled_app, "zh_CN")
    desk.lang = "zh_CN"
    win, screen = open_books(qtbot, desk)
    books = screen.books_model.books()
    assert books and all(people[b.advisor_id].name_local for b in books)
    shown = [screen.books_model.index(row, 0).data() for row in range(len(books))]
    assert shown == [people[b.advisor_id].name_local for b in books]

    chosen = screen.chosen_advisor().advisor_id
    source = next(b for b in books if b.advisor_id != chosen and b.status.count)
    target = next(b for b in books if b.advisor_id != source.advisor_id)
    choose_advisor(qtbot, screen, source.advisor_id)
    # A Chinese name runs straight into the Chinese: 姚若娜的客户.
    assert screen.clients_title.text() == f"{people[source.advisor_id].name_local}的客户"
    screen.target.setCurrentIndex(screen.target.findData(target.advisor_id))
    assert screen.target.currentText().startswith(people[target.advisor_id].name_local)

    asked = []
    monkeypatch.setattr(
        HandoverConfirm, "ask", classmethod(lambda cls, parent, text: asked.append(text) or False)
    )
    qtbot.mouseClick(screen.whole_book_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith(f"将{people[source.advisor_id].name_local}的全部")
    assert asked[0].endswith(f"转给{people[target.advisor_id].name_local}？")
    assert people[source.advisor_id].name not in asked[0]
    win.runner.stop()


def test_in_chinese_a_latin_name_is_set_apart_by_spaces(styled_app, own_store, qtbot, monkeypatch):
    """A Paris manager on a Chinese interface reads "CLAIRE MARTIN 的客户": the Latin
    name keeps a space on each side where it meets Chinese characters."""
    from jeweldesk.services import Desk
    from jeweldesk.ui.screens.books import HandoverConfirm
    from jeweldesk.ui.translations import install_translator

    with Desk.open(own_store) as desk:
        staff = [p for p, _ in desk.directory.staff("PA01")]
        desk.act_as(next(p.id for p in staff if p.role == "store_manager"))
        install_translator(styled_app, "zh_CN")
        desk.lang = "zh_CN"
        win, screen = open_books(qtbot, desk)
        chosen = screen.chosen_advisor()
        assert not chosen.name_local and chosen.name.isascii()
        assert screen.clients_title.text() == f"{chosen.name.upper()} 的客户"
        target = screen.target.currentText().split("  ·  ")[0]
        asked = []
        monkeypatch.setattr(
            HandoverConfirm,
            "ask",
            classmethod(lambda cls, parent, text: asked.append(text) or False),
        )
        qtbot.mouseClick(screen.whole_book_button, Qt.MouseButton.LeftButton)
        assert asked[0].startswith(f"将 {chosen.name} 的全部")
        assert asked[0].endswith(f"转给 {target}？")
        win.runner.stop()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("陈雨的客户", "陈雨的客户"),
        ("Claire Martin的客户", "Claire Martin 的客户"),
        ("将Hélène的全部 3 位客户转给陈雨？", "将 Hélène 的全部 3 位客户转给陈雨？"),
        ("Claire Martin's clients", "Claire Martin's clients"),
    ],
)
def test_spaced(text, expected):
    from jeweldesk.ui.screens.books import spaced

    assert spaced(text) == expected


def test_in_english_advisors_keep_their_romanised_names(styled_app, manager_desk, qtbot):
    desk = manager_desk
    people = {p.id: p for p, _ in desk.directory.staff("SH01")}
    win, screen = open_books(qtbot, desk)
    books = screen.books_model.books()
    shown = [screen.books_model.index(row, 0).data() for row in range(len(books))]
    assert shown == [people[b.advisor_id].name for b in books]
    win.runner.stop()


def test_the_screen_is_kept_from_advisors(styled_app, desk, qtbot):
    win, screen = open_books(qtbot, desk, manager=False)
    qtbot.waitUntil(lambda: screen.manager is False, timeout=10_000)
    assert not win.nav_buttons["books"].isVisible()
    win.show_screen("books")  # reached anyway (a shortcut, say): a polite message, no books
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    assert screen.pages.currentWidget() is screen.not_for_you
    assert screen.books_model.rowCount() == 0
    win.runner.stop()


def test_suggestions_model(qtmodeltester):
    import uuid

    from jeweldesk.ui.models.books import SuggestionModel

    model = SuggestionModel()
    model.show_suggestions(
        [Suggestion(uuid.uuid4(), "Ms Lin", "core", 42, "Core client with no advisor")]
    )
    assert model.index(0, 0).data() == "Ms Lin"
    qtmodeltester.check(model)


# --- fitting a store's screen ------------------------------------------------------------


def _rect_in(window, widget):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _check_fits(win, screen, size):
    """The window keeps its size; the table ends on a whole row above the cards,
    scrolls to its last advisor, and the cards end inside the window."""
    from PySide6.QtWidgets import QFrame

    from jeweldesk.ui.models.books import ROW_HEIGHT

    assert win.size().toTuple() == size
    table = _rect_in(win, screen.table)
    cards = [c for c in screen.findChildren(QFrame, "card") if c.isVisible()]
    assert len(cards) == 3
    for card in cards:
        rect = _rect_in(win, card)
        assert rect.top() > table.bottom()  # below the table, never over a row
        assert rect.bottom() < size[1] and rect.height() >= card.minimumSizeHint().height()
    viewport = screen.table.viewport()
    rows = screen.books_model.rowCount()
    shown = viewport.height() // ROW_HEIGHT
    assert viewport.height() % ROW_HEIGHT == 0 or shown >= rows  # no row cut through
    assert screen.table.verticalScrollBar().isVisible() == (shown < rows)
    screen.table.scrollToBottom()
    last = screen.table.visualRect(screen.books_model.index(rows - 1, 0))
    assert viewport.rect().contains(last)
    return shown


def test_a_boutique_of_eight_fits_a_1280_by_800_window(
    styled_app, manager_desk, qtbot, monkeypatch
):
    """Eight people keeping books (a boutique's most) at 1280×800: the window stays
    800 tall (the table used to take all eight rows and push it to 908) and the table
    scrolls to the rows it cannot show."""
    import dataclasses
    import uuid

    from jeweldesk.ui.screens import books as screen_module

    real = screen_module._load_books

    def eight_books(desk):
        store = real(desk)  # the store's own people first: one of them is chosen
        more = [
            dataclasses.replace(store.books[n % len(store.books)], advisor_id=uuid.uuid4())
            for n in range(8 - len(store.books))
        ]
        return dataclasses.replace(store, books=store.books + more)

    monkeypatch.setattr(screen_module, "_load_books", eight_books)
    win, screen = open_books(qtbot, manager_desk, size=(1280, 800))
    assert screen.books_model.rowCount() == 8
    assert 3 <= _check_fits(win, screen, (1280, 800)) < 8
    win.runner.stop()


def test_a_paris_manager_sees_every_row_above_the_cards(styled_app, own_store, qtbot):
    """Five people, no one to suggest (the suggestions card holds a wrapped note):
    every row is in view at 1280×800 with the cards below; on 1280×720 (an 800-pixel
    screen less a title bar and a task bar) the window is not made taller: the table
    scrolls; at 1600×1000 it stays as tall as its rows and the cards take the rest."""
    from jeweldesk.services import Desk
    from jeweldesk.ui.models.books import ROW_HEIGHT

    with Desk.open(own_store) as desk:
        staff = [p for p, _ in desk.directory.staff("PA01")]
        desk.act_as(next(p.id for p in staff if p.role == "store_manager"))
        win, screen = open_books(qtbot, desk, size=(1280, 800))
        rows = screen.books_model.rowCount()
        assert rows == len(desk.handover.store_books("PA01"))
        assert _check_fits(win, screen, (1280, 800)) >= rows

        for size in ((1280, 720), (1600, 1000)):
            win.resize(*size)
            qtbot.waitUntil(lambda size=size: win.size().toTuple() == size, timeout=5_000)
            qtbot.wait(10)  # the resize's layout pass
            shown = _check_fits(win, screen, size)
        assert shown >= rows and screen.table.viewport().height() == rows * ROW_HEIGHT
        win.runner.stop()


def test_a_store_manager_with_no_clients_is_not_under_30(styled_app, manager_desk, qtbot):
    """Each advisor keeps a book of 30–50; the store manager, who may hold clients
    but looks after the others' books, is listed without the warning."""
    from jeweldesk.ui.models.books import STATE_ROLE

    win, screen = open_books(qtbot, manager_desk)
    model = screen.books_model
    manager_row = model.row_of(manager_desk.acting_staff_id)
    assert manager_row >= 0 and model.book(manager_row).status.count == 0
    assert model.index(manager_row, 2).data() == "0"
    assert model.index(manager_row, 2).data(STATE_ROLE) == "ok"
    win.runner.stop()


def test_an_advisor_with_an_empty_book_is_still_under_30():
    import uuid

    from jeweldesk.services.handover import AdvisorBook
    from jeweldesk.services.views import BookStatus
    from jeweldesk.ui.models.books import AdvisorBooksModel

    model = AdvisorBooksModel()
    ids = uuid.uuid4(), uuid.uuid4()
    model.show_books(
        [
            AdvisorBook(ids[0], "Ms Lin", "advisor", BookStatus(ids[0], 0), 0, 0, 0, 0),
            AdvisorBook(ids[1], "Mr Wu", "store_manager", BookStatus(ids[1], 0), 0, 0, 0, 0),
        ]
    )
    assert model.index(0, 2).data() == "0 · under 30"
    assert model.index(1, 2).data() == "0"
