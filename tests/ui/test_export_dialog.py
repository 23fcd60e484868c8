"""Export from the Books screen: a store manager exports an advisor's book as Excel,
then a list for a campaign that holds only the clients who agreed to marketing; a
folder that cannot be written is said beside the button and nothing is left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def own_store(tmp_path_factory):
    from tests.templates import demo_store

    folder = tmp_path_factory.mktemp("export-store")
    demo_store(folder, clients=150, seed=4)
    return folder


@pytest.fixture
def manager_desk(own_store):
    from jeweldesk.services import Desk

    with Desk.open(own_store) as desk:
        manager = next(p for p, _ in desk.directory.staff("SH01") if p.role == "store_manager")
        desk.act_as(manager.id)
        yield desk


def _open(qtbot, desk, size=None):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    if size:
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    screen = win.screens["books"]
    with qtbot.waitSignals([screen.sig_shown, screen.sig_detail_shown], timeout=10_000):
        win.show_screen("books")
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    book = max(screen.books_model.books(), key=lambda b: b.status.count)
    chosen = screen.chosen_advisor()
    if chosen is None or chosen.advisor_id != book.advisor_id:
        row = screen.books_model.row_of(book.advisor_id)
        with qtbot.waitSignal(screen.sig_detail_shown, timeout=10_000):
            screen.table.selectRow(row)
    return win, screen, book


def test_a_book_and_a_campaign_list_exported_from_the_books_screen(
    styled_app, manager_desk, qtbot, tmp_path, monkeypatch
):
    win, screen, book = _open(qtbot, manager_desk)
    assert screen.export_button.isEnabled()
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    dialog = screen.export_dialog
    qtbot.waitExposed(dialog)
    assert book.name in dialog.findChild(type(dialog.message), "dialogTitle").text()

    target = tmp_path / "book.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.sig_exported, timeout=20_000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path, rows = exported.args
    assert Path(path) == target and rows == book.status.count
    sheet = list(load_workbook(target).active.iter_rows(values_only=True))
    assert sheet[0][0] == "Name" and sheet[0][-1] == "Marketing consent"
    assert len(sheet) == rows + 1
    assert f"{rows} clients written" in dialog.message.text()

    consenting = sum(1 for r in sheet[1:] if str(r[-1]).startswith("Yes"))
    dialog.for_marketing.setChecked(True)
    dialog.as_csv.setChecked(True)
    campaign = tmp_path / "campaign"  # the extension is added
    with qtbot.waitSignal(dialog.sig_exported, timeout=20_000) as exported:
        dialog.export_to(str(campaign))
    path, rows = exported.args
    assert path.endswith("campaign.csv") and rows == consenting < book.status.count
    assert Path(path).read_text("utf-8-sig").count("\n") == rows + 1
    win.runner.stop()


def test_a_folder_that_cannot_be_written_is_said_and_leaves_nothing(
    styled_app, manager_desk, qtbot, tmp_path
):
    win, screen, _book = _open(qtbot, manager_desk)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    dialog = screen.export_dialog
    earlier = tmp_path / "book.xlsx"
    earlier.write_bytes(b"an earlier export")
    gone = tmp_path / "unplugged-stick"  # a USB stick pulled out: its folder is gone
    dialog.export_to(str(gone / "book.xlsx"))
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    assert "Could not write" in dialog.message.text()
    assert str(gone) in dialog.message.text()
    assert dialog.export_button.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx"]
    assert earlier.read_bytes() == b"an earlier export"
    win.runner.stop()


@pytest.mark.skipif(not os.environ.get("JEWELDESK_RENDER_DIR"), reason="renders on request")
@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_render_the_export_dialog(styled_app, manager_desk, qtbot, lang, size):
    from jeweldesk.ui.translations import install_translator

    install_translator(styled_app, lang)
    out = Path(os.environ["JEWELDESK_RENDER_DIR"])
    out.mkdir(parents=True, exist_ok=True)
    win, screen, _book = _open(qtbot, manager_desk, size)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    dialog = screen.export_dialog
    qtbot.waitExposed(dialog)
    win.grab().save(str(out / f"books-{lang}-{size[0]}x{size[1]}.png"))
    dialog.grab().save(str(out / f"export-{lang}-{size[0]}x{size[1]}.png"))
    install_translator(styled_app, "en")
    win.runner.stop()
