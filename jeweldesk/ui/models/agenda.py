"""`AgendaModel`: today's and tomorrow's appointments, under a heading for each day."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)

from jeweldesk.ui.widgets.dates import day_text, short_date, time_text

ROW_HEIGHT = 56
HEADING_HEIGHT = 36


KIND_NAMES = {
    "private_viewing": QT_TRANSLATE_NOOP("Vocabulary", "Private viewing"),
    "bridal": QT_TRANSLATE_NOOP("Vocabulary", "Bridal consultation"),
    "bespoke": QT_TRANSLATE_NOOP("Vocabulary", "Bespoke"),
    "launch_preview": QT_TRANSLATE_NOOP("Vocabulary", "Launch preview"),
    "cleaning": QT_TRANSLATE_NOOP("Vocabulary", "Cleaning"),
    "repair": QT_TRANSLATE_NOOP("Vocabulary", "Repair"),
    "virtual": QT_TRANSLATE_NOOP("Vocabulary", "Virtual consultation"),
    "workshop": QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    "event": QT_TRANSLATE_NOOP("Vocabulary", "Event"),
}


def appointment_kind_label(value: object) -> str:
    text = KIND_NAMES.get(str(value))
    if text is None:
        return str(value or "").replace("_", " ").capitalize()
    return QCoreApplication.translate("Vocabulary", text)


@dataclass(frozen=True)
class AgendaEntry:
    """One appointment as Today lists it; `starts` and `ends` in the store's zone."""

    appointment_id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    starts: dt.datetime
    ends: dt.datetime
    room: str
    kind: str
    status: str


class AgendaRoles(IntEnum):
    CLIENT_ID = Qt.ItemDataRole.UserRole + 1
    IS_HEADING = Qt.ItemDataRole.UserRole + 2
    TIME = Qt.ItemDataRole.UserRole + 3
    DETAIL = Qt.ItemDataRole.UserRole + 4  # room · kind


class AgendaModel(QAbstractListModel):
    """Two days of appointments; a heading row per day (not selectable) and a line
    saying so when a day is free."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaEntry | str] = []
        self._lang = "en"

    def show_days(self, entries: list[AgendaEntry], today: dt.date, lang: str) -> None:
        self._lang = lang
        rows: list[AgendaEntry | str] = []
        for day in (today, today + dt.timedelta(days=1)):
            rows.append(f"{day_text(day, today, lang)} · {short_date(day, lang)}")
            todays = [e for e in entries if e.starts.date() == day]
            rows.extend(todays or [""])  # "" stands for "no appointments"
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entry(self, row: int) -> AgendaEntry | None:
        value = self._rows[row]
        return value if isinstance(value, AgendaEntry) else None

    def entries(self) -> list[AgendaEntry]:
        return [r for r in self._rows if isinstance(r, AgendaEntry)]

    # --- Qt --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], AgendaEntry):
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if isinstance(value, str):
            text = value or self.tr("No appointments")
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return text
            if role == AgendaRoles.IS_HEADING:
                return bool(value)
            if role == Qt.ItemDataRole.SizeHintRole:
                return QSize(0, HEADING_HEIGHT)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return value.client_name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self._time(value)}  {value.client_name}\n{self._detail(value)}"
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        if role == AgendaRoles.CLIENT_ID:
            return value.client_id.hex if value.client_id else ""
        if role == AgendaRoles.IS_HEADING:
            return False
        if role == AgendaRoles.TIME:
            return self._time(value)
        if role == AgendaRoles.DETAIL:
            return self._detail(value)
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update(
            {
                AgendaRoles.CLIENT_ID: b"clientId",
                AgendaRoles.IS_HEADING: b"isHeading",
                AgendaRoles.TIME: b"time",
                AgendaRoles.DETAIL: b"detail",
            }
        )
        return names

    def _time(self, e: AgendaEntry) -> str:
        return f"{time_text(e.starts, self._lang)}–{time_text(e.ends, self._lang)}"

    def _detail(self, e: AgendaEntry) -> str:
        room = e.room or self.tr("No room")
        return f"{room} · {appointment_kind_label(e.kind)}"
