"""The appointment editor: who, what, when and where; the pieces pulled from stock
and reserved for the slot; the preparation checklist; the status flow and outcome;
the .ics export and the confidential brief.

A new appointment is booked in one write (`desk.appointments.create`, which refuses
double bookings and reserves the pieces); an open one is changed in one write
(`desk.appointments.amend`: time, advisor, room, second advisor, client, kind, notes,
and pieces added or released) and moved along its status flow. A closed one is
shown as it was."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.messages import render
from jeweldesk.domain.timezones import in_store_time
from jeweldesk.domain.vocab import (
    APPOINTMENT_FLOW,
    OPEN_APPOINTMENT,
    AppointmentKind,
    AppointmentStatus,
)
from jeweldesk.services.files import write_atomically
from jeweldesk.ui.calendar.data import Refused, Whereabouts, submit
from jeweldesk.ui.calendar.models import ChecklistModel, ClientResultsModel, StockModel
from jeweldesk.ui.calendar.stock_table import StockTable
from jeweldesk.ui.calendar.words import (
    OUTCOMES,
    kind_label,
    outcome_label,
    status_action,
    status_label,
)
from jeweldesk.ui.widgets.dates import interface_lang

SEARCH_DELAY_MS = 150
EDITOR_SIZE = (1180, 760)  # over a 1280×800 window; less on a smaller screen
TWO_COLUMNS_FROM = 1100  # px of width: narrower (a 1024×768 tablet), the cards stack
TIME_FIELD_WIDTH = 90  # "18:00" and its arrows, no wider: the form stays narrow


@dataclass(frozen=True)
class Loaded:
    """An open appointment with what the editor shows of it."""

    appointment: Any
    selections: tuple[Any, ...]
    checklist: tuple[Any, ...]
    client: Any | None  # ClientSummary
    pieces: dict[uuid.UUID, Any]  # catalogue pieces pre-selected, by id
    tickable: bool


def _load(desk, appointment_id: uuid.UUID) -> Loaded:
    appointment, selections, checklist = desk.appointments.get(appointment_id)
    client = None
    if appointment.client_id is not None:
        found = desk.clients.summaries([appointment.client_id])
        client = found[0] if found else None
    wanted = {s.piece_id for s in selections}
    pieces = {}
    if wanted:
        for stocked in desk.stock.find(in_stock_only=False, limit=100000):
            if stocked.piece.id in wanted:
                pieces[stocked.piece.id] = stocked.piece
    # A closed appointment keeps its checklist as it was: shown, no longer ticked.
    tickable = appointment.status in OPEN_APPOINTMENT
    return Loaded(appointment, tuple(selections), tuple(checklist), client, pieces, tickable)


def _title(desk, kind: str, client_id: uuid.UUID | None) -> str:
    """ "Bridal consultation: Ms Lin": the title a booking is given, in the desk's language."""
    word = render(f"word.appointment.{kind}", desk.lang)
    title = word[:1].upper() + word[1:]
    if client_id is not None:
        client = desk.clients.get(client_id)
        greeting = getattr(client, "greeting_name", "") or getattr(client, "name_local", "")
        title = f"{title}: {greeting}" if greeting else title
    return title


def _collections(desk) -> list[str]:
    return sorted({s.piece.collection for s in desk.stock.find(limit=100000) if s.piece.collection})


def client_text(client) -> str:
    """ "Gu Chengyang 顾诚洋": the display name already holds the local name when set."""
    if client.name_local and client.name_local not in client.display_name:
        return f"{client.display_name}  {client.name_local}"
    return client.display_name


def _piece_text(piece) -> str:
    """ "Cathedral Engagement Ring (BC-R-014)": pieces of one design share a name. In
    Chinese, the Chinese name (教堂订婚戒指 (BC-R-014))."""
    name = getattr(piece, "name_zh", "") if interface_lang().startswith("zh") else ""
    name = name or piece.name
    return f"{name} ({piece.sku})" if getattr(piece, "sku", "") else name


