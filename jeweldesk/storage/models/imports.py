"""Client imports, device-only: each run of a file is one batch, with what it did to
each row and every record it wrote, so a second run of the same file writes nothing
twice and the whole batch can be undone.

Not synced: the records a batch writes (clients, contact points, dates, notes) travel
to head office like any others; which file they came from is this device's business,
and an undo is made of ordinary synced changes (tombstones). No foreign keys to the
synced tables: a batch's bookkeeping never stands in the way of an erasure or of
withdrawing a record head office refused."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.domain.ids import new_id
from jeweldesk.storage.models.base import Base


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID]
    file_name: Mapped[str] = mapped_column(String(260))
    file_digest: Mapped[str] = mapped_column(String(64), index=True)  # SHA-256 of the bytes
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[uuid.UUID | None]
    status: Mapped[str] = mapped_column(String(16))  # applying, applied, undone
    undone_at: Mapped[dt.datetime | None]
    summary: Mapped[dict] = mapped_column(JSON, default=dict)


class ImportBatchRow(Base):
    """What the batch did with one row of the file, and the row's fingerprint (a hash
    of its normalised values) that recognises it in a later run."""

    __tablename__ = "import_batch_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("import_batches.id"), index=True)
    line: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # created, merged, skipped, refused, known
    client_id: Mapped[uuid.UUID | None]


class ImportBatchWrite(Base):
    """A record the batch wrote, with its clock stamp then: an undo that finds another
    stamp knows someone has changed the record since."""

    __tablename__ = "import_batch_writes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("import_batches.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID]
    hlc: Mapped[str] = mapped_column(String(64))
