"""The bookkeeping of photo files, which travel beside the row ops (the rows name
them by SHA-256; see `models/photos.py`). Not synced: each side keeps its own.

Device: one `file_transfers` row per file this device must upload (it made the
photo) or download (a pulled photo names it), with the bytes head office has
confirmed or the bytes already on disk, so an interrupted transfer resumes where it
stopped. Head office: one `stored_files` row per whole file it holds, checked
against its SHA-256 on arrival."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.storage.models.base import Base


class FileTransfer(Base):
    """Device only: a file on its way to or from head office."""

    __tablename__ = "file_transfers"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))  # up, down
    # thumb or original: thumbnails travel first, so a book fills with faces quickly.
    role: Mapped[str] = mapped_column(String(8), default="original")
    byte_size: Mapped[int] = mapped_column(BigInteger, default=0)
    # Up: bytes head office has said it holds. Down: bytes already written here.
    bytes_confirmed: Mapped[int] = mapped_column(BigInteger, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    queued_at: Mapped[dt.datetime]
    done_at: Mapped[dt.datetime | None]


class StoredFile(Base):
    """Head office only: a whole file it holds, under its files folder."""

    __tablename__ = "stored_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    byte_size: Mapped[int] = mapped_column(BigInteger)
    store_id: Mapped[uuid.UUID | None]  # the store whose device sent it first
    device_id: Mapped[str] = mapped_column(String(40), default="")
    stored_at: Mapped[dt.datetime]