def _fitted(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, or less on a screen too small for it (a tablet's), so that the whole
    dialog is on screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - QSize(24, 24)
    return wanted.boundedTo(room)


def _card(title: str, name: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    card.setProperty("role", name)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 16, 18, 18)
    layout.setSpacing(10)
    caption = QLabel(title.upper())
    caption.setObjectName("cardTitle")
    layout.addWidget(caption)
    return card, layout


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
        self.client_id: uuid.UUID | None = None
        self.setWindowTitle(
            self.tr("New appointment") if appointment_id is None else self.tr("Appointment")
        )
        self.resize(_fitted(self, QSize(*EDITOR_SIZE)))

        self._build()
        if appointment_id is None:
            self._apply_preset(preset or {})
            self.runner.read(_collections, self._fill_collections)
            self.search_stock()
        else:
            self.reload()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
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

        # Who, what, when, where.
        details, details_layout = _card(self.tr("Appointment"), "details")
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.client_search = QLineEdit()
        self.client_search.setObjectName("clientSearch")
        self.client_search.setPlaceholderText(self.tr("Search name, 拼音, phone…"))
        self.client_search.setClearButtonEnabled(True)
        self.client_search.setAccessibleName(self.tr("Client"))
        self.client_results = QListView()
        self.client_results.setObjectName("clientResults")
        self.client_model = ClientResultsModel(self)
        self.client_results.setModel(self.client_model)
        self.client_results.setMaximumHeight(190)
        self.client_results.hide()
        self.client_results.clicked.connect(self._choose_client)
        self.client_results.activated.connect(self._choose_client)
        self.client_chosen = QLabel(self.tr("No client chosen"))
        self.client_chosen.setObjectName("clientChosen")
        client_box = QVBoxLayout()
        client_box.setSpacing(6)
        client_box.addWidget(self.client_search)
        client_box.addWidget(self.client_results)
        client_box.addWidget(self.client_chosen)
        form.addRow(self.tr("Client"), client_box)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_clients)
        self.client_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.client_search.returnPressed.connect(self._pick_first_client)

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        for kind in AppointmentKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        form.addRow(self.tr("Type"), self.kind_box)

        self.advisor_box = QComboBox()
        self.second_box = QComboBox()
        self.second_box.addItem(self.tr("None"), None)
        for person in sorted(self.where.staff, key=lambda p: p.name):
            text = f"{person.name}  {person.name_local}".strip()
            self.advisor_box.addItem(text, str(person.id))
            self.second_box.addItem(text, str(person.id))
        form.addRow(self.tr("Advisor"), self.advisor_box)
        form.addRow(self.tr("Second advisor"), self.second_box)

        self.room_box = QComboBox()
        self.room_box.addItem(self.tr("No room"), None)
        for room in self.where.rooms:
            self.room_box.addItem(f"{room.name}  {room.name_local}".strip(), str(room.id))
        form.addRow(self.tr("Room or salon"), self.room_box)

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
        form.addRow(self.tr("When"), when)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("appointmentNotes")
        self.notes_edit.setPlaceholderText(
            self.tr("Internal notes: never printed on the client's copy or exported")
        )
        self.notes_edit.setFixedHeight(80)
        form.addRow(self.tr("Notes"), self.notes_edit)
        details_layout.addLayout(form)
        self.closed_hint = QLabel(
            self.tr(
                "This appointment is closed: it is kept as it was and can no longer be changed."
            )
        )
        self.closed_hint.setObjectName("fieldHint")
        self.closed_hint.setWordWrap(True)
        self.closed_hint.hide()
        details_layout.addWidget(self.closed_hint)

        # Status flow and outcome (open appointments).
        self.flow_card, flow_layout = _card(self.tr("Status and outcome"), "flow")
        self.flow_buttons = QHBoxLayout()
        self.flow_buttons.setSpacing(8)
        flow_layout.addLayout(self.flow_buttons)
        outcome_row = QGridLayout()
        outcome_row.setHorizontalSpacing(8)
        outcome_row.setVerticalSpacing(8)
        self.outcome_box = QComboBox()
        self.outcome_box.setObjectName("outcomeBox")
        self.outcome_box.addItem(outcome_label(""), "")
        for value in OUTCOMES:
            self.outcome_box.addItem(outcome_label(value), value)
        self.outcome_note = QLineEdit()
        self.outcome_note.setPlaceholderText(
            self.tr("What was bought, added to the wishlist or agreed")
        )
        self.outcome_button = QPushButton(self.tr("Record outcome"))
        self.outcome_button.clicked.connect(self.record_outcome)
        # The note on a line of its own under the outcome and its button: on one line
        # with both, its prompt was cut to "What w…".
        outcome_row.addWidget(self.outcome_box, 0, 0)
        outcome_row.addWidget(self.outcome_button, 0, 1)
        outcome_row.addWidget(self.outcome_note, 1, 0, 1, 2)
        outcome_row.setColumnStretch(0, 1)
        flow_layout.addLayout(outcome_row)
        self.flow_card.setVisible(self.appointment_id is not None)

        # Pieces from stock.
        stock_card, stock_layout = _card(self.tr("Pre-selection from stock"), "stock")
        self.stock_card = stock_card
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(8)
        self.collection_box = QComboBox()
        self.collection_box.setObjectName("collectionBox")
        self.collection_box.addItem(self.tr("All collections"), "")
        self.stone_edit = QLineEdit()
        self.stone_edit.setPlaceholderText(self.tr("Stone"))
        self.metal_edit = QLineEdit()
        self.metal_edit.setPlaceholderText(self.tr("Metal"))
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(
            self.tr("Max {currency}").format(currency=self.where.store.currency)
        )
        self.stock_button = QPushButton(self.tr("Find"))
        self.stock_button.clicked.connect(self.search_stock)
        for w in (self.stone_edit, self.metal_edit, self.price_edit):
            w.returnPressed.connect(self.search_stock)
        filters.addWidget(self.collection_box, 0, 0, 1, 2)
        filters.addWidget(self.stone_edit, 0, 2, 1, 2)
        filters.addWidget(self.metal_edit, 1, 0, 1, 2)
        filters.addWidget(self.price_edit, 1, 2)
        filters.addWidget(self.stock_button, 1, 3)
        self.stock_filters = QWidget()
        self.stock_filters.setLayout(filters)
        filters.setContentsMargins(0, 0, 0, 0)
        self.stock_model = StockModel(self)
        self.stock_table = StockTable(self.stock_model)
        self.stock_table.clicked.connect(self._toggle_piece)
        self.stock_model.dataChanged.connect(lambda *_: self._show_chosen())
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("fieldHint")
        self.chosen_label.setWordWrap(True)
        stock_layout.addWidget(self.stock_filters)
        stock_layout.addWidget(self.stock_table, 1)
        stock_layout.addWidget(self.chosen_label)

        # Preparation.
        prep_card, prep_layout = _card(self.tr("Preparation"), "checklist")
        self.checklist_model = ChecklistModel(self)
        self.checklist_view = QListView()
        self.checklist_view.setObjectName("checklist")
        self.checklist_view.setModel(self.checklist_model)
        self.checklist_view.setMinimumHeight(150)
        self.checklist_view.setWordWrap(True)
        self.checklist_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist_model.dataChanged.connect(self._ticked)
        self.checklist_hint = QLabel(
            self.tr(
                "Prepared from the client's preferences when you save: room, refreshments, sizes, language."
            )
        )
        self.checklist_hint.setObjectName("fieldHint")
        self.checklist_hint.setWordWrap(True)
        prep_layout.addWidget(self.checklist_view, 1)
        prep_layout.addWidget(self.checklist_hint)
        self.checklist_view.setVisible(self.appointment_id is not None)

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(details)
        left.addWidget(self.flow_card)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(stock_card, 3)
        right.addWidget(prep_card, 2 if self.appointment_id is not None else 0)
        right.addStretch(0 if self.appointment_id is not None else 1)
        self.right = right
        # Side by side on a desktop (the stock a little wider: it is a table); one
        # above the other on a tablet, where side by side the table would be cramped.
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(16)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        self.columns = columns

        content = QWidget()
        content.setObjectName("editorContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(24, 20, 24, 12)
        content_layout.setSpacing(14)
        content_layout.addLayout(top)
        content_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.error_label = QLabel()
        self.error_label.setObjectName("editorError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.ics_button = QPushButton(self.tr("Export .ics…"))
        self.ics_button.clicked.connect(self.export_ics)
        self.brief_button = QPushButton(self.tr("Issue brief…"))
        self.brief_button.clicked.connect(self.issue_brief)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(
            self.tr("Book") if self.appointment_id is None else self.tr("Save changes")
        )
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for b in (self.ics_button, self.brief_button):
            b.setVisible(self.appointment_id is not None)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 8, 24, 16)
        buttons.setSpacing(10)  # else it takes the dialog layout's 0: the buttons touched
        buttons.addWidget(self.ics_button)
        buttons.addWidget(self.brief_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        error_row = QHBoxLayout()
        error_row.setContentsMargins(24, 0, 24, 0)
        error_row.addWidget(self.error_label)
        layout.addLayout(error_row)
        layout.addLayout(buttons)
        for box in (
            self.kind_box,
            self.advisor_box,
            self.second_box,
            self.room_box,
            self.outcome_box,
            self.collection_box,
        ):
            # A long name widens the list it opens, not the form.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
        self._show_chosen()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= TWO_COLUMNS_FROM
            else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def _apply_preset(self, preset: dict) -> None:
        start: dt.datetime = preset.get("start") or dt.datetime.now(self.zone).replace(
            minute=0, second=0, microsecond=0
        ) + dt.timedelta(hours=1)
        end: dt.datetime = preset.get("end") or start + dt.timedelta(hours=1)
        self.set_times(start, end)
        self._select(self.advisor_box, preset.get("advisor_id"))
        self._select(self.room_box, preset.get("room_id"))
        if preset.get("kind"):
            self._select(self.kind_box, AppointmentKind(preset["kind"]).value)

    @staticmethod
    def _select(box: QComboBox, value) -> None:
        # Ids are held as text: QVariant cannot compare Python UUIDs.
        index = box.findData(str(value) if isinstance(value, uuid.UUID) else value)
        if index >= 0:
            box.setCurrentIndex(index)

    @staticmethod
    def _id(box: QComboBox) -> uuid.UUID | None:
        value = box.currentData()
        return uuid.UUID(value) if value else None

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

    # --- the client ---------------------------------------------------------------------------

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

    def _pick_first_client(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.search_clients()
        if self.client_model.rowCount() > 0:
            self._choose_client(self.client_model.index(0, 0))

    def _choose_client(self, index: QModelIndex) -> None:
        client = self.client_model.client(index.row())
        if client is not None:
            self.choose_client(client)

    def choose_client(self, client) -> None:
        self.client_id = client.id
        self.client_chosen.setText(client_text(client))
        self.client_chosen.setProperty("chosen", True)
        self.client_results.hide()
        self.client_search.blockSignals(True)
        self.client_search.clear()
        self.client_search.blockSignals(False)

    # --- stock --------------------------------------------------------------------------------

    def _fill_collections(self, names: list[str]) -> None:
        for name in names:
            self.collection_box.addItem(name, name)

    def search_stock(self) -> None:
        start, end = self.times()
        if end <= start:
            end = start + dt.timedelta(hours=1)
        kw = dict(
            collection=self.collection_box.currentData() or "",
            stone=self.stone_edit.text().strip(),
            metal=self.metal_edit.text().strip(),
            max_price=self.price_edit.text().strip() or None,
            slot=(start, end),
            limit=60,
        )
        currency = self.where.store.currency
        self.runner.read(
            lambda desk: desk.stock.find(**kw), lambda rows: self._show_stock(rows, currency)
        )

    def _show_stock(self, rows: list, currency: str) -> None:
        self.stock_model.set_rows(rows, currency)
        self.sig_stock_shown.emit()

    def _toggle_piece(self, index: QModelIndex) -> None:
        # A tap anywhere on the row ticks its box: the checkbox alone is a small target.
        if index.column() == 0:
            return  # the view ticks the box itself
        first = self.stock_model.index(index.row(), 0)
        checked = first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.stock_model.setData(
            first,
            Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def _show_chosen(self) -> None:
        if self.loaded is not None:
            held = self.loaded.pieces
            chosen = self.stock_model.chosen if self.stock_table.isVisibleTo(self) else held
            kept = [_piece_text(p) for i, p in held.items() if i in chosen]
            lines = (
                [self.tr("Reserved for this slot:") + "\n" + "\n".join(f"•  {n}" for n in kept)]
                if kept
                else []
            )
            added = [_piece_text(p) for i, p in chosen.items() if i not in held]
            released = [_piece_text(p) for i, p in held.items() if i not in chosen]
            if added:
                lines.append(
                    self.tr("To reserve when you save: {pieces}").format(pieces=", ".join(added))
                )
            if released:
                lines.append(
                    self.tr("To release when you save: {pieces}").format(pieces=", ".join(released))
                )
            self.chosen_label.setText(
                "\n".join(lines) if lines else self.tr("No pieces reserved for this slot.")
            )
            return
        names = [_piece_text(p) for p in self.stock_model.chosen.values()]
        self.chosen_label.setText(
            self.tr("To reserve for the slot: {pieces}").format(pieces=", ".join(names))
            if names
            else self.tr("Tick pieces to reserve them for the slot.")
        )

    # --- an open appointment ----------------------------------------------------------------

    def reload(self) -> None:
        appointment_id = self.appointment_id
        self.runner.read(lambda desk: _load(desk, appointment_id), self._show_loaded)

    def _show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        a = loaded.appointment
        self.heading.setText(a.title or kind_label(a.kind))
        self.status_chip.setText(status_label(a.status))
        self.status_chip.setProperty("status", a.status.value)
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self.status_chip.show()
        if loaded.client is not None:
            self.choose_client(loaded.client)
        else:
            self.client_id = None
            self.client_chosen.setText(self.tr("No client"))
        self._select(self.kind_box, a.kind.value)
        self._select(self.advisor_box, a.advisor_id)
        self._select(self.second_box, a.second_advisor_id)
        self._select(self.room_box, a.room_id)
        self.set_times(a.starts_at, a.ends_at)
        self.notes_edit.setPlainText(a.notes or "")
        open_ = (
            a.status in APPOINTMENT_FLOW
            and bool(APPOINTMENT_FLOW[a.status])
            and a.status is not AppointmentStatus.COMPLETED
        )
        movable = a.status in (
            AppointmentStatus.REQUESTED,
            AppointmentStatus.CONFIRMED,
            AppointmentStatus.ARRIVED,
        )
        # An open appointment is changed in place; a closed one is kept as it was.
        self.client_search.setVisible(movable)
        self.client_search.setPlaceholderText(self.tr("Search to change the client…"))
        for w in (self.kind_box, self.second_box, self.notes_edit, self.advisor_box, self.room_box):
            w.setEnabled(movable)
        for w in (self.date_edit, self.start_edit, self.end_edit):
            w.setEnabled(movable)
        self.save_button.setVisible(movable)
        self.closed_hint.setVisible(not movable)
        self._fill_flow(a.status if open_ else None)
        self._select(self.outcome_box, a.outcome or "")
        self.outcome_note.setText(a.outcome_note or "")
        self.outcome_note.setCursorPosition(0)  # the note from its start, not its end
        # The outcome can be revised while the appointment is open and recorded once
        # on completion; a cancelled or no-show appointment has none to record.
        unrecorded = a.status is AppointmentStatus.COMPLETED and not (a.outcome or a.outcome_note)
        for w in (self.outcome_box, self.outcome_note, self.outcome_button):
            w.setEnabled(movable or unrecorded)
        self.stock_model.chosen = dict(loaded.pieces)
        self.stock_model.held = set(loaded.pieces)
        self.stock_filters.setVisible(movable)
        self.stock_table.setVisible(movable)
        if movable:
            if self.collection_box.count() == 1:
                self.runner.read(_collections, self._fill_collections)
            self.search_stock()
        else:
            self.right.setStretch(0, 0)
            self.right.setStretch(1, 1)
            self.stock_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._show_chosen()
        self.checklist_model.set_items(list(loaded.checklist), loaded.tickable)
        self.checklist_hint.setText(
            ""
            if loaded.tickable
            else self.tr("Prepared from the client's preferences when the appointment was booked.")
        )
        self.sig_loaded.emit()

    def _fill_flow(self, status: AppointmentStatus | None) -> None:
        while self.flow_buttons.count():
            item = self.flow_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.status_buttons: dict[str, QPushButton] = {}
        if status is None:
            return
        for target in APPOINTMENT_FLOW[status]:
            button = QPushButton(status_action(target))
            button.setObjectName(f"status_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self.set_status(t))
            self.flow_buttons.addWidget(button)
            self.status_buttons[target.value] = button
        self.flow_buttons.addStretch(1)

    def _ticked(self, top_left: QModelIndex, _bottom_right: QModelIndex, roles=()) -> None:
        if self.loaded is None or not self.loaded.tickable:
            return
        item = self.checklist_model.item(top_left.row())
        done = self.checklist_model.is_done(top_left.row())
        submit(
            self.runner, lambda desk: desk.appointments.tick(item.id, done), self._after_write("")
        )

    # --- writes -------------------------------------------------------------------------------

    def _after_write(self, message: str, *, close: bool = False):
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
            self._pick_first_client()
        kind = self.kind_box.currentData()
        client_id = self.client_id
        second = self._id(self.second_box)
        notes = self.notes_edit.toPlainText()
        pieces = list(self.stock_model.chosen)

        def book(desk):
            title = _title(desk, kind, client_id)
            return desk.appointments.create(
                kind=kind,
                starts_at=start,
                ends_at=end,
                client_id=client_id,
                advisor_id=advisor,
                second_advisor_id=second,
                room_id=room,
                title=title,
                notes=notes,
                pieces=pieces,
            )

        def booked(result) -> None:
            if not isinstance(result, Refused):
                self.appointment_id = result.value.id
            self._after_write(self.tr("Appointment booked"), close=True)(result)

        submit(self.runner, book, booked)

    def _save_changes(self, start: dt.datetime, end: dt.datetime, advisor, room) -> None:
        """Everything changed on an open appointment, in one write."""
        if self.loaded is None:
            return
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
        moved = "starts_at" in fields or "advisor_id" in fields or "room_id" in fields
        appointment_id = self.appointment_id
        old_kind, old_client, old_title = a.kind.value, a.client_id, a.title

        def change(desk):
            if ("kind" in fields or "client_id" in fields) and old_title == _title(
                desk, old_kind, old_client
            ):
                # The title was the one booking gave it: it follows the new kind or client.
                fields["title"] = _title(
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
        outcome = self.outcome_box.currentData() or ""
        note = self.outcome_note.text()
        submit(
            self.runner,
            lambda desk: desk.appointments.record_outcome(appointment_id, outcome, note),
            self._after_write(self.tr("Outcome recorded")),
        )

    # --- out of the app -----------------------------------------------------------------------

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
            from jeweldesk.ui.documents_dialog import DocumentsDialog

            issued = result.value
            self.brief_dialog = DocumentsDialog.show_pdf(
                self,
                issued.pdf,
                self.tr("Appointment brief {number}").format(number=issued.document.number),
                filename=f"{issued.document.number}.pdf",
            )

        submit(self.runner, lambda desk: desk.documents.appointment_brief(appointment_id), show)
