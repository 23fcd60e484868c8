"""integration API: API keys, delivered records, loyalty member numbers

Head-office-only bookkeeping of `/integration/v1/…` (see
`jeweldesk/storage/models/integration.py`): each calling system's hashed API key and
scopes, each order or appointment request a system has delivered (a replayed batch
writes nothing twice), and which client a loyalty member number belongs to. Created
on devices too (one chain for both) and left empty there. New tables only: nothing
existing is rebuilt, so the outbox's capture triggers are untouched.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 16:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("system", sa.String(length=80), nullable=False),
        sa.Column("scopes", sa.String(length=300), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("key_prefix", sa.String(length=16), nullable=False),
        sa.Column("created_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "last_used_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_api_keys_key_hash")),
    )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_keys_system"), ["system"], unique=False)
    op.create_table(
        "integration_receipts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("system", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("source_id", sa.String(length=120), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column(
            "received_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_integration_receipts")),
        sa.UniqueConstraint(
            "system",
            "kind",
            "source_id",
            name=op.f("uq_integration_receipts_system_kind_source_id"),
        ),
    )
    op.create_table(
        "loyalty_members",
        sa.Column("member_id", sa.String(length=80), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_loyalty_members")),
    )
    with op.batch_alter_table("loyalty_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_loyalty_members_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("loyalty_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loyalty_members_client_id"))
    op.drop_table("loyalty_members")
    op.drop_table("integration_receipts")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_keys_system"))
    op.drop_table("api_keys")
