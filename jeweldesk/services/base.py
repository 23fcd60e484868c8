"""What every service shares: the `Changes` a write reports, the records services hand
out, and the unit of work that stamps sync columns and collects changes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from jeweldesk.domain.errors import ValidationError
from jeweldesk.services.row_records import freeze as freeze  # where services find it
from jeweldesk.services.views import Changes as Changes  # re-exported: services find them here
from jeweldesk.services.views import Notice as Notice
from jeweldesk.services.views import Written as Written  # where services have always found it
from jeweldesk.storage.models import Base, Synced

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

T = TypeVar("T")
M = TypeVar("M", bound=Base)
E = TypeVar("E", bound=StrEnum)


def one_of(
    choices: type[E], value: object, field: str, key: str = "choice.invalid", **params: object
) -> E:
    """A value from one of the vocabulary's closed lists ('bridal', ' Online '), case-blind.
    Anything else is refused as what it is, a `ValidationError` naming `field` with the
    message `key` (given `value` and `params`), whether it came from a form or from code."""
    if isinstance(value, choices):
        return value
    try:
        return choices(str(value).strip().lower())
    except ValueError:
        raise ValidationError(key, field=field, value=str(value), **params) from None


def known_row(session: Session, model: type[M], key: object) -> M:
    """The row `key` of `model` where the caller knows it is there (a foreign key, or
    a store the device has): its absence is a bug, not something a user can act on."""
    row = session.get(model, key)
    if row is None:
        raise LookupError(f"no {model.__name__} {key}")
    return row


# --- the unit of work ----------------------------------------------------------------

_CHANGED = "jeweldesk_changed"


def _stamp_and_collect(session: Session, _ctx: object, _instances: object) -> None:
    """Before each flush: stamp synced rows with this device's clock, and remember what
    is being written for the `Changes` summary."""
    desk: Desk | None = session.info.get("desk")
    changed: set[tuple[str, uuid.UUID]] = session.info.setdefault(_CHANGED, set())
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Synced) or not isinstance(obj, Base):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        if desk is not None and not session.info.get("applying_remote"):
            _check_lengths(obj, new=obj in session.new)
            obj.updated_hlc = desk.clock.now().encode()
            obj.updated_by_device = desk.device_id
        if obj.id is None:
            from jeweldesk.domain.ids import new_id

            obj.id = new_id()
        changed.add((obj.__tablename__, obj.id))
    for obj in session.deleted:
        if isinstance(obj, Synced) and isinstance(obj, Base):
            changed.add((obj.__tablename__, obj.id))


_LIMITS: dict[type, tuple[tuple[str, int], ...]] = {}


def _check_lengths(obj: Synced, *, new: bool) -> None:
    """Refuse text longer than its column allows: SQLite would keep it, but head office
    (PostgreSQL) refuses it, and the record would never reach the other devices."""
    model = type(obj)
    if model not in _LIMITS:
        _LIMITS[model] = tuple(
            (attr.key, attr.columns[0].type.length)
            for attr in inspect(model).column_attrs
            if isinstance(getattr(attr.columns[0].type, "length", None), int)
        )
    state = inspect(obj)
    for key, limit in _LIMITS[model]:
        value = getattr(obj, key)
        if (
            isinstance(value, str)
            and len(value) > limit
            and (new or state.attrs[key].history.has_changes())
        ):
            raise ValidationError("text.too_long", field=key, start=value[:20], limit=limit)


def install(session_factory: sessionmaker[Session]) -> None:
    event.listen(session_factory, "before_flush", _stamp_and_collect)


class Work:
    """The open unit of work a service writes through."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.notices: list[Notice] = []
        self.changes = Changes()

    def notice(self, key: str, **params: Any) -> None:
        self.notices.append(Notice(key, params))


@contextmanager
def unit_of_work(desk: Desk) -> Iterator[Work]:
    """One transaction: commit on success, roll back on any error, so a failed save
    leaves what was saved before untouched. `work.changes` is filled on commit."""
    session = desk.store.session()
    session.info["desk"] = desk
    work = Work(session)
    try:
        with session.begin():
            yield work
            session.flush()
        changed = session.info.pop(_CHANGED, set())
        work.changes = Changes(
            frozenset(t for t, _ in changed),
            frozenset(i for _, i in changed),
            tuple(work.notices),
        )
    finally:
        session.info.pop(_CHANGED, None)
        session.close()


@contextmanager
def reading(desk: Desk) -> Iterator[Session]:
    session = desk.store.session()
    try:
        yield session
    finally:
        session.close()


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
