"""integration feeds: keys limited to stores, loyalty tier and points

Head-office-only bookkeeping of `/integration/v1/…` grows by a few columns: a key may
be limited to some stores (`api_keys.stores`, store codes, empty for every store),
and the loyalty programme's member row holds the tier and points balance the loyalty
system last delivered (`loyalty_members.tier`, `.points`, `.updated_at`). Neither
table is synced, so no capture trigger is touched.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 23:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("stores", sa.String(length=400), server_default="", nullable=False)
        )
    with op.batch_alter_table("loyalty_members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tier", sa.String(length=40), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("points", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "updated_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("loyalty_members", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("points")
        batch_op.drop_column("tier")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_column("stores")
