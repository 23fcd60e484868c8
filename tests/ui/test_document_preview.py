"""Every document opened where it is issued, through the real widgets on a private copy
of the demo store: the jewellery box (certificate, appraisal, care guide, warranty),
the issued-documents list of the profile (a copy, a void one), the appointment editor
(the brief) and a service job (receipt and collection slip). Each preview shows its
pages; Print, to a PDF file through QPrinter, gives a real PDF holding the document's
number; Save writes the very bytes issued. And the preview itself: pages, zoom, a
printer that fails or is missing, a file that cannot be written, bytes that are no
PDF, and the pages as pictures where QtPdfWidgets is missing."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def store(demo_store, tmp_path):
    return copy_store(demo_store, tmp_path / "store")


@pytest.fixture
def own_desk(store):
    from jeweldesk.services import Desk

    with Desk.open(store) as opened:
        yield opened


@pytest.fixture
def printed(tmp_path, monkeypatch):
    """Print goes to PDF files (tmp_path/printed-N.pdf) instead of a printer; the list
    holds the files written, in order."""
    from jeweldesk.ui.document_preview import DocumentPreview

    files: list[Path] = []

    def to_file(cls, parent, printer, pages):
        target = tmp_path / f"printed-{len(files) + 1}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        files.append(target)
        return True

    monkeypatch.setattr(DocumentPreview, "ask_printer", classmethod(to_file))
    monkeypatch.setattr(DocumentPreview, "has_printer", classmethod(lambda cls: True))
    return files


@pytest.fixture
def saved_to(tmp_path, monkeypatch):
    """Save as… answers tmp_path/saved/<the name suggested>."""
    from jeweldesk.ui.document_preview import DocumentPreview

    folder = tmp_path / "saved"
    folder.mkdir()
    monkeypatch.setattr(
        DocumentPreview,
        "ask_path",
        classmethod(lambda cls, parent, suggested: str(folder / Path(suggested).name)),
    )
    return folder


def pdf_text(path_or_bytes: Path | bytes) -> str:
    from pypdf import PdfReader

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(source).pages)
    return " ".join(text.split())  # a printed page's words may come back spaced by tabs


def pdf_pages(path_or_bytes: Path | bytes) -> int:
    from pypdf import PdfReader

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    return len(PdfReader(source).pages)


def print_and_save(qtbot, preview, number: str, issued_pdf: bytes, printed, saved_to) -> None:
    """The checks every document passes in its preview."""
    assert preview.isVisible() and preview.page_count == pdf_pages(issued_pdf) >= 1
    assert number in preview.windowTitle()
    with qtbot.waitSignal(preview.sig_printed) as sent:
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert sent.args == [preview.page_count]
    assert pdf_pages(printed[-1]) == preview.page_count
    assert number in pdf_text(printed[-1])  # the printed pages carry their text
    with qtbot.waitSignal(preview.sig_saved) as saved:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    written = Path(saved.args[0])
    assert written.parent == saved_to and number in written.name
    assert written.read_bytes() == issued_pdf


# --- where documents are issued -----------------------------------------------------------


@pytest.fixture
def win(styled_app, own_desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    window = MainWindow(own_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.runner.idle, timeout=5000)
    yield window
    window.runner.stop()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(window.runner.idle, timeout=10000)


def client_with_pieces(desk):
    for row in desk.books.book(desk.acting_staff_id):
        if desk.clients.profile(row.summary.id).jewellery_box:
            return row.summary.id
    raise AssertionError("the demo book (seed 3) holds a client who owns pieces")


def open_client(qtbot, window, client_id) -> None:
    window.select_client(client_id)
    qtbot.waitUntil(lambda: window.profile_pane.profile is not None, timeout=5000)
    settle(qtbot, window)


def test_every_piece_document_opens_from_the_jewellery_box(win, own_desk, qtbot, printed, saved_to):
    client_id = client_with_pieces(own_desk)
    open_client(qtbot, win, client_id)
    box = win.profile_pane.box
    win.profile_pane.tabs.setCurrentWidget(box)
    piece = box.piece_view.current_record()
    for kind in ("certificate", "appraisal", "care_guide", "warranty"):
        box.document_kind.setCurrentIndex(box.document_kind.findData(kind))
        qtbot.mouseClick(box.issue, Qt.MouseButton.LeftButton)
        settle(qtbot, win)
        newest = own_desk.documents.for_client(client_id)[0]
        assert (newest.kind, newest.subject_id) == (kind, piece.piece.id)
        preview = box.preview
        assert preview is not None, kind
        print_and_save(qtbot, preview, newest.number, preview.pdf, printed, saved_to)
        # What was shown is the document issued: it verifies as genuine.
        assert own_desk.documents.verify(preview.pdf).genuine
        preview.close()
    assert len(printed) == 4


def test_an_issued_document_opens_again_from_the_profile(win, own_desk, qtbot, printed, saved_to):
    client_id = client_with_pieces(own_desk)
    piece = own_desk.clients.profile(client_id).jewellery_box[0]
    first = own_desk.documents.certificate(piece.piece.id).value.document
    second = own_desk.documents.care_guide(piece.piece.id).value.document
    own_desk.documents.void(second.id, "wrong language")
    open_client(qtbot, win, client_id)
    consent = win.profile_pane.consent
    win.profile_pane.tabs.setCurrentWidget(consent)
    qtbot.waitUntil(lambda: consent.document_model.rowCount() == 2, timeout=5000)
    assert consent.open_document.isEnabled()

    row = next(
        n
        for n in range(consent.document_model.rowCount())
        if consent.document_model.record(n).id == first.id
    )
    consent.document_view.setCurrentIndex(consent.document_model.index(row, 0))
    qtbot.mouseClick(consent.open_document, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    preview = consent.preview
    assert preview is not None and first.number in preview.windowTitle()
    print_and_save(qtbot, preview, first.number, preview.pdf, printed, saved_to)
    assert own_desk.documents.verify(preview.pdf).genuine
    preview.close()

    # A double click opens one too; a void document says so.
    void_row = 1 - row
    consent.document_view.doubleClicked.emit(consent.document_model.index(void_row, 0))
    settle(qtbot, win)
    assert consent.preview is not preview and second.number in consent.preview.windowTitle()
    assert "(void)" in consent.preview.windowTitle()
    consent.preview.close()


def test_the_brief_opens_from_the_appointment_editor(
    styled_app, qtbot, own_desk, printed, saved_to, tmp_path, monkeypatch
):
    from icalendar import Calendar

    from jeweldesk.ui.appointment.editor import AppointmentEditor
    from jeweldesk.ui.calendar.data import load_whereabouts
    from jeweldesk.ui.runner import DeskRunner

    now = dt.datetime.now(dt.UTC)
    appointment = next(
        a
        for a in own_desk.appointments.between(now, now + dt.timedelta(days=7))
        if a.client_id is not None
    )
    runner = DeskRunner(own_desk)
    where = load_whereabouts(own_desk)
    editor = AppointmentEditor(runner, where, appointment_id=appointment.id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded is not None, timeout=10000)
    assert editor.ics_button.isVisibleTo(editor) and editor.brief_button.isVisibleTo(editor)

    target = tmp_path / "visit.ics"
    monkeypatch.setattr(
        AppointmentEditor, "ask_path", classmethod(lambda cls, parent, suggested, filt: str(target))
    )
    with qtbot.waitSignal(editor.sig_saved, timeout=10000):
        qtbot.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("dtstart") == appointment.starts_at.astimezone(ZoneInfo(where.zone))

    qtbot.mouseClick(editor.brief_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(editor, "brief_dialog", None) is not None, timeout=20000)
    preview = editor.brief_dialog
    issued = [
        d
        for d in own_desk.documents.for_client(appointment.client_id)
        if d.kind.value == "appointment_brief"
    ]
    assert len(issued) == 1 and preview.windowTitle().startswith("Appointment brief ")
    print_and_save(qtbot, preview, issued[0].number, preview.pdf, printed, saved_to)
    preview.close()
    runner.stop()


def test_a_service_jobs_receipt_and_slip_open_in_the_preview(
    styled_app, qtbot, own_desk, printed, saved_to
):
    """What the service job dialog does with the documents it issues."""
    from sqlalchemy import select

    from jeweldesk.services.base import reading
    from jeweldesk.storage import models as m
    from jeweldesk.ui.documents_dialog import show_issued

    with reading(own_desk) as s:
        job_id = s.scalar(select(m.ServiceJob.id).where(m.ServiceJob.deleted.is_(False)))
    assert job_id is not None, "the demo store holds service jobs"
    for issue in (own_desk.documents.service_receipt, own_desk.documents.collection_slip):
        issued = issue(job_id).value
        preview = show_issued(None, issued)
        qtbot.addWidget(preview)
        print_and_save(qtbot, preview, issued.document.number, issued.pdf, printed, saved_to)
        preview.close()


# --- the preview itself -------------------------------------------------------------------


def three_pages() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    for n in range(1, 4):
        page.setFont("Helvetica", 28)
        page.drawString(90, 700, f"Page {n} of the test")
        page.showPage()
    page.save()
    return out.getvalue()


@pytest.fixture
def preview(styled_app, qtbot):
    from jeweldesk.ui.document_preview import preview_pdf

    dialog = preview_pdf(None, three_pages(), "Three pages", "three")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 768)
    qtbot.waitExposed(dialog)
    return dialog


def test_pages_are_stepped_through_and_zoomed(preview, qtbot):
    assert preview.page_count == 3 and preview.file_name == "three.pdf"
    assert preview.page_label.text() == "Page 1 of 3"
    assert not preview.previous_button.isEnabled() and preview.fit_button.isChecked()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.page_label.text() == "Page 2 of 3"
    preview.go_to(9)
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    assert not preview.next_button.isEnabled()

    fitted = preview.view.zoom()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoom() == pytest.approx(fitted * 1.25)
    assert not preview.fit_button.isChecked()
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert preview.fit_button.isChecked()


def test_a_page_range_prints_only_those_pages(preview, qtbot, tmp_path, monkeypatch):
    from jeweldesk.ui.document_preview import DocumentPreview

    target = tmp_path / "two.pdf"

    def pages_two_to_three(cls, parent, printer, pages):
        assert pages == 3
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setFromTo(2, 3)
        return True

    monkeypatch.setattr(DocumentPreview, "ask_printer", classmethod(pages_two_to_three))
    assert preview.print_document() == 2
    text = pdf_text(target)
    assert "Page 2 of the test" in text and "Page 1 of the test" not in text
    assert preview.message.text().startswith("2 page")


def test_printing_cancelled_failing_or_without_a_printer_says_so(preview, tmp_path, monkeypatch):
    from jeweldesk.ui.document_preview import DocumentPreview

    monkeypatch.setattr(DocumentPreview, "has_printer", classmethod(lambda cls: True))
    monkeypatch.setattr(DocumentPreview, "ask_printer", classmethod(lambda cls, *a: False))
    assert preview.print_document() == 0 and preview.message.text() == ""

    def unwritable(cls, parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no such folder" / "out.pdf"))
        return True

    monkeypatch.setattr(DocumentPreview, "ask_printer", classmethod(unwritable))
    assert preview.print_document() == 0
    assert "could not be printed" in preview.message.text()
    assert preview.message.objectName() == "fieldError"

    monkeypatch.setattr(DocumentPreview, "has_printer", classmethod(lambda cls: False))
    monkeypatch.setattr(DocumentPreview, "ask_printer", classmethod(lambda cls, *a: False))
    assert preview.print_document() == 0
    assert "No printer is set up on this device" in preview.message.text()


def test_save_writes_whole_or_says_why_not(preview, qtbot, tmp_path, monkeypatch):
    from jeweldesk.ui.document_preview import DocumentPreview

    monkeypatch.setattr(
        DocumentPreview, "ask_path", classmethod(lambda cls, p, s: str(tmp_path / "x" / "a.pdf"))
    )
    assert preview.save_document() is None
    assert "Could not save a.pdf" in preview.message.text()
    assert not (tmp_path / "x").exists()

    monkeypatch.setattr(DocumentPreview, "ask_path", classmethod(lambda cls, p, s: None))
    assert preview.save_document() is None

    monkeypatch.setattr(
        DocumentPreview, "ask_path", classmethod(lambda cls, p, s: str(tmp_path / "named"))
    )
    assert preview.save_document() == str(tmp_path / "named.pdf")
    assert (tmp_path / "named.pdf").read_bytes() == preview.pdf
    assert list(tmp_path.glob(".named.pdf.*")) == []  # no part-written file left


def test_bytes_that_are_no_pdf_still_open_and_can_be_saved(
    styled_app, qtbot, tmp_path, monkeypatch
):
    from jeweldesk.ui.document_preview import DocumentPreview

    dialog = DocumentPreview(b"not a pdf", "Broken", "broken")
    qtbot.addWidget(dialog)
    assert dialog.page_count == 0
    assert not dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.print_document() == 0
    monkeypatch.setattr(
        DocumentPreview, "ask_path", classmethod(lambda cls, p, s: str(tmp_path / "b.pdf"))
    )
    assert dialog.save_document() and (tmp_path / "b.pdf").read_bytes() == b"not a pdf"


def test_without_qtpdfwidgets_the_pages_are_pictures(styled_app, qtbot, tmp_path, monkeypatch):
    from jeweldesk.ui import document_preview

    def missing(*args, **kwargs):
        raise ImportError("No module named 'PySide6.QtPdfWidgets'")

    monkeypatch.setattr(document_preview, "_PdfViewPages", missing)
    dialog = document_preview.preview_pdf(None, three_pages(), "Pictures", "pictures.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 768)
    qtbot.waitExposed(dialog)
    strip = dialog.view
    assert isinstance(strip, document_preview._PageStrip) and len(strip.labels) == 3
    # Drawn again at the width of the window, once it is resized.
    qtbot.waitUntil(lambda: strip.labels[0].pixmap().width() > 800)
    first = strip.labels[0].pixmap().toImage()
    assert first.height() > first.width() > 500  # a portrait page, fitted to the width
    colours = {first.pixel(x, y) for x in range(0, first.width(), 9) for y in range(0, 200, 3)}
    assert len(colours) > 2  # something is drawn on it
    dialog.go_to(2)
    assert dialog.current_page() == 2 and dialog.page_label.text() == "Page 3 of 3"
    dialog.zoom_in()
    assert not dialog.fit_button.isChecked()

    target = tmp_path / "printed.pdf"

    def to_file(cls, parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(document_preview.DocumentPreview, "ask_printer", classmethod(to_file))
    assert dialog.print_document() == 3 and "Page 3 of the test" in pdf_text(target)


def test_the_screenshot_command_shows_the_last_document_issued(styled_app, own_desk, tmp_path):
    from PySide6.QtGui import QImage

    from jeweldesk.ui.screenshot import ScreenUnavailable, render_screen

    assert own_desk.documents.latest() is None  # the demo issues none
    with pytest.raises(ScreenUnavailable):
        render_screen(own_desk, "document", tmp_path / "none.png")
    piece = own_desk.clients.profile(client_with_pieces(own_desk)).jewellery_box[0]
    own_desk.documents.certificate(piece.piece.id)
    last = own_desk.documents.warranty(piece.piece.id).value.document
    assert own_desk.documents.latest() == last
    out = render_screen(own_desk, "document", tmp_path / "document.png", (1024, 768))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (964, 728)
