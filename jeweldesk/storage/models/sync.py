"""Sync bookkeeping. Device side: the outbox and the flag the capture triggers
honour. Both sides: conflicts kept for people to review (synced). Head office: devices
and their credentials, enrolment codes, the change log pull serves from, each op's
stored result, field history, and which clients each store may see."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.storage.models.base import Base, Synced


class Outbox(Base):
    """Device only: one row per captured change, deleted once head office acknowledged it
    (a rejected one is kept)."""

    __tablename__ = "outbox"
    # AUTOINCREMENT: sequence numbers are never reused after acknowledged rows are deleted.
    __table_args__ = {"sqlite_autoincrement": True}

    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(32), unique=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # insert, update, delete
    fields: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]} in wire form
    hlc: Mapped[str] = mapped_column(String(64), default="")
    schema_version: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    # Who was signed in when the change was made (staff id, hex; "" for none): head
    # office checks it where a role is needed (erasing a client).
    actor: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # A push answered "rejected" keeps the op here for people to see; never dropped.
    rejected_reason: Mapped[str | None] = mapped_column(Text)
    # The same reason as a message key and its parameters, JSON `{"key", "params"}`
    # (`protocol/refusal.py`), so the app words it in the person's language. NULL for a
    # refusal from a head office that sent no key, or from before this column.
    rejected_detail: Mapped[str | None] = mapped_column(Text)
    # When a person said they had seen the rejection: it leaves the review list, the
    # op stays.
    dismissed_at: Mapped[dt.datetime | None]


class SyncFlag(Base):
    """Device only: `applying = 1` while pulled changes are applied (triggers skip);
    `actor`, the person signed in on the device, which the triggers copy into each
    captured change."""

    __tablename__ = "sync_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    applying: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str] = mapped_column(String(32), default="", server_default="")


class SyncConflict(Synced, Base):
    """A value that lost a real conflict (or an edit to a deleted record), kept so a
    person can review it. Resolving it is itself a synced change."""

    __tablename__ = "sync_conflicts"

    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    store_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[object] = mapped_column(JSON, nullable=True)
    theirs_value: Mapped[object] = mapped_column(JSON, nullable=True)  # what head office kept
    mine_value: Mapped[object] = mapped_column(JSON, nullable=True)  # what lost
    theirs_device: Mapped[str] = mapped_column(String(40), default="")
    mine_device: Mapped[str] = mapped_column(String(40), default="")
    theirs_hlc: Mapped[str] = mapped_column(String(64), default="")
    mine_hlc: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(
        String(24)
    )  # field, edit_after_delete, double_booking, double_use, immutable
    detected_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]
    resolution: Mapped[str] = mapped_column(String(24), default="")  # theirs, mine, merged
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Device(Base):
    """Head office: an enrolled device, its hashed credential, its push position."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    credential_hash: Mapped[str] = mapped_column(String(128))
    public_key: Mapped[str] = mapped_column(Text, default="")  # Ed25519, for document signatures
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    enrolled_at: Mapped[dt.datetime]
    last_push_at: Mapped[dt.datetime | None]
    last_pull_at: Mapped[dt.datetime | None]
    pending_reported: Mapped[int] = mapped_column(Integer, default=0)
    replaced_by: Mapped[str | None] = mapped_column(String(40))
    revoked_at: Mapped[dt.datetime | None]


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(128), primary_key=True)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    used_by_device: Mapped[str | None] = mapped_column(String(40))


class EnrolmentAttempt(Base):
    """Head office: enrolment attempts per client address, for rate limiting across
    stateless workers."""

    __tablename__ = "enrolment_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    succeeded: Mapped[bool] = mapped_column(default=False)


class ChangeLog(Base):
    """Head office: every accepted change, as the full row in wire form. Pull serves
    it in (transaction id, version) order, from finished transactions only."""

    __tablename__ = "change_log"
    # Pull reads in (xid, version) order from a cursor: one index serves it (and any
    # lookup by xid alone, so xid has no index of its own to keep up on every push).
    __table_args__ = (Index("ix_change_log_xid_version", "xid", "version"),)

    version: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    xid: Mapped[int] = mapped_column(BigInteger, default=0)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    store_id: Mapped[uuid.UUID | None] = mapped_column(index=True)  # store-scoped rows
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)  # client-scoped rows
    row: Mapped[dict] = mapped_column(JSON)
    changed_at: Mapped[dt.datetime]


class AppliedOp(Base):
    """Head office: the stored result of each pushed op, so a replay gets the original
    answer back and nothing is applied twice."""

    __tablename__ = "applied_ops"
    # Replays are found by (device, sequence). Rejected ops are few and are searched
    # when a client is erased: a partial index holds just them, so the ops table can
    # grow by millions without that search reading it all.
    __table_args__ = (
        UniqueConstraint("device_id", "device_seq"),
        Index(
            "ix_applied_ops_rejected",
            "result",
            postgresql_where=text("result = 'rejected'"),
            sqlite_where=text("result = 'rejected'"),
        ),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    device_id: Mapped[str] = mapped_column(String(40))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    op_id: Mapped[str] = mapped_column(String(32))
    result: Mapped[str] = mapped_column(String(16))  # applied, merged, conflict, rejected
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)  # kept for rejected ops
    at: Mapped[dt.datetime]


class FieldHistory(Base):
    """Head office: every value a profile field held, so none is unrecoverable."""

    __tablename__ = "field_history"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[object] = mapped_column(JSON, nullable=True)
    new_value: Mapped[object] = mapped_column(JSON, nullable=True)
    device_id: Mapped[str] = mapped_column(String(40), default="")
    hlc: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[dt.datetime]


class ClientGrant(Base):
    """Head office: a client homed elsewhere that a store may see (fetched while
    recognising the client, or served there)."""

    __tablename__ = "client_grants"

    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    granted_at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(String(40), default="")


class ServerState(Base):
    """Head office: key/value state; `epoch` changes when the database is restored."""

    __tablename__ = "server_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
