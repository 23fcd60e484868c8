"""`service intake|advance|collect|show`: service jobs from the command line, with the
same rules and refusals as the app (`desk.service`), acting as the person named by
`--as`. Intake can save the service receipt and collection the collection slip, each
issued (numbered, signed, recorded) as the app issues them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from jeweldesk.cli import output
from jeweldesk.cli.opening import check_writable, open_desk
from jeweldesk.cli.output import to_json
from jeweldesk.domain.errors import DomainError
from jeweldesk.domain.messages import Ref, render
from jeweldesk.services.files import write_atomically

Handler = Callable[[argparse.Namespace], int]
# A refusal (`DomainError`) ends the command with its message and exit code 2.
refusing = cast(Callable[[Handler], Handler], output.refusing)


def register(sub: Any) -> None:
    jobs = sub.add_parser(
        "service", help="service jobs: take a piece in, move it on, hand it back"
    ).add_subparsers(dest="action", required=True)

    p = jobs.add_parser("intake", help="take a piece in for service")
    _common(p)
    p.add_argument("client", help="the client's id")
    p.add_argument(
        "--kind",
        required=True,
        help="repair, resize, cleaning, engraving, restringing, replating or inspection",
    )
    p.add_argument("--piece", default=None, help="the piece from the client's jewellery box (id)")
    p.add_argument("--new-piece", default="", help="or describe a piece not yet in the box")
    p.add_argument("--metal", default="", help="the new piece's metal")
    p.add_argument("--work", default="", help="the work asked for ('resize from 52 to 54')")
    p.add_argument("--condition", required=True, help="the piece's condition at intake")
    p.add_argument("--estimate", default=None, help="the estimate ('800', '¥800'; none: to follow)")
    p.add_argument("--currency", default="", help="the estimate's currency (default: the store's)")
    p.add_argument("--ready-by", default=None, help="the day it should be ready (YYYY-MM-DD)")
    signed = p.add_mutually_exclusive_group()
    signed.add_argument("--signature", default="", help="the client's signature as an SVG path")
    signed.add_argument("--signature-file", default=None, help="a file holding that path")
    p.add_argument("--receipt", default=None, help="issue the service receipt to this PDF file")
    p.set_defaults(handler=intake)

    p = jobs.add_parser("advance", help="move a job on: in_workshop, ready, returned, cancelled")
    _common(p)
    p.add_argument("job", help="the job's id or number")
    p.add_argument(
        "--to",
        dest="status",
        required=True,
        help="in_workshop, ready, collected, returned (unrepaired) or cancelled",
    )
    p.add_argument("--note", default="", help="why (required for returned and cancelled)")
    p.set_defaults(handler=advance)

    p = jobs.add_parser("collect", help="the client collects a ready piece")
    _common(p)
    p.add_argument("job", help="the job's id or number")
    p.add_argument("--note", default="", help="anything said at collection")
    p.add_argument("--slip", default=None, help="issue the collection slip to this PDF file")
    p.set_defaults(handler=collect)

    p = jobs.add_parser("show", help="a job as recorded")
    _common(p)
    p.add_argument("job", help="the job's id or number")
    p.set_defaults(handler=show)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X service …` keeps the top-level value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--as", dest="as_email", help="your staff e-mail")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")


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


def _job(job: Any, **extra: Any) -> dict[str, Any]:
    return {
        "id": job.id.hex,
        "number": job.number,
        "client": job.client_id.hex,
        "piece": job.owned_piece_id.hex if job.owned_piece_id else None,
        "kind": str(job.kind),
        "status": str(job.status),
        "work": job.description,
        "intake_condition": job.intake_condition,
        "estimate": job.estimate,
        "currency": job.currency,
        "ready_by": job.ready_by,
        "received_at": job.received_at,
        "sent_to_workshop_at": job.sent_to_workshop_at,
        "ready_at": job.ready_at,
        "collected_at": job.collected_at,
        "returned_at": job.returned_at,
        "closing_note": job.closing_note,
        "signed": bool(job.signature_svg),
        **extra,
    }


def _say(args: argparse.Namespace, payload: dict[str, Any], text: str) -> int:
    if args.json:
        sys.stdout.write(to_json(payload) + "\n")
    else:
        print(text)
    return 0


def _step_text(args: argparse.Namespace, job: Any) -> str:
    return render(
        "service_job.done.step",
        args.lang,
        number=job.number,
        status=Ref(f"word.service_status.{job.status}"),
    )


def _signature(args: argparse.Namespace) -> str:
    if args.signature_file:
        try:
            return Path(args.signature_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise DomainError("cli.cannot_read", path=args.signature_file) from exc
    return str(args.signature or "")


@refusing
def intake(args: argparse.Namespace) -> int:
    if args.receipt:
        check_writable(args.receipt)  # before anything is written
    signature = _signature(args)
    with _open(args) as desk:
        done = desk.service.intake(
            args.client,
            args.kind,
            owned_piece_id=args.piece,
            new_piece=args.new_piece,
            new_piece_metal=args.metal,
            description=args.work,
            intake_condition=args.condition,
            estimate=args.estimate,
            currency=args.currency,
            ready_by=args.ready_by,
            signature=signature,
        ).value
        job = done.job
        extra: dict[str, Any] = {"new_piece": done.piece.id.hex if done.piece else None}
        if args.receipt:
            issued = desk.documents.service_receipt(job.id)
            write_atomically(Path(args.receipt), issued.value.pdf)
            extra |= {"receipt": issued.value.document.number, "receipt_file": args.receipt}
        [summary] = desk.clients.summaries([job.client_id])
        text = render(
            "service_job.done.intake", args.lang, number=job.number, client=summary.display_name
        )
    return _say(args, _job(job, **extra), text)


@refusing
def advance(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        job = desk.service.advance(args.job, args.status, args.note).value
    return _say(args, _job(job), _step_text(args, job))


@refusing
def collect(args: argparse.Namespace) -> int:
    if args.slip:
        check_writable(args.slip)
    with _open(args) as desk:
        job = desk.service.collect(args.job, args.note).value
        extra: dict[str, Any] = {}
        if args.slip:
            issued = desk.documents.collection_slip(job.id)
            write_atomically(Path(args.slip), issued.value.pdf)
            extra = {"slip": issued.value.document.number, "slip_file": args.slip}
    return _say(args, _job(job, **extra), _step_text(args, job))


@refusing
def show(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        job = desk.service.get(args.job)
    return _say(args, _job(job), _step_text(args, job))
