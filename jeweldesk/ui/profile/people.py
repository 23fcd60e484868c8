"""Important dates with their reminders, and the people around the client."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jeweldesk.ui import labels
from jeweldesk.ui.editors.dates import DateEditor
from jeweldesk.ui.editors.people import RelationshipEditor
from jeweldesk.ui.profile.common import ProfileTab, Shown, action_button
from jeweldesk.ui.profile.rows import Column, RecordTable, RecordView
from jeweldesk.ui.widgets.dates import yearly_date


def date_text(d) -> str:
    return yearly_date(d.month, d.day, d.year)


class DatesAndPeopleTab(ProfileTab):
    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "datesTab", parent)
        self._people: dict = {}
        dates = self.section(self.tr("Important dates"))
        self.date_model = RecordTable(
            [
                Column(self.tr("Date"), date_text),
                Column(self.tr("What"), self._what),
                Column(self.tr("Reminder"), self._reminder),
            ],
            self,
        )
        self.date_view = dates.add(RecordView(self.date_model, "dateTable"))
        self.date_editor = dates.add(DateEditor())
        self.remove_date = action_button(self.tr("Remove date"), "dateRemove")
        dates.add_buttons(self.remove_date)

        people = self.section(self.tr("Partner, family and gift recipients"))
        self.people_model = RecordTable(
            [
                Column(self.tr("Who"), lambda r: labels.relationship_label(r.kind)),
                Column(
                    self.tr("Name"),
                    lambda r: " ".join(
                        x for x in (r.name, r.name_local if r.name_local != r.name else "") if x
                    ),
                ),
                Column(self.tr("Client"), lambda r: self.tr("yes") if r.related_client_id else ""),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.people_view = people.add(RecordView(self.people_model, "relationshipTable"))
        self.person = people.add(RelationshipEditor())
        self.remove_person = action_button(self.tr("Remove person"), "relationshipRemove")
        people.add_buttons(self.remove_person)
        self.end()

        self.date_editor.sig_submitted.connect(self.add_date)
        self.remove_date.clicked.connect(self.remove_chosen_date)
        self.person.sig_submitted.connect(self.add_person)
        self.person.sig_search.connect(self.find_clients)
        self.remove_person.clicked.connect(self.remove_chosen_person)

    def _reminder(self, d) -> str:
        if d.lead_days == 0:
            return self.tr("on the day")
        return self.tr("%n day(s) ahead", "", d.lead_days)

    def _what(self, d) -> str:
        what = d.label or labels.date_kind_label(d.kind)
        if d.milestone:
            what = f"{what} ({labels.milestone_label(d.milestone)})"
        whose = self._people.get(d.relationship_id)
        return f"{what} · {whose.name_local or whose.name}" if whose else what

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        self._people = {r.id: r for r in shown.profile.relationships}
        self.date_model.set_rows(shown.profile.dates)
        self.people_model.set_rows(shown.profile.relationships)
        if not same_client:
            self.date_editor.clear_text()
            self.person.clear_text()
            self.person.find.clear()

    def add_date(self) -> None:
        values, client_id = self.date_editor.values(), self.client_id
        self.writes.save(
            lambda desk: desk.dates.add(
                client_id,
                values["kind"],
                month=values["month"],
                day=values["day"],
                year=values["year"],
                label=values["label"],
                lead_days=values["lead_days"],
            ),
            done=self.tr("Date added"),
            reverse=lambda d: lambda desk: desk.dates.remove(d.id),
            on_saved=lambda _d: self.date_editor.clear_text(),
            on_refused=lambda r: self.date_editor.show_refusal(r.message, r.field),
        )

    def remove_chosen_date(self) -> None:
        d, client_id = self.date_view.current_record(), self.client_id
        if d is None:
            return
        self.writes.save(
            lambda desk: desk.dates.remove(d.id),
            done=self.tr("Date removed"),
            reverse=lambda _v: (
                lambda desk: desk.dates.add(
                    client_id,
                    d.kind,
                    month=d.month,
                    day=d.day,
                    year=d.year,
                    label=d.label,
                    lead_days=d.lead_days,
                    milestone=d.milestone,
                    relationship_id=d.relationship_id,
                )
            ),
        )

    def find_clients(self, text: str) -> None:
        if not text:
            self.person.show_matches(text, [])
            return
        me = self.client_id
        self.writes.runner.read(
            lambda desk: [s for s in desk.clients.search(text, limit=10) if s.id != me],
            lambda found: self.person.show_matches(text, found),
        )

    def add_person(self) -> None:
        values, client_id = self.person.values(), self.client_id
        self.writes.save(
            lambda desk: desk.relationships.add(
                client_id,
                values["kind"],
                values["name"],
                related_client_id=values["related_client_id"],
            ),
            done=self.tr("Person added"),
            reverse=lambda r: lambda desk: desk.relationships.remove(r.id),
            on_saved=lambda _r: (self.person.clear_text(), self.person.find.clear()),
            on_refused=lambda r: self.person.show_refusal(r.message, r.field),
        )

    def remove_chosen_person(self) -> None:
        rel, client_id = self.people_view.current_record(), self.client_id
        if rel is None:
            return
        self.writes.save(
            lambda desk: desk.relationships.remove(rel.id),
            done=self.tr("Person removed"),
            reverse=lambda _v: (
                lambda desk: desk.relationships.add(
                    client_id,
                    rel.kind,
                    rel.name,
                    name_local=rel.name_local,
                    related_client_id=rel.related_client_id,
                    note=rel.note,
                )
            ),
        )
