"""The catalogue and the stock per store: enough for pre-selection, wishlist matching
and "is it in stock here"."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.money import parse_amount
from jeweldesk.services.appointments import available
from jeweldesk.services.base import Written, freeze, reading, unit_of_work
from jeweldesk.services.directory import store_row
from jeweldesk.services.records import CataloguePieceRecord, StockLevelRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


@dataclass(frozen=True)
class StockedPiece:
    piece: CataloguePieceRecord
    on_hand: int
    free: int | None  # free for a given slot, when one was asked about


class StockService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def find(
        self,
        *,
        text: str = "",
        collection: str = "",
        stone: str = "",
        metal: str = "",
        category: str = "",
        max_price: str | Decimal | None = None,
        store_id: uuid.UUID | None = None,
        in_stock_only: bool = True,
        slot: tuple[dt.datetime, dt.datetime] | None = None,
        limit: int = 100,
    ) -> list[StockedPiece]:
        """Pieces for pre-selection: by collection, stone, metal, price, free text;
        with what the store holds (and what is free in `slot`)."""
        with reading(self.desk) as s:
            store = store_row(s, store_id or self.desk.home_store_id)
            query = (
                select(m.CataloguePiece, m.StockLevel.on_hand)
                .outerjoin(
                    m.StockLevel,
                    (m.StockLevel.piece_id == m.CataloguePiece.id)
                    & (m.StockLevel.store_id == store.id)
                    & m.StockLevel.deleted.is_(False),
                )
                .where(m.CataloguePiece.deleted.is_(False), m.CataloguePiece.active.is_(True))
            )
            if text:
                like = f"%{text.strip()}%"
                query = query.where(
                    or_(
                        m.CataloguePiece.name.ilike(like),
                        m.CataloguePiece.name_zh.like(like),
                        m.CataloguePiece.sku.ilike(like),
                    )
                )
            if collection:
                query = query.where(m.CataloguePiece.collection.ilike(collection))
            if stone:
                query = query.where(m.CataloguePiece.main_stone.ilike(f"%{stone}%"))
            if metal:
                query = query.where(m.CataloguePiece.metal.ilike(f"%{metal}%"))
            if category:
                query = query.where(m.CataloguePiece.category.ilike(category))
            if in_stock_only:
                query = query.where(m.StockLevel.on_hand > 0)
            ceiling = (
                parse_amount(max_price, store.currency) if max_price not in (None, "") else None
            )
            out = []
            for piece, on_hand in s.execute(
                query.order_by(m.CataloguePiece.collection, m.CataloguePiece.name)
            ):
                # Prices are exact decimal text on SQLite: compare in Python, not SQL.
                if ceiling is not None and piece.price > ceiling:
                    continue
                free = available(s, store.id, piece.id, *slot) if slot else None
                out.append(StockedPiece(freeze(piece), on_hand or 0, free))
                if len(out) >= limit:
                    break
            return out

    def set_on_hand(
        self, piece_id: uuid.UUID, quantity: int, *, store_id: uuid.UUID | None = None
    ) -> Written[StockLevelRecord]:
        """Set what the store holds (a count, or a CSV import line)."""
        if not isinstance(quantity, int) or quantity < 0:
            raise ValidationError("stock.negative", field="quantity")
        with unit_of_work(self.desk) as work:
            store = store_row(work.session, store_id or self.desk.home_store_id)
            piece = work.session.get(m.CataloguePiece, piece_id)
            if piece is None or piece.deleted:
                raise NotFound("piece.not_found", value=str(piece_id))
            level = work.session.scalar(
                select(m.StockLevel).where(
                    m.StockLevel.store_id == store.id, m.StockLevel.piece_id == piece.id
                )
            )
            if level is None:
                level = m.StockLevel(store_id=store.id, piece_id=piece.id, on_hand=quantity)
                work.session.add(level)
            else:
                level.on_hand = quantity
                level.deleted = False
        return Written(freeze(level), work.changes)

    def free_for_slot(
        self,
        piece_id: uuid.UUID,
        start: dt.datetime,
        end: dt.datetime,
        *,
        store_id: uuid.UUID | None = None,
    ) -> int:
        with reading(self.desk) as s:
            store = store_row(s, store_id or self.desk.home_store_id)
            return available(s, store.id, piece_id, start, end)
