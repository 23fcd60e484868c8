"""The advisor's day: next-best actions generated from the records of their book,
stored idempotently, ranked, each with a reason, a draft message and an outcome."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.intelligence import Day, action_id, assess, propose
from jeweldesk.domain.intelligence import consent as consent_rules
from jeweldesk.domain.intelligence import proposals as pr
from jeweldesk.domain.intelligence.calendar import contact_window, local_day
from jeweldesk.domain.intelligence.facts import Bilingual, ClientFacts, Grant
from jeweldesk.domain.intelligence.proposals import Proposal
from jeweldesk.domain.messages import Ref, normalise_language
from jeweldesk.domain.names import clean_text, display_name
from jeweldesk.domain.vocab import NameOrder
from jeweldesk.services import client_facts, segments
from jeweldesk.services.base import Written, known_row, now_utc, reading, unit_of_work
from jeweldesk.services.directory import staff_row
from jeweldesk.services.records import NextBestActionRecord
from jeweldesk.services.segments import load_rules
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

OUTCOMES = ("done", "snoozed", "not_relevant")
# Keep-in-touch proposals name the silence by its start: the store's date less a whole
# number of days since the last contact (or purchase). That date moves by one when the
# clock passes the hour of that contact, so a proposal a day apart from one already
# stored is the same silence, not a new one.
SILENCES = ("check_in", "wake_up")


@dataclass(frozen=True)
class ActionView:
    """An action as the advisor's list shows it. `client_name` is how the advisor greets
    the client ("王女士", as the reason and the draft address them), which two clients
    may share; `client_display_name` tells them apart ("Wang Xinyu 王馨雨"), as the
    client list names them."""

    id: uuid.UUID
    key: str
    kind: str
    client_id: uuid.UUID
    client_name: str
    client_display_name: str
    client_language: str
    priority: int
    due_on: dt.date
    overdue: bool
    status: str
    channel: str | None
    reason: str
    draft: str | None
    contact_from: dt.datetime | None
    contact_until: dt.datetime | None
    note: str
    # What the action is for (service, marketing, internal): Done asks how the client
    # was contacted unless it is internal (preparing an appointment, say).
    purpose: str = ""


def _book(session: Session, advisor_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(
            select(m.BookEntry.client_id).where(
                m.BookEntry.advisor_id == advisor_id,
                m.BookEntry.ended_at.is_(None),
                m.BookEntry.deleted.is_(False),
            )
        )
    )


def _now_on(day: dt.date | None, zone: str) -> dt.datetime:
    """`day` at 09:00 in the store's zone (a morning run), or now."""
    if day is None:
        return now_utc()
    from zoneinfo import ZoneInfo

    return dt.datetime.combine(day, dt.time(9), tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


class ActionService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._generated: dict[
            tuple[str, dt.date], int
        ] = {}  # (advisor, day) → records epoch it saw

    def generate(
        self,
        advisor_id: uuid.UUID | str,
        *,
        day: dt.date | None = None,
        now: dt.datetime | None = None,
    ) -> Written[int]:
        """Propose today's actions for the advisor's book. Idempotent: a proposal already
        stored (whatever its outcome) is left alone; an open action whose trigger went
        away is marked lapsed. Returns the number of new actions."""
        with unit_of_work(self.desk) as work:
            s = work.session
            advisor = staff_row(s, advisor_id)
            store = known_row(s, m.Store, advisor.store_id or self.desk.home_store_id)
            now = now or _now_on(day, store.timezone)
            rules = load_rules(s)
            d = Day.at(now, store.timezone, rules, advisor.id)
            ids = _book(s, advisor.id)
            facts = client_facts.load(s, ids, store=store, now=now)
            proposals = [
                p for fx in facts.values() for p in propose(fx, assess(fx, d.today, rules, now), d)
            ]
            existing = (
                {
                    r.action_key: r
                    for r in s.scalars(
                        select(m.NextBestAction).where(
                            m.NextBestAction.client_id.in_(ids), m.NextBestAction.deleted.is_(False)
                        )
                    )
                }
                if ids
                else {}
            )
            stored = _silences(existing)
            made = 0
            for p in proposals:
                if p.key in existing or _same_silence(p.key, stored):
                    continue
                s.add(
                    m.NextBestAction(
                        id=action_id(p.key),
                        action_key=p.key,
                        client_id=p.client_id,
                        advisor_id=advisor.id,
                        store_id=store.id,
                        kind=p.kind,
                        subject_id=p.subject_id,
                        params=pr.encode(p.params),
                        channel=p.channel,
                        priority=p.priority,
                        due_on=p.due,
                        created_at=now,
                        status="open",
                    )
                )
                made += 1
            # Consent first: a marketing action gone for want of consent is withheld (and
            # comes back with it), not lapsed as if its trigger had gone away.
            _follow_consent(existing, facts, proposals, now, d.today)
            live = {p.key for p in proposals}
            for key, row in existing.items():
                if (
                    row.status == "open"
                    and pr.KINDS.get(row.kind, (0, "", False))[2]
                    and key not in live
                ):
                    row.status, row.outcome_at, row.outcome_on = "lapsed", now, d.today
        return Written(made, work.changes)

    def today(
        self,
        advisor_id: uuid.UUID | str,
        *,
        day: dt.date | None = None,
        lang: str | None = None,
        generate: bool = True,
        now: dt.datetime | None = None,
    ) -> list[ActionView]:
        """The advisor's open actions for the day, ranked: priority first, then the
        earliest due. Snoozed actions come back on their day."""
        if generate:
            seen = (str(advisor_id), day or dt.date.today())
            if now is not None or self._generated.get(seen) != segments.EPOCH[0]:
                self.generate(advisor_id, day=day, now=now)
                self._generated[seen] = segments.EPOCH[0]
        lang = normalise_language(lang or self.desk.lang)
        with reading(self.desk) as s:
            advisor = staff_row(s, advisor_id)
            store = known_row(s, m.Store, advisor.store_id or self.desk.home_store_id)
            now = now or _now_on(day, store.timezone)
            today = local_day(now, store.timezone)
            rows = s.execute(
                select(m.NextBestAction, m.Client)
                .join(m.Client, m.Client.id == m.NextBestAction.client_id)
                .where(
                    m.NextBestAction.advisor_id == advisor.id,
                    m.NextBestAction.deleted.is_(False),
                    or_(
                        m.NextBestAction.status == "open",
                        (m.NextBestAction.status == "snoozed")
                        & (m.NextBestAction.snoozed_until <= today),
                    ),
                )
            ).all()
            me = Bilingual(advisor.name, advisor.name_local or advisor.name)
            grants = _grants(s, list({a.client_id for a, _ in rows}))
            views = [
                _unsent(view) if not _channel_allowed(a, grants.get(a.client_id, [])) else view
                for a, c in rows
                if _consented(a, grants.get(a.client_id, []))
                for view in (_view(a, c, lang, me, today, now, store.timezone),)
            ]
        views.sort(
            key=lambda v: (
                -v.priority - (5 if v.overdue else 0),
                v.due_on,
                v.client_display_name,
                v.key,
            )
        )
        return views

    def _outcome(
        self,
        action_id_: uuid.UUID,
        status: str,
        note: str,
        until: dt.date | None = None,
        contact: dict[str, Any] | None = None,
    ) -> Written[NextBestActionRecord]:
        with unit_of_work(self.desk) as work:
            row = work.session.get(m.NextBestAction, action_id_)
            if row is None or row.deleted:
                raise NotFound("action.not_found")
            zone = (
                known_row(work.session, m.Store, row.store_id).timezone if row.store_id else "UTC"
            )
            when = now_utc()
            if status == "snoozed" and (until is None or until <= local_day(when, zone)):
                raise ValidationError("action.snooze_past", field="until")
            row.status, row.snoozed_until = status, until
            row.note = clean_text(note) or row.note
            row.outcome_at, row.outcome_on, row.outcome_by_id = (
                when,
                local_day(when, zone),
                self.desk.acting_staff_id,
            )
            if status == "done" and row.kind == "launch_invitation":
                # The client was invited: the fatigue guard must count it.
                from jeweldesk.services.events import invitation_from_action

                invitation_from_action(work.session, row, self.desk.acting_staff_id, when)
            if contact is not None:
                from jeweldesk.services.interactions import record_contact

                record_contact(
                    self.desk, work.session, row.client_id, action_id=row.id, note=note, **contact
                )
        from jeweldesk.services.base import freeze

        return Written(freeze(row), work.changes)

    def done(
        self,
        action_id_: uuid.UUID,
        note: str = "",
        *,
        kind: str | None = None,
        channel: str | None = None,
        outcome: str = "",
        occurred_at: dt.datetime | None = None,
    ) -> Written[NextBestActionRecord]:
        """The advisor did it (with an optional note of what happened). With `kind`
        (and `channel`), how the contact was made: an interaction is recorded with the
        action, in the same transaction, so last contact and coverage move with it."""
        contact = None
        if kind is not None:
            contact = dict(kind=kind, channel=channel, outcome=outcome, occurred_at=occurred_at)
        return self._outcome(action_id_, "done", note, contact=contact)

    def snooze(
        self, action_id_: uuid.UUID, until: dt.date, note: str = ""
    ) -> Written[NextBestActionRecord]:
        """Bring it back on `until`."""
        return self._outcome(action_id_, "snoozed", note, until)

    def not_relevant(self, action_id_: uuid.UUID, note: str = "") -> Written[NextBestActionRecord]:
        return self._outcome(action_id_, "not_relevant", note)

    def draft(self, action_id_: uuid.UUID, lang: str | None = None) -> str | None:
        """The draft message in `lang` (default: the client's language)."""
        with reading(self.desk) as s:
            row = s.get(m.NextBestAction, action_id_)
            if row is None:
                raise NotFound("action.not_found")
            advisor = s.get(m.Staff, row.advisor_id) if row.advisor_id else None
            me = Bilingual(advisor.name, advisor.name_local or advisor.name) if advisor else None
            language = lang or known_row(s, m.Client, row.client_id).language
            purpose = pr.KINDS.get(row.kind, (0, consent_rules.INTERNAL, False))[1]
            if purpose != consent_rules.INTERNAL:
                # A draft is only ever for a channel the client allows for its purpose.
                grants = _grants(s, [row.client_id]).get(row.client_id, [])
                if not row.channel or not consent_rules.allowed(grants, purpose, row.channel):
                    raise ValidationError(
                        "consent.channel_not_allowed",
                        field="channel",
                        channel=Ref(f"channel.{row.channel}") if row.channel else "–",
                    )
            return pr.draft(row.kind, row.params, normalise_language(language), me)


def _grants(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Grant]]:
    """The consent decisions of `ids`, as the rules read them."""
    out: dict[uuid.UUID, list[Grant]] = {}
    if not ids:
        return out
    for cid, purpose, channel, granted, at in s.execute(
        select(
            m.Consent.client_id,
            m.Consent.purpose,
            m.Consent.channel,
            m.Consent.granted,
            m.Consent.recorded_at,
        ).where(m.Consent.client_id.in_(ids), m.Consent.deleted.is_(False))
    ):
        out.setdefault(cid, []).append(
            Grant(str(purpose), str(channel) if channel else None, granted, at)
        )
    return out


