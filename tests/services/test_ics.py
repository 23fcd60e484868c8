"""An appointment as .ics: parses back with icalendar, in the store's zone (TZID and a
VTIMEZONE), the store and room as location, kind and advisor described, and nothing
sensitive in it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from jeweldesk.services.ics import appointment_ics, ics_filename

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _book(desk, network, **kw):
    day = dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=2)
    client = desk.clients.create(
        name_local="林晓", greeting_name="林女士", phones=["138 0000 1234"]
    ).value
    return desk.appointments.create(
        kind="private_viewing",
        starts_at=dt.datetime.combine(day, dt.time(14, 30), SHANGHAI),
        ends_at=dt.datetime.combine(day, dt.time(16, 0), SHANGHAI),
        client_id=client.id,
        advisor_id=network.advisor.id,
        second_advisor_id=network.advisor2.id,
        room_id=network.salon.id,
        title="Private viewing: 林女士",
        notes="SENSITIVE: divorce settlement, pays cash",
        **kw,
    ).value, day


def test_ics_round_trip_in_store_time(desk, network):
    appointment, day = _book(desk, network)
    data = appointment_ics(desk, appointment.id)
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == dt.datetime.combine(day, dt.time(14, 30), SHANGHAI)
    assert end - start == dt.timedelta(minutes=90)
    assert event["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert event["dtend"].params["TZID"] == "Asia/Shanghai"
    assert b"DTSTART;TZID=Asia/Shanghai:" in data
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert str(event["uid"]).startswith(str(appointment.id))
    assert str(event["summary"]) == "Private viewing: 林女士"
    location = str(event["location"])
    assert "Shanghai Flagship" in location and "Jade Salon" in location
    description = str(event["description"])
    assert "Private viewing" in description and "Li Na" in description and "Zhou Jie" in description
    assert str(event["status"]) == "CONFIRMED"


def test_ics_never_carries_sensitive_words(desk, network):
    appointment, _day = _book(desk, network)
    desk.appointments.record_outcome(
        appointment.id, "purchase", "bought the solitaire, paid 98,000"
    )
    data = appointment_ics(desk, appointment.id).decode()
    unfolded = data.replace("\r\n ", "")
    for secret in ("SENSITIVE", "divorce", "cash", "98,000", "138", "林晓"):
        assert secret not in unfolded


def test_cancelled_appointment_exports_as_cancelled_in_chinese(desk, network):
    appointment, _day = _book(desk, network)
    desk.appointments.cancel(appointment.id, "travelling")
    event = Calendar.from_ical(appointment_ics(desk, appointment.id, lang="zh_CN")).walk("VEVENT")[
        0
    ]
    assert str(event["status"]) == "CANCELLED"
    assert "顾问" in str(event["description"]) and "私享鉴赏" in str(event["description"])
    assert "travelling" not in str(event.to_ical())


def test_file_name_has_local_time_and_no_name(desk, network):
    appointment, day = _book(desk, network)
    name = ics_filename(appointment, "Asia/Shanghai")
    assert name == f"appointment-{day:%Y%m%d}-1430-private_viewing.ics"
