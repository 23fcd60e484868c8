"""The Events screen's dialogs: a new event (or an edit), and Invite… with the clients
of the book or a filtered list, each with the event-fatigue guard's warning beside
the name. `desk.events` holds every rule: a refusal is shown in the dialog with what
was typed kept, and the field at fault marked."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.events import EVENT_KINDS
from jeweldesk.ui import labels
from jeweldesk.ui.editors.base import set_invalid
from jeweldesk.ui.events.models import CandidateModel
from jeweldesk.ui.events.words import bilingual, kind_label
from jeweldesk.ui.widgets.dates import interface_lang, locale_for

TOUCH = 40
SEGMENTS = ("vic", "core", "potential", "prospect")


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldCaption")
    label.setBuddy(buddy)
    buddy.setAccessibleName(text.replace("&", ""))
    return label


class EventDialog(QDialog):
    """Create an event, or edit `event` (an `EventView`). `sig_saved(record)` once the
    desk saved it."""

    sig_saved = Signal(object)

    def __init__(
        self,
        runner: Any,
        *,
        zone: str,
        store_id: uuid.UUID | None,
        store_code: str | None,
        event: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.runner, self.zone, self.store_id, self.edited = runner, zone, store_id, event
        self.store_code = store_code
        self.saved: Any = None
        self.lang = interface_lang()
        editing = event is not None
        self.setWindowTitle(self.tr("Edit event") if editing else self.tr("New event"))
        heading = QLabel(self.windowTitle())
        heading.setObjectName("editorTitle")

        self.kind = QComboBox()
        for kind in EVENT_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Jardin collection preview"))
        self.title_zh_edit = QLineEdit()
        self.title_zh_edit.setPlaceholderText(self.tr("Chinese title (optional)"))
        locale = locale_for(self.lang)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat("HH:mm")
        self.end_edit = QTimeEdit()
        self.end_edit.setDisplayFormat("HH:mm")
        self.room = QComboBox()
        self.room.addItem(self.tr("No room"), None)
        self.host = QComboBox()
        self.host.addItem(self.tr("No host"), None)
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(self.tr("No limit"))
        self.collection = QLineEdit()
        for widget in (
            self.kind,
            self.title_edit,
            self.title_zh_edit,
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.room,
            self.host,
            self.capacity,
            self.collection,
        ):
            widget.setMinimumHeight(TOUCH)
        self.fields: dict[str, QWidget] = {
            "kind": self.kind,
            "title": self.title_edit,
            "title_zh": self.title_zh_edit,
            "starts_at": self.date_edit,
            "ends_at": self.end_edit,
            "room_id": self.room,
            "host_id": self.host,
            "capacity": self.capacity,
            "collection": self.collection,
        }

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        place = [
            (0, 0, self.tr("Kind"), self.kind, 1),
            (0, 1, self.tr("Title"), self.title_edit, 2),
            (2, 0, self.tr("Chinese title"), self.title_zh_edit, 3),
            (4, 0, self.tr("Date"), self.date_edit, 1),
            (4, 1, self.tr("Starts"), self.start_edit, 1),
            (4, 2, self.tr("Ends"), self.end_edit, 1),
            (6, 0, self.tr("Room or salon"), self.room, 1),
            (6, 1, self.tr("Host"), self.host, 1),
            (6, 2, self.tr("Capacity"), self.capacity, 1),
            (8, 0, self.tr("Collection"), self.collection, 3),
        ]
        for row, column, caption, widget, span in place:
            grid.addWidget(_caption(caption, widget), row, column, 1, span)
            grid.addWidget(widget, row + 1, column, 1, span)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(
            self.tr("Save event") if editing else self.tr("Create event")
        )
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(TOUCH)
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Close"))
        cancel.setMinimumHeight(TOUCH)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(640, 480)

        self._preset()
        self.runner.read(self._choices, self._show_choices)

    # --- filling ----------------------------------------------------------------------

    def _preset(self) -> None:
        tz = ZoneInfo(self.zone)
        if self.edited is None:
            start = dt.datetime.now(tz).replace(minute=0, second=0, microsecond=0)
            start = (start + dt.timedelta(days=7)).replace(hour=18, minute=30)
            end = start + dt.timedelta(hours=2)
        else:
            e = self.edited.event
            start, end = e.starts_at.astimezone(tz), e.ends_at.astimezone(tz)
            index = self.kind.findData(e.kind)
            if index < 0:  # an older kind: kept as it is
                self.kind.addItem(kind_label(e.kind), e.kind)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
            self.title_edit.setText(e.title)
            self.title_zh_edit.setText(e.title_zh)
            self.capacity.setText(str(e.capacity) if e.capacity else "")
            self.collection.setText(e.collection)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))

    def _choices(self, desk: Any) -> tuple[list[Any], list[Any]]:
        rooms = desk.directory.rooms(self.store_id) if self.store_id else []
        staff = [p for p, _ in desk.directory.staff(self.store_code)] if self.store_code else []
        return rooms, staff

    def _show_choices(self, found: tuple[list[Any], list[Any]]) -> None:
        rooms, staff = found
        for room in rooms:
            self.room.addItem(bilingual(room.name, room.name_local or "", self.lang), room.id)
        for person in staff:
            if getattr(person, "active", True):
                self.host.addItem(
                    bilingual(person.name, person.name_local or "", self.lang), person.id
                )
        if self.edited is not None:
            e = self.edited.event
            self.room.setCurrentIndex(max(0, self.room.findData(e.room_id)))
            self.host.setCurrentIndex(max(0, self.host.findData(e.host_id)))

    # --- saving -----------------------------------------------------------------------

    def _times(self) -> tuple[dt.datetime, dt.datetime]:
        day = self.date_edit.date().toPython()
        start = dt.datetime.combine(day, self.start_edit.time().toPython())
        end = dt.datetime.combine(day, self.end_edit.time().toPython())
        if end <= start:  # past midnight
            end += dt.timedelta(days=1)
        return start, end  # naive: the store's wall clock

    def values(self) -> dict[str, Any]:
        start, end = self._times()
        return dict(
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            title_zh=self.title_zh_edit.text(),
            starts_at=start,
            ends_at=end,
            capacity=self.capacity.text(),
            room_id=self.room.currentData(),
            host_id=self.host.currentData(),
            collection=self.collection.text(),
        )

    def save(self) -> None:
        self.clear_refusal()
        values = self.values()
        self.save_button.setEnabled(False)
        if self.edited is None:
            op = lambda desk: desk.events.create(**values)  # noqa: E731
        else:
            event_id = self.edited.id
            op = lambda desk: desk.events.edit(event_id, **values)  # noqa: E731
        self.runner.write(op, self._saved, self._refused, initiator=self)

    def _saved(self, written: Any) -> None:
        self.save_button.setEnabled(True)
        self.saved = getattr(written, "value", written)
        self.sig_saved.emit(self.saved)
        self.accept()

    def _refused(self, error: Any) -> None:
        self.save_button.setEnabled(True)
        self.show_refusal(error.message(self.lang), getattr(error, "field", None))

    def show_refusal(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_refusal(self) -> None:
        self.error.hide()
        for widget in self.fields.values():
            if widget.property("invalid"):
                set_invalid(widget, False)


class InviteDialog(QDialog):
    """Invite clients to `event` (an `EventView`): the advisor's book, or the store's
    clients narrowed by segment and preference. A chosen client the fatigue guard
    warns of holds the invitation until "Invite anyway" confirms it.
    `sig_invited(Invited)` once written."""

    sig_invited = Signal(object)

    def __init__(self, runner: Any, event: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.runner, self.view = runner, event
        self.lang = interface_lang()
        self.result_: Any = None
        self._confirming = False
        title = bilingual(event.event.title, event.event.title_zh, self.lang)
        self.setWindowTitle(self.tr("Invite to %1").replace("%1", title))
        heading = QLabel(self.windowTitle())
        heading.setObjectName("editorTitle")
        heading.setWordWrap(True)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("My book"), "book")
        self.scope.addItem(self.tr("All the store's clients"), "store")
        self.segment = QComboBox()
        self.segment.addItem(self.tr("Every segment"), None)
        for segment in SEGMENTS:
            self.segment.addItem(labels.segment_label(segment), segment)
        self.preference = QLineEdit()
        self.preference.setPlaceholderText(self.tr("Loves… (a stone, a collection)"))
        self.preference.setClearButtonEnabled(True)
        for widget in (self.scope, self.segment, self.preference):
            widget.setMinimumHeight(TOUCH)
        filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        filters.setVerticalSpacing(4)
        for column, (caption, widget) in enumerate(
            (
                (self.tr("From"), self.scope),
                (self.tr("Segment"), self.segment),
                (self.tr("Preference"), self.preference),
            )
        ):
            filters.addWidget(_caption(caption, widget), 0, column)
            filters.addWidget(widget, 1, column)
        filters.setColumnStretch(2, 1)

        self.model = CandidateModel(self)
        self.table = QTableView()
        self.table.setObjectName("inviteCandidates")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 240)
        self.table.clicked.connect(self._toggle)

        self.count = QLabel()
        self.count.setObjectName("listCaption")
        self.warning = QLabel()
        self.warning.setObjectName("fieldError")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.all_button = QPushButton(self.tr("Choose all"))
        self.all_button.setMinimumHeight(TOUCH)
        self.all_button.clicked.connect(self.choose_all)
        self.invite_button = QPushButton(self.tr("Invite"))
        self.invite_button.setObjectName("primary")
        self.invite_button.setMinimumHeight(TOUCH)
        self.invite_button.clicked.connect(self.invite)
        self.invite_button.setDefault(True)
        self.all_button.setAutoDefault(False)
        close = QPushButton(self.tr("Close"))
        close.setMinimumHeight(TOUCH)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.count, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.invite_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.resize(760, 560)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.load)
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.segment.currentIndexChanged.connect(lambda _i: self.load())
        self.preference.textEdited.connect(lambda _t: self._timer.start())
        self.model.sig_chosen_changed.connect(self._chosen_changed)
        self.load()

    def load(self) -> None:
        event_id = self.view.id
        everyone = self.scope.currentData() == "store"
        segment = self.segment.currentData()
        preference = self.preference.text()
        self.runner.read(
            lambda desk: desk.events.candidates(
                event_id, everyone=everyone, segment=segment, preference=preference
            ),
            lambda rows: self.model.set_candidates(rows, self.lang),
        )

    def _toggle(self, index: Any) -> None:
        if index.column() == 0:
            return  # the check box itself toggles
        first = self.model.index(index.row(), 0)
        if not self.model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable:
            return
        checked = (
            self.model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        )
        self.model.setData(first, not checked, Qt.ItemDataRole.CheckStateRole)

    def choose_all(self) -> None:
        self.model.choose({r.client_id for r in self.model.rows})

    def _chosen_changed(self) -> None:
        chosen = len(self.model.chosen)
        warned = len(self.model.warned_chosen())
        text = self.tr("%n client(s) chosen", "", chosen)
        if warned:
            text += " · " + self.tr("%n with a fatigue warning", "", warned)
        self.count.setText(text)
        self.invite_button.setEnabled(chosen > 0)
        if self._confirming:
            self._confirming = False
            self.warning.hide()
            self.invite_button.setText(self.tr("Invite"))

    def invite(self) -> None:
        chosen = [r.client_id for r in self.model.rows if r.client_id in self.model.chosen]
        if not chosen:
            return
        event_id, override = self.view.id, self._confirming
        self.invite_button.setEnabled(False)
        self.runner.write(
            lambda desk: desk.events.invite(event_id, chosen, override=override),
            self._done,
            self._refused,
            initiator=self,
        )

    def _done(self, written: Any) -> None:
        self.invite_button.setEnabled(True)
        done = getattr(written, "value", written)
        if done.held:
            # Nothing was written: say why, and let the advisor confirm.
            lines = [w.message(self.lang) for w in done.warnings[:4]]
            if len(done.warnings) > 4:
                lines.append(self.tr("…and %n more", "", len(done.warnings) - 4))
            self.warning.setText("\n".join(lines))
            self.warning.show()
            self._confirming = True
            self.invite_button.setText(self.tr("Invite anyway"))
            return
        self.result_ = done
        self.sig_invited.emit(done)
        self.accept()

    def _refused(self, error: Any) -> None:
        self.invite_button.setEnabled(True)
        self.warning.setText(error.message(self.lang))
        self.warning.show()
