"""`export client|book`: a client as a vCard for a phone's address book, an advisor's
book as a spreadsheet (CSV or XLSX) with its headers in the reader's language."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, cast

from jeweldesk.cli import output
from jeweldesk.cli.opening import check_writable, open_desk
from jeweldesk.cli.output import to_json

Handler = Callable[[argparse.Namespace], int]
# A refusal (`DomainError`) ends the command with its message and exit code 2.
refusing = cast(Callable[[Handler], Handler], output.refusing)


def register(sub: Any) -> None:
    exports = sub.add_parser(
        "export", help="a client as vCard; an advisor's book as CSV or XLSX"
    ).add_subparsers(dest="action", required=True)
    p = exports.add_parser("client", help="one client as a vCard 4.0 card")
    _common(p)
    p.add_argument("client", help="the client's id")
    p.add_argument("--format", choices=("vcard",), default="vcard", help="vcard (the default)")
    p.add_argument("--out", help="the .vcf file to write (default: standard output)")
    p.set_defaults(handler=export_client)
    p = exports.add_parser("book", help="an advisor's client book as a spreadsheet")
    _common(p)
    p.add_argument("--advisor", help="the advisor's e-mail (default: the person in --as)")
    p.add_argument("--format", choices=("csv", "xlsx"), required=True, help="csv or xlsx")
    p.add_argument("--out", required=True, help="the file to write")
    p.add_argument("--segment", help="only clients of this segment (vic, core, …)")
    p.add_argument("--search", help="only clients this search finds, as typed in the app")
    p.add_argument(
        "--for-marketing",
        action="store_true",
        help="a list to contact for marketing: only clients, and channels, consent allows",
    )
    p.set_defaults(handler=export_book)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X export …` keeps the top-level value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--as", dest="as_email", help="your staff e-mail")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--lang", default=None, help="language of headers and messages (en, zh_CN, zh_TW)"
    )


def _open(args: argparse.Namespace) -> Any:
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


def _done(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        sys.stdout.write(to_json(payload) + "\n")
    else:
        print(text)


@refusing
def export_client(args: argparse.Namespace) -> int:
    if args.out:
        check_writable(args.out)
    with _open(args) as desk:
        card = desk.exports.client_vcard(args.client)
    if not args.out:
        sys.stdout.write(card)
        return 0
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        out.write(card)
    _done(
        args,
        {"client": args.client, "format": "vcard", "out": args.out},
        f"Wrote client {args.client} to {args.out}",
    )
    return 0


@refusing
def export_book(args: argparse.Namespace) -> int:
    check_writable(args.out)
    with _open(args) as desk:
        advisor = desk.directory.person(args.advisor).id if args.advisor else None
        book = desk.exports.book_rows(
            advisor,
            lang=args.lang,
            segment=args.segment,
            query=args.search,
            for_marketing=args.for_marketing,
        )
    from jeweldesk.services.exports import save_book

    path = save_book(book, args.out, args.format)
    rows = len(book.rows)
    _done(
        args,
        {"format": args.format, "out": str(path), "rows": rows},
        f"Wrote {rows} clients to {path}",
    )
    return 0


def register_import_vcard(imports: Any) -> None:
    """`import vcard FILE`: added to the `import` group of `cli/importing.py`."""
    p = imports.add_parser("vcard", help="clients from a .vcf file (one card or many)")
    _common(p)
    p.add_argument("file", help="the .vcf file (vCard 2.1, 3.0 or 4.0)")
    p.set_defaults(handler=import_vcard)


@refusing
def import_vcard(args: argparse.Namespace) -> int:
    try:
        with open(args.file, encoding="utf-8-sig", errors="replace") as source:
            text = source.read()
    except OSError as exc:
        print(f"Cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    with _open(args) as desk:
        result = desk.exports.import_vcards(text, lang=args.lang)
    payload = {
        "imported": [
            {
                "card": c.card,
                "client": str(c.client_id),
                "name": c.name,
                "duplicates": [str(d) for d in c.duplicates],
                "notices": list(c.notices),
            }
            for c in result.imported
        ],
        "refused": [{"card": r.card, "name": r.name, "reason": r.reason} for r in result.refused],
    }
    lines = [f"{c.card}: {c.name} {' '.join(c.notices)}".rstrip() for c in result.imported]
    lines += [f"{r.card}: {r.name}: {r.reason}" for r in result.refused]
    _done(args, payload, "\n".join(lines))
    return 0
