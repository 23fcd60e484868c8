"""What happened between the house and the client: purchases, interactions, service
jobs, service-recovery cases, benefits and their uses."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jeweldesk.domain.vocab import (
    BenefitSource,
    CaseStatus,
    Channel,
    InteractionKind,
    PurchaseChannel,
    ServiceKind,
    ServiceStatus,
)
from jeweldesk.storage.models.base import Base, Synced, enum_column
from jeweldesk.storage.types import Amount


class Purchase(Synced, Base):
    """Immutable once written: a correction is a new purchase (a return has negative
    quantity), never an edit."""

    __tablename__ = "purchases"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), index=True)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    purchased_at: Mapped[dt.datetime] = mapped_column(index=True)
    channel: Mapped[PurchaseChannel] = mapped_column(enum_column(PurchaseChannel))
    receipt_number: Mapped[str] = mapped_column(String(40), default="")
    total: Mapped[Decimal] = mapped_column(Amount())
    currency: Mapped[str] = mapped_column(String(3))
    source: Mapped[str] = mapped_column(String(16), default="manual")  # manual, pos, import

    lines: Mapped[list[PurchaseLine]] = relationship(back_populates="purchase")


class PurchaseLine(Synced, Base):
    __tablename__ = "purchase_lines"

    purchase_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("purchases.id"), index=True)
    piece_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalogue_pieces.id"))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal] = mapped_column(Amount())
    serial: Mapped[str] = mapped_column(String(60), default="")

    purchase: Mapped[Purchase] = relationship(back_populates="lines")


class Interaction(Synced, Base):
    __tablename__ = "interactions"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    kind: Mapped[InteractionKind] = mapped_column(enum_column(InteractionKind))
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel))
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(200), default="")
    # The next-best action this contact closed, and the event it was attendance at.
    action_id: Mapped[uuid.UUID | None]
    event_id: Mapped[uuid.UUID | None]


class ServiceJob(Synced, Base):
    __tablename__ = "service_jobs"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    owned_piece_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("owned_pieces.id"))
    received_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    number: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[ServiceKind] = mapped_column(enum_column(ServiceKind))
    status: Mapped[ServiceStatus] = mapped_column(enum_column(ServiceStatus))
    description: Mapped[str] = mapped_column(Text, default="")
    intake_condition: Mapped[str] = mapped_column(Text, default="")
    estimate: Mapped[Decimal | None] = mapped_column(Amount())
    currency: Mapped[str] = mapped_column(String(3), default="")
    received_at: Mapped[dt.datetime]
    ready_by: Mapped[dt.date | None] = mapped_column(Date)
    ready_at: Mapped[dt.datetime | None]
    collected_at: Mapped[dt.datetime | None]
    sent_to_workshop_at: Mapped[dt.datetime | None]
    returned_at: Mapped[dt.datetime | None]  # handed back unrepaired
    collected_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    closing_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The client's signature at intake, drawn on the tablet, as an SVG path.
    signature_svg: Mapped[str] = mapped_column(Text, default="", server_default="")


class ServiceCase(Synced, Base):
    """Service recovery: a complaint, the apology and gesture, the manager's part,
    the resolution and the follow-up check. SLA: first response 2 h, resolution 24 h."""

    __tablename__ = "service_cases"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    opened_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus))
    opened_at: Mapped[dt.datetime]
    complaint: Mapped[str] = mapped_column(Text)
    apology: Mapped[str] = mapped_column(Text, default="")
    gesture: Mapped[str] = mapped_column(String(300), default="")
    first_response_at: Mapped[dt.datetime | None]
    resolved_at: Mapped[dt.datetime | None]
    resolution: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_done_at: Mapped[dt.datetime | None]
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel))  # how it reached us
    severity: Mapped[str] = mapped_column(String(16), default="", server_default="")
    gesture_value: Mapped[Decimal | None] = mapped_column(Amount())
    gesture_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    # Seen only by its author, the store's managers and head office.
    sensitive_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    follow_up_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Benefit(Synced, Base):
    """A benefit (权益) or voucher the client holds."""

    __tablename__ = "benefits"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    source: Mapped[BenefitSource] = mapped_column(enum_column(BenefitSource))
    purchase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("purchases.id"))
    code: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(200))
    title_zh: Mapped[str] = mapped_column(String(200), default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[Decimal | None] = mapped_column(Amount())
    currency: Mapped[str] = mapped_column(String(3), default="")
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    max_uses: Mapped[int | None] = mapped_column(Integer)  # None: unlimited (lifetime cleaning)
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    issued_at: Mapped[dt.datetime | None]
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    expired_at: Mapped[dt.datetime | None]  # withdrawn or expired by hand before valid_until


class BenefitUse(Synced, Base):
    __tablename__ = "benefit_uses"

    benefit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("benefits.id"), index=True)
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    used_at: Mapped[dt.datetime]
    note: Mapped[str] = mapped_column(String(300), default="")
