"""What each document prints: frozen values the service assembles from the records and
the builders turn into PDF pages. They hold printable facts only (no ids, no ORM rows),
and go to and from JSON exactly: the issued document's payload is this data, and its
signature is over that JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


def added_later() -> Any:
    """A field documents issued before it existed do not hold: None for them, and left
    out of the JSON while None, so their data reads back to the bytes their signature
    covers."""
    return dataclasses.field(default=None, metadata={"added_later": True})


@dataclass(frozen=True)
class StoreData:
    code: str
    name: str
    name_local: str = ""
    address: str = ""
    phone: str = ""
    timezone: str = "UTC"

    def display(self, lang: str) -> str:
        return self.name_local if lang != "en" and self.name_local else self.name


@dataclass(frozen=True)
class Issue:
    """The header every document carries."""

    number: str
    kind: str
    lang: str
    issued_at: dt.datetime  # in the store's time zone
    store: StoreData
    issued_by: str = ""


@dataclass(frozen=True)
class StoneData:
    position: int
    origin: str  # natural, lab_grown, simulant
    stone_type: str
    shape: str = ""
    carat: Decimal | None = None
    colour: str = ""
    clarity: str = ""
    cut_grade: str = ""
    polish: str = ""
    symmetry: str = ""
    fluorescence: str = ""
    measurements: str = ""
    treatments: str = ""
    lab: str = ""
    report_number: str = ""
    girdle_inscription: str = ""
    origin_country: str = ""


@dataclass(frozen=True)
class PieceData:
    description: str
    description_local: str = ""
    category: str = ""
    sku: str = ""
    serial: str = ""
    metal: str = ""
    fineness: str = ""
    hallmark: str = ""
    total_weight_g: Decimal | None = None
    acquired_on: dt.date | None = None
    value: Decimal | None = None
    currency: str = ""
    provenance: str = ""
    recycled_metal_pct: int | None = None
    photo: str = ""  # a file path; the builder draws a placeholder when it is missing
    stones: tuple[StoneData, ...] = ()

    def title(self, lang: str) -> str:
        return (
            self.description_local if lang != "en" and self.description_local else self.description
        )


@dataclass(frozen=True)
class CertificateData:
    issue: Issue
    piece: PieceData


@dataclass(frozen=True)
class AppraisalData:
    """`client_name` is the client's name in Latin letters (or their only name),
    `client_name_local` the name in its own script ("" when there is none): the
    document orders them by its language. Documents issued before the two were held
    apart have `client_name_local` None and `client_name` as a list prints it,
    'Yu Peng 余鹏'."""

    issue: Issue
    piece: PieceData
    client_name: str
    value: Decimal
    currency: str
    appraised_on: dt.date
    review_by: dt.date
    appraiser: str
    value_type: str = "replacement"
    client_name_local: str | None = added_later()


@dataclass(frozen=True)
class CareSection:
    heading: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class CareStep:
    interval_months: int
    task: str


@dataclass(frozen=True)
class AdvisorContact:
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class CareGuideData:
    issue: Issue
    piece: PieceData
    everyday: tuple[str, ...]
    cleaning: tuple[str, ...]
    storage: tuple[str, ...]
    materials: tuple[CareSection, ...]
    schedule: tuple[CareStep, ...]
    advisor: AdvisorContact


@dataclass(frozen=True)
class WarrantyData:
    """The client's two names as in `AppraisalData`."""

    issue: Issue
    piece: PieceData
    client_name: str
    purchased_on: dt.date
    valid_until: dt.date
    years: int
    advisor: AdvisorContact
    client_name_local: str | None = added_later()


@dataclass(frozen=True)
class ServiceJobData:
    """For the intake receipt and the collection slip; the client's two names as in
    `AppraisalData`."""

    issue: Issue
    job_number: str
    service_kind: str
    work: str
    client_name: str
    piece: PieceData
    intake_condition: str
    received_at: dt.datetime
    received_by: str
    estimate: Decimal | None = None
    currency: str = ""
    ready_by: dt.date | None = None
    ready_at: dt.datetime | None = None
    collected_at: dt.datetime | None = None
    client_name_local: str | None = added_later()
    # The client's signature at intake as drawn on the tablet (an SVG path of M and L).
    signature_svg: str | None = added_later()


@dataclass(frozen=True)
class BriefLine:
    """One line of a brief's list, with an optional picture."""

    text: str
    detail: str = ""
    photo: str = ""


@dataclass(frozen=True)
class BriefData:
    issue: Issue
    client_name: str
    client_name_local: str
    greeting: str
    client_language: str
    segment: str
    appointment_kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str
    advisor: str
    second_advisor: str = ""
    notes: str = ""
    preferences: tuple[BriefLine, ...] = ()
    sizes: tuple[BriefLine, ...] = ()
    purchases: tuple[BriefLine, ...] = ()
    wishlist: tuple[BriefLine, ...] = ()
    dates: tuple[BriefLine, ...] = ()
    conversations: tuple[BriefLine, ...] = ()
    pulled: tuple[BriefLine, ...] = ()
    checklist: tuple[BriefLine, ...] = ()
    talking_points: tuple[BriefLine, ...] = ()
    refreshments: tuple[BriefLine, ...] = ()


DOCUMENT_DATA: dict[str, type] = {
    "certificate": CertificateData,
    "appraisal": AppraisalData,
    "care_guide": CareGuideData,
    "warranty": WarrantyData,
    "service_receipt": ServiceJobData,
    "collection_slip": ServiceJobData,
    "appointment_brief": BriefData,
}


# --- JSON, exactly ---------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """A JSON-able form: Decimals as text, dates and times in ISO 8601."""
    if dataclasses.is_dataclass(value):
        return {
            f.name: to_json(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not (f.metadata.get("added_later") and getattr(value, f.name) is None)
        }
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def from_json(cls: type, data: Any) -> Any:
    """The inverse of `to_json` for one of this module's dataclasses."""
    hints = typing.get_type_hints(cls)
    return cls(
        **{
            f.name: _value(hints[f.name], data[f.name])
            for f in dataclasses.fields(cls)
            if f.name in data
        }
    )


def _value(hint: Any, raw: Any) -> Any:
    if raw is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
        origin = typing.get_origin(hint)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        return tuple(_value(inner, v) for v in raw)
    if dataclasses.is_dataclass(hint):
        return from_json(hint, raw)
    if hint is Decimal:
        return Decimal(raw)
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(raw)
    if hint is dt.date:
        return dt.date.fromisoformat(raw)
    return raw


def canonical(value: Any) -> bytes:
    """The exact bytes a signature covers: sorted keys, no spaces, UTF-8."""
    data = to_json(value) if dataclasses.is_dataclass(value) else value
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
