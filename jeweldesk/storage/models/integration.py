"""The integration API's bookkeeping, head-office only (created on devices too, one
chain for both, and left empty there): the calling systems' API keys, what each
system has already delivered (so a replayed batch writes nothing twice), and the
loyalty programme's member numbers. The records the API writes (clients, purchases,
appointments) are ordinary synced rows that reach the stores through the change log."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.domain.ids import new_id
from jeweldesk.storage.models.base import Base, Synced


class ApiKey(Base):
    """A calling system's key: only its SHA-256 digest is kept (the key is a 256-bit
    random token, shown once when made), with the scopes it may use."""

    __tablename__ = "api_keys"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    system: Mapped[str] = mapped_column(String(80), index=True)
    scopes: Mapped[str] = mapped_column(String(300))  # comma-separated, e.g. purchases,appointments
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_prefix: Mapped[str] = mapped_column(
        String(16)
    )  # the key's first characters, to tell keys apart
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    last_used_at: Mapped[dt.datetime | None]
    # Store codes the key is limited to (comma-separated); empty: every store.
    stores: Mapped[str] = mapped_column(String(400), default="", server_default="")


class IntegrationReceipt(Base):
    """One record a system delivered (an order, an appointment request), by the id the
    system gave it, and the row head office wrote for it."""

    __tablename__ = "integration_receipts"
    __table_args__ = (UniqueConstraint("system", "kind", "source_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    system: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(24))  # purchase, appointment_request
    source_id: Mapped[str] = mapped_column(String(120))
    entity_id: Mapped[uuid.UUID]
    store_id: Mapped[uuid.UUID]
    client_id: Mapped[uuid.UUID | None]
    channel: Mapped[str] = mapped_column(String(40), default="")  # website, mini_program, pos…
    received_at: Mapped[dt.datetime]


class LoyaltyMember(Base):
    """The house's loyalty programme: which client a member number belongs to, so a
    purchase quoting it finds them."""

    __tablename__ = "loyalty_members"

    member_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(index=True)
    created_at: Mapped[dt.datetime]
    # As the loyalty system last delivered them: shown, never computed here.
    tier: Mapped[str] = mapped_column(String(40), default="", server_default="")
    points: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime | None]


class LoyaltyStanding(Synced, Base):
    """A client's standing in the house's loyalty programme as the loyalty system last
    delivered it (member number, tier, points balance): written by head office only,
    synced to the client's stores, shown on the profile and never computed."""

    __tablename__ = "loyalty_standings"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    member_id: Mapped[str] = mapped_column(String(80))
    tier: Mapped[str] = mapped_column(String(40), default="")
    points: Mapped[int | None] = mapped_column(BigInteger)
    as_of: Mapped[dt.datetime | None]
