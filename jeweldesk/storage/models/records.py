"""Issued documents, the audit log, settings, and the device-only search keys."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.domain.vocab import DocumentKind, DocumentStatus
from jeweldesk.storage.models.base import Base, Synced, enum_column


class IssuedDocument(Synced, Base):
    """Immutable after issue: a correction voids this one and issues a new number."""

    __tablename__ = "issued_documents"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind))
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    subject_table: Mapped[str] = mapped_column(String(40), default="")
    subject_id: Mapped[uuid.UUID | None]
    language: Mapped[str] = mapped_column(String(8))
    issued_at: Mapped[dt.datetime]
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[DocumentStatus] = mapped_column(enum_column(DocumentStatus))
    voided_at: Mapped[dt.datetime | None]
    void_reason: Mapped[str] = mapped_column(String(300), default="")
    replaces_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issued_documents.id"))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    signature: Mapped[str] = mapped_column(Text, default="")
    signing_key_id: Mapped[str] = mapped_column(String(64), default="")


class AuditEntry(Synced, Base):
    """Who did what to which record: exports, reads of sensitive notes, erasures."""

    __tablename__ = "audit_log"

    at: Mapped[dt.datetime] = mapped_column(index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None]
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class Setting(Base):
    """Device settings, typed by `config.py`. Not synced."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class SearchKey(Base):
    """Device-only: maps a client to its row in the SQLite full-text index
    (`client_search`, an FTS5 table created by the migration on SQLite only)."""

    __tablename__ = "search_keys"

    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), unique=True)
    # The client's searchable text, kept so a rebuild can be checked against it.
    digest: Mapped[str] = mapped_column(Text, default="")
