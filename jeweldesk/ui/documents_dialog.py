"""An issued document opened where it was issued: its preview (with Print and Save)
titled with its kind and number, and named for saving after them.

- `show_issued(parent, issued)` after `desk.documents.issue(...)` (or any of its
  shortcuts: `certificate`, `service_receipt`, `appointment_brief`…);
- `show_copy(parent, record, pdf)` for a document issued before, re-drawn from its
  stored data by `desk.documents.render(record.id)`.

Both return the dialog `document_preview.preview_pdf` opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from jeweldesk.ui import labels
from jeweldesk.ui.document_preview import preview_pdf

if TYPE_CHECKING:
    from jeweldesk.services.documents import IssuedPdf
    from jeweldesk.services.records import IssuedDocumentRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsDialog", text)


def document_title(kind: object, number: str, *, void: bool = False) -> str:
    """ "Certificate SH01-…-C000001-5", in the interface's language."""
    title = _tr("{document} {number}").format(
        document=labels.document_kind_label(kind), number=number
    )
    return _tr("{title} (void)").format(title=title) if void else title


def document_file_name(kind: object, number: str) -> str:
    """ "certificate-SH01-A4FD100E3358-C000001-5.pdf": the kind, then the number that
    identifies the document anywhere (and survives every file system)."""
    return f"{str(kind).replace('_', '-')}-{number}.pdf"


def show_issued(parent: QWidget | None, issued: IssuedPdf) -> QDialog:
    """The preview of a document just issued."""
    doc = issued.document
    return preview_pdf(
        parent,
        issued.pdf,
        document_title(doc.kind, doc.number),
        document_file_name(doc.kind, doc.number),
    )


def show_copy(parent: QWidget | None, record: IssuedDocumentRecord, pdf: bytes) -> QDialog:
    """The preview of a document issued before (a void one says so in its title and
    across its pages)."""
    return preview_pdf(
        parent,
        pdf,
        document_title(record.kind, record.number, void=str(record.status) == "void"),
        document_file_name(record.kind, record.number),
    )


__all__ = ["document_file_name", "document_title", "show_copy", "show_issued"]
