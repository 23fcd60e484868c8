"""Loading one client's whole record: one query per kind of row, nothing per row."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import QueryableAttribute, Session

from jeweldesk.services import records as r
from jeweldesk.services.base import freeze
from jeweldesk.services.row_records import MODELS, frozen
from jeweldesk.services.views import ClientProfile, PieceInBox, PurchaseWithLines
from jeweldesk.storage import models as m

R = TypeVar("R")


def _live(
    session: Session,
    record: type[R],
    *where: ColumnElement[bool],
    order: tuple[ColumnElement[Any] | QueryableAttribute[Any], ...] = (),
) -> list[R]:
    """The rows of `record`'s table not deleted that match `where`, as records."""
    model: Any = MODELS[record]
    query = select(model).where(model.deleted.is_(False), *where)
    if order:
        query = query.order_by(*order)
    return [frozen(record, row) for row in session.scalars(query)]


def load_profile(
    session: Session, client: m.Client, include_sensitive: bool, viewer_id: uuid.UUID | None
) -> ClientProfile:
    from jeweldesk.services.clients import summarise

    cid = client.id
    notes_all = _live(
        session, r.NoteRecord, m.Note.client_id == cid, order=(m.Note.created_at.desc(),)
    )
    superseded = {n.supersedes_id for n in notes_all if n.supersedes_id}
    current = [n for n in notes_all if n.id not in superseded]
    visible = [
        n for n in current if not n.sensitive or include_sensitive or n.author_id == viewer_id
    ]
    visible.sort(key=lambda n: (not n.pinned, -n.created_at.timestamp()))

    pieces = _live(
        session,
        r.OwnedPieceRecord,
        m.OwnedPiece.client_id == cid,
        order=(m.OwnedPiece.acquired_on.desc(),),
    )
    stones_by_piece: dict[uuid.UUID, list[r.StoneRecord]] = {}
    if pieces:
        for stone in _live(
            session,
            r.StoneRecord,
            m.Stone.owned_piece_id.in_([p.id for p in pieces]),
            order=(m.Stone.position,),
        ):
            stones_by_piece.setdefault(stone.owned_piece_id, []).append(stone)

    purchases = session.execute(
        select(m.Purchase, m.Store.code)
        .join(m.Store, m.Store.id == m.Purchase.store_id)
        .where(m.Purchase.client_id == cid, m.Purchase.deleted.is_(False))
        .order_by(m.Purchase.purchased_at.desc())
    ).all()
    lines_by_purchase: dict[uuid.UUID, list[r.PurchaseLineRecord]] = {}
    if purchases:
        for line in _live(
            session,
            r.PurchaseLineRecord,
            m.PurchaseLine.purchase_id.in_([p.id for p, _ in purchases]),
        ):
            lines_by_purchase.setdefault(line.purchase_id, []).append(line)

    advisors = [
        freeze(s)
        for s in session.scalars(
            select(m.Staff)
            .join(m.BookEntry, m.BookEntry.advisor_id == m.Staff.id)
            .where(
                m.BookEntry.client_id == cid,
                m.BookEntry.ended_at.is_(None),
                m.BookEntry.deleted.is_(False),
            )
        )
    ]
    return ClientProfile(
        client=freeze(client),
        summary=summarise(session, [cid])[0],
        contacts=tuple(
            _live(
                session,
                r.ContactPointRecord,
                m.ContactPoint.client_id == cid,
                order=(m.ContactPoint.kind, m.ContactPoint.is_primary.desc()),
            )
        ),
        preferences=tuple(
            _live(
                session,
                r.PreferenceRecord,
                m.Preference.client_id == cid,
                order=(m.Preference.category, m.Preference.value),
            )
        ),
        ring_sizes=tuple(
            _live(
                session,
                r.RingSizeRecord,
                m.RingSize.client_id == cid,
                order=(m.RingSize.hand, m.RingSize.finger),
            )
        ),
        measurements=tuple(_live(session, r.MeasurementRecord, m.Measurement.client_id == cid)),
        notes=tuple(visible),
        withheld_notes=len(current) - len(visible),
        dates=tuple(
            _live(
                session,
                r.ImportantDateRecord,
                m.ImportantDate.client_id == cid,
                order=(m.ImportantDate.month, m.ImportantDate.day),
            )
        ),
        relationships=tuple(_live(session, r.RelationshipRecord, m.Relationship.client_id == cid)),
        consents=tuple(
            _live(
                session,
                r.ConsentRecord,
                m.Consent.client_id == cid,
                order=(m.Consent.recorded_at.desc(),),
            )
        ),
        jewellery_box=tuple(PieceInBox(p, tuple(stones_by_piece.get(p.id, ()))) for p in pieces),
        wishlist=tuple(
            _live(
                session,
                r.WishlistItemRecord,
                m.WishlistItem.client_id == cid,
                m.WishlistItem.removed_at.is_(None),
                order=(m.WishlistItem.added_at.desc(),),
            )
        ),
        purchases=tuple(
            PurchaseWithLines(freeze(p), code, tuple(lines_by_purchase.get(p.id, ())))
            for p, code in purchases
        ),
        interactions=tuple(
            _live(
                session,
                r.InteractionRecord,
                m.Interaction.client_id == cid,
                order=(m.Interaction.occurred_at.desc(),),
            )
        ),
        service_jobs=tuple(
            _live(
                session,
                r.ServiceJobRecord,
                m.ServiceJob.client_id == cid,
                order=(m.ServiceJob.received_at.desc(),),
            )
        ),
        # A case's sensitive note is read through `desk.cases`, which audits the read;
        # the profile carries only the viewer's own.
        service_cases=tuple(
            c
            if not c.sensitive_note or c.opened_by_id == viewer_id
            else replace(c, sensitive_note="")
            for c in _live(
                session,
                r.ServiceCaseRecord,
                m.ServiceCase.client_id == cid,
                order=(m.ServiceCase.opened_at.desc(),),
            )
        ),
        benefits=tuple(_live(session, r.BenefitRecord, m.Benefit.client_id == cid)),
        appointments=tuple(
            _live(
                session,
                r.AppointmentRecord,
                m.Appointment.client_id == cid,
                order=(m.Appointment.starts_at.desc(),),
            )
        ),
        documents=tuple(
            _live(
                session,
                r.IssuedDocumentRecord,
                m.IssuedDocument.client_id == cid,
                order=(m.IssuedDocument.issued_at.desc(),),
            )
        ),
        advisors=tuple(advisors),
        loyalty=next(
            iter(
                _live(
                    session,
                    r.LoyaltyStandingRecord,
                    m.LoyaltyStanding.client_id == cid,
                    order=(m.LoyaltyStanding.as_of.desc(),),
                )
            ),
            None,
        ),
    )