def _consented(a: m.NextBestAction, grants: list[Grant]) -> bool:
    """Whether the action may be on the day: a marketing action only on a channel the
    client consented to (the latest decision, even one pulled since the day was made)."""
    if pr.KINDS.get(a.kind, (0, "", False))[1] != consent_rules.MARKETING:
        return True
    channel = a.channel
    return channel is not None and consent_rules.allowed(grants, consent_rules.MARKETING, channel)


def _channel_allowed(a: m.NextBestAction, grants: list[Grant]) -> bool:
    """Whether the action's channel may carry its message now (service messages are
    allowed until the client withdraws them; internal actions send nothing)."""
    purpose = pr.KINDS.get(a.kind, (0, consent_rules.INTERNAL, False))[1]
    if purpose == consent_rules.INTERNAL or a.channel is None:
        return True
    return consent_rules.allowed(grants, purpose, a.channel)


def _unsent(view: ActionView) -> ActionView:
    """The action without its draft or channel: the client withdrew that channel for
    this purpose since it was proposed, so nothing is offered to send there."""
    return replace(view, channel=None, draft=None, contact_from=None, contact_until=None)


def _follow_consent(
    existing: dict[str, m.NextBestAction],
    facts: dict[uuid.UUID, ClientFacts],
    proposals: list[Proposal],
    now: dt.datetime,
    today: dt.date,
) -> None:
    """Marketing goes only where the client consented, as the latest decision says: an
    open marketing action whose channel lost consent moves to another channel the client
    allows, or is withheld (it leaves the day, uncounted); a withheld one comes back,
    on its proposal's channel, once consent makes it proposable again."""
    live: dict[str, Proposal] = {}
    for p in proposals:
        live[p.key] = p
        found = _silence(p.key)
        if found is not None:  # the same silence, a day apart (see SILENCES)
            kind, client, start = found
            for n in (-1, 1):
                live.setdefault(f"{kind}:{client}:{start + dt.timedelta(days=n)}", p)
    for key, row in existing.items():
        if pr.KINDS.get(row.kind, (0, "", False))[1] != consent_rules.MARKETING:
            continue
        fx = facts.get(row.client_id)
        if fx is None:
            continue
        if row.status in ("open", "snoozed"):
            if row.channel is not None and consent_rules.allowed(
                fx.grants, "marketing", row.channel
            ):
                continue
            channel = consent_rules.choose_channel(
                fx.grants, "marketing", fx.preferred_channel, fx.channels
            )
            if channel is not None:
                row.channel = channel
            else:
                row.status, row.outcome_at, row.outcome_on = "withheld", now, today
        elif row.status == "withheld" and key in live:
            row.status, row.channel = "open", live[key].channel
            row.outcome_at = row.outcome_on = None


