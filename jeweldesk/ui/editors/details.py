"""The client's own details, each saved as soon as it is left (no save button), and
their contact points."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jeweldesk.domain.vocab import Channel, ContactKind
from jeweldesk.ui import labels
from jeweldesk.ui.editors.base import Editor, choices

LANGUAGES = ("en", "zh_CN", "zh_TW", "fr")


class DetailsEditor(Editor):
    """`sig_changed(field, value)` when a field is left with a new value."""

    sig_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), "", "detailsEditor", parent)
        self.greeting = QLineEdit()
        self.greeting.setObjectName("greetingInput")
        self.greeting.setPlaceholderText(self.tr("e.g. Mrs Wang, Claire"))
        self.language = choices(QComboBox(), ((labels.language_label(x), x) for x in LANGUAGES))
        self.language.setObjectName("languageInput")
        self.channel = choices(QComboBox(), [(self.tr("no preference"), "")])
        choices(self.channel, ((labels.channel_label(c).capitalize(), c.value) for c in Channel))
        self.channel.setObjectName("channelInput")
        self.hours = QLineEdit()
        self.hours.setObjectName("hoursInput")
        self.hours.setPlaceholderText("10:00-18:00")
        self.hours.setMaximumWidth(170)
        self.add(self.tr("Greet as"), self.greeting, "greeting_name", stretch=1)
        self.add(self.tr("Language"), self.language, "language")
        self.add(self.tr("Prefers"), self.channel, "preferred_channel")
        self.add(self.tr("Contact hours"), self.hours, "contact_hours")
        self.grid.addWidget(self.error, self._row + 2, 0, 1, 4)
        self._shown: dict[str, object] = {}
        for field, edit in (("greeting_name", self.greeting), ("contact_hours", self.hours)):
            edit.returnPressed.disconnect()
            edit.editingFinished.connect(lambda f=field, e=edit: self._left(f, e.text().strip()))
        self.language.activated.connect(
            lambda _i: self._left("language", self.language.currentData())
        )
        self.channel.activated.connect(
            lambda _i: self._left("preferred_channel", self.channel.currentData())
        )

    def show_client(self, client, *, keep_typed: bool) -> None:
        hours = ""
        if client.contact_hours_start and client.contact_hours_end:
            hours = f"{client.contact_hours_start:%H:%M}-{client.contact_hours_end:%H:%M}"
        self._shown = {
            "greeting_name": client.greeting_name or "",
            "language": client.language,
            "preferred_channel": str(client.preferred_channel.value)
            if client.preferred_channel
            else "",
            "contact_hours": hours,
        }
        if not (keep_typed and self.greeting.property("invalid")):
            self.greeting.setText(self._shown["greeting_name"])
        if not (keep_typed and self.hours.property("invalid")):
            self.hours.setText(hours)
        index = self.language.findData(client.language)
        if index < 0:
            self.language.addItem(labels.language_label(client.language), client.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.channel.setCurrentIndex(
            max(0, self.channel.findData(self._shown["preferred_channel"]))
        )

    def shown(self, field: str) -> object:
        return self._shown.get(field)

    def _left(self, field: str, value: object) -> None:
        if value != self._shown.get(field):
            self.sig_changed.emit(field, value)


class ContactEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a contact"), self.tr("Add contact"), "contactEditor", parent)
        self.kind = choices(
            QComboBox(), ((labels.contact_kind_label(k), k.value) for k in ContactKind)
        )
        self.value = QLineEdit()
        self.value.setObjectName("contactValue")
        self.value.setPlaceholderText(self.tr("number, address or handle"))
        self.label = QLineEdit()
        self.label.setObjectName("contactLabel")
        self.label.setPlaceholderText(self.tr("e.g. mobile, assistant"))
        self.label.setMaximumWidth(200)
        self.add(self.tr("Kind"), self.kind, "kind")
        self.add(self.tr("Contact"), self.value, "value", stretch=2)
        self.add(self.tr("Label"), self.label, "label")
        self.finish()

    def values(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "value": self.value.text(),
            "label": self.label.text(),
        }
