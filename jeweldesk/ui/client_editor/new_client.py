"""The New-client dialog: a walk-in entered at the counter. While the advisor types the
phone, the e-mail or the name (in any script), the clients already on file who may be
the same person are offered, each with one tap to open them instead of creating a
second record. Every check is the services': the dialog only shows what they say."""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.names import has_cjk
from jeweldesk.ui import labels
from jeweldesk.ui.client_editor.matches import TOUCH, MatchList
from jeweldesk.ui.editors.base import set_invalid

if TYPE_CHECKING:
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.services import Desk
    from jeweldesk.services.client_duplicates import LikelyDuplicate

CHECK_DELAY_MS = 250  # after the last keystroke: a burst of typing asks once
LANGUAGES = ("en", "zh_CN", "zh_TW", "fr")
_PHONEISH = re.compile(r"^[\d\s+\-().＋０-９]+$")

# A refused field → the input that shows it.
FIELD_INPUT = {
    "name": "name",
    "family_name": "name",
    "given_name": "name",
    "name_local": "name",
    "name_romanised": "latin",
    "phone": "phone",
    "email": "email",
    "birthday": "birthday",
    "year": "birthday",
    "date": "birthday",
    "language": "language",
}


def looks_like_phone(text: str) -> bool:
    return bool(_PHONEISH.match(text.strip())) and sum(c.isdigit() for c in text) >= 3


