"""Log contact: a call, a message, a visit, an e-mail, attendance at an event or any
other contact with a client, in one dialog opened from the profile or from Today.

The kind is one tap (large toggles); the channel offers only what the kind can go by;
the outcome is a few words (common ones offered); the note is optional; the time is
now unless changed, and never later than now. `desk.interactions` holds every rule:
a refusal is shown in the dialog with what was typed kept. From an action on Today,
the contact can close the action too ("This completes the action")."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.vocab import Channel, InteractionKind
from jeweldesk.services.interactions import CHANNELS_OF, DEFAULT_CHANNEL, LOGGED_KINDS
from jeweldesk.ui import labels
from jeweldesk.ui.widgets.dates import interface_lang, locale_for

TOUCH = 44
# How a channel on an action is reached: the kind of contact it usually is.
KIND_FOR_CHANNEL = {
    "phone": InteractionKind.CALL,
    "sms": InteractionKind.MESSAGE,
    "wechat": InteractionKind.MESSAGE,
    "whatsapp": InteractionKind.MESSAGE,
    "line": InteractionKind.MESSAGE,
    "email": InteractionKind.EMAIL,
    "in_person": InteractionKind.VISIT,
}


def kind_label(kind: object) -> str:
    """The toggle's word for a kind ("Event" reads as attendance here)."""
    from PySide6.QtCore import QCoreApplication

    words = {
        "call": QCoreApplication.translate("LogContactDialog", "Call"),
        "message": QCoreApplication.translate("LogContactDialog", "Message"),
        "visit": QCoreApplication.translate("LogContactDialog", "Visit"),
        "email": QCoreApplication.translate("LogContactDialog", "E-mail"),
        "event": QCoreApplication.translate("LogContactDialog", "Event attendance"),
        "other": QCoreApplication.translate("LogContactDialog", "Other"),
    }
    return words.get(str(kind), labels.interaction_label(kind))


def outcome_suggestions() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("LogContactDialog", text)

    return [
        tr("Reached"),
        tr("No answer"),
        tr("Left a message"),
        tr("Replied"),
        tr("Appointment booked"),
        tr("Will call back"),
        tr("Not interested for now"),
    ]


def channels_for(kind: InteractionKind) -> list[Channel]:
    """The channels `kind` can go by, its usual one first."""
    allowed = CHANNELS_OF.get(kind)
    order = [c for c in Channel if allowed is None or c in allowed]
    usual = DEFAULT_CHANNEL.get(kind)
    if usual in order:
        order.remove(usual)
        order.insert(0, usual)
    return order


class ContactHow(QWidget):
    """The kind toggles and the channel list: "how the contact was made". Shared by
    the dialog and Today's Done (where it asks the same question inline)."""

    sig_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, columns: int = 3, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactHow")
        self.kinds = QButtonGroup(self)
        self.kinds.setExclusive(True)
        self.buttons: dict[InteractionKind, QPushButton] = {}
        # Compact (Today's detail, beside the outcome buttons): the kind is a list, so
        # the pane stays as narrow as a 1000-pixel tablet needs.
        self.kind_combo: QComboBox | None = None
        self.channel = QComboBox()
        self.channel.setObjectName("contactChannel")
        self.channel.setMinimumHeight(TOUCH)
        self.channel.setAccessibleName(self.tr("Channel"))
        if compact:
            self.kind_combo = QComboBox()
            self.kind_combo.setObjectName("contactKindList")
            self.kind_combo.setMinimumHeight(TOUCH)
            for kind in LOGGED_KINDS:
                self.kind_combo.addItem(kind_label(kind), str(kind))
            for combo in (self.kind_combo, self.channel):
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(6)
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(10)
            row.addWidget(self.kind_combo, 1)
            row.addWidget(self.channel, 1)
            self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        else:
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(8)
            for i, kind in enumerate(LOGGED_KINDS):
                button = QPushButton(kind_label(kind))
                button.setObjectName("contactKind")
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.setMinimumHeight(TOUCH)
                button.setProperty("kind", str(kind))
                self.kinds.addButton(button)
                self.buttons[kind] = button
                grid.addWidget(button, i // columns, i % columns)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(8)
            layout.addLayout(grid)
            layout.addWidget(self.channel)
            self.kinds.buttonToggled.connect(self._kind_toggled)
        self.channel.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.set_kind(InteractionKind.CALL)

    def _kind_toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self._fill_channels(InteractionKind(str(button.property("kind"))))
            self.sig_changed.emit()

    def _kind_chosen(self, _index: int) -> None:
        self._fill_channels(InteractionKind(self.kind_value()))
        self.sig_changed.emit()

    def _fill_channels(self, kind: InteractionKind, prefer: str | None = None) -> None:
        keep = prefer or self.channel_value()
        self.channel.blockSignals(True)
        self.channel.clear()
        for channel in channels_for(kind):
            self.channel.addItem(labels.channel_label(channel), str(channel))
        index = self.channel.findData(keep) if keep else -1
        self.channel.setCurrentIndex(max(index, 0))
        self.channel.setEnabled(self.channel.count() > 1)
        self.channel.blockSignals(False)

    def set_kind(self, kind: InteractionKind | str, channel: str | None = None) -> None:
        kind = InteractionKind(str(kind))
        if kind not in LOGGED_KINDS:
            kind = InteractionKind.OTHER
        if self.kind_combo is not None:
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(kind)))
            self.kind_combo.blockSignals(False)
        else:
            self.kinds.blockSignals(True)
            self.buttons[kind].setChecked(True)
            self.kinds.blockSignals(False)
        self._fill_channels(kind, channel)
        self.sig_changed.emit()

    def preset_for(self, channel: str | None) -> None:
        """The likeliest contact for an action proposed on `channel`."""
        kind = KIND_FOR_CHANNEL.get(channel or "", InteractionKind.CALL)
        self.set_kind(kind, channel)

    def kind_value(self) -> str:
        if self.kind_combo is not None:
            return str(self.kind_combo.currentData() or "call")
        button = self.kinds.checkedButton()
        return str(button.property("kind")) if button else "call"

    def channel_value(self) -> str | None:
        data = self.channel.currentData()
        return str(data) if data else None


