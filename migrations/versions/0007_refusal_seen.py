"""refusal seen: when a person dismissed a change head office refused

A rejected op stays in the device's outbox with head office's reason; the app lists
it until someone says they have seen it. Dismissing sets `dismissed_at` and keeps the
op. Rows from before this revision are not dismissed (NULL): they are shown.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "dismissed_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    # In place, not by a table rebuild: on a device the capture triggers write to the
    # outbox, and SQLite refuses to rename a rebuilt copy to a name triggers refer to.
    # SQLite drops a column in place since 3.35.
    with op.batch_alter_table("outbox", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("dismissed_at")
