"""Service recovery's own rules: how serious a complaint is, the steps a case goes
through, and the SLA clock (first response within 2 hours of the complaint, resolution
within 24), read the same by the case, Today's action and the manager's list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from jeweldesk.domain.vocab import CaseStatus, Role

# Who closes a case after its follow-up and sees every open case of the store.
ROLES_MANAGING_CASES = (Role.STORE_MANAGER, Role.HEAD_OFFICE)
FIRST_RESPONSE = dt.timedelta(hours=2)
RESOLUTION = dt.timedelta(hours=24)


class CaseSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


# A case is worked while open or responded; resolved waits for the follow-up check.
WORKING = (CaseStatus.OPEN, CaseStatus.RESPONDED)
REOPENABLE = (CaseStatus.RESOLVED, CaseStatus.CLOSED)


class SlaStep(StrEnum):
    RESPOND = "respond"  # no first response yet: 2 h from opening
    RESOLVE = "resolve"  # responded, not resolved: 24 h from opening
    DONE = "done"  # resolved: the clock has stopped


@dataclass(frozen=True)
class SlaClock:
    """Where a case stands against its SLA at `now`. `left` is negative once overdue;
    for a resolved case it is the margin the resolution was made with."""

    step: SlaStep
    due_at: dt.datetime
    left: dt.timedelta
    responded_in_time: bool | None  # None: not responded yet and still in time
    resolved_in_time: bool | None  # None: not resolved yet and still in time

    @property
    def overdue(self) -> bool:
        return self.step is not SlaStep.DONE and self.left < dt.timedelta(0)

    @property
    def met(self) -> bool:
        """Resolved, with both the first response and the resolution in time."""
        return self.step is SlaStep.DONE and bool(self.responded_in_time and self.resolved_in_time)


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive UTC: the store keeps every instant in UTC.
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def sla_clock(
    opened_at: dt.datetime,
    first_response_at: dt.datetime | None,
    resolved_at: dt.datetime | None,
    now: dt.datetime,
) -> SlaClock:
    """The SLA clock of a case opened at `opened_at`, at `now`."""
    opened, now = _utc(opened_at), _utc(now)
    respond_by, resolve_by = opened + FIRST_RESPONSE, opened + RESOLUTION
    responded = _utc(first_response_at) if first_response_at else None
    resolved = _utc(resolved_at) if resolved_at else None
    in_time_r = responded <= respond_by if responded else (False if now > respond_by else None)
    if resolved is not None:
        return SlaClock(
            SlaStep.DONE,
            resolve_by,
            resolve_by - resolved,
            in_time_r if responded else resolved <= respond_by,
            resolved <= resolve_by,
        )
    in_time_s = False if now > resolve_by else None
    if responded is None:
        return SlaClock(SlaStep.RESPOND, respond_by, respond_by - now, in_time_r, in_time_s)
    return SlaClock(SlaStep.RESOLVE, resolve_by, resolve_by - now, in_time_r, in_time_s)