class LogContactDialog(QDialog):
    """Log a contact with `client_id`. With `action` (an `ActionView` from Today), the
    action can be completed by it. `sig_saved(record)` once the desk saved it,
    `sig_refused(message)` when it refused."""

    sig_saved = Signal(object)
    sig_refused = Signal(str)

    def __init__(
        self,
        runner: Any,
        client_id: uuid.UUID,
        *,
        client_name: str = "",
        zone: str = "UTC",
        action: Any = None,
        initiator: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logContactDialog")
        self.runner = runner
        self.client_id = client_id
        self.zone = zone
        self.action = action
        self.initiator = initiator
        self.saved: Any = None
        self.written: Any = None
        self.setWindowTitle(self.tr("Log contact"))

        heading = QLabel(self.tr("Log contact"))
        heading.setObjectName("editorHeading")
        self.client_label = QLabel(client_name)
        self.client_label.setObjectName("clientChosen")
        self.client_label.setVisible(bool(client_name))
        self.how = ContactHow(self)
        self.outcome = QComboBox()
        self.outcome.setObjectName("contactOutcome")
        self.outcome.setEditable(True)
        self.outcome.setMinimumHeight(TOUCH)
        self.outcome.addItems(outcome_suggestions())
        self.outcome.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("contactNote")
        self.note.setPlaceholderText(self.tr("Note (optional): what was said"))
        self.note.setFixedHeight(84)
        self.when = QDateTimeEdit()
        self.when.setObjectName("contactWhen")
        self.when.setCalendarPopup(True)
        self.when.setMinimumHeight(TOUCH)
        lang = interface_lang()
        self.when.setLocale(locale_for(lang))
        self.when.setDisplayFormat(
            "yyyy年M月d日 HH:mm" if lang.startswith("zh") else "d MMM yyyy  HH:mm"
        )
        self.when.setTimeZone(QTimeZone(zone.encode()))
        self._set_now()
        self.completes = QCheckBox(self.tr("This completes the action"))
        self.completes.setObjectName("contactCompletes")
        self.completes.setChecked(action is not None)
        self.completes.setVisible(action is not None)
        # The action's reason on lines of its own: a checkbox's text never wraps.
        self.completes_reason = QLabel(getattr(action, "reason", "") if action else "")
        self.completes_reason.setObjectName("fieldHint")
        self.completes_reason.setWordWrap(True)
        self.completes_reason.setContentsMargins(28, 0, 0, 0)
        self.completes_reason.setVisible(action is not None)
        if action is not None:
            self.how.preset_for(getattr(action, "channel", None))
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("How"), self.how)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("When"), self.when)

        self.save_button = QPushButton(self.tr("Log contact"))
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(TOUCH)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setMinimumHeight(TOUCH)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.client_label)
        layout.addLayout(form)
        layout.addWidget(self.completes)
        layout.addWidget(self.completes_reason)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.setMaximumWidth(720)

    def _set_now(self) -> None:
        now = QDateTime.currentDateTime()
        self.when.setMaximumDateTime(now.addSecs(60))
        self.when.setDateTime(now)

    def occurred_at(self) -> dt.datetime:
        """The time chosen, as an aware instant."""
        return dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), dt.UTC)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.how.kind_value(),
            "channel": self.how.channel_value(),
            "outcome": self.outcome.currentText(),
            "note": self.note.toPlainText(),
            "occurred_at": self.occurred_at(),
        }

    def save(self) -> None:
        values = self.values()
        client_id = self.client_id
        action_id = (
            self.action.id if self.action is not None and self.completes.isChecked() else None
        )
        self.save_button.setEnabled(False)
        self.error.hide()

        def op(desk: Any) -> Any:
            return desk.interactions.log(client_id, action_id=action_id, **values)

        self.runner.write(op, self._saved, on_failed=self._refused, initiator=self.initiator)

    def _saved(self, result: Any) -> None:
        self.written = result  # with what changed: Today takes completed actions off
        self.saved = getattr(result, "value", result)
        self.save_button.setEnabled(True)
        self.accept()
        self.sig_saved.emit(self.saved)

    def _refused(self, error: Any) -> None:
        lang = getattr(getattr(self.runner, "desk", None), "lang", "en")
        message = error.message(lang)
        self.error.setText(message)
        self.error.show()
        self.save_button.setEnabled(True)
        self.sig_refused.emit(message)


