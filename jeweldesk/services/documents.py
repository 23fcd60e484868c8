"""Issuing documents at the counter: certificates, appraisals, care guides, warranty
cards, service receipts, collection slips and appointment briefs.

Each issue takes the next number of this device, signs the document's data with the
device's Ed25519 key, writes an immutable `issued_documents` row (synced to head office
like any other) and returns the PDF. A correction never edits: `void` marks the row
void and `reissue` issues a new number that `replaces` it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.documents import BUILDERS, care_content
from jeweldesk.documents import data as d
from jeweldesk.documents.branding import Branding, load_branding
from jeweldesk.documents.page import Signature
from jeweldesk.documents.signing import DeviceKey, device_key
from jeweldesk.documents.verify import KeyRing, Record, Verdict, verify_pdf, verify_record
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.messages import normalise_language
from jeweldesk.domain.vocab import DocumentKind, DocumentStatus
from jeweldesk.services import document_sources as src
from jeweldesk.services.base import Written, freeze, known_row, now_utc, reading, unit_of_work
from jeweldesk.services.document_numbers import next_number
from jeweldesk.services.records import IssuedDocumentRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

PIECE_KINDS = {
    DocumentKind.CERTIFICATE,
    DocumentKind.APPRAISAL,
    DocumentKind.CARE_GUIDE,
    DocumentKind.WARRANTY,
}
JOB_KINDS = {DocumentKind.SERVICE_RECEIPT, DocumentKind.COLLECTION_SLIP}


class IssueOptions(TypedDict, total=False):
    """What `DocumentService.issue` takes beside the kind and the subject."""

    lang: str | None
    paper: str
    replaces_id: uuid.UUID | None


@dataclass(frozen=True)
class IssuedPdf:
    """An issued document's record and its PDF."""

    document: IssuedDocumentRecord
    pdf: bytes


