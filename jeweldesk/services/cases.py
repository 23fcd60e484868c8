"""Service recovery (`desk.cases`): a complaint opened from the client's profile, the
first response with the apology and any gesture, the manager involved, the resolution
and the follow-up check, each step against the SLA clock (domain/cases.py).

A case's sensitive note is seen only by the person who opened the case, store managers
and head office; everyone else learns that one exists, not what it says. A read of
someone else's sensitive note is audited, as a read of a sensitive client note is."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.domain.cases import (
    REOPENABLE,
    ROLES_MANAGING_CASES,
    WORKING,
    CaseSeverity,
    SlaClock,
    sla_clock,
)
from jeweldesk.domain.errors import DomainError, NotFound, ValidationError
from jeweldesk.domain.ids import parse_id
from jeweldesk.domain.money import normalise_currency, parse_amount
from jeweldesk.domain.names import clean, clean_text, display_name
from jeweldesk.domain.timezones import store_today
from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE, CaseStatus, Channel, NameOrder, Role
from jeweldesk.services import audit
from jeweldesk.services.base import Written, freeze, now_utc, one_of, reading, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.services.records import ServiceCaseRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

TEXT_LIMIT = 10_000
# Who may be named as the manager involved.
ROLES_INVOLVED = (Role.STORE_MANAGER,)

_KEEP: object = object()  # "leave this field as it is" for `respond`'s optional fields


@dataclass(frozen=True)
class CaseView:
    """A case as the person asking may see it: `case.sensitive_note` is blank when it
    is withheld from them (`sensitive_withheld`), and `sla` is the clock at `now`."""

    case: ServiceCaseRecord
    client_name: str
    opened_by_name: str
    manager_name: str
    sla: SlaClock
    sensitive_withheld: bool
    may_manage: bool  # the person asking is a store manager or head office

    @property
    def id(self) -> uuid.UUID:
        return self.case.id

    @property
    def has_sensitive_note(self) -> bool:
        return self.sensitive_withheld or bool(self.case.sensitive_note)


def _text(value: str, field: str, *, required_key: str | None = None) -> str:
    text = clean_text(value or "")
    if required_key and not text:
        raise ValidationError(required_key, field=field)
    if len(text) > TEXT_LIMIT:
        raise ValidationError("text.too_long", field=field, start=text[:20], limit=TEXT_LIMIT)
    return text


def _case_id(value: uuid.UUID | str) -> uuid.UUID:
    try:
        return parse_id(value)
    except ValueError:
        raise ValidationError("id.invalid", value=str(value)) from None


class CaseService:
    """Opens and works service-recovery cases. `now` is the clock every step reads
    (tests set it)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.now: Callable[[], dt.datetime] = now_utc

    # --- who is asking --------------------------------------------------------------

    def _role(self, session: Session) -> Role | None:
        if self.desk.acting_staff_id is None:
            return None
        person = session.get(m.Staff, self.desk.acting_staff_id)
        return None if person is None or person.deleted else person.role

    def _sees_note(self, session: Session, case: m.ServiceCase) -> bool:
        if case.opened_by_id is not None and case.opened_by_id == self.desk.acting_staff_id:
            return True
        return self._role(session) in ROLES_SEEING_SENSITIVE

    def _managing(self, session: Session) -> None:
        if self._role(session) not in ROLES_MANAGING_CASES:
            raise ValidationError("case.managers_only")

    def _row(self, session: Session, case_id: uuid.UUID | str) -> m.ServiceCase:
        row = session.get(m.ServiceCase, _case_id(case_id))
        if row is None or row.deleted:
            raise NotFound("case.not_found")
        client_row(session, row.client_id, for_edit=True)  # an erased client's case is kept as is
        return row

    def _today(self, session: Session, case: m.ServiceCase) -> dt.date:
        store = session.get(m.Store, case.store_id)
        return store_today(store.timezone if store else "UTC", self.now())

    def _manager(self, session: Session, manager_id: uuid.UUID | str | None) -> uuid.UUID | None:
        if manager_id is None or str(manager_id).strip() == "":
            return None
        person = None
        if isinstance(manager_id, uuid.UUID):
            person = session.get(m.Staff, manager_id)
        elif "@" in manager_id:
            person = session.scalar(
                select(m.Staff).where(m.Staff.email == manager_id.strip().lower())
            )
        else:
            try:
                person = session.get(m.Staff, parse_id(manager_id))
            except ValueError:
                person = None
        if person is None or person.deleted:
            raise NotFound("staff.not_found", value=str(manager_id))
        if person.role not in ROLES_INVOLVED:
            raise ValidationError("case.not_a_manager", field="manager_id", name=person.name)
        return person.id

    # --- the steps ------------------------------------------------------------------

    def open(
        self,
        client_id: uuid.UUID | str,
        complaint: str,
        *,
        channel: Channel | str | None = None,
        severity: CaseSeverity | str = CaseSeverity.MEDIUM,
        sensitive_note: str = "",
    ) -> Written[ServiceCaseRecord]:
        """Open a case for the client's complaint, as it reached the store (`channel`),
        at this store, by the person signed in. The SLA clock starts now."""
        text = _text(complaint, "complaint", required_key="case.complaint_required")
        grade = one_of(CaseSeverity, severity or CaseSeverity.MEDIUM, "severity", "case.severity")
        how = (
            None
            if channel is None or str(channel).strip() == ""
            else one_of(Channel, channel, "channel", "case.channel")
        )
        note = _text(sensitive_note, "sensitive_note")
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            if self.desk.home_store_id is None:
                raise NotFound("store.not_found", value="")
            case = m.ServiceCase(
                client_id=client.id,
                store_id=self.desk.home_store_id,
                opened_by_id=self.desk.acting_staff_id,
                status=CaseStatus.OPEN,
                opened_at=self.now(),
                complaint=text,
                channel=how,
                severity=str(grade),
                sensitive_note=note,
            )
            work.session.add(case)
        return Written(freeze(case), work.changes)

    def respond(
        self,
        case_id: uuid.UUID | str,
        *,
        apology: str | None = None,
        gesture: str | None = None,
        gesture_value: str | Decimal | None = None,
        gesture_currency: str = "",
        manager_id: uuid.UUID | str | None | object = _KEEP,
        sensitive_note: str | None = None,
    ) -> Written[ServiceCaseRecord]:
        """Record the first response (its time is kept from the first call) and what
        was offered: the apology, a gesture with its value, the manager involved. Called
        again while the case is worked, it updates what is given and keeps the rest."""
        with unit_of_work(self.desk) as work:
            s = work.session
            case = self._row(s, case_id)
            if case.status not in WORKING:
                raise ValidationError("case.not_working", field="status")
            if apology is not None:
                case.apology = _text(apology, "apology")
            if gesture is not None:
                case.gesture = clean(gesture)
            if gesture_value is not None:
                if str(gesture_value).strip() == "":
                    case.gesture_value, case.gesture_currency = None, ""
                else:
                    store = s.get(m.Store, case.store_id)
                    try:
                        currency = (
                            normalise_currency(gesture_currency)
                            if gesture_currency.strip()
                            else case.gesture_currency or (store.currency if store else "")
                        )
                        case.gesture_value = parse_amount(gesture_value, currency)
                    except DomainError as refused:
                        raise ValidationError(
                            refused.key, field="gesture_value", **refused.params
                        ) from None
                    case.gesture_currency = currency
            if case.gesture_value is not None and not case.gesture:
                raise ValidationError("case.gesture_required", field="gesture")
            if manager_id is not _KEEP:
                case.manager_id = self._manager(s, manager_id)  # type: ignore[arg-type]
            if sensitive_note is not None:
                note = _text(sensitive_note, "sensitive_note")
                if note != case.sensitive_note:
                    if self._sees_note(s, case):
                        case.sensitive_note = note
                    elif note:  # a blank is what they were shown: it changes nothing
                        raise ValidationError("case.sensitive_not_author", field="sensitive_note")
            if case.first_response_at is None:
                case.first_response_at = self.now()
            case.status = CaseStatus.RESPONDED
        return Written(freeze(case), work.changes)

    def resolve(
        self,
        case_id: uuid.UUID | str,
        resolution: str,
        *,
        follow_up_due: dt.date | str | None = None,
    ) -> Written[ServiceCaseRecord]:
        """Resolve the case with what was done, and plan the follow-up check (a day
        from today on). A case resolved at once counts that as its first response."""
        text = _text(resolution, "resolution", required_key="case.resolution_required")
        with unit_of_work(self.desk) as work:
            case = self._row(work.session, case_id)
            if case.status not in WORKING:
                raise ValidationError("case.not_working", field="status")
            due = self._follow_up_day(work.session, case, follow_up_due)
            now = self.now()
            case.first_response_at = case.first_response_at or now
            case.resolved_at = now
            case.resolution = text
            if due is not None:
                case.follow_up_due = due
            case.status = CaseStatus.RESOLVED
        return Written(freeze(case), work.changes)

    def _follow_up_day(
        self, session: Session, case: m.ServiceCase, value: dt.date | str | None
    ) -> dt.date | None:
        if value is None or str(value).strip() == "":
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            try:
                value = dt.date.fromisoformat(str(value).strip())
            except ValueError:
                raise ValidationError("case.follow_up_date", field="follow_up_due") from None
        if value < self._today(session, case):
            raise ValidationError("case.follow_up_past", field="follow_up_due")
        return value

    def plan_follow_up(
        self, case_id: uuid.UUID | str, due: dt.date | str
    ) -> Written[ServiceCaseRecord]:
        """Set or move the day of the follow-up check (today or later)."""
        with unit_of_work(self.desk) as work:
            case = self._row(work.session, case_id)
            if case.status is CaseStatus.CLOSED:
                raise ValidationError("case.closed", field="status")
            day = self._follow_up_day(work.session, case, due)
            if day is None:
                raise ValidationError("case.follow_up_date", field="follow_up_due")
            case.follow_up_due = day
        return Written(freeze(case), work.changes)

    def follow_up(self, case_id: uuid.UUID | str, note: str = "") -> Written[ServiceCaseRecord]:
        """The follow-up check with the client, once the case is resolved: when, and
        what they said."""
        text = _text(note, "follow_up_note")
        with unit_of_work(self.desk) as work:
            case = self._row(work.session, case_id)
            if case.status is not CaseStatus.RESOLVED:
                raise ValidationError("case.follow_up_early", field="status")
            case.follow_up_done_at = self.now()
            case.follow_up_note = text
        return Written(freeze(case), work.changes)

    def close(self, case_id: uuid.UUID | str) -> Written[ServiceCaseRecord]:
        """Close a resolved case (store managers and head office), once its follow-up
        check is done or none was planned."""
        with unit_of_work(self.desk) as work:
            self._managing(work.session)
            case = self._row(work.session, case_id)
            if case.status is not CaseStatus.RESOLVED:
                raise ValidationError("case.not_resolved", field="status")
            if case.follow_up_due is not None and case.follow_up_done_at is None:
                raise ValidationError("case.follow_up_pending", field="follow_up_done_at")
            case.status = CaseStatus.CLOSED
        return Written(freeze(case), work.changes)

    def reopen(self, case_id: uuid.UUID | str, reason: str) -> Written[ServiceCaseRecord]:
        """Reopen a resolved or closed case: the reason is required and kept; the
        resolution stays on record until a new one replaces it."""
        text = _text(reason, "reopen_reason", required_key="case.reopen_reason_required")
        with unit_of_work(self.desk) as work:
            case = self._row(work.session, case_id)
            if case.status not in REOPENABLE:
                raise ValidationError("case.not_reopenable", field="status")
            case.reopen_reason = text
            case.resolved_at = None
            case.follow_up_done_at = None
            case.status = CaseStatus.RESPONDED if case.first_response_at else CaseStatus.OPEN
        return Written(freeze(case), work.changes)

    # --- reading ---------------------------------------------------------------------

    def get(self, case_id: uuid.UUID | str) -> CaseView:
        """One case, its sensitive note shown only to those who may read it (a read of
        someone else's is audited)."""
        with reading(self.desk) as s:
            row = s.get(m.ServiceCase, _case_id(case_id))
            if row is None or row.deleted:
                raise NotFound("case.not_found")
            view = self._views(s, [row], with_notes=True)[0]
        self._audit([view])
        return view

    def for_client(self, client_id: uuid.UUID | str) -> list[CaseView]:
        """The client's cases, newest first."""
        with reading(self.desk) as s:
            client = client_row(s, client_id)
            rows = s.scalars(
                select(m.ServiceCase)
                .where(m.ServiceCase.client_id == client.id, m.ServiceCase.deleted.is_(False))
                .order_by(m.ServiceCase.opened_at.desc())
            ).all()
            views = self._views(s, rows, with_notes=True)
        self._audit(views)
        return views

    def open_cases(self) -> list[CaseView]:
        """The store's cases still being worked, for its manager: the one whose SLA
        runs out first (or ran out longest ago) first. Notes are not shown here."""
        with reading(self.desk) as s:
            self._managing(s)
            rows = s.scalars(
                select(m.ServiceCase).where(
                    m.ServiceCase.store_id == self.desk.home_store_id,
                    m.ServiceCase.status.in_(WORKING),
                    m.ServiceCase.deleted.is_(False),
                )
            ).all()
            views = self._views(s, rows, with_notes=False)
        return sorted(views, key=lambda v: (v.sla.left, v.case.opened_at))

    def for_action(self, action_id: uuid.UUID) -> CaseView | None:
        """The case a service-recovery action on Today is about (notes not shown),
        or None for another kind of action."""
        with reading(self.desk) as s:
            subject = s.scalar(
                select(m.NextBestAction.subject_id).where(
                    m.NextBestAction.id == action_id,
                    m.NextBestAction.kind == "service_recovery",
                )
            )
            row = s.get(m.ServiceCase, subject) if subject else None
            if row is None or row.deleted:
                return None
            return self._views(s, [row], with_notes=False)[0]

    def sla(self, case: ServiceCaseRecord, now: dt.datetime | None = None) -> SlaClock:
        """The case's SLA clock: time left, or how long overdue, for its current step."""
        return sla_clock(
            case.opened_at, case.first_response_at, case.resolved_at, now or self.now()
        )

    def managers(self) -> list[tuple[uuid.UUID, str]]:
        """The store managers who may be named on a case: this store's first."""
        with reading(self.desk) as s:
            rows = s.execute(
                select(m.Staff.id, m.Staff.name, m.Staff.store_id).where(
                    m.Staff.role.in_(ROLES_INVOLVED),
                    m.Staff.deleted.is_(False),
                    m.Staff.active.is_(True),
                )
            ).all()
        home = self.desk.home_store_id
        return [(i, n) for i, n, st in sorted(rows, key=lambda r: (r[2] != home, r[1]))]

    def _views(
        self, s: Session, rows: Iterable[m.ServiceCase], *, with_notes: bool
    ) -> list[CaseView]:
        rows = list(rows)
        if not rows:
            return []
        c = m.Client.__table__.c
        names = {
            row.id: display_name(
                family=row.family_name,
                given=row.given_name,
                name_local=row.name_local,
                romanised=row.name_romanised,
                given_first=row.name_order == NameOrder.GIVEN_FIRST,
            )
            for row in s.execute(
                select(
                    c.id, c.family_name, c.given_name, c.name_local, c.name_romanised, c.name_order
                ).where(c.id.in_({r.client_id for r in rows}))
            )
        }
        staff_ids = {i for r in rows for i in (r.opened_by_id, r.manager_id) if i}
        staff = dict(
            s.execute(select(m.Staff.id, m.Staff.name).where(m.Staff.id.in_(staff_ids))).all()
        )
        manages = self._role(s) in ROLES_MANAGING_CASES
        now = self.now()
        out = []
        for row in rows:
            record = freeze(row)
            withheld = bool(record.sensitive_note) and not (with_notes and self._sees_note(s, row))
            if withheld or not with_notes:
                record = replace(record, sensitive_note="")
            out.append(
                CaseView(
                    case=record,
                    client_name=names.get(row.client_id, ""),
                    opened_by_name=staff.get(row.opened_by_id, "") if row.opened_by_id else "",
                    manager_name=staff.get(row.manager_id, "") if row.manager_id else "",
                    sla=sla_clock(row.opened_at, row.first_response_at, row.resolved_at, now),
                    sensitive_withheld=withheld,
                    may_manage=manages,
                )
            )
        return out

    def _audit(self, views: list[CaseView]) -> None:
        others = [
            v
            for v in views
            if v.case.sensitive_note and v.case.opened_by_id != self.desk.acting_staff_id
        ]
        for view in others:
            audit.record(
                self.desk,
                "read_case_sensitive_note",
                "service_cases",
                view.id,
                client=view.case.client_id.hex,
            )


__all__ = ["CaseService", "CaseView", "ROLES_MANAGING_CASES"]
