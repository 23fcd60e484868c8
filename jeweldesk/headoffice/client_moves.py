"""Head office's rule for a client's home store in a push, the device's own applied
again to the person each op names (its `actor`): only a store manager or head office
moves a client to another store. A refused op changes nothing and the device pulls the
client back as head office keeps it; the rest of the push goes on.

Ops from older devices name nobody; the store boundary still holds for them."""

from __future__ import annotations

from jeweldesk.domain.vocab import Role
from jeweldesk.headoffice.fields import Rejected, uuid_of
from jeweldesk.headoffice.rows import load_rows
from jeweldesk.protocol.models import Op

ROLES_MOVING_CLIENTS = {Role.STORE_MANAGER.value, Role.HEAD_OFFICE.value}


def check(batch, op: Op, current: dict | None, new: dict) -> None:
    """Raise `Rejected` if the op changes a known client's home store on behalf of
    someone who may not. `current` is the row as head office holds it (None for a new
    client, whose home store is the device's own), `new` the op's typed values."""
    if op.entity != "clients" or current is None or not op.actor:
        return
    if "home_store_id" not in new or new["home_store_id"] == current.get("home_store_id"):
        return
    actor_id = uuid_of(op.actor)
    actor = load_rows(batch.conn, "staff", {actor_id}).get(actor_id)
    role = str(getattr(actor["role"], "value", actor["role"])) if actor is not None else ""
    if role in ROLES_MOVING_CLIENTS:
        return
    batch.touched[(op.entity, current["id"])] = None  # the device pulls the client back
    raise Rejected("refusal.home_store_needs_manager")
