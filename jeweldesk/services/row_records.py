"""Which record each table's row freezes into: what services hand out instead of ORM
rows, which must never leave the storage layer."""

from __future__ import annotations

from typing import TypeVar, overload

from sqlalchemy import inspect

from jeweldesk.services import records as r
from jeweldesk.storage import models as m
from jeweldesk.storage.models import Base

R = TypeVar("R")

RECORDS: dict[type[Base], type[object]] = {
    m.Store: r.StoreRecord,
    m.Room: r.RoomRecord,
    m.Staff: r.StaffRecord,
    m.Client: r.ClientRecord,
    m.ContactPoint: r.ContactPointRecord,
    m.Relationship: r.RelationshipRecord,
    m.Preference: r.PreferenceRecord,
    m.RingSize: r.RingSizeRecord,
    m.Measurement: r.MeasurementRecord,
    m.Note: r.NoteRecord,
    m.ImportantDate: r.ImportantDateRecord,
    m.Consent: r.ConsentRecord,
    m.BookEntry: r.BookEntryRecord,
    m.CataloguePiece: r.CataloguePieceRecord,
    m.StockLevel: r.StockLevelRecord,
    m.OwnedPiece: r.OwnedPieceRecord,
    m.Stone: r.StoneRecord,
    m.WishlistItem: r.WishlistItemRecord,
    m.Purchase: r.PurchaseRecord,
    m.PurchaseLine: r.PurchaseLineRecord,
    m.Interaction: r.InteractionRecord,
    m.ServiceJob: r.ServiceJobRecord,
    m.ServiceCase: r.ServiceCaseRecord,
    m.Benefit: r.BenefitRecord,
    m.Appointment: r.AppointmentRecord,
    m.PreSelection: r.PreSelectionRecord,
    m.ChecklistItem: r.ChecklistItemRecord,
    m.IssuedDocument: r.IssuedDocumentRecord,
    m.NextBestAction: r.NextBestActionRecord,
    m.ClientStanding: r.ClientStandingRecord,
    m.SyncConflict: r.SyncConflictRecord,
    m.Event: r.EventRecord,
    m.Invitation: r.InvitationRecord,
    m.BenefitUse: r.BenefitUseRecord,
    m.Photo: r.PhotoRecord,
    m.LoyaltyStanding: r.LoyaltyStandingRecord,
}

MODELS: dict[type[object], type[Base]] = {record: model for model, record in RECORDS.items()}

# Each record's field names, worked out once: `freeze` runs for every row a profile shows.
_FIELDS: dict[type[Base], tuple[str, ...]] = {
    model: tuple(column.key for column in inspect(model).columns) for model in RECORDS
}


def frozen(record: type[R], row: Base) -> R:
    """`row` as `record`, for code that names the record rather than the model (the
    record must be the one `row`'s model freezes into)."""
    model = type(row)
    if RECORDS.get(model) is not record:
        raise TypeError(f"a {model.__name__} row freezes into {RECORDS.get(model)}, not {record}")
    return record(**{name: getattr(row, name) for name in _FIELDS[model]})


@overload
def freeze(row: m.Store) -> r.StoreRecord: ...
@overload
def freeze(row: m.Room) -> r.RoomRecord: ...
@overload
def freeze(row: m.Staff) -> r.StaffRecord: ...
@overload
def freeze(row: m.Client) -> r.ClientRecord: ...
@overload
def freeze(row: m.ContactPoint) -> r.ContactPointRecord: ...
@overload
def freeze(row: m.Relationship) -> r.RelationshipRecord: ...
@overload
def freeze(row: m.Preference) -> r.PreferenceRecord: ...
@overload
def freeze(row: m.RingSize) -> r.RingSizeRecord: ...
@overload
def freeze(row: m.Measurement) -> r.MeasurementRecord: ...
@overload
def freeze(row: m.Note) -> r.NoteRecord: ...
@overload
def freeze(row: m.ImportantDate) -> r.ImportantDateRecord: ...
@overload
def freeze(row: m.Consent) -> r.ConsentRecord: ...
@overload
def freeze(row: m.BookEntry) -> r.BookEntryRecord: ...
@overload
def freeze(row: m.CataloguePiece) -> r.CataloguePieceRecord: ...
@overload
def freeze(row: m.StockLevel) -> r.StockLevelRecord: ...
@overload
def freeze(row: m.OwnedPiece) -> r.OwnedPieceRecord: ...
@overload
def freeze(row: m.Stone) -> r.StoneRecord: ...
@overload
def freeze(row: m.WishlistItem) -> r.WishlistItemRecord: ...
@overload
def freeze(row: m.Purchase) -> r.PurchaseRecord: ...
@overload
def freeze(row: m.PurchaseLine) -> r.PurchaseLineRecord: ...
@overload
def freeze(row: m.Interaction) -> r.InteractionRecord: ...
@overload
def freeze(row: m.ServiceJob) -> r.ServiceJobRecord: ...
@overload
def freeze(row: m.ServiceCase) -> r.ServiceCaseRecord: ...
@overload
def freeze(row: m.Benefit) -> r.BenefitRecord: ...
@overload
def freeze(row: m.Appointment) -> r.AppointmentRecord: ...
@overload
def freeze(row: m.PreSelection) -> r.PreSelectionRecord: ...
@overload
def freeze(row: m.ChecklistItem) -> r.ChecklistItemRecord: ...
@overload
def freeze(row: m.IssuedDocument) -> r.IssuedDocumentRecord: ...
@overload
def freeze(row: m.NextBestAction) -> r.NextBestActionRecord: ...
@overload
def freeze(row: m.ClientStanding) -> r.ClientStandingRecord: ...
@overload
def freeze(row: m.SyncConflict) -> r.SyncConflictRecord: ...
@overload
def freeze(row: m.Event) -> r.EventRecord: ...
@overload
def freeze(row: m.Invitation) -> r.InvitationRecord: ...
@overload
def freeze(row: m.BenefitUse) -> r.BenefitUseRecord: ...
@overload
def freeze(row: m.Photo) -> r.PhotoRecord: ...
@overload
def freeze(row: m.LoyaltyStanding) -> r.LoyaltyStandingRecord: ...
def freeze(row: Base) -> object:
    """A frozen copy of `row`'s columns, as the record its model is declared to have."""
    model = type(row)
    return RECORDS[model](**{name: getattr(row, name) for name in _FIELDS[model]})
