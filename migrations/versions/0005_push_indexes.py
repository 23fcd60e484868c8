"""push indexes: two indexes no query used go, rejected ops get a partial index

Every push inserts a change-log row and an applied-op row per op, and each index on
those tables is kept up at that rate: `ix_change_log_xid` is covered by
`ix_change_log_xid_version`, and nothing looks ops up by `op_id`. Erasure searches the
rejected ops, which a partial index now holds on their own.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 05:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

REJECTED = sa.text("result = 'rejected'")


def upgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_xid")
    with op.batch_alter_table("applied_ops", schema=None) as batch_op:
        batch_op.drop_index("ix_applied_ops_op_id")
        batch_op.create_index(
            "ix_applied_ops_rejected",
            ["result"],
            unique=False,
            postgresql_where=REJECTED,
            sqlite_where=REJECTED,
        )


def downgrade() -> None:
    with op.batch_alter_table("applied_ops", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_applied_ops_rejected", postgresql_where=REJECTED, sqlite_where=REJECTED
        )
        batch_op.create_index("ix_applied_ops_op_id", ["op_id"], unique=False)
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_xid", ["xid"], unique=False)
