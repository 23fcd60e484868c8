"""`SignaturePad`: the client signs on the tablet with a finger, a pen or the mouse.

The strokes are kept as one SVG path (`M x y L x y …`, one `M` per stroke, in the
pad's own pixels with one decimal), which is what `consents.signature_svg` and
`service_jobs.signature_svg` store: a few hundred bytes that print sharp at any size
(`svg_document` wraps it for a renderer).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

INK = QColor("#1f2a44")
LINE = QColor("#c9bfae")  # the line to sign on
CANVAS_SIZE = QSize(480, 180)

Stroke = list[QPointF]


def path_of(strokes: list[Stroke]) -> str:
    """The strokes as one SVG path; a tap (one point) is a dot, drawn as a tiny line."""
    parts: list[str] = []
    for stroke in strokes:
        if not stroke:
            continue
        first = stroke[0]
        parts.append(f"M{first.x():.1f} {first.y():.1f}")
        rest = stroke[1:] or [QPointF(first.x() + 0.5, first.y())]
        parts.extend(f"L{p.x():.1f} {p.y():.1f}" for p in rest)
    return " ".join(parts)


def strokes_of(path: str) -> list[Stroke]:
    """The strokes of a path written by `path_of` (M and L commands only)."""
    strokes: list[Stroke] = []
    tokens = path.replace("M", " M ").replace("L", " L ").split()
    i = 0
    while i + 2 < len(tokens):
        command = tokens[i]
        try:
            point = QPointF(float(tokens[i + 1]), float(tokens[i + 2]))
        except (ValueError, IndexError):
            break
        if command == "M" or not strokes:
            strokes.append([point])
        else:
            strokes[-1].append(point)
        i += 3
    return strokes


def svg_document(
    path: str, width: int = CANVAS_SIZE.width(), height: int = CANVAS_SIZE.height()
) -> str:
    """A standalone SVG of a signature path, for a document or a preview."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><path d="{path}" fill="none" '
        f'stroke="{INK.name()}" stroke-width="2.5" stroke-linecap="round" '
        'stroke-linejoin="round"/></svg>'
    )


class SignatureCanvas(QWidget):
    """The surface strokes are drawn on; mouse, touch and tablet pen all draw."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureCanvas")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumSize(320, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.strokes: list[Stroke] = []
        self._drawing = False

    def sizeHint(self) -> QSize:
        return CANVAS_SIZE

    # -- strokes ----------------------------------------------------------------------
    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self.strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if not self._drawing:
            return
        stroke = self.strokes[-1]
        last = stroke[-1]
        # Points closer than half a pixel add bytes and nothing a reader can see.
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) >= 0.5:
            stroke.append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.sig_changed.emit()

    def clear(self) -> None:
        self.strokes = []
        self._drawing = False
        self.update()
        self.sig_changed.emit()

    def set_path(self, path: str) -> None:
        self.strokes = strokes_of(path)
        self.update()
        self.sig_changed.emit()

    # -- input ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also synthesise mouse events from the pen.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                position = points[0].position()  # one finger signs; a palm is ignored
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._extend(position)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor("#ffffff"))
        painter.setPen(QPen(LINE, 1))
        baseline = rect.bottom() - 36
        painter.drawLine(QPointF(rect.left() + 24, baseline), QPointF(rect.right() - 24, baseline))
        painter.drawText(QPointF(rect.left() + 24, baseline - 6), "×")
        pen = QPen(
            INK, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        painter.end()


class SignaturePad(QWidget):
    """The canvas with a caption and a Clear button: `is_empty()`, `svg_path()`."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None, caption: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.canvas = SignatureCanvas(self)
        self.canvas.setAccessibleName(self.tr("Client's signature"))
        self.caption = QLabel(caption if caption is not None else self.tr("The client signs here"))
        self.caption.setObjectName("fieldHint")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("signatureClear")
        self.clear_button.setAutoDefault(False)  # in a dialog, Enter must not wipe it
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.clear_button)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self.canvas.sig_changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.is_empty())
        self.sig_changed.emit()

    def clear(self) -> None:
        self.canvas.clear()

    def is_empty(self) -> bool:
        return not any(self.canvas.strokes)

    def svg_path(self) -> str:
        """The signature as an SVG path ("" when nothing was drawn)."""
        return path_of(self.canvas.strokes)

    def set_svg_path(self, path: str) -> None:
        """Show a saved signature (read back from a record)."""
        self.canvas.set_path(path)
