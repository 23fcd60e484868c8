"""`clients merge KEEP OTHER`: two records of one person made one, by a store manager
or head office. Listed under `clients`: `cli/directory.py` adds it to that group."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import refusing, to_json
from jeweldesk.domain.messages import render


def register(clients: Any) -> None:
    """Add `merge` to the `clients` group's subcommands."""
    p = clients.add_parser("merge", help="merge OTHER into KEEP (every record moves to KEEP)")
    p.add_argument("keep", help="the client kept (id)")
    p.add_argument("other", help="the client merged into it (id)")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    p.add_argument("--as", dest="as_email", required=True, help="your staff e-mail")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help="take this field from OTHER even where KEEP has a value (repeatable)",
    )
    p.add_argument(
        "--keep-field",
        action="append",
        default=[],
        metavar="FIELD",
        help="keep KEEP's value of this field even where it is empty (repeatable)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")
    p.set_defaults(handler=merge_clients)


@refusing  # type: ignore[untyped-decorator]
def merge_clients(args: argparse.Namespace) -> int:
    desk = open_desk(args.data_dir)
    with desk:
        person = desk.directory.person(args.as_email)
        desk.act_as(person.id)
        args.lang = args.lang or getattr(person, "language", None) or desk.lang
        choices = {f: "other" for f in args.take} | {f: "kept" for f in args.keep_field}
        done = desk.merging.merge(args.keep, args.other, choices).value
    if args.json:
        sys.stdout.write(
            to_json(
                {
                    "merge": done.merge_id.hex,
                    "kept": done.kept_id.hex,
                    "merged": done.merged_id.hex,
                    "rows_moved": done.rows_moved,
                    "taken": list(done.taken),
                }
            )
            + "\n"
        )
    else:
        print(
            render(
                "merge.done",
                args.lang,
                kept=done.kept_id.hex,
                merged=done.merged_id.hex,
                rows=done.rows_moved,
            )
        )
    return 0
