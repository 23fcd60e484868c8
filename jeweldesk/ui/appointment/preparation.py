"""The preparation card: the checklist prepared from the client's preferences when
the appointment is booked, ticked while it is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListView, QWidget

from jeweldesk.ui.appointment.common import Card
from jeweldesk.ui.calendar.models import ChecklistModel

translate = QCoreApplication.translate


class PreparationCard(Card):
    """`checklist_model.dataChanged` says an item was ticked (the editor writes it)."""

    def __init__(self, *, booked: bool, parent: QWidget | None = None) -> None:
        super().__init__(translate("AppointmentEditor", "Preparation"), "checklist", parent)
        self.checklist_model = ChecklistModel(self)
        self.checklist_view = QListView()
        self.checklist_view.setObjectName("checklist")
        self.checklist_view.setModel(self.checklist_model)
        self.checklist_view.setMinimumHeight(150)
        self.checklist_view.setWordWrap(True)
        self.checklist_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist_hint = QLabel(
            translate(
                "AppointmentEditor",
                "Prepared from the client's preferences when you save: room, refreshments, sizes, language.",
            )
        )
        self.checklist_hint.setObjectName("fieldHint")
        self.checklist_hint.setWordWrap(True)
        self.body.addWidget(self.checklist_view, 1)
        self.body.addWidget(self.checklist_hint)
        self.checklist_view.setVisible(booked)

    def show_items(self, items: list[Any], tickable: bool) -> None:
        self.checklist_model.set_items(items, tickable)
        self.checklist_hint.setText(
            ""
            if tickable
            else translate(
                "AppointmentEditor",
                "Prepared from the client's preferences when the appointment was booked.",
            )
        )
