"""`document KIND --id ID --out FILE.pdf` issues a document; `document-copy NUMBER
--out FILE.pdf` draws one issued before again from its stored data; `verify
FILE.pdf|NUMBER` checks one offline against the keys this device knows. Each takes
`--as EMAIL` (the person issuing: printed on the document) and `--json`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jeweldesk.cli.opening import check_writable, open_desk
from jeweldesk.cli.output import fail, to_json
from jeweldesk.domain.errors import DomainError, NotFound
from jeweldesk.domain.vocab import DocumentKind

EXIT_NOT_GENUINE = 1
LANGS = ["en", "zh_CN", "zh_TW"]


def register(sub) -> None:
    p = sub.add_parser(
        "document",
        help="issue a certificate, appraisal, care guide, warranty, receipt, slip or brief",
    )
    p.add_argument("kind", choices=[k.value for k in DocumentKind])
    p.add_argument(
        "--id", required=True, help="owned piece or purchase line, service job, or appointment"
    )
    p.add_argument("--lang", choices=LANGS, default=None, help="default: the client's language")
    p.add_argument("--out", required=True, help="where to write the PDF")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    _common(p)
    p.set_defaults(handler=issue_document)

    p = sub.add_parser(
        "document-copy", help="a copy of an issued document (a void one is marked void)"
    )
    p.add_argument("number", help="the document's number")
    p.add_argument("--out", required=True, help="where to write the PDF")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of messages")
    _common(p)
    p.set_defaults(handler=copy_document)

    p = sub.add_parser("verify", help="verify a document (PDF file or number) offline")
    p.add_argument("target", help="a PDF file or a document number")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of messages")
    _common(p)
    p.set_defaults(handler=verify_document)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X document …` keeps the top-level value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--as", dest="as_email", help="your staff e-mail (who issues)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _open(args: argparse.Namespace) -> Any:
    desk = open_desk(getattr(args, "data_dir", None))
    try:
        if args.as_email:
            person = desk.directory.person(args.as_email)
            desk.act_as(person.id)
            args.message_lang = args.lang or person.language or desk.lang
        else:
            args.message_lang = args.lang or desk.lang
    except Exception:
        desk.close()
        raise
    return desk


def _refused(exc: DomainError, args: argparse.Namespace) -> int:
    args.lang = getattr(args, "message_lang", None) or args.lang or "en"
    return fail(exc, args)


def _written(args: argparse.Namespace, doc: Any, out: str) -> int:
    if args.json:
        payload = {
            "id": doc.id,
            "number": doc.number,
            "kind": doc.kind,
            "status": doc.status,
            "language": doc.language,
            "client_id": doc.client_id,
            "issued_at": doc.issued_at,
            "issued_by_id": doc.issued_by_id,
            "file": out,
        }
        sys.stdout.write(to_json(payload) + "\n")
    else:
        print(f"{doc.number}\t{out}")
    return 0


def issue_document(args: argparse.Namespace) -> int:
    from jeweldesk.services.files import write_atomically

    try:
        # Before issuing: an issued document keeps its number for ever.
        check_writable(args.out)
        desk = _open(args)
    except DomainError as exc:
        return _refused(exc, args)
    with desk:
        try:
            written = desk.documents.issue(args.kind, args.id, lang=args.lang, paper=args.paper)
        except DomainError as exc:
            return _refused(exc, args)
    write_atomically(args.out, written.value.pdf)
    return _written(args, written.value.document, args.out)


def copy_document(args: argparse.Namespace) -> int:
    from jeweldesk.services.files import write_atomically

    try:
        check_writable(args.out)
        desk = _open(args)
    except DomainError as exc:
        return _refused(exc, args)
    with desk:
        try:
            doc = desk.documents.by_number(args.number)
            if doc is None:
                raise NotFound("document.not_found")
            pdf = desk.documents.render(doc.id, paper=args.paper)
        except DomainError as exc:
            return _refused(exc, args)
    write_atomically(args.out, pdf)
    return _written(args, doc, args.out)


def verify_document(args: argparse.Namespace) -> int:
    path = Path(args.target)
    target: bytes | str = (
        path.read_bytes() if path.suffix.lower() == ".pdf" or path.is_file() else args.target
    )
    try:
        desk = _open(args)
    except DomainError as exc:
        return _refused(exc, args)
    with desk:
        verdict = desk.documents.verify(target)
    if args.json:
        sys.stdout.write(
            to_json(
                {
                    "status": verdict.status,
                    "genuine": verdict.genuine,
                    "number": verdict.number,
                    "kind": verdict.kind,
                    "description": verdict.description,
                    "reason": verdict.reason,
                }
            )
            + "\n"
        )
    else:
        print(f"{verdict.status}\t{verdict.number}\t{verdict.kind}\t{verdict.description}")
        if verdict.reason:
            print(verdict.reason, file=sys.stderr)
    return 0 if verdict.genuine else EXIT_NOT_GENUINE
