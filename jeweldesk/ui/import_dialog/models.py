"""The Import dialog's two lists: the rows a person must read about (line, name, what
happened) and the proposed merges, the file's row beside the client it matches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from jeweldesk.services.import_review import MergeProposal, RowReport, Side

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return _tr(self.headers[section])
        return None


class ReportModel(_Table):
    """Rows refused or with a value left out: line, name, the reasons in words."""

    headers = (
        QT_TRANSLATE_NOOP("ImportDialog", "Line"),
        QT_TRANSLATE_NOOP("ImportDialog", "Name"),
        QT_TRANSLATE_NOOP("ImportDialog", "What happens"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowReport] = []

    def set_rows(self, rows: list[RowReport]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def report(self, row: int) -> RowReport:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(r.line), r.name, "\n".join(r.messages))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = Qt.AlignmentFlag.AlignVCenter
            if index.column() == 0:
                return int(Qt.AlignmentFlag.AlignRight | vertical)
            return int(Qt.AlignmentFlag.AlignLeft | vertical)
        return None


def side_text(side: Side) -> str:
    return "\n".join(v for v in (side.name, side.phone, side.email, side.birthday) if v)


class MergeModel(_Table):
    """Proposed merges side by side: the file's row, the record it matches, and why."""

    headers = (
        QT_TRANSLATE_NOOP("ImportDialog", "Line"),
        QT_TRANSLATE_NOOP("ImportDialog", "In the file"),
        QT_TRANSLATE_NOOP("ImportDialog", "Already in JewelDesk"),
        QT_TRANSLATE_NOOP("ImportDialog", "Why"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MergeProposal] = []

    def set_merges(self, merges: list[MergeProposal]) -> None:
        self.beginResetModel()
        self._rows = list(merges)
        self.endResetModel()

    def proposal(self, row: int) -> MergeProposal:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return str(p.line)
            if index.column() == 1:
                return side_text(p.row)
            if index.column() == 2:
                return "\n\n".join(side_text(s) for s in p.existing)
            why = p.reasons
            if not p.mergeable:
                why += "\n" + QCoreApplication.translate(
                    "ImportDialog", "Matches several records: left out"
                )
            return why
        if role == Qt.ItemDataRole.TextAlignmentRole:
            top = Qt.AlignmentFlag.AlignTop
            if index.column() == 0:
                return int(Qt.AlignmentFlag.AlignRight | top)
            return int(Qt.AlignmentFlag.AlignLeft | top)
        return None
