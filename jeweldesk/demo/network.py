"""The store network: three boutiques with their salons, and the people who work
there. The device the demo runs on is the Shanghai flagship's."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from jeweldesk.demo import names
from jeweldesk.demo.loader import Loader
from jeweldesk.domain.vocab import Role, RoomKind
from jeweldesk.storage.models import Room, Staff, Store

# Fixed demo exchange rates: CNY is the catalogue currency; USD drives the segments.
TO_CNY = {"CNY": Decimal("1"), "HKD": Decimal("0.92"), "EUR": Decimal("7.80")}
TO_USD = {"CNY": Decimal("0.138"), "HKD": Decimal("0.128"), "EUR": Decimal("1.08")}


@dataclass(frozen=True)
class StoreSpec:
    code: str
    name: str
    name_local: str
    city: str
    country: str
    timezone: str
    currency: str
    language: str  # the default language of its clients
    address: str
    phone: str
    share: float  # of the client base
    opens: dt.time
    closes: dt.time
    closed_weekdays: tuple[int, ...]
    rooms: tuple[tuple[str, str, RoomKind, int], ...]


STORES = (
    StoreSpec(
        "SH01",
        "Shanghai Plaza 66 Flagship",
        "上海恒隆广场旗舰店",
        "Shanghai",
        "CN",
        "Asia/Shanghai",
        "CNY",
        "zh_CN",
        "1266 West Nanjing Road, Jing'an District, Shanghai",
        "+86 21 6288 0166",
        0.5,
        dt.time(10),
        dt.time(22),
        (),
        (
            ("Salon Lotus", "莲花沙龙", RoomKind.SALON, 6),
            ("VIC Salon Étoile", "星辰贵宾厅", RoomKind.SALON, 4),
            ("Bridal Room", "婚嫁定制室", RoomKind.BRIDAL_ROOM, 4),
        ),
    ),
    StoreSpec(
        "HK01",
        "Hong Kong Landmark",
        "香港置地廣場店",
        "Hong Kong",
        "HK",
        "Asia/Hong_Kong",
        "HKD",
        "zh_TW",
        "15 Queen's Road Central, Central, Hong Kong",
        "+852 2521 0188",
        0.3,
        dt.time(10, 30),
        dt.time(20),
        (),
        (
            ("Harbour Salon", "維港廳", RoomKind.SALON, 6),
            ("Bridal Room", "婚嫁廳", RoomKind.BRIDAL_ROOM, 4),
        ),
    ),
    StoreSpec(
        "PA01",
        "Paris Place Vendôme",
        "巴黎旺多姆广场店",
        "Paris",
        "FR",
        "Europe/Paris",
        "EUR",
        "fr",
        "12 place Vendôme, 75001 Paris",
        "+33 1 42 60 00 12",
        0.2,
        dt.time(10, 30),
        dt.time(19),
        (6,),  # closed on Sundays
        (
            ("Salon Vendôme", "旺多姆沙龙", RoomKind.SALON, 8),
            ("Salon Étoile", "星辰沙龙", RoomKind.SALON, 4),
            ("Atelier", "工坊", RoomKind.WORKSHOP, 10),
        ),
    ),
)


@dataclass
class StaffMember:
    id: uuid.UUID
    name: str
    email: str
    role: Role
    store_code: str | None
    name_local: str = ""  # in Chinese characters, for staff who have a Chinese name

    def name_in(self, language: str) -> str:
        """陈雨 in Chinese text, Chen Yu otherwise (and whenever there is no Chinese name)."""
        return self.name_local if language.startswith("zh") and self.name_local else self.name


@dataclass
class StoreInfo:
    spec: StoreSpec
    id: uuid.UUID
    zone: ZoneInfo
    rooms: list[tuple[uuid.UUID, RoomKind]] = field(default_factory=list)
    room_names: dict[uuid.UUID, tuple[str, str]] = field(default_factory=dict)  # name, local name
    advisors: list[StaffMember] = field(default_factory=list)
    vic_consultant: StaffMember | None = None
    manager: StaffMember | None = None
    former: list[StaffMember] = field(default_factory=list)  # left; their books handed over

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def currency(self) -> str:
        return self.spec.currency

    @property
    def sellers(self) -> list[StaffMember]:
        return self.advisors + ([self.vic_consultant] if self.vic_consultant else [])


def advisor_count(store_clients: int) -> int:
    """Enough advisors that books of 30–50 cover the best clients, within 3–6 a store."""
    return max(3, min(6, store_clients // 60))


def _staff_person(rng: random.Random, spec: StoreSpec, gender: str) -> names.Person:
    if spec.country == "CN":
        return names.mandarin(rng, gender)
    if spec.country == "HK":
        return names.cantonese(rng, gender)
    return names.european(rng, gender)[0]


def _email(person: names.Person, domain: str, used: set[str]) -> str:
    if person.english_name:
        local = f"{names.ascii_slug(person.english_name)}.{names.ascii_slug(person.latin_family)}"
    elif person.family_first:
        local = f"{names.ascii_slug(person.latin_family)}.{names.ascii_slug(person.latin_given)}"
    else:
        local = f"{names.ascii_slug(person.latin_given)}.{names.ascii_slug(person.latin_family)}"
    email, n = f"{local}@{domain}", 2
    while email in used:
        email, n = f"{local}{n}@{domain}", n + 1
    used.add(email)
    return email


def _display(person: names.Person) -> str:
    if person.english_name:
        return f"{person.english_name} {person.latin_family}"
    return person.romanised


def build_network(
    loader: Loader, rng: random.Random, clients_per_store: dict[str, int]
) -> tuple[list[StoreInfo], StaffMember]:
    """Stores, rooms and staff; returns the stores and the head-office user."""
    stores: list[StoreInfo] = []
    used_emails: set[str] = set()
    phones = names.Phones(rng)
    for spec in STORES:
        store_id = loader.add(
            Store,
            code=spec.code,
            name=spec.name,
            name_local=spec.name_local,
            city=spec.city,
            country=spec.country,
            timezone=spec.timezone,
            currency=spec.currency,
            address=spec.address,
            phone=spec.phone,
        )
        info = StoreInfo(spec, store_id, ZoneInfo(spec.timezone))
        for name, name_local, kind, capacity in spec.rooms:
            room_id = loader.add(
                Room,
                store_id=store_id,
                name=name,
                name_local=name_local,
                kind=kind,
                capacity=capacity,
                active=True,
            )
            info.rooms.append((room_id, kind))
            info.room_names[room_id] = (name, name_local)
        domain = f"{spec.code.lower()}.jeweldesk.example"
        staff_language = {"CN": "zh_CN", "HK": "zh_TW"}.get(spec.country, "fr")
        roles = [Role.ADVISOR] * advisor_count(clients_per_store[spec.code])
        roles += [Role.VIC_CONSULTANT, Role.STORE_MANAGER]
        if spec.code == "SH01":
            roles.append(None)  # a former advisor whose clients were handed over
        for role in roles:
            person = _staff_person(rng, spec, "F" if rng.random() < 0.7 else "M")
            email = _email(person, domain, used_emails)
            member = StaffMember(
                loader.add(
                    Staff,
                    store_id=store_id,
                    name=_display(person),
                    name_local=person.name_local,
                    email=email,
                    role=role or Role.ADVISOR,
                    language=staff_language,
                    phone=phones.mobile(spec.country)[1],
                    active=role is not None,
                ),
                _display(person),
                email,
                role or Role.ADVISOR,
                spec.code,
                person.name_local,
            )
            if role is None:
                info.former.append(member)
            elif role is Role.ADVISOR:
                info.advisors.append(member)
            elif role is Role.VIC_CONSULTANT:
                info.vic_consultant = member
            else:
                info.manager = member
        stores.append(info)
    head_office = StaffMember(
        loader.add(
            Staff,
            store_id=None,
            name="Hélène Marchand",
            name_local="",
            language="en",
            email="helene.marchand@ho.jeweldesk.example",
            role=Role.HEAD_OFFICE,
            phone="+33612000001",
            active=True,
        ),
        "Hélène Marchand",
        "helene.marchand@ho.jeweldesk.example",
        Role.HEAD_OFFICE,
        None,
    )
    return stores, head_office
