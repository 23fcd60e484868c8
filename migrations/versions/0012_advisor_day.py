"""the advisor's day: contact extensions, how consent was given, service job and case
steps, event rooms and hosts, benefit issue, and photos

Columns added to existing synced tables (text columns with an empty default, so every
existing row stays valid) and one new synced table, `photos`. The capture triggers are
installed from the models when a store opens, so the new columns are synced too.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 23:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import jeweldesk.storage.types

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CHANNELS = ("phone", "sms", "email", "wechat", "whatsapp", "line", "in_person")


def _text(name: str, length: int | None = None) -> sa.Column:
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, server_default="", nullable=False)


def _when(name: str) -> sa.Column:
    return sa.Column(name, jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("contact_points", schema=None) as batch_op:
        batch_op.add_column(_text("extension", 12))
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.add_column(_text("method", 24))
        batch_op.add_column(_text("signature_svg"))
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("action_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("event_id", sa.Uuid(), nullable=True))
    with op.batch_alter_table("service_jobs", schema=None) as batch_op:
        batch_op.add_column(_when("sent_to_workshop_at"))
        batch_op.add_column(_when("returned_at"))
        batch_op.add_column(sa.Column("collected_by_id", sa.Uuid(), nullable=True))
        batch_op.add_column(_text("closing_note"))
        batch_op.add_column(_text("signature_svg"))
        batch_op.create_foreign_key(
            batch_op.f("fk_service_jobs_collected_by_id_staff"),
            "staff",
            ["collected_by_id"],
            ["id"],
        )
    with op.batch_alter_table("service_cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "channel",
                sa.Enum(*CHANNELS, name="channel", native_enum=False, length=24),
                nullable=True,
            )
        )
        batch_op.add_column(_text("severity", 16))
        batch_op.add_column(
            sa.Column(
                "gesture_value",
                jeweldesk.storage.types.Amount(precision=14, scale=2),
                nullable=True,
            )
        )
        batch_op.add_column(_text("gesture_currency", 3))
        batch_op.add_column(_text("sensitive_note"))
        batch_op.add_column(_text("reopen_reason"))
        batch_op.add_column(_text("follow_up_note"))
    with op.batch_alter_table("benefits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("store_id", sa.Uuid(), nullable=True))
        batch_op.add_column(_when("issued_at"))
        batch_op.add_column(sa.Column("issued_by_id", sa.Uuid(), nullable=True))
        batch_op.add_column(_when("expired_at"))
        batch_op.create_foreign_key(
            batch_op.f("fk_benefits_store_id_stores"), "stores", ["store_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_benefits_issued_by_id_staff"), "staff", ["issued_by_id"], ["id"]
        )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("room_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("host_id", sa.Uuid(), nullable=True))
        batch_op.add_column(_when("cancelled_at"))
        batch_op.create_foreign_key(
            batch_op.f("fk_events_room_id_rooms"), "rooms", ["room_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_events_host_id_staff"), "staff", ["host_id"], ["id"]
        )

    op.create_table(
        "photos",
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("subject", sa.String(length=24), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("thumb_sha256", sa.String(length=64), nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("byte_size", sa.BigInteger(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.Column("taken_at", jeweldesk.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), server_default="", nullable=False),
        sa.Column("updated_by_device", sa.String(length=40), server_default="", nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["staff.id"], name=op.f("fk_photos_added_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_photos_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_photos_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photos_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photos_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_photos_subject_id"), ["subject_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photos_subject_id"))
        batch_op.drop_index(batch_op.f("ix_photos_sha256"))
        batch_op.drop_index(batch_op.f("ix_photos_client_id"))
    op.drop_table("photos")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_events_host_id_staff"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_events_room_id_rooms"), type_="foreignkey")
        for column in ("cancelled_at", "host_id", "room_id"):
            batch_op.drop_column(column)
    with op.batch_alter_table("benefits", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_benefits_issued_by_id_staff"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_benefits_store_id_stores"), type_="foreignkey")
        for column in ("expired_at", "issued_by_id", "issued_at", "store_id"):
            batch_op.drop_column(column)
    with op.batch_alter_table("service_cases", schema=None) as batch_op:
        for column in (
            "follow_up_note",
            "reopen_reason",
            "sensitive_note",
            "gesture_currency",
            "gesture_value",
            "severity",
            "channel",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("service_jobs", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_service_jobs_collected_by_id_staff"), type_="foreignkey"
        )
        for column in (
            "signature_svg",
            "closing_note",
            "collected_by_id",
            "returned_at",
            "sent_to_workshop_at",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_column("event_id")
        batch_op.drop_column("action_id")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_column("signature_svg")
        batch_op.drop_column("method")
    with op.batch_alter_table("contact_points", schema=None) as batch_op:
        batch_op.drop_column("extension")
