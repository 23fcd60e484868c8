"""Head office's check on pushed changes to events: creating, editing or cancelling
an event is for store managers, VIC consultants and head office (`domain/events.py`),
as the device says. Invitations, answers and attendance are anyone's at the store.
Ops from older devices name nobody; the store boundary still holds for them."""

from __future__ import annotations

from jeweldesk.domain.events import ROLES_ORGANISING
from jeweldesk.headoffice.fields import Rejected, uuid_of
from jeweldesk.headoffice.rows import load_rows
from jeweldesk.protocol.models import Op

ROLES = frozenset(r.value for r in ROLES_ORGANISING)


def check(batch, op: Op, current: dict | None, new: dict) -> None:
    """Raise `Rejected` when the op's actor may not organise events."""
    if op.entity != "events" or not op.actor:
        return
    actor_id = uuid_of(op.actor)
    actor = load_rows(batch.conn, "staff", {actor_id}).get(actor_id)
    if actor is None or actor["deleted"] or actor["role"] not in ROLES:
        if current is not None:
            batch.touched[(op.entity, current["id"])] = None  # the device pulls it back
        raise Rejected("event.not_allowed")
