"""What happened: purchases in every store and the wishlist; interactions, service
jobs and service-recovery cases; consent and the documents issued."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QWidget

from jeweldesk.services.views import LineDraft
from jeweldesk.ui import labels
from jeweldesk.ui.editors.pieces import PurchaseEditor, WishEditor
from jeweldesk.ui.profile.common import ProfileTab, Shown, action_button, money_text, when_text
from jeweldesk.ui.profile.rows import Column, RecordTable, RecordView
from jeweldesk.ui.service_job import sections as service_jobs


class PurchasesTab(ProfileTab):
    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "purchasesTab", parent)
        bought = self.section(self.tr("Purchases in every store"))
        self.purchase_model = RecordTable(
            [
                Column(
                    self.tr("Date"),
                    lambda p: when_text(p.purchase.purchased_at, self._zone(p.store_code)),
                ),
                Column(self.tr("Store"), lambda p: p.store_code),
                Column(
                    self.tr("Total"),
                    lambda p: money_text(p.purchase.total, p.purchase.currency, self._lang()),
                ),
                Column(self.tr("How"), lambda p: labels.purchase_channel_label(p.purchase.channel)),
                Column(self.tr("Receipt"), lambda p: p.purchase.receipt_number),
                Column(
                    self.tr("Pieces"),
                    lambda p: ", ".join(
                        line.description + (f" ×{line.quantity}" if line.quantity > 1 else "")
                        for line in p.lines
                    ),
                ),
            ],
            self,
        )
        self.purchase_view = bought.add(RecordView(self.purchase_model, "purchaseTable"))
        self.purchase_editor = bought.add(PurchaseEditor())

        wishes = self.section(self.tr("Wishlist"))
        self.wish_model = RecordTable(
            [
                Column(self.tr("Wish"), lambda w: w.description),
                Column(self.tr("Added"), lambda w: when_text(w.added_at, self._zone())),
                Column(
                    self.tr("Status"),
                    lambda w: (
                        self.tr("bought {day}").format(day=when_text(w.fulfilled_at, self._zone()))
                        if w.fulfilled_at
                        else self.tr("wished")
                    ),
                ),
                Column(self.tr("Note"), lambda w: w.note),
            ],
            self,
            muted=lambda w: w.fulfilled_at is not None,
        )
        self.wish_view = wishes.add(RecordView(self.wish_model, "wishTable"))
        self.wish_editor = wishes.add(WishEditor())
        self.remove_wish = action_button(self.tr("Remove wish"), "wishRemove")
        wishes.add_buttons(self.remove_wish)
        self.end()

        self.purchase_editor.sig_submitted.connect(self.record_purchase)
        self.wish_editor.sig_submitted.connect(self.add_wish)
        self.remove_wish.clicked.connect(self.remove_chosen_wish)

    def _lang(self) -> str:
        return self.shown.lang if self.shown else "en"

    def _zone(self, store_code: str | None = None) -> str:
        if self.shown is None:
            return "UTC"
        return self.shown.store_zones.get(store_code or "", self.shown.timezone)

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        self.purchase_model.set_rows(shown.profile.purchases)
        self.wish_model.set_rows(shown.profile.wishlist)
        if not same_client:
            self.purchase_editor.clear_text()
            self.wish_editor.clear_text()

    def record_purchase(self) -> None:
        values, client_id = self.purchase_editor.values(), self.client_id
        # Purchases are immutable once recorded: no undo is offered.
        self.writes.save(
            lambda desk: desk.purchases.record(
                client_id,
                [
                    LineDraft(
                        unit_price=values["price"],
                        description=values["description"],
                        serial=values["serial"],
                    )
                ],
            ),
            done=self.tr("Purchase recorded"),
            on_saved=lambda _p: self.purchase_editor.clear_text(),
            on_refused=lambda r: self.purchase_editor.show_refusal(
                r.message, r.field or ("unit_price" if r.key.startswith("money") else None)
            ),
        )

    def add_wish(self) -> None:
        values, client_id = self.wish_editor.values(), self.client_id
        self.writes.save(
            lambda desk: desk.wishlist.add(
                client_id, description=values["description"], note=values["note"]
            ),
            done=self.tr("Wish added"),
            reverse=lambda w: lambda desk: desk.wishlist.remove(w.id),
            on_saved=lambda _w: self.wish_editor.clear_text(),
            on_refused=lambda r: self.wish_editor.show_refusal(r.message, r.field),
        )

    def remove_chosen_wish(self) -> None:
        wish, client_id = self.wish_view.current_record(), self.client_id
        if wish is None:
            return
        self.writes.save(
            lambda desk: desk.wishlist.remove(wish.id),
            done=self.tr("Wish removed"),
            reverse=lambda _w: (
                lambda desk: desk.wishlist.add(
                    client_id,
                    piece_id=wish.piece_id,
                    description=wish.description,
                    note=wish.note,
                    relationship_id=wish.relationship_id,
                )
            ),
        )


class HistoryTab(ProfileTab):
    """Interactions, service jobs and service-recovery cases: read here, recorded where
    they happen (the counter, the calendar, the workshop)."""

    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "historyTab", parent)
        talks = self.section(self.tr("Interactions"))
        self.interaction_model = RecordTable(
            [
                Column(
                    self.tr("When"), lambda i: when_text(i.occurred_at, self._zone(), time=True)
                ),
                Column(self.tr("What"), lambda i: labels.interaction_text(i.kind, i.channel)),
                Column(self.tr("Outcome"), lambda i: i.outcome),
                Column(self.tr("Summary"), lambda i: i.summary),
            ],
            self,
        )
        self.interaction_view = talks.add(RecordView(self.interaction_model, "interactionTable"))
        self.log_contact = action_button(self.tr("Log contact…"), "logContact")
        talks.add_buttons(self.log_contact)
        self.log_contact.clicked.connect(self.open_log_contact)
        self.log_dialog: QWidget | None = None  # the Log contact dialog last opened here

        jobs = self.section(self.tr("Service jobs"))
        self.job_model = RecordTable(
            [
                Column(self.tr("Number"), lambda j: j.number),
                Column(self.tr("Service"), lambda j: labels.service_kind_label(j.kind)),
                Column(self.tr("Status"), lambda j: labels.service_status_label(j.status)),
                Column(self.tr("Received"), lambda j: when_text(j.received_at, self._zone())),
                Column(self.tr("Ready by"), lambda j: when_text(j.ready_by)),
                Column(
                    self.tr("Estimate"), lambda j: money_text(j.estimate, j.currency, self._lang())
                ),
                Column(
                    self.tr("Condition at intake"), lambda j: j.intake_condition or j.description
                ),
            ],
            self,
            emphasis=lambda j: str(j.status) == "ready",
            muted=lambda j: str(j.status) in ("collected", "returned", "cancelled"),
        )
        self.job_view = jobs.add(RecordView(self.job_model, "serviceJobTable"))
        service_jobs.add_job_buttons(self, jobs)

        cases = self.section(self.tr("Service-recovery cases"))
        self.case_model = RecordTable(
            [
                Column(self.tr("Opened"), lambda c: when_text(c.opened_at, self._zone())),
                Column(self.tr("Status"), lambda c: labels.case_status_label(c.status)),
                Column(self.tr("Complaint"), lambda c: c.complaint),
                Column(self.tr("Gesture"), lambda c: c.gesture),
                Column(self.tr("Resolution"), lambda c: c.resolution),
                Column(self.tr("Follow-up"), self._follow_up),
                Column(self.tr("SLA"), self._sla),
            ],
            self,
            emphasis=lambda c: str(c.status) in ("open", "responded"),
        )
        self.case_view = cases.add(RecordView(self.case_model, "serviceCaseTable"))
        self.open_case = action_button(self.tr("Open a case…"), "caseOpen")
        self.work_case = action_button(self.tr("Work on the case…"), "caseWorkOn")
        cases.add_buttons(self.open_case, self.work_case)
        self.open_case.clicked.connect(lambda: self.open_case_dialog(None))
        self.work_case.clicked.connect(
            lambda: self.open_case_dialog(
                self.case_view.current_record() or self.case_model.record(0)
            )
        )
        self.case_view.doubleClicked.connect(
            lambda index: self.open_case_dialog(self.case_model.record(index.row()))
        )
        self.case_dialog: QWidget | None = None  # the Case dialog last opened here
        self.end()

    def _zone(self) -> str:
        return self.shown.timezone if self.shown else "UTC"

    def _lang(self) -> str:
        return self.shown.lang if self.shown else "en"

    def _follow_up(self, case) -> str:
        if case.follow_up_done_at:
            return self.tr("checked {day}").format(
                day=when_text(case.follow_up_done_at, self._zone())
            )
        if case.follow_up_due:
            late = case.follow_up_due < dt.date.today()
            text = self.tr("due {day}").format(day=when_text(case.follow_up_due))
            return f"{text} ⚠" if late else text
        return ""

    def _sla(self, case) -> str:
        from jeweldesk.domain.cases import sla_clock
        from jeweldesk.ui.case_dialog.clock import sla_text

        now = dt.datetime.now(dt.UTC)
        return sla_text(sla_clock(case.opened_at, case.first_response_at, case.resolved_at, now))

    def open_case_dialog(self, case) -> None:
        """The Case dialog: a new case for the client (`case` None), or `case` to work."""
        if self.shown is None:
            return
        from jeweldesk.ui.case_dialog import open_case_dialog

        self.case_dialog = open_case_dialog(
            self,
            self.writes.runner,
            self.client_id,
            case.id if case is not None else None,
            client_name=self.shown.profile.summary.display_name,
            zone=self._zone(),
        )
        self.case_dialog.sig_saved.connect(lambda _case: self.writes.sig_written.emit())

    def open_log_contact(self) -> None:
        """Log a call, message, visit… with the client shown."""
        if self.shown is None:
            return
        from jeweldesk.ui.interaction_dialog import open_log_contact

        self.log_dialog = dialog = open_log_contact(
            self,
            self.writes.runner,
            self.client_id,
            client_name=self.shown.profile.summary.display_name,
            zone=self._zone(),
        )
        dialog.sig_saved.connect(lambda _row: self.writes.sig_written.emit())

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        self.interaction_model.set_rows(shown.profile.interactions)
        self.job_model.set_rows(shown.profile.service_jobs)
        self.case_model.set_rows(shown.profile.service_cases)
        self.work_case.setEnabled(bool(shown.profile.service_cases))


class ExportSaveDialog:
    """Where to save an export (a classmethod, so tests can stand in for the dialog)."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str, title: str, file_filter: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / suggested), file_filter
        )
        return Path(path) if path else None


