"""import batches: each client import, what it did with each row, what it wrote

Device-only bookkeeping of `jeweldesk import clients` (see
`jeweldesk/storage/models/imports.py`): a second run of the same file recognises its
rows by fingerprint, and `jeweldesk import undo BATCH` finds every record the batch
wrote. The records themselves are ordinary synced rows; these tables are created on
head office's database too (one chain for both) and stay empty there. New tables
only: nothing existing is rebuilt, so the outbox's capture triggers are untouched.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("undone_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batches_file_digest"), ["file_digest"], unique=False
        )
    op.create_table(
        "import_batch_rows",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_batch_rows_batch_id_import_batches"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch_rows")),
    )
    with op.batch_alter_table("import_batch_rows", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_rows_batch_id"), ["batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_import_batch_rows_fingerprint"), ["fingerprint"], unique=False
        )
    op.create_table(
        "import_batch_writes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_batch_writes_batch_id_import_batches"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch_writes")),
    )
    with op.batch_alter_table("import_batch_writes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_writes_batch_id"), ["batch_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("import_batch_writes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_writes_batch_id"))
    op.drop_table("import_batch_writes")
    with op.batch_alter_table("import_batch_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_rows_fingerprint"))
        batch_op.drop_index(batch_op.f("ix_import_batch_rows_batch_id"))
    op.drop_table("import_batch_rows")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_file_digest"))
    op.drop_table("import_batches")
