"""The triggers of DOMAIN.md's next-best-action table, one function each. Each reads a
client's facts on the advisor's day and yields proposals; `propose` runs them all and
applies consent, event fatigue and priority."""

from __future__ import annotations

import datetime as dt
import uuid
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from jeweldesk.domain.cases import sla_clock
from jeweldesk.domain.intelligence import calendar as cal
from jeweldesk.domain.intelligence.consent import choose_channel
from jeweldesk.domain.intelligence.facts import ClientFacts, Invite
from jeweldesk.domain.intelligence.proposals import Proposal, action_key, rank_priority
from jeweldesk.domain.intelligence.rules import Rules
from jeweldesk.domain.intelligence.standing import Standing
from jeweldesk.domain.messages import Ref

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Day:
    """The advisor's day: the store's calendar day and zone, and the instant now."""

    today: dt.date
    now: dt.datetime
    zone: str
    rules: Rules
    advisor_id: uuid.UUID | None = None

    @classmethod
    def at(
        cls, now: dt.datetime, zone: str, rules: Rules, advisor_id: uuid.UUID | None = None
    ) -> Day:
        return cls(cal.local_day(now, zone), now, zone, rules, advisor_id)


def _p(kind: str, f: ClientFacts, due: dt.date, *key: object, **params: object) -> Proposal:
    return Proposal(kind, f.id, action_key(kind, f.id, *key), due, {"name": f.name, **params})


