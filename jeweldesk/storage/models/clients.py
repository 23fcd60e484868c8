"""The client record: identity, contact points, preferences, notes, dates, people,
consent and the advisor's book."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jeweldesk.domain.vocab import (
    Channel,
    ConsentPurpose,
    ContactKind,
    DateKind,
    Finger,
    Hand,
    MeasurementKind,
    MilestoneKind,
    NameOrder,
    PreferenceCategory,
    RelationshipKind,
    Sentiment,
    SizingSystem,
)
from jeweldesk.storage.models.base import Base, Synced, enum_column
from jeweldesk.storage.types import Measure


class Client(Synced, Base):
    __tablename__ = "clients"

    home_store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), index=True)
    title: Mapped[str] = mapped_column(String(20), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(100), default="")
    name_order: Mapped[NameOrder] = mapped_column(enum_column(NameOrder))
    # The name as the client writes it (王美玲) and its romanised form (Wang Meiling).
    name_local: Mapped[str] = mapped_column(String(200), default="")
    name_romanised: Mapped[str] = mapped_column(String(200), default="")
    greeting_name: Mapped[str] = mapped_column(String(120), default="")  # "Mrs Wang", "Claire"
    gender: Mapped[str] = mapped_column(String(16), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    preferred_channel: Mapped[Channel | None] = mapped_column(enum_column(Channel))
    contact_hours_start: Mapped[dt.time | None] = mapped_column(Time)
    contact_hours_end: Mapped[dt.time | None] = mapped_column(Time)
    photo_path: Mapped[str] = mapped_column(String(400), default="")
    source: Mapped[str] = mapped_column(String(40), default="")  # walk-in, referral, online…
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    # Derived by the intelligence rules; cached here for lists and search results.
    segment: Mapped[str] = mapped_column(String(16), default="")
    erased_at: Mapped[dt.datetime | None]

    contacts: Mapped[list[ContactPoint]] = relationship(back_populates="client")


class ContactPoint(Synced, Base):
    __tablename__ = "contact_points"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[ContactKind] = mapped_column(enum_column(ContactKind))
    value: Mapped[str] = mapped_column(String(300))  # as the advisor typed it
    normalised: Mapped[str] = mapped_column(String(300), index=True)  # E.164, lower-case e-mail
    label: Mapped[str] = mapped_column(String(40), default="")  # mobile, office, assistant
    is_primary: Mapped[bool] = mapped_column(default=False)
    # A phone's extension ("ext. 204"), kept apart from the E.164 number it belongs to.
    extension: Mapped[str] = mapped_column(String(12), default="", server_default="")

    client: Mapped[Client] = relationship(back_populates="contacts")


class Relationship(Synced, Base):
    __tablename__ = "relationships"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[RelationshipKind] = mapped_column(enum_column(RelationshipKind))
    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str] = mapped_column(String(200), default="")
    # Set when the partner or relative is a client too.
    related_client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("clients.id"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")


class Preference(Synced, Base):
    """Likes, dislikes and facts: metals, stones, styles, budget band, refreshments…
    Held for the client or for one of their people (`relationship_id`)."""

    __tablename__ = "preferences"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    relationship_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("relationships.id"))
    category: Mapped[PreferenceCategory] = mapped_column(enum_column(PreferenceCategory))
    value: Mapped[str] = mapped_column(String(200))
    sentiment: Mapped[Sentiment] = mapped_column(enum_column(Sentiment))
    detail: Mapped[str] = mapped_column(String(400), default="")
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[dt.datetime]


class RingSize(Synced, Base):
    __tablename__ = "ring_sizes"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    relationship_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("relationships.id"))
    hand: Mapped[Hand] = mapped_column(enum_column(Hand))
    finger: Mapped[Finger] = mapped_column(enum_column(Finger))
    system: Mapped[SizingSystem] = mapped_column(enum_column(SizingSystem))
    size: Mapped[str] = mapped_column(String(8))  # "6.5", "M½", "52"
    circumference_mm: Mapped[Decimal | None] = mapped_column(Measure())
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[dt.datetime]


class Measurement(Synced, Base):
    __tablename__ = "measurements"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    relationship_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("relationships.id"))
    kind: Mapped[MeasurementKind] = mapped_column(enum_column(MeasurementKind))
    length_cm: Mapped[Decimal] = mapped_column(Measure())
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[dt.datetime]


class Note(Synced, Base):
    """Append-only: an edit writes a new note that `supersedes` the old one."""

    __tablename__ = "notes"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    body: Mapped[str] = mapped_column(Text)
    pinned: Mapped[bool] = mapped_column(default=False)
    sensitive: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("notes.id"))


class ImportantDate(Synced, Base):
    __tablename__ = "important_dates"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    relationship_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("relationships.id"))
    kind: Mapped[DateKind] = mapped_column(enum_column(DateKind))
    milestone: Mapped[MilestoneKind | None] = mapped_column(enum_column(MilestoneKind))
    label: Mapped[str] = mapped_column(String(120), default="")
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    lead_days: Mapped[int] = mapped_column(Integer)
    recurring: Mapped[bool] = mapped_column(default=True)


class Consent(Synced, Base):
    """One row per decision; the latest per purpose and channel is in force."""

    __tablename__ = "consents"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column(ConsentPurpose))
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel))  # None: all channels
    granted: Mapped[bool]
    recorded_at: Mapped[dt.datetime]
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    proof: Mapped[str] = mapped_column(String(400), default="")  # signed form no., message id
    # How the decision was given: paper_form, spoken, signature, online, import.
    method: Mapped[str] = mapped_column(String(24), default="", server_default="")
    # The client's signature drawn on the tablet, as an SVG path ("M 3 4 L 5 6 …").
    signature_svg: Mapped[str] = mapped_column(Text, default="", server_default="")


class BookEntry(Synced, Base):
    """A client in an advisor's book; `ended_at` closes it on removal or handover."""

    __tablename__ = "book_entries"

    advisor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    since: Mapped[dt.date] = mapped_column(Date)
    ended_at: Mapped[dt.datetime | None]
    development_plan: Mapped[str] = mapped_column(Text, default="")
    handover_note: Mapped[str] = mapped_column(Text, default="")
