"""What the advisor learns while talking: preferences and sizes, notes, important
dates, and the people around the client."""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.names import clean, clean_text
from jeweldesk.domain.sizes import parse_length_cm, parse_ring_size
from jeweldesk.domain.vocab import (
    DEFAULT_LEAD_DAYS,
    ROLES_SEEING_SENSITIVE,
    DateKind,
    Finger,
    Hand,
    MeasurementKind,
    MilestoneKind,
    PreferenceCategory,
    RelationshipKind,
    Sentiment,
    SizingSystem,
)
from jeweldesk.services.base import Written, freeze, now_utc, one_of, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.services.records import (
    ImportantDateRecord,
    MeasurementRecord,
    NoteRecord,
    PreferenceRecord,
    RelationshipRecord,
    RingSizeRecord,
)
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

NOTE_LIMIT = 10_000
E = TypeVar("E", bound=StrEnum)
S = TypeVar("S", bound=m.Synced)


def _enum(enum_cls: type[E], value: object, field: str) -> E:
    """A choice from a list ('left', 'birthday'), case-blind; anything else is refused as
    what it is, not as a missing value."""
    return one_of(enum_cls, value, field)


def _tombstone(session: Session, model: type[S], row_id: uuid.UUID) -> S:
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound("client.not_found")
    row.deleted = True
    return row


def _relationship_of(
    session: Session, client: m.Client, relationship_id: uuid.UUID | None
) -> uuid.UUID | None:
    if relationship_id is None:
        return None
    rel = session.get(m.Relationship, relationship_id)
    if rel is None or rel.deleted or rel.client_id != client.id:
        raise NotFound("client.not_found")
    return rel.id


class PreferenceService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add(
        self,
        client_id: uuid.UUID,
        category: PreferenceCategory | str,
        value: str,
        *,
        sentiment: Sentiment | str = Sentiment.LIKES,
        detail: str = "",
        relationship_id: uuid.UUID | None = None,
    ) -> Written[PreferenceRecord]:
        """Record a like, dislike or fact. An allergy is always `avoid`."""
        category = _enum(PreferenceCategory, category, "category")
        sentiment = (
            Sentiment.AVOID
            if category is PreferenceCategory.ALLERGY
            else _enum(Sentiment, sentiment, "sentiment")
        )
        value = clean(value)
        if not value:
            raise ValidationError("preference.empty", field="value")
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            existing = work.session.scalar(
                select(m.Preference).where(
                    m.Preference.client_id == client.id,
                    m.Preference.relationship_id.is_(relationship_id)
                    if relationship_id is None
                    else m.Preference.relationship_id == relationship_id,
                    m.Preference.category == category,
                    m.Preference.value == value,
                    m.Preference.deleted.is_(False),
                )
            )
            if existing is not None:
                existing.sentiment = sentiment
                existing.detail = clean(detail) or existing.detail
                pref = existing
            else:
                pref = m.Preference(
                    client_id=client.id,
                    relationship_id=_relationship_of(work.session, client, relationship_id),
                    category=category,
                    value=value,
                    sentiment=sentiment,
                    detail=clean(detail),
                    recorded_by_id=self.desk.acting_staff_id,
                    recorded_at=now_utc(),
                )
                work.session.add(pref)
        return Written(freeze(pref), work.changes)

    def remove(self, preference_id: uuid.UUID) -> Written[PreferenceRecord]:
        with unit_of_work(self.desk) as work:
            row = _tombstone(work.session, m.Preference, preference_id)
        return Written(freeze(row), work.changes)

    def set_ring_size(
        self,
        client_id: uuid.UUID,
        *,
        hand: Hand | str,
        finger: Finger | str,
        system: SizingSystem | str,
        size: str,
        relationship_id: uuid.UUID | None = None,
    ) -> Written[RingSizeRecord]:
        """Record the size of one finger ("6½" US, "M½" UK, "52" EU, "13" CN/HK),
        replacing the earlier size of the same finger."""
        hand = _enum(Hand, hand, "hand")
        finger = _enum(Finger, finger, "finger")
        canonical, mm = parse_ring_size(size, system)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            rel = _relationship_of(work.session, client, relationship_id)
            for old in work.session.scalars(
                select(m.RingSize).where(
                    m.RingSize.client_id == client.id,
                    m.RingSize.hand == hand,
                    m.RingSize.finger == finger,
                    m.RingSize.relationship_id.is_(None)
                    if rel is None
                    else m.RingSize.relationship_id == rel,
                    m.RingSize.deleted.is_(False),
                )
            ):
                old.deleted = True
            row = m.RingSize(
                client_id=client.id,
                relationship_id=rel,
                hand=hand,
                finger=finger,
                system=SizingSystem(system),
                size=canonical,
                circumference_mm=mm,
                recorded_by_id=self.desk.acting_staff_id,
                recorded_at=now_utc(),
            )
            work.session.add(row)
        return Written(freeze(row), work.changes)

    def set_measurement(
        self,
        client_id: uuid.UUID,
        kind: MeasurementKind | str,
        length: str,
        *,
        relationship_id: uuid.UUID | None = None,
    ) -> Written[MeasurementRecord]:
        kind = _enum(MeasurementKind, kind, "kind")
        length_cm = parse_length_cm(length)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            rel = _relationship_of(work.session, client, relationship_id)
            for old in work.session.scalars(
                select(m.Measurement).where(
                    m.Measurement.client_id == client.id,
                    m.Measurement.kind == kind,
                    m.Measurement.relationship_id.is_(None)
                    if rel is None
                    else m.Measurement.relationship_id == rel,
                    m.Measurement.deleted.is_(False),
                )
            ):
                old.deleted = True
            row = m.Measurement(
                client_id=client.id,
                relationship_id=rel,
                kind=kind,
                length_cm=length_cm,
                recorded_by_id=self.desk.acting_staff_id,
                recorded_at=now_utc(),
            )
            work.session.add(row)
        return Written(freeze(row), work.changes)


