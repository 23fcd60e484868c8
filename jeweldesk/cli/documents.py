"""`document KIND --id ID --out FILE.pdf` issues a document; `verify FILE.pdf|NUMBER`
checks one offline against the keys this device knows."""

from __future__ import annotations

import sys
from pathlib import Path

from jeweldesk.cli.opening import check_writable, open_desk
from jeweldesk.domain.errors import DomainError
from jeweldesk.domain.vocab import DocumentKind

EXIT_NOT_GENUINE = 1


def register(sub) -> None:
    p = sub.add_parser(
        "document",
        help="issue a certificate, appraisal, care guide, warranty, receipt, slip or brief",
    )
    p.add_argument("kind", choices=[k.value for k in DocumentKind])
    p.add_argument("--data-dir", help="folder holding the store")
    p.add_argument(
        "--id", required=True, help="owned piece or purchase line, service job, or appointment"
    )
    p.add_argument(
        "--lang",
        choices=["en", "zh_CN", "zh_TW"],
        default=None,
        help="default: the client's language",
    )
    p.add_argument("--out", required=True, help="where to write the PDF")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.set_defaults(handler=issue_document)

    p = sub.add_parser("verify", help="verify a document (PDF file or number) offline")
    p.add_argument("target", help="a PDF file or a document number")
    p.add_argument("--data-dir", help="folder holding the store")
    p.set_defaults(handler=verify_document)


def issue_document(args) -> int:
    from jeweldesk.services.files import write_atomically

    try:
        # Before issuing: an issued document keeps its number for ever.
        check_writable(args.out)
        desk = open_desk(args.data_dir)
    except DomainError as exc:
        print(exc.message(args.lang or "en"), file=sys.stderr)
        return 2
    with desk:
        try:
            written = desk.documents.issue(args.kind, args.id, lang=args.lang, paper=args.paper)
        except DomainError as exc:
            print(exc.message(args.lang or desk.lang), file=sys.stderr)
            return 2
    write_atomically(args.out, written.value.pdf)
    print(f"{written.value.document.number}\t{args.out}")
    return 0


def verify_document(args) -> int:
    path = Path(args.target)
    target: bytes | str = (
        path.read_bytes() if path.suffix.lower() == ".pdf" or path.is_file() else args.target
    )
    try:
        desk = open_desk(args.data_dir)
    except DomainError as exc:
        print(exc.message("en"), file=sys.stderr)
        return 2
    with desk:
        verdict = desk.documents.verify(target)
    print(f"{verdict.status}\t{verdict.number}\t{verdict.kind}\t{verdict.description}")
    if verdict.reason:
        print(verdict.reason, file=sys.stderr)
    return 0 if verdict.genuine else EXIT_NOT_GENUINE
