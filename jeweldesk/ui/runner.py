"""`DeskRunner`: the one place the UI reaches the services.

Today it calls them directly on the UI thread: the first window's reads take a few
milliseconds. A single database thread is planned; callers already hand over a
callback for the result, so moving the work off the UI thread will not change them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from jeweldesk.domain.errors import DomainError

if TYPE_CHECKING:
    from jeweldesk.services import Desk

log = logging.getLogger(__name__)
T = TypeVar("T")


class DeskRunner(QObject):
    """Runs reads against the desk and hands results back on the UI thread.

    Errors the advisor can act on (`DomainError`) are reported by `sig_failed` with
    their message in the desk's language; anything else is a bug and propagates."""

    sig_failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk

    def read(self, op: Callable[[Desk], T], on_done: Callable[[T], None]) -> None:
        try:
            result = op(self.desk)
        except DomainError as exc:
            log.info("read failed: %s", exc)
            self.sig_failed.emit(exc.message(self.desk.lang))
            return
        on_done(result)
