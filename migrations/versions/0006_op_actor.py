"""op actor: each captured change records who was signed in on the device

The device's sync flags hold the person signed in; the capture triggers copy it into
every outbox row, and head office checks it where a role is needed. Rows captured
before this revision carry "" (nobody recorded).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 06:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("outbox", "sync_flags"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("actor", sa.String(length=32), nullable=False, server_default="")
            )


def downgrade() -> None:
    for table in ("sync_flags", "outbox"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("actor")
