"""`privacy export|erase`: a client's data export and erasure, for the store's data
protection requests handled from a back-office PC or a script."""

from __future__ import annotations

import argparse
import sys

from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import fail, to_json
from jeweldesk.domain.errors import DomainError


def register(sub) -> None:
    privacy = sub.add_parser("privacy", help="a client's data export and erasure").add_subparsers(
        dest="action", required=True
    )
    p = privacy.add_parser("export", help="everything held about one client, as JSON (audited)")
    _common(p)
    p.add_argument("--out", required=True, help="the JSON file to write")
    p.add_argument("--as", dest="as_email", help="the staff e-mail the export is recorded against")
    p.set_defaults(handler=export)
    p = privacy.add_parser(
        "erase", help="anonymise one client everywhere, through sync (store managers)"
    )
    _common(p)
    p.add_argument("--reason", required=True, help="why (e.g. the client's written request)")
    p.add_argument("--as", dest="as_email", required=True, help="the store manager's e-mail")
    p.set_defaults(handler=erase)


def _common(parser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X privacy …` keeps the top-level value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--client", required=True, help="the client's id")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")


def _open(args):
    desk = open_desk(args.data_dir)
    if args.as_email:
        try:
            desk.act_as(desk.directory.person(args.as_email).id)
        except DomainError:
            desk.close()
            raise
    return desk


def export(args) -> int:
    try:
        with _open(args) as desk:
            path = desk.privacy.export_to(args.client, args.out)
    except DomainError as exc:
        return fail(exc, args)
    if args.json:
        sys.stdout.write(to_json({"client": args.client, "out": str(path)}) + "\n")
    else:
        print(f"Exported client {args.client} to {path}")
    return 0


def erase(args) -> int:
    try:
        with _open(args) as desk:
            result = desk.privacy.erase(args.client, args.reason).value
    except DomainError as exc:
        return fail(exc, args)
    if args.json:
        sys.stdout.write(
            to_json(
                {
                    "client": str(result.client_id),
                    "erased_at": result.erased_at,
                    "rows": result.rows_changed,
                }
            )
            + "\n"
        )
    else:
        print(
            f"Erased client {result.client_id} ({result.rows_changed} records anonymised); "
            "the erasure reaches head office with the next sync."
        )
    return 0
