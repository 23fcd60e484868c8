"""A proposed next-best action: what to do for whom, by when, why, and a draft
message. Keys make generation idempotent: the same trigger always yields the same key
(and so the same record id), on every device."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from jeweldesk.domain.intelligence.facts import Bilingual
from jeweldesk.domain.messages import Ref, day_month, render

NAMESPACE = uuid.UUID("6f1c2a4e-6a52-4d0b-9a51-2b8f3c1d7e90")

# kind: (base priority, purpose, lasts only while its trigger holds)
KINDS: dict[str, tuple[int, str, bool]] = {
    "service_recovery": (95, "service", True),
    "confirm_request": (90, "service", True),
    "prepare_appointment": (85, "internal", True),
    "handover_farewell": (80, "service", False),
    "handover_first_contact": (80, "service", False),
    "thank_you": (80, "service", False),
    "collect_service": (75, "service", True),
    "date_greeting": (70, "marketing", False),
    "gift_reminder": (70, "marketing", False),
    "stone_in_stock": (55, "marketing", True),
    "milestone": (65, "marketing", False),
    "in_stock": (65, "marketing", True),
    "benefit_expiring": (60, "service", True),
    "launch_invitation": (55, "marketing", True),
    "event_follow_up": (60, "service", False),
    "wake_up": (50, "marketing", False),
    "care_invitation": (45, "service", False),
    "check_in": (40, "marketing", False),
}
SEGMENT_BONUS = {"vic": 15, "core": 8, "potential": 3, "prospect": 0}


def action_key(kind: str, client_id: uuid.UUID, *parts: object) -> str:
    return ":".join([kind, client_id.hex, *(str(p) for p in parts)])


def action_id(key: str) -> uuid.UUID:
    """The record id for a key: two offline devices proposing the same action write the
    same row, which sync merges instead of duplicating."""
    return uuid.uuid5(NAMESPACE, key)


@dataclass(frozen=True)
class Proposal:
    kind: str
    client_id: uuid.UUID
    key: str
    due: dt.date
    params: dict[str, Any] = field(default_factory=dict)
    subject_id: uuid.UUID | None = None
    urgency: int = 0  # added to the kind's base priority (a closer date, an overdue SLA)
    channel: str | None = None
    priority: int = 0

    @property
    def purpose(self) -> str:
        return KINDS[self.kind][1]

    @property
    def marketing(self) -> bool:
        return self.purpose == "marketing"


def rank_priority(kind: str, segment: str, urgency: int) -> int:
    return min(100, KINDS[kind][0] + SEGMENT_BONUS.get(segment, 0) + urgency)


# --- parameters kept as JSON and rendered in any language ----------------------------


def encode(params: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, Bilingual):
            out[name] = {"en": value.en, "zh": value.zh}
        elif isinstance(value, Ref):
            out[name] = {"ref": str(value)}
        elif isinstance(value, dt.date):
            out[name] = {"date": value.isoformat()}
        else:
            out[name] = value
    return out


def decode(params: dict[str, Any], lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, dict) and "en" in value:
            out[name] = Bilingual(value["en"], value.get("zh", "")).text(lang)
        elif isinstance(value, dict) and "ref" in value:
            out[name] = render(value["ref"], lang)
        elif isinstance(value, dict) and "date" in value:
            out[name] = date_text(dt.date.fromisoformat(value["date"]), lang)
        else:
            out[name] = value
    return out


def date_text(day: dt.date, lang: str) -> str:
    return day_month(day, lang)


def reason(kind: str, params: dict[str, Any], lang: str) -> str:
    """Why the action is proposed, in the advisor's language."""
    return render(f"action.reason.{kind}", lang, **decode(params, lang))


def draft(
    kind: str, params: dict[str, Any], lang: str, advisor: Bilingual | None = None
) -> str | None:
    """The suggested message in the client's language, for the advisor to edit and copy
    to WeChat, WhatsApp, SMS or e-mail. Nothing is ever sent. None: nothing to send."""
    key = f"action.draft.{kind}"
    from jeweldesk.domain.messages import CATALOGUE

    if key not in CATALOGUE:
        return None
    values = decode(params, lang)
    values["advisor"] = advisor.text(lang) if advisor else ""
    return render(key, lang, **values)
