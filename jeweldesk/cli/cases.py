"""`cases open|respond|resolve|follow-up|close|reopen|list`: service-recovery cases from
the command line, with the same rules and refusals as the app (`desk.cases`), acting as
the person named by `--as`."""

from __future__ import annotations

import argparse
import dataclasses
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
    cases = sub.add_parser(
        "cases", help="service-recovery cases: open, respond, resolve, follow up, close, reopen"
    ).add_subparsers(dest="action", required=True)

    p = cases.add_parser("open", help="open a case for a client's complaint")
    _common(p)
    p.add_argument("client", help="the client's id")
    p.add_argument("--complaint", required=True, help="what the client complains of")
    p.add_argument("--channel", default="", help="how it reached the store (phone, wechat…)")
    p.add_argument("--severity", default="medium", help="low, medium, high or critical")
    p.add_argument(
        "--sensitive-note",
        default="",
        help="seen only by you, store managers and head office",
    )
    p.set_defaults(handler=open_case)

    p = cases.add_parser("respond", help="the first response: apology, gesture, manager")
    _common(p)
    p.add_argument("case", help="the case's id")
    p.add_argument("--apology", default=None, help="the apology made")
    p.add_argument("--gesture", default=None, help="the gesture offered")
    p.add_argument("--gesture-value", default=None, help="its value ('1,200', '¥1,200')")
    p.add_argument("--currency", default="", help="the value's currency (default: the store's)")
    p.add_argument("--manager", default=None, help="the store manager involved (e-mail)")
    p.add_argument("--sensitive-note", default=None, help="replace the sensitive note")
    p.set_defaults(handler=respond_case)

    p = cases.add_parser("resolve", help="resolve the case, with the follow-up day")
    _common(p)
    p.add_argument("case", help="the case's id")
    p.add_argument("--resolution", required=True, help="how it was resolved")
    p.add_argument("--follow-up", default=None, help="the day of the follow-up check (YYYY-MM-DD)")
    p.set_defaults(handler=resolve_case)

    p = cases.add_parser("follow-up", help="record the follow-up check with the client")
    _common(p)
    p.add_argument("case", help="the case's id")
    p.add_argument("--note", default="", help="what the client said")
    p.set_defaults(handler=follow_up_case)

    p = cases.add_parser("close", help="close a resolved case (store managers)")
    _common(p)
    p.add_argument("case", help="the case's id")
    p.set_defaults(handler=close_case)

    p = cases.add_parser("reopen", help="reopen a resolved or closed case, with the reason")
    _common(p)
    p.add_argument("case", help="the case's id")
    p.add_argument("--reason", default="", help="why it is reopened (required)")
    p.set_defaults(handler=reopen_case)

    p = cases.add_parser(
        "list", help="a client's cases, or the store's open cases by SLA (managers)"
    )
    _common(p)
    p.add_argument("--client", default=None, help="this client's cases (id)")
    p.set_defaults(handler=list_cases)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X cases …` keeps the top-level value.
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


def _plain(view: Any) -> dict[str, Any]:
    """A case as JSON: its fields, and where it stands against the SLA."""
    out = dataclasses.asdict(view.case)
    sla = view.sla
    out["sla"] = {
        "step": str(sla.step),
        "due_at": sla.due_at,
        "seconds_left": int(sla.left.total_seconds()),
        "overdue": sla.overdue,
        "met": sla.met,
    }
    out["sensitive_withheld"] = view.sensitive_withheld
    out["client_name"] = view.client_name
    return out


def _sla_text(view: Any) -> str:
    sla = view.sla
    if str(sla.step) == "done":
        return "SLA met" if sla.met else "SLA missed"
    minutes = int(abs(sla.left.total_seconds()) // 60)
    span = f"{minutes // 60} h {minutes % 60:02d} min"
    what = "first response" if str(sla.step) == "respond" else "resolution"
    return f"{what} overdue by {span}" if sla.overdue else f"{what} due in {span}"


def _show(args: argparse.Namespace, desk: Any, case_id: Any, verb: str) -> int:
    view = desk.cases.get(case_id)
    if args.json:
        sys.stdout.write(to_json(_plain(view)) + "\n")
    else:
        print(f"Case {view.id} {verb}: {view.case.status} ({_sla_text(view)})")
    return 0


@refusing
def open_case(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        case = desk.cases.open(
            args.client,
            args.complaint,
            channel=args.channel,
            severity=args.severity,
            sensitive_note=args.sensitive_note,
        ).value
        return _show(args, desk, case.id, "opened")


@refusing
def respond_case(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        extra: dict[str, Any] = {}
        if args.manager is not None:
            extra["manager_id"] = args.manager
        case = desk.cases.respond(
            args.case,
            apology=args.apology,
            gesture=args.gesture,
            gesture_value=args.gesture_value,
            gesture_currency=args.currency,
            sensitive_note=args.sensitive_note,
            **extra,
        ).value
        return _show(args, desk, case.id, "responded")


@refusing
def resolve_case(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        case = desk.cases.resolve(args.case, args.resolution, follow_up_due=args.follow_up).value
        return _show(args, desk, case.id, "resolved")


@refusing
def follow_up_case(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        case = desk.cases.follow_up(args.case, args.note).value
        return _show(args, desk, case.id, "followed up")


@refusing
def close_case(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        case = desk.cases.close(args.case).value
        return _show(args, desk, case.id, "closed")


@refusing
def reopen_case(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        case = desk.cases.reopen(args.case, args.reason).value
        return _show(args, desk, case.id, "reopened")


@refusing
def list_cases(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        views = desk.cases.for_client(args.client) if args.client else desk.cases.open_cases()
    if args.json:
        output.json_lines(_plain(v) for v in views)
        return 0
    output.table(
        [
            {
                "id": v.id.hex,
                "client": v.client_name,
                "status": str(v.case.status),
                "severity": v.case.severity,
                "sla": _sla_text(v),
                "complaint": v.case.complaint[:40],
            }
            for v in views
        ],
        ["id", "client", "status", "severity", "sla", "complaint"],
    )
    return 0
