"""`run_app`: start the desktop app (what `jeweldesk` and `jeweldesk --demo` do)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from jeweldesk import APP_NAME, ORG_NAME, paths
from jeweldesk.services import Desk
from jeweldesk.ui.appearance import apply_house_style
from jeweldesk.ui.demo_seeding import demo_needs_seeding, seed_demo
from jeweldesk.ui.main_window import MainWindow

DEMO_FOLDER = "jeweldesk-demo"


def run_app(data_dir: str | Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Open the store in `data_dir` (or the user-data folder) and show the main window
    until the advisor closes it. Returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    apply_house_style(app)
    window = open_main_window(data_dir, demo=demo, lang=lang)
    if window is None:
        return 1
    try:
        return app.exec()
    finally:
        if getattr(window, "sync_controller", None) is not None:
            window.sync_controller.stop()
        if getattr(window, "headoffice", None) is not None:
            window.headoffice.stop()
        window.runner.desk.close()


def open_main_window(
    data_dir: str | Path | None = None, *, demo: bool = False, lang: str | None = None
) -> MainWindow | None:
    """Open the store and show the main window; None if the demo could not be built
    (the user has been told why).

    With `demo`, the store lives in its own folder (`jeweldesk-demo` in the user-data
    folder unless `data_dir` is given) and is seeded on first use."""
    if demo:
        folder = Path(data_dir) if data_dir else paths.data_dir() / DEMO_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        if demo_needs_seeding(folder) and not seed_demo(folder):
            return None
    else:
        folder = paths.data_dir(data_dir)
    desk = Desk.open(folder)
    if lang:
        desk.set_language(lang)
    window = MainWindow(desk)
    if demo:
        # The demo's own head office, in this process: sync works as in a real store.
        from jeweldesk.headoffice.embedded import demo_headoffice

        window.headoffice = demo_headoffice(desk, folder)
    if desk.sync.client.url:
        from jeweldesk.ui.sync_panel import SyncController

        controller = SyncController(desk, window)
        window.attach_sync(controller)
        controller.start()
    window.show()
    return window
