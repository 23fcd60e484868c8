"""client merges: which client was merged into which, by whom and when

A synced table (see `jeweldesk/storage/models/merges.py`): every device that pulls a
merge moves its rows of the merged-away client onto the kept one, and head office
redirects later ops naming the merged-away client. New table only: nothing existing
is rebuilt; the capture triggers for it are installed from the models when a store
opens, like every synced table's.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_merges",
        sa.Column("merged_id", sa.Uuid(), nullable=False),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("merged_by_id", sa.Uuid(), nullable=True),
        sa.Column("merged_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("taken", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), server_default="", nullable=False),
        sa.Column("updated_by_device", sa.String(length=40), server_default="", nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["clients.id"], name=op.f("fk_client_merges_kept_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["merged_by_id"], ["staff.id"], name=op.f("fk_client_merges_merged_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["clients.id"], name=op.f("fk_client_merges_merged_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_client_merges_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_merges")),
    )
    with op.batch_alter_table("client_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_merges_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_merges_merged_id"), ["merged_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("client_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_merges_merged_id"))
        batch_op.drop_index(batch_op.f("ix_client_merges_kept_id"))
    op.drop_table("client_merges")
