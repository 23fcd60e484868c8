"""Client books: each advisor's 30–50 priority clients."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from jeweldesk.domain import books as rule
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.messages import Named
from jeweldesk.domain.names import clean_text
from jeweldesk.domain.vocab import AppointmentStatus
from jeweldesk.services.base import Work, Written, freeze, now_utc, reading, unit_of_work
from jeweldesk.services.clients import client_row, summarise
from jeweldesk.services.directory import staff_row
from jeweldesk.services.records import BookEntryRecord
from jeweldesk.services.views import BookRow, BookStatus
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

BOOK_MIN, BOOK_MAX = 30, 50


def _active(advisor_id: uuid.UUID) -> tuple[ColumnElement[bool], ...]:
    return (
        m.BookEntry.advisor_id == advisor_id,
        m.BookEntry.ended_at.is_(None),
        m.BookEntry.deleted.is_(False),
    )


class BookService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _capacity_notice(self, work: Work, advisor_id: uuid.UUID) -> BookStatus:
        count = (
            work.session.scalar(
                select(func.count()).select_from(m.BookEntry).where(*_active(advisor_id))
            )
            or 0
        )
        status = BookStatus(advisor_id, count, BOOK_MIN, BOOK_MAX)
        if status.state == "over":
            work.notice("book.over", count=count)
        elif status.state == "under":
            work.notice("book.under", count=count)
        return status

    def _may_change(self, session: Session, advisor: m.Staff, *, adding: bool) -> None:
        """Refuse unless the person signed in may change `advisor`'s book
        (`domain/books.py`: their own, or any of the store's for a manager). Demo
        seeding writes its books directly: it is not a person."""
        actor = (
            session.get(m.Staff, self.desk.acting_staff_id) if self.desk.acting_staff_id else None
        )
        if actor is None or actor.deleted:
            raise ValidationError("book.sign_in")
        refused = rule.refusal(actor, advisor, self.desk.home_store_id, adding=adding)
        if refused is not None:
            raise refused

    def add(
        self, advisor_id: uuid.UUID | str, client_id: uuid.UUID, *, development_plan: str = ""
    ) -> Written[BookEntryRecord]:
        """Put a client in an advisor's book. Over 50 or under 30 is allowed with a
        notice: the advisor and their manager decide. An advisor adds to their own
        book; a manager to any of the store's."""
        with unit_of_work(self.desk) as work:
            advisor = staff_row(work.session, advisor_id)
            self._may_change(work.session, advisor, adding=True)
            client = client_row(work.session, client_id, for_edit=True)
            existing = work.session.scalar(
                select(m.BookEntry).where(*_active(advisor.id), m.BookEntry.client_id == client.id)
            )
            if existing is not None:
                name = summarise(work.session, [client.id])[0].display_name
                raise ValidationError(
                    "book.already", client=name, advisor=Named(advisor.name, advisor.name_local)
                )
            entry = m.BookEntry(
                advisor_id=advisor.id,
                client_id=client.id,
                since=dt.date.today(),
                development_plan=clean_text(development_plan),
            )
            work.session.add(entry)
            work.session.flush()
            self._capacity_notice(work, advisor.id)
        return Written(freeze(entry), work.changes)

    def remove(self, advisor_id: uuid.UUID | str, client_id: uuid.UUID) -> Written[BookEntryRecord]:
        """Take a client out of a book. The entry is closed, not deleted: the book's
        history stays. The advisor's own book, or any of the store's for a manager."""
        with unit_of_work(self.desk) as work:
            advisor = staff_row(work.session, advisor_id)
            self._may_change(work.session, advisor, adding=False)
            entry = work.session.scalar(
                select(m.BookEntry).where(*_active(advisor.id), m.BookEntry.client_id == client_id)
            )
            if entry is None:
                name = summarise(work.session, [client_id])
                raise ValidationError(
                    "book.not_in_book", client=name[0].display_name if name else str(client_id)
                )
            entry.ended_at = now_utc()
            self._capacity_notice(work, advisor.id)
        return Written(freeze(entry), work.changes)

    def set_plan(
        self, advisor_id: uuid.UUID | str, client_id: uuid.UUID, plan: str
    ) -> Written[BookEntryRecord]:
        """Write the development plan of a client in a book: the advisor's own, or any
        of the store's for a manager."""
        with unit_of_work(self.desk) as work:
            advisor = staff_row(work.session, advisor_id)
            self._may_change(work.session, advisor, adding=False)
            entry = work.session.scalar(
                select(m.BookEntry).where(*_active(advisor.id), m.BookEntry.client_id == client_id)
            )
            if entry is None:
                raise ValidationError("book.not_in_book", client=str(client_id))
            entry.development_plan = clean_text(plan)
        return Written(freeze(entry), work.changes)

    def status(self, advisor_id: uuid.UUID | str) -> BookStatus:
        with reading(self.desk) as s:
            advisor = staff_row(s, advisor_id)
            count = (
                s.scalar(select(func.count()).select_from(m.BookEntry).where(*_active(advisor.id)))
                or 0
            )
            return BookStatus(advisor.id, count, BOOK_MIN, BOOK_MAX)

    def marks(self, advisor_id: uuid.UUID | str) -> dict[uuid.UUID, str]:
        """Each client in the advisor's book with the clock of their last change: read
        before `book` by whoever keeps a copy of it, a later change shows as a mismatch."""
        with reading(self.desk) as s:
            advisor = staff_row(s, advisor_id)
            return dict(
                s.execute(
                    select(m.BookEntry.client_id, m.Client.updated_hlc)
                    .join(m.Client, m.Client.id == m.BookEntry.client_id)
                    .where(*_active(advisor.id))
                ).all()
            )

    def book(self, advisor_id: uuid.UUID | str) -> list[BookRow]:
        """The advisor's book with last contact and next appointment, by name."""
        with reading(self.desk) as s:
            advisor = staff_row(s, advisor_id)
            entries = s.execute(
                select(
                    m.BookEntry.client_id, m.BookEntry.since, m.BookEntry.development_plan
                ).where(*_active(advisor.id))
            ).all()
            ids = [e.client_id for e in entries]
            if not ids:
                return []
            last_contact = dict(
                s.execute(
                    select(m.Interaction.client_id, func.max(m.Interaction.occurred_at))
                    .where(m.Interaction.client_id.in_(ids), m.Interaction.deleted.is_(False))
                    .group_by(m.Interaction.client_id)
                ).all()
            )
            upcoming = dict(
                s.execute(
                    select(m.Appointment.client_id, func.min(m.Appointment.starts_at))
                    .where(
                        m.Appointment.client_id.in_(ids),
                        m.Appointment.deleted.is_(False),
                        m.Appointment.starts_at >= now_utc(),
                        m.Appointment.status.in_(
                            [AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED]
                        ),
                    )
                    .group_by(m.Appointment.client_id)
                ).all()
            )
            summaries = {x.id: x for x in summarise(s, ids)}
            rows = [
                BookRow(
                    summary=summaries[e.client_id],
                    since=e.since,
                    development_plan=e.development_plan,
                    last_contact=_aware(last_contact.get(e.client_id)),
                    next_appointment=_aware(upcoming.get(e.client_id)),
                )
                for e in entries
                if e.client_id in summaries
            ]
            rows.sort(key=lambda r: r.summary.display_name.casefold())
            return rows


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # Aggregates bypass the column type, so SQLite hands back naive UTC (or text).
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
