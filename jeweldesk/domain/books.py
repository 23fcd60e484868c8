"""Who may change a client book: the one rule the device applies to the person signed
in, and head office applies again to the person each pushed change names (a device is
a tablet in a shop: its own check is not enough).

An advisor keeps their own book: they add to it, take from it and plan it. Moving a
client from one advisor's book to another's is a manager's decision, so a store
manager (or head office) may change the book of any advisor of the store. Nobody
changes a book of another store, and a client is only ever put in the book of an
active person whose role keeps one."""

from __future__ import annotations

import uuid
from typing import Protocol

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.messages import Named
from jeweldesk.domain.vocab import ROLES_WITH_BOOKS, Role

# Who may change the book of any advisor of their store (head office: of the store
# whose device they are signed in on).
ROLES_CHANGING_ANY_BOOK = (Role.STORE_MANAGER, Role.HEAD_OFFICE)


class Person(Protocol):
    """What the rule reads of a member of staff (a `Staff` row on the device)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def role(self) -> str: ...
    @property
    def store_id(self) -> uuid.UUID | None: ...
    @property
    def active(self) -> bool: ...
    @property
    def name(self) -> str: ...
    @property
    def name_local(self) -> str: ...


def refusal(
    actor: Person, advisor: Person, store_id: uuid.UUID | None, *, adding: bool
) -> ValidationError | None:
    """Why `actor`, working on a device of the store `store_id`, may not change
    `advisor`'s book, or None when they may. `adding`: the change puts a client in the
    book (taking one out, or writing their plan, is not adding)."""
    may_work_here = actor.role == Role.HEAD_OFFICE or actor.store_id == store_id
    if (
        not actor.active
        or not may_work_here
        or actor.role not in (*ROLES_WITH_BOOKS, *ROLES_CHANGING_ANY_BOOK)
    ):
        return ValidationError("book.not_allowed", name=_named(actor))
    if actor.id != advisor.id and actor.role not in ROLES_CHANGING_ANY_BOOK:
        return ValidationError("book.not_yours", advisor=_named(advisor))
    return advisor_refusal(advisor, store_id, adding=adding)


def advisor_refusal(
    advisor: Person, store_id: uuid.UUID | None, *, adding: bool
) -> ValidationError | None:
    """The part of `refusal` that holds whoever makes the change: the book is one of
    the store's, and a client is added only for an active person who keeps a book. A
    departed advisor's book can still be emptied (that is what a handover does)."""
    if adding and advisor.role not in ROLES_WITH_BOOKS:
        return ValidationError("book.not_advisor", name=_named(advisor))
    if advisor.store_id is None or advisor.store_id != store_id:
        return ValidationError("book.other_store", name=_named(advisor))
    if adding and not advisor.active:
        return ValidationError("book.inactive", name=_named(advisor))
    return None


def _named(person: Person) -> Named:
    return Named(person.name, person.name_local)
