"""What the service job dialog reads, in one go on the database thread: the client's
pieces, the store's currency and zone, the job with its documents and intake photos,
and who did each step. Imports no Qt."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jeweldesk.services import Desk


@dataclass(frozen=True)
class PieceChoice:
    id: uuid.UUID
    description: str
    metal: str
    busy: str  # the number of the job it is in for service now, or ""


@dataclass(frozen=True)
class JobLoaded:
    client_id: uuid.UUID
    client_name: str
    pieces: tuple[PieceChoice, ...]
    currency: str
    zone: str
    today: dt.date
    lang: str
    may_take_in: bool
    job: Any = None  # ServiceJobRecord
    piece: PieceChoice | None = None
    staff: dict[uuid.UUID, str] | None = None
    receipt: Any = None  # IssuedDocumentRecord, the latest not void
    slip: Any = None
    photos: tuple[Path, ...] = ()  # the intake photos' thumbnails
    photos_supported: bool = False


def load(desk: Desk, client_id: uuid.UUID, job_id: uuid.UUID | None = None) -> JobLoaded:
    from jeweldesk.domain.timezones import store_today
    from jeweldesk.domain.vocab import DocumentKind, DocumentStatus
    from jeweldesk.services.service_jobs import OPEN

    job = desk.service.get(job_id) if job_id is not None else None
    if job is not None:
        client_id = job.client_id
    profile = desk.clients.profile(client_id)
    busy = {j.owned_piece_id: j.number for j in profile.service_jobs if j.status in OPEN}
    pieces = tuple(
        PieceChoice(i.piece.id, i.piece.description, i.piece.metal, busy.get(i.piece.id, ""))
        for i in profile.jewellery_box
    )
    store = desk.directory.store(desk.home_store_id) if desk.home_store_id else None
    zone = getattr(store, "timezone", "UTC") or "UTC"
    photos = getattr(desk, "photos", None)
    loaded = JobLoaded(
        client_id=client_id,
        client_name=profile.summary.display_name,
        pieces=pieces,
        currency=getattr(store, "currency", "") or "",
        zone=zone,
        today=store_today(zone),
        lang=desk.lang,
        may_take_in=desk.service.may_take_in(),
        photos_supported=photos is not None,
    )
    if job is None:
        return loaded
    chinese = desk.lang.startswith("zh")
    names = {
        p.id: (p.name_local or p.name) if chinese else p.name for p, _code in desk.directory.staff()
    }
    documents = [
        d
        for d in profile.documents
        if d.subject_id == job.id and d.status is not DocumentStatus.VOID
    ]

    def latest(kind: DocumentKind) -> Any:
        found = [d for d in documents if d.kind is kind]
        return max(found, key=lambda d: d.issued_at) if found else None

    thumbs: tuple[Path, ...] = ()
    if photos is not None:
        paths = (photos.thumbnail_path(p) for p in photos.of_subject(job.id))
        thumbs = tuple(p for p in paths if p is not None)
    import dataclasses

    return dataclasses.replace(
        loaded,
        job=job,
        piece=next((p for p in pieces if p.id == job.owned_piece_id), None),
        staff=names,
        receipt=latest(DocumentKind.SERVICE_RECEIPT),
        slip=latest(DocumentKind.COLLECTION_SLIP),
        photos=thumbs,
    )


def take_in(desk: Desk, fields: dict[str, Any], photo_files: list[Path]) -> Any:
    """Intake, then its receipt, then its photos: the job is written first (the receipt
    needs its number); a receipt or a photo refused afterwards is reported, the job
    kept."""
    from jeweldesk.domain.errors import DomainError

    written = desk.service.intake(**fields)
    job = written.value.job
    changes = written.changes
    refused: list[str] = []
    receipt = None
    try:  # the job is kept whatever happens to its receipt: it can be issued again
        issued = desk.documents.service_receipt(job.id)
        receipt, changes = issued.value, changes | issued.changes
    except DomainError as exc:
        refused.append(exc.message(desk.lang))
    photos = getattr(desk, "photos", None)
    if photos is not None:
        for path in photo_files:
            try:
                photos.add(job.client_id, path, "intake", job.id)
            except DomainError as exc:
                refused.append(f"{path.name}: {exc.message(desk.lang)}")
    return TakenIn(job, receipt, tuple(refused), changes)


@dataclass(frozen=True)
class TakenIn:
    job: Any
    receipt: Any  # IssuedPdf, or None when it could not be issued
    photo_refusals: tuple[str, ...]
    changes: Any

    @property
    def value(self) -> TakenIn:  # read as a `Written` by the runner
        return self


def collect(desk: Desk, job_id: uuid.UUID, note: str) -> Any:
    """Collection and its slip (which prints the collection's time)."""
    from jeweldesk.domain.errors import DomainError

    written = desk.service.collect(job_id, note)
    try:  # collected whatever happens to the slip: it can be issued again from the job
        slip = desk.documents.collection_slip(job_id)
    except DomainError as exc:
        return Collected(written.value, None, written.changes, exc.message(desk.lang))
    return Collected(written.value, slip.value, written.changes | slip.changes)


@dataclass(frozen=True)
class Collected:
    job: Any
    slip: Any  # IssuedPdf, or None when it could not be issued
    changes: Any
    problem: str = ""

    @property
    def value(self) -> Collected:
        return self
