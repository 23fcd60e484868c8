"""Thumbnails as pixmaps, cached by file (the file's name is its SHA-256, so a cached
pixmap never goes stale), painted round or square; a placeholder where the file is
not on this device yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap, QPixmapCache

from jeweldesk.domain.names import has_cjk
from jeweldesk.ui import appearance

LINEN = QColor("#f3eee3")


def thumbnail(path: str | Path | None) -> QPixmap:
    """The picture at `path`, or a null pixmap when there is none (yet)."""
    if not path:
        return QPixmap()
    key = f"jeweldesk-photo:{path}"
    found = QPixmap()
    if QPixmapCache.find(key, found):
        return found
    pixmap = QPixmap(str(path))
    if not pixmap.isNull():
        QPixmapCache.insert(key, pixmap)
    return pixmap


def monogram(name: str, name_local: str = "") -> str:
    """王 for 王美玲, "CD" for Claire Dubois."""
    if has_cjk(name_local):
        return name_local[:1]
    if has_cjk(name):
        return name[:1]
    words = [w for w in name.replace("·", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words[:2]) or "?"


def paint_round(painter: QPainter, rect: QRectF, pixmap: QPixmap, placeholder: str = "") -> None:
    """`pixmap` filling a circle in `rect`; or the `placeholder` letters in gold on
    linen when there is no picture."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QPainterPath()
    circle.addEllipse(rect)
    if not pixmap.isNull():
        painter.setClipPath(circle)
        _cover(painter, rect, pixmap)
    else:
        painter.fillPath(circle, LINEN)
        painter.setPen(appearance.GOLD)
        painter.drawEllipse(rect)
        if placeholder:
            font = QFont(painter.font())
            font.setPixelSize(
                max(10, int(rect.height() * (0.42 if len(placeholder) < 2 else 0.34)))
            )
            font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, placeholder)
    painter.restore()


def paint_square(painter: QPainter, rect: QRectF, pixmap: QPixmap, waiting: str = "") -> None:
    """`pixmap` covering a rounded square; linen with `waiting` (a word) when the
    file has not arrived."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    frame = QPainterPath()
    frame.addRoundedRect(rect, 6, 6)
    if not pixmap.isNull():
        painter.setClipPath(frame)
        _cover(painter, rect, pixmap)
    else:
        painter.fillPath(frame, LINEN)
        painter.setPen(appearance.MUTED)
        font = QFont(painter.font())
        font.setPixelSize(11)
        painter.setFont(font)
        painter.drawText(
            rect.adjusted(6, 6, -6, -6),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            waiting,
        )
    painter.restore()


def _cover(painter: QPainter, rect: QRectF, pixmap: QPixmap) -> None:
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    size = rect.size().toSize() * ratio
    scaled = pixmap.scaled(
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    scaled.setDevicePixelRatio(ratio)
    width, height = scaled.width() / ratio, scaled.height() / ratio
    painter.drawPixmap(
        QRectF(
            rect.left() + (rect.width() - width) / 2,
            rect.top() + (rect.height() - height) / 2,
            width,
            height,
        ),
        scaled,
        QRectF(0, 0, scaled.width(), scaled.height()),
    )
