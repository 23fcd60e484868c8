"""`run_app`: start the desktop app (what `jeweldesk` and `jeweldesk --demo` do).

The flow: open the store (seeding the demo on first use), install the interface
language, then the first-run choice (a device with no store: the demo or enrolment)
or the sign-in, then the main window, guarded by the idle lock."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from jeweldesk import APP_NAME, ORG_NAME, paths
from jeweldesk.ui.appearance import apply_house_style
from jeweldesk.ui.main_window import MainWindow
from jeweldesk.ui.translations import install_translator

if TYPE_CHECKING:
    from jeweldesk.services import Desk

DEMO_FOLDER = "jeweldesk-demo"


def run_app(data_dir: str | Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Open the store in `data_dir` (or the user-data folder), sign someone in and show
    the main window until the advisor closes it. Returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    apply_house_style(app)
    session = AppSession(data_dir, demo=demo, lang=lang)
    if not session.start():
        return 1
    try:
        return app.exec()
    finally:
        session.close()


class AppSession(QObject):
    """One run of the app, from the first window to quitting: which store is open,
    who signed in, the main window (rebuilt when the language changes)."""

    def __init__(
        self, data_dir: str | Path | None = None, *, demo: bool = False, lang: str | None = None
    ) -> None:
        super().__init__()
        self.data_dir, self.demo, self.lang = data_dir, demo, lang
        self.desk: Desk | None = None
        self.folder: Path | None = None
        self.signin = None
        self.window: MainWindow | None = None
        self.guard = None

    def start(self) -> bool:
        """Open the store and show the first window. False if the demo could not be built.

        A device with a store and people asks for a PIN: that window paints at once and
        the store opens behind it (the advisor reaches for the tablet meanwhile). The
        first run and the demo that opens signed in open the store first."""
        if self._start_painting_first():
            return True
        if not self._open_store():
            return False
        desk = self.desk
        accounts = desk.accounts
        if accounts.auto_sign_in() and desk.acting_staff_id is not None:
            self._signed_in(accounts.signed_in())
            return True
        desk.act_as(None)  # the PIN decides who is at the desk, not the last session
        from jeweldesk.ui.signin import SignInWindow

        self.signin = SignInWindow(desk, first_run=accounts.first_run(), demo=accounts.is_demo())
        self.signin.sig_signed_in.connect(self._signed_in)
        self.signin.sig_demo_requested.connect(self._switch_to_demo)
        self.signin.show()
        return True

    def _start_painting_first(self) -> bool:
        from jeweldesk.services.before_open import store_facts

        folder = _store_folder(self.data_dir, self.demo, self.lang)
        if folder is None:
            return False
        facts = store_facts(folder)
        if facts is None or not facts.has_store or facts.auto_sign_in:
            return False
        from jeweldesk.ui.signin import SignInWindow

        self.folder = folder
        lang = self.lang

        def opener():
            from jeweldesk.services import Desk

            desk = Desk.open(folder)
            if lang:
                desk.set_language(lang)
            desk.accounts.seed_demo_pins()  # a demo store only: its staff get the demo PIN
            desk.act_as(None)  # the PIN decides who is at the desk, not the last session
            return desk

        install_translator(QApplication.instance(), lang or facts.language)
        self.signin = SignInWindow(opener=opener, demo=facts.demo)
        self.signin.sig_desk_opened.connect(self._desk_opened)
        self.signin.sig_signed_in.connect(self._signed_in)
        self.signin.sig_demo_requested.connect(self._switch_to_demo)
        self.signin.show()
        return True

    def _desk_opened(self, desk) -> None:
        self.desk = desk

    def _open_store(self) -> bool:
        folder = _store_folder(self.data_dir, self.demo, self.lang)
        if folder is None:
            return False
        from jeweldesk.services import Desk

        self.folder = folder
        self.desk = Desk.open(folder)
        if self.lang:
            self.desk.set_language(self.lang)
        install_translator(QApplication.instance(), self.desk.lang)
        self.desk.accounts.seed_demo_pins()  # a demo store only: its staff get the demo PIN
        return True

    def _switch_to_demo(self) -> None:
        """The first-run choice "Open the demo": the demo's own folder, then sign-in."""
        old = self.signin
        self.desk.close()
        self.demo, self.data_dir = True, None
        if old is not None:
            old.close()
            old.deleteLater()
        self.signin = None
        if not self.start():
            QApplication.instance().quit()

    def _signed_in(self, person) -> None:
        from jeweldesk.ui.lock import SessionGuard

        self.window = show_main_window(self.desk, self.folder, demo=self.demo)
        minutes = self.desk.settings.lock_minutes()
        self.guard = SessionGuard(self.window, person, minutes=minutes, demo=self.demo)
        if self.signin is not None:
            self.signin.close()
            self.signin.deleteLater()
            self.signin = None

    def close(self) -> None:
        if self.guard is not None:
            self.guard.stop()
        window = self.window
        while window is not None and getattr(window, "replacement", None) is not None:
            window = window.replacement  # the language changed: the window was rebuilt
        if window is not None:
            shutdown_main_window(window)
        if self.desk is not None:
            self.desk.close()


