"""The catalogue, stock per store, the client's jewellery box with per-stone
certificate data, and the wishlist."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jeweldesk.domain.vocab import StoneOrigin
from jeweldesk.storage.models.base import Base, Synced, enum_column
from jeweldesk.storage.types import Amount, Measure


class CataloguePiece(Synced, Base):
    __tablename__ = "catalogue_pieces"

    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    collection: Mapped[str] = mapped_column(String(80), default="", index=True)
    category: Mapped[str] = mapped_column(String(40))  # ring, necklace, earrings, bracelet…
    metal: Mapped[str] = mapped_column(String(40), default="")  # platinum, 18k white gold…
    fineness: Mapped[str] = mapped_column(String(16), default="")  # 950, 750
    main_stone: Mapped[str] = mapped_column(String(40), default="")
    stone_origin: Mapped[StoneOrigin | None] = mapped_column(enum_column(StoneOrigin))
    carat: Mapped[Decimal | None] = mapped_column(Measure())
    colour: Mapped[str] = mapped_column(String(40), default="")
    clarity: Mapped[str] = mapped_column(String(16), default="")
    cut: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[Decimal] = mapped_column(Amount())
    currency: Mapped[str] = mapped_column(String(3))
    photo_path: Mapped[str] = mapped_column(String(400), default="")
    launched_on: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(default=True)


class StockLevel(Synced, Base):
    __tablename__ = "stock_levels"
    __table_args__ = (UniqueConstraint("store_id", "piece_id"),)

    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), index=True)
    piece_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("catalogue_pieces.id"), index=True)
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    store_price: Mapped[Decimal | None] = mapped_column(Amount())  # local price list, if any
    store_currency: Mapped[str] = mapped_column(String(3), default="")


class OwnedPiece(Synced, Base):
    """A piece in the client's jewellery box, bought here or elsewhere."""

    __tablename__ = "owned_pieces"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    piece_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalogue_pieces.id"))
    purchase_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("purchase_lines.id"))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    description: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(40), default="")
    serial: Mapped[str] = mapped_column(String(60), default="")
    metal: Mapped[str] = mapped_column(String(40), default="")
    fineness: Mapped[str] = mapped_column(String(16), default="")
    hallmark: Mapped[str] = mapped_column(String(80), default="")
    total_weight_g: Mapped[Decimal | None] = mapped_column(Measure())
    bought_here: Mapped[bool] = mapped_column(default=True)
    acquired_on: Mapped[dt.date | None] = mapped_column(Date)
    value: Mapped[Decimal | None] = mapped_column(Amount())
    currency: Mapped[str] = mapped_column(String(3), default="")
    provenance: Mapped[str] = mapped_column(String(200), default="")
    recycled_metal_pct: Mapped[int | None] = mapped_column(Integer)
    photo_path: Mapped[str] = mapped_column(String(400), default="")

    stones: Mapped[list[Stone]] = relationship(back_populates="owned_piece")


class Stone(Synced, Base):
    """One stone of an owned piece with its grading and lab report: what a
    certificate prints."""

    __tablename__ = "stones"

    owned_piece_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("owned_pieces.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=1)
    origin: Mapped[StoneOrigin] = mapped_column(enum_column(StoneOrigin))
    stone_type: Mapped[str] = mapped_column(String(40))  # diamond, ruby, akoya pearl…
    shape: Mapped[str] = mapped_column(String(40), default="")  # round brilliant, oval…
    carat: Mapped[Decimal | None] = mapped_column(Measure())
    colour: Mapped[str] = mapped_column(String(40), default="")
    clarity: Mapped[str] = mapped_column(String(16), default="")
    cut_grade: Mapped[str] = mapped_column(String(16), default="")
    polish: Mapped[str] = mapped_column(String(16), default="")
    symmetry: Mapped[str] = mapped_column(String(16), default="")
    fluorescence: Mapped[str] = mapped_column(String(24), default="")
    measurements: Mapped[str] = mapped_column(String(60), default="")  # 6.45 - 6.48 x 3.98 mm
    treatments: Mapped[str] = mapped_column(String(200), default="")
    lab: Mapped[str] = mapped_column(String(24), default="")  # GIA, HRD, IGI, NGTC
    report_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    girdle_inscription: Mapped[str] = mapped_column(String(60), default="")
    origin_country: Mapped[str] = mapped_column(String(60), default="")

    owned_piece: Mapped[OwnedPiece] = relationship(back_populates="stones")


class WishlistItem(Synced, Base):
    __tablename__ = "wishlist_items"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    relationship_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("relationships.id"))
    piece_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("catalogue_pieces.id"), index=True
    )
    description: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(String(400), default="")
    added_at: Mapped[dt.datetime]
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    fulfilled_at: Mapped[dt.datetime | None]
    removed_at: Mapped[dt.datetime | None]
