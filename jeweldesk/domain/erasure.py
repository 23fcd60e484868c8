"""What erasing a client does to each table: the one rule book the device that
erases, head office (which applies it to every row it holds, including rows the
erasing device never saw) and a device pulling an erasure all follow, so they all
arrive at the same anonymised rows.

A client's record goes; what the house must keep for its accounts (purchases,
issued documents, appointments, service jobs and cases, benefits, invitations,
consents as the record of what was agreed) stays, stripped of personal free text.
Rows that go are tombstoned (`deleted`) *and* blanked: a tombstone still syncs, and
must not carry the personal data it stood for."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jeweldesk.domain.vocab import Role

PLACEHOLDER = "Erased client"
# Who may erase a client: an erasure cannot be undone. A store manager erases their
# own store's clients only; the device checks the person signed in, and head office
# checks again the person each erasing op names.
ROLES_ERASING = (Role.STORE_MANAGER, Role.HEAD_OFFICE)

# Tables whose rows belong to a client through `client_id` (the same list as the
# sync scope's client-owned tables, plus appointments, which a store owns but which
# name their client).
CLIENT_TABLES = (
    "contact_points",
    "relationships",
    "preferences",
    "ring_sizes",
    "measurements",
    "notes",
    "important_dates",
    "consents",
    "book_entries",
    "owned_pieces",
    "wishlist_items",
    "purchases",
    "interactions",
    "service_jobs",
    "service_cases",
    "benefits",
    "invitations",
    "issued_documents",
    "next_best_actions",
    "appointments",
    "sync_conflicts",
    "photos",
    "loyalty_standings",
)
# Rows owned through a parent: (table, column, parent table).
CHILD_TABLES = (
    ("stones", "owned_piece_id", "owned_pieces"),
    ("purchase_lines", "purchase_id", "purchases"),
    ("benefit_uses", "benefit_id", "benefits"),
    ("pre_selections", "appointment_id", "appointments"),
    ("checklist_items", "appointment_id", "appointments"),
)
# Another client's record about the erased person: their relationship row naming
# them (`related_client_id`), and what was recorded for that person through it.
RELATIONSHIP_TABLES = (
    "preferences",
    "ring_sizes",
    "measurements",
    "important_dates",
    "wishlist_items",
)

# table → (tombstoned?, column → value it takes)
RULES: dict[str, tuple[bool, dict[str, Any]]] = {
    "contact_points": (True, {"value": "", "normalised": "", "label": "", "extension": ""}),
    "relationships": (True, {"name": "", "name_local": "", "note": ""}),
    "preferences": (True, {"value": "", "detail": ""}),
    "ring_sizes": (True, {"size": "", "circumference_mm": None}),
    "measurements": (True, {"length_cm": Decimal(0)}),
    "notes": (True, {"body": ""}),
    "important_dates": (True, {"label": "", "month": 1, "day": 1, "year": None}),
    # The decision stays (what was agreed); the form number and the drawn signature go.
    "consents": (False, {"proof": "", "signature_svg": ""}),
    "book_entries": (False, {"development_plan": "", "handover_note": ""}),
    "owned_pieces": (True, {"photo_path": "", "provenance": ""}),
    "stones": (True, {"report_number": "", "girdle_inscription": ""}),
    "wishlist_items": (True, {"description": "", "note": ""}),
    "purchases": (False, {}),
    "purchase_lines": (False, {}),
    "interactions": (True, {"summary": "", "outcome": ""}),
    "service_jobs": (
        False,
        {"description": "", "intake_condition": "", "closing_note": "", "signature_svg": ""},
    ),
    "service_cases": (
        False,
        {
            "complaint": "",
            "apology": "",
            "gesture": "",
            "resolution": "",
            "sensitive_note": "",
            "reopen_reason": "",
            "follow_up_note": "",
        },
    ),
    "benefits": (False, {"conditions": ""}),  # a voucher's terms may name the client
    "benefit_uses": (False, {"note": ""}),
    "invitations": (False, {}),
    "issued_documents": (False, {}),
    "next_best_actions": (True, {"params": {}, "note": ""}),
    "appointments": (
        False,
        {
            "title": "",
            "notes": "",
            "request_contact": "",
            "cancelled_reason": "",
            "outcome_note": "",
        },
    ),
    "pre_selections": (False, {"note": ""}),
    "checklist_items": (False, {"text": ""}),
    "sync_conflicts": (True, {"base_value": None, "theirs_value": None, "mine_value": None}),
    # A portrait is the person: the row goes, and with it the names of its files (a
    # file's SHA-256 would still recognise the picture); the files themselves are
    # deleted by the device that erases, by head office, and by every device pulling it.
    "photos": (
        True,
        {"caption": "", "sha256": "", "thumb_sha256": "", "byte_size": 0, "width": 0, "height": 0},
    ),
    # The member number is an identifier of the person: the row goes.
    "loyalty_standings": (True, {"member_id": "", "tier": "", "points": None}),
}

# An erased client's documents carry this key: their signature no longer covers the
# stripped data (documents/verify.py says so instead of calling them forged).
ERASED_MARK = "erased"

# What an issued document's payload may say about the client: blanked, the rest kept.
PERSONAL_PAYLOAD_KEYS: dict[str, Any] = {
    "client_name": "",
    "client_name_local": "",
    "greeting": "",
    "notes": "",
    "intake_condition": "",
    "signature_svg": None,  # a service receipt's copy of the client's signature
    "preferences": [],
    "sizes": [],
    "wishlist": [],
    "dates": [],
    "conversations": [],
    "talking_points": [],
    "refreshments": [],
    "checklist": [],
}


def placeholder_name(client_id: uuid.UUID) -> str:
    """A neutral name that still tells records apart in the house's accounts."""
    return f"{PLACEHOLDER} {client_id.hex[-6:].upper()}"


