"""Today: the signed-in advisor's ranked actions with their reasons, one-tap outcomes
and the message draft to copy; today's and tomorrow's appointments; the book's health
at a glance."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.timezones import in_store_time, store_today
from jeweldesk.services.actions import ActionView
from jeweldesk.ui.case_dialog import TodayCases
from jeweldesk.ui.interaction_dialog import TodayContact
from jeweldesk.ui.labels import channel_label, language_label
from jeweldesk.ui.models.actions import ActionListModel
from jeweldesk.ui.models.agenda import AgendaEntry, AgendaModel
from jeweldesk.ui.widgets.action_list import ActionListView, priority_label
from jeweldesk.ui.widgets.agenda_list import AgendaListView
from jeweldesk.ui.widgets.dates import day_text, locale_for, long_date, time_text
from jeweldesk.ui.widgets.runner_bridge import on_changes, write
from jeweldesk.ui.widgets.tiles import HealthTile, percent

if TYPE_CHECKING:
    from jeweldesk.services import Desk

COPIED_MS = 1800  # how long the copy button says "Copied"


@dataclass(frozen=True)
class Day:
    """What Today shows, read in one go on the runner."""

    advisor_name: str
    today: dt.date
    zone: str
    actions: list[ActionView]
    agenda: list[AgendaEntry]


class DownOnlyScroll(QScrollArea):
    """Scrolls down, never sideways, and so is at least as wide as what it holds needs:
    on a 1000-pixel tablet the detail was given less, and the reason, the draft and
    the outcome buttons were cut off at its right edge."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = (
            inner.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), width), hint.height())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds changed (an action shown): re-measure
        return super().viewportEvent(event)


