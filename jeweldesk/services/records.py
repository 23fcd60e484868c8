"""The records services hand out for table rows: frozen copies of a row's columns,
typed as the storage models declare them, so callers read `note.relationship_id` and a
checker knows what it is. Free of the database layer (like `views`), so the UI can
import them before it is loaded; `row_records` maps each model to its record, and a
test holds each record to exactly its model's columns."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jeweldesk.domain.vocab import (
    AppointmentKind,
    AppointmentSource,
    AppointmentStatus,
    BenefitSource,
    CaseStatus,
    Channel,
    ConsentPurpose,
    ContactKind,
    DateKind,
    DocumentKind,
    DocumentStatus,
    Finger,
    Hand,
    InteractionKind,
    MeasurementKind,
    MilestoneKind,
    NameOrder,
    PreferenceCategory,
    PurchaseChannel,
    RelationshipKind,
    Role,
    RoomKind,
    Rsvp,
    Sentiment,
    ServiceKind,
    ServiceStatus,
    SizingSystem,
    StoneOrigin,
)

# --- the store network -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoreRecord:
    """A row of `stores`, frozen."""

    code: str
    name: str
    name_local: str
    city: str
    country: str
    timezone: str
    currency: str
    address: str
    phone: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class RoomRecord:
    """A row of `rooms`, frozen."""

    store_id: uuid.UUID
    name: str
    name_local: str
    kind: RoomKind
    capacity: int
    active: bool
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class StaffRecord:
    """A row of `staff`, frozen."""

    store_id: uuid.UUID | None
    name: str
    name_local: str
    email: str
    role: Role
    language: str
    phone: str
    pin_hash: str
    active: bool
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


# --- the client record -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """A row of `clients`, frozen."""

    home_store_id: uuid.UUID
    title: str
    family_name: str
    given_name: str
    name_order: NameOrder
    name_local: str
    name_romanised: str
    greeting_name: str
    gender: str
    language: str
    preferred_channel: Channel | None
    contact_hours_start: dt.time | None
    contact_hours_end: dt.time | None
    photo_path: str
    source: str
    created_at: dt.datetime
    created_by_id: uuid.UUID | None
    segment: str
    erased_at: dt.datetime | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class ContactPointRecord:
    """A row of `contact_points`, frozen."""

    client_id: uuid.UUID
    kind: ContactKind
    value: str
    normalised: str
    label: str
    is_primary: bool
    extension: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class RelationshipRecord:
    """A row of `relationships`, frozen."""

    client_id: uuid.UUID
    kind: RelationshipKind
    name: str
    name_local: str
    related_client_id: uuid.UUID | None
    note: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class PreferenceRecord:
    """A row of `preferences`, frozen."""

    client_id: uuid.UUID
    relationship_id: uuid.UUID | None
    category: PreferenceCategory
    value: str
    sentiment: Sentiment
    detail: str
    recorded_by_id: uuid.UUID | None
    recorded_at: dt.datetime
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class RingSizeRecord:
    """A row of `ring_sizes`, frozen."""

    client_id: uuid.UUID
    relationship_id: uuid.UUID | None
    hand: Hand
    finger: Finger
    system: SizingSystem
    size: str
    circumference_mm: Decimal | None
    recorded_by_id: uuid.UUID | None
    recorded_at: dt.datetime
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class MeasurementRecord:
    """A row of `measurements`, frozen."""

    client_id: uuid.UUID
    relationship_id: uuid.UUID | None
    kind: MeasurementKind
    length_cm: Decimal
    recorded_by_id: uuid.UUID | None
    recorded_at: dt.datetime
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """A row of `notes`, frozen."""

    client_id: uuid.UUID
    author_id: uuid.UUID | None
    store_id: uuid.UUID | None
    body: str
    pinned: bool
    sensitive: bool
    created_at: dt.datetime
    supersedes_id: uuid.UUID | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class ImportantDateRecord:
    """A row of `important_dates`, frozen."""

    client_id: uuid.UUID
    relationship_id: uuid.UUID | None
    kind: DateKind
    milestone: MilestoneKind | None
    label: str
    month: int
    day: int
    year: int | None
    lead_days: int
    recurring: bool
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """A row of `consents`, frozen."""

    client_id: uuid.UUID
    purpose: ConsentPurpose
    channel: Channel | None
    granted: bool
    recorded_at: dt.datetime
    recorded_by_id: uuid.UUID | None
    proof: str
    method: str
    signature_svg: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class BookEntryRecord:
    """A row of `book_entries`, frozen."""

    advisor_id: uuid.UUID
    client_id: uuid.UUID
    since: dt.date
    ended_at: dt.datetime | None
    development_plan: str
    handover_note: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


# --- pieces ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CataloguePieceRecord:
    """A row of `catalogue_pieces`, frozen."""

    sku: str
    name: str
    name_zh: str
    collection: str
    category: str
    metal: str
    fineness: str
    main_stone: str
    stone_origin: StoneOrigin | None
    carat: Decimal | None
    colour: str
    clarity: str
    cut: str
    description: str
    price: Decimal
    currency: str
    photo_path: str
    launched_on: dt.date | None
    active: bool
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class StockLevelRecord:
    """A row of `stock_levels`, frozen."""

    store_id: uuid.UUID
    piece_id: uuid.UUID
    on_hand: int
    store_price: Decimal | None
    store_currency: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class OwnedPieceRecord:
    """A row of `owned_pieces`, frozen."""

    client_id: uuid.UUID
    piece_id: uuid.UUID | None
    purchase_line_id: uuid.UUID | None
    store_id: uuid.UUID | None
    description: str
    category: str
    serial: str
    metal: str
    fineness: str
    hallmark: str
    total_weight_g: Decimal | None
    bought_here: bool
    acquired_on: dt.date | None
    value: Decimal | None
    currency: str
    provenance: str
    recycled_metal_pct: int | None
    photo_path: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class StoneRecord:
    """A row of `stones`, frozen."""

    owned_piece_id: uuid.UUID
    position: int
    origin: StoneOrigin
    stone_type: str
    shape: str
    carat: Decimal | None
    colour: str
    clarity: str
    cut_grade: str
    polish: str
    symmetry: str
    fluorescence: str
    measurements: str
    treatments: str
    lab: str
    report_number: str
    girdle_inscription: str
    origin_country: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class WishlistItemRecord:
    """A row of `wishlist_items`, frozen."""

    client_id: uuid.UUID
    relationship_id: uuid.UUID | None
    piece_id: uuid.UUID | None
    description: str
    note: str
    added_at: dt.datetime
    added_by_id: uuid.UUID | None
    fulfilled_at: dt.datetime | None
    removed_at: dt.datetime | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


# --- commerce and service ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PurchaseRecord:
    """A row of `purchases`, frozen."""

    client_id: uuid.UUID
    store_id: uuid.UUID
    advisor_id: uuid.UUID | None
    purchased_at: dt.datetime
    channel: PurchaseChannel
    receipt_number: str
    total: Decimal
    currency: str
    source: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class PurchaseLineRecord:
    """A row of `purchase_lines`, frozen."""

    purchase_id: uuid.UUID
    piece_id: uuid.UUID | None
    description: str
    quantity: int
    unit_price: Decimal
    serial: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class InteractionRecord:
    """A row of `interactions`, frozen."""

    client_id: uuid.UUID
    staff_id: uuid.UUID | None
    store_id: uuid.UUID | None
    kind: InteractionKind
    channel: Channel | None
    occurred_at: dt.datetime
    summary: str
    outcome: str
    action_id: uuid.UUID | None
    event_id: uuid.UUID | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class ServiceJobRecord:
    """A row of `service_jobs`, frozen."""

    client_id: uuid.UUID
    store_id: uuid.UUID
    owned_piece_id: uuid.UUID | None
    received_by_id: uuid.UUID | None
    number: str
    kind: ServiceKind
    status: ServiceStatus
    description: str
    intake_condition: str
    estimate: Decimal | None
    currency: str
    received_at: dt.datetime
    ready_by: dt.date | None
    ready_at: dt.datetime | None
    collected_at: dt.datetime | None
    sent_to_workshop_at: dt.datetime | None
    returned_at: dt.datetime | None
    collected_by_id: uuid.UUID | None
    closing_note: str
    signature_svg: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class ServiceCaseRecord:
    """A row of `service_cases`, frozen."""

    client_id: uuid.UUID
    store_id: uuid.UUID
    opened_by_id: uuid.UUID | None
    manager_id: uuid.UUID | None
    status: CaseStatus
    opened_at: dt.datetime
    complaint: str
    apology: str
    gesture: str
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    resolution: str
    follow_up_due: dt.date | None
    follow_up_done_at: dt.datetime | None
    channel: Channel | None
    severity: str
    gesture_value: Decimal | None
    gesture_currency: str
    sensitive_note: str
    reopen_reason: str
    follow_up_note: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class BenefitRecord:
    """A row of `benefits`, frozen."""

    client_id: uuid.UUID
    source: BenefitSource
    purchase_id: uuid.UUID | None
    code: str
    title: str
    title_zh: str
    conditions: str
    value: Decimal | None
    currency: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    max_uses: int | None
    store_id: uuid.UUID | None
    issued_at: dt.datetime | None
    issued_by_id: uuid.UUID | None
    expired_at: dt.datetime | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


# --- the calendar ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AppointmentRecord:
    """A row of `appointments`, frozen."""

    store_id: uuid.UUID
    client_id: uuid.UUID | None
    kind: AppointmentKind
    status: AppointmentStatus
    source: AppointmentSource
    advisor_id: uuid.UUID | None
    second_advisor_id: uuid.UUID | None
    room_id: uuid.UUID | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    notes: str
    request_contact: str
    requested_at: dt.datetime | None
    confirmed_at: dt.datetime | None
    cancelled_reason: str
    outcome: str
    outcome_note: str
    double_booked: bool
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class PreSelectionRecord:
    """A row of `pre_selections`, frozen."""

    appointment_id: uuid.UUID
    piece_id: uuid.UUID
    quantity: int
    note: str
    pulled: bool
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class ChecklistItemRecord:
    """A row of `checklist_items`, frozen."""

    appointment_id: uuid.UUID
    position: int
    kind: str
    text: str
    done: bool
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


# --- documents, intelligence and sync ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class IssuedDocumentRecord:
    """A row of `issued_documents`, frozen."""

    number: str
    kind: DocumentKind
    store_id: uuid.UUID
    client_id: uuid.UUID | None
    subject_table: str
    subject_id: uuid.UUID | None
    language: str
    issued_at: dt.datetime
    issued_by_id: uuid.UUID | None
    status: DocumentStatus
    voided_at: dt.datetime | None
    void_reason: str
    replaces_id: uuid.UUID | None
    payload: dict[str, Any]
    signature: str
    signing_key_id: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class NextBestActionRecord:
    """A row of `next_best_actions`, frozen."""

    action_key: str
    client_id: uuid.UUID
    advisor_id: uuid.UUID | None
    store_id: uuid.UUID | None
    kind: str
    subject_id: uuid.UUID | None
    params: dict[str, Any]
    channel: str | None
    priority: int
    due_on: dt.date
    created_at: dt.datetime
    status: str
    snoozed_until: dt.date | None
    note: str
    outcome_at: dt.datetime | None
    outcome_on: dt.date | None
    outcome_by_id: uuid.UUID | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class ClientStandingRecord:
    """A row of `client_standings`, frozen."""

    client_id: uuid.UUID
    as_of: dt.date
    segment: str
    spend_12m: Decimal
    rfm: str
    value_tier: str
    lifecycle: str
    member_types: str
    engagement: int
    rising: bool
    churn_risk: bool
    computed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SyncConflictRecord:
    """A row of `sync_conflicts`, frozen."""

    entity: str
    entity_id: uuid.UUID
    client_id: uuid.UUID | None
    store_id: uuid.UUID | None
    field: str
    base_value: object
    theirs_value: object
    mine_value: object
    theirs_device: str
    mine_device: str
    theirs_hlc: str
    mine_hlc: str
    kind: str
    detected_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str
    resolved_by_id: uuid.UUID | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A row of `events`, frozen."""

    store_id: uuid.UUID | None
    title: str
    title_zh: str
    kind: str
    collection: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int | None
    description: str
    room_id: uuid.UUID | None
    host_id: uuid.UUID | None
    cancelled_at: dt.datetime | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class InvitationRecord:
    """A row of `invitations`, frozen."""

    event_id: uuid.UUID
    client_id: uuid.UUID
    invited_by_id: uuid.UUID | None
    invited_at: dt.datetime
    rsvp: Rsvp
    rsvp_at: dt.datetime | None
    guests: int
    attended: bool | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class BenefitUseRecord:
    """A row of `benefit_uses`, frozen."""

    benefit_id: uuid.UUID
    store_id: uuid.UUID | None
    staff_id: uuid.UUID | None
    used_at: dt.datetime
    note: str
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class PhotoRecord:
    """A row of `photos`, frozen."""

    client_id: uuid.UUID | None
    store_id: uuid.UUID | None
    subject: str
    subject_id: uuid.UUID | None
    sha256: str
    thumb_sha256: str
    content_type: str
    byte_size: int
    width: int
    height: int
    caption: str
    taken_at: dt.datetime
    added_by_id: uuid.UUID | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class LoyaltyStandingRecord:
    """A row of `loyalty_standings`, frozen."""

    client_id: uuid.UUID
    member_id: str
    tier: str
    points: int | None
    as_of: dt.datetime | None
    id: uuid.UUID
    updated_hlc: str
    updated_by_device: str
    server_version: int | None
    deleted: bool
