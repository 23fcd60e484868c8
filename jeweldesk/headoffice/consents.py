"""Head office's rules for consent decisions in a push, the device's own applied again
to the person each op names (its `actor`): a decision recorded as imported comes from
a store manager or head office (a client list's import), and a decision given by
signature carries the signature. A refused op changes nothing; the rest of the push
goes on. Only new decisions are checked: an erasure blanks a decision's proof and
signature, and history is never rewritten otherwise.

Ops from older devices name nobody; they are taken as they come."""

from __future__ import annotations

from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE
from jeweldesk.headoffice.fields import Rejected, uuid_of
from jeweldesk.headoffice.rows import load_rows
from jeweldesk.protocol.models import Op

IMPORTING = {r.value for r in ROLES_SEEING_SENSITIVE}  # store managers, head office


def _text(value: object) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def check(batch, op: Op, current: dict | None, new: dict) -> None:
    """Raise `Rejected` if a new consent decision is recorded as imported by someone
    who may not import, or as signed without a signature. `current` is the row as head
    office holds it (None for a new one), `new` the op's typed values."""
    if op.entity != "consents" or current is not None:
        return
    method = _text(new.get("method"))
    if method == "signature" and not _text(new.get("signature_svg")).strip():
        raise Rejected("refusal.consent_signature_missing")
    if method != "import" or not op.actor:
        return
    actor_id = uuid_of(op.actor)
    actor = load_rows(batch.conn, "staff", {actor_id}).get(actor_id)
    if actor is None or _text(actor["role"]) not in IMPORTING:
        raise Rejected("refusal.consent_import_needs_manager")
