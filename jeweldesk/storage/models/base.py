"""Declarative base, naming convention and the columns every synced table carries."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import BigInteger, Boolean, Enum, MetaData, String, Uuid, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from jeweldesk.domain.ids import new_id
from jeweldesk.storage.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(as_uuid=True),
        dt.datetime: UTCDateTime(),
        str: String(),
    }


def enum_column(enum_cls: type[enum.Enum], length: int = 24) -> Enum:
    """Enums stored as their value in a VARCHAR: portable, and adding a value needs no
    migration (validation lives in the domain)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Synced:
    """The sync columns from SYNC.md: a device-made UUIDv7 key, the hybrid logical
    clock of the last write, the device that made it, the last server version seen and
    the tombstone flag."""

    __synced__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    updated_hlc: Mapped[str] = mapped_column(String(64), default="", server_default="")
    updated_by_device: Mapped[str] = mapped_column(String(40), default="", server_default="")
    server_version: Mapped[int | None] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


def synced_tables() -> list[str]:
    return sorted(
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__synced__", False)
    )