class ClientLink(QPushButton):
    """The chosen action's client, "Wang Xinyu 王馨雨  ›", as a link to their profile.
    A long name is elided to the pane's width rather than widening the pane (which
    would squeeze the list and the agenda); the whole name stays its accessible name."""

    MINIMUM_WIDTH = 160

    def __init__(self) -> None:
        super().__init__()
        self._name = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_name(self, name: str) -> None:
        self._name = name
        self.setAccessibleName(name)
        self._fit()
        self.updateGeometry()

    def name(self) -> str:
        return self._name

    def _label(self, name: str) -> str:
        return f"{name}  ›"

    def _chrome(self) -> int:
        """The button's width beyond its text: padding, frame."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        whole = self.fontMetrics().horizontalAdvance(self._label(self._name))
        return QSize(self._chrome() + whole, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = self.sizeHint()
        return QSize(min(hint.width(), self.MINIMUM_WIDTH), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # the style sheet's 22 px arrives when the button is polished

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - self._chrome()
        text = self._label(self._name)
        # Measured whole: the name and the arrow measured apart add up a pixel wider.
        if metrics.horizontalAdvance(text) > room:
            room -= metrics.horizontalAdvance(self._label(""))
            text = self._label(
                metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, max(room, 0))
            )
        if text != self.text():
            self.setText(text)


@dataclass(frozen=True)
class BookHealth:
    size: int
    minimum: int
    maximum: int
    coverage: object  # Ratio: contacted in the last 30 days
    completeness: object  # Ratio: records holding every key field


class TodayScreen(QWidget):
    """`sig_shown` fires once the day's actions are on screen; `sig_outcome(id, outcome)`
    after an outcome was saved and the action left the list."""

    sig_shown = Signal()
    sig_outcome = Signal(object, str)

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("todayScreen")
        self.window_ = window
        self.runner = window.runner
        self.lang = self.runner.desk.lang
        self.today = dt.date.today()
        self.zone = "UTC"
        self._generation = 0
        self._requested = False

        self.model = ActionListModel(self)
        self.agenda_model = AgendaModel(self)
        self.contact = TodayContact(self)  # how Done's contact was made; Log contact
        self.cases = TodayCases(self)  # a case's SLA clock; managers' open cases

        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("screenTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(self.heading)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.cases.list_button, 0, Qt.AlignmentFlag.AlignBottom)

        #: The tile counting the clients of the advisor's book: 客户簿, not "to book".
        self.tile_book = HealthTile(self.tr("Book", "noun: the advisor's client book"))
        self.tile_coverage = HealthTile(self.tr("Coverage"))
        self.tile_due = HealthTile(self.tr("Follow-ups due"))
        self.tile_complete = HealthTile(self.tr("Complete records"))
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for tile in (self.tile_book, self.tile_coverage, self.tile_due, self.tile_complete):
            tiles.addWidget(tile, 1)

        # Left: the ranked actions.
        self.list_caption = QLabel()
        self.list_caption.setObjectName("cardTitle")
        self.list_caption.setContentsMargins(10, 0, 0, 0)
        self.action_list = ActionListView()
        self.action_list.setModel(self.model)
        self.action_list.setAccessibleName(self.tr("Today's actions"))
        self.all_done = QLabel(self.tr("Nothing left for today. Your book is in good hands."))
        self.all_done.setObjectName("emptyState")
        self.all_done.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_done.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.action_list)
        self.list_stack.addWidget(self.all_done)
        left = QFrame()
        left.setObjectName("card")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 14, 8, 8)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.list_caption)
        left_layout.addWidget(self.list_stack, 1)

        # Middle: the chosen action.
        self.detail = self._build_detail()

        # Right: the agenda.
        agenda_card = QFrame()
        agenda_card.setObjectName("card")
        agenda_layout = QVBoxLayout(agenda_card)
        agenda_layout.setContentsMargins(8, 14, 8, 8)
        agenda_title = QLabel(self.tr("Appointments").upper())
        agenda_title.setObjectName("cardTitle")
        agenda_title.setContentsMargins(10, 0, 0, 0)
        self.agenda_list = AgendaListView()
        self.agenda_list.setModel(self.agenda_model)
        self.agenda_list.setAccessibleName(self.tr("Today's and tomorrow's appointments"))
        agenda_layout.addWidget(agenda_title)
        agenda_layout.addWidget(self.agenda_list, 1)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(left, 5)
        body.addWidget(self.detail, 5)
        body.addWidget(agenda_card, 4)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(16)
        layout.addLayout(head)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)

        self.signed_out = QLabel(self.tr("Sign in to see your day."))
        self.signed_out.setObjectName("emptyState")
        self.signed_out.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.signed_out)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.action_list.selectionModel().selectionChanged.connect(self._on_selection)
        self.action_list.doubleClicked.connect(
            lambda index: self.open_client(self.model.action(index.row()).client_id)
        )
        self.agenda_list.clicked.connect(self._on_agenda_click)
        on_changes(self.runner, self._on_changes)
        self._show_action(None)

    def _build_detail(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        outer = QVBoxLayout(card)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = DownOnlyScroll()
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("actionDetail")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)

        self.client_button = ClientLink()
        self.client_button.setObjectName("clientLink")
        self.client_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.client_button.setToolTip(self.tr("Open the client's profile"))
        self.client_button.clicked.connect(self._open_shown_client)
        # The list and the title name the client unambiguously; this line says how to
        # address them, in the profile's words ("称呼：王女士").
        self.greeting = QLabel()
        self.greeting.setObjectName("clientGreeting")
        self.greeting.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("actionReason")
        self.reason.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("actionMeta")
        self.meta.setWordWrap(True)

        self.draft_title = QLabel()
        self.draft_title.setObjectName("cardTitle")
        self.draft_title.setWordWrap(True)  # "MESSAGE DRAFT · TRADITIONAL CHINESE" is wide
        self.draft = QLabel()
        self.draft.setObjectName("draftText")
        self.draft.setWordWrap(True)
        self.draft.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy draft"))
        self.copy_button.setObjectName("copyDraft")
        self.copy_button.setToolTip(
            self.tr(
                "Copy the message to paste it in the client's channel: nothing is sent from here"
            )
        )
        self.copy_button.clicked.connect(self.copy_draft)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy draft")))

        self.note = QLineEdit()
        self.note.setObjectName("outcomeNote")
        self.note.setPlaceholderText(self.tr("Note (optional): what happened"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName(self.tr("Mark done"))
        self.done_button.clicked.connect(lambda: self.mark("done"))
        self.not_relevant_button = QPushButton(self.tr("Not relevant"))
        self.not_relevant_button.setObjectName("notRelevant")
        self.not_relevant_button.clicked.connect(lambda: self.mark("not_relevant"))
        self.snooze_button = QPushButton(self.tr("Snooze until"))
        self.snooze_button.setObjectName("snooze")
        self.snooze_button.clicked.connect(lambda: self.mark("snoozed"))
        self.snooze_date = QDateEdit()
        self.snooze_date.setObjectName("snoozeDate")
        self.snooze_date.setCalendarPopup(True)
        self.snooze_date.setMinimumHeight(44)
        self.snooze_date.setAccessibleName(self.tr("Snooze until"))

        outcomes = QGridLayout()
        outcomes.setHorizontalSpacing(10)
        outcomes.setVerticalSpacing(10)
        outcomes.addWidget(self.done_button, 0, 0)
        outcomes.addWidget(self.not_relevant_button, 0, 1)
        outcomes.addWidget(self.snooze_button, 1, 0)
        outcomes.addWidget(self.snooze_date, 1, 1)
        outcomes.addWidget(self.contact.log_button, 2, 0, 1, 2)

        self.draft_box = QFrame()
        self.draft_box.setObjectName("draftBox")
        draft_layout = QVBoxLayout(self.draft_box)
        draft_layout.setContentsMargins(16, 12, 16, 12)
        draft_layout.setSpacing(8)
        draft_layout.addWidget(self.draft_title)
        draft_layout.addWidget(self.draft)
        draft_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.choose_hint = QLabel(
            self.tr("Choose an action to see its message and record what happened.")
        )
        self.choose_hint.setObjectName("emptyState")
        self.choose_hint.setWordWrap(True)
        self.choose_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail_parts = [self.client_button, self.reason, self.meta, self.draft_box, self.note]
        layout.addWidget(self.choose_hint)
        layout.addWidget(self.client_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.greeting)
        layout.addWidget(self.reason)
        layout.addWidget(self.meta)
        layout.addWidget(self.cases.clock, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.cases.work, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.draft_box)
        layout.addStretch(1)
        layout.addWidget(self.contact.box)
        layout.addWidget(self.note)
        self.outcome_box = QWidget()
        self.outcome_box.setLayout(outcomes)
        outcomes.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outcome_box)
        self.detail_parts.append(self.outcome_box)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        return card

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Shown by the window's `show_screen`, which also calls `refresh`; shown any
        # other way (the first screen at start), load on the next turn of the loop.
        QTimer.singleShot(0, self, self._ensure_loaded)

    def _ensure_loaded(self) -> None:
        if not self._requested:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the day: actions, appointments and the book's health."""
        self._requested = True
        self._generation += 1
        generation = self._generation
        self.lang = self.runner.desk.lang
        if self.runner.desk.acting_staff_id is None:
            self.pages.setCurrentWidget(self.signed_out)
            return
        self.pages.setCurrentIndex(0)
        self.cases.check_role()
        self.runner.read(_load_day, lambda day: self._show_day(generation, day))
        self.runner.read(_load_health, lambda health: self._show_health(generation, health))

    def _show_day(self, generation: int, day: Day | None) -> None:
        if generation != self._generation or day is None:
            return  # an older answer, or nobody signed in any more
        kept = self.current_action()
        self.today, self.zone = day.today, day.zone
        self.subtitle.setText(f"{long_date(day.today, self.lang)}  ·  {day.advisor_name}")
        self.model.show_actions(day.actions, day.today, self.lang)
        self.agenda_model.show_days(day.agenda, day.today, self.lang)
        row = self.model.row_of(kept.id) if kept else -1
        self._select_row(max(row, 0))
        self._update_counts()
        tomorrow = day.today + dt.timedelta(days=1)
        self.snooze_date.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.snooze_date.setLocale(locale_for(self.lang))
        self.snooze_date.setDisplayFormat(
            "yyyy年M月d日" if self.lang.startswith("zh") else "d MMM yyyy"
        )
        self.sig_shown.emit()

    def _show_health(self, generation: int, health: BookHealth | None) -> None:
        if generation != self._generation or health is None:
            return
        state = "ok" if health.minimum <= health.size <= health.maximum else "warn"
        if health.size < health.minimum:
            caption = self.tr("under {minimum}: add clients").format(minimum=health.minimum)
        elif health.size > health.maximum:
            caption = self.tr("over {maximum}: too many to serve well").format(
                maximum=health.maximum
            )
        else:
            caption = self.tr("clients, within {minimum}–{maximum}").format(
                minimum=health.minimum, maximum=health.maximum
            )
        self.tile_book.set_figure(str(health.size), caption, state)
        cov = health.coverage
        self.tile_coverage.set_figure(
            percent(cov),
            self.tr("{n} of {total} contacted in 30 days").format(
                n=cov.numerator, total=cov.denominator
            ),
        )
        comp = health.completeness
        self.tile_complete.set_figure(
            percent(comp),
            self.tr("{n} of {total} with every key field").format(
                n=comp.numerator, total=comp.denominator
            ),
        )

    def _update_counts(self) -> None:
        count = self.model.rowCount()
        due = self.model.due_count()
        overdue = sum(1 for a in self.model.actions() if a.overdue)
        self.tile_due.set_figure(
            str(due),
            self.tr("{overdue} overdue").format(overdue=overdue)
            if overdue
            else self.tr("due today, none overdue"),
            "warn" if overdue else "ok",
        )
        self.list_caption.setText(self.tr("%n action(s), ranked", "", count).upper())
        self.list_stack.setCurrentWidget(self.action_list if count else self.all_done)

    def _on_changes(self, _changes, initiator) -> None:
        if initiator is self:
            return  # our own outcome: the list already lost the action
        if self.isVisible():
            self.refresh()
        else:
            self._requested = False  # read again when next shown

    # --- the chosen action ---------------------------------------------------------------

    def current_action(self) -> ActionView | None:
        index = self.action_list.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.action(index.row())

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.action_list.setCurrentIndex(QModelIndex())
            self._show_action(None)
            return
        row = min(row, self.model.rowCount() - 1)
        self.action_list.setCurrentIndex(self.model.index(row, 0))
        self._show_action(self.model.action(row))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_action(self.model.action(indexes[0].row()) if indexes else None)

    def _show_action(self, action: ActionView | None) -> None:
        self.shown = action
        self.contact.show_for(action)
        self.cases.show_for(action)
        self.choose_hint.setVisible(action is None)
        for part in self.detail_parts:
            part.setVisible(action is not None)
        self.greeting.setVisible(False)
        if action is None:
            return
        self.note.clear()
        self.client_button.set_name(action.client_display_name)
        # The profile header's phrase, in its context: the pane says it as the profile does.
        greeting = action.client_name
        self.greeting.setText(
            QCoreApplication.translate("ProfileHeader", "Greet as {name}").format(name=greeting)
        )
        self.greeting.setVisible(bool(greeting) and greeting != action.client_display_name)
        self.reason.setText(action.reason)
        meta = [day_text(action.due_on, self.today, self.lang), priority_label(action.priority)]
        if action.channel:
            meta.append(self.tr("by {channel}").format(channel=channel_label(action.channel)))
        if action.contact_from and action.contact_until:
            start = in_store_time(action.contact_from, self.zone)
            end = in_store_time(action.contact_until, self.zone)
            meta.append(
                self.tr("best {start}–{end}").format(
                    start=time_text(start, self.lang), end=time_text(end, self.lang)
                )
            )
        self.meta.setText("  ·  ".join(meta))
        self.draft_box.setVisible(bool(action.draft))
        if action.draft:
            self.draft_title.setText(
                self.tr("Message draft · {language}")
                .format(language=language_label(action.client_language))
                .upper()
            )
            self.draft.setText(action.draft)
        self._copied_timer.stop()
        self.copy_button.setText(self.tr("Copy draft"))

    def copy_draft(self) -> None:
        """Put the draft on the clipboard: the advisor sends it from their own channel."""
        action = self.current_action()
        if action is None or not action.draft:
            return
        QGuiApplication.clipboard().setText(action.draft)
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()

    def mark(self, outcome: str) -> None:
        """Record the outcome of the chosen action; it leaves the list once saved."""
        action = self.current_action()
        if action is None:
            return
        action_id, note = action.id, self.note.text()
        contact = self.contact.contact_for(action) if outcome == "done" else None
        if outcome == "done":
            # How the contact was made is recorded with the action (none if internal).
            how = contact or {}

            def op(desk):
                return desk.actions.done(action_id, note, **how)
        elif outcome == "snoozed":
            q = self.snooze_date.date()
            until = dt.date(q.year(), q.month(), q.day())

            def op(desk):
                return desk.actions.snooze(action_id, until, note)
        else:

            def op(desk):
                return desk.actions.not_relevant(action_id, note)

        write(
            self.runner,
            op,
            lambda _result: self._after_outcome(action_id, outcome, contacted=bool(contact)),
            initiator=self,
        )

    def _after_outcome(
        self, action_id: uuid.UUID, outcome: str, *, contacted: bool = False
    ) -> None:
        row = self.model.row_of(action_id)
        self.model.remove(action_id)
        self._select_row(max(row, 0))
        self._update_counts()
        self.sig_outcome.emit(action_id, outcome)
        if contacted:
            # A contact moves coverage and may answer the client's other keep-in-touch
            # actions: read the day again.
            self.refresh()

    # --- opening a client ---------------------------------------------------------------

    def _open_shown_client(self) -> None:
        action = self.current_action()
        if action is not None:
            self.open_client(action.client_id)

    def _on_agenda_click(self, index: QModelIndex) -> None:
        entry = self.agenda_model.entry(index.row())
        if entry is not None and entry.client_id is not None:
            self.open_client(entry.client_id)

    def open_client(self, client_id: uuid.UUID) -> None:
        self.window_.show_screen("book")
        self.window_.select_client(client_id)