class NoteService:
    """Notes are append-only: an edit writes a new note superseding the old one, so
    nothing anyone wrote is lost."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    @staticmethod
    def _body(body: str) -> str:
        text = clean_text(body)
        if not text:
            raise ValidationError("note.empty", field="body")
        if len(text) > NOTE_LIMIT:
            raise ValidationError("note.too_long", field="body", limit=NOTE_LIMIT)
        return text

    def add(
        self, client_id: uuid.UUID, body: str, *, pinned: bool = False, sensitive: bool = False
    ) -> Written[NoteRecord]:
        text = self._body(body)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            note = m.Note(
                client_id=client.id,
                author_id=self.desk.acting_staff_id,
                store_id=self.desk.home_store_id,
                body=text,
                pinned=pinned,
                sensitive=sensitive,
                created_at=now_utc(),
            )
            work.session.add(note)
        return Written(freeze(note), work.changes)

    def _own(self, session: Session, note_id: uuid.UUID) -> m.Note:
        note = session.get(m.Note, note_id)
        if note is None or note.deleted:
            raise NotFound("client.not_found")
        if note.author_id not in (None, self.desk.acting_staff_id):
            person = (
                session.get(m.Staff, self.desk.acting_staff_id)
                if self.desk.acting_staff_id
                else None
            )
            if person is None or person.role not in ROLES_SEEING_SENSITIVE:
                raise ValidationError("note.not_author")
        return note

    def edit(self, note_id: uuid.UUID, body: str) -> Written[NoteRecord]:
        text = self._body(body)
        with unit_of_work(self.desk) as work:
            old = self._own(work.session, note_id)
            note = m.Note(
                client_id=old.client_id,
                author_id=self.desk.acting_staff_id,
                store_id=self.desk.home_store_id,
                body=text,
                pinned=old.pinned,
                sensitive=old.sensitive,
                created_at=now_utc(),
                supersedes_id=old.id,
            )
            work.session.add(note)
        return Written(freeze(note), work.changes)

    def pin(self, note_id: uuid.UUID, pinned: bool = True) -> Written[NoteRecord]:
        with unit_of_work(self.desk) as work:
            note = work.session.get(m.Note, note_id)
            if note is None or note.deleted:
                raise NotFound("client.not_found")
            note.pinned = pinned
        return Written(freeze(note), work.changes)

    def mark_sensitive(self, note_id: uuid.UUID, sensitive: bool = True) -> Written[NoteRecord]:
        with unit_of_work(self.desk) as work:
            note = self._own(work.session, note_id)
            note.sensitive = sensitive
        return Written(freeze(note), work.changes)


def _check_day(
    kind: DateKind, month: int | str, day: int | str, year: int | str | None
) -> tuple[int, int, int | None]:
    """The date as numbers. 29 February is a real birthday: checked against a leap year
    unless a year is given. A birthday cannot be still to come; any year has all its
    four digits (26 is not 1926)."""
    try:
        month, day = int(month), int(day)
        year = int(year) if year not in (None, "") else None
    except (ValueError, TypeError):
        raise ValidationError("date.invalid", field="date", month=month, day=day) from None
    if year is not None and not 1900 <= year <= dt.date.today().year + 1:
        if year < 1900:
            raise ValidationError("date.year_range", field="year", year=year)
        raise ValidationError("date.future_year", field="year", year=year)
    try:
        if not 1 <= month <= 12:
            raise ValueError
        dt.date(year or 2000, month, day)
    except ValueError:
        raise ValidationError("date.invalid", field="date", month=month, day=day) from None
    if (
        kind is DateKind.BIRTHDAY
        and year is not None
        and dt.date(year, month, day) > dt.date.today()
    ):
        raise ValidationError("date.birthday_future", field="year", year=year, month=month, day=day)
    return month, day, year


class DateService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add(
        self,
        client_id: uuid.UUID,
        kind: DateKind | str,
        *,
        month: int,
        day: int,
        year: int | None = None,
        label: str = "",
        lead_days: int | str | None = None,  # a form's field may hand it over as text
        milestone: MilestoneKind | str | None = None,
        relationship_id: uuid.UUID | None = None,
    ) -> Written[ImportantDateRecord]:
        """A birthday, anniversary, milestone or custom date; `lead_days` (default per
        kind) is how early the advisor is reminded."""
        kind = _enum(DateKind, kind, "kind")
        month, day, year = _check_day(kind, month, day, year)
        label = clean(label)
        if kind is DateKind.CUSTOM and not label:
            raise ValidationError("date.label_required", field="label")
        try:
            lead = DEFAULT_LEAD_DAYS[kind] if lead_days in (None, "") else int(lead_days)
        except (ValueError, TypeError):
            raise ValidationError("date.lead_days", field="lead_days") from None
        if not 0 <= lead <= 365:
            raise ValidationError("date.lead_days", field="lead_days")
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            row = m.ImportantDate(
                client_id=client.id,
                relationship_id=_relationship_of(work.session, client, relationship_id),
                kind=kind,
                milestone=MilestoneKind(milestone) if milestone else None,
                label=label,
                month=int(month),
                day=int(day),
                year=year,
                lead_days=lead,
                recurring=kind is not DateKind.MILESTONE,
            )
            work.session.add(row)
        return Written(freeze(row), work.changes)

    def remove(self, date_id: uuid.UUID) -> Written[ImportantDateRecord]:
        with unit_of_work(self.desk) as work:
            row = _tombstone(work.session, m.ImportantDate, date_id)
        return Written(freeze(row), work.changes)


def next_occurrence(month: int, day: int, after: dt.date) -> dt.date:
    """The next calendar date on or after `after`; 29 February falls on 28 February in
    common years."""
    for year in (after.year, after.year + 1):
        last = calendar.monthrange(year, month)[1]
        candidate = dt.date(year, month, min(day, last))
        if candidate >= after:
            return candidate
    raise AssertionError("unreachable")


class RelationshipService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add(
        self,
        client_id: uuid.UUID,
        kind: RelationshipKind | str,
        name: str = "",
        *,
        name_local: str = "",
        related_client_id: uuid.UUID | None = None,
        note: str = "",
    ) -> Written[RelationshipRecord]:
        """A partner, relative or gift recipient, who may be a client in their own right."""
        kind = _enum(RelationshipKind, kind, "kind")
        name, name_local = clean(name), clean(name_local)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            if related_client_id is not None:
                if related_client_id == client.id:
                    raise ValidationError("relationship.self", field="related_client_id")
                other = client_row(work.session, related_client_id)
                name = name or " ".join(
                    p
                    for p in (
                        other.name_romanised or other.given_name,
                        "" if other.name_romanised else other.family_name,
                    )
                    if p
                )
                name_local = name_local or other.name_local
            if not (name or name_local):
                raise ValidationError("relationship.name_required", field="name")
            row = m.Relationship(
                client_id=client.id,
                kind=kind,
                name=name or name_local,
                name_local=name_local,
                related_client_id=related_client_id,
                note=clean_text(note),
            )
            work.session.add(row)
        return Written(freeze(row), work.changes)

    def remove(self, relationship_id: uuid.UUID) -> Written[RelationshipRecord]:
        with unit_of_work(self.desk) as work:
            row = _tombstone(work.session, m.Relationship, relationship_id)
        return Written(freeze(row), work.changes)
