"""Appointments with their pre-selected pieces and preparation checklist; events
with invitations, RSVPs and attendance."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.domain.vocab import AppointmentKind, AppointmentSource, AppointmentStatus, Rsvp
from jeweldesk.storage.models.base import Base, Synced, enum_column


class Appointment(Synced, Base):
    __tablename__ = "appointments"

    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[AppointmentKind] = mapped_column(enum_column(AppointmentKind))
    status: Mapped[AppointmentStatus] = mapped_column(enum_column(AppointmentStatus))
    source: Mapped[AppointmentSource] = mapped_column(enum_column(AppointmentSource))
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    second_advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime]
    title: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Requests from the website arrive with the visitor's own words and contact.
    request_contact: Mapped[str] = mapped_column(String(300), default="")
    requested_at: Mapped[dt.datetime | None]
    confirmed_at: Mapped[dt.datetime | None]
    cancelled_reason: Mapped[str] = mapped_column(String(300), default="")
    outcome: Mapped[str] = mapped_column(String(40), default="")  # purchase, wishlist, next_step
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    # Set when sync found two offline devices booked the same advisor or room.
    double_booked: Mapped[bool] = mapped_column(default=False)


class PreSelection(Synced, Base):
    """A piece pulled from the store's stock and reserved for the appointment's slot."""

    __tablename__ = "pre_selections"

    appointment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("appointments.id"), index=True)
    piece_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("catalogue_pieces.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(String(300), default="")
    pulled: Mapped[bool] = mapped_column(default=False)


class ChecklistItem(Synced, Base):
    __tablename__ = "checklist_items"

    appointment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("appointments.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(24))  # room, refreshment, pieces, sizes, language…
    text: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(default=False)


class Event(Synced, Base):
    __tablename__ = "events"

    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    title_zh: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(24))  # launch, masterclass, private_dinner…
    collection: Mapped[str] = mapped_column(String(80), default="")
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    capacity: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rooms.id"))
    host_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    cancelled_at: Mapped[dt.datetime | None]


class Invitation(Synced, Base):
    __tablename__ = "invitations"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    invited_at: Mapped[dt.datetime]
    rsvp: Mapped[Rsvp] = mapped_column(enum_column(Rsvp))
    rsvp_at: Mapped[dt.datetime | None]
    guests: Mapped[int] = mapped_column(Integer, default=0)
    attended: Mapped[bool | None]
