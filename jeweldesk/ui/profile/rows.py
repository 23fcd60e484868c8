"""A table of frozen records with columns described as data: one model for the
wishlist, purchases, interactions, service jobs, cases, consent and documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from jeweldesk.ui import appearance

ROW_HEIGHT = 44  # a touch target
MAX_COLUMN = 360  # wider text wraps
VISIBLE_ROWS = 8  # more rows scroll inside the table

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]


class RecordTable(QAbstractTableModel):
    """Rows are records; `emphasis(record)` draws a row in gold and bold (an open case,
    a pinned note), `muted(record)` in grey (a fulfilled wish, a void document)."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent=None,
        *,
        emphasis: Callable[[Any], bool] | None = None,
        muted: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._emphasis = emphasis
        self._muted = muted

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        record = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].text(record)
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._emphasis and self._emphasis(record):
                return appearance.GOLD
            if self._muted and self._muted(record):
                return appearance.MUTED
        if role == Qt.ItemDataRole.FontRole and self._emphasis and self._emphasis(record):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None


class RecordView(QTableView):
    """Whole-row selection, rows tall enough to touch, the last column stretched."""

    def __init__(self, model: RecordTable, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.setMinimumHeight(ROW_HEIGHT * 3)
        self._unfitted = True
        model.modelReset.connect(self._refit)

    def _refit(self) -> None:
        # Fitting measures every cell's text: done for a table on screen, and for one
        # on a hidden tab only when that tab is shown (a profile opens faster).
        self._unfitted = True
        if self.isVisible():
            self._fit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._unfitted:
            self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # Columns as wide as their text up to a cap (long text wraps); the last one
        # takes what is left, when anything is: never narrower than its text.
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        self.resizeColumnsToContents()
        for column in range(header.count()):
            if header.sectionSize(column) > MAX_COLUMN:
                header.resizeSection(column, MAX_COLUMN)
        if header.length() < self.viewport().width():
            header.setStretchLastSection(True)

    def _fit(self) -> None:
        self._unfitted = False
        self._fit_columns()
        self.resizeRowsToContents()
        rows = self.model().rowCount()
        height = self.horizontalHeader().height() + 4
        height += sum(self.rowHeight(r) for r in range(min(rows, VISIBLE_ROWS))) or ROW_HEIGHT
        height += self.horizontalScrollBar().sizeHint().height()
        self.setMinimumHeight(max(ROW_HEIGHT * 2, height))

    def current_record(self) -> Any:
        index = self.currentIndex()
        model = self.model()
        return (
            model.record(index.row())
            if index.isValid() and isinstance(model, RecordTable)
            else None
        )
