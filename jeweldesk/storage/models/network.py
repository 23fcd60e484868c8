"""Stores, their rooms and salons, and the people who work there."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jeweldesk.domain.vocab import Role, RoomKind
from jeweldesk.storage.models.base import Base, Synced, enum_column


class Store(Synced, Base):
    __tablename__ = "stores"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_local: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2, drives phone parsing
    timezone: Mapped[str] = mapped_column(String(64))  # IANA zone, e.g. Asia/Shanghai
    currency: Mapped[str] = mapped_column(String(3))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")

    rooms: Mapped[list[Room]] = relationship(back_populates="store")


class Room(Synced, Base):
    __tablename__ = "rooms"

    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    name_local: Mapped[str] = mapped_column(String(80), default="")
    kind: Mapped[RoomKind] = mapped_column(enum_column(RoomKind))
    capacity: Mapped[int] = mapped_column(Integer, default=4)
    active: Mapped[bool] = mapped_column(default=True)

    store: Mapped[Store] = relationship(back_populates="rooms")


class Staff(Synced, Base):
    __tablename__ = "staff"

    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_local: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[Role] = mapped_column(enum_column(Role))
    language: Mapped[str] = mapped_column(String(8), default="en")
    phone: Mapped[str] = mapped_column(String(40), default="")
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
