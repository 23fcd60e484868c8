"""Events: the store's launches, workshops, private viewings and in-store events in
the store's time zone, with each event's guest list. Store managers, VIC consultants
and head office create, edit and cancel events; anyone at the store invites clients
(Invite…, from the book or a filtered list, with the fatigue guard's warnings),
records answers and ticks who came. Every write goes through `desk.events` on the
database thread, so it works offline and syncs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.ui.events.models import EventTableModel, GuestTableModel, local_now
from jeweldesk.ui.events.words import bilingual, kind_label
from jeweldesk.ui.widgets.dates import interface_lang, long_date
from jeweldesk.ui.widgets.runner_bridge import on_changes

TABLES = ("events", "invitations")
TOUCH = 40


@dataclass(frozen=True)
class Listing:
    events: list[Any]
    may_organise: bool
    zone: str
    store_id: uuid.UUID | None
    store_code: str | None
    store_name: str


def _listing(desk: Any) -> Listing:
    store = desk.directory.store(desk.home_store_id) if desk.home_store_id else None
    return Listing(
        desk.events.upcoming() if store else [],
        desk.events.may_organise(),
        store.timezone if store else "UTC",
        store.id if store else None,
        store.code if store else None,
        bilingual(store.name, store.name_local or "", interface_lang()) if store else "",
    )


class EventsScreen(QWidget):
    """`sig_shown` after the list shows what was loaded; `sig_guests_shown` after the
    selected event's guests are on screen."""

    sig_shown = Signal()
    sig_guests_shown = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("eventsScreen")
        self.window_ = window
        self.runner = window.runner  # type: ignore[attr-defined]
        self.listing: Listing | None = None
        self.selected: uuid.UUID | None = None
        self.current: Any = None  # the selected EventView
        self.dialog: Any = None
        self.lang = interface_lang()

        title = QLabel(self.tr("Events"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        self.new_button = QPushButton(self.tr("New event"))
        self.new_button.setObjectName("primary")
        self.new_button.setMinimumHeight(TOUCH)
        self.new_button.clicked.connect(lambda: self.new_event())
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(title)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.new_button)

        self.model = EventTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("eventList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(58)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = QLabel(self.tr("No events yet. A store manager creates them with New event."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)

        # The selected event.
        self.event_title = QLabel()
        self.event_title.setObjectName("cardTitle")
        self.event_title.setWordWrap(True)
        self.event_meta = QLabel()
        self.event_meta.setObjectName("mutedLine")
        self.event_meta.setWordWrap(True)
        self.event_counts = QLabel()
        self.event_counts.setObjectName("listCaption")
        self.event_counts.setWordWrap(True)
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.invite_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.cancel_button = QPushButton(self.tr("Cancel event"))
        for button in (self.invite_button, self.edit_button, self.cancel_button):
            button.setMinimumHeight(TOUCH)
        self.invite_button.clicked.connect(lambda: self.invite())
        self.edit_button.clicked.connect(lambda: self.edit_event())
        self.cancel_button.clicked.connect(self.cancel_event)
        actions = QHBoxLayout()
        actions.addWidget(self.invite_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)

        self.guests = GuestTableModel(self)
        self.guests.sig_attended.connect(self.mark_attended)
        self.guest_table = QTableView()
        self.guest_table.setObjectName("guestList")
        self.guest_table.setModel(self.guests)
        self.guest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guest_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guest_table.verticalHeader().hide()
        self.guest_table.verticalHeader().setDefaultSectionSize(TOUCH)
        self.guest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        gh = self.guest_table.horizontalHeader()
        gh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            gh.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.guest_table.selectionModel().currentRowChanged.connect(lambda *_: self._guest_chosen())

        self.accept_button = QPushButton(self.tr("Accepted"))
        self.decline_button = QPushButton(self.tr("Declined"))
        self.guest_count = QSpinBox()
        self.guest_count.setRange(0, 20)
        self.guest_count.setAccessibleName(self.tr("Guests they bring"))
        self.guest_count.setPrefix(self.tr("Guests: "))
        for widget in (self.accept_button, self.decline_button, self.guest_count):
            widget.setMinimumHeight(TOUCH)
        self.accept_button.clicked.connect(lambda: self.answer("accepted"))
        self.decline_button.clicked.connect(lambda: self.answer("declined"))
        answers = QHBoxLayout()
        answers.addWidget(QLabel(self.tr("Answer:")))
        answers.addWidget(self.accept_button)
        answers.addWidget(self.decline_button)
        answers.addWidget(self.guest_count)
        answers.addStretch(1)

        self.notice = QLabel()
        self.notice.setObjectName("fieldError")
        self.notice.setWordWrap(True)
        self.notice.hide()

        detail = QFrame()
        detail.setObjectName("card")
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(16, 14, 16, 14)
        detail_layout.setSpacing(8)
        detail_layout.addWidget(self.event_title)
        detail_layout.addWidget(self.event_meta)
        detail_layout.addWidget(self.event_counts)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.guest_table, 1)
        detail_layout.addLayout(answers)
        detail_layout.addWidget(self.notice)
        self.detail = detail

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 820])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self._show_event(None, [])
        on_changes(self.runner, self._changed)

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.lang = interface_lang()
        self.runner.read(_listing, self._show_listing)

    def _changed(self, changes: Any, initiator: Any) -> None:
        touches = getattr(changes, "touches", None)
        if callable(touches) and touches(*TABLES) and self.isVisible():
            self.refresh()

    def _show_listing(self, listing: Listing) -> None:
        self.listing = listing
        self.subtitle.setText(
            self.tr("%1 · times in %2")
            .replace("%1", listing.store_name)
            .replace("%2", listing.zone)
        )
        self.new_button.setVisible(listing.may_organise)
        self.model.set_events(listing.events, listing.zone, self.lang)
        self.empty.setVisible(not listing.events)
        row = self.model.row_of(self.selected)
        if row < 0 and listing.events:
            row = self._first_upcoming()
        if row >= 0:
            self.table.selectRow(row)
            self._load_guests(self.model.views[row].id)
        else:
            self._show_event(None, [])
        self.sig_shown.emit()

    def _first_upcoming(self) -> int:
        assert self.listing is not None
        now = local_now(self.listing.zone)
        for n, view in enumerate(self.model.views):
            if view.event.ends_at >= now and view.event.cancelled_at is None:
                return n
        return 0

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid() and current.row() < len(self.model.views):
            event_id = self.model.views[current.row()].id
            if event_id != self.selected:
                self._load_guests(event_id)

    def _load_guests(self, event_id: uuid.UUID) -> None:
        self.selected = event_id
        self.runner.read(
            lambda desk: (desk.events.get(event_id), desk.events.guests(event_id)),
            lambda found: self._show_event(*found),
        )

    def select_event(self, event_id: uuid.UUID) -> None:
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)
        self._load_guests(event_id)

    def _show_event(self, view: Any, guests: list[Any]) -> None:
        self.current = view
        has = view is not None
        for widget in (self.event_title, self.event_meta, self.event_counts, self.guest_table):
            widget.setVisible(has)
        if not has:
            for button in (self.invite_button, self.edit_button, self.cancel_button):
                button.setVisible(False)
            for widget in (self.accept_button, self.decline_button, self.guest_count):
                widget.setVisible(False)
            self.guests.set_guests([], can_attend=False)
            return
        e = view.event
        zone = self.listing.zone if self.listing else "UTC"
        tz = ZoneInfo(zone)
        start, end = e.starts_at.astimezone(tz), e.ends_at.astimezone(tz)
        now = local_now(zone)
        cancelled = e.cancelled_at is not None
        begun = start <= now
        over = end <= now
        title = bilingual(e.title, e.title_zh, self.lang)
        self.event_title.setText(
            self.tr("%1 (cancelled)").replace("%1", title) if cancelled else title
        )
        parts = [
            kind_label(e.kind),
            f"{long_date(start.date(), self.lang)} {start:%H:%M}–{end:%H:%M}",
        ]
        if view.room:
            parts.append(bilingual(view.room, view.room_local, self.lang))
        if view.host:
            parts.append(
                self.tr("hosted by %1").replace(
                    "%1", bilingual(view.host, view.host_local, self.lang)
                )
            )
        self.event_meta.setText("  ·  ".join(parts))
        counts = [
            self.tr("%n invited", "", view.invited),
            self.tr("%n accepted", "", view.accepted),
            self.tr("%n declined", "", view.declined),
        ]
        if e.capacity:
            counts.append(
                self.tr("%1 of %2 places taken")
                .replace("%1", str(view.coming))
                .replace("%2", str(e.capacity))
            )
        if begun:
            counts.append(self.tr("%n attended", "", view.attended))
        self.event_counts.setText("  ·  ".join(counts))
        organise = bool(self.listing and self.listing.may_organise)
        self.invite_button.setVisible(not cancelled and not begun)
        self.edit_button.setVisible(organise and not cancelled and not begun)
        self.cancel_button.setVisible(organise and not cancelled and not begun)
        answering = not cancelled and not over
        for widget in (self.accept_button, self.decline_button, self.guest_count):
            widget.setVisible(answering and bool(guests))
        self.guests.set_guests(guests, can_attend=begun and not cancelled)
        self.guest_table.setColumnHidden(3, not begun)
        self._guest_chosen()
        self.sig_guests_shown.emit()

    # --- the guest list ---------------------------------------------------------------------

    def _chosen_guest(self) -> Any:
        index = self.guest_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.guests.guests):
            return None
        return self.guests.guests[index.row()]

    def _guest_chosen(self) -> None:
        guest = self._chosen_guest()
        for widget in (self.accept_button, self.decline_button, self.guest_count):
            widget.setEnabled(guest is not None)
        if guest is not None:
            self.guest_count.setValue(guest.invitation.guests)

    def choose_guest(self, client_id: uuid.UUID) -> None:
        row = next(
            (n for n, g in enumerate(self.guests.guests) if g.invitation.client_id == client_id), -1
        )
        if row >= 0:
            self.guest_table.selectRow(row)
            self._guest_chosen()

    def answer(self, rsvp: str) -> None:
        guest = self._chosen_guest()
        if guest is None:
            return
        invitation_id, guests = guest.invitation.id, self.guest_count.value()
        self._write(lambda desk: desk.events.rsvp(invitation_id, rsvp, guests=guests))

    def mark_attended(self, invitation_id: uuid.UUID, attended: bool) -> None:
        self._write(lambda desk: desk.events.attend(invitation_id, attended))

    def cancel_event(self) -> None:
        if self.current is None:
            return
        event_id = self.current.id
        self._write(lambda desk: desk.events.cancel(event_id))

    def _write(self, op: Any) -> None:
        self.notice.hide()
        self.runner.write(op, lambda _w: self._reload(), self._refused, initiator=self)

    def _reload(self) -> None:
        self.refresh()

    def _refused(self, error: Any) -> None:
        self.notice.setText(error.message(self.lang))
        self.notice.show()

    # --- dialogs -------------------------------------------------------------------------

    def new_event(self) -> Any:
        from jeweldesk.ui.events.dialogs import EventDialog

        listing = self.listing
        self.dialog = EventDialog(
            self.runner,
            zone=listing.zone if listing else "UTC",
            store_id=listing.store_id if listing else None,
            store_code=listing.store_code if listing else None,
            parent=self,
        )
        self.dialog.sig_saved.connect(lambda record: self._after_save(record.id))
        self.dialog.open()
        return self.dialog

    def edit_event(self) -> Any:
        from jeweldesk.ui.events.dialogs import EventDialog

        if self.current is None or self.listing is None:
            return None
        self.dialog = EventDialog(
            self.runner,
            zone=self.listing.zone,
            store_id=self.listing.store_id,
            store_code=self.listing.store_code,
            event=self.current,
            parent=self,
        )
        self.dialog.sig_saved.connect(lambda record: self._after_save(record.id))
        self.dialog.open()
        return self.dialog

    def invite(self) -> Any:
        from jeweldesk.ui.events.dialogs import InviteDialog

        if self.current is None:
            return None
        self.dialog = InviteDialog(self.runner, self.current, parent=self)
        self.dialog.sig_invited.connect(lambda _done: self.refresh())
        self.dialog.open()
        return self.dialog

    def _after_save(self, event_id: uuid.UUID) -> None:
        self.selected = event_id
        self.refresh()
