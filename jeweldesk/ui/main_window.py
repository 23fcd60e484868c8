"""The main window: the advisor's book and one search box on the left, the chosen
client on the right."""

from __future__ import annotations

import uuid
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

if TYPE_CHECKING:
    from jeweldesk.services import Desk
    from jeweldesk.services.views import BookRow, ClientProfile, ClientSummary

SEARCH_DELAY_MS = 150  # long enough to skip keystrokes typed in a burst
SEARCH_LIMIT = 50


class MainWindow(QMainWindow):
    """`sig_list_shown(kind)` fires after the list is filled: "book" or "results"."""

    sig_list_shown = Signal(str)
    sig_profile_shown = Signal(object)  # client id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.runner = DeskRunner(desk, self)
        self.runner.sig_failed.connect(self._show_failure)
        self.timezone = "UTC"
        self.store_zones: dict[str, str] = {}
        self._book: list[BookRow] = []
        self._searched = ""

        self.runner.read(_whereabouts, self._show_whereabouts)
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

        self.profile_pane = ClientProfilePane()
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
        self.reload_book()

    # --- navigation ---------------------------------------------------------------------

    def _build_shell(self, book: QWidget) -> None:
        """A navigation rail on the left, one page per screen; the book is always there."""
        from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget

        from jeweldesk.ui.screens import load_all

        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.rail = QFrame()
        self.rail.setObjectName("navRail")
        rail_layout = QVBoxLayout(self.rail)
        rail_layout.setContentsMargins(8, 16, 8, 16)
        rail_layout.setSpacing(6)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.screens: dict[str, QWidget] = {}
        self.nav_buttons: dict[str, QPushButton] = {}
        entries = [("book", self.tr("Clients"), "Ctrl+2", lambda _w: book, 20)]
        entries += [(s.key, s.title, s.shortcut, s.factory, s.position) for s in load_all()]
        entries.sort(key=lambda e: e[4])
        for key, title, shortcut, factory, _pos in entries:
            widget = factory(self)
            self.screens[key] = widget
            self.stack.addWidget(widget)
            button = QPushButton(QCoreApplication.translate("Screens", title))
            button.setObjectName(f"nav_{key}")
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, k=key: self.show_screen(k))
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

    def show_screen(self, key: str) -> None:
        widget = self.screens[key]
        self.stack.setCurrentWidget(widget)
        self.nav_buttons[key].setChecked(True)
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
        if current is not None and current is not self.book_screen and callable(getattr(current, "refresh", None)):
            current.refresh()
        self.reload_book()
        shown = self.profile_pane.profile
        if shown is not None:
            client_id = shown.summary.id
            self.runner.read(lambda desk: desk.clients.profile(client_id), self._show_profile)

    # --- the book and the search box ---------------------------------------------------

    def reload_book(self) -> None:
        staff_id = self.runner.desk.acting_staff_id
        if staff_id is None:
            self._fill_book([])
            return
        self.runner.read(lambda desk: desk.books.book(staff_id), self._fill_book)

    def _fill_book(self, rows: list[BookRow]) -> None:
        self._book = rows
        if self.search_box.text().strip():
            return  # the advisor is searching; the book waits until they clear the box
        self._show_book()

    def _show_book(self) -> None:
        self.model.show_book(self._book)
        if self.runner.desk.acting_staff_id is None:
            self.list_caption.setText(self.tr("Not signed in: search for a client"))
        else:
            count = len(self._book)
            self.list_caption.setText(
                self.tr("My book · 1 client")
                if count == 1
                else self.tr("My book · {count} clients").format(count=count)
            )
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
            caption = (
                self.tr("1 match for “{query}”")
                if len(found) == 1
                else self.tr("{count} matches for “{query}”")
            )
            self.list_caption.setText(caption.format(count=len(found), query=text))
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
        person, store, zones = whereabouts
        self.store_zones = zones
        if store is not None:
            self.timezone = store.timezone
        parts = [self.tr("JewelDesk")]
        if person is not None:
            parts.append(person.name)
        if store is not None:
            parts.append(f"{store.name} ({store.code})")
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
