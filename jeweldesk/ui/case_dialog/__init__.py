"""Service-recovery cases in the app: the Case dialog (`dialog.CaseDialog`) opened from
the profile's cases section, the store manager's list of open cases
(`open_cases.OpenCasesDialog`), and `TodayCases`, which puts a service-recovery
action's SLA clock on Today with a button to work the case, and the managers' "Open
cases" button in Today's header. The dialogs' modules load when first opened."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from jeweldesk.ui.case_dialog.clock import show_sla

if TYPE_CHECKING:
    from jeweldesk.services import Desk
    from jeweldesk.services.actions import ActionView
    from jeweldesk.services.cases import CaseView


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayCases", text)


def may_manage_cases(desk: Desk) -> bool:
    from jeweldesk.services.cases import ROLES_MANAGING_CASES

    if desk.acting_staff_id is None:
        return False
    return desk.directory.person(desk.acting_staff_id).role in ROLES_MANAGING_CASES


def open_case_dialog(
    parent: QWidget,
    runner: Any,
    client_id: uuid.UUID,
    case_id: uuid.UUID | None = None,
    *,
    client_name: str = "",
    zone: str = "UTC",
) -> Any:
    """Open the Case dialog (window-modal, not blocking) and return it."""
    from PySide6.QtCore import Qt

    from jeweldesk.ui.case_dialog.dialog import CaseDialog

    dialog = CaseDialog(
        runner, client_id, case_id, client_name=client_name, zone=zone, parent=parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


class TodayCases:
    """What Today shows of service recovery: for a service-recovery action, the case's
    SLA clock (`clock`) and "Work on the case" (`work`); for store managers, "Open
    cases" (`list_button`) in the header. Today places the widgets and calls
    `show_for(action)` and `check_role()`."""

    def __init__(self, screen: Any) -> None:
        self.screen = screen
        self.runner = screen.runner
        self.view: CaseView | None = None
        self.dialog: Any = None
        self.clock = QLabel()
        self.clock.setObjectName("caseSla")
        self.clock.hide()
        self.work = QPushButton(_tr("Work on the case…"))
        self.work.setObjectName("caseWork")
        self.work.setMinimumHeight(44)
        self.work.hide()
        self.work.clicked.connect(self.open_case)
        self.list_button = QPushButton(_tr("Open cases"))
        self.list_button.setObjectName("openCases")
        self.list_button.setMinimumHeight(44)
        self.list_button.setToolTip(_tr("The store's service-recovery cases, by SLA"))
        self.list_button.hide()
        self.list_button.clicked.connect(self.open_list)
        self._shown_for: uuid.UUID | None = None
        # The clock runs on between reads: redrawn from the case twice a minute.
        self._tick = QTimer(self.clock)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._redraw)

    def _redraw(self) -> None:
        if self.view is None or self.runner.desk is None:
            self._tick.stop()
            return
        show_sla(self.clock, self.runner.desk.cases.sla(self.view.case))

    def check_role(self) -> None:
        self.runner.read(may_manage_cases, self.list_button.setVisible)

    def show_for(self, action: ActionView | None) -> None:
        """The SLA of the case `action` is about (nothing for another kind)."""
        if action is None or action.kind != "service_recovery":
            self._shown_for = None
            self.view = None
            self._tick.stop()
            show_sla(self.clock, None)
            self.work.hide()
            return
        self._shown_for = action.id
        action_id = action.id

        def shown(view: CaseView | None) -> None:
            if self._shown_for != action_id:
                return  # another action was chosen meanwhile
            self.view = view
            show_sla(self.clock, view.sla if view else None)
            self.work.setVisible(view is not None)
            if view is not None:
                self._tick.start()

        self.runner.read(lambda desk: desk.cases.for_action(action_id), shown)

    def open_case(self) -> Any:
        if self.view is None:
            return None
        self.dialog = open_case_dialog(
            self.screen,
            self.runner,
            self.view.case.client_id,
            self.view.id,
            client_name=self.view.client_name,
            zone=self.screen.zone,
        )
        return self.dialog

    def open_list(self) -> Any:
        from PySide6.QtCore import Qt

        from jeweldesk.ui.case_dialog.open_cases import OpenCasesDialog

        self.dialog = OpenCasesDialog(self.runner, zone=self.screen.zone, parent=self.screen)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.show()
        return self.dialog
