"""Appointment requests from the house's website or mini-program: each reaches the
store's devices as a *requested* appointment for an advisor to confirm. The request's
channel and id are kept with it (the receipt), so the funnel request → confirmed →
visited → purchased can be followed from the first click."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from jeweldesk.domain.ids import new_id
from jeweldesk.domain.vocab import AppointmentSource, AppointmentStatus
from jeweldesk.headoffice.integration import intake
from jeweldesk.headoffice.integration.customers import CustomerRefused, Matcher, identifiers
from jeweldesk.headoffice.integration.models import (
    AppointmentRequestIn,
    BatchResult,
    RecordResult,
)
from jeweldesk.headoffice.integration.purchases import serve
from jeweldesk.headoffice.integration.writes import Writes
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow

KIND = "appointment_request"


def record_requests(
    ho: HeadOfficeStore, system: str, raw: Sequence[Any], stores: frozenset[str] = frozenset()
) -> BatchResult:
    """Write the requests a system delivered (for `stores` only, when given); each
    request's result in the order sent."""
    requests = intake.validated(AppointmentRequestIn, raw, stores)
    return intake.in_one_transaction(ho, lambda conn: _record(conn, system, requests))


def _record(
    conn: Connection, system: str, requests: list[AppointmentRequestIn | RecordResult]
) -> BatchResult:
    now = utcnow()
    results = [r for r in requests if isinstance(r, RecordResult)]
    valid = [(i, r) for i, r in enumerate(requests) if isinstance(r, AppointmentRequestIn)]
    stores = intake.stores_by_code(conn, {r.store_code for _, r in valid})
    before = intake.delivered(conn, system, KIND, {r.request_id for _, r in valid})
    ready = []
    seen: set[str] = set()
    for index, request in valid:
        known = before.get(request.request_id)
        if known is not None or request.request_id in seen:
            entity, client = known or (None, None)
            results.append(
                RecordResult(
                    index=index,
                    source_id=request.request_id,
                    status="duplicate",
                    id=entity.hex if entity else None,
                    client_id=client.hex if client else None,
                )
            )
            continue
        store = stores.get(request.store_code.upper())
        if store is None:
            reason = f"store_code: no store {request.store_code} at head office"
        else:
            try:
                ready.append((index, request, store, identifiers(request.customer, store)))
                seen.add(request.request_id)
                continue
            except CustomerRefused as exc:
                reason = str(exc)
        results.append(intake.rejected(index, request.request_id, reason))
    if not ready:
        return intake.summary(results)
    matcher = Matcher.load(conn, (ids for _, _, _, ids in ready))
    writes = Writes(now)
    accepted: list[RecordResult] = []
    for index, request, store, ids in ready:
        client_id, created = matcher.resolve(request.customer, ids, store, writes, "online", now)
        appointment_id = new_id()
        customer = request.customer
        contact = " · ".join(
            p
            for p in (
                customer.name_local
                or " ".join(filter(None, (customer.given_name, customer.family_name))),
                customer.phone or "",
                customer.email or "",
            )
            if p
        )
        writes.synced(
            "appointments",
            {
                "id": appointment_id,
                "store_id": store.id,
                "client_id": client_id,
                "kind": request.kind,
                "status": AppointmentStatus.REQUESTED,
                "source": AppointmentSource.ONLINE,
                "advisor_id": None,
                "second_advisor_id": None,
                "room_id": None,
                "starts_at": request.starts_at,
                "ends_at": request.starts_at + dt.timedelta(minutes=request.duration_minutes),
                "title": "",
                "notes": request.message,
                "request_contact": contact[:300],
                "requested_at": request.requested_at or now,
                "confirmed_at": None,
                "cancelled_reason": "",
                "outcome": "",
                "outcome_note": "",
                "double_booked": False,
            },
        )
        writes.plain(
            "integration_receipts",
            {
                "system": system,
                "kind": KIND,
                "source_id": request.request_id,
                "entity_id": appointment_id,
                "store_id": store.id,
                "client_id": client_id,
                "channel": request.channel,
                "received_at": now,
            },
        )
        accepted.append(
            RecordResult(
                index=index,
                source_id=request.request_id,
                status="accepted",
                id=appointment_id.hex,
                client_id=client_id.hex,
                client_created=created,
            )
        )
    writes.write(conn)
    # A client homed elsewhere who asks to come here: this store serves them.
    served: dict[uuid.UUID, set[uuid.UUID]] = {}
    for result, (_, _, store, _) in zip(accepted, ready, strict=True):
        served.setdefault(store.id, set()).add(uuid.UUID(hex=result.client_id or ""))
    for store_id, client_ids in served.items():
        serve(conn, store_id, client_ids, now)
    return intake.summary(results + accepted)
