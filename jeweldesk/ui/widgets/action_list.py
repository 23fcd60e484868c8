"""The list of today's actions: the client's name with the priority and due day, then
the reason on up to two lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyleOptionViewItem,
)

from jeweldesk.ui import appearance
from jeweldesk.ui.models.actions import ROW_HEIGHT, ActionRoles
from jeweldesk.ui.widgets.painting import RowDelegate, row_panel, sized, wrapped

PADDING_X = 18
ALERT = QColor("#b3261e")


def priority_label(priority: int) -> str:
    """Words for the ranking score: advisors think in 'urgent', not in 93."""
    if priority >= 85:
        return QCoreApplication.translate("Today", "Urgent")
    if priority >= 70:
        return QCoreApplication.translate("Today", "High")
    if priority >= 50:
        return QCoreApplication.translate("Today", "Normal")
    return QCoreApplication.translate("Today", "When you can")


class ActionRowDelegate(RowDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = row_panel(self, painter, option, index)
        rect = opt.rect.adjusted(PADDING_X, 12, -PADDING_X, -10)
        name_font = sized(opt.font, 0, QFont.Weight.DemiBold)
        small = sized(opt.font, -2)
        chip_font = sized(opt.font, -3, QFont.Weight.DemiBold)
        name_m, small_m = QFontMetrics(name_font), QFontMetrics(small)

        due = str(index.data(ActionRoles.DUE) or "")
        overdue = bool(index.data(ActionRoles.OVERDUE))
        painter.setFont(small)
        painter.setPen(ALERT if overdue else appearance.GOLD)
        due_width = small_m.horizontalAdvance(due)
        line1 = QRect(rect.left(), rect.top(), rect.width(), name_m.height())
        painter.drawText(line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, due)

        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        priority = int(index.data(ActionRoles.PRIORITY) or 0)
        chip = priority_label(priority)
        chip_w = QFontMetrics(chip_font).horizontalAdvance(chip) + 16
        room = line1.width() - due_width - chip_w - 24
        painter.setFont(name_font)
        painter.setPen(appearance.INK)
        shown = name_m.elidedText(name, Qt.TextElideMode.ElideRight, max(room, 40))
        painter.drawText(line1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        if priority >= 70:
            left = line1.left() + name_m.horizontalAdvance(shown) + 10
            chip_rect = QRect(left, line1.center().y() - 10, chip_w, 20)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor("#d8c39a"))
            painter.setBrush(QColor("#f4ecda"))
            painter.drawRoundedRect(chip_rect, 10, 10)
            painter.setFont(chip_font)
            painter.setPen(QColor("#7d6436"))
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, chip)

        reason = str(index.data(ActionRoles.REASON) or "")
        painter.setFont(small)
        painter.setPen(appearance.MUTED)
        top = line1.bottom() + 6
        for text in wrapped(reason, small, rect.width(), 2):
            painter.drawText(
                QRect(rect.left(), top, rect.width(), small_m.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            top += small_m.height() + 2
        painter.restore()


class ActionListView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("actionList")
        self.setItemDelegate(ActionRowDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
