"""The house catalogue: invented collections with real gemmological attributes, prices
in CNY that follow how jewellers price (a diamond's price per carat rises with size,
colour and clarity), and stock per store."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from jeweldesk.demo.loader import Loader
from jeweldesk.demo.network import TO_CNY, StoreInfo
from jeweldesk.domain.vocab import StoneOrigin
from jeweldesk.storage.models import CataloguePiece, StockLevel

# collection: (Chinese name, favoured categories, favoured stones, favoured metals, style)
COLLECTIONS = {
    "Étoile": (
        "星辰",
        ("ring", "pendant", "earrings", "bracelet", "necklace"),
        ("diamond",),
        ("platinum 950", "18k white gold"),
        "modern",
    ),
    "Lotus": (
        "莲",
        ("ring", "pendant", "earrings", "bracelet", "brooch"),
        ("ruby", "diamond", "pink sapphire"),
        ("18k rose gold",),
        "statement",
    ),
    "Heritage": (
        "传承",
        ("ring", "necklace", "brooch", "earrings"),
        ("sapphire", "emerald", "ruby"),
        ("18k yellow gold", "platinum 950"),
        "vintage",
    ),
    "Bridal Classics": (
        "经典婚嫁",
        ("engagement ring", "wedding band", "engagement ring"),
        ("diamond",),
        ("platinum 950", "18k white gold"),
        "classic",
    ),
    "Pearl Atelier": (
        "珍珠工坊",
        ("necklace", "earrings", "pendant", "bracelet", "ring"),
        ("akoya pearl", "south sea pearl"),
        ("18k white gold", "18k yellow gold"),
        "classic",
    ),
    "Jardin": (
        "花园",
        ("ring", "earrings", "pendant", "brooch"),
        ("tanzanite", "opal", "emerald", "sapphire"),
        ("18k yellow gold", "18k rose gold"),
        "statement",
    ),
}

CATEGORY_ZH = {
    "ring": "戒指",
    "engagement ring": "订婚戒指",
    "wedding band": "结婚对戒",
    "necklace": "项链",
    "pendant": "吊坠",
    "earrings": "耳环",
    "bracelet": "手链",
    "brooch": "胸针",
}
DESIGNS = {  # category: ((English, Chinese), …)
    "ring": (("Cocktail", "鸡尾酒"), ("Pavé", "密镶"), ("Halo", "光环"), ("Cluster", "花簇")),
    "engagement ring": (
        ("Solitaire", "单钻"),
        ("Halo", "光环"),
        ("Three-Stone", "三石"),
        ("Cathedral", "教堂"),
    ),
    "wedding band": (("Classic", "经典"), ("Eternity", "永恒全钻"), ("Half-Eternity", "半圈钻")),
    "necklace": (("Rivière", "河流"), ("Lariat", "Y字"), ("Strand", "单串"), ("Collier", "颈饰")),
    "pendant": (("Drop", "水滴"), ("Medallion", "圆牌"), ("Solitaire", "单石")),
    "earrings": (("Studs", "耳钉"), ("Drops", "耳坠"), ("Hoops", "耳圈"), ("Chandelier", "流苏")),
    "bracelet": (("Tennis", "网球"), ("Bangle", "手镯"), ("Chain", "链式")),
    "brooch": (("Spray", "花束"), ("Bow", "蝴蝶结"), ("Bird", "飞鸟")),
}
METAL_ZH = {
    "platinum 950": "铂金",
    "18k white gold": "18K白金",
    "18k yellow gold": "18K黄金",
    "18k rose gold": "18K玫瑰金",
}
STONE_ZH = {
    "diamond": "钻石",
    "ruby": "红宝石",
    "sapphire": "蓝宝石",
    "pink sapphire": "粉色蓝宝石",
    "emerald": "祖母绿",
    "akoya pearl": "Akoya珍珠",
    "south sea pearl": "南洋珍珠",
    "tanzanite": "坦桑石",
    "opal": "欧泊",
}

COLOURS = "DEFGHIJ"
CLARITIES = ("FL", "IF", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2")
SHAPES = (
    "round brilliant",
    "round brilliant",
    "round brilliant",
    "oval",
    "cushion",
    "pear",
    "emerald cut",
    "princess",
)
COLOURED_GRADES = {  # stone: (colour words, origin countries, treatments, lab)
    "ruby": (
        ("pigeon's blood red", "vivid red", "red"),
        ("Myanmar (Burma)", "Mozambique"),
        ("No indications of heating", "Heated"),
        "GRS",
    ),
    "sapphire": (
        ("royal blue", "cornflower blue", "blue"),
        ("Sri Lanka", "Kashmir", "Madagascar"),
        ("No indications of heating", "Heated"),
        "SSEF",
    ),
    "pink sapphire": (("pink", "vivid pink"), ("Madagascar", "Sri Lanka"), ("Heated",), "GRS"),
    "emerald": (
        ("vivid green", "green"),
        ("Colombia", "Zambia"),
        ("Minor oil", "Insignificant oil"),
        "Gübelin",
    ),
    "tanzanite": (("violetish blue", "blue-violet"), ("Tanzania",), ("Heated",), "GIA"),
    "opal": (
        ("white with play-of-colour", "black with play-of-colour"),
        ("Australia",),
        ("None",),
        "GIA",
    ),
    # Pearls are cultured: the schema's origins (natural, lab-grown, simulant) have no
    # word for it, so the report's treatment line says so.
    "akoya pearl": (("white rosé", "silver-white"), ("Japan",), ("Cultured; bleached",), "GIA"),
    "south sea pearl": (
        ("white", "golden"),
        ("Australia", "Philippines"),
        ("Cultured; no treatment",),
        "GIA",
    ),
}
# Price per carat (CNY) of a 1 ct stone of good quality, before the size premium.
PER_CARAT = {
    "ruby": 60000,
    "sapphire": 30000,
    "pink sapphire": 18000,
    "emerald": 35000,
    "tanzanite": 6000,
    "opal": 8000,
}
SETTING_CNY = {
    "ring": 9000,
    "engagement ring": 12000,
    "wedding band": 7000,
    "necklace": 22000,
    "pendant": 8000,
    "earrings": 12000,
    "bracelet": 20000,
    "brooch": 26000,
}


@dataclass(frozen=True)
class Piece:
    id: uuid.UUID
    sku: str
    name: str
    name_zh: str
    collection: str
    category: str
    metal: str
    fineness: str
    main_stone: str
    origin: StoneOrigin | None
    carat: Decimal | None
    colour: str
    clarity: str
    cut: str  # cut grade for diamonds, shape otherwise
    shape: str
    price: Decimal  # CNY
    launched_on: dt.date


def _round_price(value: float) -> Decimal:
    step = 100 if value < 100_000 else 1000
    return Decimal(int(round(value / step)) * step)


def _diamond_price(carat: float, colour: str, clarity: str, lab: bool) -> float:
    # Rapaport-style: per-carat price rises with size; D/FL fetch multiples of J/SI2.
    per_carat = 38000 * carat**0.9 * (1.12 ** (6 - COLOURS.index(colour)))
    per_carat *= 1.10 ** (7 - CLARITIES.index(clarity))
    return per_carat * carat * (0.25 if lab else 1.0)


def _diamond(rng: random.Random, category: str) -> tuple[float, str, str]:
    if category == "engagement ring":
        carat = rng.choice((0.3, 0.4, 0.5, 0.7, 0.9, 1.0, 1.01, 1.2, 1.5, 2.0, 2.5, 3.0))
    else:
        carat = rng.choice((0.3, 0.5, 0.8, 1.0, 1.5, 2.0))
    colour = rng.choice(COLOURS[:5] if carat >= 1.5 else COLOURS)
    clarity = rng.choice(CLARITIES[2:] if rng.random() < 0.9 else CLARITIES)
    return carat, colour, clarity


def build_catalogue(
    loader: Loader, rng: random.Random, stores: list[StoreInfo], today: dt.date, count: int = 300
) -> tuple[list[Piece], dict[str, list[Piece]]]:
    """The pieces, and per store code the pieces on hand there."""
    pieces: list[Piece] = []
    collections = list(COLLECTIONS)
    for n in range(count):
        collection = collections[n % len(collections)]
        zh, categories, stones, metals, _style = COLLECTIONS[collection]
        category = rng.choice(categories)
        design, design_zh = rng.choice(DESIGNS[category])
        metal = rng.choice(metals)
        stone = rng.choice(stones)
        if category == "wedding band" or category in ("engagement ring",):
            stone = "diamond"
        fineness = "950" if metal.startswith("platinum") else "750"
        origin: StoneOrigin | None = StoneOrigin.NATURAL
        carat: float | None = None
        colour = clarity = cut = ""
        shape = rng.choice(SHAPES)
        price = float(SETTING_CNY[category]) * (1.6 if fineness == "950" else 1.0)
        if category == "wedding band":
            carat = rng.choice((0.0, 0.1, 0.25, 0.5, 1.0))
            stone = "diamond" if carat else ""
            colour, clarity, shape = ("F", "VS1", "round brilliant") if carat else ("", "", "")
            price += carat * 25000
            origin = StoneOrigin.NATURAL if carat else None
        elif stone == "diamond":
            carat, colour, clarity = _diamond(rng, category)
            if category == "earrings":
                carat = round(carat * 2, 2)  # a pair: total carat weight
            lab = collection == "Étoile" and rng.random() < 0.1
            origin = StoneOrigin.LAB_GROWN if lab else StoneOrigin.NATURAL
            cut = (
                rng.choice(("Excellent", "Excellent", "Very Good"))
                if shape == "round brilliant"
                else ""
            )
            price += _diamond_price(carat, colour, clarity, lab)
        elif "pearl" in stone:
            size = (
                rng.choice((7.5, 8.0, 8.5, 9.0))
                if stone == "akoya pearl"
                else rng.choice((10, 11, 12, 13, 14))
            )
            colour = rng.choice(COLOURED_GRADES[stone][0])
            shape = f"round, {size} mm"
            origin = None  # cultured: see COLOURED_GRADES
            strand = category == "necklace"
            price += (
                (900 if stone == "akoya pearl" else 4500) * (size / 8) ** 3 * (40 if strand else 2)
            )
        else:
            carat = round(rng.uniform(0.8, 6.0), 2)
            colour = rng.choice(COLOURED_GRADES[stone][0])
            shape = rng.choice(("oval", "cushion", "emerald cut", "pear"))
            price += PER_CARAT[stone] * carat**1.5
        name = f"{collection} {design} {category.title()}"
        stone_zh = STONE_ZH.get(stone, "")
        name_zh = f"{zh}系列{METAL_ZH[metal]}{stone_zh}{design_zh}{CATEGORY_ZH[category]}"
        piece = Piece(
            id=uuid.UUID(int=0),
            sku=f"{collection[:3].upper().replace('É', 'E')}-{n + 1:04d}",
            name=name,
            name_zh=name_zh,
            collection=collection,
            category=category,
            metal=metal,
            fineness=fineness,
            main_stone=stone,
            origin=origin if stone else None,
            carat=Decimal(str(carat)).quantize(Decimal("0.01")) if carat else None,
            colour=colour,
            clarity=clarity,
            cut=cut,
            shape=shape,
            price=_round_price(price),
            launched_on=today - dt.timedelta(days=rng.randrange(30, 3000)),
        )
        piece_id = loader.add(
            CataloguePiece,
            sku=piece.sku,
            name=piece.name,
            name_zh=piece.name_zh,
            collection=collection,
            category=category,
            metal=metal,
            fineness=fineness,
            main_stone=stone,
            stone_origin=piece.origin,
            carat=piece.carat,
            colour=colour,
            clarity=clarity,
            cut=cut or shape,
            description=_description(piece),
            price=piece.price,
            currency="CNY",
            launched_on=piece.launched_on,
            active=True,
        )
        pieces.append(Piece(**{**piece.__dict__, "id": piece_id}))
    return pieces, _stock(loader, rng, stores, pieces)


def _description(p: Piece) -> str:
    stone = ""
    if p.main_stone == "diamond" and p.carat:
        kind = "laboratory-grown " if p.origin is StoneOrigin.LAB_GROWN else ""
        stone = f", set with a {p.carat} ct {p.shape} {kind}diamond, {p.colour} colour, {p.clarity}"
    elif p.main_stone:
        weight = f"{p.carat} ct " if p.carat else ""
        stone = f", set with {weight}{p.colour} {p.main_stone}"
    return f"{p.category.capitalize()} in {p.metal}{stone}. {p.collection} collection."


def store_price(piece: Piece, currency: str) -> Decimal:
    """The piece's price on the store's price list, rounded the way tags are."""
    if currency == "CNY":
        return piece.price
    local = piece.price / TO_CNY[currency]
    step = Decimal("10") if currency == "EUR" else Decimal("100")
    return ((local / step).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * step).quantize(
        Decimal("0.01")
    )


def _stock(
    loader: Loader, rng: random.Random, stores: list[StoreInfo], pieces: list[Piece]
) -> dict[str, list[Piece]]:
    on_hand_by_store: dict[str, list[Piece]] = {}
    for store in stores:
        here = on_hand_by_store[store.code] = []
        for piece in pieces:
            if rng.random() < 0.12:  # not carried in this boutique
                continue
            on_hand = rng.choice((0, 1, 1, 1, 2, 2, 3, 4, 5))
            loader.add(
                StockLevel,
                store_id=store.id,
                piece_id=piece.id,
                on_hand=on_hand,
                store_price=store_price(piece, store.currency),
                store_currency=store.currency,
            )
            if on_hand:
                here.append(piece)
    return on_hand_by_store
