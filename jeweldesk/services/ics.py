"""An appointment as an iCalendar file (RFC 5545), for the advisor's own calendar or to
send the client: times in the store's zone (TZID with its VTIMEZONE), the store and
room as the location, the kind and advisor in the description. Qt-free.

Sensitive words never leave the device this way: the appointment's notes, its outcome
note, the website request's contact details and the cancellation reason are left out."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from jeweldesk.domain.messages import render
from jeweldesk.domain.timezones import in_store_time
from jeweldesk.domain.vocab import AppointmentStatus

if TYPE_CHECKING:
    from jeweldesk.services import Desk
    from jeweldesk.services.records import AppointmentRecord

PRODID = "-//JewelDesk//Appointments//EN"

_STATUS = {
    AppointmentStatus.REQUESTED: "TENTATIVE",
    AppointmentStatus.CONFIRMED: "CONFIRMED",
    AppointmentStatus.ARRIVED: "CONFIRMED",
    AppointmentStatus.COMPLETED: "CONFIRMED",
    AppointmentStatus.CANCELLED: "CANCELLED",
    AppointmentStatus.NO_SHOW: "CANCELLED",
}

_WORDS = {
    "advisor": {"en": "Advisor", "zh_CN": "顾问", "zh_TW": "顧問"},
    "second": {"en": "With", "zh_CN": "协同", "zh_TW": "協同"},
}


def _word(key: str, lang: str) -> str:
    entry = _WORDS[key]
    return entry.get(lang, entry["en"])


def appointment_ics(desk: Desk, appointment_id: uuid.UUID, *, lang: str | None = None) -> bytes:
    """One VEVENT for the appointment, in the store's time zone, as .ics bytes."""
    lang = lang or desk.lang
    appointment, _selections, _checklist = desk.appointments.get(appointment_id)
    store = desk.directory.store(appointment.store_id)
    zone = store.timezone
    room = next((r for r in desk.directory.rooms(store.id) if r.id == appointment.room_id), None)
    kind = render(f"word.appointment.{appointment.kind.value}", lang)
    kind = kind[:1].upper() + kind[1:]

    lines = [kind]
    for key, person_id in (
        ("advisor", appointment.advisor_id),
        ("second", appointment.second_advisor_id),
    ):
        if person_id is not None:
            person = desk.directory.person(person_id)
            name = (
                f"{person.name} {person.name_local}".strip() if person.name_local else person.name
            )
            lines.append(f"{_word(key, lang)}: {name}")

    location = ", ".join(p for p in (store.name, room.name if room else "", store.address) if p)
    # The title names the client by greeting only ("Private viewing: Ms Shen"): an
    # exported calendar is not the place for a full name or contact details.
    summary = appointment.title or kind

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{appointment.id}@jeweldesk")
    event.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    event.add("dtstart", in_store_time(appointment.starts_at, zone))
    event.add("dtend", in_store_time(appointment.ends_at, zone))
    event.add("summary", summary)
    event.add("location", location)
    event.add("description", "\n".join(lines))
    event.add("status", _STATUS.get(appointment.status, "CONFIRMED"))
    event.add("categories", [kind])
    calendar.add_component(event)
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical


def ics_filename(appointment: AppointmentRecord, zone: str) -> str:
    """A file name for the export: the store-local date and time and the kind, no name."""
    start = in_store_time(appointment.starts_at, zone)
    return f"appointment-{start:%Y%m%d-%H%M}-{appointment.kind.value}.ics"
