"""Someone close to the client: a partner, family, a gift recipient; possibly a
client in their own right, found with the same search box as the book's."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jeweldesk.domain.vocab import RelationshipKind
from jeweldesk.ui import labels
from jeweldesk.ui.editors.base import Editor, choices

SEARCH_DELAY_MS = 200


class RelationshipEditor(Editor):
    """`sig_search(text)` asks for clients matching what was typed in the link box;
    `show_matches` fills the choice."""

    sig_search = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add someone close"), self.tr("Add person"), "relationshipEditor", parent
        )
        self.kind = choices(
            QComboBox(), ((labels.relationship_label(k), k.value) for k in RelationshipKind)
        )
        self.name = QLineEdit()
        self.name.setObjectName("relationshipName")
        self.name.setPlaceholderText(self.tr("name, any script"))
        self.find = QLineEdit()
        self.find.setObjectName("relationshipFind")
        self.find.setPlaceholderText(self.tr("search the clients to link…"))
        self.find.setClearButtonEnabled(True)
        self.link = QComboBox()
        self.link.setObjectName("relationshipLink")
        self.link.addItem(self.tr("not a client"), None)
        self.link.setMinimumContentsLength(18)
        self.add(self.tr("Who"), self.kind, "kind")
        self.add(self.tr("Name"), self.name, "name", stretch=1)
        self.new_row()
        self.add(self.tr("Link to a client"), self.find, "find", stretch=1)
        self.add(self.tr("Client"), self.link, "related_client_id", stretch=1)
        self.finish()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.sig_search.emit(self.find.text().strip()))
        self.find.textEdited.connect(lambda _t: self._timer.start())
        self.find.returnPressed.disconnect()  # Enter in the search box searches, not saves
        self.find.returnPressed.connect(self._search_now)

    def _search_now(self) -> None:
        self._timer.stop()
        self.sig_search.emit(self.find.text().strip())

    def show_matches(self, text: str, found: list) -> None:
        if text != self.find.text().strip():
            return  # an answer to an older query
        self.link.clear()
        self.link.addItem(self.tr("not a client"), None)
        for summary in found:
            self.link.addItem(f"{summary.display_name}  ·  {summary.home_store_code}", summary.id)
        if found:
            self.link.setCurrentIndex(1)

    def values(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "name": self.name.text(),
            "related_client_id": self.link.currentData(),
        }

    def clear_text(self) -> None:
        super().clear_text()
        self.link.clear()
        self.link.addItem(self.tr("not a client"), None)
