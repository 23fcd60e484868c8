"""`DeskRunner`: the one place the UI reaches the services, never on the UI thread.

Every call runs on ONE database thread, in the order asked (SQLite has one writer and
reportlab is not thread-safe); its result comes back on the UI thread by a queued
signal and is handed to the caller's callback. Writes also announce what they changed
with `sig_changes(changes, initiator)`: each screen listens and decides whether to
refresh (Anki's `operation_did_execute`). Network work (sync, enrolment) has its own
pool: a slow head office never holds up the book.

    runner.read(lambda desk: desk.clients.profile(cid), self._show_profile)
    runner.write(lambda desk: desk.notes.add(cid, text), self._note_saved, initiator=self)
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from jeweldesk.domain.errors import DomainError

if TYPE_CHECKING:
    from jeweldesk.services import Desk

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Job(QRunnable):
    def __init__(self, runner: DeskRunner, ticket: int, op: Callable) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.runner, self.ticket, self.op = runner, ticket, op

    def run(self) -> None:
        try:
            result, error = self.op(self.runner.desk), None
        except BaseException as exc:  # handed to the UI thread: a bug still surfaces there
            result, error = None, exc
        try:
            self.runner._sig_finished.emit(self.ticket, result, error)
        except RuntimeError:
            pass  # the window (and its runner) closed while the call ran


class DeskRunner(QObject):
    """Runs service calls on the database thread; callbacks run on the UI thread.

    Errors the advisor can act on (`DomainError`) go to the call's `on_failed` if
    given, else to `sig_failed` with their message in the desk's language; anything
    else is a bug and is raised again on the UI thread (pytest-qt fails the test).

    `sig_changes(changes, initiator)`: after each successful `write`, the `Changes` it
    reported and whoever asked (so a screen can skip refreshing for its own edit).
    `sig_idle()`: nothing is queued or running any more."""

    sig_failed = Signal(str)
    sig_changes = Signal(object, object)  # Changes, initiator
    sig_idle = Signal()
    _sig_finished = Signal(int, object, object)  # ticket, result, error

    def __init__(self, desk: Desk | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk  # None until `open_desk` has opened it
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one database thread: calls run in order
        self.pool.setExpiryTimeout(-1)  # and it stays the same thread
        self._tickets = itertools.count(1)
        self._waiting: dict[int, tuple] = {}
        self._sig_finished.connect(self._finished)

    # --- asking ------------------------------------------------------------------------

    def read(
        self,
        op: Callable[[Desk], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[DomainError], None] | None = None,
    ) -> int:
        """Run `op(desk)` on the database thread; `on_done(result)` on the UI thread.
        Returns a ticket (calls finish in the order asked)."""
        return self._submit(op, on_done, on_failed, write=False, initiator=None)

    def write(
        self,
        op: Callable[[Desk], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[DomainError], None] | None = None,
        initiator: object = None,
    ) -> int:
        """Like `read`, for a call that changes data: `op` returns a `Written` (or a
        `Changes`); after `on_done`, `sig_changes(changes, initiator)` tells every
        screen what changed."""
        return self._submit(op, on_done, on_failed, write=True, initiator=initiator)

    def open_desk(
        self, opener: Callable[[], Desk], on_done: Callable[[Desk], None] | None = None
    ) -> int:
        """Open the desk on the database thread (imports, migrations and all), for a
        window painted before it: calls asked meanwhile queue behind it and run on it."""

        def open_it(_none: None) -> Desk:
            self.desk = opener()
            return self.desk

        return self._submit(open_it, on_done, None, write=False, initiator=None)

    def idle(self) -> bool:
        """Nothing queued, running or waiting for its callback."""
        return not self._waiting

    def stop(self, timeout_ms: int = 30_000) -> bool:
        """Let queued calls finish (before the desk closes). True if they did."""
        try:
            return self.pool.waitForDone(timeout_ms)
        except RuntimeError:  # already deleted with its window: nothing left to run
            return True

    # --- inside ------------------------------------------------------------------------

    def _submit(self, op, on_done, on_failed, *, write: bool, initiator) -> int:
        ticket = next(self._tickets)
        self._waiting[ticket] = (on_done, on_failed, write, initiator)
        self.pool.start(_Job(self, ticket, op))
        return ticket

    def _finished(self, ticket: int, result: object, error: BaseException | None) -> None:
        on_done, on_failed, write, initiator = self._waiting.pop(ticket, (None, None, False, None))
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
                changes = _changes_of(result) if write else None
                if changes is not None and not changes.empty:
                    self.sig_changes.emit(changes, initiator)
            elif isinstance(error, DomainError):
                log.info("service call refused: %s", error)
                if on_failed is not None:
                    on_failed(error)
                else:
                    self.sig_failed.emit(
                        error.message(self.desk.lang if self.desk is not None else "en")
                    )
            else:
                raise error
        finally:
            if not self._waiting:
                self.sig_idle.emit()


def _changes_of(result: object):
    from jeweldesk.services.base import Changes

    if isinstance(result, Changes):
        return result
    return getattr(result, "changes", None)
