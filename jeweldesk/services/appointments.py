"""Appointments: create, reschedule, cancel, move through their status flow; an
advisor or a room is never double-booked, and pre-selected pieces are reserved for
the slot."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import ConflictError, NotFound, ValidationError
from jeweldesk.domain.names import clean
from jeweldesk.domain.timezones import in_store_time, localise
from jeweldesk.domain.vocab import (
    APPOINTMENT_FLOW,
    OPEN_APPOINTMENT,
    AppointmentKind,
    AppointmentSource,
    AppointmentStatus,
    PreferenceCategory,
)
from jeweldesk.services.base import Written, freeze, now_utc, reading, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.services.directory import staff_row, store_row
from jeweldesk.storage import models as m

MAX_LENGTH = dt.timedelta(hours=12)
DEFAULT_LENGTH = {
    AppointmentKind.PRIVATE_VIEWING: 90,
    AppointmentKind.BRIDAL: 60,
    AppointmentKind.BESPOKE: 90,
    AppointmentKind.CLEANING: 30,
    AppointmentKind.REPAIR: 30,
}


def _hhmm(value: dt.datetime, zone: str) -> str:
    return in_store_time(value, zone).strftime("%a %d %b %H:%M")


class AppointmentService:
    def __init__(self, desk) -> None:
        self.desk = desk

    # --- rules ----------------------------------------------------------------------

    def _times(self, store: m.Store, starts_at: dt.datetime, ends_at: dt.datetime | None, kind, *, allow_past: bool):
        start = localise(starts_at, store.timezone)
        end = localise(ends_at, store.timezone) if ends_at else start + dt.timedelta(minutes=DEFAULT_LENGTH.get(kind, 60))
        if end <= start:
            raise ValidationError("appointment.ends_before_start", field="ends_at")
        if end - start > MAX_LENGTH:
            raise ValidationError("appointment.too_long", field="ends_at")
        if not allow_past and start < now_utc() - dt.timedelta(minutes=5):
            raise ValidationError("appointment.in_past", field="starts_at", when=_hhmm(start, store.timezone))
        return start, end

    def _check_free(
        self, session: Session, store: m.Store, start: dt.datetime, end: dt.datetime,
        advisors: Sequence[uuid.UUID], room_id: uuid.UUID | None, exclude: uuid.UUID | None,
    ) -> None:
        overlap = [
            m.Appointment.deleted.is_(False),
            m.Appointment.status.in_(OPEN_APPOINTMENT),
            m.Appointment.starts_at < end,
            m.Appointment.ends_at > start,
        ]
        if exclude is not None:
            overlap.append(m.Appointment.id != exclude)
        if advisors:
            clash = session.scalar(
                select(m.Appointment).where(
                    *overlap,
                    or_(m.Appointment.advisor_id.in_(advisors), m.Appointment.second_advisor_id.in_(advisors)),
                ).limit(1)
            )
            if clash is not None:
                busy = next(a for a in advisors if a in (clash.advisor_id, clash.second_advisor_id))
                raise ConflictError(
                    "appointment.advisor_busy", advisor=session.get(m.Staff, busy).name,
                    start=_hhmm(clash.starts_at, store.timezone), end=in_store_time(clash.ends_at, store.timezone).strftime("%H:%M"),
                )
        if room_id is not None:
            clash = session.scalar(select(m.Appointment).where(*overlap, m.Appointment.room_id == room_id).limit(1))
            if clash is not None:
                raise ConflictError(
                    "appointment.room_busy", room=session.get(m.Room, room_id).name,
                    start=_hhmm(clash.starts_at, store.timezone), end=in_store_time(clash.ends_at, store.timezone).strftime("%H:%M"),
                )

    def _reserve(
        self, session: Session, store: m.Store, appointment: m.Appointment, pieces: Sequence[uuid.UUID]
    ) -> None:
        for piece_id in dict.fromkeys(pieces):
            free = available(session, store.id, piece_id, appointment.starts_at, appointment.ends_at, exclude=appointment.id)
            if free < 1:
                piece = session.get(m.CataloguePiece, piece_id)
                raise ConflictError(
                    "appointment.piece_unavailable", piece=piece.name if piece else str(piece_id), store=store.name
                )
            session.add(m.PreSelection(appointment_id=appointment.id, piece_id=piece_id, quantity=1))

    def _checklist(self, session: Session, appointment: m.Appointment, client: m.Client | None, room: m.Room | None) -> None:
        items: list[tuple[str, str]] = []
        if room is not None:
            items.append(("room", f"Prepare {room.name}"))
        if client is not None:
            prefs = session.scalars(
                select(m.Preference).where(m.Preference.client_id == client.id, m.Preference.deleted.is_(False))
            ).all()
            for p in prefs:
                if p.category == PreferenceCategory.REFRESHMENT:
                    items.append(("refreshment", p.value))
                elif p.category == PreferenceCategory.ALLERGY:
                    items.append(("allergy", f"Allergy: {p.value}"))
            for size in session.scalars(
                select(m.RingSize).where(m.RingSize.client_id == client.id, m.RingSize.deleted.is_(False), m.RingSize.relationship_id.is_(None))
            ):
                items.append(("sizes", f"Ring size {size.hand.value} {size.finger.value}: {size.size} {size.system.value.upper()}"))
            items.append(("language", f"Language: {client.language}"))
        items.append(("pieces", "Pull the pre-selected pieces"))
        for n, (kind, text) in enumerate(items):
            session.add(m.ChecklistItem(appointment_id=appointment.id, position=n, kind=kind, text=text))

    # --- writes ---------------------------------------------------------------------

    def create(
        self,
        *,
        kind: AppointmentKind | str,
        starts_at: dt.datetime,
        ends_at: dt.datetime | None = None,
        client_id: uuid.UUID | None = None,
        advisor_id: uuid.UUID | None = None,
        second_advisor_id: uuid.UUID | None = None,
        room_id: uuid.UUID | None = None,
        store_id: uuid.UUID | None = None,
        title: str = "",
        notes: str = "",
        source: AppointmentSource | str = AppointmentSource.IN_STORE,
        pieces: Sequence[uuid.UUID] = (),
    ) -> Written:
        """Book an appointment. Naive times are the store's wall-clock time. A time
        already past, an advisor or room already booked, or a piece with no free stock
        for the slot is refused with the reason."""
        kind = AppointmentKind(kind)
        source = AppointmentSource(source)
        with unit_of_work(self.desk) as work:
            session = work.session
            store = store_row(session, store_id or self.desk.home_store_id)
            start, end = self._times(store, starts_at, ends_at, kind, allow_past=False)
            client = client_row(session, client_id, for_edit=True) if client_id else None
            advisors = [staff_row(session, a).id for a in (advisor_id, second_advisor_id) if a]
            room = None
            if room_id is not None:
                room = session.get(m.Room, room_id)
                if room is None or room.deleted:
                    raise NotFound("appointment.not_found")
                if room.store_id != store.id:
                    raise ValidationError("appointment.room_other_store", field="room_id", room=room.name)
            self._check_free(session, store, start, end, advisors, room_id, None)
            appointment = m.Appointment(
                store_id=store.id, client_id=client.id if client else None, kind=kind,
                status=AppointmentStatus.REQUESTED if source is AppointmentSource.ONLINE else AppointmentStatus.CONFIRMED,
                source=source, advisor_id=advisor_id, second_advisor_id=second_advisor_id, room_id=room_id,
                starts_at=start, ends_at=end, title=clean(title), notes=(notes or "").strip(),
                requested_at=now_utc() if source is AppointmentSource.ONLINE else None,
                confirmed_at=None if source is AppointmentSource.ONLINE else now_utc(),
            )
            session.add(appointment)
            session.flush()
            self._reserve(session, store, appointment, pieces)
            self._checklist(session, appointment, client, room)
        return Written(freeze(appointment), work.changes)

    def _open_row(self, session: Session, appointment_id: uuid.UUID) -> m.Appointment:
        row = session.get(m.Appointment, appointment_id)
        if row is None or row.deleted:
            raise NotFound("appointment.not_found")
        if row.status not in OPEN_APPOINTMENT:
            raise ValidationError("appointment.closed", status=row.status.value)
        return row

    def reschedule(
        self,
        appointment_id: uuid.UUID,
        starts_at: dt.datetime,
        ends_at: dt.datetime | None = None,
        *,
        room_id: uuid.UUID | None | bool = False,
        advisor_id: uuid.UUID | None | bool = False,
    ) -> Written:
        """Move an appointment (keeping its length unless `ends_at` is given), and
        optionally its room or advisor (pass None to clear). Same rules as booking."""
        with unit_of_work(self.desk) as work:
            session = work.session
            row = self._open_row(session, appointment_id)
            store = session.get(m.Store, row.store_id)
            length = row.ends_at - row.starts_at
            start = localise(starts_at, store.timezone)
            start, end = self._times(store, start, ends_at or start + length, row.kind, allow_past=False)
            new_room = row.room_id if room_id is False else room_id
            new_advisor = row.advisor_id if advisor_id is False else advisor_id
            if new_room is not None and new_room != row.room_id:
                room = session.get(m.Room, new_room)
                if room is None or room.store_id != store.id:
                    raise ValidationError("appointment.room_other_store", field="room_id", room=room.name if room else "?")
            advisors = [a for a in (new_advisor, row.second_advisor_id) if a]
            self._check_free(session, store, start, end, advisors, new_room, row.id)
            row.starts_at, row.ends_at, row.room_id, row.advisor_id = start, end, new_room, new_advisor
            session.flush()
            for selection in session.scalars(
                select(m.PreSelection).where(m.PreSelection.appointment_id == row.id, m.PreSelection.deleted.is_(False))
            ):
                if available(session, store.id, selection.piece_id, start, end, exclude=row.id) < selection.quantity:
                    piece = session.get(m.CataloguePiece, selection.piece_id)
                    raise ConflictError("appointment.piece_unavailable", piece=piece.name, store=store.name)
        return Written(freeze(row), work.changes)

    def cancel(self, appointment_id: uuid.UUID, reason: str = "") -> Written:
        """Cancel; the slot, room and reserved pieces are freed."""
        return self.set_status(appointment_id, AppointmentStatus.CANCELLED, note=reason)

    def set_status(self, appointment_id: uuid.UUID, status: AppointmentStatus | str, *, note: str = "") -> Written:
        status = AppointmentStatus(status)
        with unit_of_work(self.desk) as work:
            row = work.session.get(m.Appointment, appointment_id)
            if row is None or row.deleted:
                raise NotFound("appointment.not_found")
            if status not in APPOINTMENT_FLOW[row.status]:
                raise ValidationError("appointment.status_flow", old=row.status.value, new=status.value)
            if status is AppointmentStatus.CONFIRMED:
                row.confirmed_at = now_utc()
            if status is AppointmentStatus.CANCELLED:
                row.cancelled_reason = clean(note)
            row.status = status
        return Written(freeze(row), work.changes)

    def record_outcome(self, appointment_id: uuid.UUID, outcome: str, note: str = "") -> Written:
        with unit_of_work(self.desk) as work:
            row = work.session.get(m.Appointment, appointment_id)
            if row is None or row.deleted:
                raise NotFound("appointment.not_found")
            row.outcome, row.outcome_note = clean(outcome), (note or "").strip()
        return Written(freeze(row), work.changes)

    def update_notes(self, appointment_id: uuid.UUID, notes: str) -> Written:
        """Change the internal notes of an open appointment."""
        with unit_of_work(self.desk) as work:
            row = self._open_row(work.session, appointment_id)
            row.notes = (notes or "").strip()
        return Written(freeze(row), work.changes)

    def tick(self, item_id: uuid.UUID, done: bool = True) -> Written:
        """Tick (or untick) a preparation checklist item."""
        with unit_of_work(self.desk) as work:
            item = work.session.get(m.ChecklistItem, item_id)
            if item is None or item.deleted:
                raise NotFound("appointment.not_found")
            item.done = bool(done)
        return Written(freeze(item), work.changes)

    # --- reads ----------------------------------------------------------------------

    def between(
        self, start: dt.datetime, end: dt.datetime, *, store_id: uuid.UUID | None = None,
        advisor_id: uuid.UUID | None = None, room_id: uuid.UUID | None = None, include_closed: bool = False,
    ) -> list:
        """Appointments overlapping [start, end), earliest first."""
        with reading(self.desk) as s:
            query = select(m.Appointment).where(
                m.Appointment.deleted.is_(False),
                m.Appointment.store_id == (store_id or self.desk.home_store_id),
                m.Appointment.starts_at < end,
                m.Appointment.ends_at > start,
            )
            if not include_closed:
                query = query.where(m.Appointment.status.in_(OPEN_APPOINTMENT))
            if advisor_id is not None:
                query = query.where(or_(m.Appointment.advisor_id == advisor_id, m.Appointment.second_advisor_id == advisor_id))
            if room_id is not None:
                query = query.where(m.Appointment.room_id == room_id)
            return [freeze(r) for r in s.scalars(query.order_by(m.Appointment.starts_at))]

    def get(self, appointment_id: uuid.UUID):
        with reading(self.desk) as s:
            row = s.get(m.Appointment, appointment_id)
            if row is None or row.deleted:
                raise NotFound("appointment.not_found")
            selections = [freeze(p) for p in s.scalars(select(m.PreSelection).where(m.PreSelection.appointment_id == row.id, m.PreSelection.deleted.is_(False)))]
            checklist = [freeze(c) for c in s.scalars(select(m.ChecklistItem).where(m.ChecklistItem.appointment_id == row.id, m.ChecklistItem.deleted.is_(False)).order_by(m.ChecklistItem.position))]
            return freeze(row), selections, checklist


def available(
    session: Session, store_id: uuid.UUID, piece_id: uuid.UUID, start: dt.datetime, end: dt.datetime,
    *, exclude: uuid.UUID | None = None,
) -> int:
    """Pieces on hand at the store, less those reserved by open appointments
    overlapping the slot."""
    on_hand = session.scalar(
        select(m.StockLevel.on_hand).where(
            m.StockLevel.store_id == store_id, m.StockLevel.piece_id == piece_id, m.StockLevel.deleted.is_(False)
        )
    ) or 0
    query = (
        select(func.coalesce(func.sum(m.PreSelection.quantity), 0))
        .join(m.Appointment, m.Appointment.id == m.PreSelection.appointment_id)
        .where(
            m.PreSelection.piece_id == piece_id, m.PreSelection.deleted.is_(False),
            m.Appointment.store_id == store_id, m.Appointment.deleted.is_(False),
            m.Appointment.status.in_(OPEN_APPOINTMENT),
            m.Appointment.starts_at < end, m.Appointment.ends_at > start,
        )
    )
    if exclude is not None:
        query = query.where(m.Appointment.id != exclude)
    reserved = session.scalar(query) or 0
    return on_hand - int(reserved)
