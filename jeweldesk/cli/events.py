"""`events list|create|edit|invite|rsvp|attend|cancel`: the store's events from the command
line, with the same rules and refusals as the app (`desk.events`), acting as the
person named by `--as`. An invitation the fatigue guard warns of is written only with
`--override`; without it nothing is written and the warnings end the command (exit 2)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, cast

from jeweldesk.cli import output
from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import to_json
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.messages import Named, Ref, render
from jeweldesk.domain.names import halfwidth

Handler = Callable[[argparse.Namespace], int]
# A refusal (`DomainError`) ends the command with its message and exit code 2.
refusing = cast(Callable[[Handler], Handler], output.refusing)


def register(sub: Any) -> None:
    events = sub.add_parser(
        "events", help="events at the store: create, invite, RSVP, attendance"
    ).add_subparsers(dest="action", required=True)

    p = events.add_parser("list", help="the store's events from 30 days ago, soonest first")
    _common(p)
    p.set_defaults(handler=list_events)

    p = events.add_parser("create", help="create an event (store managers, VIC consultants)")
    _common(p)
    p.add_argument(
        "--kind", required=True, help="launch, workshop, private_viewing, in_store_event"
    )
    p.add_argument("--title", required=True, help="the event's name")
    p.add_argument("--title-zh", default="", help="its Chinese name")
    p.add_argument("--starts", required=True, help="store time, 'YYYY-MM-DD HH:MM'")
    p.add_argument("--ends", default=None, help="store time (default: two hours after)")
    p.add_argument("--capacity", default=None, help="places (a positive whole number)")
    p.add_argument("--room", default=None, help="the room or salon (name or id)")
    p.add_argument("--host", default=None, help="the host's staff e-mail")
    p.add_argument("--collection", default="", help="the collection it presents")
    p.add_argument("--description", default="", help="what it is")
    p.set_defaults(handler=create_event)

    p = events.add_parser("edit", help="change an event (store managers, VIC consultants)")
    _common(p)
    p.add_argument("event", help="the event's id")
    p.add_argument("--title", default=None, help="a new name")
    p.add_argument("--title-zh", default=None, help="a new Chinese name")
    p.add_argument(
        "--starts", default=None, help="store time, 'YYYY-MM-DD HH:MM' (keeps its length)"
    )
    p.add_argument("--ends", default=None, help="store time")
    p.add_argument("--capacity", default=None, help="places; 'none' for no limit")
    p.add_argument("--room", default=None, help="the room or salon (name or id; 'none')")
    p.add_argument("--host", default=None, help="the host's staff e-mail ('none')")
    p.set_defaults(handler=edit_event)

    p = events.add_parser("invite", help="invite clients, or the book or a filtered list")
    _common(p)
    p.add_argument("event", help="the event's id")
    p.add_argument("clients", nargs="*", help="client ids")
    p.add_argument("--from-book", action="store_true", help="the clients of your book")
    p.add_argument("--everyone", action="store_true", help="the store's clients")
    p.add_argument("--segment", default=None, help="only this segment (vic, core…)")
    p.add_argument("--preference", default=None, help="only those whose preferences say this")
    p.add_argument(
        "--override",
        action="store_true",
        help="invite even those the event-fatigue guard warns of",
    )
    p.set_defaults(handler=invite)

    p = events.add_parser("rsvp", help="record a client's answer")
    _common(p)
    p.add_argument("event", help="the event's id")
    p.add_argument("client", help="the client's id")
    p.add_argument("answer", help="accepted, declined or pending")
    p.add_argument("--guests", default=None, help="guests they bring")
    p.set_defaults(handler=rsvp)

    p = events.add_parser("attend", help="mark a guest as there (logs the contact)")
    _common(p)
    p.add_argument("event", help="the event's id")
    p.add_argument("client", help="the client's id")
    p.add_argument("--undo", action="store_true", help="they were marked by mistake")
    p.set_defaults(handler=attend)

    p = events.add_parser("cancel", help="cancel an event (store managers, VIC consultants)")
    _common(p)
    p.add_argument("event", help="the event's id")
    p.set_defaults(handler=cancel_event)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `jeweldesk --data-dir X events …` keeps the top-level value.
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


def _when(text: str | None, field: str) -> dt.datetime | None:
    if text is None:
        return None
    cleaned = halfwidth(text).strip().replace("T", " ")
    try:
        return dt.datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError("event.bad_time", field=field, value=text) from None


def _room(desk: Any, text: str | None) -> Any:
    if text is None:
        return None
    wanted = text.strip().lower()
    for room in desk.directory.rooms(desk.home_store_id):
        if wanted in (
            room.id.hex,
            str(room.id),
            room.name.lower(),
            (room.name_local or "").lower(),
        ):
            return room.id
    raise NotFound("event.room_not_found")


def _event_json(view: Any) -> dict[str, Any]:
    out = dataclasses.asdict(view.event)
    out.update(
        room=view.room,
        host=view.host,
        invited=view.invited,
        accepted=view.accepted,
        declined=view.declined,
        coming=view.coming,
        attended=view.attended,
        places_left=view.places_left,
    )
    return out


def _title(view: Any) -> Named:
    return Named(view.event.title, view.event.title_zh)


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    if args.json:
        sys.stdout.write(to_json(payload) + "\n")
    else:
        print(text)


@refusing
def list_events(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        views = desk.events.upcoming()
        zone = desk.directory.store(desk.home_store_id).timezone if desk.home_store_id else "UTC"
    if args.json:
        output.json_lines(_event_json(v) for v in views)
        return 0
    rows = [
        {
            "id": v.id,
            "starts": v.event.starts_at.astimezone(_zone(zone)).strftime("%Y-%m-%d %H:%M"),
            "kind": render(f"word.event.{v.event.kind}", args.lang),
            "title": _shown(v, args.lang),
            "coming": f"{v.coming}/{v.event.capacity}" if v.event.capacity else str(v.coming),
            "invited": v.invited,
            "cancelled": "cancelled" if v.event.cancelled_at else "",
        }
        for v in views
    ]
    output.table(rows, ["id", "starts", "kind", "title", "coming", "invited", "cancelled"])
    return 0


def _shown(view: Any, lang: str) -> str:
    zh = lang.startswith("zh") and bool(view.event.title_zh)
    return str(view.event.title_zh if zh else view.event.title)


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


@refusing
def create_event(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        made = desk.events.create(
            kind=args.kind,
            title=args.title,
            title_zh=args.title_zh,
            starts_at=_when(args.starts, "starts_at"),
            ends_at=_when(args.ends, "ends_at"),
            capacity=args.capacity,
            room_id=_room(desk, args.room),
            host_id=args.host,
            collection=args.collection,
            description=args.description,
        ).value
        view = desk.events.get(made.id)
        zone = desk.directory.store(made.store_id).timezone
    when = made.starts_at.astimezone(_zone(zone))
    _print(
        args, _event_json(view), render("event.created", args.lang, title=_title(view), when=when)
    )
    return 0


def _none(text: str | None) -> bool:
    return text is not None and text.strip().lower() in ("none", "-", "")


@refusing
def edit_event(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        changes: dict[str, Any] = {
            "title": args.title,
            "title_zh": args.title_zh,
            "starts_at": _when(args.starts, "starts_at"),
            "ends_at": _when(args.ends, "ends_at"),
        }
        if args.capacity is not None:
            changes["capacity"] = None if _none(args.capacity) else args.capacity
        if args.room is not None:
            changes["room_id"] = None if _none(args.room) else _room(desk, args.room)
        if args.host is not None:
            changes["host_id"] = None if _none(args.host) else args.host
        desk.events.edit(args.event, **changes)
        view = desk.events.get(args.event)
        zone = desk.directory.store(view.event.store_id).timezone
    when = view.event.starts_at.astimezone(_zone(zone))
    _print(
        args, _event_json(view), render("event.created", args.lang, title=_title(view), when=when)
    )
    return 0


@refusing
def invite(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        chosen: list[Any] = list(args.clients)
        if args.from_book or args.everyone or args.segment or args.preference:
            offered = desk.events.candidates(
                args.event,
                everyone=args.everyone,
                segment=args.segment,
                preference=args.preference,
            )
            chosen += [c.client_id for c in offered if not c.invited]
        done = desk.events.invite(args.event, chosen, override=args.override).value
        view = desk.events.get(args.event)
    warnings = [
        {"client": w.client_id, "name": w.name, "warning": w.key, "message": w.message(args.lang)}
        for w in done.warnings
    ]
    if done.held:
        if args.json:
            sys.stdout.write(
                to_json(
                    {
                        "error": "event.fatigue",
                        "invited": [],
                        "warnings": warnings,
                        "message": render("event.held", args.lang),
                    }
                )
                + "\n"
            )
        else:
            for w in warnings:
                print(w["message"], file=sys.stderr)
            print(render("event.held", args.lang), file=sys.stderr)
        return 2
    payload = {
        "event": view.id,
        "invited": [dataclasses.asdict(i) for i in done.invitations],
        "warnings": warnings,
    }
    text = "\n".join(
        [w["message"] for w in warnings]
        + [render("event.invited", args.lang, title=_title(view), count=len(done.invitations))]
    )
    _print(args, payload, text)
    return 0


@refusing
def rsvp(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        invitation = desk.events.find_invitation(args.event, args.client)
        row = desk.events.rsvp(invitation.id, args.answer, guests=args.guests).value
        guest = next((g for g in desk.events.guests(args.event) if g.invitation.id == row.id), None)
    text = render(
        "event.rsvp_recorded",
        args.lang,
        name=guest.client_name if guest else row.client_id.hex,
        answer=Ref(f"word.rsvp.{row.rsvp}"),
        guests=row.guests,
    )
    _print(args, dataclasses.asdict(row), text)
    return 0


@refusing
def attend(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        invitation = desk.events.find_invitation(args.event, args.client)
        row = desk.events.attend(invitation.id, attended=not args.undo).value
        view = desk.events.get(args.event)
        guest = next((g for g in desk.events.guests(args.event) if g.invitation.id == row.id), None)
    key = "event.attendance_removed" if args.undo else "event.attended_recorded"
    name = guest.client_name if guest else row.client_id.hex
    _print(args, dataclasses.asdict(row), render(key, args.lang, name=name, title=_title(view)))
    return 0


@refusing
def cancel_event(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        desk.events.cancel(args.event)
        view = desk.events.get(args.event)
    _print(args, _event_json(view), render("event.cancelled", args.lang, title=_title(view)))
    return 0
