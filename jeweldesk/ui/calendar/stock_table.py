"""The appointment editor's stock table: the pieces found for the slot, one line each,
readable from a 1024×768 tablet to a desktop.

The piece's name takes the room the figures leave (elided, whole in its tooltip); the
stone, metal, price and what is free for the slot take the width of their contents.
When the table is too narrow for the name to be read, the metal and then the stone
columns give way: the filters above still search by them, and the tooltip names them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from jeweldesk.ui.calendar.models import StockModel

ROW_HEIGHT = 44  # a touch target
VISIBLE_ROWS = 5  # enough to compare a few pieces without scrolling
PIECE_MIN_WIDTH = 200  # below this a piece's name no longer reads
GIVE_WAY = ("metal", "stone")  # in this order, when the room runs out


class StockTable(QTableView):
    def __init__(self, model: StockModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, name in enumerate(StockModel.COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if name == "piece"
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        model.modelReset.connect(self.fit_columns)

    def minimumSizeHint(self) -> QSize:
        # Height for the header and a handful of rows; the width is the layout's to give.
        rows = VISIBLE_ROWS * ROW_HEIGHT + self.horizontalHeader().sizeHint().height()
        return QSize(super().minimumSizeHint().width(), rows + 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show the stone and metal columns only while the piece's name keeps
        `PIECE_MIN_WIDTH`."""
        columns = StockModel.COLUMNS
        header = self.horizontalHeader()
        wanted = {
            name: max(self.sizeHintForColumn(n), header.sectionSizeHint(n))
            for n, name in enumerate(columns)
            if name != "piece"
        }
        shown = set(wanted)
        room = self.viewport().width() - sum(wanted.values())
        for name in GIVE_WAY:
            if room >= PIECE_MIN_WIDTH:
                break
            shown.discard(name)
            room += wanted[name]
        for n, name in enumerate(columns):
            hidden = name in wanted and name not in shown
            if self.isColumnHidden(n) != hidden:
                self.setColumnHidden(n, hidden)
