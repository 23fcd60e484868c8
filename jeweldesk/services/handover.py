"""Handover and the store manager's view of all books: a client (or a whole book)
moves to another advisor with its plan, open tasks and a handover note; the old
advisor gets a farewell-and-introduction task, the new one a first-contact task. The
old entry closes in the same transaction the new one opens: a client is never left
without an advisor."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jeweldesk.domain import books as rule
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.intelligence import action_id, action_key
from jeweldesk.domain.intelligence.calendar import local_day
from jeweldesk.domain.intelligence.facts import Bilingual
from jeweldesk.domain.intelligence.proposals import encode
from jeweldesk.domain.messages import Named
from jeweldesk.domain.names import clean_text
from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE, ROLES_WITH_BOOKS
from jeweldesk.services.base import Notice, Written, known_row, now_utc, reading, unit_of_work
from jeweldesk.services.books import BOOK_MAX, BOOK_MIN
from jeweldesk.services.client_facts import _greeting
from jeweldesk.services.directory import staff_row
from jeweldesk.services.views import BookStatus
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


@dataclass(frozen=True)
class Handover:
    clients: tuple[uuid.UUID, ...]
    from_advisor: uuid.UUID
    to_advisor: uuid.UUID
    tasks_moved: int
    sensitive_notes: int  # withheld from the new advisor by policy


@dataclass(frozen=True)
class AdvisorBook:
    """One line of the store manager's view."""

    advisor_id: uuid.UUID
    name: str
    role: str
    status: BookStatus
    open_actions: int
    overdue_actions: int
    vic: int
    churn_risk: int
    name_local: str = ""  # the advisor's name in their own script, if it differs

    def shown_name(self, lang: str) -> str:
        """The advisor's name as the interface's language writes it: 陈雨 on a Chinese
        screen, Chen Yu on an English one (and whenever no local name is held)."""
        return Bilingual(self.name, self.name_local).text(lang)


@dataclass(frozen=True)
class Suggestion:
    client_id: uuid.UUID
    name: str
    segment: str
    engagement: int
    reason: str


def _entry(session: Session, advisor_id: uuid.UUID, client_id: uuid.UUID) -> m.BookEntry | None:
    return session.scalar(
        select(m.BookEntry).where(
            m.BookEntry.advisor_id == advisor_id,
            m.BookEntry.client_id == client_id,
            m.BookEntry.ended_at.is_(None),
            m.BookEntry.deleted.is_(False),
        )
    )


