"""`import clients|undo|list`: a house's client list brought into the store, by a store
manager or head office, with a dry run that prints the whole plan first.

The import machinery loads when a command runs, not when `jeweldesk` starts (the app
starts through the same entry point and paints before it loads SQLAlchemy)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import refusing, to_json
from jeweldesk.domain.messages import Ref, render

if TYPE_CHECKING:
    from jeweldesk.imports.drafts import Problem
    from jeweldesk.imports.plan import Candidate, ImportPlan, RowPlan
    from jeweldesk.services.imports import ImportResult


def register(sub: Any) -> None:
    imports = sub.add_parser(
        "import", help="import a client list (CSV, TSV, Excel); undo an import"
    ).add_subparsers(dest="action", required=True)
    p = imports.add_parser("clients", help="import clients from a CSV, TSV or XLSX file")
    _common(p)
    p.add_argument("file", help="the client list (.csv, .tsv or .xlsx)")
    p.add_argument("--dry-run", action="store_true", help="print the whole plan, write nothing")
    p.add_argument("--encoding", help="the text file's encoding (default: detected)")
    p.add_argument(
        "--mapping", help='JSON file of {"column header": "field"} for headers not recognised'
    )
    p.add_argument(
        "--merge-into-existing",
        action="store_true",
        help="add a proposed duplicate's new contacts and birthday to the client it matches",
    )
    p.set_defaults(handler=import_clients)
    p = imports.add_parser("undo", help="remove everything one import wrote")
    _common(p)
    p.add_argument("batch", help="the import's id (as printed by `import clients`)")
    p.set_defaults(handler=undo_import)
    p = imports.add_parser("list", help="this device's imports")
    _common(p)
    p.set_defaults(handler=list_imports)
    from jeweldesk.cli.exporting import register_import_vcard

    register_import_vcard(imports)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X import …` keeps the top-level value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--as", dest="as_email", required=True, help="your staff e-mail")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")


def _open(args: argparse.Namespace) -> Any:
    desk = open_desk(args.data_dir)
    try:
        person = desk.directory.person(args.as_email)
        desk.act_as(person.id)
    except Exception:
        desk.close()
        raise
    args.lang = args.lang or getattr(person, "language", None) or desk.lang
    return desk


@refusing
def import_clients(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        plan = desk.imports.plan(args.file, encoding=args.encoding, mapping=args.mapping)
        result = None
        if not args.dry_run:
            result = desk.imports.apply(plan, merge_into_existing=args.merge_into_existing).value
    if args.json:
        sys.stdout.write(
            to_json(plan_json(plan, result, args.lang, args.merge_into_existing)) + "\n"
        )
    else:
        print_plan(plan, result, args.lang, dry_run=args.dry_run, merge=args.merge_into_existing)
    return 0


@refusing
def undo_import(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        done = desk.imports.undo(args.batch).value
    if args.json:
        sys.stdout.write(
            to_json({"batch": str(done.batch_id), "clients": done.clients, "records": done.records})
            + "\n"
        )
    else:
        print(
            render(
                "import.undone",
                args.lang,
                batch=str(done.batch_id),
                clients=done.clients,
                records=done.records,
            )
        )
    return 0


@refusing
def list_imports(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        batches = desk.imports.batches()
    for b in batches:
        row = {
            "id": str(b.id),
            "file": b.file_name,
            "at": b.created_at,
            "status": b.status,
            **b.summary,
        }
        if args.json:
            sys.stdout.write(to_json(row) + "\n")
        else:
            counts = ", ".join(f"{k} {v}" for k, v in b.summary.items())
            print(f"{b.id}  {b.created_at:%Y-%m-%d %H:%M}  {b.status:<8}  {b.file_name}  {counts}")
    return 0


# --- the plan as text and as JSON ---------------------------------------------------------


def problem_text(problem: Problem, lang: str) -> str:
    return render(problem.key, lang, **dict(problem.params))


def reason_text(candidate: Candidate, lang: str) -> tuple[Ref, ...]:
    return tuple(Ref(f"duplicate.reason.{r}") for r in sorted(candidate.reasons))


def row_messages(row: RowPlan, lang: str, merge: bool) -> list[str]:
    """What a person reads about one row, in their language."""
    from jeweldesk.imports.plan import Action

    out: list[str] = []
    if row.action is Action.REFUSED:
        out.append(render("import.row.refused", lang, message=problem_text(row.problems[0], lang)))
        problems = row.problems[1:]
    else:
        problems = row.problems
    if row.action is Action.KNOWN:
        out.append(
            render("import.row.known", lang, line=row.known_line, batch=str(row.known_batch))
        )
    for cand in row.candidates if row.action is Action.MERGE else ():
        reason = reason_text(cand, lang)
        if cand.client_id is not None:
            out.append(render("import.row.same_client", lang, name=cand.name, reason=reason))
        else:
            out.append(
                render("import.row.same_line", lang, line=cand.line, name=cand.name, reason=reason)
            )
    if row.action is Action.MERGE:
        if row.target is None:
            out.append(render("import.row.several", lang))
        elif merge:
            out.append(render("import.row.merged", lang, name=row.target.name))
        else:
            out.append(render("import.row.merge_skipped", lang))
    out += [render("import.left_out", lang, message=problem_text(p, lang)) for p in problems]
    return out


def _side(name: str, phone: str, email: str) -> str:
    return " | ".join(v or "—" for v in (name, phone, email))


def print_plan(
    plan: ImportPlan, result: ImportResult | None, lang: str, *, dry_run: bool, merge: bool
) -> None:
    from jeweldesk.imports.plan import Action
    from jeweldesk.services.imports import draft_name

    for row in plan.rows:
        messages = row_messages(row, lang, merge)
        if not dry_run and not messages:
            continue  # a new client with nothing to say: counted in the summary
        label = render(f"import.action.{row.action.value}", lang)
        where = render("import.line", lang, line=row.line)
        print(f"{where}  {label}  {draft_name(row.draft)}")
        for text in messages:
            print(f"    {text}")
        if row.action is Action.MERGE:
            d = row.draft
            phone = next(iter(sorted(d.phone_numbers)), "")
            email = next(iter(sorted(d.email_addresses)), "")
            print(f"      ⇢ {_side(draft_name(d), phone, email)}")
            for cand in row.candidates:
                print(f"      ⇠ {_side(cand.name, cand.phone, cand.email)}")
    if plan.unmapped:
        print(render("import.summary.unmapped", lang, columns=", ".join(plan.unmapped)))
    if plan.blank_rows:
        print(render("import.summary.blank", lang, count=plan.blank_rows))
    print(
        render(
            "import.summary",
            lang,
            file=plan.file_name,
            created=plan.count(Action.NEW),
            merge=plan.count(Action.MERGE),
            known=plan.count(Action.KNOWN),
            refused=plan.count(Action.REFUSED),
            problems=plan.problems,
        )
    )
    if result is None:
        print(render("import.summary.dry_run", lang))
        return
    if plan.count(Action.MERGE):
        print(render("import.summary.merged", lang, merged=result.merged, skipped=result.skipped))
    print(render("import.summary.batch", lang, batch=str(result.batch_id)))


def plan_json(
    plan: ImportPlan, result: ImportResult | None, lang: str, merge: bool
) -> dict[str, Any]:
    from jeweldesk.imports.plan import Action
    from jeweldesk.services.imports import draft_name

    return {
        "file": plan.file_name,
        "format": plan.format,
        "encoding": plan.encoding,
        "dry_run": result is None,
        "batch": str(result.batch_id) if result else None,
        "unmapped": list(plan.unmapped),
        "blank_rows": plan.blank_rows,
        "summary": {
            "new": plan.count(Action.NEW),
            "merge": plan.count(Action.MERGE),
            "known": plan.count(Action.KNOWN),
            "refused": plan.count(Action.REFUSED),
            "problems": plan.problems,
            **(
                {"created": result.created, "merged": result.merged, "skipped": result.skipped}
                if result
                else {}
            ),
        },
        "rows": [
            {
                "line": r.line,
                "action": r.action.value,
                "name": draft_name(r.draft),
                "phones": sorted(r.draft.phone_numbers),
                "emails": sorted(r.draft.email_addresses),
                "problems": [
                    {"field": p.field, "key": p.key, "message": problem_text(p, lang)}
                    for p in r.problems
                ],
                "candidates": [
                    {
                        "client": str(c.client_id) if c.client_id else None,
                        "line": c.line,
                        "name": c.name,
                        "phone": c.phone,
                        "email": c.email,
                        "reasons": sorted(c.reasons),
                    }
                    for c in r.candidates
                ],
                "messages": row_messages(r, lang, merge),
            }
            for r in plan.rows
        ],
    }
