"""refusal key: head office's reason for a refused change as a message key

Head office answers a refused op with its English reason and, from now on, a message
key and its parameters; the device keeps those in `outbox.rejected_detail` (JSON
`{"key", "params"}`) and words the reason in the person's language. Rows from before
this revision have NULL there: the app shows their English reason as head office gave
it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place, not by a table rebuild: on a device the capture triggers write to the
    # outbox, and SQLite refuses to rename a rebuilt copy to a name triggers refer to.
    with op.batch_alter_table("outbox", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("rejected_detail", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite drops a column in place since 3.35.
    with op.batch_alter_table("outbox", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("rejected_detail")
