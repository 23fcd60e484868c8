"""The one preview of a PDF the desk issued (a certificate, a receipt, a brief…), with
Print and Save.

`preview_pdf(parent, pdf, title, file_name)` opens it over `parent` (window-modal,
not blocking) and returns the dialog: every screen that issues a document calls it.

Pages are drawn by Qt's PDFium (QtPdf): in a `QPdfView` where QtPdfWidgets is
installed, else as one picture per page. Printing renders each page again at the
printer's resolution (up to `PRINT_DPI_MAX`) and draws it at its actual size."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
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

PRINT_DPI_MAX = 300  # an A4 page at 300 dpi is 35 MB of pixels; more gains nothing on paper
PAGE_GROUND = "#e9e4da"  # as the stylesheet's QScrollArea#pdfPreview
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


class PdfPages(Protocol):
    """What the preview and printing need of a PDF: its pages, their size in points,
    and each page drawn at a size in pixels."""

    @property
    def count(self) -> int: ...

    def point_size(self, index: int) -> QSizeF: ...

    def render(self, index: int, size: QSize) -> QImage: ...


class QtPdfPages:
    """A PDF opened with QtPdf, from bytes held in memory."""

    def __init__(self, pdf: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        self.document = QPdfDocument()
        self._buffer = QBuffer()  # QPdfDocument reads from it for as long as it lives
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.readable = self.document.status() is QPdfDocument.Status.Ready

    @property
    def count(self) -> int:
        return self.document.pageCount() if self.readable else 0

    def point_size(self, index: int) -> QSizeF:
        return self.document.pagePointSize(index)

    def render(self, index: int, size: QSize) -> QImage:
        image = self.document.render(index, size)
        if image.isNull():
            return image
        # PDFium leaves the paper transparent: printers and labels want it white.
        page = QImage(image.size(), QImage.Format.Format_RGB32)
        page.fill(Qt.GlobalColor.white)
        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        return page

    def lines(self, index: int) -> list[tuple[str, QRectF]]:
        """The page's text a line at a time, each with the box it spans, in points from
        the top left. A line set in several runs (a label and its value side by side)
        is given the box around all of them: it is searched and copied, not seen."""
        text = self.document.getAllText(index).text()
        found: list[tuple[str, QRectF]] = []
        # One look-up per line: each costs PDFium the loading of the page's text.
        for line in re.finditer(r"[^\r\n]+", text):
            body = line.group().strip()
            if not body:
                continue
            start = _utf16_index(text, line.start() + line.group().index(body))
            bounds = self.document.getSelectionAtIndex(index, start, _utf16_length(body)).bounds()
            if bounds:
                box = bounds[0].boundingRect()
                for more in bounds[1:]:
                    box = box.united(more.boundingRect())
                found.append((body, box))
        return found


def _utf16_index(text: str, index: int) -> int:
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _hide_text(painter: QPainter, lines: list[tuple[str, QRectF]], scale: float) -> None:
    """Draw each line of text in its box, to be painted over by the page's picture: a
    PDF printed to a file can then still be searched and copied from."""
    font = QFont(painter.font())
    for line, box in lines:
        rect = QRectF(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale)
        if rect.height() < 1 or rect.width() < 1:
            continue
        font.setPixelSize(max(1, round(rect.height())))
        metrics = QFontMetricsF(font)
        advance = metrics.horizontalAdvance(line)
        painter.save()
        painter.setFont(font)
        painter.translate(rect.x(), rect.y() + metrics.ascent())
        if advance > 0:
            painter.scale(rect.width() / advance, 1)
        painter.drawText(QPointF(0, 0), line)
        painter.restore()


def _pixels(points: QSizeF, dpi: float) -> QSize:
    return QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )


# --- the pages on screen -------------------------------------------------------------------


class _PdfViewPages(QObject):
    """The pages in QtPdfWidgets' view: scrolled continuously, fitted to its width."""

    sig_page = Signal(int)

    def __init__(self, pages: QtPdfPages, parent: QWidget) -> None:
        super().__init__(parent)
        from PySide6.QtPdfWidgets import QPdfView

        self.view = QPdfView(parent)
        self.view.setObjectName("pdfPreview")
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(18)
        self.view.setDocumentMargins(_margins())
        self.view.setDocument(pages.document)
        # QPdfView paints around the pages with the palette's Dark: the house's grey.
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor(PAGE_GROUND))
        self.view.setPalette(palette)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._modes = QPdfView.ZoomMode
        self.view.pageNavigator().currentPageChanged.connect(self.sig_page)

    @property
    def widget(self) -> QWidget:
        return self.view

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, index: int) -> None:
        self.view.pageNavigator().jump(index, QPointF(), self.view.zoomFactor())

    def fit_width(self) -> None:
        self.view.setZoomMode(self._modes.FitToWidth)

    def fitted(self) -> bool:
        return self.view.zoomMode() is self._modes.FitToWidth

    def zoom(self) -> float:
        return self.view.zoomFactor()

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(self._modes.Custom)
        self.view.setZoomFactor(factor)


