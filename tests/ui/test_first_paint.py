"""Starting on the book as last shown: painted before the store is open, and only when
the store still agrees with it (same person, language, clients, and not one of them
changed since); then the live book and every screen once the desk is open."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from jeweldesk.paths import DATABASE_FILENAME

pytestmark = pytest.mark.ui


@pytest.fixture
def store(demo_store, tmp_path) -> Path:
    """A private copy of the demo store: these tests change it."""
    folder = tmp_path / "store"
    folder.mkdir()
    source = sqlite3.connect(demo_store / DATABASE_FILENAME)
    target = sqlite3.connect(folder / DATABASE_FILENAME)
    with target:
        source.backup(target)
    source.close()
    target.close()
    return folder


def start(qtbot, folder: Path, lang: str | None = None):
    """What `jeweldesk` does when it opens signed in; returns the window as first painted."""
    from jeweldesk.ui.app import open_main_window

    window = open_main_window(folder, lang=lang)
    qtbot.addWidget(window)
    return window


def until_ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.ready and window.runner.idle(), timeout=20_000)


def close(window) -> None:
    window.runner.stop()
    if window.runner.desk is not None:
        window.runner.desk.close()


def names(window) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def keep_a_snapshot(qtbot, folder: Path, lang: str | None = None) -> list[str]:
    """One start that shows the live book (and so keeps it); returns the names shown."""
    from jeweldesk.ui.first_paint import snapshot_path

    window = start(qtbot, folder, lang)
    until_ready(qtbot, window)
    qtbot.waitUntil(lambda: snapshot_path(folder).exists(), timeout=10_000)
    shown = names(window)
    close(window)
    return shown


def test_the_book_is_painted_before_the_store_opens_then_goes_live(styled_app, store, qtbot):
    live = keep_a_snapshot(qtbot, store)
    assert len(live) >= 5, "the signed-in advisor of the demo has a book"

    window = start(qtbot, store)
    try:
        assert window.runner.desk is None, "nothing of the database layer is open yet"
        assert names(window) == live
        assert str(len(live)) in window.list_caption.text()
        assert window.windowTitle().count("—") == 2, "who and where, from the kept book"
        until_ready(qtbot, window)
        assert names(window) == live
        assert set(window.screens) == {
            "book",
            "today",
            "calendar",
            "events",
            "books",
            "kpis",
            "settings",
        }
    finally:
        close(window)


def test_a_client_changed_since_is_never_painted_as_they_were(styled_app, store, qtbot):
    from jeweldesk.services import Desk
    from jeweldesk.ui.first_paint import snapshot_path

    keep_a_snapshot(qtbot, store)
    with Desk.open(store) as desk:
        row = desk.books.book(desk.acting_staff_id)[0]
        desk.clients.update(row.summary.id, name_romanised="Renamed Client", name_local="新名字")
        old = row.summary.display_name
        new = desk.clients.summaries([row.summary.id])[0].display_name
    assert new != old

    window = start(qtbot, store)
    try:
        assert window.model.rowCount() == 0, "the kept book no longer agrees with the store"
        assert not snapshot_path(store).exists(), "and it is thrown away"
        until_ready(qtbot, window)
        assert old not in names(window)
        assert new in names(window)
    finally:
        close(window)


def test_another_person_signed_in_or_another_language_is_not_painted(styled_app, store, qtbot):
    from jeweldesk.ui.first_paint import read_snapshot, snapshot_path

    keep_a_snapshot(qtbot, store)
    assert read_snapshot(store, "zh_CN") is None, (
        "asked for Chinese: the English book is not painted"
    )
    assert snapshot_path(store).exists(), "but kept for an English start"

    con = sqlite3.connect(store / DATABASE_FILENAME)
    with con:
        con.execute(
            "UPDATE settings SET value = ? WHERE key = 'signed_in_email'",
            (json.dumps("someone@else"),),
        )
    con.close()
    assert read_snapshot(store) is None
    assert not snapshot_path(store).exists()


def test_a_damaged_or_foreign_snapshot_is_ignored(styled_app, store, qtbot):
    from jeweldesk.ui.first_paint import read_snapshot, snapshot_path

    snapshot_path(store).write_text("{ half a file", encoding="utf-8")
    window = start(qtbot, store)
    try:
        assert window.model.rowCount() == 0
        assert "Opening" in window.list_caption.text()
        until_ready(qtbot, window)
        assert window.model.rowCount() > 0
        qtbot.waitUntil(lambda: read_snapshot(store) is not None, timeout=10_000)
    finally:
        close(window)

    body = json.loads(snapshot_path(store).read_text(encoding="utf-8"))
    body["app"] = "0.0.0"
    snapshot_path(store).write_text(json.dumps(body), encoding="utf-8")
    assert read_snapshot(store) is None, "written by another version of the app"


def test_a_screen_asked_for_before_the_store_opens_is_shown_once_it_does(styled_app, store, qtbot):
    keep_a_snapshot(qtbot, store)
    window = start(qtbot, store)
    try:
        assert window.runner.desk is None
        window.nav_buttons["calendar"].click()
        assert window.current_screen() == "book", "nothing to show yet"
        until_ready(qtbot, window)
        assert window.current_screen() == "calendar"
        assert window.nav_buttons["calendar"].isChecked()
    finally:
        close(window)


def test_a_book_kept_in_english_on_a_store_now_in_chinese_opens_in_chinese(
    styled_app, store, qtbot
):
    """The kept book decides the language the window is built in before the store is
    read: when the store has changed language since, the window is built again in the
    store's language, without the kept book."""
    from jeweldesk.ui.first_paint import snapshot_path

    keep_a_snapshot(qtbot, store)
    con = sqlite3.connect(store / DATABASE_FILENAME)
    with con:
        con.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('language', ?)",
            (json.dumps("zh_CN"),),
        )
    con.close()

    window = start(qtbot, store)
    try:
        assert window.model.rowCount() == 0
        assert not snapshot_path(store).exists()
        assert "Opening" not in window.list_caption.text(), window.list_caption.text()
        assert window.search_box.accessibleName() != "Search clients", (
            "built with the Chinese interface"
        )
        until_ready(qtbot, window)
        assert window.model.rowCount() > 0
    finally:
        close(window)
