"""A ring taken in for resizing and collected, through the real widgets on a private
copy of the demo store: the Service job dialog opened from the piece in the jewellery
box, refusals shown next to their fields, the client's signature drawn on the pad,
the receipt and the collection slip printed to PDF and saved (their text read back),
"ready: call to collect" on Today while the piece waits, and the job in the piece's
service history."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def store(demo_store, tmp_path):
    return copy_store(demo_store, tmp_path / "store")


@pytest.fixture
def own_desk(store):
    from jeweldesk.services import Desk

    opened = Desk.open(store)
    yield opened
    opened.close()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(window.runner.idle, timeout=10_000)


@pytest.fixture
def ring(own_desk):
    """(client id, owned piece) for a ring in the box of a client of the advisor's book,
    not in for service now."""
    for row in own_desk.books.book(own_desk.acting_staff_id):
        profile = own_desk.clients.profile(row.summary.id)
        busy = {
            j.owned_piece_id
            for j in profile.service_jobs
            if str(j.status) in ("received", "in_workshop", "ready")
        }
        for item in profile.jewellery_box:
            if "ring" in item.piece.description.lower() and item.piece.id not in busy:
                return row.summary.id, item.piece
    raise AssertionError("the demo book (seed 3) holds a client with a ring")


@pytest.fixture
def win(styled_app, own_desk, ring, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    window = MainWindow(own_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.select_client(ring[0])
    qtbot.waitUntil(lambda: window.profile_pane.profile is not None, timeout=10_000)
    settle(qtbot, window)
    yield window
    window.runner.stop()


@pytest.fixture
def printed(tmp_path, monkeypatch):
    """Print goes to PDF files instead of a printer; Save as… to tmp_path/saved."""
    from jeweldesk.ui.document_preview import DocumentPreview

    files: list[Path] = []

    def to_file(cls, parent, printer, pages):
        target = tmp_path / f"printed-{len(files) + 1}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        files.append(target)
        return True

    saved = tmp_path / "saved"
    saved.mkdir()
    monkeypatch.setattr(DocumentPreview, "ask_printer", classmethod(to_file))
    monkeypatch.setattr(DocumentPreview, "has_printer", classmethod(lambda cls: True))
    monkeypatch.setattr(
        DocumentPreview,
        "ask_path",
        classmethod(lambda cls, parent, suggested: str(saved / Path(suggested).name)),
    )
    return files


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) >= 1
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))


def sign(canvas) -> None:
    """A signature drawn with the mouse: press, drag with the button held, release."""
    points = [QPointF(40, 100), QPointF(80, 60), QPointF(120, 110), QPointF(200, 70)]

    def send(kind, point, buttons):
        button = (
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        )
        event = QMouseEvent(
            kind, point, canvas.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(canvas, event)

    held = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, points[0], held)
    for point in points[1:]:
        send(QEvent.Type.MouseMove, point, held)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def collect_actions(desk, number: str) -> list:
    return [
        a
        for a in desk.actions.today(desk.acting_staff_id)
        if a.kind == "collect_service" and number in a.reason
    ]


def open_and_print(qtbot, win, dialog, printed: list[Path]) -> tuple[str, str]:
    """The preview the dialog opened: printed to a PDF file and saved; both texts."""
    preview = dialog.preview
    assert preview is not None and preview.page_count >= 1
    assert preview.print_document() >= 1
    saved = preview.save_document()
    assert saved is not None
    texts = text_of(printed[-1]), text_of(Path(saved))
    preview.close()
    return texts


def test_a_ring_taken_in_for_resizing_through_to_collection(
    win, own_desk, ring, printed, qtbot, qtmodeltester
):
    from jeweldesk.ui.service_job import ServiceJobDialog

    client_id, piece = ring
    pane = win.profile_pane
    pane.tabs.setCurrentWidget(pane.box)
    row = next(n for n, i in enumerate(pane.box.piece_model.rows) if i.piece.id == piece.id)
    pane.box.piece_view.setCurrentIndex(pane.box.piece_model.index(row, 0))
    click(qtbot, pane.box.take_in)
    dialog = pane.box.service_dialog
    assert isinstance(dialog, ServiceJobDialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    assert dialog.piece_box.currentData() == str(piece.id)  # the ring chosen in the box

    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("resize"))
    qtbot.keyClicks(dialog.work_edit, "Resize from 52 to 54")
    qtbot.keyClicks(dialog.condition_edit, "Light scratches on the band, stones secure")
    qtbot.keyClicks(dialog.estimate_edit, "abc")

    # Not signed yet: refused, nothing written, what was typed kept.
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert "signed" in dialog.error.text()
    assert own_desk.service.for_piece(piece.id) == [] or all(
        str(j.status) in ("collected", "returned", "cancelled")
        for j in own_desk.service.for_piece(piece.id)
    )
    sign(dialog.signature.canvas)
    assert not dialog.signature.is_empty()

    # An estimate of "abc": refused next to the estimate.
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert "“abc” is not an amount of money." in dialog.error.text()
    assert dialog.estimate_edit.property("invalid") is True
    assert dialog.work_edit.text() == "Resize from 52 to 54"

    dialog.estimate_edit.clear()
    qtbot.keyClicks(dialog.estimate_edit, "800")
    with qtbot.waitSignal(dialog.sig_document, timeout=20_000):
        click(qtbot, dialog.save_button)
    settle(qtbot, win)
    [job] = [j for j in own_desk.service.for_piece(piece.id) if str(j.status) == "received"]
    assert job.signature_svg.startswith("M40.0 100.0 L")
    printed_text, saved_text = open_and_print(qtbot, win, dialog, printed)
    for text in (printed_text, saved_text):
        assert job.number in text and "Lightscratchesontheband" in text
    receipts = [d for d in own_desk.documents.for_client(client_id) if d.subject_id == job.id]
    assert [str(d.kind) for d in receipts] == ["service_receipt"]
    assert receipts[0].number in saved_text

    # The job is in the piece's service history, and the dialog now shows it.
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.job is not None)
    assert job.number in dialog.heading.text()
    qtbot.waitUntil(lambda: job.id in [j.id for j in pane.box.piece_jobs_model.rows])
    qtmodeltester.check(pane.box.piece_jobs_model)

    # To the workshop and back: then, and only then, "ready: call to collect".
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        click(qtbot, dialog.step_buttons["in_workshop"])
    assert not dialog.step_buttons["in_workshop"].isVisible()
    assert collect_actions(own_desk, job.number) == []
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        click(qtbot, dialog.step_buttons["ready"])
    assert own_desk.service.get(job.id).ready_at is not None
    today = win.screens["today"]
    with qtbot.waitSignal(today.sig_shown, timeout=10_000):
        win.show_screen("today")
    settle(qtbot, win)
    reasons = [today.model.action(r).reason for r in range(today.model.rowCount())]
    assert any(job.number in r and "ready: call to collect" in r for r in reasons)

    # The client collects: the slip, printed and saved; the action gone from Today.
    with qtbot.waitSignal(dialog.sig_document, timeout=20_000):
        click(qtbot, dialog.step_buttons["collected"])
    settle(qtbot, win)
    printed_text, saved_text = open_and_print(qtbot, win, dialog, printed)
    collected = own_desk.service.get(job.id)
    assert str(collected.status) == "collected"
    assert collected.collected_by_id == own_desk.acting_staff_id
    slips = [
        d
        for d in own_desk.documents.for_client(client_id)
        if d.subject_id == job.id and str(d.kind) == "collection_slip"
    ]
    assert len(slips) == 1
    for text in (printed_text, saved_text):
        assert job.number in text and slips[0].number in text
    assert collect_actions(own_desk, job.number) == []
    qtbot.waitUntil(
        lambda: (
            not any(
                job.number in today.model.action(r).reason for r in range(today.model.rowCount())
            )
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: dialog.slip_button.isVisible(), timeout=10_000)
    dialog.close()


def test_a_new_piece_from_the_history_tab_and_a_job_returned_unrepaired(
    win, own_desk, ring, printed, qtbot, monkeypatch, tmp_path
):
    from jeweldesk.ui.service_job import dialog as dialogs

    client_id, _piece = ring
    pane = win.profile_pane
    pane.tabs.setCurrentWidget(pane.history)
    click(qtbot, pane.history.new_job)
    dialog = pane.history.service_dialog
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    dialog.piece_box.setCurrentIndex(dialog.piece_box.findData(dialogs.NEW_PIECE))
    assert dialog.new_piece.isVisible()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("restringing"))
    qtbot.keyClicks(dialog.condition_edit, "Silk worn, two pearls loose")
    sign(dialog.signature.canvas)
    # No piece described: refused next to the piece.
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert dialog.new_piece.property("invalid") is True
    qtbot.keyClicks(dialog.new_piece, "Grandmother's pearl strand")
    # Photos of its condition: a picture is kept with the job, a file that is not one
    # is named with the reason, and the job is taken in all the same.
    from tests.photo_images import jpeg

    picture, not_one = tmp_path / "clasp.jpg", tmp_path / "notes.txt"
    picture.write_bytes(jpeg())
    not_one.write_text("not a picture")
    monkeypatch.setattr(
        dialogs.PhotoFiles, "ask", classmethod(lambda cls, parent: [picture, not_one])
    )
    click(qtbot, dialog.photo_button)
    assert dialog.thumbs.count() == 1  # the picture shown before it is sent
    # A ready date in the past cannot be chosen: the field starts at the store's today.
    assert dialog.ready_edit.minimumDate() <= dialog.ready_edit.date()
    with qtbot.waitSignal(dialog.sig_document, timeout=20_000):
        click(qtbot, dialog.save_button)
    settle(qtbot, win)
    dialog.preview.close()
    job = next(j for j in own_desk.service.for_client(client_id) if j.kind == "restringing")
    box = own_desk.clients.profile(client_id).jewellery_box
    assert job.owned_piece_id in [i.piece.id for i in box]
    assert "notes.txt" in dialog.error.text()
    assert [p.subject for p in own_desk.photos.of_subject(job.id)] == ["intake"]
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.job is not None)
    assert len(dialog.loaded.photos) == 1
    qtbot.waitUntil(lambda: job.id in [j.id for j in pane.history.job_model.rows])

    monkeypatch.setattr(
        dialogs.ReasonDialog, "ask", classmethod(lambda cls, *a: "The clasp cannot be matched")
    )
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        click(qtbot, dialog.step_buttons["returned"])
    back = own_desk.service.get(job.id)
    assert str(back.status) == "returned" and back.closing_note == "The clasp cannot be matched"
    assert not any(b.isVisible() for b in dialog.step_buttons.values())
    dialog.close()


def test_the_dialog_in_chinese_at_tablet_size_stacks_its_cards(styled_app, own_desk, ring, qtbot):
    from jeweldesk.ui.runner import DeskRunner
    from jeweldesk.ui.service_job import ServiceJobDialog
    from jeweldesk.ui.translations import install_translator

    install_translator(styled_app, "zh_CN")
    runner = DeskRunner(own_desk)
    dialog = ServiceJobDialog(runner, client_id=ring[0])
    qtbot.addWidget(dialog)
    dialog.resize(960, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    assert dialog.columns.direction().name == "TopToBottom"
    assert dialog.kind_box.itemText(dialog.kind_box.findData("resize")) == "改圈"
    runner.stop()
    dialog.close()


def test_a_receipt_that_cannot_be_issued_leaves_the_job_taken_in(own_desk, ring, monkeypatch):
    """The job is written before its receipt: a receipt refused afterwards is reported,
    the job kept (its receipt can be issued from the job), never taken in twice."""
    from jeweldesk.domain.errors import ValidationError
    from jeweldesk.ui.service_job import data

    def refuse(*_a, **_k):
        raise ValidationError("document.no_store")

    monkeypatch.setattr(own_desk.documents, "service_receipt", refuse)
    client_id, piece = ring
    fields = {
        "client_id": client_id,
        "kind": "cleaning",
        "owned_piece_id": piece.id,
        "intake_condition": "Dull",
        "signature": "M1 1 L5 5",
    }
    taken = data.take_in(own_desk, fields, [])
    assert taken.receipt is None and taken.photo_refusals
    assert own_desk.service.get(taken.job.id).status == "received"
    assert "service_jobs" in taken.changes.tables
