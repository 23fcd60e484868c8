"""Head office's rules for service jobs in a push, the device's own applied again to
the person each op names (its `actor`): a piece is taken in, collected or handed back
by someone at the counter (advisors, VIC consultants, store managers); the workshop's
steps may also come from head office; a job is cancelled only by whoever took it in
or a store manager. A refused op changes nothing and the device pulls the job back as
head office keeps it; the rest of the push goes on.

Ops from older devices name nobody; the store boundary still holds for them."""

from __future__ import annotations

from jeweldesk.domain.service_jobs import ROLES_AT_COUNTER, ROLES_AT_WORKSHOP, ROLES_CANCELLING
from jeweldesk.domain.vocab import ServiceStatus
from jeweldesk.headoffice.fields import Rejected, uuid_of
from jeweldesk.headoffice.rows import load_rows
from jeweldesk.protocol.models import Op

WORKSHOP_STEPS = {ServiceStatus.IN_WORKSHOP.value, ServiceStatus.READY.value}


def _value(value: object) -> str:
    return str(getattr(value, "value", value) or "")


def check(batch, op: Op, current: dict | None, new: dict) -> None:
    """Raise `Rejected` if the op takes a piece in or moves a job on for someone whose
    role may not. `current` is the row as head office holds it (None for a new one),
    `new` the op's typed values."""
    if op.entity != "service_jobs" or not op.actor:
        return
    before = current or {}
    status = _value(new.get("status", before.get("status")))
    moved = current is None or status != _value(before.get("status"))
    if not moved:
        return
    actor_id = uuid_of(op.actor)
    actor = load_rows(batch.conn, "staff", {actor_id}).get(actor_id)
    role = _value(actor["role"]) if actor is not None else ""
    refused = None
    if status == ServiceStatus.CANCELLED.value:
        taker = new.get("received_by_id", before.get("received_by_id"))
        if taker != actor_id and role not in {r.value for r in ROLES_CANCELLING}:
            refused = "refusal.service_job_cancel"
    elif status in WORKSHOP_STEPS and current is not None:
        if role not in {r.value for r in ROLES_AT_WORKSHOP}:
            refused = "refusal.service_job_role"
    elif role not in {r.value for r in ROLES_AT_COUNTER}:
        refused = "refusal.service_job_role"
    if refused is None:
        return
    if current is not None:
        batch.touched[(op.entity, current["id"])] = None  # the device pulls it back
    raise Rejected(refused)
