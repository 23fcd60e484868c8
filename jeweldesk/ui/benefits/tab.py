"""The profile's Benefits tab: the client's benefits (权益) and vouchers with their
uses and where each stands today, and the counter's actions on them: issue a
voucher, issue what a purchase comes with, redeem, and (store managers) withdraw."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from jeweldesk.ui.benefits.dialogs import (
    PurchaseBenefitDialog,
    RedeemDialog,
    VoucherDialog,
    benefit_title,
)
from jeweldesk.ui.profile.common import ProfileTab, Shown, action_button, money_text, when_text
from jeweldesk.ui.profile.rows import Column, RecordTable, RecordView

EXPIRING_DAYS = 30  # as the "benefit expiring" action warns


class BenefitTable(RecordView):
    """The benefits as rows; the name column gives way (its text wraps) before the
    table scrolls sideways, so the standing and last use stay in view on a tablet."""

    NAME_AT_LEAST = 220

    def _fit_columns(self) -> None:
        super()._fit_columns()
        header = self.horizontalHeader()
        over = header.length() - self.viewport().width()
        if over > 0 and header.count():
            header.resizeSection(0, max(self.NAME_AT_LEAST, header.sectionSize(0) - over))
            if header.length() < self.viewport().width():
                header.setStretchLastSection(True)


class WithdrawConfirm:
    """Asks before a withdrawal, with its reason; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> str | None:
        reason, ok = QInputDialog.getText(parent, title, text)
        return reason.strip() if ok else None


