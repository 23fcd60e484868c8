"""`actions` (an advisor's day) and `kpis` (a store's figures): for scripts, support
staff and tests."""

from __future__ import annotations

import datetime as dt
import sys

from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import fail, json_lines, refusing, table, to_json
from jeweldesk.domain.errors import DomainError


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def register(sub) -> None:
    p = sub.add_parser("actions", help="an advisor's next-best actions for the day, ranked")
    p.add_argument("--data-dir", help="folder holding the store")
    p.add_argument("--advisor", required=True, help="advisor id or e-mail")
    p.add_argument("--date", type=_date, help="the day (YYYY-MM-DD, store time); default today")
    p.add_argument("--lang", default=None, help="language of reasons (en, zh_CN, zh_TW)")
    p.add_argument("--json", action="store_true", help="print JSON lines")
    p.set_defaults(handler=show_actions)
    p = sub.add_parser("kpis", help="a store's clienteling KPIs for a period")
    p.add_argument("--data-dir", help="folder holding the store")
    p.add_argument("--store", required=True, help="store code, e.g. SH01")
    p.add_argument("--from", dest="start", type=_date, help="first day (default: 30 days to --to)")
    p.add_argument("--to", dest="end", type=_date, help="last day (default: today)")
    p.add_argument("--lang", default=None)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=show_kpis)


@refusing
def show_actions(args) -> int:
    with open_desk(args.data_dir) as desk:
        try:
            views = desk.actions.today(args.advisor, day=args.date, lang=args.lang)
        except DomainError as exc:
            return fail(exc, args)
    rows = [
        {
            "rank": n,
            "id": str(v.id),
            "kind": v.kind,
            "client_id": str(v.client_id),
            "client": v.client_display_name,
            "greeting": v.client_name,
            "priority": v.priority,
            "due": v.due_on.isoformat(),
            "overdue": v.overdue,
            "channel": v.channel,
            "reason": v.reason,
            "draft": v.draft,
            "draft_language": v.client_language,
            "contact_from": v.contact_from.isoformat() if v.contact_from else None,
            "key": v.key,
        }
        for n, v in enumerate(views, start=1)
    ]
    if args.json:
        json_lines(rows)
    else:
        table(rows, ["rank", "priority", "due", "client", "reason"])
    return 0


@refusing
def show_kpis(args) -> int:
    with open_desk(args.data_dir) as desk:
        try:
            figures = desk.kpis.for_store(args.store, args.start, args.end).as_dict()
        except DomainError as exc:
            return fail(exc, args)
    if args.json:
        sys.stdout.write(to_json(figures) + "\n")
    else:
        for name, value in figures.items():
            shown = (
                f"{value['percent']}% ({value['numerator']}/{value['denominator']})"
                if isinstance(value, dict) and "percent" in value
                else value
            )
            print(f"{name:<24} {shown}")
    return 0
