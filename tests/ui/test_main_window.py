"""The first window, used as an advisor would: the book, search as you type, choosing
a client, clearing the search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from jeweldesk.ui.models.client_list import ClientListModel

pytestmark = pytest.mark.ui


def listed_ids(window) -> list:
    return [window.model.client_id(row) for row in range(window.model.rowCount())]


def type_search(qtbot, window, text: str) -> None:
    window.search_box.setFocus()
    if text.isascii():
        qtbot.keyClicks(window.search_box, text)
    else:
        # Chinese arrives from the input method as a committed string, not as key
        # presses (and QTest's key clicks take Latin-1 only).
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(window.search_box, event)
    qtbot.waitUntil(
        lambda: not window._search_timer.isActive() and window._searched == text, timeout=3000
    )
    qtbot.waitUntil(window.runner.idle, timeout=3000)  # the search runs on the database thread


def click_row(qtbot, window, row: int) -> None:
    view = window.client_list
    index = window.model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_the_book_lists_the_signed_in_advisors_clients(window, desk):
    book = desk.books.book(desk.acting_staff_id)
    assert book, "the demo signs in an advisor with a book"
    assert window.model.rowCount() == len(book)
    assert listed_ids(window) == [r.summary.id for r in book]
    assert str(len(book)) in window.list_caption.text()


def test_the_window_title_names_the_advisor_and_the_store(window, desk):
    person = desk.directory.person(desk.acting_staff_id)
    store = desk.directory.store(desk.home_store_id)
    assert person.name in window.windowTitle()
    assert store.code in window.windowTitle()


def test_typing_shows_matches_after_a_short_pause_with_one_search(window, desk, qtbot, monkeypatch):
    calls = []
    search = desk.clients.search
    monkeypatch.setattr(
        desk.clients, "search", lambda text, limit=30: calls.append(text) or search(text, limit)
    )

    type_search(qtbot, window, "wang")

    assert calls == ["wang"], "typing in a burst runs one search, not one per key"
    expected = [s.id for s in search("wang", limit=50)]
    assert expected, "the demo has clients called Wang"
    assert listed_ids(window) == expected
    assert "wang" in window.list_caption.text()


def test_a_chinese_family_name_finds_clients(window, desk, qtbot):
    type_search(qtbot, window, "王")
    found = desk.clients.search("王", limit=50)
    assert found
    assert listed_ids(window) == [s.id for s in found]
    assert all(
        "王" in window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())
    )


def test_choosing_a_row_shows_that_client(window, desk, qtbot):
    row = min(2, window.model.rowCount() - 1)
    summary = desk.clients.summaries([window.model.client_id(row)])[0]
    with qtbot.waitSignal(window.sig_profile_shown, timeout=3000):
        click_row(qtbot, window, row)
    assert window.profile_pane.name.text() == summary.display_name
    assert window.client_list.currentIndex().row() == row


def test_choosing_a_search_result_shows_that_client(window, desk, qtbot):
    type_search(qtbot, window, "wang")
    wanted = window.model.client_id(0)
    with qtbot.waitSignal(window.sig_profile_shown, timeout=10_000) as shown:
        click_row(qtbot, window, 0)
    assert shown.args == [wanted]
    assert window.profile_pane.name.text() == desk.clients.summaries([wanted])[0].display_name


def test_clearing_the_search_brings_the_book_back(window, desk, qtbot):
    book_ids = listed_ids(window)
    type_search(qtbot, window, "wang")
    assert listed_ids(window) != book_ids
    qtbot.keyClick(window.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    assert window.search_box.text() == ""
    assert listed_ids(window) == book_ids
    assert "book" in window.list_caption.text().lower()


def test_ctrl_f_puts_the_cursor_in_the_search_box(window, qtbot):
    window.activateWindow()
    window.client_list.setFocus()
    qtbot.waitUntil(lambda: window.client_list.hasFocus())
    qtbot.keyClick(window.client_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_box.hasFocus(), timeout=2000)


def test_allergies_stand_out(window, desk, qtbot):
    with_allergy = [
        profile
        for row in desk.books.book(desk.acting_staff_id)
        if (profile := desk.clients.profile(row.summary.id)).allergies
    ]
    assert with_allergy, "the demo book (seed 3) holds clients with an allergy recorded"
    profile = with_allergy[0]
    window.select_client(profile.summary.id)
    qtbot.waitUntil(lambda: window.profile_pane.profile is not None)
    alert = window.profile_pane.allergy
    assert alert.isVisible()
    assert profile.allergies[0].value in alert.text()


def test_rows_are_tall_enough_to_touch(window):
    index = window.model.index(0, 0)
    assert window.client_list.visualRect(index).height() >= 44


def test_the_client_list_model_passes_qt_model_checks(window, qtmodeltester, qtbot):
    qtmodeltester.check(window.model)  # the book
    type_search(qtbot, window, "li")
    qtmodeltester.check(window.model)  # search results


def test_an_empty_client_list_model_passes_qt_model_checks(qtmodeltester):
    model = ClientListModel()
    qtmodeltester.check(model)
    model.show_results([])
    qtmodeltester.check(model)


def test_the_cjk_font_is_registered_and_a_fallback(styled_app):
    assert "Droid Sans Fallback" in QFontDatabase.families()
    assert "Droid Sans Fallback" in QGuiApplication.font().families()


def test_the_window_renders_to_a_png(styled_app, desk, tmp_path):
    from PySide6.QtGui import QImage

    from jeweldesk.ui.screenshot import render_main_window

    client = desk.books.book(desk.acting_staff_id)[0].summary.id
    out = render_main_window(desk, tmp_path / "window.png", size=(1280, 800), client_id=client)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
