"""Next-best actions with their outcomes (synced: the advisor's day follows them from
tablet to PC), head office's intelligence settings (synced, global), and each client's
derived standing with its segment history (device-only caches, rebuilt from records)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.storage.models.base import Base, Synced
from jeweldesk.storage.types import Amount


class NextBestAction(Synced, Base):
    """One proposed action. The id is derived from `action_key`, so re-generation and
    a second offline device both land on the same row."""

    __tablename__ = "next_best_actions"

    action_key: Mapped[str] = mapped_column(String(200), unique=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    kind: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[uuid.UUID | None]
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    channel: Mapped[str | None] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    created_at: Mapped[dt.datetime]
    # open, done, snoozed, not_relevant, lapsed (its trigger went away before it was done)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    outcome_at: Mapped[dt.datetime | None]
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)  # the store's day it was recorded
    outcome_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class IntelligenceSetting(Synced, Base):
    """Head office's thresholds, exchange rates and lead times (JSON per key)."""

    __tablename__ = "intelligence_settings"

    key: Mapped[str] = mapped_column(String(40), unique=True)
    value: Mapped[dict] = mapped_column(JSON, default=dict)


class ClientStanding(Base):
    """Device-only cache of a client's derived standing. Not synced: every device
    derives it from the same synced records, so syncing it would only make conflicts."""

    __tablename__ = "client_standings"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date)
    segment: Mapped[str] = mapped_column(String(16))
    spend_12m: Mapped[Decimal] = mapped_column(Amount())
    rfm: Mapped[str] = mapped_column(String(3))
    value_tier: Mapped[str] = mapped_column(String(24))
    lifecycle: Mapped[str] = mapped_column(String(16))
    member_types: Mapped[str] = mapped_column(String(120), default="")
    engagement: Mapped[int] = mapped_column(Integer, default=0)
    rising: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    churn_risk: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), index=True
    )
    computed_at: Mapped[dt.datetime]


class SegmentChange(Base):
    """Device-only history of segment moves, for the segment-movement KPI."""

    __tablename__ = "segment_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    from_segment: Mapped[str] = mapped_column(String(16))
    to_segment: Mapped[str] = mapped_column(String(16))
