"""Events with their invitations, and the coming week's appointments: in each
boutique's opening hours and time zone, never two for one advisor or one room at the
same time, with pieces pulled from the store's stock and the preparation checklist a
booking on the demo's desk would have written (in its language)."""

from __future__ import annotations

import datetime as dt
import uuid

from jeweldesk.demo.network import StoreInfo
from jeweldesk.demo.world import ClientInfo, World
from jeweldesk.domain import preparation
from jeweldesk.domain.vocab import (
    AppointmentKind,
    AppointmentSource,
    AppointmentStatus,
    RoomKind,
    Rsvp,
)
from jeweldesk.storage.models import Appointment, ChecklistItem, Event, Invitation, PreSelection

# (title, Chinese title, kind, collection, days from the anchor, hours long, capacity)
EVENTS = (
    (
        "Heritage high-jewellery evening",
        "传承系列高级珠宝之夜",
        "private_dinner",
        "Heritage",
        -70,
        3,
        24,
    ),
    ("Étoile collection launch", "星辰系列新品发布", "launch", "Étoile", -40, 2, 60),
    ("Pearl care masterclass", "珍珠保养大师课", "masterclass", "Pearl Atelier", 10, 2, 16),
    ("Jardin private preview", "花园系列私享预览", "launch", "Jardin", 24, 3, 30),
)
# kind: (minutes, room kinds it can use in order of preference; empty: no room)
APPOINTMENT_KINDS = {
    AppointmentKind.PRIVATE_VIEWING: (90, (RoomKind.SALON,)),
    AppointmentKind.BRIDAL: (90, (RoomKind.BRIDAL_ROOM, RoomKind.SALON)),
    AppointmentKind.BESPOKE: (120, (RoomKind.SALON, RoomKind.WORKSHOP)),
    AppointmentKind.LAUNCH_PREVIEW: (60, (RoomKind.SALON,)),
    AppointmentKind.CLEANING: (30, ()),
    AppointmentKind.REPAIR: (30, ()),
    AppointmentKind.VIRTUAL: (60, ()),
}
# What the advisor titled the appointment, in the demo desk's language (the words the
# calendar uses for each kind).
KIND_TITLES = {
    AppointmentKind.PRIVATE_VIEWING: ("Private viewing", "私人品鉴", "私人品鑑"),
    AppointmentKind.BRIDAL: ("Bridal consultation", "婚戒咨询", "婚戒諮詢"),
    AppointmentKind.BESPOKE: ("Bespoke design session", "定制设计", "訂製設計"),
    AppointmentKind.LAUNCH_PREVIEW: ("Launch preview", "新品预览", "新品預覽"),
    AppointmentKind.CLEANING: ("Cleaning and inspection", "清洁与检测", "清潔與檢測"),
    AppointmentKind.REPAIR: ("Repair collection", "维修取件", "維修取件"),
    AppointmentKind.VIRTUAL: ("Virtual consultation", "线上咨询", "線上諮詢"),
}


def _title(kind: AppointmentKind, greeting: str, lang: str) -> str:
    en, zh_cn, zh_tw = KIND_TITLES[kind]
    if lang == "zh_CN":
        return f"{zh_cn}：{greeting}"
    if lang == "zh_TW":
        return f"{zh_tw}：{greeting}"
    return f"{en}: {greeting}"


NEEDS_PIECES = (
    AppointmentKind.PRIVATE_VIEWING,
    AppointmentKind.BRIDAL,
    AppointmentKind.BESPOKE,
    AppointmentKind.LAUNCH_PREVIEW,
)


def add_events(world: World, store: StoreInfo, ranked: list[ClientInfo], books) -> None:
    """Four events a boutique; the best clients who accept marketing are invited
    (the very best to nearly all of them: the event-fatigue case)."""
    rng = world.rng
    advisor_of = {c.id: staff_id for staff_id, held in books.items() for c in held}
    invitable = [c for c in ranked if c.marketing]
    for title, title_zh, kind, collection, offset, hours, capacity in EVENTS:
        day = world.today + dt.timedelta(days=offset)
        starts = dt.datetime.combine(day, dt.time(18, 30), tzinfo=store.zone)
        event_id = world.loader.add(
            Event,
            store_id=store.id,
            title=title,
            title_zh=title_zh,
            kind=kind,
            collection=collection,
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=hours),
            capacity=capacity,
            description=f"{title} at {store.spec.name}.",
        )
        guests = invitable[: min(len(invitable), capacity * 2)]
        for client in guests:
            invited_at = starts - dt.timedelta(days=rng.randint(14, 28))
            past = offset < 0
            rsvp = rng.choices(
                (Rsvp.ACCEPTED, Rsvp.DECLINED, Rsvp.PENDING), (55, 35, 10) if past else (35, 15, 50)
            )[0]
            if past and rsvp is Rsvp.PENDING:
                rsvp = Rsvp.DECLINED
            answered = (
                None if rsvp is Rsvp.PENDING else invited_at + dt.timedelta(days=rng.randint(1, 6))
            )
            world.loader.add(
                Invitation,
                event_id=event_id,
                client_id=client.id,
                invited_by_id=advisor_of.get(
                    client.id, store.manager.id if store.manager else None
                ),
                invited_at=min(invited_at, world.midnight),
                rsvp=rsvp,
                rsvp_at=min(answered, world.midnight) if answered else None,
                guests=rng.choice((0, 0, 1)),
                attended=(rsvp is Rsvp.ACCEPTED and rng.random() < 0.85) if past else None,
            )


