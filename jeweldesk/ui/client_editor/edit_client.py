"""The Edit-client dialog: who the client is (both names, title, greeting, language,
birthday, and the home store, which only a store manager or head office changes) and
how to reach them (contacts added, corrected, made primary, removed; an extension
kept; a phone shown in the store's national format). Identity is saved with Save;
each contact change is saved at once, saying when the contact was already there."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.vocab import ContactKind
from jeweldesk.ui import labels
from jeweldesk.ui.client_editor.matches import TOUCH
from jeweldesk.ui.client_editor.new_client import LANGUAGES
from jeweldesk.ui.editors.base import set_invalid

if TYPE_CHECKING:
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.services.records import ContactPointRecord, StoreRecord
    from jeweldesk.services.views import ClientProfile

MANAGING_ROLES = ("store_manager", "head_office")
IDENTITY_FIELDS = (
    "title",
    "family_name",
    "given_name",
    "name_local",
    "name_romanised",
    "greeting_name",
    "language",
    "birthday",
    "home_store_id",
)


@dataclass(frozen=True)
class EditorData:
    """What the dialog shows, read in one go on the database thread."""

    profile: ClientProfile
    stores: list[StoreRecord]
    may_move: bool
    region: str


def read_editor_data(desk: Any, client_id: uuid.UUID) -> EditorData:
    person = desk.directory.person(desk.acting_staff_id) if desk.acting_staff_id else None
    role = str(getattr(person, "role", "") or "")
    return EditorData(
        desk.clients.profile(client_id),
        list(desk.directory.stores()),
        role in MANAGING_ROLES,
        desk.clients.region(),
    )


def birthday_text(profile: ClientProfile) -> str:
    for d in profile.dates:
        if str(d.kind) == "birthday" and d.relationship_id is None:
            return (
                f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
                if d.year
                else f"{d.month:02d}-{d.day:02d}"
            )
    return ""


class EditClientDialog(QDialog):
    """`sig_loaded` once the client is shown, `sig_saved` after identity is saved,
    `sig_contact_saved(text)` after each contact change (what it says),
    `sig_refused(message)` after a refusal."""

    sig_loaded = Signal()
    sig_saved = Signal()
    sig_contact_saved = Signal(str)
    sig_refused = Signal(str)

    def __init__(self, runner: Any, client_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editClientDialog")
        self.setWindowTitle(self.tr("Edit client"))
        self.runner = runner
        self.client_id = client_id
        self.data: EditorData | None = None
        self.shown: dict[str, Any] = {}
        self.contacts: list[ContactPointRecord] = []

        content = QWidget()
        content.setObjectName("editorContent")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(content)

        self.heading = QLabel(self.tr("Edit client"))
        self.heading.setObjectName("editorHeading")

        self.title = self._line("titleInput", self.tr("Mrs, Dr, 先生"))
        self.family = self._line("familyInput", "")
        self.given = self._line("givenInput", "")
        self.name_local = self._line("nameLocalInput", self.tr("e.g. 王美玲 or 陳嘉欣"))
        self.name_latin = self._line("nameLatinInput", self.tr("e.g. Wang Meiling"))
        self.greeting = self._line("greetingInput", self.tr("e.g. Mrs Wang, 王女士"))
        self.birthday = self._line("birthdayInput", self.tr("e.g. 1988-02-29, or 05-01"))
        self.language = QComboBox()
        self.language.setObjectName("languageInput")
        self.language.setMinimumHeight(TOUCH)
        for code in LANGUAGES:
            self.language.addItem(labels.language_label(code), code)
        self.store = QComboBox()
        self.store.setObjectName("homeStoreInput")
        self.store.setMinimumHeight(TOUCH)
        self.store_hint = QLabel(
            self.tr("Only a store manager can move a client to another store.")
        )
        self.store_hint.setObjectName("fieldHint")
        self.store_hint.setWordWrap(True)
        self.store_hint.hide()
        self.inputs: dict[str, QWidget] = {
            "title": self.title,
            "family_name": self.family,
            "given_name": self.given,
            "name_local": self.name_local,
            "name_romanised": self.name_latin,
            "greeting_name": self.greeting,
            "language": self.language,
            "birthday": self.birthday,
            "home_store_id": self.store,
        }
        identity = QGridLayout()
        identity.setHorizontalSpacing(14)
        identity.setVerticalSpacing(4)
        places = [
            (self.tr("Name in its own script"), self.name_local, 0, 0),
            (self.tr("Name in Latin letters"), self.name_latin, 0, 1),
            (self.tr("Title"), self.title, 0, 2),
            (self.tr("Family name"), self.family, 2, 0),
            (self.tr("Given name"), self.given, 2, 1),
            (self.tr("Greet as"), self.greeting, 2, 2),
            (self.tr("Language"), self.language, 4, 0),
            (self.tr("Birthday"), self.birthday, 4, 1),
            (self.tr("Home store"), self.store, 4, 2),
        ]
        for caption, widget, row, column in places:
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            label.setBuddy(widget)
            widget.setAccessibleName(caption)
            identity.addWidget(label, row, column)
            identity.addWidget(widget, row + 1, column)
        identity.addWidget(self.store_hint, 6, 2)
        identity.setVerticalSpacing(6)
        for column in range(3):
            identity.setColumnStretch(column, 1)

        contacts_title = QLabel(self.tr("Contacts"))
        contacts_title.setObjectName("editorTitle")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Contact"), self.tr("Label"), self.tr("Primary")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(130)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.itemSelectionChanged.connect(self._contact_chosen)

        self.kind = QComboBox()
        self.kind.setObjectName("contactKind")
        self.kind.setMinimumHeight(TOUCH)
        for kind in ContactKind:
            self.kind.addItem(labels.contact_kind_label(kind), kind.value)
        self.value = self._line("contactValue", self.tr("number, address or handle"))
        self.extension = self._line("contactExtension", self.tr("e.g. 204"))
        self.extension.setMaximumWidth(120)
        self.label = self._line("contactLabel", self.tr("e.g. mobile, office"))
        self.label.setMaximumWidth(180)
        for caption, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Contact"), self.value),
            (self.tr("Extension"), self.extension),
            (self.tr("Label"), self.label),
        ):
            widget.setAccessibleName(caption)
        self.add_contact_button = self._button(self.tr("Add contact"), "contactAdd")
        self.save_contact_button = self._button(self.tr("Save contact"), "contactSave")
        self.primary_button = self._button(self.tr("Make primary"), "contactPrimary")
        self.remove_button = self._button(self.tr("Remove"), "contactRemove")
        contact_fields = QHBoxLayout()
        contact_fields.setSpacing(8)
        contact_fields.addWidget(self.kind)
        contact_fields.addWidget(self.value, 1)
        contact_fields.addWidget(self.extension)
        contact_fields.addWidget(self.label)
        contact_buttons = QHBoxLayout()
        contact_buttons.setSpacing(8)
        for button in (
            self.add_contact_button,
            self.save_contact_button,
            self.primary_button,
            self.remove_button,
        ):
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)
        self.contact_status = QLabel()
        self.contact_status.setObjectName("fieldHint")
        self.contact_status.setWordWrap(True)

        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.close_button = self._button(self.tr("Close"), "editClientClose")
        self.save_button = self._button(self.tr("Save"), "primary")
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.save_contact_button.clicked.connect(self.save_contact)
        self.primary_button.clicked.connect(self.make_primary)
        self.remove_button.clicked.connect(self.remove_contact)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(identity)
        layout.addWidget(contacts_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(contact_fields)
        layout.addLayout(contact_buttons)
        layout.addWidget(self.contact_status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumSize(720, 640)
        self.resize(860, 720)
        for edit in self.inputs.values():
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda _t: self.clear_refusal())
        self._contact_chosen()
        self.load()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(TOUCH)
        return edit

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(TOUCH)
        button.setAutoDefault(False)
        return button

    # --- showing --------------------------------------------------------------------------

    def load(self) -> None:
        client_id = self.client_id
        self.runner.read(lambda desk: read_editor_data(desk, client_id), self._show)

    def _show(self, data: EditorData) -> None:
        self.data = data
        client = data.profile.client
        self.heading.setText(data.profile.summary.display_name or self.tr("Edit client"))
        self.shown = {
            "title": client.title,
            "family_name": client.family_name,
            "given_name": client.given_name,
            "name_local": client.name_local,
            "name_romanised": client.name_romanised,
            "greeting_name": client.greeting_name,
            "language": client.language,
            "birthday": birthday_text(data.profile),
            "home_store_id": client.home_store_id.hex,  # combo data compare as text
        }
        for field, edit in (
            ("title", self.title),
            ("family_name", self.family),
            ("given_name", self.given),
            ("name_local", self.name_local),
            ("name_romanised", self.name_latin),
            ("greeting_name", self.greeting),
            ("birthday", self.birthday),
        ):
            edit.setText(str(self.shown[field] or ""))
        index = self.language.findData(client.language)
        if index < 0:
            self.language.addItem(labels.language_label(client.language), client.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.store.clear()
        for store in data.stores:
            self.store.addItem(f"{store.code} · {store.name}", store.id.hex)
        self.store.setCurrentIndex(max(0, self.store.findData(client.home_store_id.hex)))
        self.store.setEnabled(data.may_move)
        self.store_hint.setVisible(not data.may_move)
        self._show_contacts(data.profile.contacts)
        self.sig_loaded.emit()

    def contact_text(self, contact: ContactPointRecord) -> str:
        from jeweldesk.services.clients import shown_phone

        region = self.data.region if self.data is not None else ""
        text = contact.value
        if contact.normalised.startswith("+"):
            text = shown_phone(contact.normalised, region)
        if contact.extension:
            text += " " + self.tr("ext. {number}").format(number=contact.extension)
        return text

    def _show_contacts(self, contacts: Any) -> None:
        chosen = self.current_contact()
        self.contacts = list(contacts)
        self.table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            cells = (
                labels.contact_kind_label(contact.kind),
                self.contact_text(contact),
                contact.label,
                "✓" if contact.is_primary else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.choose_contact(chosen.id)
        self._contact_chosen()

    def current_contact(self) -> ContactPointRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.contacts):
            return None
        return self.contacts[rows[0].row()]

    def choose_contact(self, contact_id: uuid.UUID) -> None:
        for row, contact in enumerate(self.contacts):
            if contact.id == contact_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _contact_chosen(self) -> None:
        contact = self.current_contact()
        for button in (self.save_contact_button, self.primary_button, self.remove_button):
            button.setEnabled(contact is not None)
        if contact is not None:
            self.primary_button.setEnabled(not contact.is_primary)
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(contact.kind))))
            self.value.setText(contact.value)
            self.extension.setText(contact.extension)
            self.label.setText(contact.label)

    # --- identity ---------------------------------------------------------------------------

    def changed_fields(self) -> dict[str, Any]:
        typed: dict[str, Any] = {
            "title": self.title.text().strip(),
            "family_name": self.family.text().strip(),
            "given_name": self.given.text().strip(),
            "name_local": self.name_local.text().strip(),
            "name_romanised": self.name_latin.text().strip(),
            "greeting_name": self.greeting.text().strip(),
            "language": self.language.currentData(),
            "birthday": self.birthday.text().strip(),
            "home_store_id": self.store.currentData(),
        }
        changed = {k: v for k, v in typed.items() if v != (self.shown.get(k) or type(v)())}
        if "home_store_id" in changed:
            changed["home_store_id"] = uuid.UUID(hex=changed["home_store_id"])
        return changed

    def save(self) -> None:
        fields, client_id = self.changed_fields(), self.client_id
        if not fields:
            self.accept()
            return
        self.save_button.setEnabled(False)

        def saved(_written: Any) -> None:
            self.save_button.setEnabled(True)
            self.sig_saved.emit()
            self.accept()

        self.runner.write(
            lambda desk: desk.clients.update(client_id, **fields),
            saved,
            self._refused_identity,
            initiator=self,
        )

    def _refused_identity(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        self.show_refusal(error.message(self._lang()), getattr(error, "field", None))

    def show_refusal(self, message: str, field: str | None) -> None:
        self.clear_refusal()
        self.error.setText(message)
        self.error.show()
        widget = self.inputs.get(
            {"year": "birthday", "date": "birthday"}.get(field or "", field or "")
        )
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_refused.emit(message)

    def clear_refusal(self) -> None:
        self.error.hide()
        for widget in (*self.inputs.values(), self.value, self.extension):
            if widget.property("invalid"):
                set_invalid(widget, False)

    # --- contacts ---------------------------------------------------------------------------

    def add_contact(self) -> None:
        client_id = self.client_id
        kind, value = self.kind.currentData(), self.value.text()
        extension, label = self.extension.text(), self.label.text()
        self._contact_write(
            lambda desk: desk.clients.add_contact(
                client_id, kind, value, label=label, extension=extension
            ),
            self.tr("Contact added"),
            keep_selected=False,
        )

    def save_contact(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        value, extension, label = self.value.text(), self.extension.text(), self.label.text()
        self._contact_write(
            lambda desk: desk.clients.edit_contact(
                contact.id, value=value, label=label, extension=extension
            ),
            self.tr("Contact saved"),
        )

    def make_primary(self) -> None:
        contact = self.current_contact()
        if contact is not None:
            self._contact_write(
                lambda desk: desk.clients.make_primary(contact.id), self.tr("Made primary")
            )

    def remove_contact(self) -> None:
        contact = self.current_contact()
        if contact is not None:
            self.table.clearSelection()
            self._contact_write(
                lambda desk: desk.clients.remove_contact(contact.id),
                self.tr("Contact removed"),
                keep_selected=False,
            )

    def _contact_write(self, op: Any, done: str, *, keep_selected: bool = True) -> None:
        client_id, lang = self.client_id, self._lang()

        def finished(written: Any) -> None:
            # What the services noticed ("already on this client", "also belongs to…")
            # is said instead of the plain "Contact added".
            notices = [n.message(lang) for n in written.changes.notices]
            text = " ".join(notices) or done
            self.clear_refusal()
            self.contact_status.setText(text)
            if not written.changes.notices:
                for edit in (self.value, self.extension, self.label):
                    edit.clear()
            self.runner.read(
                lambda desk: read_editor_data(desk, client_id),
                lambda data: self._after_contact(
                    data, written.value.id if keep_selected else None, text
                ),
            )

        def refused(error: DomainError) -> None:
            message = error.message(lang)
            self.error.setText(message)
            self.error.show()
            field = getattr(error, "field", None)
            widget = self.extension if field == "extension" else self.value
            set_invalid(widget, True)
            self.sig_refused.emit(message)

        self.runner.write(op, finished, refused, initiator=self)

    def _after_contact(self, data: EditorData, contact_id: uuid.UUID | None, text: str) -> None:
        self.data = data
        self.table.clearSelection()
        self._show_contacts(data.profile.contacts)
        if contact_id is not None:
            self.choose_contact(contact_id)
        self.sig_contact_saved.emit(text)

    def _lang(self) -> str:
        desk = getattr(self.runner, "desk", None)
        return desk.lang if desk is not None else "en"
