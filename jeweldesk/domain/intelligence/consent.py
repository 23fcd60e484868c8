"""Consent per purpose and channel: the latest decision for the channel, or for all
channels, is in force. Marketing needs a recorded grant; service messages are allowed
unless the client withdrew them."""

from __future__ import annotations

from collections.abc import Iterable

from jeweldesk.domain.intelligence.facts import Grant

MARKETING, SERVICE, INTERNAL = "marketing", "service", "internal"
# The order an advisor reaches for a channel when the preferred one is not allowed.
FALLBACK = ("wechat", "whatsapp", "line", "sms", "email", "phone")


def in_force(grants: Iterable[Grant], purpose: str, channel: str) -> bool | None:
    """The decision that applies to `channel` for `purpose`: the latest of those made
    for that channel or for every channel; None if none was ever recorded."""
    relevant = [g for g in grants if g.purpose == purpose and g.channel in (None, channel)]
    if not relevant:
        return None
    return max(relevant, key=lambda g: (g.recorded_at, g.channel is not None)).granted


def allowed(grants: Iterable[Grant], purpose: str, channel: str) -> bool:
    if purpose == INTERNAL:
        return True
    decision = in_force(list(grants), purpose, channel)
    if purpose == MARKETING:
        return decision is True
    return decision is not False


def choose_channel(
    grants: Iterable[Grant], purpose: str, preferred: str | None, available: Iterable[str]
) -> str | None:
    """The client's preferred channel if it is allowed, else the first allowed one the
    record has an address for; None when no channel may be used."""
    grants = list(grants)
    candidates = ([preferred] if preferred else []) + [c for c in FALLBACK if c in set(available)]
    if preferred == "in_person":
        candidates = ["in_person", *candidates]
    for channel in candidates:
        if allowed(grants, purpose, channel):
            return channel
    return None
