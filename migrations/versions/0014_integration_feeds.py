"""integration feeds: keys limited to stores, loyalty tier and points

Head-office-only bookkeeping of `/integration/v1/…` grows by a few columns: a key may
be limited to some stores (`api_keys.stores`, store codes, empty for every store),
and the loyalty programme's member row holds the tier and points balance the loyalty
system last delivered (`loyalty_members.tier`, `.points`, `.updated_at`). Neither
table is synced. One new synced table, `loyalty_standings`: the standing as the
client's stores' devices show it on the profile (written by head office only); its
capture triggers are installed from the models when a store opens.

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
    op.create_table(
        "loyalty_standings",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.String(length=80), nullable=False),
        sa.Column("tier", sa.String(length=40), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=True),
        sa.Column("as_of", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), server_default="", nullable=False),
        sa.Column("updated_by_device", sa.String(length=40), server_default="", nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_loyalty_standings_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_standings")),
    )
    with op.batch_alter_table("loyalty_standings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_loyalty_standings_client_id"), ["client_id"], unique=False
        )
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
    with op.batch_alter_table("loyalty_standings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loyalty_standings_client_id"))
    op.drop_table("loyalty_standings")
    with op.batch_alter_table("loyalty_members", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("points")
        batch_op.drop_column("tier")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_column("stores")
