"""A client's history with the house: purchases (some in other boutiques), the
jewellery box they filled with certificate data per stone, wishlist, interactions,
benefits, service jobs and service-recovery cases."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from decimal import ROUND_HALF_UP, Decimal

from jeweldesk.demo import texts
from jeweldesk.demo.catalogue import COLLECTIONS, COLOURED_GRADES, Piece, store_price
from jeweldesk.demo.network import TO_CNY, TO_USD, StoreInfo
from jeweldesk.demo.world import ClientInfo, World
from jeweldesk.domain.vocab import (
    BenefitSource,
    CaseStatus,
    Channel,
    InteractionKind,
    PurchaseChannel,
    ServiceKind,
    ServiceStatus,
    StoneOrigin,
)
from jeweldesk.storage.models import (
    Benefit,
    BenefitUse,
    Client,
    Interaction,
    OwnedPiece,
    Purchase,
    PurchaseLine,
    ServiceCase,
    ServiceJob,
    Stone,
    WishlistItem,
)

# tier: (purchases in the last 12 months, older purchases, share of the tier that has
# bought nothing this year (declining), price band as quantiles of the catalogue).
# The bands follow the segment floors: the cheapest quarter of the catalogue is
# under USD 5,000, the top third is what VICs buy.
PURCHASE_PLAN = {
    "vic": ((2, 4), (1, 4), 0.0, (0.70, 1.00)),
    "core": ((1, 1), (0, 2), 0.15, (0.28, 0.70)),
    "potential": ((1, 1), (0, 1), 0.2, (0.00, 0.26)),
    "prospect": ((0, 0), (0, 1), 1.0, (0.00, 0.20)),
}
# Segment thresholds on rolling 12-month spend in USD (DOMAIN.md defaults).
SEGMENTS = ((50_000, "vic"), (5_000, "core"), (1_000, "potential"), (0, "prospect"))
WEIGHT_G = {
    "ring": (4, 9),
    "engagement ring": (3, 6),
    "wedding band": (3, 7),
    "necklace": (12, 40),
    "pendant": (2, 6),
    "earrings": (4, 12),
    "bracelet": (10, 30),
    "brooch": (12, 30),
}
CHANNELS = {"CN": Channel.WECHAT, "HK": Channel.WHATSAPP, "FR": Channel.EMAIL}
# A campaign voucher per boutique currency: (value, minimum purchase), the renminbi
# voucher's worth at the demo's rates, in round local figures.
VOUCHERS = {"CNY": (2_000, 20_000), "HKD": (2_200, 22_000), "EUR": (250, 2_500)}
# What a service costs in Shanghai; other boutiques charge the same at the demo's rates.
SERVICE_ESTIMATES_CNY = {
    ServiceKind.RESIZE: 800,
    ServiceKind.REPAIR: 2500,
    ServiceKind.ENGRAVING: 500,
    ServiceKind.RESTRINGING: 1200,
}


def local_amount(cny: int, currency: str) -> Decimal:
    """A renminbi amount in `currency` at the demo's rates, to the nearest 10 (5 in euros)."""
    step = Decimal(5) if currency == "EUR" else Decimal(10)
    local = Decimal(cny) / TO_CNY[currency]
    return ((local / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step).quantize(
        Decimal("0.01")
    )


def segment_for(spend_usd: float) -> str:
    return next(name for floor, name in SEGMENTS if spend_usd >= floor)


def add_history(world: World, info: ClientInfo, home: StoreInfo, tier: str) -> None:
    """Everything after the first meeting; sets the client's cached segment."""
    owned = _purchases(world, info, home, tier)
    _benefits(world, info, home, owned)
    _wishlist(world, info, home, tier)
    _interactions(world, info, home, tier)
    if owned and world.rng.random() < 0.04:
        _service_job(world, info, home, owned)
    if owned and world.rng.random() < 0.008:
        _service_case(world, info, home)
    info.segment = segment_for(info.spend_12m_usd)
    world.loader.patch_last(Client, segment=info.segment)


def _age_days(world: World, info: ClientInfo) -> int:
    return max(1, (world.midnight - info.created_at).days)


def _purchases(world: World, info: ClientInfo, home: StoreInfo, tier: str) -> list[tuple]:
    """Returns the owned pieces as (owned piece id, piece, store, acquired on, purchase id)."""
    rng = world.rng
    (r_lo, r_hi), (o_lo, o_hi), lapsed, (q_lo, q_hi) = PURCHASE_PLAN[tier]
    age = _age_days(world, info)
    recent = 0 if rng.random() < lapsed else rng.randint(r_lo, r_hi)
    when: list[float] = [rng.uniform(1, min(360, age)) for _ in range(recent)]
    if age > 400:
        when += [rng.uniform(366, age) for _ in range(rng.randint(o_lo, o_hi))]
    band = world.by_price[int(q_lo * len(world.by_price)) : max(1, int(q_hi * len(world.by_price)))]
    owned: list[tuple] = []
    for days in sorted(when, reverse=True):
        store = home
        if rng.random() < 0.12:  # bought while travelling: the history must still show it
            store = rng.choice([s for s in world.stores if s is not home])
        at = world.days_ago(days, store)
        pieces = [rng.choice(band) for _ in range(1 if rng.random() < 0.8 else 2)]
        year = at.astimezone(store.zone).year
        purchase_id = world.loader.add(
            Purchase,
            client_id=info.id,
            store_id=store.id,
            advisor_id=rng.choice(store.sellers).id,
            purchased_at=at,
            channel=rng.choices(list(PurchaseChannel), (85, 3, 7, 5))[0],
            receipt_number=f"{store.code}-{year}-{world.next_number('receipt' + store.code):06d}",
            total=sum((store_price(p, store.currency) for p in pieces), Decimal("0")),
            currency=store.currency,
            source="pos",
        )
        for piece in pieces:
            price = store_price(piece, store.currency)
            serial = f"{piece.sku}-{world.next_number('serial'):06d}"
            line_id = world.loader.add(
                PurchaseLine,
                purchase_id=purchase_id,
                piece_id=piece.id,
                description=piece.name,
                quantity=1,
                unit_price=price,
                serial=serial,
            )
            usd = float(price * TO_USD[store.currency])
            info.lifetime_usd += usd
            if days <= 365:
                info.spend_12m_usd += usd
            owned_id = _owned_piece(world, info, piece, store, line_id, serial, at.date(), price)
            owned.append((owned_id, piece, store, at.date(), purchase_id))
    if rng.random() < 0.06:  # a piece from elsewhere: inherited, or another house's
        _outside_piece(world, info)
    return owned


def _owned_piece(
    world: World,
    info: ClientInfo,
    piece: Piece,
    store: StoreInfo,
    line_id: uuid.UUID,
    serial: str,
    acquired: dt.date,
    price: Decimal,
) -> uuid.UUID:
    rng = world.rng
    lo, hi = WEIGHT_G[piece.category]
    owned_id = world.loader.add(
        OwnedPiece,
        client_id=info.id,
        piece_id=piece.id,
        purchase_line_id=line_id,
        store_id=store.id,
        description=piece.name,
        category=piece.category,
        serial=serial,
        metal=piece.metal,
        fineness=piece.fineness,
        hallmark=f"{'PT' if piece.fineness == '950' else 'AU'}{piece.fineness} JD",
        total_weight_g=Decimal(str(round(rng.uniform(lo, hi), 2))),
        bought_here=True,
        acquired_on=acquired,
        value=price,
        currency=store.currency,
        provenance="Recycled gold, RJC certified" if rng.random() < 0.3 else "",
        recycled_metal_pct=rng.choice((None, 50, 100)),
    )
    if piece.main_stone:
        stones = 2 if piece.category == "earrings" else 1
        for position in range(1, stones + 1):
            _stone(world, owned_id, piece, position, stones)
    return owned_id


def _stone(world: World, owned_id, piece: Piece, position: int, of: int) -> None:
    rng = world.rng
    carat = piece.carat / of if piece.carat else None
    if carat is not None:
        carat = carat.quantize(Decimal("0.01"))
    values: dict = dict(
        owned_piece_id=owned_id,
        position=position,
        origin=piece.origin or StoneOrigin.NATURAL,
        stone_type=piece.main_stone,
        shape=piece.shape,
        carat=carat,
        colour=piece.colour,
        clarity=piece.clarity,
        cut_grade="",
        polish="",
        symmetry="",
        fluorescence="",
        measurements="",
        treatments="",
        lab="",
        report_number="",
        girdle_inscription="",
        origin_country="",
    )
    if piece.main_stone == "diamond":
        number = world.report_number()
        values.update(
            cut_grade=piece.cut,
            polish=rng.choice(("Excellent", "Very Good")),
            symmetry=rng.choice(("Excellent", "Very Good")),
            fluorescence=rng.choice(("None", "None", "Faint", "Medium Blue")),
            lab="IGI" if piece.origin is StoneOrigin.LAB_GROWN else "GIA",
            report_number=number,
            girdle_inscription=("LG" + number)
            if piece.origin is StoneOrigin.LAB_GROWN
            else f"GIA {number}",
            origin_country=rng.choice(("", "Botswana", "Canada", "Namibia")),
        )
        if carat and piece.shape == "round brilliant":
            # A round brilliant's diameter grows with the cube root of its weight.
            d = 6.45 * math.pow(float(carat), 1 / 3)
            values["measurements"] = f"{d:.2f} - {d * 1.005:.2f} x {d * 0.615:.2f} mm"
    elif piece.main_stone in COLOURED_GRADES:
        _colours, countries, treatments, lab = COLOURED_GRADES[piece.main_stone]
        values.update(
            lab=lab,
            report_number=world.report_number(),
            treatments=rng.choice(treatments),
            origin_country=rng.choice(countries),
        )
    world.loader.add(Stone, **values)


def _outside_piece(world: World, info: ClientInfo) -> None:
    rng = world.rng
    description, category, metal = rng.choice(
        (
            ("Vintage sapphire ring, inherited from her grandmother", "ring", "platinum"),
            ("Jade bangle, family heirloom", "bracelet", ""),
            ("Cartier Love bracelet", "bracelet", "18k yellow gold"),
            ("Van Cleef & Arpels Alhambra necklace", "necklace", "18k yellow gold"),
        )
    )
    world.loader.add(
        OwnedPiece,
        client_id=info.id,
        piece_id=None,
        purchase_line_id=None,
        store_id=None,
        description=description,
        category=category,
        serial="",
        metal=metal,
        fineness="",
        hallmark="",
        total_weight_g=None,
        bought_here=False,
        acquired_on=world.today - dt.timedelta(days=rng.randrange(400, 9000)),
        value=None,
        currency="",
        provenance="",
        recycled_metal_pct=None,
    )


def _benefits(world: World, info: ClientInfo, home: StoreInfo, owned: list[tuple]) -> None:
    rng, add = world.rng, world.loader.add
    if owned:
        _owned_id, piece, store, acquired, purchase_id = owned[0]
        benefit_id = add(
            Benefit,
            client_id=info.id,
            source=BenefitSource.PURCHASE,
            purchase_id=purchase_id,
            code="CARE-LIFE",
            title="Lifetime complimentary cleaning and inspection",
            title_zh="终身免费清洗与检查",
            conditions="Pieces bought from the house.",
            value=None,
            currency="",
            valid_from=acquired,
            valid_until=None,
            max_uses=None,
        )
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            add(
                BenefitUse,
                benefit_id=benefit_id,
                store_id=home.id,
                staff_id=rng.choice(home.sellers).id,
                used_at=world.days_ago(rng.uniform(1, max(2, (world.today - acquired).days)), home),
                note="Cleaning and prong check",
            )
        bridal = [
            o
            for o in owned
            if o[1].category in ("engagement ring", "wedding band")
            and (world.today - o[3]).days < 180
        ]
        if bridal:
            _, _, store, acquired, purchase_id = bridal[-1]
            add(
                Benefit,
                client_id=info.id,
                source=BenefitSource.PURCHASE,
                purchase_id=purchase_id,
                code="RESIZE-6M",
                title="Free resizing within six months",
                title_zh="六个月内免费改圈",
                conditions="One resizing of the bridal piece.",
                value=None,
                currency="",
                valid_from=acquired,
                valid_until=acquired + dt.timedelta(days=182),
                max_uses=1,
            )
    if rng.random() < 0.08:
        value, minimum = VOUCHERS[home.currency]
        add(
            Benefit,
            client_id=info.id,
            source=BenefitSource.CAMPAIGN,
            purchase_id=None,
            code=f"V-{home.code}-{world.next_number('voucher'):05d}",
            title="Spring voucher",
            title_zh="春季礼券",
            conditions=f"On a purchase of {texts.money_words(minimum, home.currency, 'en')} or more.",
            value=Decimal(value).quantize(Decimal("0.01")),
            currency=home.currency,
            valid_from=world.today - dt.timedelta(days=60),
            valid_until=world.today + dt.timedelta(days=rng.randrange(-15, 75)),
            max_uses=1,
        )


def _wishlist(world: World, info: ClientInfo, home: StoreInfo, tier: str) -> None:
    rng = world.rng
    if rng.random() > (0.45 if tier in ("vic", "core") else 0.15):
        return
    favourites = [p for p in world.pieces if p.collection == info.collection] or world.pieces
    for _ in range(rng.randint(1, 3)):
        piece = rng.choice(favourites)
        added = world.days_ago(rng.uniform(1, min(400, _age_days(world, info))), home)
        world.loader.add(
            WishlistItem,
            client_id=info.id,
            relationship_id=None,
            piece_id=piece.id,
            description=piece.name,
            note="",
            added_at=added,
            added_by_id=rng.choice(home.sellers).id,
            fulfilled_at=None,
            removed_at=None,
        )


def _interactions(world: World, info: ClientInfo, home: StoreInfo, tier: str) -> None:
    rng = world.rng
    lo, hi = {"vic": (3, 6), "core": (1, 2), "potential": (0, 1), "prospect": (0, 1)}[tier]
    key = texts.lang_key(info.language)
    pool = texts.INTERACTIONS.get(key, texts.INTERACTIONS["en"])
    for _ in range(rng.randint(lo, hi)):
        summary, outcome = rng.choice(pool)
        kind = rng.choice(
            (
                InteractionKind.MESSAGE,
                InteractionKind.MESSAGE,
                InteractionKind.CALL,
                InteractionKind.VISIT,
                InteractionKind.EMAIL,
            )
        )
        channel = {
            InteractionKind.CALL: Channel.PHONE,
            InteractionKind.VISIT: Channel.IN_PERSON,
            InteractionKind.EMAIL: Channel.EMAIL,
        }.get(kind, CHANNELS[home.spec.country])
        world.loader.add(
            Interaction,
            client_id=info.id,
            staff_id=rng.choice(home.sellers).id,
            store_id=home.id,
            kind=kind,
            channel=channel,
            occurred_at=world.days_ago(rng.uniform(0.5, min(540, _age_days(world, info))), home),
            summary=summary.format(
                collection=COLLECTIONS[info.collection][0] if key == "zh" else info.collection
            ),
            outcome=outcome,
        )


def _service_job(world: World, info: ClientInfo, home: StoreInfo, owned: list[tuple]) -> None:
    rng = world.rng
    owned_id, piece, _store, _acquired, _purchase = rng.choice(owned)
    kind = rng.choice(
        (
            ServiceKind.CLEANING,
            ServiceKind.RESIZE,
            ServiceKind.REPAIR,
            ServiceKind.ENGRAVING,
            ServiceKind.INSPECTION,
        )
        + ((ServiceKind.RESTRINGING,) * 3 if "pearl" in piece.main_stone else ())
    )
    status = rng.choices(list(ServiceStatus)[:4], (20, 30, 25, 25))[0]
    finished = status in (ServiceStatus.READY, ServiceStatus.COLLECTED)
    received = world.days_ago(rng.uniform(16, 45) if finished else rng.uniform(1, 10), home)
    ready_at = received + dt.timedelta(days=rng.randint(5, 14))
    estimate = SERVICE_ESTIMATES_CNY.get(kind, 0)
    world.loader.add(
        ServiceJob,
        client_id=info.id,
        store_id=home.id,
        owned_piece_id=owned_id,
        received_by_id=rng.choice(home.sellers).id,
        number=f"SJ-{home.code}-{world.next_number('job' + home.code):06d}",
        kind=kind,
        status=status,
        description=f"{kind.value.capitalize()}: {piece.name}",
        intake_condition=rng.choice(
            (
                "Light surface scratches, stones secure.",
                "Prong slightly lifted at 3 o'clock.",
                "Good condition.",
            )
        ),
        estimate=local_amount(estimate, home.currency),
        currency=home.currency,
        received_at=received,
        ready_by=(ready_at + dt.timedelta(days=2)).date(),
        ready_at=ready_at if finished else None,
        collected_at=ready_at + dt.timedelta(days=3) if status is ServiceStatus.COLLECTED else None,
    )


def _service_case(world: World, info: ClientInfo, home: StoreInfo) -> None:
    rng = world.rng
    complaint, resolution, gesture = rng.choice(texts.COMPLAINTS)
    status = rng.choice(list(CaseStatus))
    opened = world.days_ago(
        rng.uniform(0.1, 2) if status is CaseStatus.OPEN else rng.uniform(3, 200)
    )
    responded = opened + dt.timedelta(minutes=rng.randrange(20, 110))
    resolved = opened + dt.timedelta(hours=rng.randrange(4, 30))
    done = status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
    world.loader.add(
        ServiceCase,
        client_id=info.id,
        store_id=home.id,
        opened_by_id=rng.choice(home.sellers).id,
        manager_id=home.manager.id if home.manager else None,
        status=status,
        opened_at=opened,
        complaint=complaint,
        apology="Apologised in person." if status is not CaseStatus.OPEN else "",
        gesture=gesture if done else "",
        first_response_at=responded if status is not CaseStatus.OPEN else None,
        resolved_at=resolved if done else None,
        resolution=resolution if done else "",
        follow_up_due=(resolved + dt.timedelta(days=7)).date() if done else None,
        follow_up_done_at=resolved + dt.timedelta(days=7) if status is CaseStatus.CLOSED else None,
    )
