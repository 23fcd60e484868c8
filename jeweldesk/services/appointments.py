"""Appointments: create, amend, reschedule, cancel, move through their status flow; an
advisor or a room is never double-booked, and pre-selected pieces are reserved for
the slot. Once closed (completed, cancelled, no-show) an appointment keeps what it
was."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, NoReturn

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from jeweldesk.domain import preparation
from jeweldesk.domain.errors import ConflictError, NotFound, ValidationError
from jeweldesk.domain.messages import Named, Ref
from jeweldesk.domain.names import clean, clean_text
from jeweldesk.domain.timezones import exists, in_store_time, localise
from jeweldesk.domain.vocab import (
    APPOINTMENT_FLOW,
    OPEN_APPOINTMENT,
    AppointmentKind,
    AppointmentSource,
    AppointmentStatus,
)
from jeweldesk.services.base import (
    Written,
    freeze,
    known_row,
    now_utc,
    one_of,
    reading,
    unit_of_work,
)
from jeweldesk.services.clients import client_row
from jeweldesk.services.directory import staff_row, store_row
from jeweldesk.services.records import AppointmentRecord, ChecklistItemRecord, PreSelectionRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

# The kinds a refusal lists, each named in the reader's language.
KINDS = tuple(Ref(f"word.appointment.{kind.value}") for kind in AppointmentKind)


def _kind(value: object) -> AppointmentKind:
    return one_of(AppointmentKind, value, "kind", "appointment.kind", kinds=KINDS)


# `False` for an advisor, room or client in an amendment: leave it as it is.
Keep = uuid.UUID | None | Literal[False]
MAX_LENGTH = dt.timedelta(hours=12)
DEFAULT_LENGTH = {
    AppointmentKind.PRIVATE_VIEWING: 90,
    AppointmentKind.BRIDAL: 60,
    AppointmentKind.BESPOKE: 90,
    AppointmentKind.CLEANING: 30,
    AppointmentKind.REPAIR: 30,
}


def _hhmm(value: dt.datetime, zone: str) -> dt.datetime:
    # The store-local time itself: the message catalogue writes it in the reader's
    # language ('Mon 30 Nov 14:00', '11月30日 周一 14:00').
    return in_store_time(value, zone)


def _named(row: m.Staff | m.Room | m.Store) -> Named:
    """A staff member, room or store by name, with the Chinese name messages in Chinese use."""
    return Named(row.name, row.name_local)


class AppointmentService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- rules ----------------------------------------------------------------------

    def _times(
        self,
        store: m.Store,
        starts_at: dt.datetime,
        ends_at: dt.datetime | None,
        kind: AppointmentKind,
        *,
        allow_past: bool,
    ) -> tuple[dt.datetime, dt.datetime]:
        start = localise(starts_at, store.timezone)
        end = (
            localise(ends_at, store.timezone)
            if ends_at
            else start + dt.timedelta(minutes=DEFAULT_LENGTH.get(kind, 60))
        )
        for field, moment in (("starts_at", start), ("ends_at", end)):
            if not exists(moment):
                raise ValidationError(
                    "appointment.no_such_time", field=field, when=moment.replace(tzinfo=None)
                )
        if end <= start:
            raise ValidationError("appointment.ends_before_start", field="ends_at")
        if end - start > MAX_LENGTH:
            raise ValidationError("appointment.too_long", field="ends_at")
        if not allow_past and start < now_utc() - dt.timedelta(minutes=5):
            raise ValidationError(
                "appointment.in_past", field="starts_at", when=_hhmm(start, store.timezone)
            )
        return start, end

    def _check_free(
        self,
        session: Session,
        store: m.Store,
        start: dt.datetime,
        end: dt.datetime,
        advisors: Sequence[uuid.UUID],
        room_id: uuid.UUID | None,
        exclude: uuid.UUID | None,
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
                select(m.Appointment)
                .where(
                    *overlap,
                    or_(
                        m.Appointment.advisor_id.in_(advisors),
                        m.Appointment.second_advisor_id.in_(advisors),
                    ),
                )
                .limit(1)
            )
            if clash is not None:
                busy = next(a for a in advisors if a in (clash.advisor_id, clash.second_advisor_id))
                raise ConflictError(
                    "appointment.advisor_busy",
                    advisor=_named(known_row(session, m.Staff, busy)),
                    start=_hhmm(clash.starts_at, store.timezone),
                    end=in_store_time(clash.ends_at, store.timezone).strftime("%H:%M"),
                )
        if room_id is not None:
            clash = session.scalar(
                select(m.Appointment).where(*overlap, m.Appointment.room_id == room_id).limit(1)
            )
            if clash is not None:
                raise ConflictError(
                    "appointment.room_busy",
                    room=_named(known_row(session, m.Room, room_id)),
                    start=_hhmm(clash.starts_at, store.timezone),
                    end=in_store_time(clash.ends_at, store.timezone).strftime("%H:%M"),
                )

    def _reserve(
        self,
        session: Session,
        store: m.Store,
        appointment: m.Appointment,
        pieces: Sequence[uuid.UUID],
    ) -> None:
        for piece_id in dict.fromkeys(pieces):
            free = available(
                session,
                store.id,
                piece_id,
                appointment.starts_at,
                appointment.ends_at,
                exclude=appointment.id,
            )
            if free < 1:
                self._refuse_piece(session, store, appointment, piece_id)
            session.add(
                m.PreSelection(appointment_id=appointment.id, piece_id=piece_id, quantity=1)
            )

    def _refuse_piece(
        self, session: Session, store: m.Store, appointment: m.Appointment, piece_id: uuid.UUID
    ) -> NoReturn:
        """Say why a piece cannot be reserved for the slot: pulled for another
        appointment at an overlapping time, or not in stock here (sold)."""
        piece = session.get(m.CataloguePiece, piece_id)
        name = Named(piece.name, piece.name_zh) if piece else str(piece_id)
        clash = session.scalar(
            select(m.Appointment)
            .join(m.PreSelection, m.PreSelection.appointment_id == m.Appointment.id)
            .where(
                m.PreSelection.piece_id == piece_id,
                m.PreSelection.deleted.is_(False),
                m.Appointment.store_id == store.id,
                m.Appointment.deleted.is_(False),
                m.Appointment.status.in_(OPEN_APPOINTMENT),
                m.Appointment.id != appointment.id,
                m.Appointment.starts_at < appointment.ends_at,
                m.Appointment.ends_at > appointment.starts_at,
            )
            .order_by(m.Appointment.starts_at)
            .limit(1)
        )
        if clash is not None:
            raise ConflictError(
                "appointment.piece_reserved",
                piece=name,
                start=_hhmm(clash.starts_at, store.timezone),
                end=in_store_time(clash.ends_at, store.timezone).strftime("%H:%M"),
            )
        raise ConflictError("appointment.piece_unavailable", piece=name, store=_named(store))

    def _prepare(
        self, session: Session, client: m.Client | None, room: m.Room | None
    ) -> list[tuple[str, str]]:
        """The preparation checklist, as (kind, text), from the room and the client's
        preferences; written in the language of the desk that books it."""
        lang = self.desk.lang
        room_name = preparation.room_name(room.name, room.name_local, lang) if room else None
        if client is None:
            return preparation.checklist(lang, room=room_name)
        preferences = session.scalars(
            select(m.Preference).where(
                m.Preference.client_id == client.id, m.Preference.deleted.is_(False)
            )
        )
        sizes = session.scalars(
            select(m.RingSize).where(
                m.RingSize.client_id == client.id,
                m.RingSize.deleted.is_(False),
                m.RingSize.relationship_id.is_(None),
            )
        )
        return preparation.checklist(
            lang,
            room=room_name,
            client_language=client.language,
            preferences=[(p.category, p.value) for p in preferences],
            sizes=[preparation.SizeOnFile(s.hand, s.finger, s.system, s.size) for s in sizes],
        )

    def _checklist(
        self,
        session: Session,
        appointment: m.Appointment,
        client: m.Client | None,
        room: m.Room | None,
    ) -> None:
        for n, (kind, text) in enumerate(self._prepare(session, client, room)):
            session.add(
                m.ChecklistItem(appointment_id=appointment.id, position=n, kind=kind, text=text)
            )

    def _prepare_again(self, session: Session, appointment: m.Appointment) -> None:
        """Derive the checklist again after the client or the room changed. An item
        still to do that no longer applies goes; a ticked one stays (the work was done);
        an item that still applies keeps its row, so nothing is sent twice."""
        client = session.get(m.Client, appointment.client_id) if appointment.client_id else None
        room = session.get(m.Room, appointment.room_id) if appointment.room_id else None
        current = list(
            session.scalars(
                select(m.ChecklistItem)
                .where(
                    m.ChecklistItem.appointment_id == appointment.id,
                    m.ChecklistItem.deleted.is_(False),
                )
                .order_by(m.ChecklistItem.position)
            )
        )
        spare: dict[tuple[str, str], list[m.ChecklistItem]] = {}
        for item in current:
            spare.setdefault((item.kind, item.text), []).append(item)
        ordered: list[m.ChecklistItem] = []
        for kind, text in self._prepare(session, client, room):
            same = spare.get((kind, text))
            if same:
                ordered.append(same.pop(0))
            else:
                item = m.ChecklistItem(
                    appointment_id=appointment.id,
                    position=len(current) + len(ordered),
                    kind=kind,
                    text=text,
                )
                session.add(item)
                ordered.append(item)
        for item in (i for left in spare.values() for i in left):
            if item.done:
                ordered.append(item)
            else:
                item.deleted = True
        for n, item in enumerate(ordered):
            if item.position != n:
                item.position = n

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
    ) -> Written[AppointmentRecord]:
        """Book an appointment. Naive times are the store's wall-clock time. A time
        already past, an advisor or room already booked, or a piece with no free stock
        for the slot is refused with the reason."""
        kind = _kind(kind)
        source = one_of(AppointmentSource, source, "source", "appointment.source")
        with unit_of_work(self.desk) as work:
            session = work.session
            store = store_row(session, store_id or self.desk.home_store_id)
            start, end = self._times(store, starts_at, ends_at, kind, allow_past=False)
            client = client_row(session, client_id, for_edit=True) if client_id else None
            advisors = [staff_row(session, a).id for a in (advisor_id, second_advisor_id) if a]
            if len(advisors) == 2 and advisors[0] == advisors[1]:
                raise ValidationError("appointment.same_advisor_twice", field="second_advisor_id")
            room = None
            if room_id is not None:
                room = session.get(m.Room, room_id)
                if room is None or room.deleted:
                    raise NotFound("appointment.not_found")
                if room.store_id != store.id:
                    raise ValidationError(
                        "appointment.room_other_store", field="room_id", room=_named(room)
                    )
            self._check_free(session, store, start, end, advisors, room_id, None)
            appointment = m.Appointment(
                store_id=store.id,
                client_id=client.id if client else None,
                kind=kind,
                status=AppointmentStatus.REQUESTED
                if source is AppointmentSource.ONLINE
                else AppointmentStatus.CONFIRMED,
                source=source,
                advisor_id=advisor_id,
                second_advisor_id=second_advisor_id,
                room_id=room_id,
                starts_at=start,
                ends_at=end,
                title=clean(title),
                notes=clean_text(notes),
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
            raise ValidationError(
                "appointment.closed", status=Ref(f"word.appointment_status.{row.status.value}")
            )
        return row

    def reschedule(
        self,
        appointment_id: uuid.UUID,
        starts_at: dt.datetime,
        ends_at: dt.datetime | None = None,
        *,
        room_id: Keep = False,
        advisor_id: Keep = False,
    ) -> Written[AppointmentRecord]:
        """Move an appointment (keeping its length unless `ends_at` is given), and
        optionally its room or advisor (pass None to clear). Same rules as booking."""
        return self.amend(
            appointment_id,
            starts_at=starts_at,
            ends_at=ends_at,
            room_id=room_id,
            advisor_id=advisor_id,
        )

    def amend(
        self,
        appointment_id: uuid.UUID,
        *,
        starts_at: dt.datetime | None = None,
        ends_at: dt.datetime | None = None,
        advisor_id: Keep = False,
        room_id: Keep = False,
        second_advisor_id: Keep = False,
        client_id: Keep = False,
        kind: AppointmentKind | str | None = None,
        title: str | None = None,
        notes: str | None = None,
        add_pieces: Sequence[uuid.UUID] = (),
        remove_pieces: Sequence[uuid.UUID] = (),
    ) -> Written[AppointmentRecord]:
        """Change an open appointment in one write: its time, advisor, room, second
        advisor, client, kind, title, notes and pre-selected pieces. What is not passed
        stays as booked (None clears an advisor, room or client). The rules of booking
        apply: a busy advisor or room, or a piece already pulled for an overlapping
        slot or no longer in stock, is refused with the reason. A removed piece is
        released; a new client or room prepares the checklist again (ticked items
        stay). A closed appointment is refused."""
        kind = _kind(kind) if kind is not None else None
        with unit_of_work(self.desk) as work:
            session = work.session
            row = self._open_row(session, appointment_id)
            store = known_row(session, m.Store, row.store_id)
            if kind is not None:
                row.kind = kind
            if title is not None:
                row.title = clean(title)
            if notes is not None:
                row.notes = clean_text(notes)
            reclient = client_id is not False and client_id != row.client_id
            if reclient:
                row.client_id = (
                    client_row(session, client_id, for_edit=True).id if client_id else None
                )
            moved = starts_at is not None
            reroom = self._place(
                session, store, row, starts_at, ends_at, advisor_id, room_id, second_advisor_id
            )
            self._repick(session, store, row, add_pieces, remove_pieces, recheck=moved)
            if reclient or reroom:
                self._prepare_again(session, row)
        return Written(freeze(row), work.changes)

    def _place(
        self,
        session: Session,
        store: m.Store,
        row: m.Appointment,
        starts_at: dt.datetime | None,
        ends_at: dt.datetime | None,
        advisor_id: Keep,
        room_id: Keep,
        second_advisor_id: Keep,
    ) -> bool:
        """Set the slot, advisors and room, refusing a double booking; True if the
        room changed. A new slot is checked for everyone in it; an unchanged one only
        for whoever joins it."""
        start, end = row.starts_at, row.ends_at
        if starts_at is not None:
            start = localise(starts_at, store.timezone)
            start, end = self._times(
                store,
                start,
                ends_at or start + (row.ends_at - row.starts_at),
                row.kind,
                allow_past=False,
            )
        advisor = row.advisor_id if advisor_id is False else advisor_id
        second = row.second_advisor_id if second_advisor_id is False else second_advisor_id
        if second is not None and second == advisor:
            raise ValidationError("appointment.same_advisor_twice", field="second_advisor_id")
        room = row.room_id if room_id is False else room_id
        for person in (advisor, second):
            if person is not None and person not in (row.advisor_id, row.second_advisor_id):
                staff_row(session, person)
        if room is not None and room != row.room_id:
            found = session.get(m.Room, room)
            if found is None or found.deleted:
                raise NotFound("appointment.not_found")
            if found.store_id != store.id:
                raise ValidationError(
                    "appointment.room_other_store", field="room_id", room=_named(found)
                )
        if starts_at is not None:
            joining, check_room = [a for a in (advisor, second) if a], room
        else:
            joining = [
                a
                for a in (advisor, second)
                if a and a not in (row.advisor_id, row.second_advisor_id)
            ]
            check_room = room if room != row.room_id else None
        self._check_free(session, store, start, end, joining, check_room, row.id)
        reroom = room != row.room_id
        row.starts_at, row.ends_at, row.advisor_id, row.second_advisor_id, row.room_id = (
            start,
            end,
            advisor,
            second,
            room,
        )
        session.flush()
        return reroom

    def _repick(
        self,
        session: Session,
        store: m.Store,
        row: m.Appointment,
        add: Sequence[uuid.UUID],
        remove: Sequence[uuid.UUID],
        *,
        recheck: bool,
    ) -> None:
        """Release the removed pieces, reserve the added ones for the slot, and (after
        a move) check the pieces kept are still free at the new time."""
        held = {
            s.piece_id: s
            for s in session.scalars(
                select(m.PreSelection).where(
                    m.PreSelection.appointment_id == row.id, m.PreSelection.deleted.is_(False)
                )
            )
        }
        for piece_id in dict.fromkeys(remove):
            if piece_id in held:
                held.pop(piece_id).deleted = True
        session.flush()
        if recheck:
            for selection in held.values():
                if (
                    available(
                        session,
                        store.id,
                        selection.piece_id,
                        row.starts_at,
                        row.ends_at,
                        exclude=row.id,
                    )
                    < selection.quantity
                ):
                    self._refuse_piece(session, store, row, selection.piece_id)
        self._reserve(session, store, row, [p for p in add if p not in held])

    def cancel(self, appointment_id: uuid.UUID, reason: str = "") -> Written[AppointmentRecord]:
        """Cancel; the slot, room and reserved pieces are freed."""
        return self.set_status(appointment_id, AppointmentStatus.CANCELLED, note=reason)

    def set_status(
        self, appointment_id: uuid.UUID, status: AppointmentStatus | str, *, note: str = ""
    ) -> Written[AppointmentRecord]:
        status = one_of(AppointmentStatus, status, "status", "appointment.status")
        with unit_of_work(self.desk) as work:
            row = work.session.get(m.Appointment, appointment_id)
            if row is None or row.deleted:
                raise NotFound("appointment.not_found")
            if status not in APPOINTMENT_FLOW[row.status]:
                raise ValidationError(
                    "appointment.status_flow",
                    old=Ref(f"word.appointment_status.{row.status.value}"),
                    new=Ref(f"word.appointment_status.{status.value}"),
                )
            if status is AppointmentStatus.CONFIRMED:
                row.confirmed_at = now_utc()
            if status is AppointmentStatus.CANCELLED:
                row.cancelled_reason = clean(note)
            row.status = status
        return Written(freeze(row), work.changes)

    def record_outcome(
        self, appointment_id: uuid.UUID, outcome: str, note: str = ""
    ) -> Written[AppointmentRecord]:
        """Record what came of the appointment (a purchase, wishlist additions, a next
        step). While it is open the outcome can be revised; once completed it can be
        recorded if it was not yet, and is then kept as it was. A cancelled or no-show
        appointment had no outcome to record: refused, like any change once closed."""
        outcome, note = clean(outcome), clean_text(note)
        with unit_of_work(self.desk) as work:
            row = work.session.get(m.Appointment, appointment_id)
            if row is None or row.deleted:
                raise NotFound("appointment.not_found")
            if (row.outcome, row.outcome_note) != (
                outcome,
                note,
            ):  # the same again (a second tap) changes nothing
                unrecorded = row.status is AppointmentStatus.COMPLETED and not (
                    row.outcome or row.outcome_note
                )
                if row.status not in OPEN_APPOINTMENT and not unrecorded:
                    raise ValidationError(
                        "appointment.closed",
                        status=Ref(f"word.appointment_status.{row.status.value}"),
                    )
                row.outcome, row.outcome_note = outcome, note
        return Written(freeze(row), work.changes)

    def update_notes(self, appointment_id: uuid.UUID, notes: str) -> Written[AppointmentRecord]:
        """Change the internal notes of an open appointment."""
        with unit_of_work(self.desk) as work:
            row = self._open_row(work.session, appointment_id)
            row.notes = clean_text(notes)
        return Written(freeze(row), work.changes)

    def tick(self, item_id: uuid.UUID, done: bool = True) -> Written[ChecklistItemRecord]:
        """Tick (or untick) a preparation checklist item of an open appointment; a
        closed one keeps its checklist as it was."""
        with unit_of_work(self.desk) as work:
            item = work.session.get(m.ChecklistItem, item_id)
            if item is None or item.deleted:
                raise NotFound("appointment.not_found")
            self._open_row(work.session, item.appointment_id)
            item.done = bool(done)
        return Written(freeze(item), work.changes)

    # --- reads ----------------------------------------------------------------------

    def between(
        self,
        start: dt.datetime,
        end: dt.datetime,
        *,
        store_id: uuid.UUID | None = None,
        advisor_id: uuid.UUID | None = None,
        room_id: uuid.UUID | None = None,
        include_closed: bool = False,
    ) -> list[AppointmentRecord]:
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
                query = query.where(
                    or_(
                        m.Appointment.advisor_id == advisor_id,
                        m.Appointment.second_advisor_id == advisor_id,
                    )
                )
            if room_id is not None:
                query = query.where(m.Appointment.room_id == room_id)
            return [freeze(r) for r in s.scalars(query.order_by(m.Appointment.starts_at))]

    def get(
        self, appointment_id: uuid.UUID
    ) -> tuple[AppointmentRecord, list[PreSelectionRecord], list[ChecklistItemRecord]]:
        with reading(self.desk) as s:
            row = s.get(m.Appointment, appointment_id)
            if row is None or row.deleted:
                raise NotFound("appointment.not_found")
            selections = [
                freeze(p)
                for p in s.scalars(
                    select(m.PreSelection).where(
                        m.PreSelection.appointment_id == row.id, m.PreSelection.deleted.is_(False)
                    )
                )
            ]
            checklist = [
                freeze(c)
                for c in s.scalars(
                    select(m.ChecklistItem)
                    .where(
                        m.ChecklistItem.appointment_id == row.id, m.ChecklistItem.deleted.is_(False)
                    )
                    .order_by(m.ChecklistItem.position)
                )
            ]
            return freeze(row), selections, checklist


def available(
    session: Session,
    store_id: uuid.UUID,
    piece_id: uuid.UUID,
    start: dt.datetime,
    end: dt.datetime,
    *,
    exclude: uuid.UUID | None = None,
) -> int:
    """Pieces on hand at the store, less those reserved by open appointments
    overlapping the slot."""
    on_hand = (
        session.scalar(
            select(m.StockLevel.on_hand).where(
                m.StockLevel.store_id == store_id,
                m.StockLevel.piece_id == piece_id,
                m.StockLevel.deleted.is_(False),
            )
        )
        or 0
    )
    query = (
        select(func.coalesce(func.sum(m.PreSelection.quantity), 0))
        .join(m.Appointment, m.Appointment.id == m.PreSelection.appointment_id)
        .where(
            m.PreSelection.piece_id == piece_id,
            m.PreSelection.deleted.is_(False),
            m.Appointment.store_id == store_id,
            m.Appointment.deleted.is_(False),
            m.Appointment.status.in_(OPEN_APPOINTMENT),
            m.Appointment.starts_at < end,
            m.Appointment.ends_at > start,
        )
    )
    if exclude is not None:
        query = query.where(m.Appointment.id != exclude)
    reserved = session.scalar(query) or 0
    return on_hand - int(reserved)
