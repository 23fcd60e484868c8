"""photo files: the device's file transfers and head office's stored files

Two tables that are not synced (see `jeweldesk/storage/models/files.py`): a device
keeps `file_transfers` (what it must upload or download, and how far each got, for
resuming), head office keeps `stored_files` (each whole file it holds). Each side
leaves the other's table empty. New tables only: nothing existing is rebuilt.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 23:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_transfers",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("byte_size", sa.BigInteger(), nullable=False),
        sa.Column("bytes_confirmed", sa.BigInteger(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("queued_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("done_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_file_transfers")),
    )
    op.create_table(
        "stored_files",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("byte_size", sa.BigInteger(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=40), nullable=False),
        sa.Column("stored_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_files")),
    )


def downgrade() -> None:
    op.drop_table("stored_files")
    op.drop_table("file_transfers")
