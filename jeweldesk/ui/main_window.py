"""The main window: the advisor's book and one search box on the left, the chosen
client on the right, and a rail of screens.

It starts in one of two ways. Given an open desk, everything is built at once. Given
a way to open one (`opener`), it paints first and opens the desk after: the shell and
the book as last shown (`paint_first`, see `jeweldesk.ui.first_paint`) are on screen
before SQLAlchemy is even imported, the desk opens on the database thread, and then
the live book replaces the painted one and the other screens are built, one per turn
of the event loop so the window stays responsive."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.ui.client_list import ClientListView
from jeweldesk.ui.models.client_list import ClientListModel
from jeweldesk.ui.profile_pane import ClientProfilePane
from jeweldesk.ui.runner import DeskRunner
from jeweldesk.ui.screens import load_all

if TYPE_CHECKING:
    from jeweldesk.services import Desk
    from jeweldesk.services.views import BookRow, ClientProfile, ClientSummary
    from jeweldesk.ui.first_paint import BookSnapshot

SEARCH_DELAY_MS = 150  # long enough to skip keystrokes typed in a burst
SEARCH_LIMIT = 50
OPEN_AT_LATEST_MS = 250  # after being shown, if no paint came first
# After the first paint, before the database layer's import takes the interpreter:
# long enough for the frame to reach the screen, short beside the second it takes.
OPEN_AFTER_PAINT_MS = 50


class MainWindow(QMainWindow):
    """`sig_list_shown(kind)` fires after the list is filled: "book" or "results".
    `sig_ready()` fires once the desk is open and every screen is built."""

    sig_list_shown = Signal(str)
    sig_profile_shown = Signal(object)  # client id
    sig_ready = Signal()

    def __init__(
        self,
        desk: Desk | None = None,
        parent: QWidget | None = None,
        *,
        opener: Callable[[], Desk] | None = None,
        build_now: bool = True,
    ) -> None:
        super().__init__(parent)
        if (desk is None) == (opener is None):
            raise TypeError("MainWindow needs an open desk or an opener, not both")
        self.setObjectName("mainWindow")
        self.runner = DeskRunner(desk, self)
        self.runner.sig_failed.connect(self._show_failure)
        self.timezone = "UTC"
        self.store_zones: dict[str, str] = {}
        self.ready = False
        self.signed_in = False
        self._whereabouts: tuple = (None, None, {})
        self._book: list[BookRow] = []
        self._searched = ""
        self._wanted_screen: str | None = None
        self._opener: Callable[[], Desk] | None = None
        self._pending_screens: list[str] = []
        self._steps = QTimer(self)  # the start's steps after the first paint: `_next_step`
        self._steps.setSingleShot(True)
        self._steps.setInterval(0)
        self._steps.timeout.connect(self._next_step)
        self._open_at_latest = QTimer(self)
        self._open_at_latest.setSingleShot(True)
        self._open_at_latest.setInterval(OPEN_AT_LATEST_MS)
        self._open_at_latest.timeout.connect(self._next_step)

        self.model = ClientListModel(self.timezone, self)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(
            self.tr("Search name, 拼音, phone, e-mail, certificate…")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search clients"))
        self.list_caption = QLabel()
        self.list_caption.setObjectName("listCaption")
        self.client_list = ClientListView()
        self.client_list.setModel(self.model)
        self.client_list.setAccessibleName(self.tr("Clients"))

        left = QFrame()
        left.setObjectName("bookPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(20, 20, 12, 20)
        left_layout.setSpacing(12)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.list_caption)
        left_layout.addWidget(self.client_list, 1)
        self.left_layout = left_layout

        self.profile_pane = ClientProfilePane(build_now=desk is not None)
        self.status = QLabel()
        self.status.setObjectName("statusMessage")
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().hide()  # shown only when there is something to say

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.profile_pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 880])
        left.setMinimumWidth(320)
        self.book_screen = splitter
        self._build_shell(splitter)
        self.resize(1280, 800)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self._on_search_return)
        self.client_list.selectionModel().selectionChanged.connect(self._on_selection)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box, self.search_box.clear)

        self.profile_pane.clear()
        if desk is not None:
            self._desk_ready(build_now=build_now)
            return
        self.list_caption.setText(self.tr("Opening the store…"))  # until `paint_first` or the desk
        self._opener = opener  # used once the window has painted: see `_open_desk`

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._opener is not None and not self._steps.isActive():
            self._steps.start(OPEN_AFTER_PAINT_MS)  # the first paint is done: open the desk next

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._opener is not None:
            self._open_at_latest.start()  # a platform that never paints it

    def _next_step(self) -> None:
        """One step of the start after the first paint, one per turn of the event loop:
        open the desk (on the database thread: importing the database layer beside the
        paint would slow it, one interpreter lock), then build one screen at a time."""
        if self._opener is not None:
            opener, self._opener = self._opener, None
            self._open_at_latest.stop()
            self._steps.setInterval(0)  # the screens follow one per turn of the event loop
            self.runner.open_desk(opener, lambda _desk: self._desk_ready(build_now=False))
            return
        if not self._pending_screens:
            return
        wanted = self._wanted_screen
        if wanted in self._pending_screens:  # asked for before the desk was open: first
            self._pending_screens.remove(wanted)
            self._wanted_screen = None
            self._build_screen(wanted)
            self.show_screen(wanted)
        else:
            self._build_screen(self._pending_screens.pop(0))
        if self._pending_screens:
            self._steps.start()
        else:
            self._warm_up()
            self._became_ready()

    def paint_first(self, snapshot: BookSnapshot) -> None:
        """Before the window is shown: paint `snapshot` (checked against the store by
        the caller), the book as last shown, until the live one arrives."""
        if self._opener is None or self.signed_in:
            return
        self.store_zones = dict(snapshot.store_zones)
        self.timezone = snapshot.timezone
        self.model.set_timezone(snapshot.timezone)
        self._set_title(snapshot.person_name, snapshot.store_label)
        self.signed_in = True
        self._book = list(snapshot.rows)
        self._show_book()

    def _desk_ready(self, *, build_now: bool) -> None:
        """The desk is open: read who and where, the live book, and build the screens
        (at once, or one per turn of the event loop after the first paint)."""
        self.signed_in = self.runner.desk.acting_staff_id is not None
        from jeweldesk.ui.import_dialog import ImportEntry

        self.import_entry = ImportEntry(self)  # store managers' "Import clients…"
        from jeweldesk.ui.client_editor import ClientEntry

        self.client_entry = ClientEntry(self)  # "New client", "No match: add them", "Edit client"
        self.runner.read(_whereabouts, self._show_whereabouts)
        self.reload_book()
        waiting = [spec.key for spec in load_all() if spec.key not in self.screens]
        self.profile_pane.build()
        if build_now:
            for key in waiting:
                self._build_screen(key)
            self._became_ready()
        else:
            self._pending_screens = waiting
            self._steps.start()

    def _warm_up(self) -> None:
        """Pay a profile's one-time costs (its queries compiled, locale data read) on the
        database thread now, not when the advisor first taps a client."""
        if self.model.rowCount() == 0:
            return
        client_id, lang = self.model.client_id(0), self.runner.desk.lang

        def warm(desk: Desk) -> None:
            from decimal import Decimal

            from jeweldesk.ui.profile.common import money_text

            desk.clients.profile(client_id)
            desk.segments.standing(client_id).explain("segment", lang)
            money_text(Decimal("1"), "CNY", lang)

        self.runner.read(warm)

    def _became_ready(self) -> None:
        self.ready = True
        self.sig_ready.emit()

    # --- navigation ---------------------------------------------------------------------

    def _build_shell(self, book: QWidget) -> None:
        """A navigation rail on the left, one page per screen; the book is always there.
        The other screens are built by `_build_screen` when the desk is open."""
        from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget

        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.rail = QFrame()
        self.rail.setObjectName("navRail")
        rail_layout = QVBoxLayout(self.rail)
        rail_layout.setContentsMargins(8, 16, 8, 16)
        rail_layout.setSpacing(6)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.screens: dict[str, QWidget] = {"book": book}
        self.stack.addWidget(book)
        self.nav_buttons: dict[str, QPushButton] = {}
        entries = [("book", self.tr("Clients"), "Ctrl+2", 20, False)]
        entries += [(s.key, s.title, s.shortcut, s.position, s.managers_only) for s in load_all()]
        entries.sort(key=lambda e: e[3])
        for key, title, shortcut, _pos, managers_only in entries:
            button = QPushButton(QCoreApplication.translate("Screens", title))
            button.setObjectName(f"nav_{key}")
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, k=key: self.show_screen(k))
            button.setVisible(not managers_only)  # the screen shows it once the role is known
            self.nav_group.addButton(button)
            self.nav_buttons[key] = button
            rail_layout.addWidget(button)
            if shortcut:
                QShortcut(QKeySequence(shortcut), self, lambda k=key: self.show_screen(k))
        rail_layout.addStretch(1)
        self.rail.setVisible(len(entries) > 1)
        shell = QWidget()
        layout = QHBoxLayout(shell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(shell)
        self.show_screen("book")

    def _build_screen(self, key: str) -> QWidget:
        spec = next(s for s in load_all() if s.key == key)
        widget = spec.factory(self)
        self.screens[key] = widget
        self.stack.addWidget(widget)
        return widget

    def show_screen(self, key: str) -> None:
        self.nav_buttons[key].setChecked(True)
        widget = self.screens.get(key)
        if widget is None:
            if self.runner.desk is None:
                self._wanted_screen = key  # shown as soon as the desk is open
                return
            widget = self._build_screen(key)
        self.stack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh) and key != "book":
            refresh()

    def current_screen(self) -> str:
        widget = self.stack.currentWidget()
        return next(k for k, w in self.screens.items() if w is widget)

    # --- sync ---------------------------------------------------------------------------

    def attach_sync(self, controller) -> None:
        """Show sync status under the book; refresh what is on screen after each sync."""
        from jeweldesk.ui.sync_panel import SyncStatusWidget

        self.sync_controller = controller
        self.sync_status = SyncStatusWidget(controller, self)
        self.left_layout.addWidget(self.sync_status)
        controller.sig_synced.connect(lambda _report: self.refresh())
        self.sync_status.sig_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Re-read the book, and the client on screen, after changes made elsewhere."""
        current = self.stack.currentWidget() if hasattr(self, "stack") else None
        if (
            current is not None
            and current is not self.book_screen
            and callable(getattr(current, "refresh", None))
        ):
            current.refresh()
        self.reload_book()
        shown = self.profile_pane.profile
        if shown is not None:
            client_id = shown.summary.id
            self.runner.read(lambda desk: desk.clients.profile(client_id), self._show_profile)

    # --- the book and the search box ---------------------------------------------------

    def reload_book(self) -> None:
        if self.runner.desk is None:
            return  # the book is read once the desk is open
        staff_id = self.runner.desk.acting_staff_id
        self.signed_in = staff_id is not None
        if staff_id is None:
            self._fill_book([])
            return
        # The clocks first: a change landing between the two reads makes the kept copy
        # look stale at the next start, never fresh.
        self.runner.read(
            lambda desk: (desk.books.marks(staff_id), desk.books.book(staff_id)),
            self._fill_live_book,
        )

    def _fill_live_book(self, marks_and_rows: tuple) -> None:
        marks, rows = marks_and_rows
        self._fill_book(rows)
        self._keep_for_next_start(marks, rows)

    def _fill_book(self, rows: list[BookRow]) -> None:
        self._book = rows
        if self.search_box.text().strip():
            return  # the advisor is searching; the book waits until they clear the box
        self._show_book()

    def _keep_for_next_start(self, marks: dict, rows: list[BookRow]) -> None:
        from jeweldesk.ui.first_paint import BookSnapshot, write_snapshot

        person, store, _zones = self._whereabouts
        if person is None:
            return
        snapshot = BookSnapshot(
            staff_email=person.email,
            lang=self.runner.desk.lang,
            person_name=person.name,
            store_label=f"{store.name} ({store.code})" if store is not None else "",
            timezone=self.timezone,
            store_zones=dict(self.store_zones),
            rows=tuple(rows),
        )
        self.runner.read(lambda desk: write_snapshot(desk.path.parent, snapshot, marks))

    def _show_book(self) -> None:
        self.model.show_book(self._book)
        if not self.signed_in:
            self.list_caption.setText(self.tr("Not signed in: search for a client"))
        else:
            count = len(self._book)
            self.list_caption.setText(self.tr("My book · %n client(s)", "", count))
        self._reselect_shown_client()
        self.sig_list_shown.emit("book")

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_text(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._searched = ""
            self._show_book()

    def _on_search_return(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._run_search()
        if self.model.rowCount() > 0:
            self.client_list.setCurrentIndex(self.model.index(0, 0))
            self.client_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _run_search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            return
        self._searched = text
        self.runner.read(
            lambda desk: desk.clients.search(text, limit=SEARCH_LIMIT),
            lambda found: self._fill_results(text, found),
        )

    def _fill_results(self, text: str, found: list[ClientSummary]) -> None:
        if text != self.search_box.text().strip():
            return  # a late answer to an older query: a newer one is on its way
        self.model.show_results(found)
        if found:
            caption = self.tr("%n match(es) for “{query}”", "", len(found))
            self.list_caption.setText(caption.format(query=text))
        else:
            self.list_caption.setText(self.tr("No client matches “{query}”").format(query=text))
        self._reselect_shown_client()
        self.sig_list_shown.emit("results")

    # --- the chosen client ---------------------------------------------------------------

    def select_client(self, client_id: uuid.UUID) -> None:
        """Show a client: selects their row if the list holds them."""
        row = self.model.row_of(client_id)
        if row >= 0:
            self.client_list.setCurrentIndex(self.model.index(row, 0))
        else:
            self._load_profile(client_id)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._load_profile(self.model.client_id(indexes[0].row()))

    def _load_profile(self, client_id: uuid.UUID) -> None:
        shown = self.profile_pane.profile
        if shown is not None and shown.summary.id == client_id:
            return
        self.runner.read(lambda desk: desk.clients.profile(client_id), self._show_profile)

    def _show_profile(self, profile: ClientProfile) -> None:
        self.profile_pane.show_profile(
            profile, timezone=self.timezone, store_zones=self.store_zones
        )
        self.sig_profile_shown.emit(profile.summary.id)

    def _reselect_shown_client(self) -> None:
        # After the list changes, keep the shown client highlighted if it is listed.
        shown = self.profile_pane.profile
        if shown is None:
            return
        row = self.model.row_of(shown.summary.id)
        if row >= 0:
            # Reloading is skipped: `_load_profile` sees the client is already shown.
            self.client_list.setCurrentIndex(self.model.index(row, 0))
        else:
            self.client_list.setCurrentIndex(QModelIndex())

    # --- who and where -------------------------------------------------------------------

    def _show_whereabouts(self, whereabouts: tuple) -> None:
        self._whereabouts = whereabouts
        person, store, zones = whereabouts
        self.store_zones = zones
        if store is not None:
            self.timezone = store.timezone
            self.model.set_timezone(store.timezone)
        self._set_title(
            person.name if person is not None else "",
            f"{store.name} ({store.code})" if store is not None else "",
        )

    def _set_title(self, person_name: str, store_label: str) -> None:
        parts = [self.tr("JewelDesk")] + [p for p in (person_name, store_label) if p]
        self.setWindowTitle(" — ".join(parts))

    def _show_failure(self, message: str) -> None:
        self.status.setText(message)
        self.statusBar().show()


def _whereabouts(desk: Desk) -> tuple:
    """The signed-in person, this device's store, and every store's time zone."""
    person = desk.directory.person(desk.acting_staff_id) if desk.acting_staff_id else None
    store = desk.directory.store(desk.home_store_id) if desk.home_store_id else None
    zones = {s.code: s.timezone for s in desk.directory.stores()}
    return person, store, zones
