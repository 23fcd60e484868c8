"""`benefits list|issue|redeem|withdraw`: a client's benefits and vouchers from the
command line, with the same rules and refusals as the app (`desk.benefits`), acting
as the person named by `--as`. A refusal prints the app's message and exits 2, and
nothing is written."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, cast

from jeweldesk.cli import output
from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import to_json

Handler = Callable[[argparse.Namespace], int]
# A refusal (`DomainError`) ends the command with its message and exit code 2.
refusing = cast(Callable[[Handler], Handler], output.refusing)


def register(sub: Any) -> None:
    benefits = sub.add_parser(
        "benefits", help="benefits and vouchers: list, issue, redeem, withdraw"
    ).add_subparsers(dest="action", required=True)

    p = benefits.add_parser("list", help="a client's benefits, usable ones first")
    _common(p)
    p.add_argument("client", help="the client's id")
    p.set_defaults(handler=list_benefits)

    p = benefits.add_parser(
        "issue", help="a purchase's benefit (--purchase, --kind) or a campaign voucher (--client)"
    )
    _common(p)
    p.add_argument("--purchase", help="the purchase's id: issue what it comes with")
    p.add_argument("--kind", help="with --purchase: cleaning, resizing or engraving")
    p.add_argument("--client", help="the client's id: issue a campaign voucher")
    p.add_argument("--title", default="", help="the voucher's name")
    p.add_argument("--title-zh", default="", help="its Chinese name")
    p.add_argument("--value", default=None, help="its value, e.g. 2000 or ¥2,000")
    p.add_argument("--currency", default="", help="ISO code (default: the store's)")
    p.add_argument("--valid-from", default=None, help="YYYY-MM-DD (default: today)")
    p.add_argument("--valid-until", default=None, help="YYYY-MM-DD, the last day it can be used")
    p.add_argument("--conditions", default="", help="its conditions, as printed")
    p.add_argument("--code", default="", help="its code (default: a new one)")
    p.add_argument(
        "--max-uses", default="1", help="how many times it can be used (empty: unlimited)"
    )
    p.set_defaults(handler=issue)

    p = benefits.add_parser("redeem", help="record a use at the counter")
    _common(p)
    p.add_argument("benefit", help="the benefit's id or the voucher's code")
    p.add_argument("--note", default="", help="what it was used for")
    p.set_defaults(handler=redeem)

    p = benefits.add_parser("withdraw", help="end a benefit before its time (store managers)")
    _common(p)
    p.add_argument("benefit", help="the benefit's id or the voucher's code")
    p.add_argument("--reason", default="", help="why, for the audit log")
    p.set_defaults(handler=withdraw)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X benefits …` keeps the top-level value.
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


def _done(args: argparse.Namespace, payload: Any, text: str) -> int:
    if args.json:
        sys.stdout.write(to_json(payload) + "\n")
    else:
        print(text)
    return 0


def _benefit(view: Any) -> dict[str, Any]:
    b = view.benefit
    return {
        "id": str(b.id),
        "client": str(b.client_id),
        "source": str(b.source),
        "purchase": str(b.purchase_id) if b.purchase_id else None,
        "code": b.code,
        "title": b.title,
        "title_zh": b.title_zh,
        "conditions": b.conditions,
        "value": str(b.value) if b.value is not None else None,
        "currency": b.currency,
        "valid_from": b.valid_from,
        "valid_until": b.valid_until,
        "max_uses": b.max_uses,
        "uses": len(view.uses),
        "remaining": view.remaining,
        "standing": str(view.standing),
        "store": view.store_code,
        "issued_at": b.issued_at,
        "withdrawn_at": b.expired_at,
    }


def _line(view: Any) -> str:
    b = view.benefit
    until = f" until {b.valid_until}" if b.valid_until else ""
    left = "unlimited" if view.remaining is None else f"{view.remaining} left"
    return f"{b.code}  {b.title}{until}  {left}  {view.standing}"


@refusing
def list_benefits(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        views = desk.benefits.for_client(args.client)
    return _done(args, [_benefit(v) for v in views], "\n".join(_line(v) for v in views))


@refusing
def issue(args: argparse.Namespace) -> int:
    from jeweldesk.domain.errors import ValidationError

    if bool(args.purchase) == bool(args.client):
        raise ValidationError("benefit.issue_what")
    with _open(args) as desk:
        if args.purchase:
            written = desk.benefits.issue_from_purchase(args.purchase, args.kind or "")
        else:
            written = desk.benefits.issue_voucher(
                args.client,
                title=args.title,
                title_zh=args.title_zh,
                value=args.value,
                currency=args.currency,
                valid_from=args.valid_from,
                valid_until=args.valid_until,
                conditions=args.conditions,
                code=args.code,
                max_uses=args.max_uses,
            )
        view = desk.benefits.get(written.value.id)
    return _done(args, _benefit(view), f"Issued {_line(view)}")


@refusing
def redeem(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        use = desk.benefits.redeem(args.benefit, note=args.note).value
        view = desk.benefits.get(use.benefit_id)
    payload = {
        "use": str(use.id),
        "benefit": str(use.benefit_id),
        "used_at": use.used_at,
        "note": use.note,
        "remaining": view.remaining,
    }
    return _done(args, payload, f"Used {_line(view)}")


@refusing
def withdraw(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        row = desk.benefits.withdraw(args.benefit, reason=args.reason).value
        view = desk.benefits.get(row.id)
    return _done(args, _benefit(view), f"Withdrew {_line(view)}")
