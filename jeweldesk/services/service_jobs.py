"""Service jobs at the counter: a piece taken in for repair, resizing, cleaning,
engraving, restringing or re-plating, sent to the workshop, ready, and collected by
the client (or handed back unrepaired).

A job moves one way only:

    received ──▶ in_workshop ──▶ ready ──▶ collected
        │             │
        └─────────────┴──▶ returned (unrepaired, with the reason why)
    received ──▶ cancelled (by whoever took it in, or a store manager)

Each step stamps its time and who did it, so the receipt, the collection slip and
the advisor's "ready: call to collect" action read the same record. Intake needs the
client's signature (an SVG path drawn on the tablet): the house keeps the piece on
the strength of it."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.documents.numbers import well_formed
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.money import normalise_currency, parse_amount
from jeweldesk.domain.names import clean, clean_text, halfwidth
from jeweldesk.domain.service_jobs import ROLES_AT_COUNTER, ROLES_AT_WORKSHOP, ROLES_CANCELLING
from jeweldesk.domain.timezones import store_today
from jeweldesk.domain.vocab import Role, ServiceKind, ServiceStatus
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
from jeweldesk.services.document_numbers import next_number
from jeweldesk.services.records import OwnedPieceRecord, ServiceJobRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


OPEN = (ServiceStatus.RECEIVED, ServiceStatus.IN_WORKSHOP, ServiceStatus.READY)
CLOSED = (ServiceStatus.COLLECTED, ServiceStatus.RETURNED, ServiceStatus.CANCELLED)
# target → the statuses it may be reached from, and the message when it may not.
STEPS: dict[ServiceStatus, tuple[tuple[ServiceStatus, ...], str]] = {
    ServiceStatus.IN_WORKSHOP: ((ServiceStatus.RECEIVED,), "service_job.to_workshop"),
    ServiceStatus.READY: ((ServiceStatus.IN_WORKSHOP,), "service_job.to_ready"),
    ServiceStatus.COLLECTED: ((ServiceStatus.READY,), "service_job.to_collected"),
    ServiceStatus.RETURNED: (
        (ServiceStatus.RECEIVED, ServiceStatus.IN_WORKSHOP),
        "service_job.to_returned",
    ),
    ServiceStatus.CANCELLED: ((ServiceStatus.RECEIVED,), "service_job.to_cancelled"),
}
# A signature as the pad writes it: move-to and line-to commands with coordinates.
_SIGNATURE = re.compile(r"^(?:[ML]\s*-?\d+(?:\.\d+)?[ ,]+-?\d+(?:\.\d+)?\s*)+$")
SIGNATURE_LIMIT = 200_000  # characters: minutes of scribbling, far more than a signature
TEXT_LIMIT = 4_000


@dataclass(frozen=True)
class Intake:
    """A job just taken in, with the piece it is for (made now when it was new)."""

    job: ServiceJobRecord
    piece: OwnedPieceRecord | None


def signature_svg(path: str, width: int = 480, height: int = 180) -> str:
    """A standalone SVG document of a signature path as the job stores it."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><path d="{path}" fill="none" stroke="#1f2a44" '
        'stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>'
    )


def _signature(path: str | None) -> str:
    text = " ".join((path or "").split())
    if not text:
        raise ValidationError("service_job.signature_required", field="signature")
    if len(text) > SIGNATURE_LIMIT or not _SIGNATURE.match(text):
        raise ValidationError("service_job.signature_invalid", field="signature")
    return text


def _text(value: str | None, field: str) -> str:
    text = clean_text(value)
    if len(text) > TEXT_LIMIT:
        raise ValidationError("text.too_long", field=field, start=text[:20], limit=TEXT_LIMIT)
    return text


def _estimate(value: str | Decimal | int | None, currency: str) -> Decimal | None:
    """None when no estimate is given yet (the receipt says so); refusals name the field."""
    if value is None or str(value).strip() == "":
        return None
    try:
        return parse_amount(value, currency)
    except ValidationError as exc:
        raise ValidationError(exc.key, field="estimate", **exc.params) from None


