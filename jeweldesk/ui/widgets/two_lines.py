"""`TwoLineDelegate`: the name, then one muted line (a reason, a detail) below it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from jeweldesk.ui import appearance
from jeweldesk.ui.widgets.painting import sized, wrapped

PADDING_X = 16


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(
        self, detail_role: int, tag_role: int | None = None, height: int = 64, parent=None
    ) -> None:
        super().__init__(parent)
        self.detail_role, self.tag_role, self.height = detail_role, tag_role, height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), self.height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        painter.save()
        if opt.widget is not None:
            opt.widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        rect = opt.rect.adjusted(PADDING_X, 0, -PADDING_X, 0)
        name_font = sized(opt.font, 0, QFont.Weight.DemiBold)
        small = sized(opt.font, -2)
        name_m, small_m = QFontMetrics(name_font), QFontMetrics(small)
        top = rect.top() + (rect.height() - name_m.height() - 4 - small_m.height()) // 2
        line1 = QRect(rect.left(), top, rect.width(), name_m.height())
        tag = str(index.data(self.tag_role) or "") if self.tag_role is not None else ""
        if tag:
            painter.setFont(small)
            painter.setPen(appearance.GOLD)
            painter.drawText(
                line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tag
            )
            line1 = line1.adjusted(0, 0, -(small_m.horizontalAdvance(tag) + 12), 0)
        painter.setFont(name_font)
        painter.setPen(appearance.INK)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            line1,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name_m.elidedText(name, Qt.TextElideMode.ElideRight, line1.width()),
        )
        detail = str(index.data(self.detail_role) or "")
        lines = wrapped(detail, small, rect.width(), 1)
        painter.setFont(small)
        painter.setPen(appearance.MUTED)
        if lines:
            painter.drawText(
                QRect(rect.left(), top + name_m.height() + 4, rect.width(), small_m.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                lines[0],
            )
        painter.restore()
