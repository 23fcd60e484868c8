"""Sign-in and safety: who may use this device, with a PIN that works offline.

A PIN is 4 to 8 digits, hashed with argon2 into `staff.pin_hash` (synced: the same PIN
works on every device of the store). Five wrong PINs in a row lock that person on
this device for 15 minutes; the count lives in the device's settings, never synced,
so a lock cannot be lifted or imposed from elsewhere. Every sign-in, failure, lock
and PIN change goes to the audit log.

Roles decide what the screens show: `can(person, permission)` is the one question the
UI asks (sensitive notes are already filtered by the services themselves)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from jeweldesk import config
from jeweldesk.domain.errors import DomainError, NotFound
from jeweldesk.domain.messages import Named
from jeweldesk.domain.pins import DEMO_PIN, ROLES_MANAGING, Person, pin_problem
from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE, Role
from jeweldesk.services import audit
from jeweldesk.services.base import Written, now_utc, reading, unit_of_work
from jeweldesk.services.records import StaffRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)


class Failure(TypedDict, total=False):
    """One person's wrong PINs on this device, kept in the `pin_failures` setting."""

    count: int
    until: str  # ISO time the lock ends, once locked


PERMISSIONS: dict[str, tuple[Role, ...]] = {
    "see_all_books": ROLES_MANAGING,  # other advisors' books, reassignment, handover
    "reassign_clients": ROLES_MANAGING,
    "see_store_kpis": ROLES_MANAGING,
    "see_sensitive": ROLES_SEEING_SENSITIVE,
    "manage_device": ROLES_MANAGING,  # head-office address of this device
}

# argon2id with the library's defaults (RFC 9106 low-memory profile): ~50 ms a PIN.
_hasher = PasswordHasher()


class SignInRefused(DomainError):
    """A wrong PIN, a locked person, or one who cannot sign in. `locked_until` is set
    when the person is (now) locked; `left` is the tries left before the lock."""

    def __init__(
        self,
        key: str,
        *,
        left: int | None = None,
        locked_until: dt.datetime | None = None,
        **params: object,
    ) -> None:
        self.left = left
        self.locked_until = locked_until
        if left is not None:
            params["left"] = left
        super().__init__(key, **params)


