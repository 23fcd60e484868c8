"""The preferences tab: the client's details and contacts, ring sizes and lengths,
and every like, love, dislike and thing to avoid."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from jeweldesk.domain.vocab import Sentiment
from jeweldesk.services.records import (
    MeasurementRecord,
    PreferenceRecord,
    RelationshipRecord,
    RingSizeRecord,
)
from jeweldesk.ui import labels
from jeweldesk.ui.editors.details import ContactEditor, DetailsEditor
from jeweldesk.ui.editors.preference import PreferenceEditor
from jeweldesk.ui.editors.sizes import MeasurementEditor, RingSizeEditor
from jeweldesk.ui.profile.common import ProfileTab, Shown, action_button, when_text
from jeweldesk.ui.profile.rows import Column, RecordTable, RecordView

SENTIMENT_ORDER = {s.value: n for n, s in enumerate(Sentiment)}
# Sizing system by the client's language, for the editor's first choice.
SYSTEM_BY_LANGUAGE = {"zh_CN": "cn_hk", "zh_TW": "cn_hk", "en": "us", "fr": "eu"}


def size_text(row: RingSizeRecord | MeasurementRecord) -> str:
    if isinstance(row, RingSizeRecord):
        return f"{labels.ring_size_text(row.size)} {labels.sizing_system_label(row.system)}"
    return f"{row.length_cm} cm"


def size_what(row: RingSizeRecord | MeasurementRecord) -> str:
    if isinstance(row, RingSizeRecord):
        return labels.hand_finger_label(row.hand, row.finger)
    return labels.measurement_label(row.kind)


class PreferencesTab(ProfileTab):
    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "preferencesTab", parent)
        self._people: dict[uuid.UUID, RelationshipRecord] = {}
        self._region: str | None = None  # the store's country: phones in its national format

        likes = self.section(self.tr("Loves, likes, dislikes, avoid"))
        self.preference = likes.add(PreferenceEditor())
        self.preference_model = RecordTable(
            [
                Column(self.tr("Feeling"), lambda p: labels.sentiment_label(p.sentiment)),
                Column(self.tr("About"), lambda p: labels.preference_category_label(p.category)),
                Column(self.tr("What"), lambda p: p.value + (f" ({p.detail})" if p.detail else "")),
                Column(self.tr("For"), self._whose),
                Column(self.tr("Recorded"), lambda p: when_text(p.recorded_at)),
            ],
            self,
            emphasis=lambda p: p.category == "allergy",
        )
        self.preference_view = likes.add(RecordView(self.preference_model, "preferenceTable"))
        self.remove_preference = action_button(self.tr("Remove preference"), "preferenceRemove")
        likes.add_buttons(self.remove_preference)

        sizes = self.section(self.tr("Sizes"))
        self.ring = sizes.add(RingSizeEditor())
        self.measurement = sizes.add(MeasurementEditor())
        self.size_model = RecordTable(
            [
                Column(self.tr("For"), self._whose),
                Column(self.tr("What"), size_what),
                Column(self.tr("Size"), size_text),
                Column(self.tr("Recorded"), lambda r: when_text(r.recorded_at)),
            ],
            self,
        )
        self.size_view = sizes.add(RecordView(self.size_model, "sizeTable"))

        details = self.section(self.tr("Details and contacts"))
        self.details = details.add(DetailsEditor())
        self.contact_model = RecordTable(
            [
                Column(self.tr("Kind"), lambda c: labels.contact_kind_label(c.kind)),
                Column(self.tr("Contact"), self._contact_text),
                Column(
                    self.tr("Label"),
                    lambda c: " · ".join(
                        x for x in (c.label, self.tr("primary") if c.is_primary else "") if x
                    ),
                ),
            ],
            self,
        )
        self.contact_view = details.add(RecordView(self.contact_model, "contactTable"))
        self.contact = details.add(ContactEditor())
        self.remove_contact = action_button(self.tr("Remove contact"), "contactRemove")
        details.add_buttons(self.remove_contact)
        self.end()

        self.preference.sig_submitted.connect(self.add_preference)
        self.remove_preference.clicked.connect(self.remove_chosen_preference)
        self.ring.sig_submitted.connect(self.set_ring_size)
        self.measurement.sig_submitted.connect(self.set_measurement)
        self.details.sig_changed.connect(self.update_detail)
        self.contact.sig_submitted.connect(self.add_contact)
        self.remove_contact.clicked.connect(self.remove_chosen_contact)

    def _contact_text(self, contact) -> str:
        from jeweldesk.services.clients import shown_phone

        text = contact.value
        if contact.normalised.startswith("+") and self._region is not None:
            text = shown_phone(contact.normalised, self._region)
        if getattr(contact, "extension", ""):
            text += " " + self.tr("ext. {number}").format(number=contact.extension)
        return text

    def _region_read(self, region: str) -> None:
        self._region = region
        if self.shown is not None:
            self.contact_model.set_rows(self.shown.profile.contacts)

    def _whose(self, row: PreferenceRecord | RingSizeRecord | MeasurementRecord) -> str:
        rel = self._people.get(row.relationship_id) if row.relationship_id else None
        return (rel.name_local or rel.name) if rel is not None else self.tr("Client")

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        profile = shown.profile
        self._people = {r.id: r for r in profile.relationships}
        self.preference_model.set_rows(
            sorted(
                profile.preferences,
                key=lambda p: (SENTIMENT_ORDER.get(str(p.sentiment), 9), str(p.category)),
            )
        )
        self.size_model.set_rows([*profile.ring_sizes, *profile.measurements])
        self.contact_model.set_rows(profile.contacts)
        runner = self.writes.runner
        if self._region is None and getattr(runner, "desk", None) is not None:
            runner.read(lambda desk: desk.clients.region(), self._region_read)
        self.details.show_client(profile.client, keep_typed=same_client)
        if not same_client:
            for editor in (self.preference, self.ring, self.measurement, self.contact):
                editor.clear_text()
            self.ring.use_system(SYSTEM_BY_LANGUAGE.get(profile.client.language, "us"))

    # --- preferences ---------------------------------------------------------------

    def add_preference(self) -> None:
        values, client_id = self.preference.values(), self.client_id
        before = {p.id: p for p in self.shown.profile.preferences}

        def reverse(pref):
            old = before.get(pref.id)
            if old is None:
                return lambda desk: desk.preferences.remove(pref.id)
            return lambda desk: desk.preferences.add(
                client_id, old.category, old.value, sentiment=old.sentiment, detail=old.detail
            )

        self.writes.save(
            lambda desk: desk.preferences.add(
                client_id,
                values["category"],
                values["value"],
                sentiment=values["sentiment"],
                detail=values["detail"],
            ),
            done=self.tr("Preference added"),
            reverse=reverse,
            on_saved=lambda _p: self.preference.clear_text(),
            on_refused=lambda r: self.preference.show_refusal(r.message, r.field),
        )

    def remove_chosen_preference(self) -> None:
        pref, client_id = self.preference_view.current_record(), self.client_id
        if pref is None:
            return
        self.writes.save(
            lambda desk: desk.preferences.remove(pref.id),
            done=self.tr("Preference removed"),
            reverse=lambda _v: (
                lambda desk: desk.preferences.add(
                    client_id,
                    pref.category,
                    pref.value,
                    sentiment=pref.sentiment,
                    detail=pref.detail,
                    relationship_id=pref.relationship_id,
                )
            ),
        )

    # --- sizes ---------------------------------------------------------------------

    def set_ring_size(self) -> None:
        values, client_id = self.ring.values(), self.client_id
        previous = next(
            (
                r
                for r in self.shown.profile.ring_sizes
                if r.relationship_id is None
                and str(r.hand) == values["hand"]
                and str(r.finger) == values["finger"]
            ),
            None,
        )

        def reverse(_row):
            if previous is None:
                return None  # the services keep sizes: a first size is replaced, not removed
            return lambda desk: desk.preferences.set_ring_size(
                client_id,
                hand=previous.hand,
                finger=previous.finger,
                system=previous.system,
                size=previous.size,
            )

        self.writes.save(
            lambda desk: desk.preferences.set_ring_size(client_id, **values),
            done=self.tr("Ring size saved"),
            reverse=reverse,
            on_saved=lambda _r: self.ring.clear_text(),
            on_refused=lambda r: self.ring.show_refusal(r.message, r.field),
        )

    def set_measurement(self) -> None:
        values, client_id = self.measurement.values(), self.client_id
        previous = next(
            (
                m
                for m in self.shown.profile.measurements
                if m.relationship_id is None and str(m.kind) == values["kind"]
            ),
            None,
        )
        self.writes.save(
            lambda desk: desk.preferences.set_measurement(
                client_id, values["kind"], values["length"]
            ),
            done=self.tr("Length saved"),
            reverse=lambda _m: (
                None
                if previous is None
                else (
                    lambda desk: desk.preferences.set_measurement(
                        client_id, previous.kind, str(previous.length_cm)
                    )
                )
            ),
            on_saved=lambda _m: self.measurement.clear_text(),
            on_refused=lambda r: self.measurement.show_refusal(r.message, r.field),
        )

    # --- details and contacts -----------------------------------------------------------

    def update_detail(self, field: str, value: object) -> None:
        client_id, old = self.client_id, self.details.shown(field)
        self.writes.save(
            lambda desk: desk.clients.update(client_id, **{field: value}),
            done=self.tr("Details saved"),
            reverse=lambda _c: lambda desk: desk.clients.update(client_id, **{field: old}),
            on_saved=lambda _c: self.details.clear_refusal(),
            on_refused=lambda r: self.details.show_refusal(r.message, r.field or field),
        )

    def add_contact(self) -> None:
        values, client_id, lang = self.contact.values(), self.client_id, self.writes.lang

        def add(desk):
            from jeweldesk.services.views import Written

            written = desk.clients.add_contact(
                client_id, values["kind"], values["value"], label=values["label"]
            )
            # The notices travel with the contact: "already on this client" or "also
            # belongs to …" is what the advisor reads, instead of "Contact added".
            return Written((written.value, written.changes.notices), written.changes)

        def reverse(added):
            contact, notices = added
            if any(n.key == "contact.already_on_client" for n in notices):
                return None  # nothing was added: nothing to undo
            return lambda desk: desk.clients.remove_contact(contact.id)

        self.writes.save(
            add,
            done=lambda added: (
                " ".join(n.message(lang) for n in added[1]) or self.tr("Contact added")
            ),
            reverse=reverse,
            on_saved=lambda _c: self.contact.clear_text(),
            on_refused=lambda r: self.contact.show_refusal(r.message, r.field),
        )

    def remove_chosen_contact(self) -> None:
        contact, client_id = self.contact_view.current_record(), self.client_id
        if contact is None:
            return
        self.writes.save(
            lambda desk: desk.clients.remove_contact(contact.id),
            done=self.tr("Contact removed"),
            reverse=lambda _c: (
                lambda desk: desk.clients.add_contact(
                    client_id,
                    contact.kind,
                    contact.value,
                    label=contact.label,
                    primary=contact.is_primary,
                    extension=contact.extension,
                )
            ),
        )
