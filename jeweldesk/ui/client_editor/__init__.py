"""Adding and correcting clients: "New client" in the book pane, "No match: add them"
under an empty search, and "Edit client" on the profile, with the dialogs they open
(`new_client.NewClientDialog`, `edit_client.EditClientDialog`).

The dialogs are window-modal and never block: each reads and writes through the
window's runner, on the database thread."""

from __future__ import annotations

import threading
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QPushButton

TOUCH = 44


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientEntry", text)


class ClientEntry(QObject):
    """The book pane's "New client" button, the "No match: add them" offer shown under
    a search that found nobody, and the dialog they open (`dialog`, the last one)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None
        self.button = QPushButton(_tr("New client"))
        self.button.setObjectName("newClient")
        self.button.setMinimumHeight(TOUCH)
        self.button.setAccessibleName(_tr("Add a new client"))
        self.button.clicked.connect(lambda: self.open())
        self.no_match = QPushButton()
        self.no_match.setObjectName("noMatchAdd")
        self.no_match.setMinimumHeight(TOUCH)
        self.no_match.hide()
        self.no_match.clicked.connect(lambda: self.open(self.window.search_box.text()))
        layout = window.left_layout
        # Under the caption, where "No client matches" is read; the button below the list.
        layout.insertWidget(layout.indexOf(window.list_caption) + 1, self.no_match)
        layout.insertWidget(layout.indexOf(window.client_list) + 1, self.button)
        window.sig_list_shown.connect(self._list_shown)
        window.search_box.textChanged.connect(lambda _t: self.no_match.hide())
        pane = window.profile_pane
        pane.build()
        self.edit_button = EditClientButton(pane)
        # At the right of the header's top row (portrait, names), level with the name.
        top = pane.header.layout().itemAt(0).layout()
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

    def _list_shown(self, kind: str) -> None:
        typed = self.window.search_box.text().strip()
        empty = kind == "results" and bool(typed) and self.window.model.rowCount() == 0
        if empty:
            self.no_match.setText(
                _tr("No match: add “{typed}” as a new client").format(typed=typed)
            )
        self.no_match.setVisible(empty)

    def open(self, prefill: str = "") -> Any:
        """Open the New-client dialog with `prefill` (a name or a phone) typed in."""
        from jeweldesk.ui.client_editor.new_client import NewClientDialog

        _warm_name_tables()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = NewClientDialog(self.window.runner, self.window, prefill=prefill)
        self.dialog.setWindowModality(self.dialog.windowModality().WindowModal)
        self.dialog.sig_created.connect(self._show_client)
        self.dialog.sig_open_existing.connect(self._show_client)
        self.dialog.show()
        if prefill.strip():
            self.dialog.check_now()
        return self.dialog

    def _show_client(self, client_id: uuid.UUID) -> None:
        self.no_match.hide()
        self.window.show_screen("book")
        self.window.select_client(client_id)
        self.window.reload_book()


_warming: list[threading.Thread] = []


def _warm_name_tables() -> None:
    """Once per process, on a thread of its own: the duplicate check's name tables load
    while the advisor types, not on the database thread at the first check."""
    if _warming:
        return
    from jeweldesk.services.client_duplicates import warm_up

    thread = threading.Thread(target=warm_up, name="name-tables", daemon=True)
    _warming.append(thread)
    thread.start()


class EditClientButton(QPushButton):
    """The profile header's "Edit client" button and the dialog it opens (`dialog`)."""

    def __init__(self, pane: Any) -> None:
        super().__init__(_tr("Edit"))  # beside the name: short, the name needs the room
        self.pane = pane
        self.dialog: Any = None
        self.setObjectName("editClient")
        self.setMinimumHeight(TOUCH)
        self.setAccessibleName(_tr("Edit the client's names, details and contacts"))
        self.setToolTip(_tr("Edit the client's names, details and contacts"))
        self.clicked.connect(lambda: self.open())

    def open(self) -> Any:
        from jeweldesk.ui.client_editor.edit_client import EditClientDialog

        profile = self.pane.profile
        if profile is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = EditClientDialog(self.pane.runner(), profile.summary.id, self.window())
        self.dialog.setWindowModality(self.dialog.windowModality().WindowModal)
        self.dialog.sig_saved.connect(self.pane.reload)
        self.dialog.sig_contact_saved.connect(lambda _text: self.pane.reload())
        self.dialog.show()
        return self.dialog


__all__ = ["ClientEntry", "EditClientButton"]