class NewClientDialog(QDialog):
    """`sig_checked(matches)` after each duplicate check is shown; `sig_created(id)`
    once the client is written; `sig_open_existing(id)` when the advisor opens a match
    instead. `prefill` is what was typed in the search box: a name or a phone."""

    sig_checked = Signal(object)
    sig_created = Signal(object)
    sig_open_existing = Signal(object)

    def __init__(self, runner: Any, parent: QWidget | None = None, prefill: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("newClientDialog")
        self.setWindowTitle(self.tr("New client"))
        self.runner = runner
        self.created_id: uuid.UUID | None = None
        self.matches: list[LikelyDuplicate] = []
        self._asked: tuple[str, str, str] | None = None
        self.region = ""  # the store's country, read below: phones as the store dials them
        runner.read(lambda desk: desk.clients.region(), self._region_read)

        content = QWidget()
        content.setObjectName("editorContent")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(content)

        heading = QLabel(self.tr("New client"))
        heading.setObjectName("editorHeading")
        hint = QLabel(
            self.tr(
                "Type the name in any script, the phone or the e-mail: anyone already on "
                "file is offered as you type."
            )
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)

        self.name = self._line("nameInput", self.tr("e.g. 王美玲, 陳嘉欣, Claire Dubois"))
        self.latin = self._line("nameLatinInput", self.tr("filled in from a Chinese name"))
        self.phone = self._line("phoneInput", self.tr("e.g. 138 1234 5678"))
        self.email = self._line("emailInput", self.tr("e.g. name@example.com"))
        self.birthday = self._line("birthdayInput", self.tr("e.g. 1988-02-29, or 05-01"))
        self.language = QComboBox()
        self.language.setObjectName("languageInput")
        self.language.setMinimumHeight(TOUCH)
        self.language.addItem(self.tr("As the store"), "")
        for code in LANGUAGES:
            self.language.addItem(labels.language_label(code), code)
        self.inputs: dict[str, QWidget] = {
            "name": self.name,
            "latin": self.latin,
            "phone": self.phone,
            "email": self.email,
            "birthday": self.birthday,
            "language": self.language,
        }

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        rows = [
            ((self.tr("Name"), self.name), (self.tr("Name in Latin letters"), self.latin)),
            ((self.tr("Phone"), self.phone), (self.tr("E-mail"), self.email)),
            ((self.tr("Birthday"), self.birthday), (self.tr("Language"), self.language)),
        ]
        for row, pair in enumerate(rows):
            for column, (caption, widget) in enumerate(pair):
                label = QLabel(caption)
                label.setObjectName("fieldCaption")
                label.setBuddy(widget)
                widget.setAccessibleName(caption)
                grid.addWidget(label, row * 2, column)
                grid.addWidget(widget, row * 2 + 1, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.match_list = MatchList()
        self.match_list.sig_open.connect(self._open_existing)
        scroll = QScrollArea()
        scroll.setObjectName("matchScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.match_list)
        scroll.setStyleSheet(
            "QScrollArea#matchScroll, QWidget#matchList { background: transparent; }"
        )
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("newClientCancel")
        self.add_button = QPushButton(self.tr("Add client"))
        self.add_button.setObjectName("primary")
        for button in (self.cancel_button, self.add_button):
            button.setMinimumHeight(TOUCH)
            button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.add_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumSize(640, 520)
        self.resize(760, 600)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        for edit in (self.name, self.phone, self.email):
            edit.textChanged.connect(lambda _t: self._timer.start())
        for edit in (self.name, self.latin, self.phone, self.email, self.birthday):
            edit.textEdited.connect(lambda _t: self.clear_refusal())
            edit.returnPressed.connect(self.submit)

        prefill = prefill.strip()
        if prefill:
            (self.phone if looks_like_phone(prefill) else self.name).setText(prefill)
        (self.phone if self.phone.text() else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(TOUCH)
        edit.setClearButtonEnabled(True)
        return edit

    # --- the duplicate check --------------------------------------------------------------

    def typed(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.phone.text().strip(), self.email.text().strip()

    def check_now(self) -> None:
        """Ask the services who may already be on file (on the database thread)."""
        self._timer.stop()
        name, phone, email = typed = self.typed()
        self._asked = typed
        if not (name or phone or email):
            self._show_matches(typed, [])
            return
        self.runner.read(
            lambda desk: desk.clients.likely_duplicates(name=name, phone=phone, email=email),
            lambda found: self._show_matches(typed, found),
        )

    def _show_matches(self, typed: tuple[str, str, str], found: list[LikelyDuplicate]) -> None:
        if typed != self._asked:
            return  # an answer to what was typed before: a newer check is on its way
        self.matches = list(found)
        self.match_list.show_matches(self.matches, self._lang(), self.region)
        self.add_button.setText(self.tr("Add as a new client") if found else self.tr("Add client"))
        self.sig_checked.emit(self.matches)

    def _region_read(self, region: str) -> None:
        self.region = region

    def _open_existing(self, client_id: uuid.UUID) -> None:
        self.sig_open_existing.emit(client_id)
        self.accept()

    # --- creating -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The services' fields from what was typed: a name in Chinese characters is the
        name in its own script, a Latin one the romanised name (its order is not known)."""
        name, latin = self.name.text().strip(), self.latin.text().strip()
        fields: dict[str, Any] = {}
        if has_cjk(name):
            fields["name_local"] = name
            if latin:
                fields["name_romanised"] = latin
        else:
            fields["name_romanised"] = name or latin
        phone, email = self.phone.text().strip(), self.email.text().strip()
        fields["phones"] = [phone] if phone else []
        fields["emails"] = [email] if email else []
        fields["language"] = self.language.currentData() or None
        fields["birthday"] = self.birthday.text().strip() or None
        fields["source"] = "walk-in"
        return fields

    def submit(self) -> None:
        fields = self.values()
        self.add_button.setEnabled(False)

        def created(written: Any) -> None:
            self.created_id = written.value.id
            self.sig_created.emit(self.created_id)
            self.accept()

        def refused(error: DomainError) -> None:
            self.add_button.setEnabled(True)
            self.show_refusal(error.message(self._lang()), getattr(error, "field", None))

        self.runner.write(
            lambda desk: desk.clients.create(**fields), created, refused, initiator=self
        )

    def show_refusal(self, message: str, field: str | None) -> None:
        self.clear_refusal()
        self.error.setText(message)
        self.error.show()
        widget = self.inputs.get(FIELD_INPUT.get(field or "", ""))
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_refusal(self) -> None:
        self.error.hide()
        for widget in self.inputs.values():
            if widget.property("invalid"):
                set_invalid(widget, False)

    def _lang(self) -> str:
        desk: Desk | None = getattr(self.runner, "desk", None)
        return desk.lang if desk is not None else "en"
