"""Events and invitations: a launch, a workshop, a private viewing or an in-store event
at the store, the clients invited to it, their answers and who came.

The event-fatigue guard of the next-best actions (invited 3+ times in 90 days, or
declined the last two) counts the invitations written here: inviting a tired client
is allowed, but only once the advisor has seen the warning and confirmed. Marking a
guest as attended records the contact as an interaction and gives their advisor a
follow-up action for the day after."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.events import EVENT_KINDS, ROLES_ORGANISING
from jeweldesk.domain.intelligence import action_id
from jeweldesk.domain.intelligence.calendar import local_day
from jeweldesk.domain.intelligence.consent import choose_channel
from jeweldesk.domain.intelligence.facts import Bilingual, Invite
from jeweldesk.domain.intelligence.proposals import action_key, encode, rank_priority
from jeweldesk.domain.intelligence.rules import Rules
from jeweldesk.domain.intelligence.triggers import fatigued
from jeweldesk.domain.messages import Named, Ref, render
from jeweldesk.domain.names import clean, clean_text, display_name, halfwidth
from jeweldesk.domain.timezones import exists, in_store_time, localise
from jeweldesk.domain.vocab import Channel, InteractionKind, NameOrder, Role, Rsvp
from jeweldesk.services import client_facts
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
from jeweldesk.services.records import EventRecord, InvitationRecord
from jeweldesk.services.segments import load_rules
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

KINDS = EVENT_KINDS
KIND_WORDS = tuple(Ref(f"word.event.{k}") for k in KINDS)
ORGANISERS = ROLES_ORGANISING
DEFAULT_LENGTH = dt.timedelta(hours=2)
MAX_LENGTH = dt.timedelta(hours=14)
MAX_GUESTS = 20  # a client's own guests on one invitation
FOLLOW_UP = "event_follow_up"
NAMESPACE = uuid.UUID("0b8e4f53-58a4-4a0c-9d0e-6e1f2c9a7d31")

Unchanged = Literal[False]


def invitation_id(event_id: uuid.UUID, client_id: uuid.UUID) -> uuid.UUID:
    """One invitation per client and event, whichever device writes it: two offline
    devices inviting the same client write the same row, which sync merges."""
    return uuid.uuid5(NAMESPACE, f"invitation:{event_id.hex}:{client_id.hex}")


def attendance_id(invitation: uuid.UUID) -> uuid.UUID:
    """The interaction that records a guest's attendance, the same on every device."""
    return uuid.uuid5(NAMESPACE, f"attended:{invitation.hex}")


@dataclass(frozen=True)
class FatigueWarning:
    """Why inviting this client again may tire them: `key` is
    `event.fatigue_invited` (with `count` and `days`) or `event.fatigue_declined`."""

    client_id: uuid.UUID
    name: str
    key: str
    params: dict[str, Any]

    def message(self, lang: str = "en") -> str:
        return render(self.key, lang, name=self.name, **self.params)


@dataclass(frozen=True)
class Invited:
    """What `invite` did: the invitations written, and the warnings it found. Without
    the override, a warning means nothing was written."""

    invitations: tuple[InvitationRecord, ...]
    warnings: tuple[FatigueWarning, ...]

    @property
    def held(self) -> bool:
        return bool(self.warnings) and not self.invitations


@dataclass(frozen=True)
class EventView:
    """An event as the list shows it, with its room and host by name and its counts:
    `coming` is the accepted clients and their guests, `places_left` what capacity
    allows beyond them (None: no limit)."""

    event: EventRecord
    room: str
    room_local: str
    host: str
    host_local: str
    invited: int
    accepted: int
    declined: int
    coming: int
    attended: int
    places_left: int | None

    @property
    def id(self) -> uuid.UUID:
        return self.event.id


@dataclass(frozen=True)
class Guest:
    """An invitation with the client's name as lists show it."""

    invitation: InvitationRecord
    client_name: str
    segment: str


@dataclass(frozen=True)
class Candidate:
    """A client who may be invited, with what the fatigue guard says of them."""

    client_id: uuid.UUID
    name: str
    segment: str
    invited: bool
    warning: FatigueWarning | None


def _name(c: m.Client) -> str:
    return display_name(
        family=c.family_name,
        given=c.given_name,
        name_local=c.name_local,
        romanised=c.name_romanised,
        given_first=c.name_order == NameOrder.GIVEN_FIRST,
    )


