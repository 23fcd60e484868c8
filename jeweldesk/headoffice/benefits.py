"""Head office's rules for benefits (权益) and vouchers in a push.

A benefit is used once: a device refuses a second use, but two devices offline can
each record the last one. Head office is where both uses meet, so it is where the
second is found: when a push brings more live uses of a limited benefit than it
allows, each use past the limit (in the order they reached head office) is kept,
since nothing anyone recorded is dropped, and a `double_use` conflict names it, for
the store manager to settle (`services/conflicts.py`): void that use, or let both
stand. The conflict is a synced row like any other, so every device of the store
shows it after its next pull.

Withdrawing a benefit (setting `expired_at`) is a manager's decision: an op that does
it in the name of someone else is refused, as the device refuses it."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from jeweldesk.domain.ids import new_id
from jeweldesk.domain.pins import ROLES_MANAGING
from jeweldesk.headoffice.fields import Rejected, uuid_of
from jeweldesk.headoffice.rows import load_rows, table
from jeweldesk.protocol.models import Op
from jeweldesk.protocol.wire import to_wire

KIND = "double_use"


def check(batch, op: Op, current: dict | None, new: dict) -> None:
    """Refuse an op that withdraws a benefit unless its actor is a store manager or
    head office. Ops from older devices name nobody; the store boundary still holds."""
    if op.entity != "benefits" or new.get("expired_at") is None:
        return
    if current is not None and current.get("expired_at") is not None:
        return  # already withdrawn: not a new decision
    if not op.actor:
        return
    actor = load_rows(batch.conn, "staff", {uuid_of(op.actor)}).get(uuid_of(op.actor))
    if actor is None or actor["role"] not in {r.value for r in ROLES_MANAGING}:
        if current is not None:
            batch.touched[(op.entity, current["id"])] = None  # the device pulls it back
        raise Rejected("refusal.benefit_withdraw_needs_manager")


def flag_double_uses(batch) -> None:
    """After the push's ops are merged, before they are written: a conflict for each
    use that takes a limited benefit past its `max_uses`."""
    arrived = [
        row
        for row in batch.inserted.get("benefit_uses", {}).values()
        if not row.get("deleted") and row.get("benefit_id") is not None
    ]
    if not arrived:
        return
    benefit_ids = sorted({row["benefit_id"] for row in arrived})
    # Locked, on PostgreSQL, so that two devices' pushes using the same benefit at
    # the same moment are counted one after the other, never both as the first.
    benefits = load_rows(
        batch.conn, "benefits", benefit_ids, for_update=batch.conn.dialect.name == "postgresql"
    )
    uses_t = table("benefit_uses")
    new_ids = set(batch.inserted["benefit_uses"])
    for benefit_id in benefit_ids:
        benefit = benefits.get(benefit_id) or batch.rows["benefits"].get(benefit_id)
        if benefit is None or benefit.get("max_uses") is None:
            continue
        earlier = [
            dict(r)
            for r in batch.conn.execute(
                select(uses_t)
                .where(uses_t.c.benefit_id == benefit_id, uses_t.c.deleted.is_(False))
                .order_by(uses_t.c.used_at)
            ).mappings()
            if r["id"] not in new_ids
            and not batch.rows["benefit_uses"].get(r["id"], {}).get("deleted")
        ]
        counted = earlier + [r for r in arrived if r["benefit_id"] == benefit_id]
        limit = benefit["max_uses"]
        for use in counted[limit:]:
            if use["id"] in new_ids:
                _conflict(batch, benefit, counted[:limit], use)


def _conflict(batch, benefit: dict, kept: list[dict], extra: dict) -> uuid.UUID:
    """The use past the limit, with the uses head office counted first."""
    conflict_id = new_id()
    first = kept[-1] if kept else {}
    batch.insert(
        "sync_conflicts",
        {
            "id": conflict_id,
            "entity": "benefit_uses",
            "entity_id": extra["id"],
            "store_id": benefit.get("store_id") or batch.store_id,
            "client_id": benefit["client_id"],
            "field": "benefit_id",
            "kind": KIND,
            "base_value": benefit["max_uses"],
            "theirs_value": [to_wire("benefit_uses", "id", u["id"]) for u in kept],
            "mine_value": to_wire("benefit_uses", "id", extra["id"]),
            "theirs_device": first.get("updated_by_device") or "",
            "mine_device": extra.get("updated_by_device") or batch.device_id,
            "theirs_hlc": first.get("updated_hlc") or "",
            "mine_hlc": extra.get("updated_hlc") or "",
            "detected_at": batch.now,
            "resolved_at": None,
            "resolution": "",
            "resolved_by_id": None,
            "updated_hlc": extra.get("updated_hlc") or "",
            "updated_by_device": "headoffice",
            "server_version": None,
            "deleted": False,
        },
    )
    return conflict_id
