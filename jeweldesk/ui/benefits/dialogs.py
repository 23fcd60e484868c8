"""The benefit dialogs of the profile: a campaign voucher to issue, a purchase's
benefit to issue, a benefit to use at the counter. Each stays open when the services
refuse what was typed, with the reason above its buttons and the field marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.ui.editors.base import set_invalid
from jeweldesk.ui.profile.common import money_text, when_text
from jeweldesk.ui.widgets.dates import interface_lang


def benefit_title(benefit: Any) -> str:
    """The benefit's name in the interface's language (its Chinese name in Chinese)."""
    return (
        benefit.title_zh
        if interface_lang().startswith("zh") and benefit.title_zh
        else benefit.title
    )


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class BenefitDialog(QDialog):
    """A heading, a grid of captioned fields, the refusal line and the buttons.
    `sig_submitted` when the main button is pressed; the tab saves and closes the
    dialog (`accept`) or shows why not (`show_refusal`)."""

    sig_submitted = Signal()

    def __init__(self, title: str, action: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benefitDialog")
        self.setProperty("dialog", name)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(14)
        heading = QLabel(title)
        heading.setObjectName("editorHeading")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        self.about = QLabel()
        self.about.setObjectName("fieldHint")
        self.about.setWordWrap(True)
        self.about.hide()
        outer.addWidget(self.about)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        outer.addLayout(self.grid)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = QPushButton(action)
        self.save.setObjectName("benefitSave")
        self.save.setDefault(True)
        self.buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.save.clicked.connect(self._submit)
        outer.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self._row = 0

    def add(self, label: str, widget: QWidget, field: str, column: int = 0, span: int = 1) -> Any:
        """A field with its caption above it, in `column` of the current row."""
        caption = QLabel(label)
        caption.setObjectName("fieldCaption")
        caption.setBuddy(widget)
        self.grid.addWidget(caption, self._row, column, 1, span)
        self.grid.addWidget(widget, self._row + 1, column, 1, span)
        widget.setAccessibleName(label.replace("&", ""))
        widget.setMinimumHeight(40)
        self.fields[field] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.clear_refusal())
        return widget

    def next_row(self) -> None:
        self._row += 2

    def explain(self, text: str) -> None:
        self.about.setText(text)
        self.about.setVisible(bool(text))

    def _submit(self) -> None:
        self.clear_refusal()
        self.save.setEnabled(False)  # one tap, one write: enabled again if refused
        self.sig_submitted.emit()

    def show_refusal(self, message: str, field: str | None = None) -> None:
        self.save.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_refusal(self) -> None:
        self.error.hide()
        for widget in self.fields.values():
            if widget.property("invalid"):
                set_invalid(widget, False)


class VoucherDialog(BenefitDialog):
    """A campaign voucher: its name, value, validity window, uses, code and conditions."""

    def __init__(self, today: dt.date, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Issue a voucher"), self.tr("Issue voucher"), "voucher", parent)
        self.explain(
            self.tr("Valid in this store's time zone, from the first day to the last, inclusive.")
        )
        self.title = self.add(self.tr("Voucher"), QLineEdit(), "title", 0, 2)
        self.title.setPlaceholderText(self.tr("e.g. Spring voucher"))
        self.title_zh = self.add(self.tr("Chinese name"), QLineEdit(), "title_zh", 2, 2)
        self.title_zh.setPlaceholderText(self.tr("optional"))
        self.next_row()
        self.value = self.add(self.tr("Value"), QLineEdit(), "value", 0)
        self.value.setPlaceholderText(self.tr("e.g. 2,000"))
        self.currency = self.add(self.tr("Currency"), QLineEdit(currency), "currency", 1)
        self.currency.setMinimumWidth(84)
        self.currency.setMaximumWidth(110)
        self.valid_from = self.add(self.tr("Valid from"), QDateEdit(_date(today)), "valid_from", 2)
        self.valid_until = self.add(
            self.tr("Valid until"),
            QDateEdit(_date(today + dt.timedelta(days=30))),
            "valid_until",
            3,
        )
        for edit in (self.valid_from, self.valid_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.next_row()
        self.uses = self.add(self.tr("Uses"), QLineEdit("1"), "max_uses", 0)
        self.uses.setPlaceholderText(self.tr("unlimited"))
        self.uses.setMaximumWidth(90)
        self.code = self.add(self.tr("Code"), QLineEdit(), "code", 1, 3)
        self.code.setPlaceholderText(self.tr("leave empty for a new code"))
        self.next_row()
        self.conditions = self.add(self.tr("Conditions"), QPlainTextEdit(), "conditions", 0, 4)
        self.conditions.setPlaceholderText(self.tr("e.g. On a purchase of ¥20,000 or more."))
        self.conditions.setFixedHeight(72)
        self.title.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "title_zh": self.title_zh.text(),
            "value": self.value.text(),
            "currency": self.currency.text(),
            "valid_from": _day(self.valid_from),
            "valid_until": _day(self.valid_until),
            "max_uses": self.uses.text(),
            "code": self.code.text(),
            "conditions": self.conditions.toPlainText(),
        }


class PurchaseBenefitDialog(BenefitDialog):
    """What a purchase comes with: lifetime cleaning, resizing within six months,
    anniversary engraving. `purchases` are the profile's (newest first)."""

    def __init__(
        self, purchases: list[Any], zone: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Issue a benefit from a purchase"), self.tr("Issue benefit"), "purchase", parent
        )
        self.purchase = self.add(self.tr("Purchase"), QComboBox(), "purchase_id", 0, 2)
        for view in purchases:
            p = view.purchase
            pieces = ", ".join(line.description for line in view.lines)
            self.purchase.addItem(
                " · ".join(
                    t
                    for t in (
                        when_text(p.purchased_at, zone),
                        pieces,
                        money_text(p.total, p.currency, lang),
                    )
                    if t
                ),
                p.id,
            )
        self.next_row()
        self.kind = self.add(self.tr("Benefit"), QComboBox(), "kind", 0, 2)
        terms = {
            "cleaning": (
                self.tr("Lifetime cleaning and inspection"),
                self.tr("Unlimited uses, for life."),
            ),
            "resizing": (
                self.tr("Free resizing within six months"),
                self.tr("Once, within six months of the purchase's date."),
            ),
            "engraving": (
                self.tr("Anniversary engraving"),
                self.tr("On each wedding anniversary, with no end date."),
            ),
        }
        for value, (text, _terms) in terms.items():
            self.kind.addItem(text, value)
        self._terms = {value: about for value, (_text, about) in terms.items()}
        self.terms = QLabel()
        self.terms.setObjectName("fieldHint")
        self.terms.setWordWrap(True)
        self.grid.addWidget(self.terms, self._row + 2, 0, 1, 2)
        self.kind.currentIndexChanged.connect(self._show_terms)
        self._show_terms()

    def _show_terms(self, _index: int = 0) -> None:
        self.terms.setText(self._terms.get(self.kind.currentData(), ""))
        self.clear_refusal()

    def values(self) -> dict[str, Any]:
        return {"purchase_id": self.purchase.currentData(), "kind": self.kind.currentData()}