def _kind(value: object) -> str:
    kind = halfwidth(str(value or "")).strip().lower().replace(" ", "_").replace("-", "_")
    if kind not in KINDS:
        raise ValidationError("event.kind", field="kind", value=str(value), kinds=KIND_WORDS)
    return kind


def parse_capacity(value: object) -> int | None:
    """'40', ' ４０ ', 40 → 40; blank → None (no limit); 0, -3, 2.5 or 'abc' refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError("event.capacity", field="capacity", value=str(value))
    if isinstance(value, int):
        number = value
    else:
        text = halfwidth(str(value)).strip()
        if not text.isdigit():
            raise ValidationError("event.capacity", field="capacity", value=str(value))
        number = int(text)
    if number < 1 or number > 100_000:
        raise ValidationError("event.capacity", field="capacity", value=str(value))
    return number


def _guests(value: object) -> int:
    if isinstance(value, bool):
        raise ValidationError("event.guests", field="guests", value=str(value), most=MAX_GUESTS)
    text = halfwidth(str(value)).strip() if not isinstance(value, int) else str(value)
    if not text.isdigit() or int(text) > MAX_GUESTS:
        raise ValidationError("event.guests", field="guests", value=str(value), most=MAX_GUESTS)
    return int(text)


def _coming(rows: Iterable[m.Invitation], leaving_out: uuid.UUID | None = None) -> int:
    return sum(
        1 + (i.guests or 0)
        for i in rows
        if i.rsvp == Rsvp.ACCEPTED and not i.deleted and i.id != leaving_out
    )


def fatigue(
    client: m.Client, invites: Sequence[Invite], now: dt.datetime, rules: Rules
) -> FatigueWarning | None:
    """The fatigue guard of the next-best actions (`triggers.fatigued`) on the client's
    invitations, with the reason it holds, or None when the client is not tired."""
    if not fatigued(tuple(invites), now, rules):
        return None
    window = now - dt.timedelta(days=rules.fatigue_window_days)
    recent = sum(1 for i in invites if i.invited_at > window)
    if recent >= rules.fatigue_invitations:
        return FatigueWarning(
            client.id,
            _name(client),
            "event.fatigue_invited",
            {"count": recent, "days": rules.fatigue_window_days},
        )
    return FatigueWarning(client.id, _name(client), "event.fatigue_declined", {})


def _invites(session: Session, client_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Invite]]:
    out: dict[uuid.UUID, list[Invite]] = {c: [] for c in client_ids}
    if not client_ids:
        return out
    for cid, event_id, invited_at, rsvp, attended in session.execute(
        select(
            m.Invitation.client_id,
            m.Invitation.event_id,
            m.Invitation.invited_at,
            m.Invitation.rsvp,
            m.Invitation.attended,
        ).where(m.Invitation.client_id.in_(list(client_ids)), m.Invitation.deleted.is_(False))
    ):
        if invited_at.tzinfo is None:  # SQLite hands back naive UTC
            invited_at = invited_at.replace(tzinfo=dt.UTC)
        out.setdefault(cid, []).append(Invite(event_id, invited_at, str(rsvp), attended))
    return out


def add_invitation(
    session: Session,
    event: m.Event,
    client: m.Client,
    staff_id: uuid.UUID | None,
    when: dt.datetime,
) -> m.Invitation:
    """Write the client's invitation to `event` (or bring back one withdrawn). The row
    id is the same on every device (`invitation_id`)."""
    key = invitation_id(event.id, client.id)
    row = session.get(m.Invitation, key)
    if row is None:
        row = m.Invitation(
            id=key,
            event_id=event.id,
            client_id=client.id,
            invited_by_id=staff_id,
            invited_at=when,
            rsvp=Rsvp.PENDING,
            guests=0,
        )
        session.add(row)
    elif row.deleted:
        row.deleted = False
        row.invited_by_id, row.invited_at = staff_id, when
        row.rsvp, row.rsvp_at, row.guests, row.attended = Rsvp.PENDING, None, 0, None
    return row


def invitation_from_action(
    session: Session, action: m.NextBestAction, staff_id: uuid.UUID | None, when: dt.datetime
) -> m.Invitation | None:
    """A launch-invitation action marked done: the client was invited, so the
    invitation is written and the fatigue guard counts it. Nothing for an event that
    is gone or cancelled, or where the client is already invited."""
    if action.kind != "launch_invitation" or action.subject_id is None:
        return None
    event = session.get(m.Event, action.subject_id)
    client = session.get(m.Client, action.client_id)
    if event is None or event.deleted or event.cancelled_at is not None or client is None:
        return None
    existing = session.get(m.Invitation, invitation_id(event.id, client.id))
    if existing is not None and not existing.deleted:
        return existing
    same = session.scalar(
        select(m.Invitation).where(
            m.Invitation.event_id == event.id,
            m.Invitation.client_id == client.id,
            m.Invitation.deleted.is_(False),
        )
    )
    if same is not None:
        return same
    return add_invitation(session, event, client, staff_id or action.advisor_id, when)


class EventService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- who ----------------------------------------------------------------------------

    def may_organise(self) -> bool:
        """Whether whoever is signed in may create, edit and cancel events (store
        managers, VIC consultants and head office)."""
        if self.desk.acting_staff_id is None:
            return False
        with reading(self.desk) as s:
            role = s.scalar(select(m.Staff.role).where(m.Staff.id == self.desk.acting_staff_id))
        return role is not None and Role(role) in ORGANISERS

    def _organiser(self, session: Session) -> None:
        role = (
            session.scalar(select(m.Staff.role).where(m.Staff.id == self.desk.acting_staff_id))
            if self.desk.acting_staff_id
            else None
        )
        if role is None or Role(role) not in ORGANISERS:
            raise ValidationError("event.not_allowed")

    # --- rules --------------------------------------------------------------------------

    def _times(
        self,
        store: m.Store,
        starts_at: dt.datetime,
        ends_at: dt.datetime | None,
    ) -> tuple[dt.datetime, dt.datetime]:
        start = localise(starts_at, store.timezone)
        end = localise(ends_at, store.timezone) if ends_at else start + DEFAULT_LENGTH
        for field, moment in (("starts_at", start), ("ends_at", end)):
            if not exists(moment):
                raise ValidationError(
                    "appointment.no_such_time", field=field, when=moment.replace(tzinfo=None)
                )
        if start < now_utc() - dt.timedelta(minutes=5):
            raise ValidationError(
                "event.in_past", field="starts_at", when=in_store_time(start, store.timezone)
            )
        if end <= start:
            raise ValidationError("event.ends_before_start", field="ends_at")
        if end - start > MAX_LENGTH:
            raise ValidationError("event.too_long", field="ends_at")
        return start, end

    def _room(self, session: Session, store: m.Store, room_id: uuid.UUID | None) -> None:
        if room_id is None:
            return
        room = session.get(m.Room, room_id)
        if room is None or room.deleted:
            raise NotFound("event.room_not_found")
        if room.store_id != store.id:
            raise ValidationError(
                "appointment.room_other_store",
                field="room_id",
                room=Named(room.name, room.name_local),
            )

    def _host(self, session: Session, store: m.Store, host_id: uuid.UUID | str | None) -> Any:
        if host_id is None:
            return None
        host = staff_row(session, host_id)
        if host.store_id not in (None, store.id):
            raise ValidationError(
                "event.host_other_store", field="host_id", host=Named(host.name, host.name_local)
            )
        return host.id

    def _event(self, session: Session, event_id: uuid.UUID | str, *, open_: bool) -> m.Event:
        try:
            key = event_id if isinstance(event_id, uuid.UUID) else uuid.UUID(str(event_id))
        except ValueError:
            raise ValidationError("id.invalid", value=str(event_id)) from None
        event = session.get(m.Event, key)
        if event is None or event.deleted:
            raise NotFound("event.not_found")
        if open_ and event.cancelled_at is not None:
            raise ValidationError("event.cancelled", title=Named(event.title, event.title_zh))
        return event

    # --- events -------------------------------------------------------------------------

    def create(
        self,
        *,
        kind: str,
        title: str,
        starts_at: dt.datetime,
        ends_at: dt.datetime | None = None,
        capacity: int | str | None = None,
        room_id: uuid.UUID | None = None,
        host_id: uuid.UUID | str | None = None,
        title_zh: str = "",
        collection: str = "",
        description: str = "",
        store_id: uuid.UUID | str | None = None,
    ) -> Written[EventRecord]:
        """Create an event at the store. Naive times are the store's wall-clock time;
        a start already past, an end before the start, a capacity that is not a
        positive whole number, or a room of another store is refused."""
        kind = _kind(kind)
        title, title_zh = clean(title), clean(title_zh)
        if not title and not title_zh:
            raise ValidationError("event.title_required", field="title")
        places = parse_capacity(capacity)
        with unit_of_work(self.desk) as work:
            s = work.session
            self._organiser(s)
            store = store_row(s, store_id or self.desk.home_store_id)
            start, end = self._times(store, starts_at, ends_at)
            self._room(s, store, room_id)
            host = self._host(s, store, host_id)
            event = m.Event(
                store_id=store.id,
                title=title or title_zh,
                title_zh=title_zh,
                kind=kind,
                collection=clean(collection),
                starts_at=start,
                ends_at=end,
                capacity=places,
                description=clean_text(description),
                room_id=room_id,
                host_id=host,
            )
            s.add(event)
        return Written(freeze(event), work.changes)

    def edit(
        self,
        event_id: uuid.UUID | str,
        *,
        kind: str | None = None,
        title: str | None = None,
        title_zh: str | None = None,
        starts_at: dt.datetime | None = None,
        ends_at: dt.datetime | None = None,
        capacity: int | str | None | Unchanged = False,
        room_id: uuid.UUID | None | Unchanged = False,
        host_id: uuid.UUID | str | None | Unchanged = False,
        collection: str | None = None,
        description: str | None = None,
    ) -> Written[EventRecord]:
        """Change what is given (None, or False where None means "none", leaves a field
        as it is). A capacity below the clients already coming is refused."""
        with unit_of_work(self.desk) as work:
            s = work.session
            self._organiser(s)
            event = self._event(s, event_id, open_=True)
            store = known_row(s, m.Store, event.store_id or self.desk.home_store_id)
            if kind is not None and kind != event.kind:
                event.kind = _kind(kind)
            if title is not None or title_zh is not None:
                new_title = clean(title) if title is not None else event.title
                new_zh = clean(title_zh) if title_zh is not None else event.title_zh
                if not new_title and not new_zh:
                    raise ValidationError("event.title_required", field="title")
                event.title, event.title_zh = new_title or new_zh, new_zh
            if starts_at is not None or ends_at is not None:
                length = event.ends_at - event.starts_at
                start_in = starts_at or event.starts_at
                end_in = ends_at or (localise(start_in, store.timezone) + length)
                event.starts_at, event.ends_at = self._times(store, start_in, end_in)
            if capacity is not False:
                places = parse_capacity(capacity)
                coming = _coming(self._invitations(s, event.id))
                if places is not None and coming > places:
                    raise ValidationError(
                        "event.capacity_below_coming",
                        field="capacity",
                        capacity=places,
                        coming=coming,
                    )
                event.capacity = places
            if room_id is not False:
                self._room(s, store, room_id)
                event.room_id = room_id
            if host_id is not False:
                event.host_id = self._host(s, store, host_id)
            if collection is not None:
                event.collection = clean(collection)
            if description is not None:
                event.description = clean_text(description)
        return Written(freeze(event), work.changes)

    def cancel(self, event_id: uuid.UUID | str) -> Written[EventRecord]:
        """Cancel the event: it stays on record, with its invitations, and takes no more
        invitations or answers."""
        with unit_of_work(self.desk) as work:
            s = work.session
            self._organiser(s)
            event = self._event(s, event_id, open_=True)
            event.cancelled_at = now_utc()
        return Written(freeze(event), work.changes)

    # --- reading ------------------------------------------------------------------------

    def _invitations(self, session: Session, event_id: uuid.UUID) -> list[m.Invitation]:
        return list(
            session.scalars(
                select(m.Invitation).where(
                    m.Invitation.event_id == event_id, m.Invitation.deleted.is_(False)
                )
            )
        )

    def _view(self, session: Session, event: m.Event) -> EventView:
        rows = self._invitations(session, event.id)
        room = session.get(m.Room, event.room_id) if event.room_id else None
        host = session.get(m.Staff, event.host_id) if event.host_id else None
        coming = _coming(rows)
        return EventView(
            event=freeze(event),
            room=room.name if room else "",
            room_local=(room.name_local or "") if room else "",
            host=host.name if host else "",
            host_local=(host.name_local or "") if host else "",
            invited=len(rows),
            accepted=sum(1 for i in rows if i.rsvp == Rsvp.ACCEPTED),
            declined=sum(1 for i in rows if i.rsvp == Rsvp.DECLINED),
            coming=coming,
            attended=sum(1 for i in rows if i.attended),
            places_left=None if event.capacity is None else max(0, event.capacity - coming),
        )

    def upcoming(
        self,
        *,
        store_id: uuid.UUID | str | None = None,
        since: dt.date | None = None,
        include_cancelled: bool = True,
    ) -> list[EventView]:
        """The store's events from `since` (default: 30 days ago), soonest first."""
        with reading(self.desk) as s:
            store = store_row(s, store_id or self.desk.home_store_id)
            since = since or (local_day(now_utc(), store.timezone) - dt.timedelta(days=30))
            start = dt.datetime.combine(since, dt.time(0), tzinfo=dt.UTC)
            query = select(m.Event).where(
                m.Event.store_id == store.id,
                m.Event.deleted.is_(False),
                m.Event.ends_at >= start,
            )
            if not include_cancelled:
                query = query.where(m.Event.cancelled_at.is_(None))
            events = s.scalars(query.order_by(m.Event.starts_at)).all()
            return [self._view(s, e) for e in events]

    def get(self, event_id: uuid.UUID | str) -> EventView:
        with reading(self.desk) as s:
            return self._view(s, self._event(s, event_id, open_=False))

    def guests(self, event_id: uuid.UUID | str) -> list[Guest]:
        """The event's invitations, by client name."""
        with reading(self.desk) as s:
            event = self._event(s, event_id, open_=False)
            rows = s.execute(
                select(m.Invitation, m.Client)
                .join(m.Client, m.Client.id == m.Invitation.client_id)
                .where(m.Invitation.event_id == event.id, m.Invitation.deleted.is_(False))
            ).all()
            out = [Guest(freeze(i), _name(c), c.segment or "") for i, c in rows]
        out.sort(key=lambda g: g.client_name.lower())
        return out

    def candidates(
        self,
        event_id: uuid.UUID | str,
        *,
        advisor_id: uuid.UUID | str | None = None,
        everyone: bool = False,
        segment: str | None = None,
        preference: str | None = None,
    ) -> list[Candidate]:
        """Clients to invite: the advisor's book (default: the person signed in), or
        with `everyone` the store's clients; narrowed to a segment and to those whose
        preferences mention `preference`. Each says whether they are invited already
        and what the fatigue guard finds."""
        with reading(self.desk) as s:
            event = self._event(s, event_id, open_=False)
            query = select(m.Client).where(
                m.Client.deleted.is_(False), m.Client.erased_at.is_(None)
            )
            if everyone:
                query = query.where(m.Client.home_store_id == event.store_id)
            else:
                who = advisor_id or self.desk.acting_staff_id
                if who is None:
                    return []
                advisor = staff_row(s, who)
                query = query.join(m.BookEntry, m.BookEntry.client_id == m.Client.id).where(
                    m.BookEntry.advisor_id == advisor.id,
                    m.BookEntry.ended_at.is_(None),
                    m.BookEntry.deleted.is_(False),
                )
            if segment:
                query = query.where(m.Client.segment == segment.strip().lower())
            if preference and preference.strip():
                wanted = f"%{preference.strip().lower()}%"
                query = query.where(
                    m.Client.id.in_(
                        select(m.Preference.client_id).where(
                            m.Preference.deleted.is_(False),
                            m.Preference.value.ilike(wanted),
                        )
                    )
                )
            clients = list(s.scalars(query).unique())
            invites = _invites(s, [c.id for c in clients])
            rules, now = load_rules(s), now_utc()
            out = []
            for c in clients:
                held = invites.get(c.id, [])
                out.append(
                    Candidate(
                        c.id,
                        _name(c),
                        c.segment or "",
                        any(i.event_id == event.id for i in held),
                        fatigue(c, held, now, rules),
                    )
                )
        out.sort(key=lambda c: c.name.lower())
        return out

    def check(self, client_ids: Sequence[uuid.UUID | str]) -> tuple[FatigueWarning, ...]:
        """What the fatigue guard says of these clients now."""
        with reading(self.desk) as s:
            clients = [client_row(s, c) for c in client_ids]
            invites = _invites(s, [c.id for c in clients])
            rules, now = load_rules(s), now_utc()
            found = (fatigue(c, invites.get(c.id, []), now, rules) for c in clients)
            return tuple(w for w in found if w is not None)

    # --- invitations --------------------------------------------------------------------

    def invite(
        self,
        event_id: uuid.UUID | str,
        client_ids: Sequence[uuid.UUID | str],
        *,
        override: bool = False,
    ) -> Written[Invited]:
        """Invite the clients to the event. Where the fatigue guard warns of one,
        nothing is written and the warnings come back, unless `override` says the
        advisor has seen them and invites anyway. A client already invited, an event
        cancelled or already begun, is refused."""
        if not client_ids:
            raise ValidationError("event.no_clients", field="clients")
        with unit_of_work(self.desk) as work:
            s = work.session
            event = self._event(s, event_id, open_=True)
            now = now_utc()
            if _aware(event.starts_at) <= now:
                raise ValidationError("event.started", title=Named(event.title, event.title_zh))
            clients = list(
                {c.id: c for c in (client_row(s, x, for_edit=True) for x in client_ids)}.values()
            )
            for c in clients:
                row = s.get(m.Invitation, invitation_id(event.id, c.id))
                if row is None:
                    row = s.scalar(
                        select(m.Invitation).where(
                            m.Invitation.event_id == event.id,
                            m.Invitation.client_id == c.id,
                            m.Invitation.deleted.is_(False),
                        )
                    )
                if row is not None and not row.deleted:
                    raise ValidationError(
                        "event.already_invited",
                        field="clients",
                        name=_name(c),
                        title=Named(event.title, event.title_zh),
                    )
            invites = _invites(s, [c.id for c in clients])
            rules = load_rules(s)
            warnings = tuple(
                w
                for w in (fatigue(c, invites.get(c.id, []), now, rules) for c in clients)
                if w is not None
            )
            if warnings and not override:
                return Written(Invited((), warnings), work.changes)
            # One flush for them all: each flush recomputes its clients' standing.
            with s.no_autoflush:
                rows = [
                    add_invitation(s, event, c, self.desk.acting_staff_id, now) for c in clients
                ]
            s.flush()
            made = tuple(freeze(r) for r in rows)
        return Written(Invited(made, warnings), work.changes)

    def withdraw(self, invitation_id_: uuid.UUID | str) -> Written[InvitationRecord]:
        """Take back an invitation sent by mistake (before the event)."""
        with unit_of_work(self.desk) as work:
            row, event = self._invitation(work.session, invitation_id_)
            if row.attended:
                raise ValidationError("event.attended_already", field="invitation")
            row.deleted = True
        return Written(freeze(row), work.changes)

    def _invitation(
        self, session: Session, invitation: uuid.UUID | str
    ) -> tuple[m.Invitation, m.Event]:
        try:
            key = invitation if isinstance(invitation, uuid.UUID) else uuid.UUID(str(invitation))
        except ValueError:
            raise ValidationError("id.invalid", value=str(invitation)) from None
        row = session.get(m.Invitation, key)
        if row is None or row.deleted:
            raise NotFound("event.invitation_not_found")
        return row, self._event(session, row.event_id, open_=True)

    def find_invitation(
        self, event_id: uuid.UUID | str, client_id: uuid.UUID | str
    ) -> InvitationRecord:
        """The client's invitation to the event."""
        with reading(self.desk) as s:
            event = self._event(s, event_id, open_=False)
            client = client_row(s, client_id)
            row = s.scalar(
                select(m.Invitation).where(
                    m.Invitation.event_id == event.id,
                    m.Invitation.client_id == client.id,
                    m.Invitation.deleted.is_(False),
                )
            )
            if row is None:
                raise NotFound("event.invitation_not_found")
            return freeze(row)

    def rsvp(
        self,
        invitation: uuid.UUID | str,
        answer: Rsvp | str,
        *,
        guests: int | str | None = None,
    ) -> Written[InvitationRecord]:
        """The client's answer (accepted, declined, or back to pending) and how many
        guests they bring. An acceptance that would take the event over its capacity
        is refused with the places left."""
        choice = one_of(Rsvp, answer, "rsvp", "event.rsvp")
        count = None if guests is None or str(guests).strip() == "" else _guests(guests)
        with unit_of_work(self.desk) as work:
            s = work.session
            row, event = self._invitation(s, invitation)
            if _aware(event.ends_at) <= now_utc():
                raise ValidationError("event.over", title=Named(event.title, event.title_zh))
            new_guests = row.guests if count is None else count
            if choice is Rsvp.DECLINED:
                new_guests = 0
            if choice is Rsvp.ACCEPTED and event.capacity is not None:
                others = _coming(self._invitations(s, event.id), leaving_out=row.id)
                if others + 1 + new_guests > event.capacity:
                    raise ValidationError(
                        "event.full",
                        field="guests" if new_guests else "rsvp",
                        capacity=event.capacity,
                        left=max(0, event.capacity - others),
                        asked=1 + new_guests,
                    )
            row.rsvp, row.guests = choice, new_guests
            row.rsvp_at = None if choice is Rsvp.PENDING else now_utc()
        return Written(freeze(row), work.changes)

    def attend(
        self, invitation: uuid.UUID | str, attended: bool = True
    ) -> Written[InvitationRecord]:
        """Mark the guest as there (or not, to correct a mistake). Attendance is
        recorded as an interaction of kind event, and the client's advisor gets a
        follow-up action for the day after the event."""
        with unit_of_work(self.desk) as work:
            s = work.session
            row, event = self._invitation(s, invitation)
            if _aware(event.starts_at) > now_utc() + dt.timedelta(hours=1):
                raise ValidationError(
                    "event.not_started",
                    title=Named(event.title, event.title_zh),
                    when=in_store_time(_aware(event.starts_at), self._zone(s, event)),
                )
            row.attended = attended
            client = known_row(s, m.Client, row.client_id)
            self._record_attendance(s, event, row, client, attended)
            self._follow_up(s, event, client, attended)
        return Written(freeze(row), work.changes)

    # --- after the event ----------------------------------------------------------------

    def _zone(self, session: Session, event: m.Event) -> str:
        store_id = event.store_id or self.desk.home_store_id
        return known_row(session, m.Store, store_id).timezone if store_id else "UTC"

    def _record_attendance(
        self,
        session: Session,
        event: m.Event,
        invitation: m.Invitation,
        client: m.Client,
        attended: bool,
    ) -> None:
        key = attendance_id(invitation.id)
        touch = session.get(m.Interaction, key)
        if not attended:
            if touch is not None and not touch.deleted:
                touch.deleted = True
            return
        if touch is None:
            touch = m.Interaction(id=key, client_id=client.id)
            session.add(touch)
        touch.deleted = False
        touch.staff_id = self.desk.acting_staff_id or event.host_id
        touch.store_id = event.store_id
        touch.kind = InteractionKind.EVENT
        touch.channel = Channel.IN_PERSON
        touch.occurred_at = _aware(event.starts_at)
        touch.summary = event.title
        touch.outcome = "attended"
        touch.event_id = event.id

    def _follow_up(
        self, session: Session, event: m.Event, client: m.Client, attended: bool
    ) -> None:
        key = action_key(FOLLOW_UP, client.id, event.id)
        row = session.get(m.NextBestAction, action_id(key))
        if not attended:
            if row is not None and row.status == "open" and not row.deleted:
                row.deleted = True
            return
        if row is not None and not row.deleted:
            return
        zone = self._zone(session, event)
        advisor = session.scalar(
            select(m.BookEntry.advisor_id).where(
                m.BookEntry.client_id == client.id,
                m.BookEntry.ended_at.is_(None),
                m.BookEntry.deleted.is_(False),
            )
        ) or (event.host_id or self.desk.acting_staff_id)
        if advisor is None:
            return
        facts = client_facts.load(session, [client.id], store=session.get(m.Store, event.store_id))
        fact = facts.get(client.id)
        channel = (
            choose_channel(fact.grants, "service", fact.preferred_channel, fact.channels)
            if fact
            else None
        )
        day = local_day(_aware(event.ends_at), zone)
        params = {
            "name": client_facts._greeting(client),
            "event": Bilingual(event.title, event.title_zh or event.title),
            "date": day,
        }
        if row is None:
            row = m.NextBestAction(id=action_id(key), action_key=key)
            session.add(row)
        row.deleted = False
        row.client_id, row.advisor_id, row.store_id = client.id, advisor, event.store_id
        row.kind, row.subject_id, row.params = FOLLOW_UP, event.id, encode(params)
        row.channel = channel
        row.priority = rank_priority(FOLLOW_UP, client.segment or "", 0)
        row.due_on = day + dt.timedelta(days=1)
        row.created_at, row.status = now_utc(), "open"


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive UTC; PostgreSQL aware times."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
