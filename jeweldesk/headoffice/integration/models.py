"""The integration API's bodies and answers, as the OpenAPI schema shows them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from jeweldesk.domain.vocab import AppointmentKind, StoneOrigin

MAX_ORDERS = 10_000  # per batch
MAX_LINES = 200  # per order
MAX_REQUESTS = 1_000  # appointment requests per batch
MAX_PIECES = 10_000  # catalogue pieces per batch
MAX_LEVELS = 20_000  # stock levels per batch
MAX_MEMBERS = 10_000  # loyalty members per batch
MAX_CHANGES = 10_000  # changes per page of the feed

Code = Field(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9_-]+$")


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Customer(Body):
    """Who bought or asked: matched to a client by member id, then phone, then
    e-mail; a new prospect of the store when none matches."""

    member_id: str | None = Field(default=None, max_length=80, description="loyalty member number")
    phone: str | None = Field(
        default=None,
        max_length=40,
        description="as the system holds it; read in the store's country",
    )
    email: str | None = Field(default=None, max_length=254)
    family_name: str = Field(default="", max_length=100)
    given_name: str = Field(default="", max_length=100)
    name_local: str = Field(default="", max_length=200, description="the name in its own script")
    language: str | None = Field(default=None, max_length=8, pattern=r"^[a-z]{2}(_[A-Z]{2})?$")


class PurchaseLineIn(Body):
    sku: str = Field(default="", max_length=60, description="the catalogue's SKU, when known")
    description: str = Field(min_length=1, max_length=300)
    quantity: int = Field(
        ge=-1000, le=1000, description="negative for a piece returned (refund or exchange)"
    )
    unit_price: Decimal = Field(ge=0, max_digits=14, decimal_places=2)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    serial: str = Field(default="", max_length=60)


class PurchaseOrderIn(Body):
    """One order or receipt of a POS or an e-commerce platform. Delivered again (same
    system, same `source_order_id`), it is a duplicate and nothing is written."""

    store_code: str = Code
    source_order_id: str = Field(min_length=1, max_length=40)
    type: Literal["sale", "refund", "exchange"] = Field(
        default="sale",
        description="a refund has only negative lines; an exchange has both",
    )
    refund_of: str | None = Field(
        default=None,
        min_length=1,
        max_length=40,
        description="for a refund or an exchange: the `source_order_id` of the sale it "
        "returns pieces of (delivered before, or earlier in the batch); the client is "
        "then the sale's, and `customer` may be left out",
    )
    channel: Literal["store", "online"] = "store"
    purchased_at: AwareDatetime
    customer: Customer | None = Field(
        default=None, description="needed unless `refund_of` names the sale"
    )
    lines: list[PurchaseLineIn] = Field(min_length=1, max_length=MAX_LINES)


class PurchaseBatch(Body):
    orders: list[PurchaseOrderIn] = Field(min_length=1, max_length=MAX_ORDERS)


class AppointmentRequestIn(Body):
    """A visitor's request from the website or the mini-program: it reaches the
    store's devices as a *requested* appointment for an advisor to confirm."""

    store_code: str = Code
    request_id: str = Field(min_length=1, max_length=120, description="the funnel's own id")
    channel: str = Field(
        default="website",
        max_length=40,
        pattern=r"^[a-z][a-z0-9_]*$",
        description="where it was asked: website, mini_program, app…",
    )
    kind: AppointmentKind = AppointmentKind.PRIVATE_VIEWING
    starts_at: AwareDatetime = Field(description="the slot the visitor asked for")
    duration_minutes: int = Field(default=60, ge=15, le=480)
    requested_at: AwareDatetime | None = Field(default=None, description="default: on arrival")
    message: str = Field(default="", max_length=2000, description="the visitor's own words")
    customer: Customer


class AppointmentRequestBatch(Body):
    requests: list[AppointmentRequestIn] = Field(min_length=1, max_length=MAX_REQUESTS)