class RedeemDialog(BenefitDialog):
    """A benefit used at the counter: what it is, until when, the uses left, and a
    note. One that cannot be used says why at once, and its button is off."""

    def __init__(self, view: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Use a benefit"), self.tr("Redeem"), "redeem", parent)
        self.view = view
        b = view.benefit
        name = QLabel(benefit_title(b))
        name.setObjectName("clientChosen")
        name.setWordWrap(True)
        self.grid.addWidget(name, 0, 0, 1, 2)
        self.next_row()
        facts = [
            (self.tr("Code"), b.code),
            (self.tr("Value"), money_text(b.value, b.currency, lang)),
            (self.tr("Valid"), self._window(b)),
            (self.tr("Uses left"), self._left(view)),
            (self.tr("Conditions"), b.conditions),
        ]
        row = 1
        for caption, text in facts:
            if not text:
                continue
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            shown = QLabel(text)
            shown.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(shown, row, 1)
            row += 1
        self._row = row
        self.note = self.add(self.tr("Note"), QLineEdit(), "note", 0, 2)
        self.note.setPlaceholderText(self.tr("what it was used for, e.g. ring resized to 13"))
        self.grid.setColumnStretch(1, 1)
        refusal = view.refusal(lang)
        if refusal:
            self.show_refusal(refusal)
            self.save.setEnabled(False)
            self.note.setEnabled(False)

    def _window(self, b: Any) -> str:
        if b.valid_from and b.valid_until:
            return self.tr("{start} to {end}").format(
                start=when_text(b.valid_from), end=when_text(b.valid_until)
            )
        if b.valid_until:
            return self.tr("until {end}").format(end=when_text(b.valid_until))
        return self.tr("for life")

    def _left(self, view: Any) -> str:
        if view.remaining is None:
            return self.tr("unlimited")
        return self.tr("%n use(s) left", "", view.remaining)

    def values(self) -> dict[str, Any]:
        return {"note": self.note.text()}