def _store_folder(data_dir, demo: bool, lang: str | None = None) -> Path | None:
    if not demo:
        return paths.data_dir(data_dir)
    folder = Path(data_dir) if data_dir else paths.data_dir() / DEMO_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    from jeweldesk.services.before_open import demo_needs_seeding
    from jeweldesk.ui.demo_seeding import seed_demo

    # Seeded for a desk in `lang`: the demo's agenda is prepared in that language.
    if demo_needs_seeding(folder) and not seed_demo(folder, lang=lang):
        return None
    return folder


def open_main_window(
    data_dir: str | Path | None = None, *, demo: bool = False, lang: str | None = None
) -> MainWindow | None:
    """Show the main window on the store in `data_dir`, acting as whoever last signed in
    on this device (no PIN asked: for kiosks, tests and tools); None if the demo could
    not be built (the user has been told why).

    The window paints first (the book as last shown) and opens the store after, on the
    database thread: see `MainWindow`. With `demo`, the store lives in its own folder
    (`jeweldesk-demo` in the user-data folder unless `data_dir` is given) and is seeded
    on first use."""
    from jeweldesk.ui.first_paint import SnapshotCheck

    folder = _store_folder(data_dir, demo, lang)
    if folder is None:
        return None
    # The kept book is checked against the store while the window is built.
    check = SnapshotCheck(folder, lang)
    shown_in = lang or (check.snapshot.lang if check.snapshot else None) or _store_language(folder)
    install_translator(QApplication.instance(), shown_in)

    def opener():
        from jeweldesk.services import Desk

        desk = Desk.open(folder)
        if lang:
            desk.set_language(lang)
        desk.accounts.seed_demo_pins()  # a demo store only
        return desk

    window = MainWindow(opener=opener)
    _attach_services(window, folder, demo=demo)
    snapshot = check.result()
    if snapshot is not None:
        window.paint_first(snapshot)
    elif check.snapshot is not None and lang is None and _store_language(folder) != shown_in:
        # Kept in a language the store no longer speaks: built again in the store's.
        window.deleteLater()
        return open_main_window(folder, demo=demo, lang=lang)
    window.show()
    return window


def _store_language(folder: Path) -> str:
    """The interface language the store was left in; English for no store."""
    from jeweldesk.services.before_open import store_facts

    facts = store_facts(folder)
    return facts.language if facts else "en"


def show_main_window(
    desk, folder: Path | None, *, demo: bool = False, headoffice=None
) -> MainWindow:
    """The main window on an open `desk`, with the demo's head office and sync attached
    once its screens are built."""
    window = MainWindow(desk, build_now=False)
    _attach_services(window, folder, demo=demo, headoffice=headoffice)
    window.show()
    return window


def _attach_services(
    window: MainWindow, folder: Path | None, *, demo: bool, headoffice=None
) -> None:
    """Once the window is ready: the demo's head office (in this process, so sync works
    as in a real store) and the background sync, if the device has a head office."""
    window.demo = demo
    window.headoffice = headoffice

    def attach() -> None:
        desk = window.runner.desk
        if demo and window.headoffice is None:
            from jeweldesk.headoffice.embedded import demo_headoffice

            window.headoffice = demo_headoffice(desk, folder or desk.path.parent)
        if desk.sync.client.url:
            from jeweldesk.ui.sync_panel import SyncController

            controller = SyncController(desk, window)
            window.attach_sync(controller)
            controller.start()

    if window.ready:
        attach()
    else:
        window.sig_ready.connect(attach)


def rebuild_main_window(window: MainWindow) -> MainWindow:
    """Build the main window again on the same desk (after the language changed: every
    screen's strings are made anew in the new language), on the same screen, and close
    the old one. Sign-in, the lock and the demo's head office carry over."""
    desk = window.runner.desk
    screen = window.current_screen() if hasattr(window, "stack") else "book"
    geometry, state = window.geometry(), window.windowState()
    controller = getattr(window, "sync_controller", None)
    if controller is not None:
        controller.stop()
    window.runner.stop()
    new = show_main_window(
        desk,
        None,
        demo=getattr(window, "demo", False),
        headoffice=getattr(window, "headoffice", None),
    )
    new.setGeometry(geometry)
    new.setWindowState(state)
    guard = getattr(window, "session_guard", None)
    if guard is not None:
        guard.attach(new)
    if screen in new.nav_buttons:
        new.show_screen(screen)
    window.headoffice = None  # handed over: closing the old window must not stop it
    window.replacement = new
    window.close()
    window.deleteLater()
    return new


def shutdown_main_window(window: MainWindow) -> None:
    """Stop sync and the demo's head office, and let the database thread finish."""
    if getattr(window, "sync_controller", None) is not None:
        window.sync_controller.stop()
    if getattr(window, "headoffice", None) is not None:
        window.headoffice.stop()
    window.runner.stop()
