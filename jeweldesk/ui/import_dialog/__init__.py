"""Importing a client list from the Clients screen: the store manager's "Import
clients…" button under the book, and the dialog it opens (`dialog.ImportDialog`).

The button is shown only to those the import service lets import (store managers;
advisors never see it), checked each time the book is shown, which follows a sign-in.
The dialog's module loads when the button is first pressed, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from jeweldesk.services import Desk


def may_import(desk: Desk) -> bool:
    from jeweldesk.services.imports import ROLES_IMPORTING

    if desk.acting_staff_id is None:
        return False
    return desk.directory.person(desk.acting_staff_id).role in ROLES_IMPORTING


class ImportEntry:
    """The "Import clients…" button of `window`'s book pane and the dialog it opens."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.dialog: Any = None
        self._checked_for: object = ...
        self.button = QPushButton(QCoreApplication.translate("ImportDialog", "Import clients…"))
        self.button.setObjectName("importClients")
        self.button.setMinimumHeight(44)
        self.button.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Import clients from a file")
        )
        self.button.hide()
        self.button.clicked.connect(self.open)
        window.left_layout.addWidget(self.button)
        window.sig_list_shown.connect(lambda _kind: self.check_role())
        self.check_role()

    def check_role(self) -> None:
        desk = self.window.runner.desk
        person = desk.acting_staff_id if desk is not None else None
        if person == self._checked_for:
            return
        self._checked_for = person
        if person is None:
            self.button.hide()
            return
        self.window.runner.read(may_import, self._apply_role)

    def _apply_role(self, allowed: bool) -> None:
        self.button.setVisible(allowed)

    def open(self) -> Any:
        """Open the Import dialog (window-modal, not blocking) and return it."""
        from jeweldesk.ui.import_dialog.dialog import ImportDialog

        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ImportDialog(self.window)
        self.dialog.setWindowModality(self.dialog.windowModality().WindowModal)
        self.dialog.show()
        return self.dialog
