"""The documents dialog on a real appointment brief: pages rendered, "save" writes the
same valid PDF, "print" draws every page on the printer the advisor chose; and the
editor's "Export .ics" and "Issue brief" buttons on a real appointment."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def desk_copy(demo_store, tmp_path):
    from jeweldesk.services import Desk

    with Desk.open(copy_store(demo_store, tmp_path / "store")) as desk:
        yield desk


@pytest.fixture
def appointment(desk_copy):
    """An open appointment of the demo store with a client."""
    now = dt.datetime.now(dt.UTC)
    found = [
        a
        for a in desk_copy.appointments.between(now, now + dt.timedelta(days=7))
        if a.client_id is not None
    ]
    return found[0]


@pytest.fixture
def brief_pdf(desk_copy, appointment) -> bytes:
    return desk_copy.documents.appointment_brief(appointment.id).value.pdf


def test_preview_renders_pages_and_save_writes_a_valid_pdf(
    styled_app, qtbot, brief_pdf, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from jeweldesk.ui.documents_dialog import DocumentsDialog

    dialog = DocumentsDialog.show_pdf(None, brief_pdf, "Appointment brief", filename="brief.pdf")
    qtbot.addWidget(dialog)
    pages = len(PdfReader(io.BytesIO(brief_pdf)).pages)
    assert len(dialog.images) == pages >= 1
    assert len(dialog.page_labels) == pages
    first = dialog.images[0]
    assert first.width() > 500 and first.height() > first.width()  # a portrait page
    # Something is drawn: not a blank white page.
    colours = {
        first.pixel(x, y) for x in range(0, first.width(), 7) for y in range(0, first.height(), 7)
    }
    assert len(colours) > 10

    target = tmp_path / "out" / "brief"
    target.parent.mkdir()
    monkeypatch.setattr(
        DocumentsDialog, "ask_path", classmethod(lambda cls, parent, suggested: str(target))
    )
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "out" / "brief.pdf"
    assert saved.args == [str(written)]
    assert written.read_bytes() == brief_pdf
    assert len(PdfReader(str(written)).pages) == pages


def test_print_draws_every_page(styled_app, qtbot, brief_pdf, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from jeweldesk.ui.documents_dialog import DocumentsDialog

    out = tmp_path / "printed.pdf"

    def printer_to_file(cls, parent):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(DocumentsDialog, "ask_printer", classmethod(printer_to_file))
    dialog = DocumentsDialog(brief_pdf, "Brief")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_printed) as printed:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [len(dialog.images)]
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == len(dialog.images)

    # Cancelled at the print dialog: nothing printed.
    monkeypatch.setattr(DocumentsDialog, "ask_printer", classmethod(lambda cls, parent: None))
    assert dialog.print_document() == 0


def test_unreadable_bytes_still_open_the_dialog(styled_app, qtbot):
    from jeweldesk.ui.documents_dialog import DocumentsDialog

    dialog = DocumentsDialog(b"not a pdf", "Broken")
    qtbot.addWidget(dialog)
    assert dialog.images == [] and not dialog.print_button.isEnabled()


def test_editor_exports_ics_and_issues_the_brief(
    styled_app, qtbot, desk_copy, appointment, tmp_path, monkeypatch
):
    from icalendar import Calendar

    from jeweldesk.ui.appointment.editor import AppointmentEditor
    from jeweldesk.ui.calendar.data import load_whereabouts
    from jeweldesk.ui.runner import DeskRunner

    runner = DeskRunner(desk_copy)
    where = load_whereabouts(desk_copy)
    editor = AppointmentEditor(runner, where, appointment_id=appointment.id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded is not None, timeout=10000)
    assert editor.ics_button.isVisibleTo(editor) and editor.brief_button.isVisibleTo(editor)
    assert editor.checklist_model.rowCount() == len(desk_copy.appointments.get(appointment.id)[2])

    target = tmp_path / "visit.ics"
    monkeypatch.setattr(
        AppointmentEditor, "ask_path", classmethod(lambda cls, parent, suggested, filt: str(target))
    )
    with qtbot.waitSignal(editor.sig_saved, timeout=10000):
        qtbot.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    zone = ZoneInfo(where.zone)
    assert event["dtstart"].params["TZID"] == where.zone
    assert event.decoded("dtstart") == appointment.starts_at.astimezone(zone)
    assert event.decoded("dtend") == appointment.ends_at.astimezone(zone)

    qtbot.mouseClick(editor.brief_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(editor, "brief_dialog", None) is not None, timeout=20000)
    dialog = editor.brief_dialog
    assert dialog.images and dialog.windowTitle().startswith("Appointment brief ")
    issued = desk_copy.documents.for_client(appointment.client_id)
    assert any(d.kind.value == "appointment_brief" for d in issued)
    dialog.close()
    runner.stop()