class HandoverService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _check(
        self, session: Session, old_id: uuid.UUID | str, new_id: uuid.UUID | str
    ) -> tuple[m.Staff, m.Staff]:
        acting = (
            session.get(m.Staff, self.desk.acting_staff_id) if self.desk.acting_staff_id else None
        )
        if acting is not None and acting.role not in rule.ROLES_CHANGING_ANY_BOOK:
            raise ValidationError("handover.not_allowed")
        old, new = staff_row(session, old_id), staff_row(session, new_id)
        if old.id == new.id:
            raise ValidationError("handover.same_advisor", field="to")
        if not new.active:
            raise ValidationError("handover.inactive", name=Named(new.name, new.name_local))
        if new.role not in ROLES_WITH_BOOKS:
            raise ValidationError("book.not_advisor", name=Named(new.name, new.name_local))
        # The books rule head office applies to the same changes: both books this store's.
        for advisor, adding in ((old, False), (new, True)):
            refused = (
                rule.refusal(acting, advisor, self.desk.home_store_id, adding=adding)
                if acting is not None
                else rule.advisor_refusal(advisor, self.desk.home_store_id, adding=adding)
            )
            if refused is not None:
                raise refused
        return old, new

    def reassign(
        self,
        client_ids: Sequence[uuid.UUID] | uuid.UUID,
        from_advisor: uuid.UUID | str,
        to_advisor: uuid.UUID | str,
        *,
        note: str = "",
    ) -> Written[Handover]:
        """Move clients from one book to another, with their development plan, open
        tasks and the handover note."""
        ids = [client_ids] if isinstance(client_ids, uuid.UUID) else list(client_ids)
        note = clean_text(note)  # typed in a multi-line box: its lines are kept
        with unit_of_work(self.desk) as work:
            s = work.session
            old, new = self._check(s, from_advisor, to_advisor)
            store = known_row(s, m.Store, new.store_id or self.desk.home_store_id)
            now = now_utc()
            today = local_day(now, store.timezone)
            moved = 0
            for cid in ids:
                entry = _entry(s, old.id, cid)
                if entry is None:
                    raise ValidationError("book.not_in_book", client=str(cid))
                entry.ended_at, entry.handover_note = now, note
                if _entry(s, new.id, cid) is None:
                    s.add(
                        m.BookEntry(
                            advisor_id=new.id,
                            client_id=cid,
                            since=today,
                            development_plan=entry.development_plan,
                            handover_note=note,
                        )
                    )
                for task in s.scalars(
                    select(m.NextBestAction).where(
                        m.NextBestAction.client_id == cid,
                        m.NextBestAction.advisor_id == old.id,
                        m.NextBestAction.status.in_(["open", "snoozed"]),
                        m.NextBestAction.deleted.is_(False),
                    )
                ):
                    task.advisor_id = new.id
                    moved += 1
                self._tasks(s, known_row(s, m.Client, cid), old, new, store, today, now, note)
            sensitive = (
                s.scalar(
                    select(func.count())
                    .select_from(m.Note)
                    .where(
                        m.Note.client_id.in_(ids),
                        m.Note.sensitive.is_(True),
                        m.Note.deleted.is_(False),
                    )
                )
                or 0
            )
            if sensitive and new.role not in ROLES_SEEING_SENSITIVE:
                work.notice("handover.sensitive_withheld", count=sensitive)
            for advisor in (old, new):
                count = (
                    s.scalar(
                        select(func.count())
                        .select_from(m.BookEntry)
                        .where(
                            m.BookEntry.advisor_id == advisor.id,
                            m.BookEntry.ended_at.is_(None),
                            m.BookEntry.deleted.is_(False),
                        )
                    )
                    or 0
                )
                state = BookStatus(advisor.id, count).state
                if state != "ok" and advisor is new:
                    work.notice(f"book.{state}", count=count)
        result = Handover(tuple(ids), old.id, new.id, moved, sensitive)
        return Written(result, work.changes)

    def _tasks(
        self,
        s: Session,
        client: m.Client,
        old: m.Staff,
        new: m.Staff,
        store: m.Store,
        today: dt.date,
        now: dt.datetime,
        note: str,
    ) -> None:
        """Farewell-and-introduction for the old advisor (if still here), first contact
        for the new. Keys name both advisors, so a repeated handover adds nothing."""
        name = _greeting(client)
        tasks = [
            (
                "handover_first_contact",
                new,
                7,
                {"predecessor": Bilingual(old.name, old.name_local or old.name)},
            )
        ]
        if old.active:
            tasks.append(
                (
                    "handover_farewell",
                    old,
                    3,
                    {"successor": Bilingual(new.name, new.name_local or new.name)},
                )
            )
        for kind, advisor, days, extra in tasks:
            key = action_key(kind, client.id, old.id.hex[:8], new.id.hex[:8], today.isoformat())
            if s.get(m.NextBestAction, action_id(key)) is None:
                s.add(
                    m.NextBestAction(
                        id=action_id(key),
                        action_key=key,
                        client_id=client.id,
                        advisor_id=advisor.id,
                        store_id=store.id,
                        kind=kind,
                        params=encode({"name": name, "note": note, **extra}),
                        channel=client.preferred_channel,
                        priority=80,
                        due_on=today + dt.timedelta(days=days),
                        created_at=now,
                        status="open",
                    )
                )

    def hand_over_book(
        self, from_advisor: uuid.UUID | str, to_advisor: uuid.UUID | str, *, note: str = ""
    ) -> Written[Handover]:
        """The whole book of an advisor who leaves, to one colleague."""
        with reading(self.desk) as s:
            old = staff_row(s, from_advisor)
            ids = list(
                s.scalars(
                    select(m.BookEntry.client_id).where(
                        m.BookEntry.advisor_id == old.id,
                        m.BookEntry.ended_at.is_(None),
                        m.BookEntry.deleted.is_(False),
                    )
                )
            )
        if not ids:
            raise ValidationError("handover.empty_book", name=Named(old.name, old.name_local))
        return self.reassign(ids, old.id, to_advisor, note=note)

    def store_books(
        self, store_code: str | None = None, *, day: dt.date | None = None
    ) -> list[AdvisorBook]:
        """Every advisor's book at the store: size against 30–50, open and overdue
        actions, VICs and clients at risk."""
        with reading(self.desk) as s:
            store = (
                s.scalar(select(m.Store).where(m.Store.code == store_code))
                if store_code
                else s.get(m.Store, self.desk.home_store_id)
            )
            if store is None:
                raise NotFound("kpi.store_unknown", code=store_code or "")
            today = day or local_day(now_utc(), store.timezone)
            staff = s.scalars(
                select(m.Staff)
                .where(
                    m.Staff.store_id == store.id,
                    m.Staff.active.is_(True),
                    m.Staff.role.in_(ROLES_WITH_BOOKS),
                )
                .order_by(m.Staff.name)
            ).all()
            out = []
            for p in staff:
                ids = list(
                    s.scalars(
                        select(m.BookEntry.client_id).where(
                            m.BookEntry.advisor_id == p.id,
                            m.BookEntry.ended_at.is_(None),
                            m.BookEntry.deleted.is_(False),
                        )
                    )
                )
                acts = (
                    s.execute(
                        select(m.NextBestAction.due_on).where(
                            m.NextBestAction.advisor_id == p.id,
                            m.NextBestAction.status == "open",
                            m.NextBestAction.deleted.is_(False),
                        )
                    )
                    .scalars()
                    .all()
                )
                cached = s.execute(
                    select(m.Client.segment, m.ClientStanding.churn_risk)
                    .outerjoin(m.ClientStanding, m.ClientStanding.client_id == m.Client.id)
                    .where(m.Client.id.in_(ids))
                ).all()
                out.append(
                    AdvisorBook(
                        p.id,
                        p.name,
                        str(p.role),
                        BookStatus(p.id, len(ids), BOOK_MIN, BOOK_MAX),
                        len(acts),
                        sum(1 for d in acts if d < today),
                        sum(1 for seg, _ in cached if seg == "vic"),
                        sum(1 for _, risk in cached if risk),
                        p.name_local or "",
                    )
                )
            return out

    def suggestions(
        self, advisor_id: uuid.UUID | str, limit: int = 10, lang: str | None = None
    ) -> list[Suggestion]:
        """Clients to add to the book: core and potential clients of the store with no
        advisor first, then those whose engagement is rising."""
        from jeweldesk.domain.messages import Ref, render

        lang = lang or self.desk.lang
        with reading(self.desk) as s:
            advisor = staff_row(s, advisor_id)
            held = select(m.BookEntry.client_id).where(
                m.BookEntry.ended_at.is_(None), m.BookEntry.deleted.is_(False)
            )
            mine = select(m.BookEntry.client_id).where(
                m.BookEntry.advisor_id == advisor.id,
                m.BookEntry.ended_at.is_(None),
                m.BookEntry.deleted.is_(False),
            )
            rows = s.execute(
                select(
                    m.Client,
                    m.ClientStanding.engagement,
                    m.ClientStanding.rising,
                    m.Client.id.in_(held),
                )
                .outerjoin(m.ClientStanding, m.ClientStanding.client_id == m.Client.id)
                .where(
                    m.Client.home_store_id == advisor.store_id,
                    m.Client.deleted.is_(False),
                    m.Client.erased_at.is_(None),
                    m.Client.segment.in_(["vic", "core", "potential"]),
                    m.Client.id.not_in(mine),
                )
            ).all()
            picks = []
            for c, engagement, rising, has_advisor in rows:
                if has_advisor:
                    continue  # another advisor's client is not ours to take
                if rising and c.segment in ("core", "potential"):
                    why = render(
                        "suggest.rising",
                        lang,
                        segment=Ref(f"segment.{c.segment}"),
                        score=engagement or 0,
                    )
                    rank = (0, -(engagement or 0))
                else:
                    why = render("suggest.no_advisor", lang, segment=Ref(f"segment.{c.segment}"))
                    rank = (1, -(engagement or 0))
                picks.append(
                    (
                        rank,
                        Suggestion(c.id, _greeting(c).text(lang), c.segment, engagement or 0, why),
                    )
                )
            picks.sort(key=lambda x: x[0])
            return [p for _, p in picks[:limit]]


__all__ = ["AdvisorBook", "Handover", "HandoverService", "Notice", "Suggestion"]
