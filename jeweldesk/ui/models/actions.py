"""`ActionListModel`: the advisor's ranked actions for the day, one row each."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt

from jeweldesk.services.actions import ActionView
from jeweldesk.ui.widgets.dates import day_text

ROW_HEIGHT = 84  # name, then two lines of reason: well above the 44 px touch target


class ActionRoles(IntEnum):
    ACTION_ID = Qt.ItemDataRole.UserRole + 1
    CLIENT_ID = Qt.ItemDataRole.UserRole + 2
    REASON = Qt.ItemDataRole.UserRole + 3
    DUE = Qt.ItemDataRole.UserRole + 4  # "Today", "Overdue · Sun 22 Nov"…
    OVERDUE = Qt.ItemDataRole.UserRole + 5
    PRIORITY = Qt.ItemDataRole.UserRole + 6
    DRAFT = Qt.ItemDataRole.UserRole + 7


class ActionListModel(QAbstractListModel):
    """Rows of `ActionView`, in the service's ranking. Short (a book's day holds a few
    dozen actions), so it holds them all and replaces them on refresh."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ActionView] = []
        self._today = dt.date.today()
        self._lang = "en"

    def show_actions(self, actions: list[ActionView], today: dt.date, lang: str) -> None:
        self.beginResetModel()
        self._rows = list(actions)
        self._today, self._lang = today, lang
        self.endResetModel()

    def remove(self, action_id: uuid.UUID) -> None:
        """Take an action off the list (done, snoozed or set aside)."""
        row = self.row_of(action_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def action(self, row: int) -> ActionView:
        return self._rows[row]

    def actions(self) -> list[ActionView]:
        return list(self._rows)

    def row_of(self, action_id: uuid.UUID) -> int:
        for i, action in enumerate(self._rows):
            if action.id == action_id:
                return i
        return -1

    def due_count(self) -> int:
        """Actions due today or overdue: the follow-ups the advisor owes today."""
        return sum(1 for a in self._rows if a.due_on <= self._today)

    # --- Qt --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        # Named as the client list names them: two clients greeted "王女士" are two rows
        # an advisor can tell apart; the reason under the name still greets them.
        if role == Qt.ItemDataRole.DisplayRole:
            return a.client_display_name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{a.client_display_name} · {self._due(a)}\n{a.reason}"
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        if role == ActionRoles.ACTION_ID:
            return a.id.hex
        if role == ActionRoles.CLIENT_ID:
            return a.client_id.hex
        if role == ActionRoles.REASON:
            return a.reason
        if role == ActionRoles.DUE:
            return self._due(a)
        if role == ActionRoles.OVERDUE:
            return a.overdue
        if role == ActionRoles.PRIORITY:
            return a.priority
        if role == ActionRoles.DRAFT:
            return a.draft or ""
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update(
            {
                ActionRoles.ACTION_ID: b"actionId",
                ActionRoles.CLIENT_ID: b"clientId",
                ActionRoles.REASON: b"reason",
                ActionRoles.DUE: b"due",
                ActionRoles.OVERDUE: b"overdue",
                ActionRoles.PRIORITY: b"priority",
                ActionRoles.DRAFT: b"draft",
            }
        )
        return names

    def _due(self, a: ActionView) -> str:
        return day_text(a.due_on, self._today, self._lang)
