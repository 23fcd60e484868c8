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


def peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux, VmHWM: `ru_maxrss` carries over
    the peak of the process that started this one (a test run that had just built a
    100,000-client demo in memory made the app seem to take 414 MB, where it peaked
    at 232)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (
        1024 * 1024 if sys.platform == "darwin" else 1024
    )  # bytes on macOS, KiB elsewhere


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
    """The app as `open_main_window` starts it: the window painted first (the book as
    last shown, when the store still agrees with it), the store opened after."""
    from PySide6.QtWidgets import QApplication

    from jeweldesk.ui.app import open_main_window
    from jeweldesk.ui.appearance import apply_house_style

    app = QApplication(sys.argv)
    apply_house_style(app)
    window = open_main_window(folder)
    shown = {}
    window.sig_list_shown.connect(
        lambda kind: shown.setdefault(kind, time.perf_counter() - started)
    )
    window.sig_profile_shown.connect(
        lambda _id: shown.setdefault("profile_at", time.perf_counter())
    )
    window.sig_ready.connect(lambda: shown.setdefault("ready", time.perf_counter() - started))
    app.processEvents()  # the first paint
    if window.model.rowCount() > 0:
        shown["book"] = time.perf_counter() - started  # painted from the book as last shown
    deadline = time.perf_counter() + 60
    while ("book" not in shown or "ready" not in shown) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    while not window.runner.idle() and time.perf_counter() < deadline:
        app.processEvents()  # the live book too
        time.sleep(0.001)
    figures = {
        "book_on_screen": shown.get("book"),
        "ready": shown.get("ready"),
        "painted_first": window.model.rowCount() > 0
        and shown.get("book", 99) < shown.get("ready", 0),
    }
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
    figures["max_rss_mb"] = peak_rss_mb()
    window.runner.stop()
    window.runner.desk.close()
    return figures


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        out = bare()
    else:
        out = jeweldesk(sys.argv[2], sys.argv[3:])
    print(json.dumps(out), flush=True)
    os._exit(0)  # skip Qt's teardown: the figures are out, and teardown is not timed