class _PageStrip(QObject):
    """The pages as pictures in a scroll area, where QtPdfWidgets is missing: drawn
    again at the new width when the dialog is resized or zoomed."""

    sig_page = Signal(int)

    def __init__(self, pages: PdfPages, parent: QWidget) -> None:
        super().__init__(parent)
        self.pages = pages
        self.scroll = QScrollArea(parent)
        self.scroll.setObjectName("pdfPreview")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.strip = QWidget()
        self.strip.setObjectName("pdfPages")
        layout = QVBoxLayout(self.strip)
        m = _margins()
        layout.setContentsMargins(m.left(), m.top(), m.right(), m.bottom())
        layout.setSpacing(18)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.labels: list[QLabel] = []
        for number in range(1, pages.count + 1):
            label = QLabel()
            label.setObjectName("pdfPage")
            label.setAccessibleName(
                QCoreApplication.translate("DocumentPreview", "Page {number}").format(number=number)
            )
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self.scroll.setWidget(self.strip)
        self._factor: float | None = None  # None: fitted to the width
        self._drawn_at = 0
        self._redraw = QTimer(self, singleShot=True, interval=0)
        self._redraw.timeout.connect(self._draw)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._emit_page())
        self.scroll.viewport().installEventFilter(self)
        self._draw()

    @property
    def widget(self) -> QWidget:
        return self.scroll

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize and self._factor is None:
            self._redraw.start()
        return False

    def _width(self, index: int) -> int:
        if self._factor is not None:
            return max(1, round(self.pages.point_size(index).width() * self._factor * 96 / 72))
        m = _margins()
        return max(200, self.scroll.viewport().width() - m.left() - m.right() - 2)

    def _draw(self) -> None:
        for index, label in enumerate(self.labels):
            points = self.pages.point_size(index)
            width = self._width(index)
            size = QSize(width, max(1, round(width * points.height() / max(points.width(), 1))))
            image = self.pages.render(index, size)
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(size)
        self._drawn_at = self.scroll.viewport().width()

    def _emit_page(self) -> None:
        self.sig_page.emit(self.current_page())

    def current_page(self) -> int:
        bar = self.scroll.verticalScrollBar()
        top, height = bar.value(), self.scroll.viewport().height()
        # Scrolled to the end, the last page shown is the current one, however short.
        line = top + height if bar.maximum() and top >= bar.maximum() else top + height // 3
        current = 0
        for index, label in enumerate(self.labels):
            if label.y() < line:
                current = index
        return current

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.labels):
            self.scroll.verticalScrollBar().setValue(self.labels[index].y() - _margins().top())
            self._emit_page()

    def fit_width(self) -> None:
        self._factor = None
        self._draw()

    def fitted(self) -> bool:
        return self._factor is None

    def zoom(self) -> float:
        if self._factor is not None or not self.labels:
            return self._factor or 1.0
        return self._width(0) / (self.pages.point_size(0).width() * 96 / 72)

    def set_zoom(self, factor: float) -> None:
        self._factor = factor
        self._draw()


def _margins():
    from PySide6.QtCore import QMargins

    return QMargins(24, 16, 24, 24)


def _on_screen(pages: PdfPages, parent: QWidget) -> _PdfViewPages | _PageStrip:
    if isinstance(pages, QtPdfPages):
        try:
            return _PdfViewPages(pages, parent)
        except ImportError:  # a Qt without QtPdfWidgets
            log.info("QtPdfWidgets is missing: the preview shows pages as pictures")
    return _PageStrip(pages, parent)


# --- the dialog ----------------------------------------------------------------------------


