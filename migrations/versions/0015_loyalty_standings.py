"""loyalty standings: the loyalty programme's tier and points on the devices

One new synced table, `loyalty_standings` (see `jeweldesk/storage/models/integration.py`):
a client's member number, tier and points balance as the loyalty system last
delivered them through head office's integration API, written by head office only
and pulled by the client's stores' devices, which show it on the profile. A new
table only: its capture triggers are installed from the models when a store opens.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08 00:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0015"
down_revision = "0014"
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


def downgrade() -> None:
    with op.batch_alter_table("loyalty_standings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loyalty_standings_client_id"))
    op.drop_table("loyalty_standings")
