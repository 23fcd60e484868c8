"""The Case dialog: a service-recovery case opened from the client's profile and worked
there, step by step: the complaint, the first response (apology, gesture and its value,
the store manager involved), the resolution with the day of the follow-up check, the
follow-up itself, closing (managers) and reopening with a reason. The SLA clock is on
top, coloured, and ticks while the dialog is open.

Every call goes through the window's runner: `desk.cases` holds every rule, and a
refusal is shown in the dialog with what was typed kept."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.cases import CaseSeverity
from jeweldesk.domain.vocab import CaseStatus, Channel
from jeweldesk.ui import labels
from jeweldesk.ui.case_dialog.clock import show_sla
from jeweldesk.ui.profile.common import when_text
from jeweldesk.ui.widgets.dates import interface_lang, locale_for

if TYPE_CHECKING:
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.services.cases import CaseView

TOUCH = 44
TICK_MS = 30_000  # the clock is redrawn twice a minute


def severity_label(value: object) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {
        "low": QCoreApplication.translate("CaseDialog", "Low"),
        "medium": QCoreApplication.translate("CaseDialog", "Medium"),
        "high": QCoreApplication.translate("CaseDialog", "High"),
        "critical": QCoreApplication.translate("CaseDialog", "Critical"),
    }
    return words.get(str(value), str(value or "").capitalize())


class CaseDialog(QDialog):
    """A new case for `client_id` (no `case_id`), or the case `case_id` to work.
    `sig_loaded(view)` once a case is on screen (after opening, each step and each
    reload), `sig_saved(record)` after each step saved, `sig_refused(message)` when the
    desk refused a step."""

    sig_loaded = Signal(object)
    sig_saved = Signal(object)
    sig_refused = Signal(str)

    def __init__(
        self,
        runner: Any,
        client_id: uuid.UUID,
        case_id: uuid.UUID | None = None,
        *,
        client_name: str = "",
        zone: str = "UTC",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.runner = runner
        self.client_id = client_id
        self.case_id = case_id
        self.zone = zone
        self.view: CaseView | None = None
        self.setWindowTitle(self.tr("Service-recovery case"))

        self.heading = QLabel(
            self.tr("New service-recovery case")
            if case_id is None
            else self.tr("Service-recovery case")
        )
        self.heading.setObjectName("editorHeading")
        self.client_label = QLabel(client_name)
        self.client_label.setObjectName("clientChosen")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.status_chip.hide()
        self.sla_label = QLabel()
        self.sla_label.setObjectName("caseSla")
        self.sla_label.hide()
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.heading)
        head.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        head.addWidget(self.sla_label, 0, Qt.AlignmentFlag.AlignVCenter)

        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()

        body = QWidget()
        body.setObjectName("editorContent")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(14)
        self._complaint_part()
        self._response_part()
        self._resolution_part()
        self._follow_up_part()
        self._reopen_part()
        self.body.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("caseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_case)
        self.close_dialog = QPushButton(self.tr("Close"))
        self.close_dialog.setObjectName("caseDialogClose")
        self.close_dialog.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_dialog)
        buttons.addWidget(self.open_button)
        for button in (self.open_button, self.close_dialog):
            button.setMinimumHeight(TOUCH)
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.client_label)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(640, 520)
        self.resize(760, 700)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._redraw_clock)
        self.runner.read(lambda desk: desk.cases.managers(), self._show_managers)
        if case_id is None:
            self._show(None)
        else:
            self.reload()

    # --- the parts -----------------------------------------------------------------

    def _card(self, title: str) -> tuple[QFrame, QFormLayout]:
        card = QFrame()
        card.setObjectName("card")
        outer = QVBoxLayout(card)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(8)
        heading = QLabel(title.upper())
        heading.setObjectName("cardTitle")
        outer.addWidget(heading)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.body.addWidget(card)
        return card, form

    @staticmethod
    def _box(name: str, lines: int = 3) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(24 * lines + 20)
        return box

    @staticmethod
    def _line(name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMinimumHeight(TOUCH)
        return line

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(TOUCH)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _complaint_part(self) -> None:
        self.complaint_card, form = self._card(self.tr("What happened"))
        self.complaint = self._box("caseComplaint")
        self.complaint.setPlaceholderText(self.tr("What the client complains of, in their words"))
        self.channel = QComboBox()
        self.channel.setObjectName("caseChannel")
        self.channel.setMinimumHeight(TOUCH)
        self.channel.addItem(self.tr("— not said —"), "")
        for value in Channel:
            self.channel.addItem(labels.channel_label(value), str(value))
        self.severity = QComboBox()
        self.severity.setObjectName("caseSeverity")
        self.severity.setMinimumHeight(TOUCH)
        for value in CaseSeverity:
            self.severity.addItem(severity_label(value), str(value))
        self.severity.setCurrentIndex(1)  # medium
        self.sensitive = self._box("caseSensitiveNote", 2)
        self.sensitive.setPlaceholderText(
            self.tr("Optional: seen only by you, store managers and head office")
        )
        self.sensitive_withheld = QLabel(
            self.tr(
                "A sensitive note is recorded: only the person who opened the case, "
                "store managers and head office can read it."
            )
        )
        self.sensitive_withheld.setObjectName("quietNote")
        self.sensitive_withheld.setWordWrap(True)
        self.sensitive_withheld.hide()
        self.opened_line = QLabel()
        self.opened_line.setObjectName("mutedLine")
        self.opened_line.setWordWrap(True)
        self.opened_line.hide()
        form.addRow(self.tr("Complaint"), self.complaint)
        form.addRow(self.tr("How it reached us"), self.channel)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Sensitive note"), self.sensitive)
        form.addRow("", self.sensitive_withheld)
        form.addRow("", self.opened_line)

    def _response_part(self) -> None:
        self.response_card, form = self._card(self.tr("First response"))
        self.apology = self._line("caseApology")
        self.apology.setPlaceholderText(self.tr("The apology made, and how"))
        self.gesture = self._line("caseGesture")
        self.gesture.setPlaceholderText(self.tr("A complimentary cleaning, a gift…"))
        self.gesture_value = self._line("caseGestureValue")
        self.gesture_value.setPlaceholderText(self.tr("Its value, e.g. 1,200"))
        self.gesture_currency = QLabel()
        self.gesture_currency.setObjectName("mutedLine")
        value_row = QHBoxLayout()
        value_row.addWidget(self.gesture_value, 1)
        value_row.addWidget(self.gesture_currency)
        self.manager = QComboBox()
        self.manager.setObjectName("caseManager")
        self.manager.setMinimumHeight(TOUCH)
        self.manager.addItem(self.tr("— none yet —"), None)
        self.responded_line = QLabel()
        self.responded_line.setObjectName("mutedLine")
        self.responded_line.hide()
        self.respond_button = self._button(
            self.tr("Save the response"), "caseRespond", self.respond
        )
        form.addRow(self.tr("Apology"), self.apology)
        form.addRow(self.tr("Gesture"), self.gesture)
        form.addRow(self.tr("Gesture's value"), value_row)
        form.addRow(self.tr("Manager involved"), self.manager)
        form.addRow("", self.responded_line)
        form.addRow("", self.respond_button)

    def _resolution_part(self) -> None:
        self.resolution_card, form = self._card(self.tr("Resolution"))
        self.resolution = self._box("caseResolution")
        self.resolution.setPlaceholderText(self.tr("How the case was resolved"))
        self.plan_follow_up = QCheckBox(self.tr("Plan a follow-up check on"))
        self.plan_follow_up.setObjectName("casePlanFollowUp")
        self.plan_follow_up.setChecked(True)
        self.follow_up_day = QDateEdit()
        self.follow_up_day.setObjectName("caseFollowUpDay")
        self.follow_up_day.setCalendarPopup(True)
        self.follow_up_day.setMinimumHeight(TOUCH)
        lang = interface_lang()
        self.follow_up_day.setLocale(locale_for(lang))
        self.follow_up_day.setDisplayFormat(
            "yyyy年M月d日" if lang.startswith("zh") else "d MMM yyyy"
        )
        week = dt.date.today() + dt.timedelta(days=7)
        self.follow_up_day.setDate(QDate(week.year, week.month, week.day))
        self.plan_follow_up.toggled.connect(self.follow_up_day.setEnabled)
        day_row = QHBoxLayout()
        day_row.addWidget(self.plan_follow_up)
        day_row.addWidget(self.follow_up_day, 1)
        self.resolved_line = QLabel()
        self.resolved_line.setObjectName("mutedLine")
        self.resolved_line.setWordWrap(True)
        self.resolved_line.hide()
        self.resolve_button = self._button(self.tr("Resolve"), "caseResolve", self.resolve)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow("", day_row)
        form.addRow("", self.resolved_line)
        form.addRow("", self.resolve_button)

    def _follow_up_part(self) -> None:
        self.follow_up_card, form = self._card(self.tr("Follow-up check"))
        self.follow_up_note = self._line("caseFollowUpNote")
        self.follow_up_note.setPlaceholderText(
            self.tr("What the client said when you checked back")
        )
        self.followed_line = QLabel()
        self.followed_line.setObjectName("mutedLine")
        self.followed_line.setWordWrap(True)
        self.followed_line.hide()
        self.follow_up_button = self._button(
            self.tr("Record the follow-up"), "caseFollowUp", self.follow_up
        )
        self.close_case_button = self._button(
            self.tr("Close the case"), "caseClose", self.close_case
        )
        row = QHBoxLayout()
        row.addWidget(self.follow_up_button)
        row.addWidget(self.close_case_button)
        row.addStretch(1)
        form.addRow(self.tr("Follow-up"), self.follow_up_note)
        form.addRow("", self.followed_line)
        form.addRow("", row)

    def _reopen_part(self) -> None:
        self.reopen_card, form = self._card(self.tr("Reopen"))
        self.reopen_reason = self._line("caseReopenReason")
        self.reopen_reason.setPlaceholderText(self.tr("Why the case is reopened (required)"))
        self.reopen_button = self._button(self.tr("Reopen the case"), "caseReopen", self.reopen)
        form.addRow(self.tr("Reason"), self.reopen_reason)
        form.addRow("", self.reopen_button)

    # --- showing ---------------------------------------------------------------------

    def _show_managers(self, managers: list[tuple[uuid.UUID, str]]) -> None:
        chosen = self.manager.currentData()
        for staff_id, name in managers:
            self.manager.addItem(name, str(staff_id))  # text: QComboBox finds it again
        self._choose_manager(chosen or (self.view.case.manager_id if self.view else None))

    def _choose_manager(self, staff_id: uuid.UUID | None) -> None:
        index = self.manager.findData(str(staff_id)) if staff_id else 0
        self.manager.setCurrentIndex(max(index, 0))

    def reload(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.runner.read(lambda desk: desk.cases.get(case_id), self._show, self._refused)

    def _show(self, view: CaseView | None) -> None:
        self.view = view
        new = view is None
        case = view.case if view else None
        status = case.status if case else None
        working = status in (CaseStatus.OPEN, CaseStatus.RESPONDED)
        self.open_button.setVisible(new)
        self.close_dialog.setText(self.tr("Cancel") if new else self.tr("Close"))
        for card in (self.response_card, self.resolution_card):
            card.setVisible(not new)
        self.follow_up_card.setVisible(status in (CaseStatus.RESOLVED, CaseStatus.CLOSED))
        self.reopen_card.setVisible(status in (CaseStatus.RESOLVED, CaseStatus.CLOSED))
        for widget in (self.complaint, self.channel, self.severity):
            widget.setEnabled(new)
        self.status_chip.setVisible(not new)
        if view is None or case is None:
            show_sla(self.sla_label, None)
            self._tick.stop()
            return
        self.heading.setText(self.tr("Service-recovery case"))
        if view.client_name:
            self.client_label.setText(view.client_name)
        self.status_chip.setText(labels.case_status_label(case.status).upper())
        self._redraw_clock()
        if working:
            self._tick.start()
        else:
            self._tick.stop()
        self.complaint.setPlainText(case.complaint)
        self.channel.setCurrentIndex(max(self.channel.findData(str(case.channel or "")), 0))
        self.severity.setCurrentIndex(max(self.severity.findData(case.severity or "medium"), 0))
        self.sensitive.setVisible(not view.sensitive_withheld)
        self.sensitive.setEnabled(working)
        self.sensitive.setPlainText(case.sensitive_note)
        self.sensitive_withheld.setVisible(view.sensitive_withheld)
        opened = self.tr("Opened {when} by {person}").format(
            when=when_text(case.opened_at, self.zone, time=True),
            person=view.opened_by_name or "—",
        )
        self.opened_line.setText(opened)
        self.opened_line.show()

        self.apology.setText(case.apology)
        self.gesture.setText(case.gesture)
        # The amount as typed back (the currency is the case's): it is read again on saving.
        self.gesture_value.setText(
            f"{case.gesture_value:,}" if case.gesture_value is not None else ""
        )
        self.gesture_currency.setText(case.gesture_currency)
        self._choose_manager(case.manager_id)
        for widget in (self.apology, self.gesture, self.gesture_value, self.manager):
            widget.setEnabled(working)
        self.respond_button.setVisible(working)
        self.responded_line.setVisible(case.first_response_at is not None)
        if case.first_response_at is not None:
            self.responded_line.setText(
                self.tr("First response {when}").format(
                    when=when_text(case.first_response_at, self.zone, time=True)
                )
            )

        self.resolution.setPlainText(case.resolution)
        self.resolution.setEnabled(working)
        self.plan_follow_up.setVisible(working)
        self.follow_up_day.setVisible(working)
        self.resolve_button.setVisible(working)
        self.resolved_line.setVisible(case.resolved_at is not None or bool(case.reopen_reason))
        parts = []
        if case.resolved_at is not None:
            parts.append(
                self.tr("Resolved {when}").format(
                    when=when_text(case.resolved_at, self.zone, time=True)
                )
            )
        if case.follow_up_due is not None:
            parts.append(
                self.tr("follow-up check due {day}").format(day=when_text(case.follow_up_due))
            )
        if case.reopen_reason:
            parts.append(self.tr("reopened: {reason}").format(reason=case.reopen_reason))
        self.resolved_line.setText(" · ".join(parts))

        done = case.follow_up_done_at is not None
        self.follow_up_note.setText(case.follow_up_note)
        self.follow_up_note.setEnabled(status is CaseStatus.RESOLVED and not done)
        self.follow_up_button.setVisible(status is CaseStatus.RESOLVED and not done)
        self.followed_line.setVisible(done)
        if done:
            self.followed_line.setText(
                self.tr("Checked back {when}").format(
                    when=when_text(case.follow_up_done_at, self.zone, time=True)
                )
            )
        self.close_case_button.setVisible(status is CaseStatus.RESOLVED and view.may_manage)
        self.sig_loaded.emit(view)

    def _redraw_clock(self) -> None:
        if self.view is None:
            return
        from jeweldesk.domain.cases import sla_clock

        case = self.view.case
        now = dt.datetime.now(dt.UTC)
        if self.runner.desk is not None:
            now = self.runner.desk.cases.now()
        show_sla(
            self.sla_label,
            sla_clock(case.opened_at, case.first_response_at, case.resolved_at, now),
        )

    def _refused(self, error: DomainError) -> None:
        message = error.message(interface_lang())
        self.error.setText(message)
        self.error.show()
        self.sig_refused.emit(message)

    def _write(self, op) -> None:
        self.error.hide()

        def done(written) -> None:
            self.case_id = written.value.id
            self.sig_saved.emit(written.value)
            self.reload()

        self.runner.write(op, done, self._refused, initiator=self)

    # --- the steps -------------------------------------------------------------------

    def open_case(self) -> None:
        client_id = self.client_id
        complaint = self.complaint.toPlainText()
        channel = self.channel.currentData() or None
        severity = self.severity.currentData()
        note = self.sensitive.toPlainText()
        self._write(
            lambda desk: desk.cases.open(
                client_id, complaint, channel=channel, severity=severity, sensitive_note=note
            )
        )

    def respond(self) -> None:
        if self.view is None:
            return
        case_id = self.view.id
        values: dict[str, Any] = {
            "apology": self.apology.text(),
            "gesture": self.gesture.text(),
            "gesture_value": self.gesture_value.text(),
            "manager_id": self.manager.currentData(),
        }
        if not self.view.sensitive_withheld:
            values["sensitive_note"] = self.sensitive.toPlainText()
        self._write(lambda desk: desk.cases.respond(case_id, **values))

    def resolve(self) -> None:
        if self.view is None:
            return
        case_id, text = self.view.id, self.resolution.toPlainText()
        due = None
        if self.plan_follow_up.isChecked():
            q = self.follow_up_day.date()
            due = dt.date(q.year(), q.month(), q.day())
        self._write(lambda desk: desk.cases.resolve(case_id, text, follow_up_due=due))

    def follow_up(self) -> None:
        if self.view is not None:
            case_id, note = self.view.id, self.follow_up_note.text()
            self._write(lambda desk: desk.cases.follow_up(case_id, note))

    def close_case(self) -> None:
        if self.view is not None:
            case_id = self.view.id
            self._write(lambda desk: desk.cases.close(case_id))

    def reopen(self) -> None:
        if self.view is not None:
            case_id, reason = self.view.id, self.reopen_reason.text()

            self._write(lambda desk: desk.cases.reopen(case_id, reason))
