"""The calendar: a day or a week of the store's appointments, per advisor or per room
or salon, in the store's time zone.

Tap or drag across an empty slot to book; drag a block to move it (a refused move
shows the reason and the block goes back); a block's menu (right-click, long press or
the Menu key) opens or cancels it. Shortcuts: Ctrl+3 shows the calendar, Ctrl+Shift+A
books a new appointment from anywhere, Ctrl+PgUp / Ctrl+PgDown step a day or week,
Ctrl+T goes back to today."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.ui.calendar.data import (
    DAY_END,
    DAY_START,
    CalendarEntry,
    Refused,
    Whereabouts,
    load_entries,
    load_whereabouts,
    local_range,
    submit,
)
from jeweldesk.ui.calendar.grid import CalendarGrid, CalendarHeader, Column
from jeweldesk.ui.calendar.models import AppointmentModel
from jeweldesk.ui.widgets.dates import interface_lang, record_date, short_date, yearly_date
from jeweldesk.ui.widgets.elided import ElidedLabel

NEW_APPOINTMENT_SHORTCUT = "Ctrl+Shift+A"
TABLES = ("appointments", "pre_selections", "checklist_items")


class CalendarScreen(QWidget):
    """`sig_shown` fires after the grid shows what was loaded; `sig_notice(text,
    is_error)` after a write (a refused move says why)."""

    sig_shown = Signal()
    sig_notice = Signal(str, bool)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarScreen")
        self.runner = runner
        self.where: Whereabouts | None = None
        self.mode = "day"  # or "week"
        self.by = "advisor"  # or "room"
        self.day: dt.date | None = None
        # The advisor or room of the week view (None: no room); False until chosen.
        self.resource: uuid.UUID | None | bool = False
        self.editor = None
        self._pending_new = False
        self._generation = 0
        self.model = AppointmentModel(parent=self)

        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        self.previous_button = self._button("‹", self.tr("Previous"), lambda: self.step(-1))
        self.today_button = self._button(self.tr("Today"), self.tr("Go to today"), self.go_today)
        self.next_button = self._button("›", self.tr("Next"), lambda: self.step(1))
        self.previous_button.setObjectName("calendarStep")
        self.next_button.setObjectName("calendarStep")

        self.day_button = self._toggle(self.tr("Day"), "day")
        self.week_button = self._toggle(self.tr("Week"), "week")
        self.mode_group = QButtonGroup(self)
        for b in (self.day_button, self.week_button):
            self.mode_group.addButton(b)
        self.day_button.setChecked(True)
        self.mode_group.buttonClicked.connect(lambda b: self.set_mode(b.property("value")))

        self.advisor_button = self._toggle(self.tr("Advisors"), "advisor")
        self.room_button = self._toggle(self.tr("Rooms"), "room")
        self.room_button.setToolTip(self.tr("Rooms and salons"))
        self.by_group = QButtonGroup(self)
        for b in (self.advisor_button, self.room_button):
            self.by_group.addButton(b)
        self.advisor_button.setChecked(True)
        self.by_group.buttonClicked.connect(lambda b: self.set_by(b.property("value")))

        self.resource_box = QComboBox()
        self.resource_box.setObjectName("calendarResource")
        self.resource_box.setAccessibleName(self.tr("Whose week"))
        self.resource_box.setMinimumWidth(200)
        self.resource_box.activated.connect(self._on_resource)
        self.resource_box.hide()

        self.new_button = QPushButton(self.tr("New appointment"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(
            self.tr("Book an appointment ({shortcut})").format(
                shortcut=QKeySequence(NEW_APPOINTMENT_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.new_button.clicked.connect(lambda: self.new_appointment())

        # The store's zone is what the line is for: elided from the left, it stays.
        self.place = ElidedLabel(Qt.TextElideMode.ElideLeft)
        self.place.setObjectName("calendarPlace")
        for label in (self.title, self.place):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(120)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.new_button)

        views = QHBoxLayout()
        views.setSpacing(0)
        views.addWidget(self.day_button)
        views.addWidget(self.week_button)
        views.addSpacing(12)
        views.addWidget(self.advisor_button)
        views.addWidget(self.room_button)
        views.addSpacing(12)
        views.addWidget(self.resource_box)
        views.addSpacing(12)
        views.addWidget(self.place, 1)
        self.day_button.setProperty("segment", "first")
        self.week_button.setProperty("segment", "last")
        self.advisor_button.setProperty("segment", "first")
        self.room_button.setProperty("segment", "last")

        self.notice = QLabel()
        self.notice.setObjectName("calendarNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)

        self.grid = CalendarGrid()
        self.header = CalendarHeader(self.grid.geometry_)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("calendarScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(self.grid)
        self.scroll.horizontalScrollBar().valueChanged.connect(self._scrolled_sideways)

        board = QFrame()
        board.setObjectName("calendarBoard")
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(0)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.addWidget(self.header, 1)
        self.header_pad = QWidget()
        self.header_pad.setObjectName("calendarHeaderPad")
        header_row.addWidget(self.header_pad)
        board_layout.addLayout(header_row)
        board_layout.addWidget(self.scroll, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(bar)
        layout.addLayout(views)
        layout.addWidget(self.notice)
        layout.addWidget(board, 1)

        self.grid.sig_slot_chosen.connect(self._on_slot)
        self.grid.sig_move_requested.connect(self.move_appointment)
        self.grid.sig_open.connect(self.open_appointment)
        self.grid.sig_cancel_requested.connect(self.cancel_appointment)

        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+T"), self, self.go_today)
        changes = getattr(runner, "sig_changes", None)
        if changes is not None:
            changes.connect(self._on_changes)

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _toggle(self, text: str, value: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("calendarToggle")
        button.setCheckable(True)
        button.setProperty("value", value)
        return button

    # --- what is shown ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the store's rooms and staff (once) and the appointments on screen."""
        if self.where is None:
            self.runner.read(load_whereabouts, self._got_whereabouts)
            return
        self._load()

    def _got_whereabouts(self, where: Whereabouts | None) -> None:
        if where is None:
            self.title.setText(self.tr("This device has no boutique yet"))
            return
        self.where = where
        if self.day is None:
            self.day = where.today()
        self._scroll_to_morning()
        self._load()
        if self._pending_new:
            self._pending_new = False
            self.new_appointment()

    def _first_day(self) -> dt.date:
        assert self.day is not None
        if self.mode == "week":
            return self.day - dt.timedelta(days=self.day.weekday())
        return self.day

    def _load(self) -> None:
        if self.where is None:
            return
        self._generation += 1
        generation = self._generation
        days = 7 if self.mode == "week" else 1
        start, end = local_range(self._first_day(), days, self.where.zone)
        self.runner.read(
            lambda desk: load_entries(desk, start, end), lambda found: self._show(generation, found)
        )

    def _show(self, generation: int, entries: list[CalendarEntry]) -> None:
        if generation != self._generation or self.where is None:
            return  # an older answer: a newer one is on its way
        zone = self.where.zone
        self.model.set_entries(entries, zone)
        self.grid.today = self.where.today()
        self.grid.now = dt.datetime.now(dt.UTC)
        self.header.today = self.grid.today
        self.grid.set_columns(self.columns(), zone)
        self.grid.set_entries(self.model.entries())
        self._fill_resources()
        self.title.setText(self._title_text())
        store = self.where.store
        chinese = interface_lang().startswith("zh") and bool(store.name_local)
        self.place.setText(
            self.tr("{store} · times in {zone}").format(
                store=store.name_local if chinese else store.name, zone=self.where.zone
            )
        )
        self.place.setToolTip(self.place.text())
        self.header_pad.setFixedWidth(self.scroll.verticalScrollBar().sizeHint().width())
        self.header.update()
        self.sig_shown.emit()

    def columns(self) -> list[Column]:
        where = self.where
        assert where is not None and self.day is not None
        if self.mode == "day":
            if self.by == "advisor":
                people = sorted(where.staff, key=lambda p: (p.id != where.me, p.name))
                return [
                    Column(
                        f"day:{p.id}",
                        p.name,
                        p.name_local or "",
                        self.day,
                        "advisor",
                        advisor_id=p.id,
                    )
                    for p in people
                ]
            rooms = [
                Column(
                    f"day:{r.id}", r.name, _room_subtitle(self, r), self.day, "room", room_id=r.id
                )
                for r in where.rooms
            ]
            return rooms + [
                Column(
                    "day:none", self.tr("No room"), self.tr("Virtual and counter"), self.day, "room"
                )
            ]
        first = self._first_day()
        out = []
        for n in range(7):
            day = first + dt.timedelta(days=n)
            title = short_date(day, interface_lang())
            if self.by == "advisor":
                out.append(
                    Column(
                        f"week:{day}", title, "", day, "advisor", advisor_id=self._week_resource()
                    )
                )
            else:
                out.append(
                    Column(f"week:{day}", title, "", day, "room", room_id=self._week_resource())
                )
        return out

    def _week_resource(self) -> uuid.UUID | None:
        where = self.where
        assert where is not None
        if self.by == "advisor":
            ids = [p.id for p in where.staff]
            if self.resource is False or self.resource not in ids:
                self.resource = where.me if where.me in ids else (ids[0] if ids else None)
        else:
            ids = [r.id for r in where.rooms] + [None]
            if self.resource is False or self.resource not in ids:
                self.resource = ids[0]
        return self.resource

    def _fill_resources(self) -> None:
        where = self.where
        self.resource_box.setVisible(self.mode == "week")
        if where is None or self.mode != "week":
            return
        self.resource_box.blockSignals(True)
        self.resource_box.clear()
        if self.by == "advisor":
            for p in sorted(where.staff, key=lambda p: (p.id != where.me, p.name)):
                self.resource_box.addItem(f"{p.name}  {p.name_local}".strip(), str(p.id))
        else:
            for r in where.rooms:
                self.resource_box.addItem(f"{r.name}  {r.name_local}".strip(), str(r.id))
            self.resource_box.addItem(self.tr("No room"), "")
        # Ids are held as text: QVariant cannot compare Python UUIDs.
        resource = self._week_resource()
        index = self.resource_box.findData(str(resource) if resource else "")
        self.resource_box.setCurrentIndex(max(0, index))
        self.resource_box.blockSignals(False)

    def _title_text(self) -> str:
        locale = QLocale()
        if self.mode == "day":
            assert self.day is not None
            text = locale.toString(
                QDate(self.day.year, self.day.month, self.day.day), QLocale.FormatType.LongFormat
            )
        else:
            first = self._first_day()
            last = first + dt.timedelta(days=6)
            lang = interface_lang()
            text = self.tr("{first} – {last}").format(
                first=yearly_date(first.month, first.day, lang=lang), last=record_date(last, lang)
            )
        return text

    def _scroll_to_morning(self) -> None:
        # Business hours start at the top; the afternoon is a scroll away.
        self.scroll.verticalScrollBar().setValue(0)

    def _scrolled_sideways(self, value: int) -> None:
        self.header.offset = value
        self.header.update()

    # --- navigation -----------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.day_button if mode == "day" else self.week_button).setChecked(True)
        self._load()

    def set_by(self, by: str) -> None:
        if by != self.by:
            self.resource = False  # not chosen yet: the default for the new grouping
        self.by = by
        (self.advisor_button if by == "advisor" else self.room_button).setChecked(True)
        self._load()

    def set_resource(self, resource: uuid.UUID | None) -> None:
        self.resource = resource
        self._load()

    def _on_resource(self, index: int) -> None:
        value = self.resource_box.itemData(index)
        self.set_resource(uuid.UUID(value) if value else None)

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self._load()

    def step(self, direction: int) -> None:
        if self.day is None:
            return
        self.show_day(self.day + dt.timedelta(days=direction * (7 if self.mode == "week" else 1)))

    def go_today(self) -> None:
        if self.where is not None:
            self.show_day(self.where.today())

    def _on_changes(self, changes, initiator=None) -> None:
        if initiator is self:
            return  # our own write: its callback reloads
        touches = getattr(changes, "touches", None)
        if callable(touches) and touches(*TABLES) and self.isVisible():
            self._load()

    # --- notices ----------------------------------------------------------------------------

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setProperty("error", error)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.show()
        self._notice_timer.start(12000 if error else 5000)
        self.sig_notice.emit(text, error)

    # --- writes -----------------------------------------------------------------------------

    def move_appointment(self, entry: CalendarEntry, column: Column, start: dt.datetime) -> None:
        """Reschedule to `start` in `column` (its room, or its advisor when the
        appointment is not already theirs); refused moves snap back with the reason."""
        a = entry.appointment
        kwargs: dict = {}
        if column.by == "room" and column.room_id != a.room_id:
            kwargs["room_id"] = column.room_id
        if column.by == "advisor" and column.advisor_id not in (a.advisor_id, a.second_advisor_id):
            kwargs["advisor_id"] = column.advisor_id
        appointment_id = a.id
        submit(
            self.runner,
            lambda desk: desk.appointments.reschedule(appointment_id, start, **kwargs),
            lambda result: self._moved(appointment_id, start, result),
            initiator=self,
        )

    def _moved(self, appointment_id: uuid.UUID, start: dt.datetime, result) -> None:
        if isinstance(result, Refused):
            self.grid.snap_back(appointment_id)
            self.show_notice(result.message, error=True)
            return
        self.show_notice(self.tr("Moved to {when}").format(when=_when(start)))
        self._load()

    @classmethod
    def ask_cancel_reason(cls, parent: QWidget, what: str) -> str | None:
        """The reason for cancelling, or None to keep the appointment. Tests replace this."""
        tr = lambda text: QCoreApplication.translate("CalendarScreen", text)  # noqa: E731
        text, ok = QInputDialog.getText(
            parent,
            tr("Cancel appointment"),
            tr("Cancel {what}?\nReason (optional):").format(what=what),
        )
        return text if ok else None

    def cancel_appointment(self, appointment_id: uuid.UUID) -> None:
        entry = self.model.entry(appointment_id)
        block = self.grid.block(appointment_id)
        what = block.accessibleName() if block else ""
        reason = type(self).ask_cancel_reason(self, what)
        if reason is None or entry is None:
            return
        submit(
            self.runner,
            lambda desk: desk.appointments.cancel(appointment_id, reason),
            lambda result: self._cancelled(result),
            initiator=self,
        )

    def _cancelled(self, result) -> None:
        if isinstance(result, Refused):
            self.show_notice(result.message, error=True)
            return
        self.show_notice(
            self.tr("Appointment cancelled: the room, the time and the pieces are free again")
        )
        self._load()

    # --- the editor ---------------------------------------------------------------------------

    def _on_slot(self, column: Column, start: dt.datetime, end: dt.datetime) -> None:
        self.new_appointment(
            start=start, end=end, advisor_id=column.advisor_id, room_id=column.room_id
        )

    def new_appointment(
        self,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        advisor_id: uuid.UUID | None = None,
        room_id: uuid.UUID | None = None,
    ):
        """Open the editor for a new appointment (the next free quarter hour today, or
        10:00 on the day shown, with the signed-in advisor, unless told otherwise)."""
        if self.where is None:
            self._pending_new = True  # opened once the store's rooms and staff are read
            return None
        if start is None:
            start = self._default_start()
            end = start + dt.timedelta(hours=1)
        return self._open_editor(
            None,
            dict(start=start, end=end, advisor_id=advisor_id or self.where.me, room_id=room_id),
        )

    def _default_start(self) -> dt.datetime:
        assert self.where is not None and self.day is not None
        tz = ZoneInfo(self.where.zone)
        now = dt.datetime.now(tz)
        if self.day == now.date() and DAY_START <= now.time() < dt.time(DAY_END.hour - 1):
            minutes = (now.hour * 60 + now.minute) // 15 * 15 + 15
            return dt.datetime.combine(self.day, dt.time(minutes // 60, minutes % 60), tz)
        day = self.day if self.day > now.date() else now.date() + dt.timedelta(days=1)
        return dt.datetime.combine(day, dt.time(10, 0), tz)

    def open_appointment(self, appointment_id: uuid.UUID):
        return self._open_editor(appointment_id, None)

    def open_first_appointment(self):
        """The editor on the earliest appointment on screen, or None when there is none
        (`jeweldesk screenshot --screen appointment`)."""
        entries = self.model.entries()
        return self.open_appointment(entries[0].id) if entries else None

    def _open_editor(self, appointment_id, preset):
        from jeweldesk.ui.appointment.editor import AppointmentEditor

        if self.editor is not None:
            self.editor.close()
        self.editor = AppointmentEditor(
            self.runner, self.where, appointment_id=appointment_id, preset=preset, parent=self
        )
        self.editor.sig_saved.connect(self._editor_saved)
        self.editor.open()
        return self.editor

    def _editor_saved(self, message: str) -> None:
        if message:
            self.show_notice(message)
        self._load()


def _room_subtitle(widget: QWidget, room) -> str:
    seats = QCoreApplication.translate("Dialogs", "{count} seats").format(count=room.capacity)
    return f"{room.name_local} · {seats}" if room.name_local else seats


def _when(start: dt.datetime) -> str:
    return f"{short_date(start.date(), interface_lang())} {start:%H:%M}"


def calendar_screen(window) -> CalendarScreen:
    """The calendar, with the new-appointment shortcut on the whole window."""
    screen = CalendarScreen(window.runner, window)

    def book() -> None:
        window.show_screen("calendar")
        screen.new_appointment()

    QShortcut(QKeySequence(NEW_APPOINTMENT_SHORTCUT), window, book)
    return screen
