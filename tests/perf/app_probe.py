"""Run as a child process by test_app_perf.py: time one start of the app (or of a bare
window) and print JSON figures. Offscreen, so the numbers are the app's own work."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

started = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("JewelDesk"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return {"shown": time.perf_counter() - started}


def jeweldesk(folder: str, client_queries: list[str]) -> dict:
    from PySide6.QtWidgets import QApplication

    from jeweldesk.services import Desk
    from jeweldesk.ui.appearance import apply_house_style
    from jeweldesk.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    apply_house_style(app)
    desk = Desk.open(folder)
    shown = {}
    window = MainWindow(desk)
    window.sig_list_shown.connect(lambda kind: shown.setdefault(kind, time.perf_counter() - started))
    window.sig_profile_shown.connect(lambda _id: shown.setdefault("profile_at", time.perf_counter()))
    window.show()
    deadline = time.perf_counter() + 60
    while "book" not in shown and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    figures = {"book_on_screen": shown.get("book")}
    opens = []
    for row in range(min(10, window.model.rowCount())):
        shown.pop("profile_at", None)
        clicked = time.perf_counter()
        window.client_list.setCurrentIndex(window.model.index(row, 0))
        while "profile_at" not in shown and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()  # let the pane paint
        opens.append((shown.get("profile_at", time.perf_counter()) - clicked) * 1000)
    figures["profile_open_ms"] = opens
    for query in client_queries:
        window.search_box.setText(query)
        end = time.perf_counter() + 2
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)
    figures["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    desk.close()
    return figures


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        out = bare()
    else:
        out = jeweldesk(sys.argv[2], sys.argv[3:])
    print(json.dumps(out), flush=True)
    os._exit(0)  # skip Qt's teardown: the figures are out, and teardown is not timed