def thank_you(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for p in f.purchases:
        bought = cal.local_day(p.at, d.zone)
        if 0 <= (d.today - bought).days <= 1:
            due = cal.local_day(p.at + 2 * DAY, d.zone)
            yield _p("thank_you", f, due, p.id, date=bought)


def dates(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for date in f.dates:
        if date.kind == "milestone":
            continue
        lead = d.rules.lead_for(date.kind, date.lead_days)
        when = cal.upcoming(date.month, date.day, d.today, lead)
        if when is None:
            continue
        occasion = (
            Ref(f"word.occasion.{date.kind}")
            if date.kind != "custom" or not date.label
            else date.label
        )
        days = (when - d.today).days
        own = date.relationship_id is None
        wishes = [w for w in f.wishes if w.relationship_id == date.relationship_id]
        wishes.sort(key=lambda w: not w.in_stock)
        gift = wishes[0].name if wishes else Ref("word.gift.ask")
        kind = "date_greeting" if own else "gift_reminder"
        p = _p(
            kind,
            f,
            when,
            date.id,
            when.year,
            occasion=occasion,
            date=when,
            days=days,
            gift=gift,
            person=date.person,
        )
        yield replace(p, subject_id=date.id, urgency=max(0, 10 - days))


def milestones(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for date in f.dates:
        if date.kind != "milestone" or date.year is None:
            continue
        when = cal.occurrence(date.month, date.day, date.year)
        if -14 <= (when - d.today).days <= d.rules.lead_for("milestone", date.lead_days):
            what = Ref(f"word.milestone.{date.milestone or 'other'}")
            yield replace(
                _p("milestone", f, max(when, d.today), date.id, milestone=what), subject_id=date.id
            )


CARE = (  # (test, months between services, service)
    (
        lambda p: "pearl" in p.stone and p.category in ("necklace", "bracelet", "strand"),
        12,
        "restringing",
    ),
    (lambda p: "ring" in p.category and "diamond" in p.stone, 6, "prong_check"),
    (lambda p: "white gold" in p.metal, 12, "replating"),
)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))


def care(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for piece in f.pieces:
        if piece.acquired_on is None:
            continue
        rule = next((r for r in CARE if r[0](piece)), None)
        if rule is None:
            continue
        _, months, service = rule
        cycles = (
            (d.today.year - piece.acquired_on.year) * 12 + d.today.month - piece.acquired_on.month
        ) // months
        for n in (cycles, cycles + 1):
            when = _add_months(piece.acquired_on, n * months) if n > 0 else None
            if when and -30 <= (when - d.today).days <= 7:
                p = _p(
                    "care_invitation",
                    f,
                    max(when, d.today),
                    piece.id,
                    n,
                    piece=piece.name,
                    service=Ref(f"word.care.{service}"),
                    months=n * months,
                )
                yield replace(p, subject_id=piece.id)
                break


def collect(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for job in f.jobs_ready:
        ready = cal.local_day(job.ready_at, d.zone) if job.ready_at else d.today
        p = _p(
            "collect_service",
            f,
            min(ready, d.today),
            job.id,
            number=job.number,
            service=Ref(f"word.service.{job.kind}"),
        )
        yield replace(p, subject_id=job.id)


def in_stock(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    wished = {w.piece_id for w in f.wishes}
    # One piece at a time: a list of five "in stock" messages to one client is spam.
    for wish in [w for w in f.wishes if w.in_stock][:1]:
        yield replace(
            _p("in_stock", f, d.today + 2 * DAY, wish.id, piece=wish.name), subject_id=wish.piece_id
        )
    for piece in f.stone_matches[:1]:
        if piece.id not in wished:
            p = _p(
                "stone_in_stock",
                f,
                d.today + 3 * DAY,
                piece.id,
                piece=piece.name,
                stone=piece.stone,
            )
            yield replace(p, subject_id=piece.id)


def keep_in_touch(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    if s.days_since_purchase is not None and s.days_since_purchase > d.rules.dormant_days:
        last = (d.today - dt.timedelta(days=s.days_since_purchase)).isoformat()
        yield _p(
            "wake_up",
            f,
            d.today + 7 * DAY,
            last,
            days=s.days_since_purchase,
            stage=Ref(f"lifecycle.{s.lifecycle}"),
        )
        return
    if not f.in_book:
        return
    since = s.days_since_contact
    if since is None:
        since = (d.now - f.created_at).days
    if since >= d.rules.no_contact_days:
        last = (d.today - dt.timedelta(days=since)).isoformat()
        yield _p("check_in", f, d.today + 3 * DAY, last, days=since)


def recovery(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for case in f.open_cases:
        # The case's own clock (domain/cases.py): 2 h to respond, 24 h to resolve.
        sla = sla_clock(case.opened_at, case.first_response_at, case.resolved_at, d.now)
        deadline = sla.due_at
        step = Ref("word.sla.resolve" if case.first_response_at else "word.sla.respond")
        late = sla.overdue
        p = _p(
            "service_recovery",
            f,
            cal.local_day(deadline, d.zone),
            case.id,
            step=step,
            opened=cal.local_day(case.opened_at, d.zone),
        )
        yield replace(p, subject_id=case.id, urgency=5 if late else 0)


def appointments(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for v in f.visits:
        if d.advisor_id is not None and v.advisor_id not in (None, d.advisor_id):
            continue
        local = v.starts_at.astimezone(ZoneInfo(d.zone))
        params = {
            "appointment": Ref(f"word.appointment.{v.kind}"),
            "date": local.date(),
            "time": local.strftime("%H:%M"),
        }
        if v.status == "confirmed" and local.date() == d.today + DAY:
            yield replace(_p("prepare_appointment", f, d.today, v.id, **params), subject_id=v.id)
        elif v.status == "requested" and v.starts_at > d.now:
            asked = cal.local_day(v.requested_at, d.zone) if v.requested_at else d.today
            yield replace(_p("confirm_request", f, asked, v.id, **params), subject_id=v.id)


def fatigued(invites: tuple[Invite, ...], now: dt.datetime, rules: Rules) -> bool:
    """Invited 3+ times in 90 days, or declined the last two invitations."""
    window = now - dt.timedelta(days=rules.fatigue_window_days)
    if sum(1 for i in invites if i.invited_at > window) >= rules.fatigue_invitations:
        return True
    last_two = sorted(invites, key=lambda i: i.invited_at)[-2:]
    return len(last_two) == 2 and all(i.rsvp == "declined" for i in last_two)


def launches(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    invited = {i.event_id for i in f.invites}
    matching = [
        x
        for x in f.launches
        if x.id not in invited
        and (x.collection.lower() in f.loves or (x.stone and x.stone.lower() in f.loves))
    ]
    if not matching or fatigued(f.invites, d.now, d.rules):
        return
    for launch in matching[:1]:
        starts = cal.local_day(launch.starts_at, d.zone) if launch.starts_at else d.today + 7 * DAY
        due = max(d.today, min(d.today + 3 * DAY, starts - 7 * DAY))
        yield replace(
            _p(
                "launch_invitation",
                f,
                due,
                launch.id,
                launch=launch.name,
                date=starts,
                collection=launch.collection,
            ),
            subject_id=launch.id,
        )


def benefits(f: ClientFacts, d: Day, s: Standing) -> Iterator[Proposal]:
    for perk in f.perks:
        if perk.valid_until is None or perk.remaining == 0:
            continue
        left = (perk.valid_until - d.today).days
        if 0 <= left <= d.rules.benefit_warning_days:
            due = max(d.today, perk.valid_until - 7 * DAY)
            p = _p(
                "benefit_expiring",
                f,
                due,
                perk.id,
                perk.valid_until,
                benefit=perk.title,
                date=perk.valid_until,
                days=left,
            )
            yield replace(p, subject_id=perk.id, urgency=max(0, 10 - left))


TRIGGERS = (
    thank_you,
    dates,
    milestones,
    care,
    collect,
    in_stock,
    keep_in_touch,
    recovery,
    appointments,
    launches,
    benefits,
)


def propose(f: ClientFacts, s: Standing, d: Day) -> list[Proposal]:
    """Every action the client's records call for today, each with its channel and
    priority. Marketing is proposed only on a channel the client consented to."""
    out, seen = [], set()
    for trigger in TRIGGERS:
        for p in trigger(f, d, s):
            if p.key in seen:  # the same record twice (a sync echo): one action
                continue
            seen.add(p.key)
            channel = None
            if p.purpose != "internal":
                channel = choose_channel(f.grants, p.purpose, f.preferred_channel, f.channels)
                if channel is None and p.marketing:
                    continue
            out.append(
                replace(p, channel=channel, priority=rank_priority(p.kind, s.segment, p.urgency))
            )
    return out