class CataloguePieceIn(Body):
    """A piece of the house's catalogue, by SKU: a new SKU is added, a known one
    updated (a piece withdrawn from sale is sent with `active: false`)."""

    sku: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=200)
    name_zh: str = Field(default="", max_length=200)
    collection: str = Field(default="", max_length=80)
    category: str = Field(min_length=1, max_length=40, description="ring, necklace, earrings…")
    metal: str = Field(default="", max_length=40)
    fineness: str = Field(default="", max_length=16)
    main_stone: str = Field(default="", max_length=40)
    stone_origin: StoneOrigin | None = None
    carat: Decimal | None = Field(default=None, ge=0, max_digits=8, decimal_places=3)
    colour: str = Field(default="", max_length=40)
    clarity: str = Field(default="", max_length=16)
    cut: str = Field(default="", max_length=40)
    description: str = Field(default="", max_length=4000)
    price: Decimal = Field(ge=0, max_digits=14, decimal_places=2)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    launched_on: dt.date | None = None
    active: bool = True


class CatalogueBatch(Body):
    pieces: list[CataloguePieceIn] = Field(min_length=1, max_length=MAX_PIECES)


class StockLevelIn(Body):
    """One SKU's stock at the store: `on_hand` (the count) or, in an incremental
    batch, `delta` (units received or gone); a store price when the store has its own."""

    sku: str = Field(min_length=1, max_length=40)
    on_hand: int | None = Field(default=None, ge=0, le=1_000_000)
    delta: int | None = Field(default=None, ge=-1_000_000, le=1_000_000)
    store_price: Decimal | None = Field(default=None, ge=0, max_digits=14, decimal_places=2)
    store_currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")

    @model_validator(mode="after")
    def _one_count(self) -> StockLevelIn:
        if (self.on_hand is None) == (self.delta is None):
            raise ValueError("give on_hand or delta, not both")
        if (self.store_price is None) != (self.store_currency is None):
            raise ValueError("store_price and store_currency go together")
        return self


class StockBatch(Body):
    """A store's stock levels. `full`: the levels as they are, every SKU not named
    counted 0. `incremental`: only the SKUs named change. A batch with deltas is
    applied once per `batch_id`: sent again, it is a duplicate."""

    store_code: str = Code
    mode: Literal["full", "incremental"]
    batch_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=120,
        description="the sending system's id of this batch; needed when a level has a delta",
    )
    levels: list[StockLevelIn] = Field(max_length=MAX_LEVELS)


class LoyaltyMemberIn(Body):
    """A member's standing as the loyalty system holds it: shown on the client's
    profile, never computed by JewelDesk. A member number not known yet is matched to
    a client by `customer` (phone, e-mail), or made a new prospect of `store_code`."""

    member_id: str = Field(min_length=1, max_length=80)
    tier: str = Field(min_length=1, max_length=40, description="the programme's tier name")
    points: int = Field(ge=-1_000_000_000, le=1_000_000_000, description="points balance")
    as_of: AwareDatetime | None = Field(default=None, description="default: on arrival")
    store_code: str | None = Field(default=None, min_length=1, max_length=16)
    customer: Customer | None = None


class LoyaltyBatch(Body):
    members: list[LoyaltyMemberIn] = Field(min_length=1, max_length=MAX_MEMBERS)


class Change(BaseModel):
    """One row as it is after a change, in the sync protocol's wire form."""

    cursor: str = Field(description="this change's position: resume after it")
    entity: str = Field(description="the table, e.g. clients, purchases, appointments")
    id: str
    changed_at: dt.datetime
    row: dict[str, Any]


class ChangesPage(BaseModel):
    """Changes in the order head office accepted them. Ask again with `next_cursor`
    until `more` is false; keep `next_cursor` to resume later."""

    changes: list[Change]
    next_cursor: str
    more: bool


class RecordResult(BaseModel):
    """What became of one record: `accepted` (written), `duplicate` (delivered before:
    nothing written), `rejected` (nothing written; `reason` says why)."""

    index: int
    source_id: str | None = None
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None
    id: str | None = Field(
        default=None, description="the row written at head office (purchase, appointment, piece…)"
    )
    client_id: str | None = None
    client_created: bool = False


class BatchResult(BaseModel):
    """Every record's result, in the order sent. The answer is 200 when none was
    rejected, 422 when some were (the others are written all the same: sending the
    corrected batch again is safe, they come back as duplicates)."""

    accepted: int
    duplicate: int
    rejected: int
    results: list[RecordResult]


class ApiError(BaseModel):
    error: str
    message: str