class BenefitsTab(ProfileTab):
    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "benefitsTab", parent)
        held = self.section(self.tr("Benefits and vouchers"))
        self.model = RecordTable(
            [
                Column(self.tr("Benefit"), self._named),
                Column(
                    self.tr("Value"),
                    lambda v: money_text(v.benefit.value, v.benefit.currency, self._lang()),
                ),
                Column(self.tr("Valid until"), self._until),
                Column(self.tr("Uses"), self._uses),
                Column(self.tr("Status"), self._standing),
                Column(self.tr("Last used"), self._last_used),
            ],
            self,
            emphasis=self._expiring_soon,
            muted=lambda v: not v.usable,
        )
        self.view = held.add(BenefitTable(self.model, "benefitTable"))
        self.empty = QLabel(self.tr("No benefits or vouchers yet."))
        self.empty.setObjectName("quietNote")
        held.add(self.empty)
        self.redeem = action_button(self.tr("Redeem…"), "benefitRedeem")
        self.issue_voucher = action_button(self.tr("Issue voucher…"), "benefitIssueVoucher")
        self.issue_purchase = action_button(
            self.tr("Issue from a purchase…"), "benefitIssuePurchase"
        )
        self.withdraw = action_button(self.tr("Withdraw…"), "benefitWithdraw")
        self.withdraw.hide()  # store managers only, once their role is known
        # Two rows: at the counter on a 1024-wide tablet, four buttons side by side
        # would make the card wider than the pane.
        held.add_buttons(self.redeem, self.withdraw)
        held.add_buttons(self.issue_voucher, self.issue_purchase)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        held.add(self.message)
        self.end()
        self.views: list[Any] = []
        self.may_withdraw = False
        self.currency = ""
        self.dialog: Any = None  # the dialog open now, for tests
        self.redeem.clicked.connect(self.open_redeem)
        self.issue_voucher.clicked.connect(self.open_voucher)
        self.issue_purchase.clicked.connect(self.open_purchase)
        self.withdraw.clicked.connect(self.withdraw_chosen)
        self.view.doubleClicked.connect(lambda _i: self.open_redeem())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    # --- showing ---------------------------------------------------------------------

    def _lang(self) -> str:
        return self.shown.lang if self.shown else "en"

    def _zone(self) -> str:
        return self.shown.timezone if self.shown else "UTC"

    def _named(self, view) -> str:
        """The benefit's name, and its code below it (read out or typed at the counter)."""
        return f"{benefit_title(view.benefit)}\n{view.benefit.code}"

    def _expiring_soon(self, view) -> bool:
        """Usable and ending within 30 days: what the advisor should remind them of."""
        from jeweldesk.domain.timezones import store_today

        until = view.benefit.valid_until
        return bool(
            view.usable
            and until is not None
            and (until - store_today(view.timezone)).days <= EXPIRING_DAYS
        )

    def _until(self, view) -> str:
        b = view.benefit
        return when_text(b.valid_until) if b.valid_until else self.tr("for life")

    def _uses(self, view) -> str:
        used = len(view.uses)
        if view.benefit.max_uses is None:
            return self.tr("%n used", "", used)
        return self.tr("{used} of {allowed}").format(used=used, allowed=view.benefit.max_uses)

    def _standing(self, view) -> str:
        return {
            "usable": self.tr("usable"),
            "not_yet_valid": self.tr("not yet valid"),
            "expired": self.tr("expired"),
            "used_up": self.tr("used"),
            "withdrawn": self.tr("withdrawn"),
        }.get(str(view.standing), str(view.standing))

    def _last_used(self, view) -> str:
        if not view.uses:
            return ""
        return when_text(view.uses[-1].used_at, self._zone())

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        if not same_client:
            self.message.hide()
            self.model.set_rows([])
        client_id = shown.client_id
        self.issue_purchase.setEnabled(bool(shown.profile.purchases))

        def read(desk) -> tuple[list, bool, str]:
            store = desk.directory.store(desk.home_store_id) if desk.home_store_id else None
            return (
                desk.benefits.for_client(client_id),
                desk.benefits.may_withdraw(),
                getattr(store, "currency", "") or "",
            )

        self.writes.runner.read(read, lambda result: self._fill(client_id, *result))

    def _fill(self, client_id, views: list, may_withdraw: bool, currency: str) -> None:
        if self.client_id != client_id:
            return
        self.currency = currency
        chosen = self.view.current_record()
        self.views = list(views)
        self.model.set_rows(self.views)
        self.empty.setVisible(not self.views)
        self.view.setVisible(bool(self.views))
        if chosen is not None:
            for row, view in enumerate(self.views):
                if view.id == chosen.id:
                    self.view.selectRow(row)
        self.may_withdraw = bool(may_withdraw)
        self.withdraw.setVisible(self.may_withdraw)
        self._enable()

    def _chosen(self):
        """The row chosen, else the only one, else the first usable one."""
        chosen = self.view.current_record()
        if chosen is not None:
            return chosen
        usable = [v for v in self.views if v.usable]
        if len(self.views) == 1:
            return self.views[0]
        return usable[0] if usable else None

    def _enable(self) -> None:
        chosen = self._chosen()
        self.redeem.setEnabled(chosen is not None)
        self.withdraw.setEnabled(
            chosen is not None and self.may_withdraw and chosen.benefit.expired_at is None
        )

    def _said(self, text: str, *, problem: bool) -> None:
        self.message.setObjectName("fieldError" if problem else "quietNote")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- the actions -----------------------------------------------------------------

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _save(self, dialog, op, done: str) -> None:
        def refused(refusal) -> None:
            dialog.show_refusal(refusal.message, refusal.field)

        def saved(_value) -> None:
            dialog.accept()
            self._said(done, problem=False)

        self.writes.save(op, done=done, on_saved=saved, on_refused=refused)

    def open_voucher(self) -> None:
        if self.shown is None:
            return
        from jeweldesk.domain.timezones import store_today

        dialog = VoucherDialog(store_today(self._zone()), self.currency, self)
        client_id = self.client_id

        def submit() -> None:
            values = dialog.values()
            self._save(
                dialog,
                lambda desk: desk.benefits.issue_voucher(client_id, **values),
                self.tr("Voucher issued"),
            )

        dialog.sig_submitted.connect(submit)
        self._open(dialog)

    def open_purchase(self) -> None:
        if self.shown is None or not self.shown.profile.purchases:
            return
        purchases = sorted(
            self.shown.profile.purchases, key=lambda p: p.purchase.purchased_at, reverse=True
        )
        dialog = PurchaseBenefitDialog(purchases, self._zone(), self._lang(), self)

        def submit() -> None:
            values = dialog.values()
            self._save(
                dialog,
                lambda desk: desk.benefits.issue_from_purchase(
                    values["purchase_id"], values["kind"]
                ),
                self.tr("Benefit issued"),
            )

        dialog.sig_submitted.connect(submit)
        self._open(dialog)

    def open_redeem(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        dialog = RedeemDialog(chosen, self._lang(), self)
        benefit_id = chosen.id

        def submit() -> None:
            note = dialog.values()["note"]
            self._save(
                dialog,
                lambda desk: desk.benefits.redeem(benefit_id, note=note),
                self.tr("Benefit used: {benefit}").format(benefit=benefit_title(chosen.benefit)),
            )

        dialog.sig_submitted.connect(submit)
        self._open(dialog)

    def withdraw_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is None or not self.may_withdraw:
            return
        reason = WithdrawConfirm.ask(
            self,
            self.tr("Withdraw the benefit"),
            self.tr(
                "Withdraw {benefit}? It can no longer be used, on any device. Its uses are kept.\n\n"
                "Reason:"
            ).format(benefit=benefit_title(chosen.benefit)),
        )
        if reason is None:
            return
        benefit_id = chosen.id
        self.writes.save(
            lambda desk: desk.benefits.withdraw(benefit_id, reason=reason),
            done=self.tr("Benefit withdrawn"),
            on_saved=lambda _b: self._said(self.tr("Benefit withdrawn."), problem=False),
            on_refused=lambda r: self._said(r.message, problem=True),
        )
