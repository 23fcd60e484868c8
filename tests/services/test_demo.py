"""The demo store network: deterministic, realistic and consistent."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from sqlalchemy import func, select

from jeweldesk.demo import build
from jeweldesk.demo.names import CANTONESE_FAMILY
from jeweldesk.domain.contacts import normalise_phone
from jeweldesk.domain.names import has_cjk
from jeweldesk.domain.vocab import OPEN_APPOINTMENT, ContactKind, Role
from jeweldesk.paths import database_path
from jeweldesk.storage.db import LocalStore
from jeweldesk.storage.models import (
    Appointment,
    BookEntry,
    CataloguePiece,
    ChecklistItem,
    Client,
    ContactPoint,
    Purchase,
    PurchaseLine,
    Room,
    SearchKey,
    Setting,
    Staff,
    Stone,
    Store,
)
from jeweldesk.storage.search import search_client_ids

# Large enough that Paris (20%) fills three books of at least 30 clients.
N = 600
ANCHOR = dt.date(2025, 3, 14)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    summary = build(folder, clients=N, seed=7)
    store = LocalStore(database_path(folder))
    yield summary, store
    store.close()


def _fingerprint(folder) -> dict:
    store = LocalStore(database_path(folder))
    try:
        with store.engine.connect() as conn:
            clients = sorted(
                conn.execute(
                    select(
                        Client.name_local,
                        Client.name_romanised,
                        Client.segment,
                        ContactPoint.normalised,
                    )
                    .join(ContactPoint, ContactPoint.client_id == Client.id)
                    .where(ContactPoint.kind == ContactKind.PHONE)
                ).all()
            )
            purchases = sorted(
                conn.execute(
                    select(Purchase.receipt_number, Purchase.total, Purchase.currency)
                ).all()
            )
            appointments = sorted(
                conn.execute(
                    select(Appointment.starts_at, Appointment.title, Appointment.kind)
                ).all()
            )
            stones = sorted(conn.execute(select(Stone.report_number, Stone.colour)).all())
    finally:
        store.close()
    return {
        "clients": clients,
        "purchases": purchases,
        "appointments": appointments,
        "stones": stones,
    }


def test_same_seed_builds_the_same_network(tmp_path):
    build(tmp_path / "a", clients=300, seed=11, today=ANCHOR)
    build(tmp_path / "b", clients=300, seed=11, today=ANCHOR)
    first, second = _fingerprint(tmp_path / "a"), _fingerprint(tmp_path / "b")
    assert len(first["clients"]) >= 300
    assert first["purchases"] and first["appointments"] and first["stones"]
    assert first == second


def test_another_seed_builds_another_network(tmp_path):
    build(tmp_path / "a", clients=300, seed=11, today=ANCHOR)
    build(tmp_path / "b", clients=300, seed=12, today=ANCHOR)
    first, second = _fingerprint(tmp_path / "a"), _fingerprint(tmp_path / "b")
    assert first["clients"] != second["clients"]
    assert first["purchases"] != second["purchases"]


def test_summary_and_settings(demo):
    summary, store = demo
    assert summary.clients == N and summary.counts["clients"] == N
    assert summary.store_code == "SH01" and summary.seconds > 0
    assert summary.counts["catalogue_pieces"] == 300
    sh_advisors = [a for a in summary.advisors if a.store_code == "SH01" and a.role == "advisor"]
    assert summary.signed_in_email == sh_advisors[0].email
    assert len(set(summary.advisor_emails)) == len(summary.advisors)
    with store.session() as session:
        settings = {s.key: s.value for s in session.scalars(select(Setting))}
        assert settings == {
            "device_store_code": "SH01",
            "demo": True,
            "signed_in_email": summary.signed_in_email,
        }
        signed_in = session.scalars(
            select(Staff).where(Staff.email == summary.signed_in_email)
        ).one()
        assert signed_in.role is Role.ADVISOR and signed_in.active
    json.dumps(summary.as_dict())  # the CLI prints it


def test_every_store_has_a_time_zone_currency_and_rooms(demo):
    _, store = demo
    expected = {
        "SH01": ("Asia/Shanghai", "CNY", "CN"),
        "HK01": ("Asia/Hong_Kong", "HKD", "HK"),
        "PA01": ("Europe/Paris", "EUR", "FR"),
    }
    with store.session() as session:
        stores = session.scalars(select(Store)).all()
        assert {s.code: (s.timezone, s.currency, s.country) for s in stores} == expected
        for s in stores:
            ZoneInfo(s.timezone)
            assert s.name_local and has_cjk(s.name_local)
            rooms = session.scalars(select(Room).where(Room.store_id == s.id)).all()
            assert 2 <= len(rooms) <= 3
            assert all(r.name and has_cjk(r.name_local) for r in rooms)


def test_every_advisor_holds_a_book_of_30_to_50(demo):
    _, store = demo
    with store.session() as session:
        advisors = session.scalars(
            select(Staff).where(Staff.role == Role.ADVISOR, Staff.active.is_(True))
        ).all()
        assert len(advisors) >= 9  # three stores, three to six advisors each
        active = select(BookEntry).where(BookEntry.ended_at.is_(None))
        entries = session.scalars(active).all()
        per_advisor = defaultdict(int)
        for entry in entries:
            per_advisor[entry.advisor_id] += 1
        for advisor in advisors:
            assert 30 <= per_advisor[advisor.id] <= 50, advisor.name
        # A client is in one active book at a time.
        held = [e.client_id for e in entries]
        assert len(held) == len(set(held))
        # The advisor who left handed over: closed entries, and a note on the new ones.
        ended = session.scalars(select(BookEntry).where(BookEntry.ended_at.is_not(None))).all()
        assert ended
        assert all(e.ended_at.tzinfo is not None for e in ended)


def test_every_phone_is_a_valid_mobile_in_e164(demo):
    _, store = demo
    with store.session() as session:
        phones = session.scalars(
            select(ContactPoint).where(ContactPoint.kind == ContactKind.PHONE)
        ).all()
    assert len(phones) >= N
    for phone in phones:
        parsed = phonenumbers.parse(phone.normalised, None)
        assert phonenumbers.is_valid_number(parsed), phone.normalised
        assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
        region = phonenumbers.region_code_for_number(parsed)
        assert normalise_phone(phone.value, region) == phone.normalised
    assert len({p.normalised for p in phones}) == len(phones)


def test_no_advisor_or_room_is_double_booked(demo):
    _, store = demo
    with store.session() as session:
        appointments = session.scalars(
            select(Appointment).where(Appointment.status.in_(OPEN_APPOINTMENT))
        ).all()
    for resource in ("advisor_id", "room_id"):
        by_key = defaultdict(list)
        for a in appointments:
            if getattr(a, resource) is not None:
                by_key[getattr(a, resource)].append((a.starts_at, a.ends_at))
        assert by_key
        for slots in by_key.values():
            slots.sort()
            for (_, end), (start, _) in zip(slots, slots[1:], strict=False):
                assert end <= start


def test_appointments_fill_the_coming_week_in_opening_hours(demo):
    _, store = demo
    today = dt.datetime.now(dt.UTC).date()
    with store.session() as session:
        zones = {s.id: (ZoneInfo(s.timezone), s.code) for s in session.scalars(select(Store))}
        appointments = session.scalars(select(Appointment)).all()
    assert len(appointments) >= 30
    assert {zones[a.store_id][1] for a in appointments} == {"SH01", "HK01", "PA01"}
    for a in appointments:
        zone, code = zones[a.store_id]
        start, end = a.starts_at.astimezone(zone), a.ends_at.astimezone(zone)
        assert today - dt.timedelta(days=1) <= start.date() <= today + dt.timedelta(days=8)
        assert start < end and start.date() == end.date()
        opens = dt.time(10) if code == "SH01" else dt.time(10, 30)
        closes = {"SH01": dt.time(22), "HK01": dt.time(20), "PA01": dt.time(19)}[code]
        assert opens <= start.time() and end.time() <= closes
        if code == "PA01":
            assert start.weekday() != 6  # Place Vendôme is closed on Sundays


def test_the_agenda_is_prepared_in_the_desks_language_as_a_booking_would_be(demo):
    _, store = demo
    with store.session() as session:
        appointments = session.scalar(select(func.count()).select_from(Appointment))
        items = session.scalars(select(ChecklistItem).order_by(ChecklistItem.position)).all()
    by_appointment = defaultdict(list)
    for item in items:
        by_appointment[item.appointment_id].append((item.kind, item.text))
    assert len(by_appointment) == appointments  # every booking is prepared
    # The desk's default language, in the catalogue's words: nothing written by hand.
    assert all(
        checklist[-1] == ("pieces", "Pull the pre-selected pieces")
        for checklist in by_appointment.values()
    )
    assert any(
        ("language", "Speaks Mandarin (Simplified Chinese)") in c for c in by_appointment.values()
    )


def test_a_chinese_demo_prepares_its_agenda_in_chinese(tmp_path, capsys):
    from jeweldesk.__main__ import main
    from jeweldesk.services import Desk

    assert (
        main(
            [
                "demo",
                "--data-dir",
                str(tmp_path),
                "--clients",
                "150",
                "--seed",
                "5",
                "--lang",
                "zh_CN",
                "--json",
            ]
        )
        == 0
    )
    capsys.readouterr()
    with Desk.open(tmp_path) as desk:
        assert desk.lang == "zh_CN"  # the device's language is set
        now = dt.datetime.now(dt.UTC)
        week = desk.appointments.between(now - dt.timedelta(days=1), now + dt.timedelta(days=9))
        booked = [a for a in week if a.client_id and a.room_id]
        assert len(booked) >= 3
        for n, appointment in enumerate(booked[:6]):
            assert "：" in appointment.title and has_cjk(appointment.title.split("：")[0]), (
                appointment.title
            )
            _, _, seeded = desk.appointments.get(appointment.id)
            texts = [(i.kind, i.text) for i in seeded]
            assert texts[-1] == ("pieces", "取出预选的珠宝")
            assert all(has_cjk(text) for kind, text in texts if kind != "refreshment"), texts
            # The same client and room booked on this desk today: the same checklist.
            zone = ZoneInfo("Asia/Shanghai")
            start = dt.datetime.combine(now.date() + dt.timedelta(days=40 + n), dt.time(10), zone)
            again = desk.appointments.create(
                kind=appointment.kind,
                starts_at=start,
                client_id=appointment.client_id,
                room_id=appointment.room_id,
            ).value
            _, _, prepared = desk.appointments.get(again.id)
            assert [(i.kind, i.text) for i in prepared] == texts


def test_chinese_clients_have_local_and_romanised_names(demo):
    _, store = demo
    with store.session() as session:
        rows = session.execute(
            select(Client.name_local, Client.name_romanised, Client.language, Store.code).join(
                Store, Store.id == Client.home_store_id
            )
        ).all()
    chinese = [r for r in rows if r.language.startswith("zh")]
    assert len(chinese) > N // 3
    for local, romanised, _language, _code in chinese:
        assert has_cjk(local)
        assert romanised and romanised.isascii() and romanised[0].isupper()
    hong_kong = [r for r in rows if r.code == "HK01"]
    # Cantonese romanisation ("Chan Tai Man"), not pinyin.
    assert all(r.name_romanised.split()[0] in CANTONESE_FAMILY.values() for r in hong_kong)
    assert {r.language for r in hong_kong} <= {"zh_TW", "en"}
    assert {r.language for r in rows if r.code == "PA01"} <= {"fr", "en", "zh_CN"}


def test_money_is_exact_and_purchases_add_up(demo):
    _, store = demo
    with store.session() as session:
        lines = defaultdict(Decimal)
        for line in session.scalars(select(PurchaseLine)):
            assert isinstance(line.unit_price, Decimal)
            lines[line.purchase_id] += line.unit_price * line.quantity
        purchases = session.scalars(select(Purchase)).all()
        assert purchases
        homes = dict(session.execute(select(Client.id, Client.home_store_id)).all())
        assert any(p.store_id != homes[p.client_id] for p in purchases)  # cross-store history
        for p in purchases:
            assert p.total == lines[p.id]
            assert p.purchased_at.tzinfo is not None
        # (Selecting whole Stone or CataloguePiece rows would trip the SAWarning about
        # `Measure` lacking `cache_ok`, so the columns checked are named.)
        prices = session.scalars(select(CataloguePiece.price)).all()
        assert len(prices) == 300
        assert all(isinstance(p, Decimal) and p > 0 for p in prices)
        diamonds = session.execute(
            select(Stone.report_number, Stone.girdle_inscription).where(
                Stone.lab == "GIA", Stone.stone_type == "diamond"
            )
        ).all()
        assert diamonds
        for s in diamonds:
            assert len(s.report_number) == 10 and s.report_number.isdigit()
            assert s.girdle_inscription == f"GIA {s.report_number}"


def test_the_search_index_has_one_row_per_client(demo):
    _, store = demo
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(SearchKey)).scalar_one() == N
        phone = conn.execute(
            select(ContactPoint.normalised, ContactPoint.client_id)
            .where(ContactPoint.kind == ContactKind.PHONE)
            .limit(1)
        ).one()
        found = search_client_ids(conn, phone.normalised[-8:])
        assert phone.client_id.hex in found


def test_building_into_a_store_with_clients_is_refused(demo):
    summary, _ = demo
    with pytest.raises(ValueError, match="already holds"):
        build(summary.database.parent, clients=10)


def test_cli_prints_a_json_summary(tmp_path, capsys):
    from jeweldesk.__main__ import main

    assert (
        main(["demo", "--data-dir", str(tmp_path), "--clients", "40", "--seed", "3", "--json"]) == 0
    )
    summary = json.loads(capsys.readouterr().out.strip())
    assert summary["clients"] == 40 and summary["counts"]["clients"] == 40
    assert summary["store_code"] == "SH01" and "seconds" in summary
    assert main(["demo", "--data-dir", str(tmp_path), "--clients", "40"]) == 1


def test_a_store_network_without_clients_is_not_empty_either(tmp_path):
    summary = build(tmp_path, clients=0)
    assert summary.counts["clients"] == 0 and summary.counts["stores"] == 3
    with pytest.raises(ValueError, match="already holds 0 clients in 3 stores"):
        build(tmp_path, clients=10)