# --- reads, run on the runner ----------------------------------------------------------


def _load_day(desk: Desk) -> Day | None:
    me = desk.acting_staff_id
    if me is None:
        return None
    person = desk.directory.person(me)
    store = desk.directory.store(person.store_id or desk.home_store_id)
    zone = store.timezone
    today = store_today(zone)
    actions = desk.actions.today(me)
    start = dt.datetime.combine(today, dt.time(), tzinfo=ZoneInfo(zone))
    appointments = desk.appointments.between(
        start, start + dt.timedelta(days=2), store_id=store.id, advisor_id=me
    )
    ids = [a.client_id for a in appointments if a.client_id]
    names = {s.id: s.display_name for s in desk.clients.summaries(ids)} if ids else {}
    local = desk.lang.startswith("zh")
    rooms = {
        r.id: (r.name_local if local and r.name_local else r.name)
        for r in desk.directory.rooms(store.id)
    }
    agenda = [
        AgendaEntry(
            a.id,
            a.client_id,
            names.get(a.client_id, a.title),
            in_store_time(a.starts_at, zone),
            in_store_time(a.ends_at, zone),
            rooms.get(a.room_id, ""),
            str(a.kind),
            str(a.status),
        )
        for a in appointments
    ]
    name = person.name_local if local and person.name_local else person.name
    return Day(name, today, zone, actions, agenda)


def _load_health(desk: Desk) -> BookHealth | None:
    me = desk.acting_staff_id
    if me is None:
        return None
    status = desk.books.status(me)
    figures = desk.kpis.for_advisor(me)  # the last 30 days to today: "contacted in 30 days"
    return BookHealth(
        status.count, status.minimum, status.maximum, figures.coverage, figures.completeness
    )