class DocumentPreview(QDialog):
    """A PDF's pages with page navigation and zoom, Print… and Save as….

    `ask_printer`, `ask_path` and `has_printer` are classmethods so tests (and kiosk
    builds) answer them without a native dialog."""

    sig_saved = Signal(str)  # the path written
    sig_printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str = "document.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.file_name = file_name if file_name.lower().endswith(".pdf") else f"{file_name}.pdf"
        # Held by Python, not parented to the dialog: the view outlives it otherwise
        # while the dialog is torn down, and tells of a page change on a deleted one.
        self.pages: PdfPages = QtPdfPages(pdf)
        readable = self.pages.count > 0

        heading = QLabel(title)
        heading.setObjectName("editorHeading")
        heading.setWordWrap(True)
        self.page_label = QLabel()
        self.page_label.setObjectName("fieldHint")
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        top = QHBoxLayout()
        top.setContentsMargins(24, 18, 24, 8)
        top.setSpacing(8)
        top.addWidget(heading, 1)
        top.addWidget(self.page_label)
        for button in (
            self.previous_button,
            self.next_button,
            self.zoom_out_button,
            self.fit_button,
            self.zoom_in_button,
        ):
            top.addWidget(button)

        if readable:
            self.view = _on_screen(self.pages, self)
            body: QWidget = self.view.widget
        else:
            log.warning("cannot preview %s: not a PDF this device can draw", self.file_name)
            body = QLabel(self.tr("This document cannot be shown here; it can still be saved."))
            body.setObjectName("quietNote")
            body.setAlignment(Qt.AlignmentFlag.AlignCenter)
            body.setWordWrap(True)

        self.message = QLabel()
        self.message.setObjectName("fieldHint")
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 10, 24, 16)
        buttons.setSpacing(10)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.accept)
        for keys, slot, button, tip in (
            (
                QKeySequence.StandardKey.Print,
                self.print_document,
                self.print_button,
                self.tr("Print"),
            ),
            (
                QKeySequence.StandardKey.Save,
                self.save_document,
                self.save_button,
                self.tr("Save as PDF"),
            ),
            (
                QKeySequence.StandardKey.ZoomIn,
                self.zoom_in,
                self.zoom_in_button,
                self.tr("Zoom in"),
            ),
            (
                QKeySequence.StandardKey.ZoomOut,
                self.zoom_out,
                self.zoom_out_button,
                self.tr("Zoom out"),
            ),
        ):
            QShortcut(QKeySequence(keys), self, slot)
            # The platform's own keys (Ctrl+P, ⌘P…), where it has any.
            bound = QKeySequence.keyBindings(keys)
            shown = bound[0].toString(QKeySequence.SequenceFormat.NativeText) if bound else ""
            button.setToolTip(f"{tip} ({shown})" if shown else tip)
        if readable:
            self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
            self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
            self.zoom_in_button.clicked.connect(self.zoom_in)
            self.zoom_out_button.clicked.connect(self.zoom_out)
            self.fit_button.clicked.connect(self.fit_width)
            self.view.sig_page.connect(lambda _page: self._show_place())
        else:
            # Nothing to page through or zoom: only Save (and Close) make sense.
            for button in (
                self.previous_button,
                self.next_button,
                self.zoom_in_button,
                self.zoom_out_button,
                self.fit_button,
            ):
                button.hide()
            self.print_button.setEnabled(False)
        self._show_place()
        self.resize(self.sizeHint())

    @property
    def page_count(self) -> int:
        return self.pages.count

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # An A4 page fitted to the width with room to read it; smaller on a small screen.
        screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1280, 800)
        return QSize(min(920, screen.width() - 40), min(1000, screen.height() - 40))

    # --- where the advisor is -------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.current_page() if self.page_count else 0

    def go_to(self, index: int) -> None:
        if self.page_count:
            self.view.go_to(max(0, min(self.page_count - 1, index)))
            self._show_place()

    def fit_width(self) -> None:
        if self.page_count:
            self.view.fit_width()
            self._show_place()

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, step: float) -> None:
        if self.page_count:
            self.view.set_zoom(max(ZOOM_MIN, min(ZOOM_MAX, self.view.zoom() * step)))
            self._show_place()

    def _show_place(self) -> None:
        count = self.page_count
        if not count:
            self.page_label.setText("")
            return
        page = self.current_page()
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count)
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)
        self.fit_button.setChecked(self.view.fitted())
        for button in (self.previous_button, self.next_button):
            button.setVisible(count > 1)

    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setObjectName("fieldError" if problem else "fieldHint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    # --- printing -----------------------------------------------------------------------

    @classmethod
    def has_printer(cls) -> bool:
        """Whether the system knows any printer. Tests replace this."""
        return bool(QPrinterInfo.availablePrinterNames())

    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter, pages: int) -> bool:
        """Let the advisor choose the printer, copies and pages; False if they cancelled.
        Tests replace this."""
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> int:
        """Print the pages chosen (all by default); returns how many were sent."""
        count = self.page_count
        if not count:
            return 0
        if not type(self).has_printer():
            # Qt's dialog still offers "print to file"; say why no printer is listed.
            self.say(
                self.tr(
                    "No printer is set up on this device. Ask the store manager to add "
                    "one, or save the PDF and print it from another computer."
                ),
                problem=True,
            )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFullPage(True)  # the documents carry their own margins
        first = self.pages.point_size(0)
        printer.setPageSize(
            QPageSize(first, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        )
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
        printer.setFromTo(1, count)
        if not type(self).ask_printer(self, printer, count):
            return 0
        start, end = printer.fromPage(), printer.toPage()
        chosen = range(start - 1, end) if start > 0 and end >= start else range(count)
        chosen = range(max(0, chosen.start), min(count, chosen.stop))
        # About a second a page (drawn at 300 dpi, then sent): say it is under way.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = self._print_pages(printer, chosen)
        finally:
            QApplication.restoreOverrideCursor()
        if sent:
            self.say(self.tr("%n page(s) sent to the printer.", "", sent))
            self.sig_printed.emit(sent)
        return sent

    def _print_pages(self, printer: QPrinter, chosen: range) -> int:
        failed = self.tr(
            "The document could not be printed: check the printer is on and has paper, "
            "or save the PDF and print it from another computer."
        )
        dpi = min(PRINT_DPI_MAX, max(72, printer.resolution()))
        to_file = printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
        painter = QPainter()
        if not painter.begin(printer):
            self.say(failed, problem=True)
            return 0
        sent = 0
        try:
            for n, index in enumerate(chosen):
                if n and not printer.newPage():
                    break
                image = self.pages.render(index, _pixels(self.pages.point_size(index), dpi))
                if image.isNull():
                    break
                paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
                paper.moveTo(0, 0)
                # Actual size where the page fits the paper; shrunk to fit where not.
                actual = _pixels(self.pages.point_size(index), printer.resolution())
                size = actual.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
                if actual.width() <= paper.width() and actual.height() <= paper.height():
                    size = actual
                x = (paper.width() - size.width()) // 2
                y = (paper.height() - size.height()) // 2
                if to_file and isinstance(self.pages, QtPdfPages):
                    painter.save()
                    painter.translate(x, y)
                    points = self.pages.point_size(index)
                    _hide_text(painter, self.pages.lines(index), size.width() / points.width())
                    painter.restore()
                painter.drawImage(QRect(x, y, size.width(), size.height()), image)
                sent += 1
        finally:
            painter.end()
        if sent < len(chosen) or printer.printerState() is QPrinter.PrinterState.Error:
            self.say(failed, problem=True)
            return 0
        return sent

    # --- saving -------------------------------------------------------------------------

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
        """Write the PDF, exactly as issued, where the advisor says (whole or not at all)."""
        path = type(self).ask_path(self, str(Path.home() / self.file_name))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_atomically(path, self.pdf)
        except OSError as exc:
            self.say(
                self.tr("Could not save {name}: {reason}").format(
                    name=Path(path).name, reason=exc.strerror or str(exc)
                ),
                problem=True,
            )
            return None
        self.say(self.tr("Saved {name}").format(name=Path(path).name))
        self.sig_saved.emit(path)
        return path


def preview_pdf(parent: QWidget | None, pdf: bytes, title: str, file_name: str) -> QDialog:
    """Open the preview of `pdf` over `parent` (window-modal, not blocking; deleted when
    closed) and return it."""
    dialog = DocumentPreview(pdf, title, file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    dialog.show()
    return dialog


__all__ = ["DocumentPreview", "PdfPages", "QtPdfPages", "preview_pdf"]
