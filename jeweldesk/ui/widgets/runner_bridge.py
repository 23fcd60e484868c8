"""Writes through the runner, whether or not it has `write`: the one place that
decides (the calendar's `submit` and the profile's saving go through it).

`DeskRunner.write(op, on_done)` serialises writes on the database thread and emits
`sig_changes`; a runner without it (one that only reads) takes a write through
`read`, and the screen that made it refreshes itself (nobody else hears about it).
Imports no Qt, so the calendar's data module stays free of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


def write(
    runner: QObject,
    op: Callable[[Any], Any],
    on_done: Callable[[Any], None],
    initiator: object = None,
) -> None:
    """Run a write `op(desk)`; `on_done(result)` on the UI thread when it succeeded."""
    writer = getattr(runner, "write", None)
    if callable(writer):
        writer(op, on_done, initiator=initiator)
    else:
        runner.read(op, on_done)


def on_changes(runner: QObject, slot: Callable[[Any, Any], None]) -> None:
    """Call `slot(changes, initiator)` after every write anyone makes."""
    signal = getattr(runner, "sig_changes", None)
    if signal is not None:
        signal.connect(lambda changes, initiator=None: slot(changes, initiator))


def notices_of(result: Any, lang: str) -> list[str]:
    """The notices a write brought back (a book over 50, sensitive notes withheld…),
    in the advisor's language; empty when the runner handed over the bare value."""
    notices = getattr(result, "notices", None) or ()
    return [n.message(lang) for n in notices]
