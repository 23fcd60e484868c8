"""`ClientListModel`: the advisor's book, or search results, as rows of a list."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)

from jeweldesk.domain.timezones import in_store_time
from jeweldesk.ui.labels import segment_label

if TYPE_CHECKING:
    from jeweldesk.services.book_rows import BookRow, ClientSummary

ROW_HEIGHT = 64  # two lines of text; well above the 44 px touch target


class ClientRoles(IntEnum):
    CLIENT_ID = Qt.ItemDataRole.UserRole + 1
    NAME_LOCAL = Qt.ItemDataRole.UserRole + 2
    DETAIL = Qt.ItemDataRole.UserRole + 3
    SEGMENT = Qt.ItemDataRole.UserRole + 4
    NEXT_APPOINTMENT = Qt.ItemDataRole.UserRole + 5  # short text, "" when none
    PORTRAIT = Qt.ItemDataRole.UserRole + 6  # the portrait thumbnail's path, "" when none


@dataclass(frozen=True)
class ClientListRow:
    summary: ClientSummary
    next_appointment: dt.datetime | None = None
    last_contact: dt.datetime | None = None

    @classmethod
    def from_book(cls, row: BookRow) -> ClientListRow:
        return cls(row.summary, row.next_appointment, row.last_contact)


class ClientListModel(QAbstractListModel):
    """Rows of clients. `show_book` and `show_results` replace them all: both lists
    are short (a book holds 30–50, search returns at most 50)."""

    PORTRAIT_ROLE = ClientRoles.PORTRAIT

    def __init__(self, timezone: str = "UTC", parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ClientListRow] = []
        self._timezone = timezone  # the store's: appointments are shown in its time
        # Portrait thumbnails by client, read after the rows (`set_portraits`).
        self._portraits: dict[uuid.UUID, str] = {}

    # --- filling -------------------------------------------------------------------

    def set_timezone(self, timezone: str) -> None:
        """The store's zone, once known: the rows' times are shown in it."""
        if timezone != self._timezone:
            self._timezone = timezone
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def show_book(self, rows: list[BookRow]) -> None:
        self._replace([ClientListRow.from_book(r) for r in rows])

    def show_results(self, summaries: list[ClientSummary]) -> None:
        self._replace([ClientListRow(s) for s in summaries])

    def set_portraits(self, paths: dict[uuid.UUID, object]) -> None:
        """The clients' portrait thumbnails on this device (the rest show initials)."""
        portraits = {client: str(path) for client, path in paths.items() if path}
        if portraits == self._portraits:
            return
        self._portraits = portraits
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0), [ClientRoles.PORTRAIT]
            )

    def client_ids(self) -> list[uuid.UUID]:
        return [row.summary.id for row in self._rows]

    def _replace(self, rows: list[ClientListRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # --- reading -------------------------------------------------------------------

    def client_id(self, row: int) -> uuid.UUID:
        return self._rows[row].summary.id

    def row_of(self, client_id: uuid.UUID) -> int:
        """The row showing `client_id`, or -1."""
        for i, row in enumerate(self._rows):
            if row.summary.id == client_id:
                return i
        return -1

    # --- Qt ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        row = self._rows[index.row()]
        s = row.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return s.display_name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(
                p
                for p in (s.display_name, self._detail(row), self._appointment(row, long=True))
                if p
            )
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        if role == ClientRoles.CLIENT_ID:
            return s.id.hex
        if role == ClientRoles.NAME_LOCAL:
            return s.name_local
        if role == ClientRoles.DETAIL:
            return self._detail(row)
        if role == ClientRoles.SEGMENT:
            return s.segment
        if role == ClientRoles.NEXT_APPOINTMENT:
            return self._appointment(row)
        if role == ClientRoles.PORTRAIT:
            return self._portraits.get(s.id, "")
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update(
            {
                ClientRoles.CLIENT_ID: b"clientId",
                ClientRoles.NAME_LOCAL: b"nameLocal",
                ClientRoles.DETAIL: b"detail",
                ClientRoles.SEGMENT: b"segment",
                ClientRoles.NEXT_APPOINTMENT: b"nextAppointment",
                ClientRoles.PORTRAIT: b"portrait",
            }
        )
        return names

    def _detail(self, row: ClientListRow) -> str:
        s = row.summary
        parts = [s.phone or s.email, segment_label(s.segment), s.home_store_code]
        return "  ·  ".join(p for p in parts if p)

    def _appointment(self, row: ClientListRow, *, long: bool = False) -> str:
        if row.next_appointment is None:
            return ""
        when = in_store_time(row.next_appointment, self._timezone)
        # In the interface's language (install_translator sets the default locale).
        locale = QLocale()
        chinese = locale.language() == QLocale.Language.Chinese
        day = QDate(when.year, when.month, when.day)
        if long:
            pattern = "M月d日 ddd" if chinese else "ddd d MMM"
            return self.tr("Next appointment {date}").format(
                date=f"{locale.toString(day, pattern)} {when:%H:%M}"
            )
        return self.tr("Appt {date}").format(
            date=locale.toString(day, "M月d日" if chinese else "d MMM")
        )
