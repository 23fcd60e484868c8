"""Head office's check on pushed changes to client books: `domain/books.py`'s rule,
applied again to the person each op names (its `actor`, signed in on the device when
the change was made). A rejected op changes nothing; the rest of the push goes on.

Ops from older devices name nobody (`actor` is ""). Head office still applies every
part of the rule that holds whoever made the change: the book is one of the device's
store, and a client is put only in the book of an active person who keeps one. It
does not ask whose book it is: rejecting those ops would stop an older device's
advisors keeping their own books until it is updated, and the check would stop no
one, since the `actor` a device sends is its own word (a tampered tablet can name its
manager as easily as send nothing). The store, which the device's credentials prove,
is the boundary head office enforces whatever the op says.

A push names few people (usually one, signed in for the whole batch) and holds the
books its ops touch: those people are read together, once per push."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from jeweldesk.domain import books as rule
from jeweldesk.headoffice.fields import Rejected, uuid_of
from jeweldesk.headoffice.rows import load_rows
from jeweldesk.protocol.models import Op


@dataclass(frozen=True)
class _Person:
    id: uuid.UUID
    role: str
    store_id: uuid.UUID | None
    active: bool
    name: str
    name_local: str


def check(batch, op: Op, current: dict | None, new: dict) -> None:
    """Raise `Rejected` if the op changes a client book its actor may not change.
    `current` is the row as head office holds it (None for a new one), `new` the
    op's typed values."""
    if op.entity != "book_entries" or (current is None and op.kind != "insert"):
        return  # not a book, or an unknown row: the usual path answers
    actor_id = uuid_of(op.actor) if op.actor else None
    changed = _books_changed(current, {**(current or {}), **new})
    named = (actor_id, *(advisor for advisor, _ in changed))
    people = _people(batch, {person for person in named if person is not None})
    for advisor_id, adding in changed:
        advisor = people.get(advisor_id) if advisor_id is not None else None
        if advisor is None:
            continue  # an unknown advisor: the reference check rejects the op
        if actor_id is None:
            refused = rule.advisor_refusal(advisor, batch.store_id, adding=adding)
        elif (actor := people.get(actor_id)) is None:
            raise Rejected("refusal.unknown_actor")
        else:
            refused = rule.refusal(actor, advisor, batch.store_id, adding=adding)
        if refused is not None:
            if current is not None:
                # The device pulls the entry back as head office keeps it.
                batch.touched[(op.entity, current["id"])] = None
            raise Rejected(refused.key, **refused.params)  # the rule's own message, names and all


def _books_changed(current: dict | None, after: dict) -> list[tuple[uuid.UUID | None, bool]]:
    """Each book the op changes, with whether it puts a client in it (an entry that
    was not open there is, afterwards)."""
    open_after = after.get("ended_at") is None and not after.get("deleted")
    if current is None:
        return [(after.get("advisor_id"), open_after)]
    open_before = current.get("ended_at") is None and not current.get("deleted")
    if after.get("advisor_id") != current.get("advisor_id"):
        return [(current.get("advisor_id"), False), (after.get("advisor_id"), open_after)]
    return [(current.get("advisor_id"), open_after and not open_before)]


def _people(batch, ids: set[uuid.UUID]) -> dict[uuid.UUID, _Person | None]:
    """The people the push's book changes name (None: not at head office), read
    together and kept with the push."""
    known: dict[uuid.UUID, _Person | None] = batch.memo.setdefault("book_people", {})
    if ids <= known.keys():
        return known
    # The first book op of the push reads, with its own people, the advisor of every
    # entry the push holds; a later one only a person no op named before.
    wanted = (
        ids | {row["advisor_id"] for row in batch.rows["book_entries"].values()}
    ) - known.keys()
    staff = batch.rows["staff"]  # advisors an op names were loaded with the push
    staff.update(load_rows(batch.conn, "staff", wanted - staff.keys()))
    for staff_id in wanted:
        row = staff.get(staff_id)
        known[staff_id] = None if row is None else _person(row)
    return known


def _person(row: dict) -> _Person:
    return _Person(
        id=row["id"],
        role=row["role"],
        store_id=row["store_id"],
        active=bool(row["active"]) and not row["deleted"],
        name=row["name"],
        name_local=row["name_local"] or "",
    )
