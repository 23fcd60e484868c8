"""`clients add` and `clients edit`: a client entered or corrected from the command line,
for support and scripts, as the app's New-client and Edit-client dialogs do it. Listed
under `clients`: `cli/directory.py` adds them to that group.

Each acts as `--as EMAIL` (their role checked as in the app: only a store manager or
head office changes a home store), writes in one transaction (a refusal leaves
nothing half-written and exits 2 with the app's message), and prints the client, or
with `--json` one JSON object."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import refusing, to_json
from jeweldesk.domain.messages import render

# Option → `desk.clients` field: the same names the dialogs save under.
IDENTITY_OPTIONS = {
    "title": "title",
    "family": "family_name",
    "given": "given_name",
    "name_local": "name_local",
    "name_latin": "name_romanised",
    "greeting": "greeting_name",
    "language": "language",
    "birthday": "birthday",
    "gender": "gender",
    "channel": "preferred_channel",
    "contact_hours": "contact_hours",
    "source": "source",
}


def _common(p: Any) -> None:
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    p.add_argument("--as", dest="as_email", required=True, help="your staff e-mail")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")


def _identity(p: Any, *, new: bool) -> None:
    if new:
        p.add_argument(
            "--name", default="", help="the name in any script: 王美玲, 陳嘉欣 or Claire Dubois"
        )
    p.add_argument("--name-local", default=None, help="the name in its own script (王美玲)")
    p.add_argument("--name-latin", default=None, help="the name in Latin letters")
    p.add_argument("--family", default=None, help="family name")
    p.add_argument("--given", default=None, help="given name")
    p.add_argument("--title", default=None, help="Mrs, Dr, 先生…")
    p.add_argument("--greeting", default=None, help="how the client is greeted: 王女士")
    p.add_argument("--language", default=None, help="en, zh_CN, zh_TW, fr…")
    p.add_argument(
        "--birthday",
        default=None,
        help="1988-02-29, 1990年5月1日, or 05-01 (no year)" + ("" if new else "; '' clears it"),
    )
    p.add_argument("--gender", default=None, help=argparse.SUPPRESS)
    p.add_argument("--channel", default=None, help="preferred channel: phone, wechat, email…")
    p.add_argument("--contact-hours", default=None, help="10:00-18:00")
    p.add_argument("--source", default=None, help="walk-in, referral…")
    p.add_argument("--store", default=None, help="home store code (a store manager's change)")
    p.add_argument(
        "--phone",
        action="append",
        default=[],
        help="a phone as typed, with its extension if any (repeatable)",
    )
    p.add_argument("--email", action="append", default=[], help="an e-mail (repeatable)")


def register(clients: Any) -> None:
    """Add `add` and `edit` to the `clients` group's subcommands."""
    p = clients.add_parser("add", help="add a client (a likely duplicate is reported, not refused)")
    _identity(p, new=True)
    _common(p)
    p.set_defaults(handler=add_client)

    p = clients.add_parser("edit", help="correct a client's names, details and contacts")
    p.add_argument("id", help="the client (id)")
    _identity(p, new=False)
    p.add_argument("--label", default="", help="label of the contacts added: mobile, office…")
    p.add_argument("--extension", default="", help="extension of the phone added")
    p.add_argument(
        "--remove-contact", action="append", default=[], metavar="CONTACT", help="contact id"
    )
    p.add_argument("--primary", default=None, metavar="CONTACT", help="make this contact primary")
    _common(p)
    p.set_defaults(handler=edit_client)


def _acting(desk: Any, args: argparse.Namespace) -> None:
    person = desk.directory.person(args.as_email)
    desk.act_as(person.id)
    args.lang = args.lang or getattr(person, "language", None) or desk.lang


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    return {
        field: getattr(args, option)
        for option, field in IDENTITY_OPTIONS.items()
        if getattr(args, option, None) is not None
    }


def _store_id(desk: Any, code: str | None) -> Any:
    return desk.directory.store(code).id if code else None


def _shown(desk: Any, client_id: Any, notices: Any, lang: str) -> dict[str, Any]:
    from jeweldesk.services.clients import shown_phone

    profile = desk.clients.profile(client_id)
    region = desk.clients.region()
    client = profile.client
    return {
        "id": client.id.hex,
        "display_name": profile.summary.display_name,
        "family_name": client.family_name,
        "given_name": client.given_name,
        "name_local": client.name_local,
        "name_romanised": client.name_romanised,
        "title": client.title,
        "greeting_name": client.greeting_name,
        "language": client.language,
        "home_store": profile.summary.home_store_code,
        "birthday": next(
            (
                f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
                if d.year
                else f"--{d.month:02d}-{d.day:02d}"
                for d in profile.dates
                if str(d.kind) == "birthday" and d.relationship_id is None
            ),
            None,
        ),
        "contacts": [
            {
                "id": c.id.hex,
                "kind": str(c.kind),
                "value": c.value,
                "normalised": c.normalised,
                "shown": shown_phone(c.normalised, region) if c.normalised[:1] == "+" else c.value,
                "extension": c.extension,
                "label": c.label,
                "primary": c.is_primary,
            }
            for c in profile.contacts
        ],
        "notices": [{"key": n.key, "message": render(n.key, lang, **n.params)} for n in notices],
    }


def _print(record: dict[str, Any], message: str, args: argparse.Namespace) -> None:
    if args.json:
        sys.stdout.write(to_json(record) + "\n")
        return
    print(message)
    for contact in record["contacts"]:
        extra = f" ext. {contact['extension']}" if contact["extension"] else ""
        mark = " *" if contact["primary"] else ""
        print(f"  {contact['kind']}: {contact['shown']}{extra}{mark}  [{contact['id']}]")
    for notice in record["notices"]:
        print(notice["message"], file=sys.stderr)


@refusing
def add_client(args: argparse.Namespace) -> int:
    from jeweldesk.domain.names import has_cjk

    desk = open_desk(args.data_dir)
    with desk:
        _acting(desk, args)
        fields = _fields(args)
        name = (args.name or "").strip()
        if name and has_cjk(name):
            fields.setdefault("name_local", name)
        elif name:
            fields.setdefault("name_romanised", name)  # 'Chan Ka Yan': its order is not known
        birthday = fields.pop("birthday", None)
        written = desk.clients.create(
            **fields,
            phones=args.phone,
            emails=args.email,
            home_store_id=_store_id(desk, args.store),
            birthday=birthday,
        )
        record = _shown(desk, written.value.id, written.changes.notices, args.lang)
    message = render("client.added", args.lang, name=record["display_name"], id=record["id"])
    _print(record, message, args)
    return 0


@refusing
def edit_client(args: argparse.Namespace) -> int:
    from jeweldesk.services.clients import ContactDraft

    desk = open_desk(args.data_dir)
    with desk:
        _acting(desk, args)
        fields = _fields(args)
        if args.store:
            fields["home_store_id"] = _store_id(desk, args.store)
        drafts = [
            ContactDraft("phone", p, label=args.label, extension=args.extension) for p in args.phone
        ] + [ContactDraft("email", e, label=args.label) for e in args.email]
        written = desk.clients.edit(
            args.id,
            fields,
            add_contacts=drafts,
            remove_contacts=args.remove_contact,
            primary=args.primary,
        )
        record = _shown(desk, written.value.id, written.changes.notices, args.lang)
    changed = sorted(fields) + (
        ["contacts"] if drafts or args.remove_contact or args.primary else []
    )
    message = render(
        "client.saved", args.lang, name=record["display_name"], fields=", ".join(changed)
    )
    _print(record, message, args)
    return 0
