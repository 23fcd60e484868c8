"""Pictures: a client's portrait, pieces in the jewellery box, a service job's intake
photos and stock pictures. The row is synced like any other; the image itself is a
content-addressed file (named by its SHA-256) that travels separately from the row
ops, so a row never waits for its bytes and the same picture is never sent twice."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.storage.models.base import Base, Synced


class Photo(Synced, Base):
    __tablename__ = "photos"

    # The client it belongs to; None for a stock picture of a catalogue piece.
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    # portrait, piece, intake, stock: what the picture is of.
    subject: Mapped[str] = mapped_column(String(24))
    # The owned piece, service job or catalogue piece pictured (None for a portrait).
    subject_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    thumb_sha256: Mapped[str] = mapped_column(String(64), default="")
    content_type: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    byte_size: Mapped[int] = mapped_column(BigInteger, default=0)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = mapped_column(String(200), default="")
    taken_at: Mapped[dt.datetime]
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
