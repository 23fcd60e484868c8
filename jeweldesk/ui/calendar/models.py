"""Item models of the calendar and the appointment editor: the appointments on screen,
client search results, stock for pre-selection, and the preparation checklist."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt

from jeweldesk.domain.timezones import in_store_time
from jeweldesk.services.records import CataloguePieceRecord, ChecklistItemRecord
from jeweldesk.ui.calendar.data import CalendarEntry
from jeweldesk.ui.calendar.words import kind_label, status_colour, status_label
from jeweldesk.ui.profile.common import money_text
from jeweldesk.ui.widgets.dates import interface_lang

if TYPE_CHECKING:
    from jeweldesk.services.stock import StockedPiece

Role = Qt.ItemDataRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


def piece_name(piece: CataloguePieceRecord) -> str:
    """The piece's name in the interface's language first: a narrow column elides the
    end, and in Chinese the Chinese name is the one that tells two pieces of one
    design apart (铂金 or 18K白金)."""
    name_zh = piece.name_zh
    if not name_zh:
        return piece.name
    if interface_lang().startswith("zh"):
        return f"{name_zh}  {piece.name}"
    return f"{piece.name}  {name_zh}"


class AppointmentModel(QAbstractListModel):
    """The appointments of the days on screen, earliest first. The grid lays out one
    block per row; the row's text is what a screen reader says of the block."""

    def __init__(self, zone: str = "UTC", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._entries: list[CalendarEntry] = []

    def set_entries(self, entries: list[CalendarEntry], zone: str) -> None:
        self.beginResetModel()
        self.zone = zone
        self._entries = sorted(entries, key=lambda e: (e.appointment.starts_at, str(e.id)))
        self.endResetModel()

    def entries(self) -> list[CalendarEntry]:
        return list(self._entries)

    def entry(self, appointment_id: uuid.UUID) -> CalendarEntry | None:
        return next((e for e in self._entries if e.id == appointment_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        a = entry.appointment
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            start = in_store_time(a.starts_at, self.zone)
            end = in_store_time(a.ends_at, self.zone)
            who = entry.client_local or entry.client_name or a.title
            return (
                f"{start:%H:%M}–{end:%H:%M} {who} · {kind_label(a.kind)} · {status_label(a.status)}"
            )
        if role == Role.ToolTipRole:
            return a.title or kind_label(a.kind)
        if role == Role.DecorationRole:
            return status_colour(a.status)
        if role == ID_ROLE:
            return str(a.id)
        if role == ENTRY_ROLE:
            return entry
        return None


class ClientResultsModel(QAbstractListModel):
    """Clients found by the editor's search box."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clients: list[Any] = []

    def set_clients(self, clients: list[Any]) -> None:
        self.beginResetModel()
        self._clients = list(clients)
        self.endResetModel()

    def client(self, row: int):
        return self._clients[row] if 0 <= row < len(self._clients) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clients)

    def data(self, index: QModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clients):
            return None
        c = self._clients[index.row()]
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            name = c.display_name
            if c.name_local and c.name_local not in name:
                name = f"{name}  {c.name_local}"
            tail = " · ".join(p for p in (c.phone, c.home_store_code) if p)
            return f"{name}   {tail}" if tail else name
        if role == ID_ROLE:
            return str(c.id)
        return None


class StockModel(QAbstractTableModel):
    """Pieces found in stock, with how many are free for the slot; the first column is
    checked for the pieces to reserve. Checked pieces stay checked across searches."""

    COLUMNS = ("piece", "stone", "metal", "price", "free")  # names carry the collection

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StockedPiece] = []
        self.chosen: dict[uuid.UUID, CataloguePieceRecord] = {}  # by piece id
        # Pieces the open appointment already holds: free for it, though taken for anyone else.
        self.held: set[uuid.UUID] = set()
        self.currency = ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        wanted = (Role.DisplayRole, Role.ToolTipRole, Role.TextAlignmentRole)
        if role not in wanted or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        if role == Role.TextAlignmentRole:  # over the figures, as they are aligned
            right = self.COLUMNS[section] in ("price", "free")
            return int(
                (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == Role.ToolTipRole:
            return self.tr("Free for the slot") if self.COLUMNS[section] == "free" else None
        titles = {
            "piece": self.tr("Piece"),
            "collection": self.tr("Collection"),
            "stone": self.tr("Stone"),
            "metal": self.tr("Metal"),
            "price": self.tr("Price"),
            "free": self.tr("Available"),  # short: the column is as wide as its title
        }
        return titles[self.COLUMNS[section]]

    def set_rows(self, rows: list[StockedPiece], currency: str = "") -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.currency = currency
        self.endResetModel()

    def row_piece(self, row: int):
        return self._rows[row].piece if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._free(self._rows[index.row()]) > 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _free(self, row: StockedPiece) -> int:
        if row.free is None:
            return row.on_hand
        return row.free + (1 if row.piece.id in self.held else 0)

    def data(self, index: QModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        piece = row.piece
        column = self.COLUMNS[index.column()]
        if role == Role.CheckStateRole and column == "piece":
            return Qt.CheckState.Checked if piece.id in self.chosen else Qt.CheckState.Unchecked
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            if column == "piece":
                return piece_name(piece)
            if column == "collection":
                return piece.collection
            if column == "stone":
                return piece.main_stone or "—"
            if column == "metal":
                return piece.metal
            if column == "price":
                # As the profile writes money: "CN¥68,100", "¥68,100" in Chinese.
                return money_text(piece.price, self.currency, interface_lang())
            if column == "free":
                return self.tr("{free} of {on_hand}").format(
                    free=self._free(row), on_hand=row.on_hand
                )
        if role == Role.ToolTipRole:  # the whole piece, whatever the table has room to show
            name = piece_name(piece)
            facts = " · ".join(f for f in (piece.collection, piece.main_stone, piece.metal) if f)
            return "\n".join(
                t for t in (f"{name} ({piece.sku})" if piece.sku else name, facts) if t
            )
        if role == Role.TextAlignmentRole and column in ("price", "free"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return str(piece.id)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.CheckStateRole or index.column() != 0:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        piece = self._rows[index.row()].piece
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        if checked:
            self.chosen[piece.id] = piece
        else:
            self.chosen.pop(piece.id, None)
        self.dataChanged.emit(index, index, [Role.CheckStateRole])
        return True


class ChecklistModel(QAbstractListModel):
    """The preparation checklist; items can be ticked when `tickable`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ChecklistItemRecord] = []
        self._done: dict[uuid.UUID, bool] = {}
        self.tickable = False

    def set_items(self, items: list[Any], tickable: bool) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._done = {i.id: bool(i.done) for i in items}
        self.tickable = tickable
        self.endResetModel()

    def item(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def is_done(self, row: int) -> bool:
        item = self.item(row)
        return bool(item and self._done.get(item.id))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if self.tickable else base

    def data(self, index: QModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return item.text
        if role == Role.CheckStateRole:  # shown either way: what was prepared stays visible
            return Qt.CheckState.Checked if self._done.get(item.id) else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return str(item.id)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.CheckStateRole or not self.tickable:
            return False
        item = self._items[index.row()]
        self._done[item.id] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Role.CheckStateRole])
        return True
