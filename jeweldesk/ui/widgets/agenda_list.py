"""Today's and tomorrow's appointments: the time in gold, the client, then the room
and the kind of appointment; a small heading per day."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from jeweldesk.ui import appearance
from jeweldesk.ui.models.agenda import HEADING_HEIGHT, ROW_HEIGHT, AgendaRoles
from jeweldesk.ui.widgets.painting import sized

PADDING_X = 16
TIME_COLUMN = 52  # "18:30" and a gap: the names need the room on a tablet


class AgendaRowDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        plain = index.data(AgendaRoles.TIME) is None
        return QSize(option.rect.width(), HEADING_HEIGHT if plain else ROW_HEIGHT)

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
        rect = opt.rect.adjusted(PADDING_X, 0, -PADDING_X, 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        time = index.data(AgendaRoles.TIME)
        if time is None:
            heading = bool(index.data(AgendaRoles.IS_HEADING))
            font = sized(opt.font, -3, QFont.Weight.DemiBold) if heading else sized(opt.font, -1)
            if heading:
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
            painter.setFont(font)
            painter.setPen(appearance.GOLD if heading else appearance.MUTED)
            align = Qt.AlignmentFlag.AlignLeft | (
                Qt.AlignmentFlag.AlignBottom if heading else Qt.AlignmentFlag.AlignVCenter
            )
            shown = text.upper() if heading else text
            painter.drawText(
                rect.adjusted(0, 0, 0, -6 if heading else 0),
                align,
                QFontMetrics(font).elidedText(shown, Qt.TextElideMode.ElideRight, rect.width()),
            )
            painter.restore()
            return
        if opt.widget is not None:
            opt.widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        name_font = sized(opt.font, 0, QFont.Weight.DemiBold)
        small = sized(opt.font, -2)
        name_m, small_m = QFontMetrics(name_font), QFontMetrics(small)
        top = rect.top() + (rect.height() - name_m.height() - 4 - small_m.height()) // 2
        # Start time beside the name, end time beside the room: the column stays narrow.
        starts, _, ends = str(time).partition("–")
        painter.setFont(small)
        painter.setPen(appearance.GOLD)
        painter.drawText(
            QRect(rect.left(), top, TIME_COLUMN, name_m.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            starts,
        )
        painter.setPen(appearance.MUTED)
        painter.drawText(
            QRect(rect.left(), top + name_m.height() + 4, TIME_COLUMN, small_m.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            ends,
        )
        left = rect.left() + TIME_COLUMN
        width = rect.right() - left
        painter.setFont(name_font)
        painter.setPen(appearance.INK)
        painter.drawText(
            QRect(left, top, width, name_m.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name_m.elidedText(text, Qt.TextElideMode.ElideRight, width),
        )
        detail = str(index.data(AgendaRoles.DETAIL) or "")
        painter.setFont(small)
        painter.setPen(appearance.MUTED)
        painter.drawText(
            QRect(left, top + name_m.height() + 4, width, small_m.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_m.elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


class AgendaListView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaList")
        self.setItemDelegate(AgendaRowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