def _parse_id(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError("id.invalid", value=str(value)) from None


def job_row(session: Session, job_id: uuid.UUID | str) -> m.ServiceJob:
    """The job by its id, or by its number as printed on the receipt."""
    if isinstance(job_id, str) and well_formed(job_id):
        row = session.scalar(
            select(m.ServiceJob).where(m.ServiceJob.number == job_id.strip().upper())
        )
    else:
        row = session.get(m.ServiceJob, _parse_id(job_id))
    if row is None or row.deleted:
        raise NotFound("service_job.not_found", value=str(job_id))
    return row


def _day(value: dt.date | str | None) -> dt.date | None:
    """A ready date as a date, or as typed: '2026-12-24' (blank: none given)."""
    if value is None or isinstance(value, dt.date):
        return value
    text = halfwidth(str(value)).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("service_job.ready_date", field="ready_by", value=text) from None


def _job_number(session: Session, store_code: str, device_id: str) -> str:
    """The next number of this device's one sequence (the documents' numbering, kind J),
    skipping any a restored device's settings no longer remember."""
    while True:
        number = next_number(session, store_code, device_id, "service_job")
        taken = session.scalar(select(m.ServiceJob.id).where(m.ServiceJob.number == number))
        if taken is None:
            return number


class ServiceJobService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- who may ---------------------------------------------------------------------

    def _person(self, session: Session, roles: Sequence[Role]) -> m.Staff:
        if self.desk.acting_staff_id is None:
            raise ValidationError("service_job.no_staff")
        person = session.get(m.Staff, self.desk.acting_staff_id)
        if person is None or not person.active:
            raise ValidationError("service_job.no_staff")
        if Role(person.role) not in roles:
            raise ValidationError("service_job.not_allowed")
        return person

    def may_take_in(self) -> bool:
        """Whether whoever is signed in works at the counter (advisors, VIC consultants,
        store managers)."""
        if self.desk.acting_staff_id is None:
            return False
        with reading(self.desk) as s:
            role = s.scalar(select(m.Staff.role).where(m.Staff.id == self.desk.acting_staff_id))
        return role is not None and Role(role) in ROLES_AT_COUNTER

    # --- intake ----------------------------------------------------------------------

    def intake(
        self,
        client_id: uuid.UUID | str,
        kind: ServiceKind | str,
        *,
        intake_condition: str,
        signature: str,
        owned_piece_id: uuid.UUID | str | None = None,
        new_piece: str = "",
        new_piece_metal: str = "",
        description: str = "",
        estimate: str | Decimal | int | None = None,
        currency: str = "",
        ready_by: dt.date | str | None = None,
    ) -> Written[Intake]:
        """Take a piece in: one from the client's jewellery box (`owned_piece_id`), or a
        piece described now (`new_piece`), which goes into the box with the job. The
        work (`kind`, `description`), its condition at intake, an estimate (None: to be
        given later) in `currency` (the store's by default), the day it should be ready
        (not in the past) and the client's signature are all recorded at once, with the
        job's number; nothing is written when any of them is refused."""
        kind = one_of(ServiceKind, kind, "kind", "service_job.kind")
        ready_by = _day(ready_by)
        condition = _text(intake_condition, "intake_condition")
        if not condition:
            raise ValidationError("service_job.condition_required", field="intake_condition")
        work_text = _text(description, "description")
        sign = _signature(signature)
        piece_text = clean(new_piece)
        if owned_piece_id is None and not piece_text:
            raise ValidationError("service_job.piece_required", field="piece")
        with unit_of_work(self.desk) as work:
            s = work.session
            person = self._person(s, ROLES_AT_COUNTER)
            client = client_row(s, client_id, for_edit=True)
            store = known_row(s, m.Store, self.desk.home_store_id or person.store_id)
            money = normalise_currency(currency) if (currency or "").strip() else store.currency
            amount = _estimate(estimate, money)
            if ready_by is not None and ready_by < store_today(store.timezone):
                raise ValidationError("service_job.ready_past", field="ready_by")
            made = None
            if owned_piece_id is not None:
                piece = s.get(m.OwnedPiece, _parse_id(owned_piece_id))
                if piece is None or piece.deleted or piece.client_id != client.id:
                    raise ValidationError("service_job.piece_not_theirs", field="piece")
                busy = s.scalar(
                    select(m.ServiceJob).where(
                        m.ServiceJob.owned_piece_id == piece.id,
                        m.ServiceJob.status.in_(OPEN),
                        m.ServiceJob.deleted.is_(False),
                    )
                )
                if busy is not None:
                    raise ValidationError(
                        "service_job.piece_in_service",
                        field="piece",
                        piece=piece.description,
                        number=busy.number,
                    )
            else:
                if len(piece_text) > 300:
                    raise ValidationError(
                        "text.too_long", field="piece", start=piece_text[:20], limit=300
                    )
                piece = m.OwnedPiece(
                    client_id=client.id,
                    description=piece_text,
                    metal=clean(new_piece_metal),
                    bought_here=False,
                    acquired_on=None,
                    currency="",
                )
                s.add(piece)
                s.flush()
                made = piece
            job = m.ServiceJob(
                client_id=client.id,
                store_id=store.id,
                owned_piece_id=piece.id,
                received_by_id=person.id,
                number=_job_number(s, store.code, self.desk.device_id),
                kind=kind,
                status=ServiceStatus.RECEIVED,
                description=work_text,
                intake_condition=condition,
                estimate=amount,
                currency=money,
                received_at=now_utc(),
                ready_by=ready_by,
                signature_svg=sign,
                closing_note="",
            )
            s.add(job)
            s.flush()
            done = Intake(freeze(job), freeze(made) if made is not None else None)
        return Written(done, work.changes)

    # --- the steps -------------------------------------------------------------------

    def _step(
        self, job_id: uuid.UUID | str, target: ServiceStatus, note: str = ""
    ) -> Written[ServiceJobRecord]:
        allowed, refusal = STEPS[target]
        roles = (
            ROLES_AT_WORKSHOP
            if target in (ServiceStatus.IN_WORKSHOP, ServiceStatus.READY)
            else ROLES_AT_COUNTER
        )
        text = _text(note, "closing_note")
        if target in (ServiceStatus.RETURNED, ServiceStatus.CANCELLED) and not text:
            raise ValidationError("service_job.reason_required", field="closing_note")
        with unit_of_work(self.desk) as work:
            s = work.session
            person = self._person(s, roles)
            job = job_row(s, job_id)
            if job.status not in allowed:
                if job.status in CLOSED:
                    raise ValidationError("service_job.closed", number=job.number)
                raise ValidationError(refusal, number=job.number)
            if (
                target is ServiceStatus.CANCELLED
                and person.role not in ROLES_CANCELLING
                and person.id != job.received_by_id
            ):
                raise ValidationError("service_job.cancel_not_allowed", number=job.number)
            when = now_utc()
            job.status = target
            if target is ServiceStatus.IN_WORKSHOP:
                job.sent_to_workshop_at = when
            elif target is ServiceStatus.READY:
                job.ready_at = when
            elif target is ServiceStatus.COLLECTED:
                job.collected_at, job.collected_by_id = when, person.id
                if text:
                    job.closing_note = text
            else:  # returned unrepaired, or cancelled before it left the counter
                job.returned_at, job.collected_by_id = when, person.id
                job.closing_note = text
        return Written(freeze(job), work.changes)

    def send_to_workshop(self, job_id: uuid.UUID | str) -> Written[ServiceJobRecord]:
        """The piece has left the counter for the workshop."""
        return self._step(job_id, ServiceStatus.IN_WORKSHOP)

    def mark_ready(self, job_id: uuid.UUID | str) -> Written[ServiceJobRecord]:
        """Back from the workshop, done: the advisor's day gets "ready: call to collect"."""
        return self._step(job_id, ServiceStatus.READY)

    def collect(self, job_id: uuid.UUID | str, note: str = "") -> Written[ServiceJobRecord]:
        """The client took the piece back; the person signed in handed it over."""
        return self._step(job_id, ServiceStatus.COLLECTED, note)

    def return_unrepaired(self, job_id: uuid.UUID | str, reason: str) -> Written[ServiceJobRecord]:
        """The piece went back to the client without the work, and why (kept on the job)."""
        return self._step(job_id, ServiceStatus.RETURNED, reason)

    def cancel(self, job_id: uuid.UUID | str, reason: str) -> Written[ServiceJobRecord]:
        """Taken in by mistake, before it left the counter: whoever took it in, or a
        store manager."""
        return self._step(job_id, ServiceStatus.CANCELLED, reason)

    def advance(
        self, job_id: uuid.UUID | str, status: ServiceStatus | str, note: str = ""
    ) -> Written[ServiceJobRecord]:
        """Move a job to `status` (in_workshop, ready, collected, returned, cancelled)."""
        target = one_of(ServiceStatus, status, "status", "service_job.status")
        if target not in STEPS:
            raise ValidationError("service_job.status", field="status", value=str(status))
        return self._step(job_id, target, note)

    # --- reading ---------------------------------------------------------------------

    def get(self, job_id: uuid.UUID | str) -> ServiceJobRecord:
        with reading(self.desk) as s:
            return freeze(job_row(s, job_id))

    def for_client(self, client_id: uuid.UUID | str) -> list[ServiceJobRecord]:
        """The client's jobs, newest first."""
        with reading(self.desk) as s:
            client = client_row(s, client_id)
            rows = s.scalars(
                select(m.ServiceJob)
                .where(m.ServiceJob.client_id == client.id, m.ServiceJob.deleted.is_(False))
                .order_by(m.ServiceJob.received_at.desc())
            ).all()
            return [freeze(r) for r in rows]

    def for_piece(self, owned_piece_id: uuid.UUID | str) -> list[ServiceJobRecord]:
        """A piece's service history, newest first."""
        with reading(self.desk) as s:
            rows = s.scalars(
                select(m.ServiceJob)
                .where(
                    m.ServiceJob.owned_piece_id == _parse_id(owned_piece_id),
                    m.ServiceJob.deleted.is_(False),
                )
                .order_by(m.ServiceJob.received_at.desc())
            ).all()
            return [freeze(r) for r in rows]

    def open_at_store(self, store_id: uuid.UUID | None = None) -> list[ServiceJobRecord]:
        """The store's jobs not yet closed, ready first, then the oldest received."""
        with reading(self.desk) as s:
            rows = s.scalars(
                select(m.ServiceJob).where(
                    m.ServiceJob.store_id == (store_id or self.desk.home_store_id),
                    m.ServiceJob.status.in_(OPEN),
                    m.ServiceJob.deleted.is_(False),
                )
            ).all()
            rank = {ServiceStatus.READY: 0, ServiceStatus.IN_WORKSHOP: 1, ServiceStatus.RECEIVED: 2}
            rows = sorted(rows, key=lambda r: (rank[r.status], r.received_at))
            return [freeze(r) for r in rows]


__all__ = ["Intake", "ServiceJobService", "job_row", "signature_svg"]
