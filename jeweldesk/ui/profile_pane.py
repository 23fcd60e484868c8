"""The right pane: one client. The header and the note box stay in view; the record
is in tabs below them. Every edit is saved at once through the services, and the
last one can be undone (Ctrl+Z, or the bar that appears after it)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.ui.profile.saving import ProfileWrites

if TYPE_CHECKING:
    from jeweldesk.services.views import ClientProfile
    from jeweldesk.ui.profile.common import ProfileTab
    from jeweldesk.ui.profile.saving import Refusal

UNDO_SHOWN_MS = 12_000
NOTICE_SHOWN_MS = 5_000


class UndoBar(QFrame):
    """After each edit: what was saved, and an Undo button while it can be undone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 8, 4)
        layout.setSpacing(12)
        self.text = QLabel()
        self.text.setObjectName("undoText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undoButton")
        self.button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, *, undoable: bool = False, error: bool = False) -> None:
        self.text.setText(text)
        self.button.setVisible(undoable)
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
        self._timer.start(UNDO_SHOWN_MS if undoable or error else NOTICE_SHOWN_MS)


class ClientProfilePane(QStackedWidget):
    """Shows a `ClientProfile`; an invitation to choose a client when there is none.

    `runner` is the desk's runner; when not given, the window's (`window().runner`).
    `sig_edited(client_id)` after every saved edit and undo."""

    sig_edited = Signal(object)

    def __init__(
        self, runner=None, parent: QWidget | None = None, *, build_now: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profilePane")
        self.profile: ClientProfile | None = None
        self._runner = runner
        self._timezone = "UTC"
        self._zones: Mapping[str, str] = {}
        self.writes = ProfileWrites(self.runner, self)

        self.empty = QLabel(self.tr("Choose a client from your book, or search for anyone."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)

        self.page: QWidget | None = None  # built by `build` (at the latest, for the first client)
        if build_now:
            self.build()

    def build(self) -> None:
        """Build the profile's page: header, quick capture and the tabs. Kept out of
        the constructor so the main window can paint before it."""
        if self.page is not None:
            return
        # The tabs' modules load here too: the first paint needs none of them.
        from jeweldesk.ui.benefits.tab import BenefitsTab
        from jeweldesk.ui.photos.tab import PhotosTab
        from jeweldesk.ui.profile.box import BoxTab
        from jeweldesk.ui.profile.history import ConsentTab, HistoryTab, PurchasesTab
        from jeweldesk.ui.profile.notes import NotesTab, QuickCapture
        from jeweldesk.ui.profile.overview import OverviewTab, ProfileHeader
        from jeweldesk.ui.profile.people import DatesAndPeopleTab
        from jeweldesk.ui.profile.preferences import PreferencesTab

        self.page = QWidget()
        self.page.setObjectName("profileContent")
        self.addWidget(self.page)
        outer = QVBoxLayout(self.page)
        outer.setContentsMargins(28, 16, 20, 8)
        outer.setSpacing(8)
        self.header = ProfileHeader()
        self.capture = QuickCapture()
        self.undo_bar = UndoBar()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        outer.addWidget(self.header)
        outer.addWidget(self.capture)
        outer.addWidget(self.undo_bar)
        outer.addWidget(self.tabs, 1)

        self.overview = OverviewTab(self.writes)
        self.preferences = PreferencesTab(self.writes)
        self.notes = NotesTab(self.writes)
        self.dates = DatesAndPeopleTab(self.writes)
        self.box = BoxTab(self.writes)
        self.purchases = PurchasesTab(self.writes)
        self.history = HistoryTab(self.writes)
        self.consent = ConsentTab(self.writes)
        self.benefits = BenefitsTab(self.writes)
        self.photos = PhotosTab(self.writes)
        self.all_tabs: list[ProfileTab] = [
            self.overview,
            self.preferences,
            self.notes,
            self.dates,
            self.box,
            self.photos,
            self.purchases,
            self.history,
            self.benefits,
            self.consent,
        ]
        titles = [
            self.tr("Overview"),
            self.tr("Preferences"),
            self.tr("Notes"),
            self.tr("Dates && people"),
            #: The tab of the pieces the client owns: their jewellery box (珠宝盒).
            self.tr("Box"),
            self.tr("Photos"),
            self.tr("Purchases"),
            #: The tab of after-sales service: service jobs and service-recovery cases.
            self.tr("Service"),
            #: The tab of the client's benefits (权益) and vouchers.
            self.tr("Benefits"),
            self.tr("Consent"),
        ]
        for tab, title in zip(self.all_tabs, titles, strict=True):
            self.tabs.addTab(tab, title)  # "&&" shows one "&" (a lone one marks a mnemonic)

        # Names the first pane had: the main window and its tests read them.
        self.name = self.header.name
        self.name_local = self.header.name_local
        self.greeting = self.header.greeting
        self.meta = self.header.meta
        self.segment = self.header.segment
        self.allergy = self.header.allergy
        self.cards = self.overview.cards

        self.capture.sig_capture.connect(self.capture_note)
        self.writes.sig_saved.connect(
            lambda text, undoable: self.undo_bar.say(text, undoable=undoable)
        )
        self.writes.sig_undone.connect(
            lambda text: self.undo_bar.say(self.tr("Undone: {change}").format(change=text))
        )
        self.writes.sig_refused.connect(lambda text: self.undo_bar.say(text, error=True))
        self.writes.sig_written.connect(self.reload)
        self.undo_bar.button.clicked.connect(self.undo)
        # On the page, so both are live only while a client is on screen.
        QShortcut(QKeySequence("Ctrl+N"), self.page, self.capture.focus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.page, self.undo)

    # --- the desk ------------------------------------------------------------------------

    def runner(self):
        if self._runner is None:
            self._runner = getattr(self.window(), "runner", None)
        return self._runner

    def _lang(self) -> str:
        runner = self.runner()
        return getattr(getattr(runner, "desk", None), "lang", "en") if runner else "en"

    # --- showing -------------------------------------------------------------------------

    def clear(self) -> None:
        self.profile = None
        self.setCurrentWidget(self.empty)

    def show_profile(
        self, profile: ClientProfile, *, timezone: str, store_zones: Mapping[str, str]
    ) -> None:
        """`timezone` is this store's; `store_zones` maps store codes to their zones
        (a purchase is dated in the store where it was made)."""
        from jeweldesk.ui.profile.common import Shown

        self.build()
        same_client = self.profile is not None and self.profile.summary.id == profile.summary.id
        self.profile = profile
        self._timezone, self._zones = timezone, dict(store_zones)
        runner = self.runner()
        desk = getattr(runner, "desk", None)
        shown = Shown(
            profile, timezone, self._zones, self._lang(), getattr(desk, "acting_staff_id", None)
        )
        data_dir = Path(desk.path).parent if desk is not None else None
        self.header.show_client(shown, data_dir)
        for tab in self.all_tabs:
            tab.show_client(shown, same_client=same_client)
        if not same_client:
            self.capture.reset()
            self.writes.last = None  # undo belongs to the client it was made on
            self.undo_bar.hide()
            self.tabs.setCurrentIndex(0)
            self.header.show_segment_reason("")
        self.setCurrentWidget(self.page)
        if runner is not None:
            self._explain_segment(profile.summary.id)
            self._show_portrait(profile.summary.id)

    def _show_portrait(self, client_id: uuid.UUID) -> None:
        """The newest portrait in the header, once read (the monogram until then, or
        while its file has not arrived)."""

        def show(path) -> None:
            if self.profile is not None and self.profile.summary.id == client_id:
                self.header.portrait.show_photo(path)

        self.runner().read(
            lambda desk: desk.photos.thumbnail_path(desk.photos.portrait(client_id)), show
        )

    def _explain_segment(self, client_id: uuid.UUID) -> None:
        lang = self._lang()

        def reason(desk) -> str:
            store = desk.directory.store(desk.home_store_id) if desk.home_store_id else None
            standing = desk.segments.standing(client_id)
            return standing.explain("segment", lang, currency=getattr(store, "currency", None))

        def show(text: str) -> None:
            if self.profile is not None and self.profile.summary.id == client_id:
                self.header.show_segment_reason(text)

        self.runner().read(reason, show)

    def reload(self) -> None:
        """Re-read the client on screen (after an edit here)."""
        if self.profile is None:
            return
        client_id = self.profile.summary.id
        self.sig_edited.emit(client_id)

        def show(profile: ClientProfile) -> None:
            if self.profile is not None and self.profile.summary.id == client_id:
                self.show_profile(profile, timezone=self._timezone, store_zones=self._zones)

        self.runner().read(lambda desk: desk.clients.profile(client_id), show)

    # --- editing -------------------------------------------------------------------------

    def capture_note(self, text: str, pinned: bool, sensitive: bool) -> None:
        if self.profile is None:
            return
        client_id = self.profile.summary.id
        done = self.tr("Note saved")
        if pinned or sensitive:
            marks = [self.tr("pinned") if pinned else "", self.tr("sensitive") if sensitive else ""]
            done = self.tr("Note saved ({marks})").format(marks=", ".join(m for m in marks if m))

        def saved(_note) -> None:
            if self.profile is not None and self.profile.summary.id == client_id:
                self.capture.saved()

        # Notes are append-only (nothing anyone wrote is lost): a new note has no undo;
        # it can be edited from the Notes tab.
        self.writes.save(
            lambda desk: desk.notes.add(client_id, text, pinned=pinned, sensitive=sensitive),
            done=done,
            on_saved=saved,
            on_refused=lambda r: self._note_refused(client_id, r),
        )

    def _note_refused(self, client_id: uuid.UUID, refusal: Refusal) -> None:
        if self.profile is not None and self.profile.summary.id == client_id:
            self.capture.refused(refusal)

    def undo(self) -> None:
        if not self.writes.undo():
            self.undo_bar.say(self.tr("Nothing to undo"))


__all__ = ["ClientProfilePane"]