class ErasureConfirm:
    """Asks before an erasure, with its reason; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> str | None:
        reason, ok = QInputDialog.getText(parent, title, text)
        return reason.strip() if ok and reason.strip() else None


class ConsentTab(ProfileTab):
    """Consent as recorded (the latest per purpose and channel is in force) and the
    documents issued, each opened again to print or save."""

    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "consentTab", parent)
        consent = self.section(self.tr("Consent"))
        self.consent_model = RecordTable(
            [
                Column(self.tr("Purpose"), lambda c: labels.consent_purpose_label(c.purpose)),
                Column(
                    self.tr("Channel"),
                    lambda c: labels.channel_label(c.channel) if c.channel else self.tr("all"),
                ),
                Column(self.tr("Decision"), self._decision),
                Column(
                    self.tr("Recorded"), lambda c: when_text(c.recorded_at, self._zone(), time=True)
                ),
                Column(self.tr("How"), self._method),
                Column(self.tr("Proof"), lambda c: c.proof),
            ],
            self,
            muted=lambda c: not self._in_force(c),
        )
        self.consent_view = consent.add(RecordView(self.consent_model, "consentTable"))
        self.grant_consent = action_button(self.tr("Grant consent…"), "consentGrantOpen")
        self.withdraw_consent = action_button(self.tr("Withdraw consent…"), "consentWithdrawOpen")
        consent.add_buttons(self.grant_consent, self.withdraw_consent)
        self.grant_consent.clicked.connect(lambda: self.open_consent(granted=True))
        self.withdraw_consent.clicked.connect(lambda: self.open_consent(granted=False))
        self.consent_dialog: QWidget | None = None  # the consent dialog last opened here

        documents = self.section(self.tr("Documents issued"))
        self.document_model = RecordTable(
            [
                # What and when first: the long number is read last, on a narrow tablet.
                Column(self.tr("Document"), lambda d: labels.document_kind_label(d.kind)),
                Column(
                    self.tr("Issued"), lambda d: when_text(d.issued_at, self._zone(), time=True)
                ),
                Column(
                    self.tr("Status"),
                    lambda d: (
                        labels.document_status_label(d.status)
                        + (f": {d.void_reason}" if d.void_reason else "")
                    ),
                ),
                Column(self.tr("Number"), lambda d: d.number),
                Column(self.tr("Language"), lambda d: labels.language_label(d.language)),
            ],
            self,
            muted=lambda d: str(d.status) == "void",
        )
        self.document_view = documents.add(RecordView(self.document_model, "documentTable"))
        self.document_view.setAccessibleName(self.tr("Documents issued"))
        self.open_document = action_button(self.tr("Open…"), "documentOpen")
        self.open_document.setToolTip(self.tr("Open the chosen document to print or save it"))
        self.open_error = QLabel()
        self.open_error.setObjectName("fieldError")
        self.open_error.setWordWrap(True)
        self.open_error.hide()
        documents.add_buttons(self.open_document)
        documents.add(self.open_error)
        self.preview: QDialog | None = None  # the document last opened here

        rights = self.section(self.tr("Personal data"))
        explained = QLabel(
            self.tr(
                "The client may ask for everything held about them, or to be erased. "
                "Both are recorded in the audit log."
            )
        )
        explained.setWordWrap(True)
        explained.setObjectName("quietNote")
        rights.add(explained)
        self.export = action_button(self.tr("Export data…"), "privacyExport")
        self.erase = action_button(self.tr("Erase client…"), "privacyErase")
        self.erase.hide()  # store managers only, once their role is known
        self.merge = action_button(self.tr("Merge with another record…"), "mergeClient")
        self.merge.hide()  # store managers only, as erasing
        self.privacy_message = QLabel()
        self.privacy_message.setObjectName("fieldError")
        self.privacy_message.setWordWrap(True)
        self.privacy_message.hide()
        rights.add_buttons(self.export, self.erase, self.merge)
        rights.add(self.privacy_message)
        self.end()
        self.open_document.clicked.connect(lambda: self.open_chosen_document())
        self.document_view.doubleClicked.connect(
            lambda index: self.open_chosen_document(index.row())
        )
        self.export.clicked.connect(self.export_data)
        self.erase.clicked.connect(self.erase_client)
        self.merge.clicked.connect(self.merge_client)
        self._current: set = set()
        self.may_erase = False

    def _zone(self) -> str:
        return self.shown.timezone if self.shown else "UTC"

    def _in_force(self, consent) -> bool:
        return consent.id in self._current

    def _method(self, consent) -> str:
        from jeweldesk.ui.consent_dialog import method_label

        return method_label(consent.method)

    def open_consent(self, *, granted: bool) -> None:
        """Grant or withdraw: the chosen row's purpose and channel are offered first."""
        if self.shown is None:
            return
        from jeweldesk.ui.consent_dialog import open_consent_dialog

        chosen = self.consent_view.current_record()
        self.consent_dialog = dialog = open_consent_dialog(
            self,
            self.writes.runner,
            self.client_id,
            granted=granted,
            purpose=str(chosen.purpose) if chosen else "marketing",
            channel=str(chosen.channel) if chosen and chosen.channel else None,
            client_name=self.shown.profile.summary.display_name,
        )
        dialog.sig_saved.connect(lambda _row: self.writes.sig_written.emit())

    def _decision(self, consent) -> str:
        text = self.tr("granted") if consent.granted else self.tr("withdrawn")
        return (
            text
            if self._in_force(consent)
            else self.tr("{decision} (superseded)").format(decision=text)
        )

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        latest: dict = {}
        for c in sorted(shown.profile.consents, key=lambda c: c.recorded_at):
            latest[(str(c.purpose), str(c.channel))] = c.id
        self._current = set(latest.values())
        self.consent_model.set_rows(shown.profile.consents)
        erased = bool(shown.profile.client.erased_at)
        self.grant_consent.setEnabled(not erased)
        self.withdraw_consent.setEnabled(not erased)
        chosen = self.document_view.current_record() if same_client else None
        self.document_model.set_rows(shown.profile.documents)
        if chosen is not None:  # a refresh keeps the document the advisor chose
            row = next(
                (n for n, d in enumerate(self.document_model.rows) if d.id == chosen.id), None
            )
            if row is not None:
                self.document_view.setCurrentIndex(self.document_model.index(row, 0))
        self.open_document.setEnabled(bool(shown.profile.documents))
        self.open_error.hide()
        if not same_client:
            self.privacy_message.hide()
        self.writes.runner.read(lambda desk: desk.privacy.may_erase(), self._show_erase)

    def _show_erase(self, may_erase: bool) -> None:
        self.may_erase = bool(may_erase)
        erased = bool(self.shown and self.shown.profile.client.erased_at)
        self.erase.setVisible(self.may_erase)
        self.erase.setEnabled(self.may_erase and not erased)
        # Merging is for the same people as erasing: store managers and head office.
        self.merge.setVisible(self.may_erase)
        self.merge.setEnabled(self.may_erase and not erased)

    def merge_client(self) -> None:
        """Find the other record of this person, review both, merge it into this one."""
        if self.shown is None:
            return
        from jeweldesk.ui.merge_dialog import MergeDialog

        self.merge_dialog = MergeDialog(
            self.writes.runner,
            self.client_id,
            self.shown.profile.summary.display_name,
            self,
        )
        self.merge_dialog.sig_merged.connect(lambda _result: self.writes.sig_written.emit())
        self.merge_dialog.open()

    def _privacy_said(self, text: str, *, problem: bool) -> None:
        self.privacy_message.setObjectName("fieldError" if problem else "quietNote")
        self.privacy_message.style().unpolish(self.privacy_message)
        self.privacy_message.style().polish(self.privacy_message)
        self.privacy_message.setText(text)
        self.privacy_message.setVisible(bool(text))

    def export_data(self) -> None:
        """Everything held about the client, to a JSON file the advisor chooses (audited)."""
        if self.shown is None:
            return
        cid = self.client_id
        path = ExportSaveDialog.ask(
            self,
            f"client-{cid.hex[-8:]}.json",
            self.tr("Export the client's data"),
            self.tr("JSON files (*.json)"),
        )
        if path is None:
            return
        done = self.tr("Exported to {path}").format(path=path)
        self.writes.save(
            lambda desk: desk.privacy.export_to(cid, path),
            done=done,
            on_saved=lambda _saved: self._privacy_said(done, problem=False),
            on_refused=lambda refusal: self._privacy_said(refusal.message, problem=True),
        )

    def erase_client(self) -> None:
        """After a confirmation naming what goes and what stays, erase the client."""
        if self.shown is None or not self.may_erase:
            return
        cid = self.client_id
        name = self.shown.profile.summary.display_name
        reason = ErasureConfirm.ask(
            self,
            self.tr("Erase the client"),
            self.tr(
                "Erase {name} on this device, at head office and on every device that syncs?\n\n"
                "Their name, contacts, preferences, sizes, notes, dates, people, wishlist and "
                "jewellery box are removed for good. Purchases, documents and appointments stay "
                "for the house's accounts, without personal details. This cannot be undone.\n\n"
                "Reason (for example, the client's written request):"
            ).format(name=name),
        )
        if not reason:
            return
        self.writes.save(
            lambda desk: desk.privacy.erase(cid, reason),
            done=self.tr("Client erased"),
            on_saved=lambda _result: self._privacy_said(self.tr("Client erased."), problem=False),
            on_refused=lambda refusal: self._privacy_said(refusal.message, problem=True),
        )

    def open_chosen_document(self, row: int | None = None) -> None:
        """The document of `row`, else the chosen one (the newest when none is chosen),
        drawn again from what was issued, in the preview, to print or save."""
        if row is not None:
            doc = self.document_model.record(row)
        else:
            doc = self.document_view.current_record() or self.document_model.record(0)
        if doc is None:
            return
        from jeweldesk.domain.errors import DomainError
        from jeweldesk.ui.documents_dialog import show_copy

        lang = self.writes.lang

        def render(desk) -> bytes | str:
            try:
                return desk.documents.render(doc.id)
            except DomainError as exc:
                return exc.message(lang)

        def show(result: bytes | str) -> None:
            if isinstance(result, str):
                self.open_error.setText(result)
                self.open_error.show()
                return
            self.open_error.hide()
            self.preview = show_copy(self, doc, result)

        self.writes.runner.read(render, show)
