"""Sync in the app: a status line (online or offline, last sync, pending changes), a
"Sync now" button, a badge when changes wait for review, and the review dialog:
conflicts to settle, and changes head office refused, to read and dismiss (and, for a
record added here, to remove from this device).

Sync runs on its own network thread, every few minutes and on demand, and never on
the UI thread; the result comes back by signal."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.errors import DomainError
from jeweldesk.domain.timezones import in_store_time
from jeweldesk.sync.client import SyncError
from jeweldesk.ui.labels import field_label, record_label
from jeweldesk.ui.widgets.dates import record_date

if TYPE_CHECKING:
    from jeweldesk.services.refused import RefusedChange, TriedValue

if TYPE_CHECKING:
    from jeweldesk.services import Desk

log = logging.getLogger(__name__)
SYNC_EVERY_MS = 3 * 60 * 1000


class _SyncJob(QRunnable):
    def __init__(self, desk: Desk, done) -> None:
        super().__init__()
        self.desk = desk
        self.done = done

    def run(self) -> None:
        status = 0
        try:
            report, error = self.desk.sync.sync(), ""
        except SyncError as exc:
            report, error, status = None, str(exc), exc.status or 0
        except Exception as exc:  # a bug must not kill the app's sync thread silently
            log.exception("sync failed")
            report, error = None, f"{type(exc).__name__}: {exc}"
        try:
            self.done.emit(report, error, status)
        except RuntimeError:
            pass  # the window closed while the sync ran; the result is in the store


# Head office's answers that no retry will change: the advisor is told what to do.
REFUSALS = {401: "revoked", 426: "outdated"}


class SyncController(QObject):
    """Owns the network thread and the timer. `sig_state(dict)` after each attempt."""

    sig_state = Signal(dict)
    sig_synced = Signal(object)  # SyncReport, on success
    _sig_done = Signal(object, str, int)

    def __init__(
        self, desk: Desk, parent: QObject | None = None, every_ms: int = SYNC_EVERY_MS
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running = False
        self.online: bool | None = None
        self.last_error = ""
        self.refused = (
            ""  # "revoked" or "outdated": head office will not sync with this device as it is
        )
        self.last_sync: dt.datetime | None = None
        self._sig_done.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self, self.sync_now)  # dropped if the controller goes first

    def sync_now(self) -> bool:
        """Start a sync unless one is running; returns whether one started."""
        if self.running or not self.desk.sync.client.url:
            return False
        self.running = True
        self.sig_state.emit(self.state())
        self.pool.start(_SyncJob(self.desk, self._sig_done))
        return True

    def _finished(self, report, error: str, status: int = 0) -> None:
        self.running = False
        self.online = not error
        self.last_error = error
        self.refused = REFUSALS.get(status, "")
        if report is not None:
            self.last_sync = dt.datetime.now(dt.UTC)
            self.sig_synced.emit(report)
        self.sig_state.emit(self.state())

    def state(self) -> dict:
        return {
            "running": self.running,
            "online": self.online,
            "last_sync": self.last_sync,
            "pending": self.desk.sync.pending(),
            "conflicts": self.desk.conflicts.count_open(),
            "refused_changes": self.desk.refused.count_open(),
            "error": self.last_error,
            "refused": self.refused,
        }

    def stop(self) -> None:
        self.timer.stop()
        self.pool.waitForDone(30_000)


class SyncStatusWidget(QWidget):
    """The line at the foot of the book: status, "Sync now", and the review badge."""

    sig_changed = Signal()  # a conflict was resolved or a record withdrawn: screens refresh

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.label = QLabel()
        self.label.setObjectName("syncLabel")
        self.label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(controller.sync_now)
        self.badge = QPushButton()
        self.badge.setObjectName("conflictBadge")
        self.badge.clicked.connect(self.review)
        self.badge.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sync_button)
        row.addWidget(self.badge)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        controller.sig_state.connect(self.show_state)
        self.show_state(controller.state())

    def show_state(self, state: dict) -> None:
        if state["running"]:
            text = self.tr("Syncing…")
        elif state["online"] is None:
            text = self.tr("Not synced yet")
        elif state["online"]:
            when = state["last_sync"].astimezone().strftime("%H:%M") if state["last_sync"] else ""
            text = self.tr("● Online · synced at %1").replace("%1", when)
        elif state.get("refused") == "revoked":
            text = self.tr(
                "Head office no longer accepts this device: ask head office to enrol it again. "
                "Your changes are kept on this device"
            )
        elif state.get("refused") == "outdated":
            text = self.tr(
                "This version of JewelDesk is too old for head office: update it. "
                "Your changes are kept on this device"
            )
        else:
            text = self.tr("○ Offline · your changes are kept on this device")
        if state["pending"]:
            text += " · " + self.tr("%n change(s) waiting to sync", "", state["pending"])
        refused = state.get("refused_changes", 0)
        if refused:
            text += " · " + self.tr("%n change(s) refused by head office", "", refused)
        self.label.setText(text)
        self.sync_button.setEnabled(not state["running"])
        count = state["conflicts"] + refused
        self.badge.setVisible(count > 0)
        self.badge.setText(self.tr("%n change(s) to review", "", count))

    def review(self) -> None:
        dialog = ConflictDialog(self.controller.desk, self)
        dialog.exec()
        if dialog.resolved or dialog.withdrawn:
            self.sig_changed.emit()
        self.show_state(self.controller.state())


def _shown(value) -> str:
    if value in (None, ""):
        return "—"
    return str(value)


def _plain(text: str, name: str) -> QLabel:
    """A label showing `text` as it is: values people typed and head office's words
    are never read as markup."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConflictDialog(QDialog):
    """Side by side: what it was (base), what head office kept (theirs), what this
    device or another wrote (mine); who and when. Choosing is itself a synced change.

    Below, the changes head office refused: what was tried, when, and head office's
    reason. They cannot be settled here (head office will not take them); the person
    dismisses each once seen, and the change itself stays on the device. A record
    whose addition was refused can instead be removed from this device, which then
    agrees with head office."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes to review"))
        self.setObjectName("conflictDialog")
        self.setMinimumWidth(640)
        self.desk = desk
        self.resolved = 0
        self.dismissed = 0
        self.withdrawn = 0
        store = desk.directory.store(desk.home_store_id) if desk.home_store_id else None
        self.zone = store.timezone if store is not None else ""
        body = QWidget()
        self.rows = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        conflicts = self.desk.conflicts.open()
        refused = self.desk.refused.open(field_name=field_label, record_name=record_label)
        if not conflicts and not refused:
            self.rows.addWidget(QLabel(self.tr("Nothing to review.")))
        for view in conflicts:
            self.rows.addWidget(self._card(view))
        if refused:
            self.rows.addWidget(self._refused_section(refused))
        self.rows.addStretch(1)

    def _card(self, view) -> QFrame:
        """One conflict side by side: before, what head office kept, what was not
        kept; which device wrote each; a button under each value to settle on it."""
        if view.kind == "double_use":  # a benefit used twice: its own card
            from jeweldesk.ui.benefits.conflict_card import double_use_card

            return double_use_card(self, view)
        card = QFrame()
        card.setObjectName("conflictCard")
        outer = QVBoxLayout(card)
        who = view.client_name or view.entity
        what = escape(field_label(view.field))
        outer.addWidget(QLabel(f"<b>{escape(who)}</b> · {what} · {self._when(view.detected_at)}"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        columns = (
            (self.tr("Before"), view.base, ""),
            (self.tr("Kept at head office"), view.theirs, self._device(view.theirs_device)),
            (self.tr("Not kept"), view.mine, self._device(view.mine_device)),
        )
        for column, (heading, value, device) in enumerate(columns):
            head = QLabel(heading)
            head.setObjectName("conflictHeading")
            grid.addWidget(head, 0, column)
            shown = QLabel(_shown(value))
            shown.setObjectName("conflictValue")
            shown.setWordWrap(True)
            grid.addWidget(shown, 1, column)
            source = QLabel(device)
            source.setObjectName("conflictSource")
            grid.addWidget(source, 2, column)
            grid.setColumnStretch(column, 1)
        keep = QPushButton(self.tr("Keep this"))
        keep.setObjectName("keepTheirs")
        keep.setToolTip(_shown(view.theirs))
        use = QPushButton(self.tr("Use this instead"))
        use.setObjectName("useMine")
        use.setToolTip(_shown(view.mine))
        keep.clicked.connect(lambda _=False, cid=view.id: self.choose(cid, "theirs"))
        use.clicked.connect(lambda _=False, cid=view.id: self.choose(cid, "mine"))
        grid.addWidget(keep, 3, 1)
        grid.addWidget(use, 3, 2)
        outer.addLayout(grid)
        return card

    def _refused_section(self, changes: list[RefusedChange]) -> QWidget:
        section = QWidget()
        section.setObjectName("refusedChanges")
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 12, 0, 0)
        heading = QLabel(self.tr("Refused by head office"))
        heading.setObjectName("editorHeading")
        layout.addWidget(heading)
        about = QLabel(
            self.tr(
                "Head office did not accept these changes, so no other device has them. "
                "Each is kept on this device."
            )
        )
        about.setObjectName("conflictSource")
        about.setWordWrap(True)
        layout.addWidget(about)
        for change in changes:
            layout.addWidget(self._refused_card(change))
        return section

    def _refused_card(self, change: RefusedChange) -> QFrame:
        """One refused change: the record and its client, when it was made here, each
        value it tried to set, and head office's reason in the interface's language
        (as head office gave it, in English, where it sent no message key)."""
        card = QFrame()
        card.setObjectName("conflictCard")  # the review dialog's card
        outer = QVBoxLayout(card)
        what = escape(record_label(change.entity))
        who = f" · {escape(change.client_name)}" if change.client_name else ""
        title = QLabel(f"<b>{what}</b>{who}")
        title.setObjectName("refusedWhat")
        outer.addWidget(title)
        made = {
            "insert": self.tr("Added on this device %1"),
            "delete": self.tr("Removed on this device %1"),
        }.get(change.kind, self.tr("Changed on this device %1"))
        when = QLabel(made.replace("%1", self._when(change.made_at)))
        when.setObjectName("conflictSource")
        outer.addWidget(when)
        if change.values:
            head = QLabel(self.tr("Tried to set"))
            head.setObjectName("conflictHeading")
            outer.addWidget(head)
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            for row, tried in enumerate(change.values):
                grid.addWidget(
                    _plain(field_label(tried.field), "refusedField"),
                    row,
                    0,
                    Qt.AlignmentFlag.AlignTop,
                )
                grid.addWidget(_plain(self._value(tried), "conflictValue"), row, 1)
            grid.setColumnStretch(1, 1)
            outer.addLayout(grid)
        head = QLabel(self.tr("Head office's reason"))
        head.setObjectName("conflictHeading")
        outer.addWidget(head)
        outer.addWidget(_plain(change.reason, "refusedReason"))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName("dismissRefused")
        dismiss.setToolTip(self.tr("I have seen this"))
        dismiss.clicked.connect(lambda _=False, seq=change.device_seq: self.dismiss(seq))
        row = QHBoxLayout()
        row.addStretch(1)
        if change.kind == "insert":
            # Head office never had the record: only this device shows it.
            problem = _plain("", "fieldError")
            problem.hide()
            outer.addWidget(problem)
            withdraw = QPushButton(self.tr("Remove from this device"))
            withdraw.setObjectName("withdrawRefused")
            withdraw.setToolTip(
                self.tr("Head office does not have it: remove it here too, so this device agrees")
            )
            withdraw.clicked.connect(
                lambda _=False, seq=change.device_seq, shown=problem: self.withdraw(seq, shown)
            )
            row.addWidget(withdraw)
        row.addWidget(dismiss)
        outer.addLayout(row)
        return card

    def _value(self, tried: TriedValue) -> str:
        """A tried value in the interface's words: a person or store by name, a
        moment in the store's time, yes or no."""
        value = tried.value
        if tried.named:
            return tried.named
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, dt.datetime):
            return self._when(value)
        if isinstance(value, dt.date):
            return record_date(value)
        if isinstance(value, uuid.UUID):
            return self.tr("a record not on this device")
        return _shown(value)

    def dismiss(self, device_seq: int) -> None:
        """The person has seen a refused change: it leaves the list, not the device."""
        self.desk.refused.dismiss(device_seq)
        self.dismissed += 1
        self.fill()

    def withdraw(self, device_seq: int, problem: QLabel) -> None:
        """Remove a record whose addition head office refused from this device; the
        refused change leaves the list. Where the record cannot go on its own (other
        records belong to it, or changes to it still wait), the card says why."""
        try:
            self.desk.refused.withdraw(device_seq)
        except DomainError as exc:
            problem.setText(exc.message(self.desk.lang))
            problem.show()
            return
        self.withdrawn += 1
        self.fill()

    def _device(self, device_id: str) -> str:
        if device_id == self.desk.device_id:
            return self.tr("on this device")
        if device_id == "headoffice":
            return self.tr("at head office")
        return self.tr("on device %1").replace("%1", device_id)

    def _when(self, moment: dt.datetime) -> str:
        """When the conflict was found, in the store's time and the interface's words."""
        if moment.tzinfo is None:  # stored in UTC
            moment = moment.replace(tzinfo=dt.UTC)
        local = in_store_time(moment, self.zone) if self.zone else moment.astimezone()
        return f"{record_date(local.date())} {local:%H:%M}"

    def choose(self, conflict_id, choice: str) -> None:
        self.desk.conflicts.resolve(conflict_id, choice)
        self.resolved += 1
        self.fill()
