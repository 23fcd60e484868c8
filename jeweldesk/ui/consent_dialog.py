"""The consent dialog: a client's decision to grant or withdraw consent for a purpose
(service messages, marketing, profiling, cross-border transfer) on one channel or all,
and how it was given: spoken in store, a paper form (its number), the client's
signature drawn on the tablet, or online (its reference).

`desk.consent` holds every rule (a paper form needs its number, a signature needs to
be drawn): a refusal is shown here with what was chosen kept."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.vocab import Channel, ConsentPurpose
from jeweldesk.ui import labels
from jeweldesk.ui.widgets.signature_pad import SignaturePad

TOUCH = 44
# The ways an advisor records a decision in the app (imports come from files).
METHODS = ("spoken", "paper_form", "signature", "online")


def method_label(value: object) -> str:
    words = {
        "spoken": QCoreApplication.translate("ConsentDialog", "Spoken"),
        "paper_form": QCoreApplication.translate("ConsentDialog", "Paper form"),
        "signature": QCoreApplication.translate("ConsentDialog", "Signature"),
        "online": QCoreApplication.translate("ConsentDialog", "Online"),
        "import": QCoreApplication.translate("ConsentDialog", "Imported"),
    }
    return words.get(str(value), str(value or ""))


class ConsentDialog(QDialog):
    """Record a decision for `client_id`; `granted` picks Grant or Withdraw first.
    `sig_saved(record)` once saved, `sig_refused(message)` when refused."""

    sig_saved = Signal(object)
    sig_refused = Signal(str)

    def __init__(
        self,
        runner: Any,
        client_id: uuid.UUID,
        *,
        granted: bool = True,
        purpose: str = "marketing",
        channel: str | None = None,
        client_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.runner = runner
        self.client_id = client_id
        self.saved: Any = None
        self.setWindowTitle(self.tr("Consent"))

        heading = QLabel(self.tr("Record consent"))
        heading.setObjectName("editorHeading")
        self.client_label = QLabel(client_name)
        self.client_label.setObjectName("clientChosen")
        self.client_label.setVisible(bool(client_name))

        self.grant_button = self._toggle(self.tr("Grant"), "consentGrant")
        self.withdraw_button = self._toggle(self.tr("Withdraw"), "consentWithdraw")
        self.decision = QButtonGroup(self)
        self.decision.addButton(self.grant_button)
        self.decision.addButton(self.withdraw_button)
        (self.grant_button if granted else self.withdraw_button).setChecked(True)
        decision_row = QHBoxLayout()
        decision_row.setSpacing(8)
        decision_row.addWidget(self.grant_button)
        decision_row.addWidget(self.withdraw_button)

        self.purpose = QComboBox()
        self.purpose.setObjectName("consentPurpose")
        self.purpose.setMinimumHeight(TOUCH)
        for p in ConsentPurpose:
            self.purpose.addItem(labels.consent_purpose_label(p), str(p))
        self.purpose.setCurrentIndex(max(self.purpose.findData(purpose), 0))
        self.channel = QComboBox()
        self.channel.setObjectName("consentChannel")
        self.channel.setMinimumHeight(TOUCH)
        self.channel.addItem(self.tr("All channels"), "")
        for c in Channel:
            if c is not Channel.IN_PERSON:
                self.channel.addItem(labels.channel_label(c), str(c))
        self.channel.setCurrentIndex(max(self.channel.findData(channel or ""), 0))

        self.methods = QButtonGroup(self)
        self.method_buttons: dict[str, QPushButton] = {}
        method_row = QHBoxLayout()
        method_row.setSpacing(8)
        for method in METHODS:
            button = self._toggle(method_label(method), "consentMethod")
            button.setProperty("method", method)
            self.methods.addButton(button)
            self.method_buttons[method] = button
            method_row.addWidget(button)
        self.method_buttons["spoken"].setChecked(True)

        self.proof_label = QLabel(self.tr("Reference"))
        self.proof = QLineEdit()
        self.proof.setObjectName("consentProof")
        self.proof.setMinimumHeight(TOUCH)
        self.proof.setMaxLength(400)
        self.signature = SignaturePad(self, caption=self.tr("The client signs here"))
        self.signature.setObjectName("consentSignature")
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Decision"), decision_row)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("How"), method_row)
        form.addRow(self.proof_label, self.proof)
        self.form = form

        self.save_button = QPushButton(self.tr("Save"))
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
        layout.addWidget(self.signature, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        self.methods.buttonToggled.connect(lambda _b, on: on and self._method_changed())
        self._method_changed()

    def _toggle(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoDefault(False)  # Enter saves; it never flips a choice
        button.setMinimumHeight(TOUCH)
        return button

    def method(self) -> str:
        button = self.methods.checkedButton()
        return str(button.property("method")) if button else "spoken"

    def _method_changed(self) -> None:
        method = self.method()
        self.signature.setVisible(method == "signature")
        needs_proof = method in ("paper_form", "online")
        self.proof_label.setText(
            self.tr("Form number") if method == "paper_form" else self.tr("Reference")
        )
        self.proof.setPlaceholderText(
            self.tr("The number printed on the signed form")
            if method == "paper_form"
            else self.tr("The message or web form reference (optional)")
        )
        self.proof.setVisible(needs_proof)
        self.proof_label.setVisible(needs_proof)
        self.adjustSize()

    def values(self) -> dict[str, Any]:
        method = self.method()
        return {
            "purpose": str(self.purpose.currentData()),
            "granted": self.grant_button.isChecked(),
            "method": method,
            "channel": self.channel.currentData() or None,
            "proof": self.proof.text() if method in ("paper_form", "online") else "",
            "signature_svg": self.signature.svg_path() if method == "signature" else "",
        }

    def save(self) -> None:
        values, client_id = self.values(), self.client_id
        self.save_button.setEnabled(False)
        self.error.hide()

        def op(desk: Any) -> Any:
            return desk.consent.set(
                client_id,
                values["purpose"],
                values["granted"],
                method=values["method"],
                channel=values["channel"],
                proof=values["proof"],
                signature_svg=values["signature_svg"],
            )

        self.runner.write(op, self._saved, on_failed=self._refused, initiator=self)

    def _saved(self, result: Any) -> None:
        self.saved = getattr(result, "value", result)
        self.save_button.setEnabled(True)
        self.sig_saved.emit(self.saved)
        self.accept()

    def _refused(self, error: Any) -> None:
        lang = getattr(getattr(self.runner, "desk", None), "lang", "en")
        message = error.message(lang)
        self.error.setText(message)
        self.error.show()
        self.save_button.setEnabled(True)
        if getattr(error, "field", None) == "proof":
            self.proof.setFocus()
        self.sig_refused.emit(message)


def open_consent_dialog(
    parent: QWidget,
    runner: Any,
    client_id: uuid.UUID,
    *,
    granted: bool = True,
    purpose: str = "marketing",
    channel: str | None = None,
    client_name: str = "",
) -> ConsentDialog:
    """Open the dialog (window-modal, not blocking) and return it."""
    dialog = ConsentDialog(
        runner,
        client_id,
        granted=granted,
        purpose=purpose,
        channel=channel,
        client_name=client_name,
        parent=parent,
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
