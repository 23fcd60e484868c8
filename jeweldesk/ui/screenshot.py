"""Render the main window to a PNG without showing it: for looking at the layout in
review and in tests, on any platform (offscreen included).

    python -m jeweldesk.ui.screenshot --data-dir DIR --out window.png [--client ID|--search TEXT]
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jeweldesk.services import Desk
from jeweldesk.ui.appearance import apply_house_style
from jeweldesk.ui.main_window import MainWindow


def render_main_window(
    desk: Desk,
    out_path: str | os.PathLike[str],
    size: tuple[int, int] = (1280, 800),
    client_id: uuid.UUID | None = None,
    search: str | None = None,
) -> Path:
    """Build the window for `desk` at `size`, optionally show a client and/or a search,
    and save it as a PNG. Needs no visible screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_house_style(app)
    window = MainWindow(desk)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    if search:
        window.search_box.setText(search)
        window._search_timer.stop()
        window._run_search()
    if client_id is not None:
        window.select_client(client_id)
    app.processEvents()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    window.close()
    window.deleteLater()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jeweldesk.ui.screenshot")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--client", help="client id to show")
    parser.add_argument("--search", help="text to type in the search box")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    with Desk.open(args.data_dir) as desk:
        client = uuid.UUID(args.client) if args.client else None
        print(render_main_window(desk, args.out, (width, height), client, args.search))
    return 0


if __name__ == "__main__":
    sys.exit(main())
