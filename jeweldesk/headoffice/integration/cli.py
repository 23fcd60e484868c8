"""`jeweldesk headoffice api-keys add|list|revoke`: the keys of the systems that call
the integration API. A key is printed once, when made, and kept only as a digest."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from jeweldesk.cli.output import json_lines, table


def register(
    actions: Any,
    common: Callable[..., None],
    guard: Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]],
) -> None:
    """Add `api-keys` to `jeweldesk headoffice` (`common` adds --database-url and
    --json, `guard` words the errors a person can fix)."""
    from jeweldesk.headoffice.integration.keys import Scope

    parsers = actions.add_parser(
        "api-keys", help="API keys of the systems calling the integration API"
    ).add_subparsers(dest="what", required=True)
    p = parsers.add_parser("add", help="make a key for a system (printed once)")
    common(p)
    p.add_argument("--system", required=True, metavar="NAME", help="the calling system, e.g. pos")
    p.add_argument(
        "--scopes",
        required=True,
        metavar="LIST",
        help=f"comma-separated: {', '.join(s.value for s in Scope)}",
    )
    p.add_argument(
        "--stores",
        default="",
        metavar="CODES",
        help="comma-separated store codes the key is limited to (default: every store)",
    )
    p.set_defaults(handler=guard(add))
    p = parsers.add_parser("list", help="the keys, without their secret")
    common(p, json=True)
    p.set_defaults(handler=guard(list_keys))
    p = parsers.add_parser("revoke", help="refuse a key from its next request on")
    common(p)
    p.add_argument("key", metavar="ID_OR_PREFIX", help="the key's id, or its prefix as listed")
    p.set_defaults(handler=guard(revoke))


def _open(args: argparse.Namespace) -> Any:
    from jeweldesk.headoffice.cli import _open as open_store

    return open_store(args)  # type: ignore[no-untyped-call]  # head office's CLI is not strict yet


def add(args: argparse.Namespace) -> int:
    from jeweldesk.headoffice.cli import Refused
    from jeweldesk.headoffice.integration import keys

    try:
        scopes = keys.parse_scopes(args.scopes)
        stores = keys.parse_stores(args.stores)
    except ValueError as exc:
        raise Refused(str(exc)) from None
    store = _open(args)
    try:
        record, key = keys.add_key(store, args.system, scopes, stores)
    except ValueError as exc:
        raise Refused(str(exc)) from None
    finally:
        store.dispose()
    print(key)
    print(
        f"key {record.id.hex} for {record.system} ({', '.join(record.scopes)}"
        f"{'; stores ' + ', '.join(record.stores) if record.stores else ''}): "
        "shown this once, keep it in the system's settings",
    )
    return 0


def list_keys(args: argparse.Namespace) -> int:
    from jeweldesk.headoffice.integration import keys

    store = _open(args)
    try:
        records = keys.list_keys(store)
    finally:
        store.dispose()
    rows = [
        {
            "id": r.id.hex,
            "system": r.system,
            "scopes": ",".join(r.scopes),
            "stores": ",".join(r.stores) or "all",
            "prefix": r.prefix,
            "state": r.state,
            "created_at": r.created_at.isoformat(timespec="seconds"),
            "last_used_at": r.last_used_at.isoformat(timespec="seconds") if r.last_used_at else "",
        }
        for r in records
    ]
    if args.json:
        json_lines(rows)
    else:
        table(
            rows,
            ["system", "scopes", "stores", "prefix", "state", "created_at", "last_used_at", "id"],
        )
    return 0


def revoke(args: argparse.Namespace) -> int:
    from jeweldesk.headoffice.integration import keys

    store = _open(args)
    try:
        record = keys.revoke_key(store, args.key)
    finally:
        store.dispose()
    print(f"revoked key {record.id.hex} of {record.system}")
    return 0
