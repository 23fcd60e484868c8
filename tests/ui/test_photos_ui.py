"""Photos through the real widgets on a private copy of the demo store: a portrait
added from a file shows in the Photos tab, in the profile header and in the book; a
picture of a piece; a file that is no picture refused with its reason; the camera
button hidden where there is no camera."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jeweldesk.ui.photos import tab as photos_tab
from jeweldesk.ui.photos.camera import camera_available
from tests.photo_images import jpeg
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def own_desk(demo_store, tmp_path):
    from jeweldesk.services import Desk

    opened = Desk.open(copy_store(demo_store, tmp_path / "store"))
    yield opened
    opened.close()


@pytest.fixture
def window(styled_app, own_desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(own_desk)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.runner.idle, timeout=10000)
    yield win
    qtbot.waitUntil(win.runner.idle, timeout=10000)
    win.runner.stop()


def _open_photos(qtbot, window, client_id):
    window.select_client(client_id)
    qtbot.waitUntil(
        lambda: (
            window.profile_pane.profile is not None
            and window.profile_pane.profile.summary.id == client_id
        ),
        timeout=10000,
    )
    pane = window.profile_pane
    pane.tabs.setCurrentWidget(pane.photos)
    qtbot.waitUntil(window.runner.idle, timeout=10000)
    return pane.photos


def _first_client(window):
    return window.model.client_id(0)


def test_a_portrait_added_from_a_file_shows_as_a_thumbnail(
    qtbot, window, own_desk, tmp_path, monkeypatch
):
    picture = tmp_path / "portrait.jpg"
    picture.write_bytes(jpeg(900, 1200, colour=(20, 90, 160)))
    monkeypatch.setattr(photos_tab.PhotosTab, "choose_file", classmethod(lambda c, p: str(picture)))
    client_id = _first_client(window)
    tab = _open_photos(qtbot, window, client_id)
    assert tab.grid.count() == 0 and not tab.empty.isHidden()
    assert tab.from_camera.isVisible() == camera_available()
    qtbot.mouseClick(tab.from_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.grid.count() == 1, timeout=10000)
    qtbot.waitUntil(window.runner.idle, timeout=10000)
    pane = window.profile_pane
    assert "Photo added" in pane.undo_bar.text.text()
    photo = own_desk.photos.portrait(client_id)
    assert photo is not None and photo.subject == "portrait"
    # The tile is the picture, not the placeholder.
    icon = tab.grid.item(0).icon().pixmap(64, 64).toImage()
    centre = icon.pixelColor(32, 40)
    assert centre.blue() > 120 and centre.red() < 80
    # The profile header shows it in its circle.
    qtbot.waitUntil(lambda: not pane.header.portrait.photo.isNull(), timeout=10000)
    # The book shows it beside the client's name.
    qtbot.waitUntil(
        lambda: bool(window.model.data(window.model.index(0, 0), window.model.PORTRAIT_ROLE)),
        timeout=10000,
    )
    # Undo takes it away again.
    pane.undo()
    qtbot.waitUntil(lambda: tab.grid.count() == 0, timeout=10000)
    assert own_desk.photos.portrait(client_id) is None
    qtbot.waitUntil(window.runner.idle, timeout=10000)


def test_a_photo_of_a_piece_and_a_refused_file(qtbot, window, own_desk, tmp_path, monkeypatch):
    client_id = next(
        row.summary.id
        for row in window.model._rows
        if own_desk.clients.profile(row.summary.id).jewellery_box
    )
    tab = _open_photos(qtbot, window, client_id)
    piece = own_desk.clients.profile(client_id).jewellery_box[0].piece
    tab.subject.setCurrentIndex(tab.subject.findData(piece.id.hex))
    assert tab.subject.currentIndex() > 0
    picture = tmp_path / "ring.png"
    from tests.photo_images import png

    picture.write_bytes(png())
    monkeypatch.setattr(photos_tab.PhotosTab, "choose_file", classmethod(lambda c, p: str(picture)))
    qtbot.mouseClick(tab.from_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.grid.count() == 1, timeout=10000)
    assert piece.description in tab.grid.item(0).toolTip()
    assert [p.subject_id for p in own_desk.photos.for_client(client_id)] == [piece.id]
    # The jewellery box shows it beside the piece's certificate line.
    pane = window.profile_pane
    pane.tabs.setCurrentWidget(pane.box)
    qtbot.waitUntil(window.runner.idle, timeout=10000)
    row = [i.piece.id for i in pane.box.piece_model.rows].index(piece.id)
    pane.box.piece_view.setCurrentIndex(pane.box.piece_model.index(row, 0))
    qtbot.waitUntil(lambda: pane.box.piece_photo.isVisible(), timeout=10000)
    assert not pane.box.piece_photo.photo.isNull()
    pane.tabs.setCurrentWidget(tab)

    text = tmp_path / "letter.pdf"
    text.write_bytes(b"%PDF-1.7 a letter, not a picture")
    monkeypatch.setattr(photos_tab.PhotosTab, "choose_file", classmethod(lambda c, p: str(text)))
    qtbot.mouseClick(tab.from_file, Qt.MouseButton.LeftButton)
    pane = window.profile_pane
    qtbot.waitUntil(lambda: "not a picture" in pane.undo_bar.text.text(), timeout=10000)
    assert tab.grid.count() == 1

    tab.grid.setCurrentRow(0)
    assert tab.remove.isEnabled()
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.grid.count() == 0, timeout=10000)
    assert own_desk.photos.for_client(client_id) == []
    qtbot.waitUntil(window.runner.idle, timeout=10000)