def open_log_contact(
    parent: QWidget,
    runner: Any,
    client_id: uuid.UUID,
    *,
    client_name: str = "",
    zone: str = "UTC",
    action: Any = None,
    initiator: object = None,
) -> LogContactDialog:
    """Open the dialog (window-modal, not blocking) and return it."""
    dialog = LogContactDialog(
        runner,
        client_id,
        client_name=client_name,
        zone=zone,
        action=action,
        initiator=initiator,
        parent=parent,
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


class TodayContact(QObject):
    """What Today adds for contacts: under the chosen action, "How was the contact
    made?" (`box`, preset from the action's channel), which Done records with the
    action; and "Log contact…" (`log_button`), the dialog for the action's client.
    Today places the widgets, calls `show_for(action)` and reads `contact_for`.

    `sig_shown` once a contact logged here is on the list: the actions it completed
    are taken off at once (the write says which); the day is then read again, for
    coverage and anything else it moved."""

    sig_shown = Signal()

    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        from PySide6.QtCore import QCoreApplication

        def tr(text: str) -> str:
            return QCoreApplication.translate("TodayContact", text)

        self.screen = screen
        self.dialog: LogContactDialog | None = None
        self.box = QWidget()
        self.box.setObjectName("contactHowBox")
        caption = QLabel(tr("How was the contact made?").upper())
        caption.setObjectName("cardTitle")
        caption.setWordWrap(True)
        self.how = ContactHow(self.box, compact=True)
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(caption)
        layout.addWidget(self.how)
        self.box.hide()
        self.log_button = QPushButton(tr("Log contact…"))
        self.log_button.setObjectName("logContactToday")
        self.log_button.setMinimumHeight(TOUCH)
        self.log_button.setToolTip(tr("Log a call, message or visit with this client"))
        self.log_button.clicked.connect(self.open)

    def asks(self, action: Any) -> bool:
        return action is not None and getattr(action, "purpose", "") != "internal"

    def show_for(self, action: Any) -> None:
        self.box.setVisible(self.asks(action))
        if self.asks(action):
            self.how.preset_for(action.channel)

    def contact_for(self, action: Any) -> dict[str, Any] | None:
        """How Done records the contact (None: an internal action, no contact)."""
        if not self.asks(action):
            return None
        return {"kind": self.how.kind_value(), "channel": self.how.channel_value()}

    def open(self) -> None:
        action = self.screen.current_action()
        if action is None:
            return
        self.dialog = open_log_contact(
            self.screen,
            self.screen.runner,
            action.client_id,
            client_name=action.client_display_name,
            zone=self.screen.zone,
            action=action,
            initiator=self.screen,
        )
        dialog = self.dialog
        dialog.sig_saved.connect(lambda _row: self._logged(dialog.written))

    def _logged(self, written: Any) -> None:
        screen = self.screen
        changed = getattr(getattr(written, "changes", None), "ids", frozenset())
        kept = screen.current_action()
        row = screen.model.row_of(kept.id) if kept is not None else 0
        for action in screen.model.actions():
            if action.id in changed:
                screen.model.remove(action.id)
        screen._select_row(max(row, 0))
        screen._update_counts()
        self.sig_shown.emit()
        QTimer.singleShot(0, screen.refresh)
