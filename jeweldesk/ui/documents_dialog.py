"""Preview, print or save a PDF the desk issued (a certificate, a care guide, an
appointment brief…).

Pages are rasterised with PDFium (`pypdfium2`; Debian's `pdftoppm` where it is
missing): this PySide6 build has no QtPdf. Printing draws the same pages, rendered
again at the printer's resolution.

For other screens: `DocumentsDialog.show_pdf(parent, pdf_bytes, title)` opens the
dialog (window-modal, not blocking) and returns it."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.services.files import write_atomically

log = logging.getLogger(__name__)

PREVIEW_DPI = 96
PRINT_DPI_MAX = 300


class PdfUnreadable(Exception):
    """The bytes are not a PDF this device can draw."""


def render_pages(pdf: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi`."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - the dependency is declared; a bare checkout
        return _render_with_pdftoppm(pdf, dpi)
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise PdfUnreadable(str(exc)) from exc
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(
                scale=dpi / 72,
                rev_byteorder=True,
                prefer_bgrx=True,
                fill_color=(255, 255, 255, 255),
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888,
            ).copy()  # the buffer belongs to PDFium: keep a copy
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def _render_with_pdftoppm(pdf: bytes, dpi: float) -> list[QImage]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise PdfUnreadable("neither pypdfium2 nor pdftoppm is installed")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        done = subprocess.run(
            [tool, "-r", str(int(dpi)), "-png", str(source), str(Path(folder) / "page")],
            capture_output=True,
            timeout=60,
        )
        if done.returncode != 0:
            raise PdfUnreadable(done.stderr.decode(errors="replace"))
        return [QImage(str(p)) for p in sorted(Path(folder).glob("page-*.png"))]


class DocumentsDialog(QDialog):
    """A PDF's pages, scrollable, with Print and Save as…

    `ask_printer` and `ask_path` are classmethods so tests (and kiosk builds) can
    answer them without a native dialog."""

    sig_saved = Signal(str)  # the path written
    sig_printed = Signal(int)  # pages sent

    def __init__(
        self,
        pdf: bytes,
        title: str,
        *,
        filename: str = "document.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.filename = filename
        self.resize(900, 1000)

        heading = QLabel(title)
        heading.setObjectName("editorHeading")
        self.page_count = QLabel()
        self.page_count.setObjectName("fieldHint")
        top = QHBoxLayout()
        top.setContentsMargins(24, 18, 24, 8)
        top.addWidget(heading, 1)
        top.addWidget(self.page_count)

        self.pages = QWidget()
        self.pages.setObjectName("pdfPages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setContentsMargins(24, 16, 24, 24)
        self.pages_layout.setSpacing(18)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pdfPreview")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.pages)

        self.message = QLabel()
        self.message.setObjectName("fieldHint")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_document)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 10, 24, 16)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.images: list[QImage] = []
        self.page_labels: list[QLabel] = []
        self._show_pages()

    @classmethod
    def show_pdf(
        cls, parent: QWidget | None, pdf_bytes: bytes, title: str, *, filename: str = "document.pdf"
    ) -> DocumentsDialog:
        """Open a preview of `pdf_bytes` over `parent` and return the dialog."""
        dialog = cls(pdf_bytes, title, filename=filename, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_pages(self) -> None:
        try:
            self.images = render_pages(self.pdf)
        except PdfUnreadable as exc:
            log.warning("cannot preview the document: %s", exc)
            self.images = []
            self.message.setText(
                self.tr("This document cannot be previewed; it can still be saved.")
            )
            self.print_button.setEnabled(False)
        for number, image in enumerate(self.images, start=1):
            label = QLabel()
            label.setObjectName("pdfPage")
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.size())
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        count = len(self.images)
        self.page_count.setText(self.tr("%n page(s)", "", count))

    def sizeHint(self) -> QSize:
        return QSize(900, 1000)

    # --- printing -----------------------------------------------------------------------------

    @classmethod
    def ask_printer(cls, parent: QWidget) -> QPrinter | None:
        """A printer set up by the advisor, or None if they cancelled. Tests replace this."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_document(self) -> int:
        """Print every page (or the range chosen); returns the pages sent."""
        printer = type(self).ask_printer(self)
        if printer is None:
            return 0
        dpi = min(PRINT_DPI_MAX, max(150, printer.resolution()))
        images = render_pages(self.pdf, dpi)
        first, last = printer.fromPage(), printer.toPage()
        if first > 0 and last >= first:
            chosen = images[first - 1 : last]
        else:
            chosen = images
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("The printer could not be opened."))
            return 0
        try:
            for n, image in enumerate(chosen):
                if n:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()
        self.message.setText(self.tr("Sent to the printer."))
        self.sig_printed.emit(len(chosen))
        return len(chosen)

    # --- saving -------------------------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str | None:
        """Where to save the PDF, or None if the advisor cancelled. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Save as"),
            suggested,
            QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)"),
        )
        return path or None

    def save_document(self) -> str | None:
        path = type(self).ask_path(self, str(Path.home() / self.filename))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_atomically(path, self.pdf)
        except OSError as exc:
            self.message.setText(
                self.tr("Could not save: {reason}").format(reason=exc.strerror or str(exc))
            )
            return None
        self.message.setText(self.tr("Saved {name}").format(name=Path(path).name))
        self.sig_saved.emit(path)
        return path
