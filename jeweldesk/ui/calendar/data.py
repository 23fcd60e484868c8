"""What the calendar reads, in one trip to the runner, and how it writes.

Loaders run on the runner (possibly off the UI thread): they touch no Qt object and
return plain frozen values."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from jeweldesk.domain.errors import DomainError
from jeweldesk.domain.timezones import store_today
from jeweldesk.domain.vocab import AppointmentStatus
from jeweldesk.services.records import AppointmentRecord, RoomRecord, StaffRecord, StoreRecord
from jeweldesk.ui.widgets import runner_bridge

if TYPE_CHECKING:
    from jeweldesk.services import Desk

DAY_START = dt.time(9, 0)
DAY_END = dt.time(21, 0)
# Who can be booked for an appointment: everyone on the floor of the store.
BOOKABLE_ROLES = {"advisor", "vic_consultant", "store_manager"}


@dataclass(frozen=True)
class CalendarEntry:
    """An appointment as the calendar shows it."""

    appointment: AppointmentRecord
    client_name: str  # "Shen Yuqing" or "" for a walk-in slot
    client_local: str  # "沈雨晴"

    @property
    def id(self) -> uuid.UUID:
        return self.appointment.id

    @property
    def movable(self) -> bool:
        return self.appointment.status in (
            AppointmentStatus.REQUESTED,
            AppointmentStatus.CONFIRMED,
            AppointmentStatus.ARRIVED,
        )


@dataclass(frozen=True)
class Whereabouts:
    """The store the calendar is for: its zone, rooms and bookable staff."""

    store: StoreRecord
    rooms: tuple[RoomRecord, ...]
    staff: tuple[StaffRecord, ...]  # bookable, by name
    me: uuid.UUID | None

    @property
    def zone(self) -> str:
        return self.store.timezone

    def today(self) -> dt.date:
        return store_today(self.zone)

    def person(self, staff_id: uuid.UUID | None):
        return next((p for p in self.staff if p.id == staff_id), None)

    def room(self, room_id: uuid.UUID | None):
        return next((r for r in self.rooms if r.id == room_id), None)


def load_whereabouts(desk: Desk) -> Whereabouts | None:
    if desk.home_store_id is None:
        return None
    store = desk.directory.store(desk.home_store_id)
    rooms = tuple(desk.directory.rooms(store.id))
    staff = tuple(
        person
        for person, _code in desk.directory.staff(store.code)
        if person.active and str(getattr(person.role, "value", person.role)) in BOOKABLE_ROLES
    )
    return Whereabouts(store, rooms, staff, desk.acting_staff_id)


def local_range(first_day: dt.date, days: int, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """The instants from the first day's midnight to the midnight after the last, in
    the store's zone."""
    tz = ZoneInfo(zone)
    start = dt.datetime.combine(first_day, dt.time(0), tz)
    end = dt.datetime.combine(first_day + dt.timedelta(days=days), dt.time(0), tz)
    return start, end


def load_entries(desk: Desk, start: dt.datetime, end: dt.datetime) -> list[CalendarEntry]:
    """Every appointment of the store in [start, end) but the cancelled ones, with the
    client's name."""
    found = [
        a
        for a in desk.appointments.between(start, end, include_closed=True)
        if a.status is not AppointmentStatus.CANCELLED
    ]
    ids = {a.client_id for a in found if a.client_id is not None}
    names = {c.id: c for c in desk.clients.summaries(ids)} if ids else {}
    out = []
    for a in found:
        client = names.get(a.client_id)
        out.append(
            CalendarEntry(
                a, client.display_name if client else "", client.name_local if client else ""
            )
        )
    return out


# --- writes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Refused:
    """A write the services refused, with the reason in the advisor's language."""

    message: str


def guarded(op: Callable[[Desk], Any]) -> Callable[[Desk], Any]:
    """`op` whose refusal (a `DomainError`) comes back as a `Refused` value, so the
    caller learns the reason for its own write, even when writes run elsewhere."""

    def run(desk: Desk) -> Any:
        try:
            return op(desk)
        except DomainError as exc:
            return Refused(exc.message(desk.lang))

    return run


def submit(
    runner, op: Callable[[Desk], Any], on_done: Callable[[Any], None], initiator: object = None
) -> None:
    """Run a write on the runner (`runner_bridge.write`); `on_done` receives the
    write's result or a `Refused`."""
    runner_bridge.write(runner, guarded(op), on_done, initiator=initiator)
