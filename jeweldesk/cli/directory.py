"""`clients search|show`, `stores list`, `staff list`: for scripts and support staff."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from jeweldesk.cli import clients as client_edits
from jeweldesk.cli import merging
from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import fail, json_lines, refusing, table, to_json
from jeweldesk.domain.errors import DomainError


def _open(args):
    return open_desk(args.data_dir)


def _common(parser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X clients …` keeps the top-level value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--json", action="store_true", help="print JSON lines")
    parser.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")


def register(sub) -> None:
    clients = sub.add_parser("clients", help="find and show clients").add_subparsers(
        dest="action", required=True
    )
    p = clients.add_parser(
        "search", help="ranked matches for a name, pinyin, phone, e-mail or certificate"
    )
    _common(p)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=search_clients)
    p = clients.add_parser("show", help="the whole record of one client")
    _common(p)
    p.add_argument("id")
    p.add_argument(
        "--include-sensitive", action="store_true", help="include sensitive notes (audited)"
    )
    p.set_defaults(handler=show_client)
    merging.register(clients)
    client_edits.register(clients)

    stores = sub.add_parser("stores", help="stores known to this device").add_subparsers(
        dest="action", required=True
    )
    p = stores.add_parser("list")
    _common(p)
    p.set_defaults(handler=list_stores)

    staff = sub.add_parser("staff", help="staff known to this device").add_subparsers(
        dest="action", required=True
    )
    p = staff.add_parser("list")
    _common(p)
    p.add_argument("--store", help="only this store's staff (code)")
    p.set_defaults(handler=list_staff)


@refusing
def search_clients(args) -> int:
    with _open(args) as desk:
        results = desk.clients.search(args.query, limit=args.limit)
    rows = [
        {
            "id": str(r.id),
            "display_name": r.display_name,
            "name_local": r.name_local,
            "phone": r.phone,
            "email": r.email,
            "segment": r.segment or None,
            "store": r.home_store_code,
        }
        for r in results
    ]
    if args.json:
        json_lines(rows)
    elif rows:
        table(rows, ["id", "display_name", "phone", "email", "segment", "store"])
    else:
        print("No client matches.", file=sys.stderr)
    return 0


def _plain(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


@refusing
def show_client(args) -> int:
    with _open(args) as desk:
        try:
            profile = desk.clients.profile(args.id, include_sensitive=args.include_sensitive)
        except DomainError as exc:
            return fail(exc, args)
    record = _plain(profile)
    record.pop("loaded_at", None)
    if args.json:
        sys.stdout.write(to_json(record) + "\n")
    else:
        s = profile.summary
        print(f"{s.display_name}  [{s.home_store_code}]  {s.phone}  {s.email}")
        for section in (
            "contacts",
            "preferences",
            "ring_sizes",
            "dates",
            "relationships",
            "notes",
            "purchases",
            "jewellery_box",
            "wishlist",
            "appointments",
        ):
            items = getattr(profile, section)
            print(f"  {section}: {len(items)}")
        if profile.withheld_notes:
            print(
                f"  ({profile.withheld_notes} sensitive notes withheld; --include-sensitive to show)"
            )
    return 0


@refusing
def list_stores(args) -> int:
    with _open(args) as desk:
        stores = desk.directory.stores()
    rows = [
        {
            "id": str(s.id),
            "code": s.code,
            "name": s.name,
            "timezone": s.timezone,
            "currency": s.currency,
        }
        for s in stores
    ]
    json_lines(rows) if args.json else table(rows, ["code", "name", "timezone", "currency", "id"])
    return 0


@refusing
def list_staff(args) -> int:
    with _open(args) as desk:
        if args.store:
            desk.directory.store(args.store)  # an unknown code is said, not listed as nobody
        staff = desk.directory.staff(args.store)
    rows = [
        {"id": str(p.id), "name": p.name, "email": p.email, "role": p.role.value, "store": code}
        for p, code in staff
    ]
    json_lines(rows) if args.json else table(rows, ["name", "email", "role", "store", "id"])
    return 0