class AccountService:
    """`desk.accounts`: the people of this device's store, their PINs, sign-in and the
    wrong-PIN lock, and what each role may see."""

    def __init__(self, desk: Desk, clock: Callable[[], dt.datetime] = now_utc) -> None:
        self.desk = desk
        self.clock = clock  # tests move time forward instead of waiting 15 minutes

    # --- who ---------------------------------------------------------------------------

    def first_run(self) -> bool:
        """True when this device holds no store yet: offer the demo or enrolment."""
        with reading(self.desk) as s:
            return not s.scalar(
                select(func.count()).select_from(m.Store).where(m.Store.deleted.is_(False))
            )

    def is_demo(self) -> bool:
        with reading(self.desk) as s:
            return bool(config.get(s, "demo"))

    def auto_sign_in(self) -> bool:
        """The demo set up to open signed in (tests, shop-window kiosks)."""
        with reading(self.desk) as s:
            return bool(config.get(s, "demo")) and bool(config.get(s, "demo_auto_sign_in"))

    def people(self) -> list[Person]:
        """The active staff of this device's store (every store's on a device with no
        store yet), by name: whom the sign-in screen offers."""
        with reading(self.desk) as s:
            query = (
                select(m.Staff, m.Store.code)
                .outerjoin(m.Store, m.Store.id == m.Staff.store_id)
                .where(m.Staff.deleted.is_(False), m.Staff.active.is_(True))
                .order_by(m.Staff.name)
            )
            if self.desk.home_store_id is not None:
                query = query.where(m.Staff.store_id == self.desk.home_store_id)
            locks = self._failures(s)
            return [self._person(row, code or "", locks) for row, code in s.execute(query)]

    def person(self, staff_id: uuid.UUID) -> Person:
        with reading(self.desk) as s:
            row = s.get(m.Staff, staff_id)
            if row is None or row.deleted:
                raise NotFound("staff.not_found", value=str(staff_id))
            code = (
                s.scalar(select(m.Store.code).where(m.Store.id == row.store_id))
                if row.store_id
                else ""
            )
            return self._person(row, code or "", self._failures(s))

    def signed_in(self) -> Person | None:
        """Who is using the desk now (`desk.acting_staff_id`), if anyone."""
        return self.person(self.desk.acting_staff_id) if self.desk.acting_staff_id else None

    def last_signed_in(self) -> uuid.UUID | None:
        """Whoever signed in last on this device: the sign-in screen offers them first."""
        with reading(self.desk) as s:
            email = config.get(s, "signed_in_email")
            return s.scalar(select(m.Staff.id).where(m.Staff.email == email)) if email else None

    # --- what they may see ------------------------------------------------------------------

    def can(self, person: Person | StaffRecord | uuid.UUID | None, permission: str) -> bool:
        """Whether `person` (a Person, a staff record, a staff id; None: whoever is signed
        in) may do `permission` ("see_all_books", "see_sensitive", …). Nobody signed in
        may do nothing. An unknown permission is a bug: KeyError."""
        allowed = PERMISSIONS[permission]
        if person is None:
            person = self.desk.acting_staff_id
            if person is None:
                return False
        if isinstance(person, uuid.UUID):
            with reading(self.desk) as s:
                role = s.scalar(select(m.Staff.role).where(m.Staff.id == person))
        else:
            role = person.role
        return role is not None and Role(role) in allowed

    # --- PINs ----------------------------------------------------------------------------

    def set_pin(self, staff_id: uuid.UUID, pin: str) -> Written[None]:
        """Choose `staff_id`'s PIN (4–8 digits, not a trivial one). Raises
        `ValidationError` with a message the advisor can act on."""
        problem = pin_problem(pin)
        if problem is not None:
            raise problem
        digest = _hasher.hash(pin)
        with unit_of_work(self.desk) as work:
            row = work.session.get(m.Staff, staff_id)
            if row is None or row.deleted:
                raise NotFound("staff.not_found", value=str(staff_id))
            row.pin_hash = digest
        audit.record(
            self.desk, "pin_set", "staff", staff_id, by=self.desk.acting_staff_id or staff_id
        )
        return Written(None, work.changes)

    def choose_first_pin(self, staff_id: uuid.UUID, pin: str) -> Person:
        """First sign-in of someone with no PIN yet: set it and sign them in. Refused
        once a PIN exists (choosing would otherwise bypass it)."""
        person = self.person(staff_id)
        if person.has_pin:
            raise SignInRefused("account.has_pin", name=Named(person.name, person.name_local))
        self.set_pin(staff_id, pin)
        return self._signed_in(staff_id, first_pin=True)

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> Person:
        """Check `pin` offline and make `staff_id` the acting person. Raises
        `SignInRefused` on a wrong PIN (fifth in a row: locked for 15 minutes), while
        locked, or for someone with no PIN yet (`account.no_pin`)."""
        self.verify(staff_id, pin)
        return self._signed_in(staff_id)

    def verify(self, staff_id: uuid.UUID, pin: str) -> None:
        """Check `staff_id`'s PIN, counting failures as sign-in does (the lock screen
        uses it to let the same person back in)."""
        now = self.clock()
        with reading(self.desk) as s:
            row = s.get(m.Staff, staff_id)
            if row is None or row.deleted:
                raise NotFound("staff.not_found", value=str(staff_id))
            name, digest, active = Named(row.name, row.name_local or ""), row.pin_hash, row.active
            entry = self._failures(s).get(staff_id.hex, {})
        if not active:
            raise SignInRefused("account.inactive", name=name)
        until = _until(entry)
        if until is not None and until > now:
            audit.record(self.desk, "sign_in_while_locked", "staff", staff_id)
            raise SignInRefused(
                "account.locked", locked_until=until, name=name, minutes=_minutes_left(until, now)
            )
        if not digest:
            raise SignInRefused("account.no_pin", name=name)
        if _matches(digest, pin):
            if entry:
                self._put_failure(staff_id, None)
            return
        count = (entry.get("count", 0) if until is None else 0) + 1
        if count >= MAX_FAILURES:
            until = now + LOCKOUT
            self._put_failure(staff_id, {"count": count, "until": until.isoformat()})
            audit.record(self.desk, "sign_in_failed", "staff", staff_id, count=count)
            audit.record(self.desk, "account_locked", "staff", staff_id, until=until.isoformat())
            raise SignInRefused(
                "account.locked", locked_until=until, name=name, minutes=_minutes_left(until, now)
            )
        self._put_failure(staff_id, {"count": count})
        audit.record(self.desk, "sign_in_failed", "staff", staff_id, count=count)
        left = MAX_FAILURES - count
        raise SignInRefused(
            "account.wrong_pin", left=left, name=name, minutes=int(LOCKOUT.total_seconds() // 60)
        )

    def sign_out(self) -> None:
        """Nobody is acting any more (the lock screen's "switch person")."""
        if self.desk.acting_staff_id is not None:
            audit.record(self.desk, "sign_out", "staff", self.desk.acting_staff_id)
        self.desk.act_as(None)

    def locked_until(self, staff_id: uuid.UUID) -> dt.datetime | None:
        """When `staff_id` may try again, if they are locked now."""
        with reading(self.desk) as s:
            until = _until(self._failures(s).get(staff_id.hex, {}))
        return until if until is not None and until > self.clock() else None

    # --- the demo --------------------------------------------------------------------------

    def seed_demo_pins(self, pin: str = DEMO_PIN) -> int:
        """Give every demo staff member without a PIN the demo's PIN. The rows stand
        for what head office already holds, so no sync op is queued (as the demo
        builder does). Returns how many people got it. Only on a demo store."""
        if not self.is_demo():
            return 0
        digest = _hasher.hash(pin)  # one hash for all: argon2 costs ~50 ms each
        with self.desk.store.engine.begin() as conn:
            conn.execute(text("UPDATE sync_flags SET applying = 1 WHERE id = 1"))
            try:
                result = conn.execute(
                    update(m.Staff).where(m.Staff.pin_hash == "").values(pin_hash=digest)
                )
            finally:
                conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))
        return result.rowcount

    # --- inside ------------------------------------------------------------------------

    def _signed_in(self, staff_id: uuid.UUID, first_pin: bool = False) -> Person:
        self.desk.act_as(staff_id)
        person = self.person(staff_id)
        with unit_of_work(self.desk) as work:
            config.put(work.session, "signed_in_email", person.email)
        audit.record(self.desk, "sign_in", "staff", staff_id, first_pin=first_pin)
        return person

    def _failures(self, session: Session) -> dict[str, Failure]:
        return dict(config.get(session, "pin_failures"))

    def _put_failure(self, staff_id: uuid.UUID, entry: Failure | None) -> None:
        with unit_of_work(self.desk) as work:
            failures = self._failures(work.session)
            if entry is None:
                failures.pop(staff_id.hex, None)
            else:
                failures[staff_id.hex] = entry
            config.put(work.session, "pin_failures", failures)

    def _person(self, row: m.Staff, store_code: str, failures: dict[str, Failure]) -> Person:
        until = _until(failures.get(row.id.hex, Failure()))
        return Person(
            id=row.id,
            name=row.name,
            name_local=row.name_local or "",
            email=row.email,
            role=Role(row.role),
            store_code=store_code,
            has_pin=bool(row.pin_hash),
            locked_until=until if until is not None and until > self.clock() else None,
        )


def _matches(digest: str, pin: str) -> bool:
    try:
        return _hasher.verify(digest, pin)
    except (VerificationError, InvalidHashError):
        return False


def _until(entry: Failure) -> dt.datetime | None:
    value = entry.get("until")
    return dt.datetime.fromisoformat(value) if value else None


def _minutes_left(until: dt.datetime, now: dt.datetime) -> int:
    return max(1, -(-int((until - now).total_seconds()) // 60))


__all__ = ["AccountService", "Person", "SignInRefused", "pin_problem"]
