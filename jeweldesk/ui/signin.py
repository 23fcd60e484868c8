"""Who is at the desk: the first-run choice (the demo, or enrolling this device with
head office), the sign-in (pick your name, enter your PIN; choose one the first time)
and the same panel as the lock screen.

Every check runs on the desk's runner (argon2 takes ~50 ms a PIN); enrolment talks to
head office on a network thread of its own. Nothing here blocks the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRegularExpression, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.errors import DomainError
from jeweldesk.domain.pins import DEMO_PIN, PIN_LENGTHS, Person, pin_problem
from jeweldesk.ui.runner import DeskRunner

if TYPE_CHECKING:
    from jeweldesk.services import Desk

log = logging.getLogger(__name__)
TOUCH = 56  # px: keypad keys and name cards, comfortably above the 44 px minimum


def _label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class PinPad(QWidget):
    """A PIN field with a keypad for touch; digits typed on a keyboard work too.
    `sig_entered(pin)` on OK or Enter."""

    sig_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_LENGTHS[1])
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.field)
        )
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMinimumHeight(TOUCH)
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.returnPressed.connect(self.submit)
        keys = QGridLayout()
        keys.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for i, key in enumerate(labels):
            text = self.tr("OK") if key == "OK" else key
            button = QPushButton(text)
            button.setObjectName("pinOk" if key == "OK" else "pinKey")
            button.setMinimumSize(TOUCH + 16, TOUCH)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
            if key == "⌫":
                button.setAccessibleName(self.tr("Delete last digit"))
                button.clicked.connect(self.field.backspace)
            elif key == "OK":
                button.clicked.connect(self.submit)
            else:
                button.clicked.connect(lambda _=False, d=key: self.field.insert(d))
            keys.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.field)
        layout.addLayout(keys)

    def submit(self) -> None:
        pin = self.field.text()
        if pin:
            self.sig_entered.emit(pin)

    def clear(self) -> None:
        self.field.clear()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)


class PersonCard(QPushButton):
    """One person to sign in as: their name in their own script first (王美玲), then
    in Latin letters; a big target."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.setObjectName("personCard")
        self.setMinimumHeight(84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lines = (
            [person.name_local] if person.name_local and person.name_local != person.name else []
        )
        lines.append(person.name)
        self.setText("\n".join(lines))
        self.setAccessibleName(person.name)


class SignInPanel(QWidget):
    """Pick your name, enter your PIN. With `lock_for`, the lock screen: the signed-in
    person's PIN, or "switch person". `sig_signed_in(Person)` when someone is in."""

    sig_signed_in = Signal(object)
    sig_people_shown = Signal(int)

    def __init__(
        self,
        runner: DeskRunner,
        *,
        demo: bool = False,
        lock_for: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self.runner = runner
        self.lock_for = lock_for
        self.person: Person | None = None
        self.mode = "pin"  # "pin", "choose" (a first PIN), "confirm" (it again)
        self._chosen = ""
        self.people: list[Person] = []

        self.pages = QStackedWidget()
        # --- the people page
        people_page = QWidget()
        self.people_title = _label(self.tr("Who is signing in?"), "signInTitle")
        self.people_grid = QGridLayout()
        self.people_grid.setSpacing(12)
        grid_holder = QWidget()
        grid_holder.setObjectName("peopleGrid")
        grid_holder.setLayout(self.people_grid)
        scroll = QScrollArea()
        scroll.setObjectName("peopleScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_holder)
        self.people_note = _label("", "signInNote")
        people_layout = QVBoxLayout(people_page)
        people_layout.setSpacing(16)
        people_layout.addWidget(self.people_title)
        people_layout.addWidget(scroll, 1)
        people_layout.addWidget(self.people_note)
        # --- the PIN page
        pin_page = QWidget()
        self.who = _label("", "signInWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = _label("", "signInPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PinPad()
        self.pad.sig_entered.connect(self._entered)
        self.message = _label("", "signInError")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(44)
        self.other = QPushButton(
            self.tr("Switch person") if lock_for else self.tr("Not you? Choose your name")
        )
        self.other.setObjectName("switchPerson")
        self.other.setMinimumHeight(48)
        self.other.clicked.connect(self.switch_person)
        column = QWidget()
        column.setFixedWidth(380)
        pin_layout = QVBoxLayout(column)
        pin_layout.setSpacing(12)
        pin_layout.addStretch(1)
        pin_layout.addWidget(self.who)
        pin_layout.addWidget(self.prompt)
        pin_layout.addWidget(self.pad)
        pin_layout.addWidget(self.message)
        pin_layout.addWidget(self.other)
        pin_layout.addStretch(1)
        centre = QHBoxLayout(pin_page)
        centre.addStretch(1)
        centre.addWidget(column)
        centre.addStretch(1)
        self.pages.addWidget(people_page)
        self.pages.addWidget(pin_page)

        self.demo_hint = _label(
            self.tr("Demo store: every PIN is %1").replace("%1", DEMO_PIN), "demoHint"
        )
        self.demo_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_hint.setVisible(demo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.demo_hint)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)

        if lock_for is not None:
            self.show_person(lock_for)
        else:
            if runner.desk is None:
                self.people_note.setText(self.tr("Opening the store…"))  # the people follow
            self.refresh()

    # --- the people ------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read who can sign in on this device (after enrolment, say)."""
        self.runner.read(
            lambda desk: (desk.accounts.people(), desk.accounts.last_signed_in()), self._fill_people
        )

    def _fill_people(self, found: tuple) -> None:
        people, last = found
        while self.people_grid.count():
            item = self.people_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        # Whoever signed in last comes first: most mornings it is the same person.
        self.people = sorted(people, key=lambda p: p.id != last)
        columns = 3 if len(self.people) > 4 else 2
        for i, person in enumerate(self.people):
            card = PersonCard(person)
            card.clicked.connect(lambda _=False, p=person: self.show_person(p))
            self.people_grid.addWidget(card, i // columns, i % columns)
        self.people_grid.setRowStretch(len(self.people) // columns + 1, 1)
        self.people_note.setText(
            ""
            if self.people
            else self.tr("No one can sign in on this device yet: ask head office.")
        )
        self.pages.setCurrentIndex(0)
        self.sig_people_shown.emit(len(self.people))

    def card_for(self, name: str) -> PersonCard | None:
        for i in range(self.people_grid.count()):
            card = self.people_grid.itemAt(i).widget()
            if isinstance(card, PersonCard) and name in (card.person.name, card.person.email):
                return card
        return None

    # --- the PIN ---------------------------------------------------------------------

    def show_person(self, person: Person) -> None:
        self.person = person
        self.who.setText(
            f"{person.name_local} · {person.name}"
            if person.name_local and person.name_local != person.name
            else person.name
        )
        self.message.clear()
        self._chosen = ""
        self._set_mode("pin" if person.has_pin else "choose")
        self.pages.setCurrentIndex(1)
        self.pad.clear()

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        if mode == "pin":
            text = (
                self.tr("Locked. Enter your PIN to continue")
                if self.lock_for
                else self.tr("Enter your PIN")
            )
        elif mode == "choose":
            text = self.tr("Welcome. Choose a PIN of 4 to 8 digits")
        else:
            text = self.tr("Enter the same PIN again")
        self.prompt.setText(text)

    def enter_pin(self, pin: str) -> None:
        """As if typed on the keypad and confirmed (tests, and the keyboard)."""
        self.pad.field.setText(pin)
        self.pad.submit()

    def _entered(self, pin: str) -> None:
        person = self.person
        if person is None:
            return
        self.pad.field.clear()
        if self.mode == "choose":
            problem = pin_problem(pin)
            if problem is not None:
                self._refused(problem)
                return
            self._chosen = pin
            self.message.clear()
            self._set_mode("confirm")
            return
        if self.mode == "confirm":
            if pin != self._chosen:
                self._chosen = ""
                self._set_mode("choose")
                self.message.setText(self._catalogue("account.pin_mismatch"))
                return
            op = lambda desk: desk.accounts.choose_first_pin(person.id, pin)  # noqa: E731
        elif self.lock_for is not None and person.id == self.lock_for.id:
            op = lambda desk: (desk.accounts.verify(person.id, pin), person)[1]  # noqa: E731
        else:
            op = lambda desk: desk.accounts.sign_in(person.id, pin)  # noqa: E731
        self.pad.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self.runner.write(op, self._accepted, on_failed=self._refused)

    def _accepted(self, person: Person) -> None:
        self.pad.setEnabled(True)
        self.message.clear()
        self.sig_signed_in.emit(person)

    def _refused(self, error: DomainError) -> None:
        self.pad.setEnabled(True)
        self.message.setText(error.message(self.runner.desk.lang))
        if error.key == "account.no_pin" and self.person is not None:
            self._set_mode("choose")
        self.pad.clear()

    def _catalogue(self, key: str) -> str:
        from jeweldesk.domain.messages import render

        return render(key, self.runner.desk.lang)

    def switch_person(self) -> None:
        """Back to the names. On the lock screen, the person signed in is signed out."""
        if self.lock_for is not None:
            self.lock_for = None
            self.prompt.clear()
            self.other.setText(self.tr("Not you? Choose your name"))
            self.runner.write(lambda desk: desk.accounts.sign_out(), lambda _r: self.refresh())
        else:
            self.refresh()

    def _escape(self) -> None:
        if self.pages.currentIndex() == 1 and self.lock_for is None:
            self.refresh()


class _EnrolJob(QRunnable):
    def __init__(self, desk: Desk, url: str, code: str, done) -> None:
        super().__init__()
        self.desk, self.url, self.code, self.done = desk, url, code, done

    def run(self) -> None:
        from jeweldesk.sync.client import SyncError
        from jeweldesk.sync.enrol import enrol_device

        try:
            enrol_device(self.desk, self.url, self.code)
            error = ""
        except DomainError as exc:
            error = exc.message(self.desk.lang)
        except SyncError as exc:
            from jeweldesk.domain.messages import render

            error = render("enrol.failed", self.desk.lang, reason=str(exc))
        except Exception as exc:  # a bug, but the advisor must still be told
            log.exception("enrolment failed")
            from jeweldesk.domain.messages import render

            error = render("enrol.failed", self.desk.lang, reason=f"{type(exc).__name__}: {exc}")
        try:
            self.done.emit(error)
        except RuntimeError:
            pass  # the window closed meanwhile


class FirstRunPanel(QWidget):
    """A device with no store yet: open the demo, or enrol with head office's code."""

    sig_demo = Signal()
    sig_enrolled = Signal()
    _sig_enrol_done = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPanel")
        self.desk = desk
        self.network = QThreadPool(self)
        self.network.setMaxThreadCount(1)
        title = _label(self.tr("Welcome to JewelDesk"), "signInTitle")
        intro = _label(
            self.tr(
                "This device holds no store yet. Try the demo, or enrol it with "
                "the code head office gave you."
            ),
            "signInNote",
        )

        demo_card = QFrame()
        demo_card.setObjectName("firstRunCard")
        demo_layout = QVBoxLayout(demo_card)
        demo_layout.addWidget(_label(self.tr("Explore the demo"), "cardTitle"))
        demo_layout.addWidget(
            _label(
                self.tr(
                    "Three boutiques (Shanghai, Hong Kong, Paris) with "
                    "their clients, on this device only."
                ),
                "signInNote",
            )
        )
        demo_layout.addStretch(1)
        self.demo_button = QPushButton(self.tr("Open the demo"))
        self.demo_button.setObjectName("openDemo")
        self.demo_button.setMinimumHeight(TOUCH)
        self.demo_button.clicked.connect(self.sig_demo)
        demo_layout.addWidget(self.demo_button)

        enrol_card = QFrame()
        enrol_card.setObjectName("firstRunCard")
        enrol_layout = QVBoxLayout(enrol_card)
        enrol_layout.addWidget(_label(self.tr("Enrol this device"), "cardTitle"))
        self.url = QLineEdit()
        self.url.setObjectName("enrolUrl")
        self.url.setPlaceholderText(self.tr("Head-office address, e.g. https://hq.example.com"))
        self.url.setAccessibleName(self.tr("Head-office address"))
        self.code = QLineEdit()
        self.code.setObjectName("enrolCode")
        self.code.setPlaceholderText(self.tr("Enrolment code"))
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.code.returnPressed.connect(self.enrol)
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.enrol_button.setObjectName("primary")
        self.enrol_button.setMinimumHeight(TOUCH)
        self.enrol_button.clicked.connect(self.enrol)
        self.status = _label("", "signInError")
        for widget in (self.url, self.code, self.status, self.enrol_button):
            enrol_layout.addWidget(widget)

        cards = QHBoxLayout()
        cards.setSpacing(24)
        cards.addWidget(demo_card, 1)
        cards.addWidget(enrol_card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(cards)
        layout.addStretch(1)
        self._sig_enrol_done.connect(self._enrol_done)

    def enrol(self) -> None:
        from jeweldesk.domain.messages import render
        from jeweldesk.services.device_settings import check_headoffice_url

        code = self.code.text().strip()
        try:
            url = check_headoffice_url(self.url.text())
            if not url:
                raise DomainError("settings.headoffice_url", value="")
        except DomainError as exc:
            self.status.setText(exc.message(self.desk.lang))
            self.url.setFocus()
            return
        if not code:
            self.status.setText(render("enrol.code_required", self.desk.lang))
            self.code.setFocus()
            return
        self.enrol_button.setEnabled(False)
        self.status.setText(self.tr("Enrolling with head office and fetching the store…"))
        self.network.start(_EnrolJob(self.desk, url, code, self._sig_enrol_done))

    def _enrol_done(self, error: str) -> None:
        self.enrol_button.setEnabled(True)
        if error:
            self.status.setText(error)
            return
        self.status.setText(self.tr("Enrolled."))
        self.sig_enrolled.emit()


class SignInWindow(QWidget):
    """The first window: the first-run choice when the device has no store, then the
    sign-in. `sig_signed_in(Person)`; `sig_demo_requested()`."""

    sig_signed_in = Signal(object)
    sig_demo_requested = Signal()
    sig_desk_opened = Signal(object)  # the desk, when the window was given an opener

    def __init__(
        self,
        desk: Desk | None = None,
        *,
        first_run: bool = False,
        demo: bool = False,
        parent: QWidget | None = None,
        opener: Callable[[], Desk] | None = None,
    ) -> None:
        """Given `opener` instead of a desk, the window paints at once and the desk opens
        on the database thread (the opener signs whoever was in out); the people appear
        when it is open, and `sig_desk_opened(desk)` says so."""
        super().__init__(parent)
        if (desk is None) == (opener is None) or (opener is not None and first_run):
            raise TypeError(
                "SignInWindow needs an open desk, or an opener for a store that has one"
            )
        self.setObjectName("signInWindow")
        self.setWindowTitle(self.tr("JewelDesk — sign in"))
        self.desk = desk
        self.runner = DeskRunner(desk, self)
        if opener is not None:
            self.runner.open_desk(opener, self._opened)  # first: the people are read after it
        self.stack = QStackedWidget()
        self.first_run: FirstRunPanel | None = None
        self.panel: SignInPanel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        if first_run:
            self.first_run = FirstRunPanel(desk)
            self.first_run.sig_demo.connect(self.sig_demo_requested)
            self.first_run.sig_enrolled.connect(self._show_sign_in)
            self.stack.addWidget(self.first_run)
        else:
            self._show_sign_in(demo=demo)
        self.resize(1024, 720)

    def _opened(self, desk: Desk) -> None:
        self.desk = desk
        self.sig_desk_opened.emit(desk)

    def _show_sign_in(self, demo: bool = False) -> None:
        if self.desk is not None:
            self.desk.reload_identity()  # enrolment brought the store and its people
            self.desk.act_as(None)
        self.panel = SignInPanel(self.runner, demo=demo)
        self.panel.sig_signed_in.connect(self.sig_signed_in)
        self.stack.addWidget(self.panel)
        self.stack.setCurrentWidget(self.panel)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.runner.stop()
        if self.first_run is not None:
            self.first_run.network.waitForDone(30_000)
        super().closeEvent(event)


class LockWindow(QWidget):
    """Covers the app while it is locked: no client data shows, only the lock panel."""

    def __init__(
        self,
        runner: DeskRunner,
        person: Person,
        *,
        demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("lockWindow")
        self.setWindowTitle(self.tr("JewelDesk — locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.panel = SignInPanel(runner, demo=demo, lock_for=person)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
