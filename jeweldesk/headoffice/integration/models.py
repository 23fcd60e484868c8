"""The integration API's bodies and answers, as the OpenAPI schema shows them."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from jeweldesk.domain.vocab import AppointmentKind

MAX_ORDERS = 10_000  # per batch
MAX_LINES = 200  # per order
MAX_REQUESTS = 1_000  # appointment requests per batch

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
    channel: Literal["store", "online"] = "store"
    purchased_at: AwareDatetime
    customer: Customer
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


class RecordResult(BaseModel):
    """What became of one record: `accepted` (written), `duplicate` (delivered before:
    nothing written), `rejected` (nothing written; `reason` says why)."""

    index: int
    source_id: str | None = None
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None
    id: str | None = Field(default=None, description="the purchase or appointment at head office")
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
