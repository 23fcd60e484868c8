"""Loyalty membership from the house's loyalty system: each member's programme tier
and points balance, kept with the member number at head office, shown on the
client's profile and never computed here. A member number head office does not know
yet is matched to a client by phone or e-mail, or made a new prospect of the store
named; a standing older than the one held changes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from jeweldesk.domain.ids import new_id
from jeweldesk.domain.names import clean, halfwidth
from jeweldesk.headoffice.integration import intake
from jeweldesk.headoffice.integration.customers import (
    CustomerRefused,
    Identifiers,
    Matcher,
    StoreRef,
    identifiers,
)
from jeweldesk.headoffice.integration.models import BatchResult, LoyaltyMemberIn, RecordResult
from jeweldesk.headoffice.integration.purchases import serve
from jeweldesk.headoffice.integration.writes import Writes
from jeweldesk.headoffice.rows import chunks
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow
from jeweldesk.storage.models import Base

Clients = Base.metadata.tables["clients"]
Members = Base.metadata.tables["loyalty_members"]
Standings = Base.metadata.tables["loyalty_standings"]
SYNC_COLUMNS = ("updated_hlc", "updated_by_device", "server_version", "deleted")


def record_members(
    ho: HeadOfficeStore, raw: Sequence[Any], stores: frozenset[str] = frozenset()
) -> BatchResult:
    """Write the members' standings delivered; each member's result in the order sent."""
    members = intake.validated(LoyaltyMemberIn, raw, stores)
    return intake.in_one_transaction(ho, lambda conn: _record(conn, members, stores))


def _record(
    conn: Connection, members: list[LoyaltyMemberIn | RecordResult], allowed: frozenset[str]
) -> BatchResult:
    now = utcnow()
    results = [m for m in members if isinstance(m, RecordResult)]
    valid = [(i, m) for i, m in enumerate(members) if isinstance(m, LoyaltyMemberIn)]
    for _, member in valid:
        member.member_id = clean(halfwidth(member.member_id))
    held = _members(conn, {m.member_id for _, m in valid})
    stores = intake.stores_by_code(conn, {m.store_code for _, m in valid if m.store_code})
    new: list[tuple[int, LoyaltyMemberIn, StoreRef, Identifiers]] = []
    standings: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    for index, member in valid:
        if member.member_id in seen:
            results.append(
                intake.rejected(index, member.member_id, "member_id: twice in the batch")
            )
            continue
        seen.add(member.member_id)
        as_of = member.as_of or now
        old = held.get(member.member_id)
        if old is None:
            reason = _new_member_refusal(member, stores, allowed)
            if reason is None:
                store = stores[(member.store_code or "").upper()]
                try:
                    assert member.customer is not None  # checked above
                    member.customer = member.customer.model_copy(
                        update={"member_id": member.member_id}
                    )
                    new.append((index, member, store, identifiers(member.customer, store)))
                    standings[member.member_id] = _standing(member, as_of, None)
                    continue
                except CustomerRefused as exc:
                    reason = str(exc)
            results.append(intake.rejected(index, member.member_id, reason))
            continue
        if old["gone"]:
            results.append(
                intake.rejected(
                    index, member.member_id, "member_id: this member's client was erased"
                )
            )
            continue
        status = "accepted"
        if old["updated_at"] is not None and old["updated_at"] > as_of:
            status = "duplicate"  # an older standing than the one held
        elif (old["tier"], old["points"]) == (member.tier, member.points):
            status = "duplicate"
        else:
            standings[member.member_id] = _standing(member, as_of, old["client_id"])
        results.append(
            RecordResult(
                index=index,
                source_id=member.member_id,
                status=status,
                client_id=old["client_id"].hex,
            )
        )
    writes = Writes(now)
    served: dict[uuid.UUID, set[uuid.UUID]] = {}
    if new:
        matcher = Matcher.load(conn, (ids for _, _, _, ids in new))
        for index, member, store, ids in new:
            assert member.customer is not None
            client_id, created = matcher.resolve(
                member.customer, ids, store, writes, "loyalty", now
            )
            served.setdefault(store.id, set()).add(client_id)
            standings[member.member_id]["_client"] = client_id
            results.append(
                RecordResult(
                    index=index,
                    source_id=member.member_id,
                    status="accepted",
                    client_id=client_id.hex,
                    client_created=created,
                )
            )
    _shown(conn, writes, list(standings.values()))
    writes.write(conn)
    if standings:
        conn.execute(
            update(Members)
            .where(Members.c.member_id == bindparam("_member"))
            .values(
                tier=bindparam("_tier"),
                points=bindparam("_points"),
                updated_at=bindparam("_at"),
            ),
            [{k: v for k, v in s.items() if k != "_client"} for s in standings.values()],
        )
    for store_id, client_ids in served.items():
        serve(conn, store_id, client_ids, now)
    return intake.summary(results)


def _new_member_refusal(
    member: LoyaltyMemberIn, stores: dict[str, StoreRef], allowed: frozenset[str]
) -> str | None:
    if member.customer is None or not member.store_code:
        return (
            f"member_id: no member {member.member_id} at head office yet; send customer "
            "and store_code to find or make the client"
        )
    if member.store_code.upper() not in stores:
        return f"store_code: no store {member.store_code} at head office"
    if allowed and member.store_code.upper() not in allowed:
        return f"store_code: this key is not for {member.store_code}"
    return None


def _standing(member: LoyaltyMemberIn, as_of: Any, client_id: uuid.UUID | None) -> dict[str, Any]:
    return {
        "_member": member.member_id,
        "_tier": member.tier,
        "_points": member.points,
        "_at": as_of,
        "_client": client_id,
    }


def _shown(conn: Connection, writes: Writes, standings: list[dict[str, Any]]) -> None:
    """The synced `loyalty_standings` rows the client's stores' devices show: one per
    member number, added or changed in place."""
    held: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for chunk in chunks(conn, {s["_member"] for s in standings}):
        for row in conn.execute(
            select(Standings).where(
                Standings.c.member_id.in_(chunk), Standings.c.deleted.is_(False)
            )
        ).mappings():
            held[(row["member_id"], row["client_id"])] = dict(row)
    for s in standings:
        values = {"tier": s["_tier"], "points": s["_points"], "as_of": s["_at"]}
        old = held.get((s["_member"], s["_client"]))
        if old is None:
            writes.synced(
                "loyalty_standings",
                {"id": new_id(), "client_id": s["_client"], "member_id": s["_member"], **values},
            )
        else:
            base = {k: v for k, v in old.items() if k not in SYNC_COLUMNS}
            writes.updated("loyalty_standings", {**base, **values})


def _members(conn: Connection, member_ids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(conn, member_ids):
        for row in conn.execute(
            select(
                Members,
                (
                    Clients.c.id.is_(None) | Clients.c.deleted | Clients.c.erased_at.isnot(None)
                ).label("gone"),
            )
            .outerjoin(Clients, Clients.c.id == Members.c.client_id)
            .where(Members.c.member_id.in_(chunk))
        ).mappings():
            out[row["member_id"]] = dict(row)
    return out


def standing_of(conn: Connection, client_id: uuid.UUID) -> dict[str, Any] | None:
    """The client's loyalty standing as last delivered: member id, tier, points, when."""
    row = (
        conn.execute(
            select(Members)
            .where(Members.c.client_id == client_id, Members.c.tier != "")
            .order_by(Members.c.updated_at.desc())
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None
