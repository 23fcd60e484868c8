"""The list of clients in the left pane: two calm lines per client (name with the
name in its own script, then phone, segment, store and the next appointment)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyleOptionViewItem,
)

from jeweldesk.ui import appearance
from jeweldesk.ui.models.client_list import ROW_HEIGHT, ClientRoles
from jeweldesk.ui.widgets import runner_bridge
from jeweldesk.ui.widgets.painting import RowDelegate, row_panel

PADDING_X = 16
LINE_GAP = 4
FACE = 40  # the portrait's circle


class ClientRowDelegate(RowDelegate):
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

        # The client's face (or initials) in a circle on the left.
        from jeweldesk.ui.photos.pixmaps import monogram, paint_round, thumbnail

        face = QRectF(
            opt.rect.left() + PADDING_X,
            opt.rect.top() + (opt.rect.height() - FACE) / 2,
            FACE,
            FACE,
        )
        paint_round(
            painter,
            face,
            thumbnail(str(index.data(ClientRoles.PORTRAIT) or "")),
            monogram(
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                str(index.data(ClientRoles.NAME_LOCAL) or ""),
            ),
        )
        rect = full = opt.rect.adjusted(PADDING_X + FACE + 12, 0, -PADDING_X, 0)
        name_font = QFont(opt.font)
        name_font.setWeight(QFont.Weight.DemiBold)
        detail_font = QFont(opt.font)
        detail_font.setPixelSize(max(11, _pixel_size(opt.font) - 2))
        name_metrics, detail_metrics = QFontMetrics(name_font), QFontMetrics(detail_font)
        block = name_metrics.height() + LINE_GAP + detail_metrics.height()
        top = rect.top() + (rect.height() - block) // 2

        appointment = str(index.data(ClientRoles.NEXT_APPOINTMENT) or "")
        if appointment:
            painter.setFont(detail_font)
            painter.setPen(appearance.GOLD)
            painter.drawText(
                QRect(rect.left(), top, rect.width(), name_metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                appointment,
            )
            rect = rect.adjusted(0, 0, -(detail_metrics.horizontalAdvance(appointment) + 12), 0)

        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        local = str(index.data(ClientRoles.NAME_LOCAL) or "")
        painter.setPen(appearance.INK)
        painter.setFont(name_font)
        name_rect = QRect(rect.left(), top, rect.width(), name_metrics.height())
        shown = name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
        )
        used = name_metrics.horizontalAdvance(shown)
        if local and local not in name and used + 24 < rect.width():
            painter.setFont(opt.font)
            painter.setPen(appearance.GOLD)
            local_rect = name_rect.adjusted(used + 12, 0, 0, 0)
            painter.drawText(
                local_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(opt.font).elidedText(
                    local, Qt.TextElideMode.ElideRight, local_rect.width()
                ),
            )

        detail = str(index.data(ClientRoles.DETAIL) or "")
        painter.setFont(detail_font)
        painter.setPen(appearance.MUTED)
        detail_rect = QRect(
            full.left(), name_rect.bottom() + LINE_GAP, full.width(), detail_metrics.height()
        )
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, full.width()),
        )
        painter.restore()


def _pixel_size(font: QFont) -> int:
    if font.pixelSize() > 0:
        return font.pixelSize()
    return round(font.pointSizeF() * 96 / 72)


class ClientListView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("clientList")
        self.setItemDelegate(ClientRowDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)

    def setModel(self, model) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        if hasattr(model, "set_portraits"):
            model.modelReset.connect(self._read_portraits)

    def _read_portraits(self) -> None:
        """After the rows change: read the portraits of the clients shown (on the
        database thread) and paint them in once there."""
        model = self.model()
        runner = getattr(self.window(), "runner", None)
        if runner is None or not hasattr(model, "client_ids"):
            return
        if not getattr(self, "_hearing", False):
            # A photo added, removed or pulled: the faces are read again.
            self._hearing = True
            runner_bridge.on_changes(
                runner,
                lambda changes, _initiator: (
                    self._read_portraits() if "photos" in changes.tables else None
                ),
            )
        ids = model.client_ids()
        if ids:
            # The first paint shows the book before the store is open: no faces yet.
            runner.read(
                lambda desk: desk.photos.portrait_thumbnails(ids) if desk is not None else {},
                model.set_portraits,
            )
