"""The list of today's actions: the client's name with the priority and due day, then
the reason on up to two lines."""

from __future__ import annotations

from dataclasses import dataclass

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
GAP = 12  # between the name (and its chip) and the due day
ALERT = QColor("#b3261e")


def priority_label_of(index: QModelIndex | QPersistentModelIndex) -> str:
    return priority_label(int(index.data(ActionRoles.PRIORITY) or 0))


def priority_label(priority: int) -> str:
    """Words for the ranking score: advisors think in 'urgent', not in 93."""
    if priority >= 85:
        return QCoreApplication.translate("Today", "Urgent")
    if priority >= 70:
        return QCoreApplication.translate("Today", "High")
    if priority >= 50:
        return QCoreApplication.translate("Today", "Normal")
    return QCoreApplication.translate("Today", "When you can")


@dataclass(frozen=True)
class FirstLine:
    """Where the name, the priority chip (None when it gives way) and the due day go."""

    name: QRect
    name_text: str
    chip: QRect | None
    due: QRect
    due_text: str


class ActionRowDelegate(RowDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def first_line(
        self, line: QRect, font: QFont, index: QModelIndex | QPersistentModelIndex
    ) -> FirstLine:
        """Lay out the first line in `line` with none of its parts overlapping: on a
        narrow list (a tablet) the chip gives way first, then "Overdue · ", then the
        name is elided; the due day is cut only to keep a few letters of the name."""
        name_m = QFontMetrics(sized(font, 0, QFont.Weight.DemiBold))
        small_m = QFontMetrics(sized(font, -2))
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        due = str(index.data(ActionRoles.DUE) or "")
        name_w = name_m.horizontalAdvance(name)
        # The prefix ("Overdue · ") gives way while the name would lose more than half
        # its room; the day itself gives way only to keep a few letters of the name.
        due_text = due
        half_room = max(0, line.width() - min(name_w, line.width() // 2) - GAP)
        if small_m.horizontalAdvance(due_text) > half_room and " · " in due_text:
            due_text = due_text.split(" · ", 1)[1]  # "Sun 29 Nov": red says overdue
        name_floor = min(name_w, name_m.horizontalAdvance("…") + 3 * name_m.averageCharWidth())
        due_room = max(0, line.width() - name_floor - GAP)
        if small_m.horizontalAdvance(due_text) > due_room:
            due_text = small_m.elidedText(due_text, Qt.TextElideMode.ElideLeft, due_room)
        due_w = small_m.horizontalAdvance(due_text)
        room = max(0, line.width() - due_w - GAP)
        name_text = name_m.elidedText(name, Qt.TextElideMode.ElideRight, room)
        name_rect = QRect(
            line.left(), line.top(), min(name_m.horizontalAdvance(name_text), room), line.height()
        )
        chip = None
        if int(index.data(ActionRoles.PRIORITY) or 0) >= 70:
            chip_font = sized(font, -3, QFont.Weight.DemiBold)
            chip_w = QFontMetrics(chip_font).horizontalAdvance(priority_label_of(index)) + 16
            if name_text == name and name_rect.width() + 10 + chip_w <= room:
                chip = QRect(name_rect.right() + 11, line.center().y() - 10, chip_w, 20)
        due_rect = QRect(line.right() - due_w + 1, line.top(), due_w, line.height())
        return FirstLine(name_rect, name_text, chip, due_rect, due_text)

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
        line1 = QRect(rect.left(), rect.top(), rect.width(), name_m.height())
        first = self.first_line(line1, opt.font, index)

        painter.setFont(small)
        painter.setPen(ALERT if index.data(ActionRoles.OVERDUE) else appearance.GOLD)
        painter.drawText(
            first.due, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, first.due_text
        )
        painter.setFont(name_font)
        painter.setPen(appearance.INK)
        painter.drawText(
            first.name, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, first.name_text
        )
        if first.chip is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor("#d8c39a"))
            painter.setBrush(QColor("#f4ecda"))
            painter.drawRoundedRect(first.chip, 10, 10)
            painter.setFont(chip_font)
            painter.setPen(QColor("#7d6436"))
            painter.drawText(first.chip, Qt.AlignmentFlag.AlignCenter, priority_label_of(index))

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
