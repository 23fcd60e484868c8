"""Head office's rules for service-recovery cases in a push, the device's own applied
again to the person each op names (its `actor`): a case's sensitive note is written
only by the person who opened the case, a store manager or head office, and a case is
closed only by a store manager or head office. A refused op changes nothing and the
device pulls the case back as head office keeps it; the rest of the push goes on.

Ops from older devices name nobody; the store boundary still holds for them."""

from __future__ import annotations

from jeweldesk.domain.cases import ROLES_MANAGING_CASES
from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE, CaseStatus
from jeweldesk.headoffice.fields import Rejected, uuid_of
from jeweldesk.headoffice.rows import load_rows
from jeweldesk.protocol.models import Op


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _role(value: object) -> str:
    return str(getattr(value, "value", value))


def check(batch, op: Op, current: dict | None, new: dict) -> None:
    """Raise `Rejected` if the op writes a case's sensitive note or closes a case on
    behalf of someone who may not. `current` is the row as head office holds it (None
    for a new one), `new` the op's typed values."""
    if op.entity != "service_cases" or not op.actor:
        return
    before = current or {}
    writes_note = "sensitive_note" in new and _text(new["sensitive_note"]) != _text(
        before.get("sensitive_note")
    )
    closes = (
        "status" in new
        and _role(new["status"]) == CaseStatus.CLOSED.value
        and _role(before.get("status")) != CaseStatus.CLOSED.value
    )
    if not writes_note and not closes:
        return
    actor_id = uuid_of(op.actor)
    actor = load_rows(batch.conn, "staff", {actor_id}).get(actor_id)
    role = _role(actor["role"]) if actor is not None else ""
    opener = new.get("opened_by_id", before.get("opened_by_id"))
    refused = None
    if writes_note and opener != actor_id and role not in {r.value for r in ROLES_SEEING_SENSITIVE}:
        refused = "refusal.case_sensitive_note"
    elif closes and role not in {r.value for r in ROLES_MANAGING_CASES}:
        refused = "refusal.case_close_needs_manager"
    if refused is None:
        return
    if current is not None:
        batch.touched[(op.entity, current["id"])] = None  # the device pulls it back
    raise Rejected(refused)
