"""Who may see and write what: each synced table's rows belong to a client, a store,
or everyone (read-only for devices).

A store's devices see the store's own rows, the clients homed there or granted to it
(fetched while recognising them, or served there), with all their related rows, and
the global rows (stores, catalogue)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# Another row, by table and id, in the same form as the row asked about; None if unknown.
Lookup = Callable[[str, Any], Mapping[str, Any] | None]

# table → how to find its owner: ("client", column) | ("store", column) |
# ("parent", column, parent_table) | ("global",)
OWNERS: dict[str, tuple[str, ...]] = {
    "stores": ("global",),
    "catalogue_pieces": ("global",),
    "rooms": ("store", "store_id"),
    "staff": ("store", "store_id"),
    "stock_levels": ("store", "store_id"),
    "events": ("store", "store_id"),
    "audit_log": ("store", "store_id"),
    "appointments": ("store", "store_id"),
    "pre_selections": ("parent", "appointment_id", "appointments"),
    "checklist_items": ("parent", "appointment_id", "appointments"),
    "clients": ("client", "id"),
    "purchase_lines": ("parent", "purchase_id", "purchases"),
    "stones": ("parent", "owned_piece_id", "owned_pieces"),
    "benefit_uses": ("parent", "benefit_id", "benefits"),
    "next_best_actions": ("client", "client_id"),
    "intelligence_settings": ("global",),
    "client_merges": ("client", "kept_id"),
}
for _table in (
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
    "sync_conflicts",
    "photos",
    "loyalty_standings",
):
    OWNERS[_table] = ("client", "client_id")

# Written once, never changed after insert: corrections are new rows (void and reissue).
IMMUTABLE = {"purchases", "purchase_lines"}
# Issued documents may change only to be voided.
VOIDABLE = {"issued_documents": {"status", "voided_at", "void_reason", "deleted"}}
# Records head office manages (`jeweldesk headoffice staff …`): a device may change
# only these columns of an existing row, and never add one. A person sets their own
# PIN on a device; their role, store, e-mail and whether they may sign in are head
# office's alone (a store tablet making someone head office would open the console).
# A loyalty standing is the loyalty system's, delivered through head office: read-only.
DEVICE_WRITABLE: dict[str, frozenset[str]] = {
    "staff": frozenset({"pin_hash"}),
    "loyalty_standings": frozenset(),
}
# Owned by a client, or by their store where the row names no client.
# (A stock picture of a catalogue piece names no client: its store's devices hold it.)
STORE_OWNED_WITHOUT_CLIENT = frozenset({"issued_documents", "sync_conflicts", "photos"})
# Edits are new rows (notes supersede), so a conflict on these keeps both versions.
APPEND_ONLY = {"notes", "interactions"}


@dataclass(frozen=True)
class Owner:
    store_id: str | None = None  # hex
    client_id: str | None = None  # hex

    @property
    def is_global(self) -> bool:
        return self.store_id is None and self.client_id is None


def owner_ids(table: str, row: Mapping[str, Any], lookup: Lookup) -> tuple[Any, Any] | None:
    """(store id, client id) of the row's owner, either None where it belongs to none,
    or None for an orphan (its parent is unknown). Ids come as the row holds them:
    hex in wire form, UUIDs in head office's typed rows. `lookup(table, id)` returns
    another row in the same form, or None, for rows owned through a parent."""
    rule = OWNERS[table]
    kind = rule[0]
    if kind == "client":
        client = row.get(rule[1])
        if client is None and table in STORE_OWNED_WITHOUT_CLIENT:
            return (row.get("store_id"), None)
        return (None, client)
    if kind == "store":
        return (row.get(rule[1]), None)
    if kind == "global":
        return (None, None)
    parent = lookup(rule[2], row.get(rule[1]))
    return None if parent is None else owner_ids(rule[2], parent, lookup)


def owner_of(table: str, row: Mapping[str, Any], lookup: Lookup) -> Owner:
    """The owner of a row in wire form (see `owner_ids`); an orphan is owned by "?",
    which matches no store and no client, so nobody may write it."""
    ids = owner_ids(table, row, lookup)
    if ids is None:
        return Owner(store_id="?", client_id="?")
    return Owner(*ids)
