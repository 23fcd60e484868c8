"""The store manager's view of the books: `AdvisorBooksModel` (one advisor a row, with
their book's size against 30–50) and `SuggestionModel` (clients to add, with why)."""

from __future__ import annotations

import uuid
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor

from jeweldesk.domain.vocab import Role
from jeweldesk.services.handover import AdvisorBook, Suggestion
from jeweldesk.ui.labels import segment_label
from jeweldesk.ui.widgets.dates import interface_lang

ROW_HEIGHT = 48
WARN = QColor("#9a5b13")

ROLE_NAMES = {
    "advisor": QT_TRANSLATE_NOOP("Vocabulary", "Advisor"),
    "vic_consultant": QT_TRANSLATE_NOOP("Vocabulary", "VIC consultant"),
    "store_manager": QT_TRANSLATE_NOOP("Vocabulary", "Store manager"),
    "head_office": QT_TRANSLATE_NOOP("Vocabulary", "Head office"),
}


def held_to_size(book: AdvisorBook) -> bool:
    """Whether the book is measured against 30–50. Each advisor (and VIC consultant)
    keeps a book of that size; a store manager may hold clients too (the role keeps a
    book), but looks after the others' books: an empty one is not "under 30"."""
    return book.role != Role.STORE_MANAGER


def role_label(value: object) -> str:
    text = ROLE_NAMES.get(str(value))
    return QCoreApplication.translate("Vocabulary", text) if text else str(value or "")


class BookColumn(IntEnum):
    ADVISOR = 0
    ROLE = 1
    CLIENTS = 2
    OPEN = 3
    OVERDUE = 4
    VIC = 5
    AT_RISK = 6


ADVISOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "ok", "under", "over"


class AdvisorBooksModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AdvisorBook] = []

    def show_books(self, books: list[AdvisorBook]) -> None:
        self.beginResetModel()
        self._rows = list(books)
        self.endResetModel()

    def book(self, row: int) -> AdvisorBook:
        return self._rows[row]

    def books(self) -> list[AdvisorBook]:
        return list(self._rows)

    def row_of(self, advisor_id: uuid.UUID) -> int:
        for i, b in enumerate(self._rows):
            if b.advisor_id == advisor_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BookColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(BookColumn):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignLeft
                if section <= BookColumn.ROLE
                else Qt.AlignmentFlag.AlignRight
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Advisor"),
            self.tr("Role"),
            self.tr("Clients"),
            self.tr("Open actions"),
            self.tr("Overdue"),
            self.tr("VIC"),
            self.tr("At risk"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(BookColumn)
        ):
            return None
        b = self._rows[index.row()]
        column = BookColumn(index.column())
        state = b.status.state if held_to_size(b) else "ok"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BookColumn.CLIENTS:
                if state == "under":
                    return self.tr("{count} · under {minimum}").format(
                        count=b.status.count, minimum=b.status.minimum
                    )
                if state == "over":
                    return self.tr("{count} · over {maximum}").format(
                        count=b.status.count, maximum=b.status.maximum
                    )
                return str(b.status.count)
            return {
                BookColumn.ADVISOR: b.shown_name(interface_lang()),
                BookColumn.ROLE: role_label(b.role),
                BookColumn.OPEN: str(b.open_actions),
                BookColumn.OVERDUE: str(b.overdue_actions),
                BookColumn.VIC: str(b.vic),
                BookColumn.AT_RISK: str(b.churn_risk),
            }[column]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == BookColumn.CLIENTS
            and state != "ok"
        ):
            return WARN
        if role == Qt.ItemDataRole.ToolTipRole and column == BookColumn.CLIENTS and held_to_size(b):
            return self.tr("A book keeps {minimum}–{maximum} priority clients").format(
                minimum=b.status.minimum, maximum=b.status.maximum
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignLeft
                if column <= BookColumn.ROLE
                else Qt.AlignmentFlag.AlignRight
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        if role == ADVISOR_ID_ROLE:
            return b.advisor_id.hex
        if role == STATE_ROLE:
            return state
        return None


class SuggestionRoles(IntEnum):
    CLIENT_ID = Qt.ItemDataRole.UserRole + 1
    REASON = Qt.ItemDataRole.UserRole + 2
    SEGMENT = Qt.ItemDataRole.UserRole + 3


class SuggestionModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []

    def show_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(suggestions)
        self.endResetModel()

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{s.name} · {segment_label(s.segment)}\n{s.reason}"
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, 64)
        if role == SuggestionRoles.CLIENT_ID:
            return s.client_id.hex
        if role == SuggestionRoles.REASON:
            return s.reason
        if role == SuggestionRoles.SEGMENT:
            return segment_label(s.segment)
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update(
            {
                SuggestionRoles.CLIENT_ID: b"clientId",
                SuggestionRoles.REASON: b"reason",
                SuggestionRoles.SEGMENT: b"segment",
            }
        )
        return names