class DocumentService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._key: DeviceKey | None = None

    # --- what the device signs with ---------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return Path(self.desk.path).parent

    @property
    def key(self) -> DeviceKey:
        """This device's signing key (made on first use)."""
        if self._key is None:
            self._key = device_key(self.data_dir)
        return self._key

    def branding(self) -> Branding:
        return load_branding(self.data_dir)

    def keys(self) -> KeyRing:
        return KeyRing.for_device(self.data_dir)

    # --- issuing ------------------------------------------------------------------------

    def issue(
        self,
        kind: DocumentKind | str,
        subject_id: uuid.UUID | str,
        *,
        lang: str | None = None,
        paper: str = "a4",
        replaces_id: uuid.UUID | None = None,
    ) -> Written[IssuedPdf]:
        """Issue a document of `kind` for its subject: an owned piece or a purchase line
        (certificate, appraisal, care guide, warranty), a service job (receipt,
        collection slip) or an appointment (brief). The language defaults to the
        client's (the brief: the advisor's). Returns `Written(IssuedPdf)`."""
        try:
            kind = DocumentKind(kind)
        except ValueError:
            raise ValidationError("document.kind", value=str(kind)) from None
        if paper not in ("a4", "letter"):
            raise ValidationError("document.paper")
        subject = subject_id if isinstance(subject_id, uuid.UUID) else _uuid(subject_id)
        branding = self.branding()
        with unit_of_work(self.desk) as work:
            s = work.session
            store = s.get(m.Store, self.desk.home_store_id) if self.desk.home_store_id else None
            if store is None:
                raise ValidationError("document.no_store")
            issued_at = src.local(now_utc(), store).replace(microsecond=0)
            table, client, data = self._assemble(s, kind, subject, store, issued_at, lang, branding)
            payload = d.to_json(data)
            signature = self.key.sign(d.canonical(payload))
            row = m.IssuedDocument(
                number=data.issue.number,
                kind=kind,
                store_id=store.id,
                client_id=client.id if client else None,
                subject_table=table,
                subject_id=subject,
                language=data.issue.lang,
                issued_at=issued_at,
                issued_by_id=self.desk.acting_staff_id,
                status=DocumentStatus.ISSUED,
                void_reason="",
                replaces_id=replaces_id,
                payload=payload,
                signature=signature,
                signing_key_id=self.key.key_id,
            )
            s.add(row)
            pdf = BUILDERS[kind.value](
                data,
                paper=paper,
                branding=branding,
                signature=self._signature(signature, self.key.key_id),
            )
            s.flush()
            record = freeze(row)
        return Written(IssuedPdf(record, pdf), work.changes)

    def certificate(
        self, piece_id: uuid.UUID | str, **kw: Unpack[IssueOptions]
    ) -> Written[IssuedPdf]:
        """A certificate of authenticity and grading for an owned piece or purchase line."""
        return self.issue(DocumentKind.CERTIFICATE, piece_id, **kw)

    def appraisal(
        self, piece_id: uuid.UUID | str, **kw: Unpack[IssueOptions]
    ) -> Written[IssuedPdf]:
        """An insurance appraisal (replacement value) for an owned piece or purchase line."""
        return self.issue(DocumentKind.APPRAISAL, piece_id, **kw)

    def care_guide(
        self, piece_id: uuid.UUID | str, **kw: Unpack[IssueOptions]
    ) -> Written[IssuedPdf]:
        """The care guide and service schedule for an owned piece or purchase line."""
        return self.issue(DocumentKind.CARE_GUIDE, piece_id, **kw)

    def warranty(self, piece_id: uuid.UUID | str, **kw: Unpack[IssueOptions]) -> Written[IssuedPdf]:
        """The warranty card for an owned piece or purchase line."""
        return self.issue(DocumentKind.WARRANTY, piece_id, **kw)

    def service_receipt(
        self, job_id: uuid.UUID | str, **kw: Unpack[IssueOptions]
    ) -> Written[IssuedPdf]:
        """The intake receipt for a service job."""
        return self.issue(DocumentKind.SERVICE_RECEIPT, job_id, **kw)

    def collection_slip(
        self, job_id: uuid.UUID | str, **kw: Unpack[IssueOptions]
    ) -> Written[IssuedPdf]:
        """The collection slip for a service job."""
        return self.issue(DocumentKind.COLLECTION_SLIP, job_id, **kw)

    def appointment_brief(
        self, appointment_id: uuid.UUID | str, **kw: Unpack[IssueOptions]
    ) -> Written[IssuedPdf]:
        """The confidential one-page brief for an appointment."""
        return self.issue(DocumentKind.APPOINTMENT_BRIEF, appointment_id, **kw)

    def _signature(self, value: str, kid: str) -> Signature:
        return Signature(key_id=kid, value=value, seal_key_id=self.key.key_id, seal=self.key.sign)

    def _assemble(
        self,
        s: Session,
        kind: DocumentKind,
        subject: uuid.UUID,
        store: m.Store,
        issued_at: dt.datetime,
        lang: str | None,
        branding: Branding,
    ) -> tuple[str, m.Client | None, Any]:
        data_dir = self.data_dir

        def header(language: str) -> d.Issue:
            number = next_number(s, store.code, self.desk.device_id, kind.value)
            return d.Issue(
                number,
                kind.value,
                language,
                issued_at,
                src.store_data(store),
                src.staff_name(s, self.desk.acting_staff_id, language),
            )

        if kind in PIECE_KINDS:
            table, client, piece, bought = src.piece_subject(s, subject, data_dir)
            issue = header(normalise_language(lang or client.language))
            name, name_local = src.client_names(client)
            if kind is DocumentKind.CERTIFICATE:
                return table, client, d.CertificateData(issue, piece)
            if kind is DocumentKind.APPRAISAL:
                today = issued_at.date()
                value = piece.value if piece.value is not None else _catalogue_price(s, subject)
                return (
                    table,
                    client,
                    d.AppraisalData(
                        issue,
                        piece,
                        name,
                        value,
                        piece.currency or store.currency,
                        today,
                        _add_years(today, branding.appraisal_review_years),
                        issue.issued_by,
                        client_name_local=name_local,
                    ),
                )
            advisor = self._advisor(s, issue.lang, store)
            if kind is DocumentKind.CARE_GUIDE:
                care = care_content(piece, issue.lang)
                return (
                    table,
                    client,
                    d.CareGuideData(
                        issue,
                        piece,
                        care.everyday,
                        care.cleaning,
                        care.storage,
                        care.materials,
                        care.schedule,
                        advisor,
                    ),
                )
            bought = bought or issued_at.date()
            return (
                table,
                client,
                d.WarrantyData(
                    issue,
                    piece,
                    name,
                    bought,
                    _add_years(bought, branding.warranty_years),
                    branding.warranty_years,
                    advisor,
                    client_name_local=name_local,
                ),
            )
        if kind in JOB_KINDS:
            job = s.get(m.ServiceJob, subject)
            if job is None or job.deleted:
                raise NotFound("document.subject_not_found")
            client = known_row(s, m.Client, job.client_id)
            issue = header(normalise_language(lang or client.language))
            return "service_jobs", client, src.service_job_data(s, job, issue, store, data_dir)
        appointment = s.get(m.Appointment, subject)
        if appointment is None or appointment.deleted:
            raise NotFound("document.subject_not_found")
        booked = s.get(m.Client, appointment.client_id) if appointment.client_id else None
        issue = header(
            normalise_language(lang or self.desk.lang)
        )  # internal: the advisor's language
        return (
            "appointments",
            booked,
            src.brief_data(s, appointment, issue, store, data_dir, issued_at.date()),
        )

    def _advisor(self, s: Session, lang: str, store: m.Store) -> d.AdvisorContact:
        person = s.get(m.Staff, self.desk.acting_staff_id) if self.desk.acting_staff_id else None
        if person is None:
            return d.AdvisorContact(store.name, store.phone)
        return d.AdvisorContact(
            src.staff_name(s, person.id, lang), person.phone or store.phone, person.email
        )

    # --- corrections --------------------------------------------------------------------

    def void(self, document_id: uuid.UUID | str, reason: str) -> Written[IssuedDocumentRecord]:
        """Void an issued document (it stays on record; verification reports it void)."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("document.void_reason", field="reason")
        with unit_of_work(self.desk) as work:
            row = self._row(work.session, document_id)
            if row.status is DocumentStatus.VOID:
                raise ValidationError("document.already_void", number=row.number)
            row.status = DocumentStatus.VOID
            row.voided_at = now_utc()
            row.void_reason = reason[:300]
        return Written(freeze(row), work.changes)

    def reissue(
        self,
        document_id: uuid.UUID | str,
        *,
        lang: str | None = None,
        paper: str = "a4",
        reason: str = "",
    ) -> Written[IssuedPdf]:
        """Void a document (if it is not already) and issue its correction from the
        current records, with a new number that replaces the old one."""
        with reading(self.desk) as s:
            old = freeze(self._row(s, document_id))
        changes = None
        if old.status is not DocumentStatus.VOID:
            changes = self.void(old.id, reason or "reissued").changes
        if old.subject_id is None:  # as issuing refuses an id that is not one
            raise ValidationError("id.invalid", value=str(old.subject_id))
        written = self.issue(
            old.kind, old.subject_id, lang=lang or old.language, paper=paper, replaces_id=old.id
        )
        return Written(written.value, written.changes | changes if changes else written.changes)

    # --- reading ------------------------------------------------------------------------

    def get(self, document_id: uuid.UUID | str) -> IssuedDocumentRecord:
        with reading(self.desk) as s:
            return freeze(self._row(s, document_id))

    def by_number(self, number: str) -> IssuedDocumentRecord | None:
        with reading(self.desk) as s:
            row = s.scalar(
                select(m.IssuedDocument).where(m.IssuedDocument.number == number.strip().upper())
            )
            return freeze(row) if row is not None else None

    def for_client(self, client_id: uuid.UUID) -> list[IssuedDocumentRecord]:
        """The client's documents, newest first."""
        with reading(self.desk) as s:
            rows = s.scalars(
                select(m.IssuedDocument)
                .where(m.IssuedDocument.client_id == client_id, m.IssuedDocument.deleted.is_(False))
                .order_by(m.IssuedDocument.issued_at.desc())
            ).all()
            return [freeze(r) for r in rows]

    def latest(self) -> IssuedDocumentRecord | None:
        """The document issued last of those this device holds (None before the first)."""
        with reading(self.desk) as s:
            row = s.scalars(
                select(m.IssuedDocument)
                .where(m.IssuedDocument.deleted.is_(False))
                .order_by(m.IssuedDocument.issued_at.desc(), m.IssuedDocument.id.desc())  # UUIDv7
                .limit(1)
            ).first()
            return freeze(row) if row is not None else None

    def render(self, document_id: uuid.UUID | str, *, paper: str = "a4") -> bytes:
        """A copy of an issued document from its stored data (a void one is marked
        void across the page), sealed by this device."""
        doc = self.get(document_id)
        data = d.from_json(d.DOCUMENT_DATA[doc.kind.value], doc.payload)
        return BUILDERS[doc.kind.value](
            data,
            paper=paper,
            branding=self.branding(),
            signature=self._signature(doc.signature, doc.signing_key_id),
            void=doc.status is DocumentStatus.VOID,
        )

    def verify(self, target: bytes | str) -> Verdict:
        """Verify a PDF (bytes) or a number offline, against the keys this device knows
        and the documents it holds."""
        keys = self.keys()
        if isinstance(target, bytes):
            return verify_pdf(target, keys, self._record)
        return verify_record(target, self._record(target), keys)

    def _record(self, number: str) -> Record | None:
        doc = self.by_number(number)
        if doc is None:
            return None
        return Record(
            doc.number,
            doc.status.value,
            doc.payload,
            doc.signature,
            doc.signing_key_id,
            doc.void_reason,
        )

    def _row(self, s: Session, document_id: uuid.UUID | str) -> m.IssuedDocument:
        key = document_id if isinstance(document_id, uuid.UUID) else _uuid(document_id)
        row = s.get(m.IssuedDocument, key)
        if row is None or row.deleted:
            raise NotFound("document.not_found")
        return row


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ValidationError("id.invalid", value=str(value)) from None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _catalogue_price(s: Session, subject: uuid.UUID) -> Decimal:
    owned = s.get(m.OwnedPiece, subject)
    piece = s.get(m.CataloguePiece, owned.piece_id) if owned and owned.piece_id else None
    if piece is None:
        raise ValidationError("document.subject_not_found")
    return piece.price


__all__ = ["DocumentService", "IssuedPdf"]
