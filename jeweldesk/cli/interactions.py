"""`interactions log|list`: a contact with a client logged from the command line, with
the app's rules and refusals (`desk.interactions`), as the person named by `--as`."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, cast

from jeweldesk.cli import output
from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import to_json
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.names import halfwidth

Handler = Callable[[argparse.Namespace], int]
# A refusal (`DomainError`) ends the command with its message and exit code 2.
refusing = cast(Callable[[Handler], Handler], output.refusing)


def register(sub: Any) -> None:
    group = sub.add_parser(
        "interactions", help="contacts with a client: calls, messages, visits…"
    ).add_subparsers(dest="action", required=True)
    p = group.add_parser("log", help="log a contact with a client (now, unless --at)")
    common(p)
    p.add_argument("client", help="the client's id")
    p.add_argument("--kind", required=True, help="call, message, visit, email, event or other")
    p.add_argument(
        "--channel", default=None, help="phone, sms, email, wechat, whatsapp, line, in_person"
    )
    p.add_argument("--outcome", default="", help="how it went, in a few words")
    p.add_argument("--note", default="", help="what was said (optional)")
    p.add_argument("--at", default=None, help="store time 'YYYY-MM-DD HH:MM' (default: now)")
    p.add_argument("--action", default=None, help="the next-best action it answers (its id)")
    p.add_argument("--event", default=None, help="the event it was attendance at (its id)")
    p.set_defaults(handler=log)
    p = group.add_parser("list", help="a client's contacts, newest first")
    common(p)
    p.add_argument("client", help="the client's id")
    p.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    p.set_defaults(handler=list_interactions)


def common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X interactions …` keeps the top-level value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--as", dest="as_email", help="your staff e-mail")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")


def open_as(args: argparse.Namespace) -> Any:
    """The store, with the person of `--as` acting (else whoever is signed in)."""
    desk = open_desk(getattr(args, "data_dir", None))
    person = None
    try:
        if args.as_email:
            person = desk.directory.person(args.as_email)
            desk.act_as(person.id)
    except Exception:
        desk.close()
        raise
    args.lang = args.lang or getattr(person, "language", None) or desk.lang
    return desk


def when(text: str | None, field: str) -> dt.datetime | None:
    """'2026-12-20 18:30' (store time), or None when not given."""
    if text is None:
        return None
    cleaned = halfwidth(text).strip().replace("T", " ")
    try:
        return dt.datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError("event.bad_time", field=field, value=text) from None


def plain(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


@refusing
def log(args: argparse.Namespace) -> int:
    at = when(args.at, "occurred_at")
    with open_as(args) as desk:
        row = desk.interactions.log(
            args.client,
            args.kind,
            channel=args.channel,
            outcome=args.outcome,
            note=args.note,
            occurred_at=at,
            action_id=args.action,
            event_id=args.event,
        ).value
    if args.json:
        sys.stdout.write(to_json(plain(row)) + "\n")
    else:
        how = f"{row.kind} by {row.channel}" if row.channel else str(row.kind)
        print(f"Logged {how} with client {row.client_id} at {row.occurred_at:%Y-%m-%d %H:%M} UTC")
    return 0


@refusing
def list_interactions(args: argparse.Namespace) -> int:
    with open_as(args) as desk:
        rows = desk.interactions.for_client(args.client, limit=max(args.limit, 1))
    if args.json:
        output.json_lines(plain(r) for r in rows)
        return 0
    output.table(
        [
            {
                "when": f"{r.occurred_at:%Y-%m-%d %H:%M}",
                "kind": r.kind,
                "channel": r.channel or "",
                "outcome": r.outcome,
                "note": r.summary,
            }
            for r in rows
        ],
        ["when", "kind", "channel", "outcome", "note"],
    )
    return 0
