"""Keeping the change log from growing for ever (SYNC.md: tombstones are kept at least
180 days; a device offline longer gets a full reload, after its outbox is pushed).

Two things, run by `jeweldesk headoffice prune` (a nightly job at head office):

- **Compaction.** The change log holds every accepted version of every row, but pull
  only ever needs the latest: a device behind any cursor gets the latest version of
  each row changed since, which is still there. Superseded versions are deleted,
  whatever their age.
- **Tombstones past the horizon.** A deleted row whose last change is older than the
  horizon leaves the change log (its row stays in its table, marked deleted, for the
  accounts and for foreign keys). A device that last pulled before the horizon may not
  have seen that deletion, so head office remembers the horizon (`pruned_before`) and
  answers such a device's next pull with `full_reload`: it pushes its outbox, then
  reloads its store from scratch. A device that pulled since has seen the deletion
  already: versions are handed out in commit order, and its last pull came after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, and_, delete, func, select

from jeweldesk.storage.models import Base

ChangeLog = Base.metadata.tables["change_log"]
ServerState = Base.metadata.tables["server_state"]
HORIZON_DAYS = 180
PRUNED_BEFORE = "pruned_before"  # server_state key: tombstones changed before this are gone


@dataclass(frozen=True)
class PruneReport:
    superseded: int  # change-log versions deleted because a later one exists
    tombstones: int  # deleted rows past the horizon taken out of the change log
    horizon: dt.datetime


def prune(ho, *, days: int = HORIZON_DAYS, now: dt.datetime | None = None) -> PruneReport:
    """Compact the change log and let tombstones older than `days` go (at least 180)."""
    if days < HORIZON_DAYS:
        raise ValueError(f"tombstones are kept at least {HORIZON_DAYS} days")
    horizon = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
    with ho.writing() as conn:
        superseded = _compact(conn)
        tombstones = _drop_old_tombstones(conn, horizon)
        _remember(conn, horizon)
    return PruneReport(superseded, tombstones, horizon)


def pruned_before(conn: Connection) -> dt.datetime | None:
    value = conn.execute(
        select(ServerState.c.value).where(ServerState.c.key == PRUNED_BEFORE)
    ).scalar()
    return dt.datetime.fromisoformat(value) if value else None


def needs_full_reload(conn: Connection, last_pull_at: dt.datetime | None) -> bool:
    """Whether a device that last pulled at `last_pull_at` may have missed a deletion
    the change log no longer holds."""
    horizon = pruned_before(conn)
    if horizon is None:
        return False
    if last_pull_at is None:
        return True
    if last_pull_at.tzinfo is None:
        last_pull_at = last_pull_at.replace(tzinfo=dt.UTC)
    return last_pull_at < horizon


def _compact(conn: Connection) -> int:
    latest = (
        select(
            ChangeLog.c.entity,
            ChangeLog.c.entity_id,
            func.max(ChangeLog.c.version).label("version"),
        )
        .group_by(ChangeLog.c.entity, ChangeLog.c.entity_id)
        .subquery()
    )
    older = select(ChangeLog.c.version).join(
        latest,
        and_(
            latest.c.entity == ChangeLog.c.entity,
            latest.c.entity_id == ChangeLog.c.entity_id,
            ChangeLog.c.version < latest.c.version,
        ),
    )
    return conn.execute(
        delete(ChangeLog).where(ChangeLog.c.version.in_(older.scalar_subquery()))
    ).rowcount


def _drop_old_tombstones(conn: Connection, horizon: dt.datetime) -> int:
    """After compaction each row has one entry: the latest. Those of deleted rows last
    changed before the horizon go."""
    dropped = 0
    names = set(conn.execute(select(ChangeLog.c.entity).distinct()).scalars())
    for name in sorted(names):
        table = Base.metadata.tables.get(name)
        if table is None or "deleted" not in table.c:
            continue
        gone = select(table.c.id).where(table.c.deleted.is_(True))
        dropped += conn.execute(
            delete(ChangeLog).where(
                ChangeLog.c.entity == name,
                ChangeLog.c.changed_at < horizon,
                ChangeLog.c.entity_id.in_(gone.scalar_subquery()),
            )
        ).rowcount
    return dropped


def _remember(conn: Connection, horizon: dt.datetime) -> None:
    known = pruned_before(conn)
    if known is not None and known >= horizon:
        return
    value = horizon.isoformat()
    if known is None:
        conn.execute(ServerState.insert().values(key=PRUNED_BEFORE, value=value))
    else:
        conn.execute(
            ServerState.update().where(ServerState.c.key == PRUNED_BEFORE).values(value=value)
        )
