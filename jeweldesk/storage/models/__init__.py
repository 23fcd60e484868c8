"""Every table of the JewelDesk schema, device and head office alike."""

from jeweldesk.storage.models.base import Base, Synced, synced_tables
from jeweldesk.storage.models.calendar import (
    Appointment,
    ChecklistItem,
    Event,
    Invitation,
    PreSelection,
)
from jeweldesk.storage.models.clients import (
    BookEntry,
    Client,
    Consent,
    ContactPoint,
    ImportantDate,
    Measurement,
    Note,
    Preference,
    Relationship,
    RingSize,
)
from jeweldesk.storage.models.commerce import (
    Benefit,
    BenefitUse,
    Interaction,
    Purchase,
    PurchaseLine,
    ServiceCase,
    ServiceJob,
)
from jeweldesk.storage.models.imports import ImportBatch, ImportBatchRow, ImportBatchWrite
from jeweldesk.storage.models.integration import ApiKey, IntegrationReceipt, LoyaltyMember
from jeweldesk.storage.models.intelligence import (
    ClientStanding,
    IntelligenceSetting,
    NextBestAction,
    SegmentChange,
)
from jeweldesk.storage.models.files import FileTransfer, StoredFile
from jeweldesk.storage.models.merges import ClientMerge
from jeweldesk.storage.models.network import Room, Staff, Store
from jeweldesk.storage.models.photos import Photo
from jeweldesk.storage.models.pieces import (
    CataloguePiece,
    OwnedPiece,
    StockLevel,
    Stone,
    WishlistItem,
)
from jeweldesk.storage.models.records import AuditEntry, IssuedDocument, SearchKey, Setting
from jeweldesk.storage.models.sync import (
    AppliedOp,
    ChangeLog,
    ClientGrant,
    Device,
    EnrolmentAttempt,
    EnrolmentCode,
    FieldHistory,
    Outbox,
    ServerState,
    SyncConflict,
    SyncFlag,
)

__all__ = [
    "ApiKey",
    "IntegrationReceipt",
    "LoyaltyMember",
    "AppliedOp",
    "ChangeLog",
    "ClientGrant",
    "Device",
    "EnrolmentAttempt",
    "EnrolmentCode",
    "FieldHistory",
    "FileTransfer",
    "Outbox",
    "Photo",
    "StoredFile",
    "ServerState",
    "SyncConflict",
    "SyncFlag",
    "Appointment",
    "AuditEntry",
    "Base",
    "Benefit",
    "BenefitUse",
    "BookEntry",
    "CataloguePiece",
    "ChecklistItem",
    "Client",
    "Consent",
    "ContactPoint",
    "Event",
    "ImportantDate",
    "ImportBatch",
    "ImportBatchRow",
    "ImportBatchWrite",
    "Interaction",
    "Invitation",
    "IssuedDocument",
    "Measurement",
    "Note",
    "OwnedPiece",
    "PreSelection",
    "Preference",
    "Purchase",
    "PurchaseLine",
    "Relationship",
    "RingSize",
    "Room",
    "SearchKey",
    "ServiceCase",
    "ServiceJob",
    "Setting",
    "Staff",
    "StockLevel",
    "Stone",
    "Store",
    "Synced",
    "WishlistItem",
    "synced_tables",
    "ClientMerge",
    "ClientStanding",
    "IntelligenceSetting",
    "NextBestAction",
    "SegmentChange",
]
