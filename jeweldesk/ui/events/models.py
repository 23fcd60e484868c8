"""Item models of the Events screen: the events, an event's guests (answer, guests,
attendance) and the clients offered for inviting (checkable, with the fatigue
guard's warning)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from jeweldesk.ui import labels
from jeweldesk.ui.events.words import bilingual, kind_label, rsvp_label
from jeweldesk.ui.widgets.dates import short_date

Index = QModelIndex | QPersistentModelIndex
WARNING = QColor("#9a5b00")
MUTED = QColor("#7a7368")


class EventTableModel(QAbstractTableModel):
    """One row per event: its title over when it is, and who is coming."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.views: list[Any] = []
        self.zone = "UTC"
        self.lang = "en"

    def set_events(self, views: list[Any], zone: str, lang: str) -> None:
        self.beginResetModel()
        self.views, self.zone, self.lang = list(views), zone, lang
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Event"), self.tr("Coming"))[section]
        return None

    def when(self, view: Any) -> str:
        local = view.event.starts_at.astimezone(ZoneInfo(self.zone))
        return f"{short_date(local.date(), self.lang)} {local:%H:%M}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.views):
            return None
        view = self.views[index.row()]
        cancelled = view.event.cancelled_at is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                title = bilingual(view.event.title, view.event.title_zh, self.lang)
                if cancelled:
                    title = self.tr("%1 (cancelled)").replace("%1", title)
                return f"{title}\n{self.when(view)}"
            if view.event.capacity:
                return f"{view.coming} / {view.event.capacity}"
            return str(view.coming)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return kind_label(view.event.kind)
            return self.tr("Accepted clients and their guests, of the places")
        if role == Qt.ItemDataRole.ForegroundRole and cancelled:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.UserRole:
            return view.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == 1:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, event_id: uuid.UUID | None) -> int:
        return next((n for n, v in enumerate(self.views) if v.id == event_id), -1)


class GuestTableModel(QAbstractTableModel):
    """An event's guests. The attended column is a check box: ticking it asks the
    screen (`sig_attended(invitation_id, attended)`) to record it."""

    sig_attended = Signal(object, bool)
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.guests: list[Any] = []
        self.can_attend = False

    def set_guests(self, guests: list[Any], *, can_attend: bool) -> None:
        self.beginResetModel()
        self.guests, self.can_attend = list(guests), can_attend
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.guests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Client"), self.tr("Answer"), self.tr("Guests"), self.tr("Attended"))[
                section
            ]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 3 and self.can_attend:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.guests):
            return None
        guest = self.guests[index.row()]
        invitation = guest.invitation
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                segment = labels.segment_label(guest.segment) if guest.segment else ""
                return f"{guest.client_name}  ·  {segment}" if segment else guest.client_name
            if column == 1:
                return rsvp_label(invitation.rsvp)
            if column == 2:
                return str(invitation.guests) if invitation.guests else "–"
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == 3:
            return (
                Qt.CheckState.Checked.value
                if invitation.attended
                else Qt.CheckState.Unchecked.value
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and invitation.rsvp == "pending":
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.UserRole:
            return invitation.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 3 or not self.can_attend:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.sig_attended.emit(self.guests[index.row()].invitation.id, checked)
        return True


class CandidateModel(QAbstractTableModel):
    """Clients offered for an invitation: tick to choose; one invited already is
    shown but cannot be chosen; the fatigue guard's warning is in its own column."""

    sig_chosen_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.chosen: set[uuid.UUID] = set()
        self.lang = "en"

    def set_candidates(self, rows: list[Any], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.lang = list(rows), lang
        self.chosen &= {r.client_id for r in rows if not r.invited}
        self.endResetModel()
        self.sig_chosen_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Client"), self.tr("Segment"), self.tr("Event fatigue"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if row.invited:
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return labels.segment_label(row.segment) if row.segment else ""
            if row.invited:
                return self.tr("Invited already")
            return row.warning.message(self.lang) if row.warning else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.warning:
            return row.warning.message(self.lang)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and not row.invited:
            chosen = row.client_id in self.chosen
            return Qt.CheckState.Checked.value if chosen else Qt.CheckState.Unchecked.value
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(MUTED if row.invited else WARNING)
        if role == Qt.ItemDataRole.UserRole:
            return row.client_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row = self.rows[index.row()]
        if row.invited:
            return False
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True):
            self.chosen.add(row.client_id)
        else:
            self.chosen.discard(row.client_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_chosen_changed.emit()
        return True

    def choose(self, client_ids: set[uuid.UUID]) -> None:
        """Tick these (those not invited already)."""
        allowed = {r.client_id for r in self.rows if not r.invited}
        self.chosen = set(client_ids) & allowed
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.sig_chosen_changed.emit()

    def warned_chosen(self) -> list[Any]:
        return [r for r in self.rows if r.client_id in self.chosen and r.warning]


def local_now(zone: str) -> dt.datetime:
    return dt.datetime.now(ZoneInfo(zone))
