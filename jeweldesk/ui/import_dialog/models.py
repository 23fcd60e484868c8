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
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from jeweldesk.imports.plan import Choice
from jeweldesk.services.import_review import MergeProposal, RowReport, Side

Index = QModelIndex | QPersistentModelIndex
TOUCH_HEIGHT = 40


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


CHOICE_COLUMN = 4
CHOICE_WORDS = {
    Choice.MERGE: QT_TRANSLATE_NOOP("ImportDialog", "Merge"),
    Choice.NEW: QT_TRANSLATE_NOOP("ImportDialog", "Add as a new client"),
    Choice.SKIP: QT_TRANSLATE_NOOP("ImportDialog", "Leave out"),
}


def choices_for(p: MergeProposal) -> list[Choice]:
    """What a person may decide for a proposal: a row matching several records can
    only become a client of its own or stay out."""
    return list(Choice) if p.mergeable else [Choice.NEW, Choice.SKIP]


class MergeModel(_Table):
    """Proposed merges side by side: the file's row, the record it matches, why, and
    what the person decided for it (merge, a new client after all, or leave it out)."""

    headers = (
        QT_TRANSLATE_NOOP("ImportDialog", "Line"),
        QT_TRANSLATE_NOOP("ImportDialog", "In the file"),
        QT_TRANSLATE_NOOP("ImportDialog", "Already in JewelDesk"),
        QT_TRANSLATE_NOOP("ImportDialog", "Why"),
        QT_TRANSLATE_NOOP("ImportDialog", "Decision"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MergeProposal] = []
        self._choices: dict[int, Choice] = {}

    def set_merges(self, merges: list[MergeProposal], default: Choice = Choice.MERGE) -> None:
        self.beginResetModel()
        self._rows = list(merges)
        self._choices = {p.line: self._allowed(p, default) for p in self._rows}
        self.endResetModel()

    @staticmethod
    def _allowed(p: MergeProposal, choice: Choice) -> Choice:
        return choice if choice in choices_for(p) else Choice.SKIP

    def choices(self) -> dict[int, Choice]:
        """The decision for each proposed merge, by line of the file."""
        return dict(self._choices)

    def choose(self, row: int, choice: Choice) -> None:
        p = self._rows[row]
        self._choices[p.line] = self._allowed(p, choice)
        cell = self.index(row, CHOICE_COLUMN)
        self.dataChanged.emit(cell, cell)

    def choose_all(self, choice: Choice) -> None:
        for row in range(len(self._rows)):
            self.choose(row, choice)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CHOICE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != CHOICE_COLUMN
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        try:
            choice = Choice(value)
        except ValueError:
            return False
        self.choose(index.row(), choice)
        return True

    def proposal(self, row: int) -> MergeProposal:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if index.column() == CHOICE_COLUMN:
            choice = self._choices[p.line]
            if role == Qt.ItemDataRole.EditRole:
                return choice.value
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return _tr(CHOICE_WORDS[choice])
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
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


class ChoiceDelegate(QStyledItemDelegate):
    """The decision column as a drop-down a finger can open: merge, new client, leave
    out (only the last two for a row that matches several records)."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:  # noqa: N802
        model = index.model()
        assert isinstance(model, MergeModel)
        box = QComboBox(parent)
        box.setObjectName("importMergeChoice")
        box.setMinimumHeight(TOUCH_HEIGHT)
        for choice in choices_for(model.proposal(index.row())):
            box.addItem(_tr(CHOICE_WORDS[choice]), choice.value)
        box.activated.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if found >= 0 and found != editor.currentIndex():
            editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
