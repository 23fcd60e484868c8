"""Render any screen to a PNG without showing it: for documentation, support and
visual checks, on any platform (offscreen included).

    jeweldesk screenshot --data-dir DIR --screen book --lang zh_CN --out book.png
    python -m jeweldesk.ui.screenshot --data-dir DIR --out window.png [--client ID|--search TEXT]

Screens: the main window's (book, client, today, calendar, kpis, settings… whatever
is registered), `appointment` (the calendar's editor on the first appointment),
`conflicts` (the review dialog), `signin` and `lock`. The store is read, never changed:
language and the acting person are set for the picture only."""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from jeweldesk.domain.messages import normalise_language
from jeweldesk.services import Desk
from jeweldesk.ui.appearance import apply_house_style
from jeweldesk.ui.main_window import MainWindow

SCREENS = (
    "today",
    "book",
    "client",
    "calendar",
    "appointment",
    "service_job",
    "document",
    "conflicts",
    "kpis",
    "settings",
    "signin",
    "lock",
)


class ScreenUnavailable(LookupError):
    """The screen asked for is not part of this build (yet)."""


def _app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not app.styleSheet():  # re-applying re-polishes every widget alive: slow
        apply_house_style(app)
    return app


def settle(app: QApplication, runner=None, timeout: float = 10.0) -> None:
    """Let queued reads land and layouts settle before the picture is taken."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 5:
        app.processEvents()
        busy = runner is not None and not runner.idle()
        quiet = 0 if busy else quiet + 1
        time.sleep(0.02)
    app.processEvents()


def _save(widget: QWidget, out_path) -> Path:
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    return out


def _offscreen(widget: QWidget, size: tuple[int, int]) -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(*size)
    widget.show()


def render_main_window(
    desk: Desk,
    out_path: str | os.PathLike[str],
    size: tuple[int, int] = (1280, 800),
    client_id: uuid.UUID | None = None,
    search: str | None = None,
    screen: str = "book",
) -> Path:
    """Build the window for `desk` at `size` on `screen`, optionally show a client
    and/or a search, and save it as a PNG. Needs no visible screen."""
    app = _app()
    window = MainWindow(desk)
    _offscreen(window, size)
    try:
        if screen != "book":
            if screen not in window.screens:
                raise ScreenUnavailable(screen)
            window.show_screen(screen)
        settle(app, window.runner)
        if search:
            window.search_box.setText(search)
            window._search_timer.stop()
            window._run_search()
        if client_id is not None:
            window.select_client(client_id)
        settle(app, window.runner)
        return _save(window, out_path)
    finally:
        window.runner.stop()
        window.close()
        window.deleteLater()


def render_screen(desk: Desk, name: str, out_path, size: tuple[int, int] = (1280, 800)) -> Path:
    """`name` (one of SCREENS, or any registered screen key) as a PNG. Raises
    `ScreenUnavailable` for a screen this build does not have."""
    if name == "book":
        return render_main_window(desk, out_path, size)
    if name == "client":
        book = desk.books.book(desk.acting_staff_id) if desk.acting_staff_id else []
        if not book:
            raise ScreenUnavailable("client (the signed-in person's book is empty)")
        return render_main_window(desk, out_path, size, client_id=book[0].summary.id)
    if name == "signin":
        return _render_signin(desk, out_path, size)
    if name == "lock":
        return _render_lock(desk, out_path, size)
    if name == "conflicts":
        return _render_conflicts(desk, out_path, size)
    if name == "appointment":
        return _render_appointment(desk, out_path, size)
    if name == "service_job":
        return _render_service_job(desk, out_path, size)
    if name == "document":
        return _render_document(desk, out_path, size)
    return render_main_window(desk, out_path, size, screen=name)


def _render_signin(desk: Desk, out_path, size) -> Path:
    from jeweldesk.ui.signin import SignInWindow

    app = _app()
    acting = desk.acting_staff_id
    window = SignInWindow(desk, first_run=desk.accounts.first_run(), demo=desk.accounts.is_demo())
    _offscreen(window, size)
    try:
        settle(app, window.runner)
        return _save(window, out_path)
    finally:
        window.close()
        window.runner.stop()
        window.deleteLater()
        desk.act_as(acting)


def _render_lock(desk: Desk, out_path, size) -> Path:
    from jeweldesk.ui.signin import LockWindow

    if desk.acting_staff_id is None:
        raise ScreenUnavailable("lock (nobody is signed in)")
    app = _app()
    window = MainWindow(desk)
    _offscreen(window, size)
    person, demo = desk.accounts.person(desk.acting_staff_id), desk.accounts.is_demo()
    if demo and not person.has_pin:
        # The app gives a demo's staff the demo PIN as it opens the store; the picture
        # changes nothing, so it shows the lock as the app would, not "choose a PIN".
        person = replace(person, has_pin=True)
    lock = LockWindow(window.runner, person, demo=demo)
    _offscreen(lock, size)
    try:
        settle(app, window.runner)
        return _save(lock, out_path)
    finally:
        window.runner.stop()
        lock.close()
        lock.deleteLater()
        window.close()
        window.deleteLater()


def _render_conflicts(desk: Desk, out_path, size) -> Path:
    from jeweldesk.ui.sync_panel import ConflictDialog

    app = _app()
    dialog = ConflictDialog(desk)
    _offscreen(dialog, (min(size[0], 900), min(size[1], 700)))
    try:
        settle(app)
        return _save(dialog, out_path)
    finally:
        dialog.close()
        dialog.deleteLater()


def _render_service_job(desk: Desk, out_path, size) -> Path:
    """The Service job dialog on the store's first open job (ready first), or taking
    a piece in for the first client of the book when no job is open."""
    from jeweldesk.ui.runner import DeskRunner
    from jeweldesk.ui.service_job import ServiceJobDialog

    app = _app()
    jobs = desk.service.open_at_store()
    book = desk.books.book(desk.acting_staff_id) if desk.acting_staff_id else []
    if not jobs and not book:
        raise ScreenUnavailable("service_job (no open job, and the book is empty)")
    runner = DeskRunner(desk)
    if jobs:
        dialog = ServiceJobDialog(runner, job_id=jobs[0].id)
    else:
        dialog = ServiceJobDialog(runner, client_id=book[0].summary.id)
    _offscreen(dialog, (size[0] - 60, size[1] - 40))  # over the window, as it opens
    try:
        settle(app, runner)
        return _save(dialog, out_path)
    finally:
        runner.stop()
        dialog.close()
        dialog.deleteLater()


def _render_document(desk: Desk, out_path, size) -> Path:
    """The document preview on the document issued last on this device, drawn again
    from what was issued (nothing is issued for the picture)."""
    from jeweldesk.ui.documents_dialog import show_copy

    app = _app()
    doc = desk.documents.latest()
    if doc is None:
        raise ScreenUnavailable("document (none issued on this device yet)")
    dialog = show_copy(None, doc, desk.documents.render(doc.id))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    _offscreen(dialog, (size[0] - 60, size[1] - 40))  # over the window, as it opens
    try:
        # QPdfView draws its pages on a thread of its own: give it a moment.
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        return _save(dialog, out_path)
    finally:
        dialog.close()
        dialog.deleteLater()


def _render_appointment(desk: Desk, out_path, size) -> Path:
    """The appointment editor on the calendar's first appointment, if the calendar
    screen offers one (`open_first_appointment()` or `edit_appointment(id)`)."""
    app = _app()
    window = MainWindow(desk)
    _offscreen(window, size)
    try:
        calendar = window.screens.get("calendar")
        opener = getattr(calendar, "open_first_appointment", None)
        if calendar is None or not callable(opener):
            raise ScreenUnavailable("appointment (the calendar has no appointment editor yet)")
        window.show_screen("calendar")
        settle(app, window.runner)
        editor = opener()
        settle(app, window.runner)
        if editor is None:
            raise ScreenUnavailable("appointment (no appointment to show)")
        if isinstance(editor, QWidget) and editor.isWindow():
            from jeweldesk.ui.appointment.common import EDITOR_SIZE

            # As it opens on a screen of `size` (the offscreen one is smaller than most).
            _offscreen(
                editor, (min(EDITOR_SIZE[0], size[0] - 24), min(EDITOR_SIZE[1], size[1] - 24))
            )
            settle(app, window.runner)
            return _save(editor, out_path)
        return _save(window, out_path)
    finally:
        window.runner.stop()
        window.close()
        window.deleteLater()


def prepare_desk(desk: Desk, lang: str, as_email: str | None = None) -> None:
    """The language and the person for the picture, in memory only (nothing saved),
    and the interface translator for `lang`."""
    from jeweldesk.ui.translations import install_translator

    desk.lang = normalise_language(lang)
    install_translator(_app(), desk.lang)
    if as_email:
        desk.act_as(desk.directory.person(as_email).id)
    elif desk.home_store_id is not None:
        people = [
            p for p in desk.accounts.people() if p.role == "advisor"
        ] or desk.accounts.people()
        if people:
            store_first = sorted(people, key=lambda p: p.email)
            acting = desk.acting_staff_id
            if acting is None or acting not in {p.id for p in people}:
                desk.act_as(store_first[0].id)


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
