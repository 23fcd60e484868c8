"""Clienteling intelligence as pure rules (no Qt, no SQLAlchemy): where a client stands
(`standing`), what the advisor should do today (`triggers`, `proposals`), with consent
and calendar rules, and the KPI formulas (`kpis`). Services feed them `ClientFacts`."""

from jeweldesk.domain.intelligence.facts import ClientFacts
from jeweldesk.domain.intelligence.proposals import Proposal, action_id, action_key
from jeweldesk.domain.intelligence.rules import DEFAULT_RULES, Rules
from jeweldesk.domain.intelligence.standing import Standing, assess
from jeweldesk.domain.intelligence.triggers import Day, propose

__all__ = [
    "DEFAULT_RULES",
    "ClientFacts",
    "Day",
    "Proposal",
    "Rules",
    "Standing",
    "action_id",
    "action_key",
    "assess",
    "propose",
]