def _silence(key: str) -> tuple[str, str, dt.date] | None:
    """(kind, client, start) of a keep-in-touch action key, else None."""
    kind, _, rest = key.partition(":")
    client, _, start = rest.partition(":")
    if kind not in SILENCES:
        return None
    try:
        return kind, client, dt.date.fromisoformat(start)
    except ValueError:
        return None


def _silences(existing: dict[str, m.NextBestAction]) -> set[tuple[str, str, dt.date]]:
    return {s for s in map(_silence, existing) if s is not None}


def _same_silence(key: str, stored: set[tuple[str, str, dt.date]]) -> bool:
    found = _silence(key)
    if found is None:
        return False
    kind, client, start = found
    return any((kind, client, start + dt.timedelta(days=n)) in stored for n in (-1, 1))


def _view(
    a: m.NextBestAction,
    c: m.Client,
    lang: str,
    me: Bilingual,
    today: dt.date,
    now: dt.datetime,
    zone: str,
) -> ActionView:
    hours = (
        (c.contact_hours_start, c.contact_hours_end)
        if c.contact_hours_start and c.contact_hours_end
        else None
    )
    window = contact_window(a.due_on, now, zone, hours) if a.channel else None
    name = client_facts._greeting(c).text(lang)
    shown = display_name(
        family=c.family_name,
        given=c.given_name,
        name_local=c.name_local,
        romanised=c.name_romanised,
        given_first=c.name_order == NameOrder.GIVEN_FIRST,
    )
    return ActionView(
        id=a.id,
        key=a.action_key,
        kind=a.kind,
        client_id=c.id,
        client_name=name,
        client_display_name=shown,
        client_language=normalise_language(c.language),
        priority=a.priority,
        due_on=a.due_on,
        overdue=a.due_on < today,
        status=a.status,
        channel=a.channel,
        reason=pr.reason(a.kind, a.params, lang),
        draft=pr.draft(a.kind, a.params, normalise_language(c.language), me) if a.channel else None,
        contact_from=window[0] if window else None,
        contact_until=window[1] if window else None,
        note=a.note,
        purpose=pr.KINDS.get(a.kind, (0, "", False))[1],
    )
