"""Helpers for the row delegates: fonts a step smaller, text cut to a few lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


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


class RowDelegate(QStyledItemDelegate):
    """A delegate that paints its rows itself over the panel the stylesheet's ::item
    rules draw (selection, hover): the style is asked for the item with its text
    cleared, so nothing of the default rendering shows through."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.text = ""


def row_panel(delegate: RowDelegate, painter, option, index):
    """Start painting a list row: the panel drawn, and the style option (its text
    cleared) returned. The caller draws the row's content and restores the painter.

    Drawn through QStyledItemDelegate.paint, not QStyle.drawPrimitive: touching QStyle
    from Python creates all of its enum types, which cost a first paint 8 ms."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    painter.save()
    if opt.widget is not None:
        QStyledItemDelegate.paint(delegate, painter, option, index)
    else:
        from jeweldesk.ui import appearance

        painter.fillRect(opt.rect, appearance.IVORY)
    return opt