def client_changes(row: Mapping[str, Any], at: dt.datetime) -> dict[str, Any]:
    """The client row's anonymised values (only those that differ)."""
    target = {
        "title": "",
        "family_name": "",
        "given_name": "",
        "name_local": "",
        "name_romanised": placeholder_name(row["id"]),
        "greeting_name": "",
        "gender": "",
        "preferred_channel": None,
        "contact_hours_start": None,
        "contact_hours_end": None,
        "photo_path": "",
        "source": "",
        "erased_at": row.get("erased_at") or at,
    }
    return _differing(row, target)


def row_changes(table: str, row: Mapping[str, Any], at: dt.datetime) -> dict[str, Any]:
    """The anonymised values of one related row (only those that differ)."""
    if table == "clients":
        return client_changes(row, at)
    tombstone, blanks = RULES[table]
    target = dict(blanks)
    if tombstone:
        target["deleted"] = True
    if table == "book_entries" and row.get("ended_at") is None:
        target["ended_at"] = at
    if table == "owned_pieces" and not row.get("bought_here"):
        target |= {"serial": "", "description": "", "value": None, "hallmark": ""}
    if table == "issued_documents":
        payload = row.get("payload")
        if isinstance(payload, dict):
            # Marked, so verification tells "details erased" from "signature forged".
            target["payload"] = strip_payload(payload) | {ERASED_MARK: True}
    return _differing(row, target)


def strip_payload(payload: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in payload.items():
        if key in PERSONAL_PAYLOAD_KEYS:
            out[key] = PERSONAL_PAYLOAD_KEYS[key]
        elif key == "advisor" or not isinstance(value, dict):
            out[key] = value
        else:
            out[key] = strip_payload(value)
    return out


def _differing(row: Mapping[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in target.items() if not _same(row.get(k), v)}


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) == bool(b)
    if isinstance(b, Decimal):
        try:
            return Decimal(str(a)) == b
        except ArithmeticError:
            return False
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a.astimezone(dt.UTC) == b.astimezone(dt.UTC)
    return bool(a == b)
