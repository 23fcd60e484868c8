"""`desk.interactions`: the contacts an advisor has with a client (a call, a message, a
visit, an e-mail, attendance at an event, anything else), each with its channel, its
outcome and an optional note. Last contact, coverage, the brief's last conversations
and the keep-in-touch actions are all read from these rows."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.intelligence.calendar import local_day
from jeweldesk.domain.messages import Ref
from jeweldesk.domain.names import clean, clean_text
from jeweldesk.domain.timezones import localise
from jeweldesk.domain.vocab import Channel, InteractionKind
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
from jeweldesk.services.records import InteractionRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

# The channel a kind of contact goes by when none is named.
DEFAULT_CHANNEL: dict[InteractionKind, Channel] = {
    InteractionKind.CALL: Channel.PHONE,
    InteractionKind.VISIT: Channel.IN_PERSON,
    InteractionKind.EMAIL: Channel.EMAIL,
    InteractionKind.EVENT: Channel.IN_PERSON,
    InteractionKind.APPOINTMENT: Channel.IN_PERSON,
}
# The channels each kind can have gone by (a call on WeChat is a call; a visit is in
# person). Kinds not listed go by any channel.
CHANNELS_OF: dict[InteractionKind, frozenset[Channel]] = {
    InteractionKind.CALL: frozenset(
        {Channel.PHONE, Channel.WECHAT, Channel.WHATSAPP, Channel.LINE}
    ),
    InteractionKind.MESSAGE: frozenset(
        {Channel.SMS, Channel.WECHAT, Channel.WHATSAPP, Channel.LINE}
    ),
    InteractionKind.EMAIL: frozenset({Channel.EMAIL}),
    InteractionKind.VISIT: frozenset({Channel.IN_PERSON}),
    InteractionKind.EVENT: frozenset({Channel.IN_PERSON}),
    InteractionKind.APPOINTMENT: frozenset({Channel.IN_PERSON}),
}
# The kinds an advisor logs by hand ("Log contact"); appointments and enquiries are
# recorded where they happen.
LOGGED_KINDS = (
    InteractionKind.CALL,
    InteractionKind.MESSAGE,
    InteractionKind.VISIT,
    InteractionKind.EMAIL,
    InteractionKind.EVENT,
    InteractionKind.OTHER,
)
# Actions that ask for nothing but a contact: any contact logged answers them.
KEEP_IN_TOUCH = ("check_in", "wake_up")
# A tablet's clock a minute or two ahead of the server's is not "the future".
CLOCK_SLACK = dt.timedelta(minutes=2)
NOTE_LIMIT = 4000
OUTCOME_LIMIT = 200


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def channel_for(kind: InteractionKind, channel: object) -> Channel | None:
    """The channel the contact went by: the one named, else the kind's own; refused
    when the kind cannot go by it (an e-mail by phone)."""
    if channel is None or str(channel).strip().lower() in ("", "none"):
        return DEFAULT_CHANNEL.get(kind)
    chosen = one_of(Channel, channel, "channel")
    allowed = CHANNELS_OF.get(kind)
    if allowed is not None and chosen not in allowed:
        raise ValidationError(
            "interaction.channel_mismatch",
            field="channel",
            kind=Ref(f"interaction_kind.{kind}"),
            channel=Ref(f"channel.{chosen}"),
        )
    return chosen


def record_contact(
    desk: Desk,
    session: Session,
    client_id: uuid.UUID | str,
    kind: object,
    *,
    channel: object = None,
    outcome: str = "",
    note: str = "",
    occurred_at: dt.datetime | None = None,
    action_id: uuid.UUID | None = None,
    event_id: uuid.UUID | None = None,
) -> m.Interaction:
    """Validate and add one interaction inside an open unit of work (the log, and an
    action marked done, both write through here)."""
    kind_ = one_of(InteractionKind, kind, "kind", key="interaction.kind")
    channel_ = channel_for(kind_, channel)
    outcome = clean(outcome)
    if len(outcome) > OUTCOME_LIMIT:
        raise ValidationError("text.too_long", field="outcome", start=outcome[:20], limit=200)
    note = clean_text(note)
    if len(note) > NOTE_LIMIT:
        raise ValidationError("text.too_long", field="note", start=note[:20], limit=NOTE_LIMIT)
    if desk.acting_staff_id is None:
        raise ValidationError("interaction.who_required", field="staff")
    client = client_row(session, client_id, for_edit=True)
    store = known_row(session, m.Store, desk.home_store_id) if desk.home_store_id else None
    zone = store.timezone if store else "UTC"
    now = now_utc()
    when = now if occurred_at is None else localise(occurred_at, zone).astimezone(dt.UTC)
    if when > now + CLOCK_SLACK:
        raise ValidationError("interaction.future", field="occurred_at")
    if event_id is not None:
        event = session.get(m.Event, event_id)
        if event is None or event.deleted:
            raise NotFound("interaction.event_not_found")
    row = m.Interaction(
        client_id=client.id,
        staff_id=desk.acting_staff_id,
        store_id=store.id if store else None,
        kind=kind_,
        channel=channel_,
        occurred_at=when,
        summary=note,
        outcome=outcome,
        action_id=action_id,
        event_id=event_id,
    )
    session.add(row)
    _answer_keep_in_touch(desk, session, client.id, when, zone, row, action_id)
    return row


def _answer_keep_in_touch(
    desk: Desk,
    session: Session,
    client_id: uuid.UUID,
    when: dt.datetime,
    zone: str,
    row: m.Interaction,
    action_id: uuid.UUID | None,
) -> None:
    """A contact ends the silence a check-in or wake-up action was about: those open
    for the client are done by it (the first one named on the interaction)."""
    # No flush for this read: the contact is flushed once, with the actions it closes
    # (each flush recomputes the client's standing).
    with session.no_autoflush:
        open_ = session.scalars(
            select(m.NextBestAction).where(
                m.NextBestAction.client_id == client_id,
                m.NextBestAction.kind.in_(KEEP_IN_TOUCH),
                m.NextBestAction.status.in_(("open", "snoozed")),
                m.NextBestAction.deleted.is_(False),
            )
        ).all()
    now = now_utc()
    for action in open_:
        if action.id == action_id:
            continue
        if _aware(action.created_at) > when + CLOCK_SLACK:
            continue  # a contact from before the silence was noticed does not answer it
        action.status, action.snoozed_until = "done", None
        action.outcome_at, action.outcome_on = now, local_day(now, zone)
        action.outcome_by_id = desk.acting_staff_id
        if row.action_id is None:
            row.action_id = action.id


class InteractionService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def log(
        self,
        client_id: uuid.UUID | str,
        kind: str | InteractionKind,
        *,
        channel: str | Channel | None = None,
        outcome: str = "",
        note: str = "",
        occurred_at: dt.datetime | None = None,
        action_id: uuid.UUID | str | None = None,
        event_id: uuid.UUID | str | None = None,
    ) -> Written[InteractionRecord]:
        """Record a contact with the client by the signed-in person. `occurred_at`
        defaults to now (a naive time is the store's wall-clock time); a time in the
        future is refused. With `action_id`, the next-best action it answers is marked
        done too; an open check-in for the client is done by any contact."""
        action_key = _id(action_id, "action_id")
        event_key = _id(event_id, "event_id")
        with unit_of_work(self.desk) as work:
            if action_key is not None:
                action = work.session.get(m.NextBestAction, action_key)
                if action is None or action.deleted:
                    raise NotFound("action.not_found")
                if str(action.client_id) != str(client_row(work.session, client_id).id):
                    raise ValidationError("interaction.action_other_client", field="action_id")
                _close(self.desk, work.session, action, note)
            row = record_contact(
                self.desk,
                work.session,
                client_id,
                kind,
                channel=channel,
                outcome=outcome,
                note=note,
                occurred_at=occurred_at,
                action_id=action_key,
                event_id=event_key,
            )
        return Written(freeze(row), work.changes)

    def for_client(
        self, client_id: uuid.UUID | str, limit: int | None = None
    ) -> list[InteractionRecord]:
        """The client's interactions, newest first."""
        with reading(self.desk) as s:
            client = client_row(s, client_id)
            query = (
                select(m.Interaction)
                .where(m.Interaction.client_id == client.id, m.Interaction.deleted.is_(False))
                .order_by(m.Interaction.occurred_at.desc())
            )
            if limit is not None:
                query = query.limit(limit)
            return [freeze(r) for r in s.scalars(query)]

    def last_contact(self, client_id: uuid.UUID | str) -> dt.datetime | None:
        """When the client was last in touch (UTC), or None."""
        latest = self.for_client(client_id, limit=1)
        return _aware(latest[0].occurred_at) if latest else None


def _close(desk: Desk, session: Session, action: m.NextBestAction, note: str) -> None:
    """Mark `action` done (by the signed-in person, today in its store)."""
    zone = known_row(session, m.Store, action.store_id).timezone if action.store_id else "UTC"
    when = now_utc()
    action.status, action.snoozed_until = "done", None
    action.note = clean_text(note) or action.note
    action.outcome_at, action.outcome_on = when, local_day(when, zone)
    action.outcome_by_id = desk.acting_staff_id


def _id(value: uuid.UUID | str | None, field: str) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError("id.invalid", field=field, value=str(value)) from None