class Diary:
    """Busy intervals per advisor and per room, so no slot is given twice."""

    def __init__(self) -> None:
        self.busy: dict[uuid.UUID, list[tuple[dt.datetime, dt.datetime]]] = {}

    def free(self, key: uuid.UUID | None, start: dt.datetime, end: dt.datetime) -> bool:
        if key is None:
            return True
        return all(end <= s or start >= e for s, e in self.busy.get(key, ()))

    def book(self, key: uuid.UUID | None, start: dt.datetime, end: dt.datetime) -> None:
        if key is not None:
            self.busy.setdefault(key, []).append((start, end))


def add_appointments(world: World, store: StoreInfo, ranked: list[ClientInfo], books) -> int:
    """The coming week (today and six days on) for every seller of the boutique, and a
    few requests from the website waiting to be confirmed."""
    rng = world.rng
    diary = Diary()
    made = 0
    spec = store.spec
    for offset in range(7):
        day = world.today + dt.timedelta(days=offset)
        if day.weekday() in spec.closed_weekdays:
            continue
        for seller in store.sellers:
            held = books.get(seller.id) or ranked[:40]
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                if not held:
                    break
                client = rng.choice(held)
                made += _appointment(world, store, diary, day, seller.id, client)
    for _ in range(rng.randint(2, 4)):  # online requests: no advisor or room until confirmed
        day = world.today + dt.timedelta(days=rng.randint(1, 6))
        if day.weekday() in spec.closed_weekdays:
            day += dt.timedelta(days=1)
        start = _local(
            day, rng.randrange(_minutes(spec.opens), _minutes(spec.closes) - 60, 30), store
        )
        client = rng.choice(ranked[40:] or ranked) if ranked and rng.random() < 0.5 else None
        appointment_id = world.loader.add(
            Appointment,
            store_id=store.id,
            client_id=client.id if client else None,
            kind=AppointmentKind.BRIDAL,
            status=AppointmentStatus.REQUESTED,
            source=AppointmentSource.ONLINE,
            advisor_id=None,
            second_advisor_id=None,
            room_id=None,
            starts_at=start,
            ends_at=start + dt.timedelta(minutes=60),
            title="Bridal consultation (online request)",
            notes="",
            request_contact=client.greeting
            if client
            else "Ms Zhou, via the mini-program: looking for an engagement ring around 1 ct",
            requested_at=world.midnight - dt.timedelta(hours=rng.randint(1, 30)),
            confirmed_at=None,
            cancelled_reason="",
            outcome="",
            outcome_note="",
            double_booked=False,
        )
        _checklist(world, store, appointment_id, client, None)
        made += 1
    return made


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _local(day: dt.date, minute: int, store: StoreInfo) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=store.zone)
    return local.astimezone(dt.UTC)


def _appointment(world, store: StoreInfo, diary: Diary, day, advisor_id, client: ClientInfo) -> int:
    rng = world.rng
    kind = rng.choices(list(APPOINTMENT_KINDS), (35, 20, 8, 12, 10, 5, 10))[0]
    minutes, room_kinds = APPOINTMENT_KINDS[kind]
    rooms = [rid for wanted in room_kinds for rid, k in store.rooms if k is wanted]
    opens, closes = _minutes(store.spec.opens), _minutes(store.spec.closes)
    for _attempt in range(8):
        begin = rng.randrange(opens, closes - minutes + 1, 30)
        start = _local(day, begin, store)
        end = start + dt.timedelta(minutes=minutes)
        if not diary.free(advisor_id, start, end):
            continue
        room = next((r for r in rooms if diary.free(r, start, end)), None)
        if rooms and room is None:
            continue
        diary.book(advisor_id, start, end)
        diary.book(room, start, end)
        break
    else:
        return 0  # the day is full for this advisor
    status = AppointmentStatus.CONFIRMED if rng.random() < 0.9 else AppointmentStatus.REQUESTED
    appointment_id = world.loader.add(
        Appointment,
        store_id=store.id,
        client_id=client.id,
        kind=kind,
        status=status,
        source=AppointmentSource.IN_STORE,
        advisor_id=advisor_id,
        second_advisor_id=None,
        room_id=room,
        starts_at=start,
        ends_at=end,
        title=_title(kind, client.greeting, world.lang),
        notes="",
        request_contact="",
        requested_at=None,
        confirmed_at=world.midnight - dt.timedelta(days=rng.randint(1, 10))
        if status is AppointmentStatus.CONFIRMED
        else None,
        cancelled_reason="",
        outcome="",
        outcome_note="",
        double_booked=False,
    )
    if kind in NEEDS_PIECES:
        _pull(world, store, appointment_id, client)
    _checklist(world, store, appointment_id, client, room)
    return 1


def _pull(world: World, store: StoreInfo, appointment_id, client: ClientInfo) -> None:
    rng = world.rng
    stock = world.on_hand.get(store.code, [])
    favourites = [p for p in stock if p.collection == client.collection] or stock
    for piece in rng.sample(favourites, min(len(favourites), rng.randint(2, 4))):
        world.loader.add(
            PreSelection,
            appointment_id=appointment_id,
            piece_id=piece.id,
            quantity=1,
            note="",
            pulled=False,
        )


def _checklist(
    world: World,
    store: StoreInfo,
    appointment_id,
    client: ClientInfo | None,
    room: uuid.UUID | None,
) -> None:
    """What booking the appointment on the demo's desk would have prepared, from the
    same records and in the desk's language."""
    items = preparation.checklist(
        world.lang,
        room=preparation.room_name(*store.room_names[room], world.lang) if room else None,
        client_language=client.language if client else None,
        preferences=client.served if client else (),
        sizes=client.ring_sizes if client else (),
    )
    for position, (kind, text) in enumerate(items):
        world.loader.add(
            ChecklistItem,
            appointment_id=appointment_id,
            position=position,
            kind=kind,
            text=text,
            done=False,
        )
