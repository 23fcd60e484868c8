"""Helpers for the row delegates: fonts a step smaller, text cut to a few lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout


def pixel_size(font: QFont) -> int:
    if font.pixelSize() > 0:
        return font.pixelSize()
    return round(font.pointSizeF() * 96 / 72)


def sized(font: QFont, delta: int = 0, weight: QFont.Weight | None = None) -> QFont:
    out = QFont(font)
    out.setPixelSize(max(11, pixel_size(font) + delta))
    if weight is not None:
        out.setWeight(weight)
    return out


def wrapped(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width`, the last one elided."""
    if width <= 0 or not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[s : s + n].rstrip() for s, n in spans]
    if spans and sum(spans[-1]) < len(text):
        rest = text[spans[-1][0] :]
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def row_panel(delegate, painter, option, index):
    """Start painting a list row: the style option with its text cleared, and the
    panel drawn as the stylesheet's ::item rules say (selection, hover). Returns the
    option; the caller draws the row's content and restores the painter."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from jeweldesk.ui import appearance

    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    painter.save()
    if opt.widget is not None:
        opt.widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
    else:
        painter.fillRect(opt.rect, appearance.IVORY)
    return opt
