"""The appointment editor: who, what, when and where; the pieces pulled from stock
and reserved for the slot; the preparation checklist; the status flow and outcome;
the .ics export and the confidential brief. Each card is a section widget of this
package; the editor lays them out and makes the writes.

A new appointment is booked in one write (`desk.appointments.create`, which refuses
double bookings and reserves the pieces); an open one is changed in one write
(`desk.appointments.amend`: time, advisor, room, second advisor, client, kind, notes,
and pieces added or released) and moved along its status flow. A closed one is
shown as it was."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.vocab import APPOINTMENT_FLOW, AppointmentStatus
from jeweldesk.services.files import write_atomically
from jeweldesk.ui.appointment.common import (
    EDITOR_SIZE,
    TWO_COLUMNS_FROM,
    chosen_id,
    fitted,
    select,
)
from jeweldesk.ui.appointment.details import DetailsCard
from jeweldesk.ui.appointment.flow import FlowCard
from jeweldesk.ui.appointment.loading import Loaded, collections, load, title_for
from jeweldesk.ui.appointment.preparation import PreparationCard
from jeweldesk.ui.appointment.stock import StockCard
from jeweldesk.ui.calendar.data import Refused, Whereabouts, submit
from jeweldesk.ui.calendar.words import kind_label, status_label

# Statuses in which the appointment's details, time and pieces can still change.
MOVABLE = (AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED)


class AppointmentEditor(QDialog):
    """`sig_saved(message)` after any write; `sig_loaded` once an open appointment is
    shown; `sig_refused(reason)` when the services refuse a write."""

    sig_saved = Signal(str)
    sig_loaded = Signal()
    sig_refused = Signal(str)
    sig_stock_shown = Signal()

    def __init__(
        self,
        runner,
        where: Whereabouts,
        *,
        appointment_id: uuid.UUID | None = None,
        preset: dict | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentEditor")
        self.runner = runner
        self.where = where
        self.zone = ZoneInfo(where.zone)
        self.appointment_id = appointment_id
        self.loaded: Loaded | None = None
        self.setWindowTitle(
            self.tr("New appointment") if appointment_id is None else self.tr("Appointment")
        )
        self.resize(fitted(self, QSize(*EDITOR_SIZE)))

        self._build()
        if appointment_id is None:
            self.details.apply_preset(preset or {})
            self.runner.read(collections, self.stock_card.fill_collections)
            self.search_stock()
        else:
            self.reload()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        booked = self.appointment_id is not None
        self.details = DetailsCard(self.runner, self.where)
        self.flow_card = FlowCard()
        self.flow_card.setVisible(booked)
        self.flow_card.sig_status.connect(self.set_status)
        self.flow_card.outcome_button.clicked.connect(self.record_outcome)
        self.stock_card = StockCard(self.runner, self.where, self.times)
        self.stock_card.sig_stock_shown.connect(self.sig_stock_shown)
        self.preparation = PreparationCard(booked=booked)
        self.preparation.checklist_model.dataChanged.connect(self._ticked)
        self._expose()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_content(booked), 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("editorError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        error_row = QHBoxLayout()
        error_row.setContentsMargins(24, 0, 24, 0)
        error_row.addWidget(self.error_label)
        layout.addLayout(error_row)
        layout.addLayout(self._build_buttons(booked))
        self.stock_card.show_chosen()

    def _expose(self) -> None:
        """The sections' fields under the names the editor has always had (the calendar
        screen and the tests reach them here)."""
        d, f, s, p = self.details, self.flow_card, self.stock_card, self.preparation
        self.client_search, self.client_results = d.client_search, d.client_results
        self.client_model, self.client_chosen = d.client_model, d.client_chosen
        self._search_timer = d.search_timer
        self.kind_box, self.advisor_box = d.kind_box, d.advisor_box
        self.second_box, self.room_box = d.second_box, d.room_box
        self.date_edit, self.start_edit, self.end_edit = d.date_edit, d.start_edit, d.end_edit
        self.notes_edit, self.closed_hint = d.notes_edit, d.closed_hint
        self.flow_buttons = f.flow_buttons
        self.outcome_box, self.outcome_note = f.outcome_box, f.outcome_note
        self.outcome_button = f.outcome_button
        self.collection_box, self.stone_edit = s.collection_box, s.stone_edit
        self.metal_edit, self.price_edit = s.metal_edit, s.price_edit
        self.stock_button, self.stock_filters = s.stock_button, s.stock_filters
        self.stock_model, self.stock_table = s.stock_model, s.stock_table
        self.chosen_label = s.chosen_label
        self.checklist_model, self.checklist_view = p.checklist_model, p.checklist_view
        self.checklist_hint = p.checklist_hint

    def _build_content(self, booked: bool) -> QScrollArea:
        self.heading = QLabel(self.windowTitle())
        self.heading.setObjectName("editorHeading")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.status_chip.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        content = QWidget()
        content.setObjectName("editorContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(24, 20, 24, 12)
        content_layout.setSpacing(14)
        content_layout.addLayout(top)
        content_layout.addLayout(self._build_columns(booked), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        return scroll

    def _build_columns(self, booked: bool) -> QBoxLayout:
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.details)
        left.addWidget(self.flow_card)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.stock_card, 3)
        right.addWidget(self.preparation, 2 if booked else 0)
        right.addStretch(0 if booked else 1)
        self.right = right
        # Side by side on a desktop (the stock a little wider: it is a table); one
        # above the other on a tablet, where side by side the table would be cramped.
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(16)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        self.columns = columns
        return columns

    def _build_buttons(self, booked: bool) -> QHBoxLayout:
        self.ics_button = QPushButton(self.tr("Export .ics…"))
        self.ics_button.clicked.connect(self.export_ics)
        self.brief_button = QPushButton(self.tr("Issue brief…"))
        self.brief_button.clicked.connect(self.issue_brief)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save changes") if booked else self.tr("Book"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for b in (self.ics_button, self.brief_button):
            b.setVisible(booked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 8, 24, 16)
        buttons.setSpacing(10)  # else it takes the dialog layout's 0: the buttons touched
        buttons.addWidget(self.ics_button)
        buttons.addWidget(self.brief_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        return buttons

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= TWO_COLUMNS_FROM
            else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # --- the sections' state, where it has always been -----------------------------------

    @property
    def client_id(self) -> uuid.UUID | None:
        return self.details.client_id

    @client_id.setter
    def client_id(self, value: uuid.UUID | None) -> None:
        self.details.client_id = value

    @property
    def status_buttons(self) -> dict[str, QPushButton]:
        return self.flow_card.status_buttons

    @staticmethod
    def _select(box: QComboBox, value: Any) -> None:
        select(box, value)

    @staticmethod
    def _id(box: QComboBox) -> uuid.UUID | None:
        return chosen_id(box)

    def set_times(self, start: dt.datetime, end: dt.datetime) -> None:
        self.details.set_times(start, end)

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        """The start and end in the store's zone, as the fields show them."""
        return self.details.times()

    def search_clients(self) -> None:
        self.details.search_clients()

    def choose_client(self, client: Any) -> None:
        self.details.choose_client(client)

    def search_stock(self) -> None:
        self.stock_card.search_stock()

    # --- an open appointment -------------------------------------------------------------

    def reload(self) -> None:
        appointment_id = self.appointment_id
        self.runner.read(lambda desk: load(desk, appointment_id), self._show_loaded)

    def _show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        a = loaded.appointment
        self._show_status(a)
        movable = a.status in MOVABLE
        self.details.show_appointment(a, loaded.client, movable=movable)
        self.save_button.setVisible(movable)
        still_open = (
            a.status in APPOINTMENT_FLOW
            and bool(APPOINTMENT_FLOW[a.status])
            and a.status is not AppointmentStatus.COMPLETED
        )
        self.flow_card.fill_flow(a.status if still_open else None)
        # The outcome can be revised while the appointment is open and recorded once
        # on completion; a cancelled or no-show appointment has none to record.
        unrecorded = a.status is AppointmentStatus.COMPLETED and not (a.outcome or a.outcome_note)
        self.flow_card.show_outcome(a, editable=movable or unrecorded)
        self._show_pieces(loaded, movable)
        self.preparation.show_items(list(loaded.checklist), loaded.tickable)
        self.sig_loaded.emit()

    def _show_status(self, a: Any) -> None:
        self.heading.setText(a.title or kind_label(a.kind))
        self.status_chip.setText(status_label(a.status))
        self.status_chip.setProperty("status", a.status.value)
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self.status_chip.show()

    def _show_pieces(self, loaded: Loaded, movable: bool) -> None:
        self.stock_card.show_held(loaded.pieces, movable=movable)
        if movable:
            if self.collection_box.count() == 1:
                self.runner.read(collections, self.stock_card.fill_collections)
            self.search_stock()
        else:
            self.right.setStretch(0, 0)
            self.right.setStretch(1, 1)
            self.stock_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.stock_card.show_chosen()

    def _ticked(self, top_left: QModelIndex, _bottom_right: QModelIndex, roles=()) -> None:
        if self.loaded is None or not self.loaded.tickable:
            return
        item = self.checklist_model.item(top_left.row())
        done = self.checklist_model.is_done(top_left.row())
        submit(
            self.runner, lambda desk: desk.appointments.tick(item.id, done), self._after_write("")
        )

    # --- writes --------------------------------------------------------------------------

    def _after_write(self, message: str, *, close: bool = False) -> Callable[[Any], None]:
        def done(result) -> None:
            if isinstance(result, Refused):
                self.show_error(result.message)
                return
            self.error_label.hide()
            self.sig_saved.emit(message)
            if close:
                self.accept()
            elif self.appointment_id is not None:
                self.reload()

        return done

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.sig_refused.emit(message)

    def save(self) -> None:
        start, end = self.times()
        advisor = self._id(self.advisor_box)
        room = self._id(self.room_box)
        if self.appointment_id is not None:
            self._save_changes(start, end, advisor, room)
            return
        if self.client_id is None and self.client_search.text().strip():
            self.details.pick_first_client()
        kind = self.kind_box.currentData()
        client_id = self.client_id
        second = self._id(self.second_box)
        notes = self.notes_edit.toPlainText()
        pieces = list(self.stock_model.chosen)

        def book(desk):
            return desk.appointments.create(
                kind=kind,
                starts_at=start,
                ends_at=end,
                client_id=client_id,
                advisor_id=advisor,
                second_advisor_id=second,
                room_id=room,
                title=title_for(desk, kind, client_id),
                notes=notes,
                pieces=pieces,
            )

        def booked(result) -> None:
            if not isinstance(result, Refused):
                self.appointment_id = result.value.id
            self._after_write(self.tr("Appointment booked"), close=True)(result)

        submit(self.runner, book, booked)

    def _changed_fields(
        self, start: dt.datetime, end: dt.datetime, advisor, room
    ) -> dict[str, Any]:
        """What differs on the open appointment from what the fields show."""
        assert self.loaded is not None
        a = self.loaded.appointment
        fields: dict[str, Any] = {}
        if start != a.starts_at or end != a.ends_at:
            fields.update(starts_at=start, ends_at=end)
        if advisor != a.advisor_id:
            fields["advisor_id"] = advisor
        if room != a.room_id:
            fields["room_id"] = room
        second = self._id(self.second_box)
        if second != a.second_advisor_id:
            fields["second_advisor_id"] = second
        kind = self.kind_box.currentData()
        if kind != a.kind.value:
            fields["kind"] = kind
        if self.client_id != a.client_id:
            fields["client_id"] = self.client_id
        notes = self.notes_edit.toPlainText().strip()
        if notes != (a.notes or ""):
            fields["notes"] = notes
        chosen, held = set(self.stock_model.chosen), set(self.loaded.pieces)
        if chosen - held:
            fields["add_pieces"] = [p for p in self.stock_model.chosen if p not in held]
        if held - chosen:
            fields["remove_pieces"] = [p for p in self.loaded.pieces if p not in chosen]
        return fields

    def _save_changes(self, start: dt.datetime, end: dt.datetime, advisor, room) -> None:
        """Everything changed on an open appointment, in one write."""
        if self.loaded is None:
            return
        fields = self._changed_fields(start, end, advisor, room)
        a = self.loaded.appointment
        moved = "starts_at" in fields or "advisor_id" in fields or "room_id" in fields
        appointment_id = self.appointment_id
        old_kind, old_client, old_title = a.kind.value, a.client_id, a.title

        def change(desk):
            if ("kind" in fields or "client_id" in fields) and old_title == title_for(
                desk, old_kind, old_client
            ):
                # The title was the one booking gave it: it follows the new kind or client.
                fields["title"] = title_for(
                    desk, fields.get("kind", old_kind), fields.get("client_id", old_client)
                )
            return desk.appointments.amend(appointment_id, **fields) if fields else None

        message = self.tr("Appointment moved") if moved else self.tr("Appointment saved")
        submit(self.runner, change, self._after_write(message, close=True))

    @classmethod
    def ask_cancel_reason(cls, parent: QWidget) -> str | None:
        """The reason for cancelling, or None to keep the appointment. Tests replace this."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Dialogs", "Cancel appointment"),
            QCoreApplication.translate("Dialogs", "Reason (optional):"),
        )
        return text if ok else None

    def set_status(self, status: AppointmentStatus) -> None:
        appointment_id = self.appointment_id
        if status is AppointmentStatus.CANCELLED:
            reason = type(self).ask_cancel_reason(self)
            if reason is None:
                return
            submit(
                self.runner,
                lambda desk: desk.appointments.cancel(appointment_id, reason),
                self._after_write(self.tr("Appointment cancelled")),
            )
            return
        submit(
            self.runner,
            lambda desk: desk.appointments.set_status(appointment_id, status),
            self._after_write(self.tr("Status: {status}").format(status=status_label(status))),
        )

    def record_outcome(self) -> None:
        appointment_id = self.appointment_id
        outcome, note = self.flow_card.outcome()
        submit(
            self.runner,
            lambda desk: desk.appointments.record_outcome(appointment_id, outcome, note),
            self._after_write(self.tr("Outcome recorded")),
        )

    # --- out of the app ------------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str, file_filter: str) -> str | None:
        """Where to save; None when the advisor changes their mind. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Dialogs", "Save as"), suggested, file_filter
        )
        return path or None

    def export_ics(self) -> None:
        from jeweldesk.services.ics import appointment_ics, ics_filename

        if self.loaded is None:
            return
        appointment_id = self.appointment_id
        suggested = str(Path.home() / ics_filename(self.loaded.appointment, self.where.zone))
        path = type(self).ask_path(self, suggested, self.tr("Calendar files (*.ics)"))
        if not path:
            return

        def write(data: bytes) -> None:
            try:
                write_atomically(path, data)
            except OSError as exc:
                self.show_error(
                    self.tr("Could not save {path}: {reason}").format(
                        path=path, reason=exc.strerror
                    )
                )
                return
            self.sig_saved.emit(self.tr("Saved {name}").format(name=Path(path).name))

        self.runner.read(lambda desk: appointment_ics(desk, appointment_id), write)

    def issue_brief(self) -> None:
        """Issue the confidential brief (a new numbered document) and preview it."""
        appointment_id = self.appointment_id

        def show(result) -> None:
            if isinstance(result, Refused):
                self.show_error(result.message)
                return
            from jeweldesk.ui.documents_dialog import show_issued

            self.brief_dialog = show_issued(self, result.value)

        submit(self.runner, lambda desk: desk.documents.appointment_brief(appointment_id), show)
