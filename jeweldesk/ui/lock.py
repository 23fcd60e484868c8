"""Locking the app: after some idle minutes (the device setting `lock_minutes`) and on
demand (Ctrl+L, the lock button on the navigation rail).

An application-wide event filter notices every key, click, touch and wheel and starts
the idle countdown again. Locked, the main window is hidden and open dialogs are made
invisible (not closed: an edit in progress survives), and the lock window asks for the
signed-in person's PIN or lets someone else sign in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from jeweldesk.ui.signin import LockWindow

if TYPE_CHECKING:
    from jeweldesk.services.accounts import Person
    from jeweldesk.ui.main_window import MainWindow

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
}


class SessionGuard(QObject):
    """Watches for idleness and locks `window`. `sig_locked()`; `sig_unlocked(Person)`
    (a different person when someone switched)."""

    sig_locked = Signal()
    sig_unlocked = Signal(object)

    def __init__(
        self, window: MainWindow, person: Person, *, minutes: int = 5, demo: bool = False
    ) -> None:
        super().__init__()  # not the window's child: it outlives a rebuilt window
        self.window = window
        self.person = person
        self.demo = demo
        self.lock_window: LockWindow | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        self.attach(window)
        QApplication.instance().installEventFilter(self)

    def attach(self, window: MainWindow) -> None:
        """Guard `window` (the main window is rebuilt when the language changes)."""
        self.window = window
        window.session_guard = self
        QShortcut(QKeySequence("Ctrl+L"), window, self.lock)
        rail = getattr(window, "rail", None)
        if rail is not None and rail.layout() is not None:
            button = QPushButton(self.tr("Lock"))
            button.setObjectName("lockButton")
            button.setMinimumHeight(48)
            button.setToolTip(self.tr("Lock JewelDesk (Ctrl+L)"))
            button.clicked.connect(self.lock)
            rail.layout().addWidget(button)
            rail.setVisible(True)
            window.lock_button = button

    def set_minutes(self, minutes: int) -> None:
        self.set_idle_ms(int(minutes) * 60_000)

    def set_idle_ms(self, ms: int) -> None:
        """How long without a touch or a key before locking (tests use milliseconds)."""
        self.timer.setInterval(max(1, ms))
        if not self.locked:
            self.timer.start()

    @property
    def locked(self) -> bool:
        return self.lock_window is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in ACTIVITY and not self.locked:
            self.timer.start()  # restarts the countdown
        elif kind == QEvent.Type.Shortcut and self.locked and not self._inside_lock(watched):
            return True  # no shortcut reaches the hidden window while locked
        return False

    def _inside_lock(self, watched: QObject) -> bool:
        parent = watched.parent() if isinstance(watched, QShortcut) else watched
        while parent is not None:
            if parent is self.lock_window:
                return True
            parent = parent.parent()
        return False

    def lock(self) -> None:
        """Cover the app now; the signed-in person's PIN opens it again."""
        if self.locked:
            return
        self.timer.stop()
        geometry = self.window.geometry()
        state = self.window.windowState()
        self.lock_window = LockWindow(self.window.runner, self.person, demo=self.demo)
        self.lock_window.panel.sig_signed_in.connect(self._unlocked)
        self.lock_window.setGeometry(geometry)
        self.lock_window.setWindowState(state)
        self.lock_window.show()
        self.lock_window.panel.pad.field.setFocus()
        app = QApplication.instance()
        self._hidden = [
            w
            for w in app.topLevelWidgets()
            if w.isVisible() and w is not self.lock_window and w is not self.window
        ]
        for widget in self._hidden:
            widget.setWindowOpacity(0.0)  # an open dialog stays open, unseen
        self.window.hide()
        self.sig_locked.emit()

    def _unlocked(self, person: Person) -> None:
        switched = person.id != self.person.id
        self.person = person
        lock_window, self.lock_window = self.lock_window, None
        self.window.show()
        for widget in self._hidden:
            widget.setWindowOpacity(1.0)
        self._hidden = []
        if lock_window is not None:
            lock_window.close()
            lock_window.deleteLater()
        if switched:
            _show_person(self.window)
        self.window.activateWindow()
        self.timer.start()
        self.sig_unlocked.emit(person)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _show_person(window: MainWindow) -> None:
    """Someone else signed in: their book, their title, their view of the client."""
    from jeweldesk.ui.main_window import _whereabouts

    window.runner.read(_whereabouts, window._show_whereabouts)
    window.refresh()
