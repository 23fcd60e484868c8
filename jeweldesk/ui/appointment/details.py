"""The appointment's details card: the client (searched as the advisor types), kind,
advisor and second advisor, room, day and times in the store's zone, and notes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.timezones import in_store_time
from jeweldesk.domain.vocab import AppointmentKind
from jeweldesk.ui.appointment.common import (
    SEARCH_DELAY_MS,
    TIME_FIELD_WIDTH,
    Card,
    client_text,
    narrow,
    select,
)
from jeweldesk.ui.calendar.data import Whereabouts
from jeweldesk.ui.calendar.models import ClientResultsModel
from jeweldesk.ui.calendar.words import kind_label
from jeweldesk.ui.widgets.dates import interface_lang

translate = QCoreApplication.translate


class DetailsCard(Card):
    """Who, what, when and where. `client_id` is the client chosen (None for none)."""

    def __init__(self, runner: Any, where: Whereabouts, parent: QWidget | None = None) -> None:
        super().__init__(translate("AppointmentEditor", "Appointment"), "details", parent)
        self.runner = runner
        self.where = where
        self.zone = ZoneInfo(where.zone)
        self.client_id: uuid.UUID | None = None
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(translate("AppointmentEditor", "Client"), self._build_client())
        self._build_people(form)
        form.addRow(translate("AppointmentEditor", "When"), self._build_when())
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("appointmentNotes")
        self.notes_edit.setPlaceholderText(
            translate(
                "AppointmentEditor",
                "Internal notes: never printed on the client's copy or exported",
            )
        )
        self.notes_edit.setFixedHeight(80)
        form.addRow(translate("AppointmentEditor", "Notes"), self.notes_edit)
        self.body.addLayout(form)
        self.closed_hint = QLabel(
            translate(
                "AppointmentEditor",
                "This appointment is closed: it is kept as it was and can no longer be changed.",
            )
        )
        self.closed_hint.setObjectName("fieldHint")
        self.closed_hint.setWordWrap(True)
        self.closed_hint.hide()
        self.body.addWidget(self.closed_hint)
        for box in (self.kind_box, self.advisor_box, self.second_box, self.room_box):
            narrow(box)

    # --- building ------------------------------------------------------------------------

    def _build_client(self) -> QVBoxLayout:
        self.client_search = QLineEdit()
        self.client_search.setObjectName("clientSearch")
        self.client_search.setPlaceholderText(
            translate("AppointmentEditor", "Search name, 拼音, phone…")
        )
        self.client_search.setClearButtonEnabled(True)
        self.client_search.setAccessibleName(translate("AppointmentEditor", "Client"))
        self.client_results = QListView()
        self.client_results.setObjectName("clientResults")
        self.client_model = ClientResultsModel(self)
        self.client_results.setModel(self.client_model)
        self.client_results.setMaximumHeight(190)
        self.client_results.hide()
        self.client_results.clicked.connect(self._choose_client)
        self.client_results.activated.connect(self._choose_client)
        self.client_chosen = QLabel(translate("AppointmentEditor", "No client chosen"))
        self.client_chosen.setObjectName("clientChosen")
        client_box = QVBoxLayout()
        client_box.setSpacing(6)
        client_box.addWidget(self.client_search)
        client_box.addWidget(self.client_results)
        from jeweldesk.ui.photos.face import Face

        self.client_face = Face(36)
        self.client_face.hide()
        chosen_row = QHBoxLayout()
        chosen_row.setSpacing(10)
        chosen_row.addWidget(self.client_face)
        chosen_row.addWidget(self.client_chosen, 1)
        client_box.addLayout(chosen_row)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search_clients)
        self.client_search.textChanged.connect(lambda _t: self.search_timer.start())
        self.client_search.returnPressed.connect(self.pick_first_client)
        return client_box

    def _build_people(self, form: QFormLayout) -> None:
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        for kind in AppointmentKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        form.addRow(translate("AppointmentEditor", "Type"), self.kind_box)
        self.advisor_box = QComboBox()
        self.second_box = QComboBox()
        self.second_box.addItem(translate("AppointmentEditor", "None"), None)
        for person in sorted(self.where.staff, key=lambda p: p.name):
            text = f"{person.name}  {person.name_local}".strip()
            self.advisor_box.addItem(text, str(person.id))
            self.second_box.addItem(text, str(person.id))
        form.addRow(translate("AppointmentEditor", "Advisor"), self.advisor_box)
        form.addRow(translate("AppointmentEditor", "Second advisor"), self.second_box)
        self.room_box = QComboBox()
        self.room_box.addItem(translate("AppointmentEditor", "No room"), None)
        for room in self.where.rooms:
            self.room_box.addItem(f"{room.name}  {room.name_local}".strip(), str(room.id))
        form.addRow(translate("AppointmentEditor", "Room or salon"), self.room_box)

    def _build_when(self) -> QVBoxLayout:
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        chinese = interface_lang().startswith("zh")  # "周一 30 11月 2026" otherwise
        self.date_edit.setDisplayFormat("yyyy年M月d日 ddd" if chinese else "ddd d MMM yyyy")
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat("HH:mm")
        self.end_edit = QTimeEdit()
        self.end_edit.setDisplayFormat("HH:mm")
        # The day above the times: on one line they would make the form too wide to
        # leave the stock beside it room.
        self.start_edit.setMinimumWidth(TIME_FIELD_WIDTH)
        self.end_edit.setMinimumWidth(TIME_FIELD_WIDTH)
        times = QHBoxLayout()
        times.setSpacing(8)
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        zone_label = QLabel(self.where.zone)
        zone_label.setObjectName("fieldHint")
        times.addWidget(zone_label)
        times.addStretch(1)
        when = QVBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.date_edit)
        when.addLayout(times)
        return when

    # --- the times ---------------------------------------------------------------------

    def set_times(self, start: dt.datetime, end: dt.datetime) -> None:
        start = in_store_time(start, self.where.zone)
        end = in_store_time(end, self.where.zone)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        """The start and end in the store's zone, as the fields show them."""
        d = self.date_edit.date()
        day = dt.date(d.year(), d.month(), d.day())
        s, e = self.start_edit.time(), self.end_edit.time()
        start = dt.datetime.combine(day, dt.time(s.hour(), s.minute()), self.zone)
        end = dt.datetime.combine(day, dt.time(e.hour(), e.minute()), self.zone)
        return start, end

    def apply_preset(self, preset: dict) -> None:
        """A new appointment's slot, advisor, room and kind (the next hour by default)."""
        start: dt.datetime = preset.get("start") or dt.datetime.now(self.zone).replace(
            minute=0, second=0, microsecond=0
        ) + dt.timedelta(hours=1)
        end: dt.datetime = preset.get("end") or start + dt.timedelta(hours=1)
        self.set_times(start, end)
        select(self.advisor_box, preset.get("advisor_id"))
        select(self.room_box, preset.get("room_id"))
        if preset.get("kind"):
            select(self.kind_box, AppointmentKind(preset["kind"]).value)

    # --- the client --------------------------------------------------------------------

    def search_clients(self) -> None:
        text = self.client_search.text().strip()
        if not text:
            self.client_model.set_clients([])
            self.client_results.hide()
            return
        self.runner.read(
            lambda desk: desk.clients.search(text, limit=8),
            lambda found: self._show_clients(text, found),
        )

    def _show_clients(self, text: str, found: list) -> None:
        if text != self.client_search.text().strip():
            return
        self.client_model.set_clients(found)
        self.client_results.setVisible(bool(found))

    def pick_first_client(self) -> None:
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.search_clients()
        if self.client_model.rowCount() > 0:
            self._choose_client(self.client_model.index(0, 0))

    def _choose_client(self, index: QModelIndex) -> None:
        client = self.client_model.client(index.row())
        if client is not None:
            self.choose_client(client)

    def choose_client(self, client: Any) -> None:
        self.client_id = client.id
        self.client_chosen.setText(client_text(client))
        self._show_face(client)
        self.client_chosen.setProperty("chosen", True)
        self.client_results.hide()
        self.client_search.blockSignals(True)
        self.client_search.clear()
        self.client_search.blockSignals(False)

    def _show_face(self, client: Any) -> None:
        """The client's portrait beside their name, once read (initials meanwhile)."""
        from jeweldesk.ui.photos.pixmaps import monogram

        letters = monogram(
            str(getattr(client, "display_name", "") or ""),
            str(getattr(client, "name_local", "") or ""),
        )
        self.client_face.show_face(None, letters)
        self.client_face.show()
        client_id = client.id
        read = getattr(self.runner, "read", None)
        if read is None:
            return

        def show(path) -> None:
            if self.client_id == client_id:
                self.client_face.show_face(path, letters)

        read(
            lambda desk: (
                desk.photos.thumbnail_path(desk.photos.portrait(client_id))
                if desk is not None and hasattr(desk, "photos")
                else None
            ),
            show,
        )

    # --- an open appointment -----------------------------------------------------------

    def show_appointment(self, a: Any, client: Any | None, *, movable: bool) -> None:
        """Fill the fields from appointment `a`; only a movable one can be changed."""
        if client is not None:
            self.choose_client(client)
        else:
            self.client_id = None
            self.client_chosen.setText(translate("AppointmentEditor", "No client"))
            self.client_face.hide()
        select(self.kind_box, a.kind.value)
        select(self.advisor_box, a.advisor_id)
        select(self.second_box, a.second_advisor_id)
        select(self.room_box, a.room_id)
        self.set_times(a.starts_at, a.ends_at)
        self.notes_edit.setPlainText(a.notes or "")
        # An open appointment is changed in place; a closed one is kept as it was.
        self.client_search.setVisible(movable)
        self.client_search.setPlaceholderText(
            translate("AppointmentEditor", "Search to change the client…")
        )
        for w in (self.kind_box, self.second_box, self.notes_edit, self.advisor_box, self.room_box):
            w.setEnabled(movable)
        for w in (self.date_edit, self.start_edit, self.end_edit):
            w.setEnabled(movable)
        self.closed_hint.setVisible(not movable)
