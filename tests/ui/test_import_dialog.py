"""The Import dialog, through its widgets on a real demo store: a store manager opens it
from the Clients screen, a GBK file with Chinese headers is read with its encoding and
columns recognised, the proposed merge is shown beside the client it matches, the
import writes the new clients (found by the search box) and the undo takes them away.
An advisor never sees the button."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from jeweldesk.imports.plan import Choice
from jeweldesk.ui.import_dialog.models import CHOICE_COLUMN

pytestmark = pytest.mark.ui

NEW_PEOPLE = ("欧阳澜", "司马青")


@pytest.fixture(scope="module")
def own_store(tmp_path_factory):
    from tests.templates import demo_store

    folder = tmp_path_factory.mktemp("import-store")
    demo_store(folder, clients=120, seed=5)
    return folder


@pytest.fixture
def manager_desk(own_store):
    from jeweldesk.services import Desk

    with Desk.open(own_store) as desk:
        manager = next(p for p, _ in desk.directory.staff("SH01") if p.role == "store_manager")
        desk.act_as(manager.id)
        yield desk


def existing_client(desk):
    """A client of the store with a mobile number, as the book shows them."""
    for book in desk.handover.store_books("SH01"):
        for row in desk.books.book(book.advisor_id):
            if row.summary.phone.startswith("+86"):
                return row.summary
    raise AssertionError("the demo store has no client with a Chinese mobile")


def gbk_file(folder: Path, phone: str) -> Path:
    """A store's Excel export saved as CSV in GBK: Chinese headers, one row whose mobile
    is an existing client's (written as a person types it: no +86, full-width digits),
    a leap-day birthday and one with no year."""
    local = phone.removeprefix("+86").replace(" ", "")
    wide = "".join(chr(ord(c) + 0xFEE0) for c in local)
    lines = [
        "姓名,手机,生日,会员等级",
        f"{NEW_PEOPLE[0]},13911112222,1988/2/29,金卡",
        f"{NEW_PEOPLE[1]},13933334444,05-01,",
        f"老客户,{wide},1990年5月1日,VIP",
    ]
    path = folder / "会员名单.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk") + b"\r\n")
    return path


def open_window(qtbot, desk):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    return win


def open_dialog(qtbot, win, path, monkeypatch):
    from jeweldesk.ui.import_dialog.dialog import ClientListPicker

    monkeypatch.setattr(ClientListPicker, "ask", classmethod(lambda cls, parent: path))
    qtbot.waitUntil(win.import_entry.button.isVisible, timeout=10_000)
    qtbot.mouseClick(win.import_entry.button, Qt.MouseButton.LeftButton)
    dialog = win.import_entry.dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_columns_read, timeout=10_000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def search(qtbot, win, text):
    with qtbot.waitSignal(win.sig_list_shown, timeout=10_000):
        win.search_box.setText(text)
    qtbot.waitUntil(win.runner.idle, timeout=10_000)
    return [win.model.index(r, 0).data() for r in range(win.model.rowCount())]


def test_a_manager_imports_a_gbk_list_reviews_the_merge_and_undoes_it(
    styled_app, manager_desk, qtbot, qtmodeltester, tmp_path, monkeypatch
):
    from jeweldesk.ui.import_dialog.dialog import STEP_COLUMNS, STEP_DONE, STEP_MERGES, STEP_PLAN

    known = existing_client(manager_desk)
    path = gbk_file(tmp_path, known.phone)
    win = open_window(qtbot, manager_desk)
    dialog = open_dialog(qtbot, win, path, monkeypatch)

    # The file's encoding detected and shown; its first rows read in it.
    assert dialog.columns.encoding.lower() in ("gb18030", "gbk", "gb2312")
    assert "GB18030" in dialog.encoding_box.itemText(0)
    assert dialog.preview.item(0, 0).text() == NEW_PEOPLE[0]
    assert dialog.next_button.isEnabled()

    # The Chinese headers mapped to their fields, each in its own box.
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == STEP_COLUMNS
    assert dialog.chosen_fields() == ["name", "phone", "birthday", "tier"]
    assert all(box.height() >= 44 for box in dialog.field_boxes)

    # The plan: two to import, one proposed merge with the client of that phone.
    with qtbot.waitSignal(dialog.sig_planned, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == STEP_PLAN
    assert dialog.tiles["new"].text() == "2"
    assert dialog.tiles["merge"].text() == "1"
    assert dialog.tiles["refused"].text() == "0"
    qtmodeltester.check(dialog.report_model)
    qtmodeltester.check(dialog.merge_model)

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == STEP_MERGES
    assert dialog.merge_model.rowCount() == 1
    proposal = dialog.merge_model.proposal(0)
    assert proposal.line == 4 and proposal.mergeable
    assert proposal.existing[0].name == known.display_name
    assert "老客户" in dialog.merge_model.index(0, 1).data()
    assert known.display_name in dialog.merge_model.index(0, 2).data()
    assert "phone" in dialog.merge_model.index(0, 3).data()
    assert dialog.next_button.text() == "Import"

    # Import: the progress reaches the end, the result counts what was written.
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert (result.created, result.merged) == (2, 1)
    assert dialog.step() == STEP_DONE
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 3
    assert "2 clients added" in dialog.done_label.text()
    assert any(NEW_PEOPLE[0] in name for name in search(qtbot, win, NEW_PEOPLE[0]))

    # Undo: the new clients are gone from the search again.
    with qtbot.waitSignal(dialog.sig_undone, timeout=20_000) as undone:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert undone.args[0].clients == 2
    assert not dialog.undo_button.isVisible()
    win.search_box.clear()
    assert not any(NEW_PEOPLE[0] in name for name in search(qtbot, win, NEW_PEOPLE[0]))
    assert manager_desk.imports.batches()[0].status == "undone"
    win.runner.stop()


def test_a_proposed_merge_decided_as_a_new_client_in_its_own_row(
    styled_app, manager_desk, qtbot, tmp_path, monkeypatch
):
    from jeweldesk.ui.import_dialog.dialog import STEP_MERGES

    known = existing_client(manager_desk)
    path = gbk_file(tmp_path, known.phone)
    win = open_window(qtbot, manager_desk)
    dialog = open_dialog(qtbot, win, path, monkeypatch)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_planned, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == STEP_MERGES
    cell = dialog.merge_model.index(0, CHOICE_COLUMN)
    box = dialog.merges.indexWidget(cell)
    assert isinstance(box, QComboBox) and box.height() >= 40
    assert [box.itemText(i) for i in range(box.count())] == [
        "Merge",
        "Add as a new client",
        "Leave out",
    ]
    assert box.currentText() == "Merge"
    # "Leave all out", then this one row back in as a client of its own.
    dialog.merge_no.click()
    assert box.currentText() == "Leave out"
    box.setCurrentIndex(1)
    box.activated.emit(1)
    assert dialog.merge_model.choices() == {4: Choice.NEW}
    assert cell.data() == "Add as a new client"
    count = manager_desk.clients.count()
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert (result.created, result.merged, result.skipped) == (3, 0, 0)
    assert manager_desk.clients.count() == count + 3
    win.runner.stop()


def test_a_mapping_chosen_by_hand_is_kept_for_the_next_file(
    styled_app, manager_desk, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "export.csv"
    path.write_text("Client,Mobile,Remark\r\nClaire Dubois,+33 6 12 34 56 78,VIP\r\n", "utf-8")
    win = open_window(qtbot, manager_desk)
    dialog = open_dialog(qtbot, win, path, monkeypatch)
    assert dialog.columns.encoding.replace("_", "-").startswith("utf")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    # "Client" is no export's name for the name column: nothing to plan until chosen.
    assert dialog.chosen_fields() == ["", "phone", ""]
    dialog.set_field("Client", "name")
    dialog.set_field("Remark", "note")
    with qtbot.waitSignal(dialog.sig_planned, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.tiles["new"].text() == "1"
    dialog.close()

    again = tmp_path / "export-2.csv"
    again.write_text("client,MOBILE,remark\r\nJean Martin,+33 6 98 76 54 32,\r\n", "utf-8")
    dialog = open_dialog(qtbot, win, again, monkeypatch)
    assert dialog.columns.saved
    assert dialog.chosen_fields() == ["name", "phone", "note"]
    win.runner.stop()


def test_a_file_with_no_name_column_is_refused_with_the_reason(
    styled_app, manager_desk, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "phones.csv"
    path.write_text("Mobile,Remark\r\n+33 6 12 34 56 78,VIP\r\n", "utf-8")
    win = open_window(qtbot, manager_desk)
    dialog = open_dialog(qtbot, win, path, monkeypatch)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "name" in refused.args[0]
    assert dialog.error.isVisible()
    win.runner.stop()


def test_an_advisor_has_no_import_button(styled_app, own_store, qtbot):
    from jeweldesk.services import Desk

    with Desk.open(own_store) as desk:
        advisor = next(p for p, _ in desk.directory.staff("SH01") if p.role == "advisor")
        desk.act_as(advisor.id)
        win = open_window(qtbot, desk)
        qtbot.waitUntil(lambda: win.import_entry._checked_for == advisor.id, timeout=5_000)
        qtbot.waitUntil(win.runner.idle, timeout=5_000)
        assert not win.import_entry.button.isVisible()
        win.runner.stop()


@pytest.mark.skipif(not os.environ.get("JEWELDESK_RENDER_DIR"), reason="renders on request")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_render_each_step(styled_app, manager_desk, qtbot, tmp_path, monkeypatch, lang, size):
    """Each step as a PNG (JEWELDESK_RENDER_DIR=folder), to look at."""
    from jeweldesk.ui.translations import install_translator

    install_translator(styled_app, lang)
    out = Path(os.environ["JEWELDESK_RENDER_DIR"])
    out.mkdir(parents=True, exist_ok=True)
    known = existing_client(manager_desk)
    path = gbk_file(tmp_path, known.phone)
    win = open_window(qtbot, manager_desk)
    win.resize(*size)
    dialog = open_dialog(qtbot, win, path, monkeypatch)
    dialog.resize(min(size[0] - 40, 1000), size[1] - 60)
    name = f"{lang}-{size[0]}x{size[1]}"

    def shot(step):
        qtbot.waitUntil(win.runner.idle, timeout=10_000)
        dialog.grab().save(str(out / f"import-{name}-{step}.png"))

    shot("1-file")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    shot("2-columns")
    with qtbot.waitSignal(dialog.sig_planned, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    shot("3-plan")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    shot("4-merges")
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    shot("5-done")
    with qtbot.waitSignal(dialog.sig_undone, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    shot("6-undone")
    win.runner.stop()
