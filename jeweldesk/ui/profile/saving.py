"""Every edit on the profile is saved at once through the services, on the desk's
runner; a refusal is shown next to the field, the last change can be undone.

Writes go through `runner.write` (serialised on the database thread, announcing its
`Changes` with the pane as initiator), or `runner.read` on a runner without writes.
Either way the result comes back by callback: nothing here assumes the write has
finished when `save` returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from jeweldesk.domain.errors import DomainError
from jeweldesk.ui.widgets import runner_bridge

if TYPE_CHECKING:
    from jeweldesk.services import Desk

Op = Callable[["Desk"], Any]


@dataclass(frozen=True)
class Refusal:
    """Why the services refused a write, in the advisor's language."""

    message: str
    field: str | None
    key: str = ""


@dataclass(frozen=True)
class UndoStep:
    """The last change and how to reverse it through the services."""

    done: str  # "Ring size saved": what the undo bar says
    reverse: Op


class ProfileWrites(QObject):
    """`sig_saved(text, undoable)` after each write; `sig_undone(text)` after an undo;
    `sig_written()` after any write, for the pane to re-read the client."""

    sig_saved = Signal(str, bool)
    sig_undone = Signal(str)
    sig_written = Signal()
    sig_refused = Signal(str)  # a refusal no field shows

    def __init__(self, runner_of: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner_of = runner_of
        self.last: UndoStep | None = None

    @property
    def runner(self):
        return self._runner_of()

    @property
    def lang(self) -> str:
        runner = self.runner
        return getattr(getattr(runner, "desk", None), "lang", "en")

    def save(
        self,
        op: Op,
        *,
        done: str | Callable[[Any], str],
        reverse: Callable[[Any], Op | None] | None = None,
        on_saved: Callable[[Any], None] | None = None,
        on_refused: Callable[[Refusal], None] | None = None,
    ) -> None:
        """Run `op(desk)` (a service write returning `Written`). On success `on_saved`
        gets the written value and `reverse(value)`, if given, says how to undo it; on a
        refusal `on_refused` gets the message, and what the advisor typed stays."""

        def finished(refusal: Refusal | None, value: Any) -> None:
            if refusal is not None:
                if on_refused is not None:
                    on_refused(refusal)
                else:
                    self.sig_refused.emit(refusal.message)
                return
            text = done(value) if callable(done) else done
            undo = reverse(value) if reverse is not None else None
            self.last = UndoStep(text, undo) if undo is not None else None
            if on_saved is not None:
                on_saved(value)
            self.sig_saved.emit(text, undo is not None)
            self.sig_written.emit()

        self._run(op, finished)

    def undo(self) -> bool:
        """Reverse the last change; False when there is nothing to undo."""
        step, self.last = self.last, None
        if step is None:
            return False

        def finished(refusal: Refusal | None, _value: Any) -> None:
            if refusal is not None:
                self.sig_refused.emit(refusal.message)
                return
            self.sig_undone.emit(step.done)
            self.sig_written.emit()

        self._run(step.reverse, finished)
        return True

    def _run(self, op: Op, finished: Callable[[Refusal | None, Any], None]) -> None:
        from jeweldesk.services.views import Changes, Written  # not needed for the first paint

        refused: list[DomainError] = []
        lang = self.lang

        def attempt(desk: Desk) -> Any:
            # A refusal is caught here, on whichever thread runs the op, and handed back
            # as an empty write: the runner reports no changes and the field shows why.
            try:
                return op(desk)
            except DomainError as exc:
                refused.append(exc)
                return Written(None, Changes())

        def done(result: Any) -> None:
            if refused:
                exc = refused[0]
                finished(Refusal(exc.message(lang), getattr(exc, "field", None), exc.key), None)
                return
            finished(None, result.value if isinstance(result, Written) else result)

        # The pane that asked is the initiator: it re-reads the client itself.
        runner_bridge.write(self.runner, attempt, done, initiator=self.parent())
