"""What the client owns, wants and bought: the jewellery box with certificate data,
the wishlist, and purchases (immutable once recorded)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.money import normalise_currency, parse_amount
from jeweldesk.domain.names import clean, halfwidth
from jeweldesk.domain.vocab import PurchaseChannel, StoneOrigin
from jeweldesk.services.base import Written, freeze, now_utc, one_of, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.services.directory import store_row
from jeweldesk.services.records import (
    OwnedPieceRecord,
    PurchaseRecord,
    StoneRecord,
    WishlistItemRecord,
)
from jeweldesk.services.segments import load_rules
from jeweldesk.services.views import LineDraft, StoneDraft
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


def _measure(
    value: object, units: tuple[str, ...], low: Decimal, high: Decimal, error: ValidationError
) -> Decimal | None:
    """'1,5', '1.50ct', '1.5 克拉', '５.２g' → Decimal to 0.01; None when left blank."""
    if value is None or str(value).strip() == "":
        return None
    text = halfwidth(str(value)).strip().lower()
    for unit in units:  # longest first: 'carats' before 'ct'
        if text.endswith(unit):
            text = text.removesuffix(unit).strip()
            break
    if not re.fullmatch(r"\d*[.,]?\d+|\d+[.,]", text):
        raise error
    number = Decimal(text.replace(",", ".")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if not low <= number <= high:
        raise error
    return number


def _carat(value: object) -> Decimal | None:
    return _measure(
        value,
        ("carats", "carat", "克拉", "cts", "ct"),
        Decimal("0.01"),
        Decimal("1000"),
        ValidationError("stone.carat", field="carat", value=str(value)),
    )


def _grams(value: object) -> Decimal | None:
    return _measure(
        value,
        ("grams", "gram", "克", "gr", "g"),
        Decimal("0.01"),
        Decimal("10000"),
        ValidationError("piece.weight", field="total_weight_g", value=str(value)),
    )


def _stone_row(piece_id: uuid.UUID, position: int, draft: StoneDraft) -> m.Stone:
    try:
        origin = StoneOrigin(draft.origin)
    except ValueError:
        raise ValidationError("choice.invalid", field="origin", value=str(draft.origin)) from None
    if not clean(draft.stone_type):
        raise ValidationError("stone.type_required", field="stone_type")
    return m.Stone(
        owned_piece_id=piece_id,
        position=position,
        origin=origin,
        stone_type=clean(draft.stone_type),
        shape=clean(draft.shape),
        carat=_carat(draft.carat),
        colour=clean(draft.colour),
        clarity=clean(draft.clarity).upper(),
        cut_grade=clean(draft.cut_grade),
        polish=clean(draft.polish),
        symmetry=clean(draft.symmetry),
        fluorescence=clean(draft.fluorescence),
        measurements=clean(draft.measurements),
        treatments=clean(draft.treatments),
        lab=clean(draft.lab).upper(),
        report_number=clean(draft.report_number).replace(" ", ""),
        girdle_inscription=clean(draft.girdle_inscription),
        origin_country=clean(draft.origin_country),
    )


class JewelleryBoxService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add_piece(
        self,
        client_id: uuid.UUID,
        description: str,
        *,
        category: str = "",
        metal: str = "",
        fineness: str = "",
        hallmark: str = "",
        total_weight_g: str | Decimal | None = None,
        serial: str = "",
        bought_here: bool = False,
        acquired_on: dt.date | None = None,
        value: str | Decimal | None = None,
        currency: str = "",
        provenance: str = "",
        piece_id: uuid.UUID | None = None,
        stones: Sequence[StoneDraft] = (),
    ) -> Written[OwnedPieceRecord]:
        """A piece the client owns (bought here or elsewhere) with its stones."""
        description = clean(description)
        if not description:
            raise ValidationError("piece.description_required", field="description")
        currency = normalise_currency(currency) if (currency or "").strip() else ""
        weight = _grams(total_weight_g)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            amount = None
            if value is not None and str(value).strip():
                # A value is never kept without its currency: the client's store's by default.
                currency = currency or store_row(work.session, client.home_store_id).currency
                amount = parse_amount(value, currency)
            piece = m.OwnedPiece(
                client_id=client.id,
                piece_id=piece_id,
                description=description,
                category=clean(category),
                metal=clean(metal),
                fineness=clean(fineness),
                hallmark=clean(hallmark),
                total_weight_g=weight,
                serial=clean(serial),
                bought_here=bought_here,
                acquired_on=acquired_on,
                value=amount,
                currency=currency,
                provenance=clean(provenance),
            )
            work.session.add(piece)
            work.session.flush()
            for n, draft in enumerate(stones, start=1):
                work.session.add(_stone_row(piece.id, n, draft))
        return Written(freeze(piece), work.changes)

    def add_stone(self, owned_piece_id: uuid.UUID, draft: StoneDraft) -> Written[StoneRecord]:
        with unit_of_work(self.desk) as work:
            piece = work.session.get(m.OwnedPiece, owned_piece_id)
            if piece is None or piece.deleted:
                raise NotFound("client.not_found")
            position = 1 + len([s for s in piece.stones if not s.deleted])
            stone = _stone_row(piece.id, position, draft)
            work.session.add(stone)
        return Written(freeze(stone), work.changes)

    def remove_piece(self, owned_piece_id: uuid.UUID) -> Written[OwnedPieceRecord]:
        with unit_of_work(self.desk) as work:
            piece = work.session.get(m.OwnedPiece, owned_piece_id)
            if piece is None or piece.deleted:
                raise NotFound("client.not_found")
            piece.deleted = True
            for stone in piece.stones:
                stone.deleted = True
        return Written(freeze(piece), work.changes)


class WishlistService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add(
        self,
        client_id: uuid.UUID,
        *,
        piece_id: uuid.UUID | None = None,
        description: str = "",
        note: str = "",
        relationship_id: uuid.UUID | None = None,
    ) -> Written[WishlistItemRecord]:
        """A catalogue piece or a described wish, for the client or someone close."""
        description = clean(description)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            if piece_id is not None:
                piece = work.session.get(m.CataloguePiece, piece_id)
                if piece is None or piece.deleted:
                    raise NotFound("piece.not_found", value=str(piece_id))
                description = description or piece.name
            if not description:
                raise ValidationError("piece.description_required", field="description")
            if relationship_id is not None:
                rel = work.session.get(m.Relationship, relationship_id)
                if rel is None or rel.client_id != client.id:
                    raise NotFound("client.not_found")
            item = m.WishlistItem(
                client_id=client.id,
                relationship_id=relationship_id,
                piece_id=piece_id,
                description=description,
                note=clean(note),
                added_at=now_utc(),
                added_by_id=self.desk.acting_staff_id,
            )
            work.session.add(item)
        return Written(freeze(item), work.changes)

    def fulfil(self, item_id: uuid.UUID) -> Written[WishlistItemRecord]:
        with unit_of_work(self.desk) as work:
            item = work.session.get(m.WishlistItem, item_id)
            if item is None or item.deleted:
                raise NotFound("client.not_found")
            item.fulfilled_at = item.fulfilled_at or now_utc()
        return Written(freeze(item), work.changes)

    def remove(self, item_id: uuid.UUID) -> Written[WishlistItemRecord]:
        with unit_of_work(self.desk) as work:
            item = work.session.get(m.WishlistItem, item_id)
            if item is None or item.deleted:
                raise NotFound("client.not_found")
            item.removed_at = now_utc()
        return Written(freeze(item), work.changes)


class PurchaseService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def record(
        self,
        client_id: uuid.UUID,
        lines: Sequence[LineDraft],
        *,
        store_id: uuid.UUID | None = None,
        purchased_at: dt.datetime | None = None,
        channel: PurchaseChannel | str = PurchaseChannel.STORE,
        receipt_number: str = "",
        currency: str | None = None,
        add_to_box: bool = True,
    ) -> Written[PurchaseRecord]:
        """Record a sale entered by the advisor (when no POS feed exists). Each line
        goes into the jewellery box with its stones, stock at the store goes down,
        and wishlist items for the same pieces are marked fulfilled. The purchase is
        immutable afterwards."""
        if not lines:
            raise ValidationError("purchase.no_lines", field="lines")
        channel = one_of(PurchaseChannel, channel, "channel", "purchase.channel")
        when = purchased_at or now_utc()
        if when.tzinfo is None:
            raise ValueError("purchased_at must carry a time zone")
        if when > now_utc() + dt.timedelta(minutes=5):
            raise ValidationError("purchase.future", field="purchased_at")
        with unit_of_work(self.desk) as work:
            session = work.session
            client = client_row(session, client_id, for_edit=True)
            store = store_row(session, store_id or self.desk.home_store_id)
            money = (
                normalise_currency(currency) if currency and currency.strip() else store.currency
            )
            if money not in load_rules(session).rates:
                # The client's standing sums spend in the reporting currency.
                raise ValidationError(
                    "purchase.no_rate",
                    field="currency",
                    currency=money,
                    store_currency=store.currency,
                )
            acquired_on = when.astimezone(ZoneInfo(store.timezone)).date()
            # Everything is validated and the total known before the purchase is
            # written: a purchase is immutable, so it is inserted once, complete.
            priced = []
            for draft in lines:
                if (
                    not isinstance(draft.quantity, int)
                    or isinstance(draft.quantity, bool)
                    or draft.quantity < 1
                ):
                    raise ValidationError("purchase.quantity", field="quantity")
                piece = None
                if draft.piece_id is not None:
                    piece = session.get(m.CataloguePiece, draft.piece_id)
                    if piece is None:
                        raise NotFound("piece.not_found", value=str(draft.piece_id))
                description = clean(draft.description) or (piece.name if piece else "")
                if not description:
                    raise ValidationError("piece.description_required", field="description")
                priced.append((draft, piece, description, parse_amount(draft.unit_price, money)))
            purchase = m.Purchase(
                client_id=client.id,
                store_id=store.id,
                advisor_id=self.desk.acting_staff_id,
                purchased_at=when,
                channel=channel,
                receipt_number=clean(receipt_number),
                currency=money,
                total=sum((price * draft.quantity for draft, _, _, price in priced), Decimal(0)),
            )
            session.add(purchase)
            session.flush()
            for draft, piece, description, price in priced:
                line = m.PurchaseLine(
                    purchase_id=purchase.id,
                    piece_id=draft.piece_id,
                    description=description,
                    quantity=draft.quantity,
                    unit_price=price,
                    serial=clean(draft.serial),
                )
                session.add(line)
                session.flush()
                if piece is not None:
                    level = session.scalar(
                        select(m.StockLevel).where(
                            m.StockLevel.store_id == store.id, m.StockLevel.piece_id == piece.id
                        )
                    )
                    if level is not None and level.on_hand > 0:
                        level.on_hand = max(0, level.on_hand - draft.quantity)
                    for wish in session.scalars(
                        select(m.WishlistItem).where(
                            m.WishlistItem.client_id == client.id,
                            m.WishlistItem.piece_id == piece.id,
                            m.WishlistItem.fulfilled_at.is_(None),
                            m.WishlistItem.deleted.is_(False),
                        )
                    ):
                        wish.fulfilled_at = when
                if add_to_box:
                    for _ in range(draft.quantity):
                        owned = m.OwnedPiece(
                            client_id=client.id,
                            piece_id=draft.piece_id,
                            purchase_line_id=line.id,
                            store_id=store.id,
                            description=description,
                            category=piece.category if piece else "",
                            metal=piece.metal if piece else "",
                            fineness=piece.fineness if piece else "",
                            serial=clean(draft.serial),
                            bought_here=True,
                            acquired_on=acquired_on,
                            value=price,
                            currency=money,
                        )
                        session.add(owned)
                        session.flush()
                        for n, stone in enumerate(draft.stones, start=1):
                            session.add(_stone_row(owned.id, n, stone))
        return Written(freeze(purchase), work.changes)
