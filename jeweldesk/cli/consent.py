"""`consent set|list`: a client's consent granted or withdrawn from the command line,
per purpose and channel, with how it was given, by the person named by `--as`; the
app's rules and refusals (`desk.consent`): a paper form needs its number, a signature
its drawn path (`--signature-file` holding the SVG path)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jeweldesk.cli import output
from jeweldesk.cli.interactions import common, open_as, plain, refusing, when
from jeweldesk.cli.output import to_json

PURPOSES = "service, marketing, profiling or cross_border"


def register(sub: Any) -> None:
    group = sub.add_parser(
        "consent", help="a client's consent per purpose and channel"
    ).add_subparsers(dest="action", required=True)
    p = group.add_parser("set", help="grant or withdraw consent for a purpose")
    common(p)
    p.add_argument("client", help="the client's id")
    p.add_argument("--purpose", required=True, help=PURPOSES)
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--grant", dest="granted", action="store_true", help="the client agrees")
    decision.add_argument(
        "--withdraw", dest="granted", action="store_false", help="the client withdraws"
    )
    p.add_argument("--channel", default="all", help="one channel (wechat, sms…) or all")
    p.add_argument(
        "--method",
        required=True,
        help="paper_form (with --proof), spoken, signature (with --signature-file), online",
    )
    p.add_argument("--proof", default="", help="the paper form's number, a message reference")
    p.add_argument("--signature-file", default=None, help="a file holding the SVG path drawn")
    p.add_argument("--at", default=None, help="store time 'YYYY-MM-DD HH:MM' (default: now)")
    p.set_defaults(handler=set_consent)
    p = group.add_parser("list", help="every decision recorded for a client, newest first")
    common(p)
    p.add_argument("client", help="the client's id")
    p.set_defaults(handler=list_consent)


def _signature(path: str | None) -> str:
    if not path:
        return ""
    text = Path(path).read_text(encoding="utf-8").strip()
    # A whole SVG file is accepted too: the path is its first d="…".
    if "<" in text and ' d="' in text:
        text = text.split(' d="', 1)[1].split('"', 1)[0]
    return text


@refusing
def set_consent(args: argparse.Namespace) -> int:
    at = when(args.at, "recorded_at")
    try:
        signature = _signature(args.signature_file)
    except OSError as exc:
        print(f"Cannot read {args.signature_file}: {exc.strerror}", file=sys.stderr)
        return 2
    with open_as(args) as desk:
        row = desk.consent.set(
            args.client,
            args.purpose,
            args.granted,
            method=args.method,
            channel=args.channel,
            proof=args.proof,
            signature_svg=signature,
            recorded_at=at,
        ).value
    if args.json:
        sys.stdout.write(to_json(plain(row)) + "\n")
    else:
        decision = "granted" if row.granted else "withdrawn"
        print(
            f"{row.purpose} consent {decision} for {row.channel or 'every channel'} "
            f"({row.method}) for client {row.client_id}"
        )
    return 0


@refusing
def list_consent(args: argparse.Namespace) -> int:
    with open_as(args) as desk:
        rows = desk.consent.history(args.client)
        current = {c.id for c in desk.consent.in_force(args.client)}
    if args.json:
        output.json_lines({**plain(r), "in_force": r.id in current} for r in rows)
        return 0
    output.table(
        [
            {
                "recorded": f"{r.recorded_at:%Y-%m-%d %H:%M}",
                "purpose": r.purpose,
                "channel": r.channel or "all",
                "decision": ("granted" if r.granted else "withdrawn")
                + ("" if r.id in current else " (superseded)"),
                "method": r.method,
                "proof": r.proof,
            }
            for r in rows
        ],
        ["recorded", "purpose", "channel", "decision", "method", "proof"],
    )
    return 0
