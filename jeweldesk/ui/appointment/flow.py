"""The status and outcome card of an open appointment: a button for each status it
can move to next, and its outcome with a note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from jeweldesk.domain.vocab import APPOINTMENT_FLOW, AppointmentStatus
from jeweldesk.ui.appointment.common import Card, narrow, select
from jeweldesk.ui.calendar.words import OUTCOMES, outcome_label, status_action

translate = QCoreApplication.translate


class FlowCard(Card):
    """`sig_status(AppointmentStatus)` when the advisor moves the appointment on;
    `outcome_button` records the outcome (the editor connects it).
    `status_buttons` maps each status it can move to to its button."""

    sig_status = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AppointmentEditor", "Status and outcome"), "flow", parent)
        self.status_buttons: dict[str, QPushButton] = {}
        self.flow_buttons = QHBoxLayout()
        self.flow_buttons.setSpacing(8)
        self.body.addLayout(self.flow_buttons)
        outcome_row = QGridLayout()
        outcome_row.setHorizontalSpacing(8)
        outcome_row.setVerticalSpacing(8)
        self.outcome_box = QComboBox()
        self.outcome_box.setObjectName("outcomeBox")
        self.outcome_box.addItem(outcome_label(""), "")
        for value in OUTCOMES:
            self.outcome_box.addItem(outcome_label(value), value)
        narrow(self.outcome_box)
        self.outcome_note = QLineEdit()
        self.outcome_note.setPlaceholderText(
            translate("AppointmentEditor", "What was bought, added to the wishlist or agreed")
        )
        self.outcome_button = QPushButton(translate("AppointmentEditor", "Record outcome"))
        # The note on a line of its own under the outcome and its button: on one line
        # with both, its prompt was cut to "What w…".
        outcome_row.addWidget(self.outcome_box, 0, 0)
        outcome_row.addWidget(self.outcome_button, 0, 1)
        outcome_row.addWidget(self.outcome_note, 1, 0, 1, 2)
        outcome_row.setColumnStretch(0, 1)
        self.body.addLayout(outcome_row)

    def fill_flow(self, status: AppointmentStatus | None) -> None:
        """A button per status `status` can move to; none for a closed appointment."""
        while self.flow_buttons.count():
            item = self.flow_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.status_buttons = {}
        if status is None:
            return
        for target in APPOINTMENT_FLOW[status]:
            button = QPushButton(status_action(target))
            button.setObjectName(f"status_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self.sig_status.emit(t))
            self.flow_buttons.addWidget(button)
            self.status_buttons[target.value] = button
        self.flow_buttons.addStretch(1)

    def show_outcome(self, a: Any, *, editable: bool) -> None:
        select(self.outcome_box, a.outcome or "")
        self.outcome_note.setText(a.outcome_note or "")
        self.outcome_note.setCursorPosition(0)  # the note from its start, not its end
        for w in (self.outcome_box, self.outcome_note, self.outcome_button):
            w.setEnabled(editable)

    def outcome(self) -> tuple[str, str]:
        """The outcome chosen and its note, as shown."""
        return self.outcome_box.currentData() or "", self.outcome_note.text()
