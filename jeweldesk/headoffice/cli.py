"""`jeweldesk headoffice …`: run and administer the head-office service.

Every action takes `--database-url` (default `$JEWELDESK_HO_DATABASE_URL`, else a SQLite
file `headoffice.sqlite3` in the current folder). PINs and passwords are hashed before
they are stored and are never printed or logged."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import sys
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jeweldesk.cli.output import json_lines, table
from jeweldesk.domain.vocab import Role, RoomKind

log = logging.getLogger(__name__)
DATABASE_URL_ENV = "JEWELDESK_HO_DATABASE_URL"
DEFAULT_URL = "sqlite:///headoffice.sqlite3"
MIN_CONSOLE_PASSWORD = 8


class Refused(Exception):
    """Something the person running the command can fix: printed as one line."""


def _database_url(args) -> str:
    return args.database_url or os.environ.get(DATABASE_URL_ENV) or DEFAULT_URL


def _common(parser, *, json: bool = False) -> None:
    parser.add_argument(
        "--database-url",
        default=None,
        metavar="URL",
        help=f"head office's database (default: ${DATABASE_URL_ENV}, else {DEFAULT_URL})",
    )
    if json:
        parser.add_argument("--json", action="store_true", help="print JSON lines")


def register(sub) -> None:
    ho = sub.add_parser("headoffice", help="run and administer the head-office service")
    actions = ho.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = actions.add_parser("serve", help="run the head-office web service")
    _common(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (stateless; any serves any request)",
    )
    p.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    p.set_defaults(handler=_guard(serve))

    p = actions.add_parser(
        "enrol-code", help="a one-time code to enrol a device to a store (valid 24 hours)"
    )
    _common(p)
    p.add_argument("--store", required=True, metavar="CODE")
    p.set_defaults(handler=_guard(enrol_code))

    stores = actions.add_parser("stores", help="the store network").add_subparsers(
        dest="what", required=True
    )
    p = stores.add_parser("add", help="add a store")
    _common(p)
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--timezone", required=True, help="IANA zone, e.g. Asia/Shanghai")
    p.add_argument("--currency", required=True, help="ISO 4217, e.g. CNY")
    p.add_argument(
        "--country", required=True, help="ISO 3166-1 alpha-2, e.g. CN (drives phone parsing)"
    )
    p.add_argument("--name-local", default="")
    p.add_argument("--city", default="")
    p.set_defaults(handler=_guard(add_store))
    p = stores.add_parser("list", help="list stores")
    _common(p, json=True)
    p.set_defaults(handler=_guard(list_stores))

    staff = actions.add_parser("staff", help="staff accounts").add_subparsers(
        dest="what", required=True
    )
    p = staff.add_parser("add", help="add a staff member")
    _common(p)
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument(
        "--store", metavar="CODE", help="the store (every role but head_office needs one)"
    )
    p.add_argument("--name-local", default="")
    p.add_argument("--language", default="en", choices=["en", "zh_CN", "zh_TW"])
    secret = p.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-stdin", action="store_true", help="read the PIN or password from standard input"
    )
    secret.add_argument(
        "--pin", help="the PIN (visible in the process list: prefer --password-stdin)"
    )
    p.set_defaults(handler=_guard(add_staff))
    p = staff.add_parser("list", help="list staff")
    _common(p, json=True)
    p.set_defaults(handler=_guard(list_staff))
    for verb, help_text in (
        ("deactivate", "stop someone signing in (on every device, at its next sync)"),
        ("reactivate", "let a deactivated person sign in again"),
    ):
        p = staff.add_parser(verb, help=help_text)
        _common(p)
        p.add_argument("email")
        p.set_defaults(handler=_guard(set_staff_active), active=verb == "reactivate")

    devices = actions.add_parser("devices", help="enrolled store devices").add_subparsers(
        dest="what", required=True
    )
    p = devices.add_parser("list", help="devices with their last sync and state")
    _common(p, json=True)
    p.add_argument("--store", metavar="CODE", help="one store's devices")
    p.set_defaults(handler=_guard(list_devices))
    p = devices.add_parser("revoke", help="refuse a lost, stolen or retired device from now on")
    _common(p)
    p.add_argument("device_id", metavar="DEVICE_ID")
    p.set_defaults(handler=_guard(revoke_device))

    rooms = actions.add_parser("rooms", help="salons and rooms of a store").add_subparsers(
        dest="what", required=True
    )
    p = rooms.add_parser("add", help="add a room to a store")
    _common(p)
    p.add_argument("--store", required=True, metavar="CODE")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", default=RoomKind.SALON.value, choices=[k.value for k in RoomKind])
    p.set_defaults(handler=_guard(add_room))

    p = actions.add_parser(
        "new-epoch", help="after restoring the database: devices push, then reload"
    )
    _common(p)
    p.set_defaults(handler=_guard(new_epoch))

    p = actions.add_parser(
        "prune", help="compact the change log; tombstones past the horizon go (nightly)"
    )
    _common(p)
    p.add_argument(
        "--days", type=int, default=180, help="keep tombstones this many days (at least 180)"
    )
    p.set_defaults(handler=_guard(prune))

    p = actions.add_parser(
        "import", help="load a store folder (a demo, say) into an empty head office"
    )
    _common(p)
    p.add_argument("--from", dest="source", metavar="DIR", help="the store's data folder")
    p.set_defaults(handler=_guard(import_folder))
    what = p.add_subparsers(dest="import_what", metavar="clients")
    clients = what.add_parser(
        "clients", help="a house's client list (CSV, TSV, XLSX) into one store's clients"
    )
    _common(clients, json=True)
    clients.add_argument("file", metavar="FILE")
    clients.add_argument("--store", required=True, metavar="CODE", help="the store's code")
    clients.add_argument("--dry-run", action="store_true", help="say what it would do only")
    clients.add_argument("--encoding", metavar="ENC", help="the file's encoding, if not found")
    clients.add_argument("--mapping", metavar="FILE", help='JSON {"header": "field", ...}')
    clients.set_defaults(handler=_guard(import_clients))

    from jeweldesk.headoffice.integration import cli as integration_cli

    integration_cli.register(actions, _common, _guard)


def _guard(action):
    """Run an action; turn the errors a person can fix into one line and exit code 2."""

    def run(args) -> int:
        from sqlalchemy.exc import (
            ArgumentError,
            IntegrityError,
            NoSuchModuleError,
            OperationalError,
        )

        from jeweldesk.headoffice.enrolment import EnrolmentRefused

        try:
            return action(args)
        except Refused as exc:
            print(f"jeweldesk headoffice: {exc}", file=sys.stderr)
        except EnrolmentRefused as exc:
            print(f"jeweldesk headoffice: {exc.reason}", file=sys.stderr)
        except LookupError as exc:
            if type(exc) is not LookupError:  # a KeyError or IndexError is a bug: let it show
                raise
            print(f"jeweldesk headoffice: {exc}", file=sys.stderr)
        except IntegrityError:
            print(
                "jeweldesk headoffice: that already exists at head office (same code or e-mail)",
                file=sys.stderr,
            )
        except (ArgumentError, NoSuchModuleError):
            print(
                f"jeweldesk headoffice: not a database URL this service understands: {_safe_url(_database_url(args))}",
                file=sys.stderr,
            )
        except OperationalError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown reason"
            print(
                f"jeweldesk headoffice: cannot open the database {_safe_url(_database_url(args))}: {reason}",
                file=sys.stderr,
            )
        return 2

    return run


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as "(unreadable)"
        return "(unreadable URL)"


def _open(args):
    from jeweldesk.headoffice.store import HeadOfficeStore

    return HeadOfficeStore(_database_url(args))


def serve(args) -> int:
    import uvicorn

    url = _database_url(args)
    if args.workers < 1:
        raise Refused("--workers must be 1 or more")
    # Migrate, and make the epoch and the console's signing secret, once before any
    # worker starts: workers starting together then never race to create them.
    store = _open(args)
    store.secret("console_secret")
    store.dispose()
    if args.workers == 1:
        from jeweldesk.headoffice.app import create_app, serving

        uvicorn.run(
            serving(create_app(url)), host=args.host, port=args.port, log_level=args.log_level
        )
    else:
        os.environ[DATABASE_URL_ENV] = url
        uvicorn.run(
            "jeweldesk.headoffice.app:app_from_env",
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
        )
    return 0


def enrol_code(args) -> int:
    from jeweldesk.headoffice.enrolment import issue_code

    store = _open(args)
    try:
        print(issue_code(store, args.store))
    finally:
        store.dispose()
    return 0


def add_store(args) -> int:
    from jeweldesk.headoffice import admin

    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise Refused(
            f"unknown time zone {args.timezone!r} (use an IANA name such as Asia/Shanghai)"
        ) from None
    if len(args.currency) != 3 or not args.currency.isalpha():
        raise Refused(f"currency must be a three-letter ISO code, not {args.currency!r}")
    if len(args.country) != 2 or not args.country.isalpha():
        raise Refused(f"country must be a two-letter ISO code, not {args.country!r}")
    code = args.code.strip().upper()
    if not code or len(code) > 16 or not code.isalnum():
        raise Refused("the store code is 1 to 16 letters and digits, e.g. SH01")
    store = _open(args)
    try:
        row = admin.add_store(
            store,
            code=code,
            name=args.name,
            timezone=args.timezone,
            currency=args.currency,
            country=args.country,
            name_local=args.name_local,
            city=args.city,
        )
    finally:
        store.dispose()
    print(f"added store {row['code']} ({row['name']}), id {row['id']}")
    return 0


def list_stores(args) -> int:
    from jeweldesk.headoffice import listings

    store = _open(args)
    try:
        rows = listings.stores(store)
    finally:
        store.dispose()
    json_lines(rows) if args.json else table(
        rows, ["code", "name", "country", "timezone", "currency", "id"]
    )
    return 0


def _read_secret(args) -> str | None:
    if args.pin is not None:
        return args.pin
    if not args.password_stdin:
        return None
    if sys.stdin.isatty():
        return getpass.getpass("PIN or password: ")
    return sys.stdin.readline().rstrip("\r\n")


def add_staff(args) -> int:
    from jeweldesk.headoffice import admin

    role = Role(args.role)
    if role != Role.HEAD_OFFICE and not args.store:
        raise Refused(f"a {role.value} works in a store: give --store CODE")
    email = args.email.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        raise Refused(f"not an e-mail address: {args.email!r}")
    secret = _read_secret(args)
    if secret is not None:
        if not secret.strip():
            raise Refused("the PIN or password is empty")
        if role == Role.HEAD_OFFICE and len(secret) < MIN_CONSOLE_PASSWORD:
            raise Refused(
                f"a head-office password opens the console: use at least {MIN_CONSOLE_PASSWORD} characters"
            )
        if role != Role.HEAD_OFFICE and len(secret) < 4:
            raise Refused("a PIN has at least 4 characters")
    store = _open(args)
    try:
        row = admin.add_staff(
            store,
            email=email,
            name=args.name,
            role=role.value,
            store_code=args.store,
            pin=secret,
            name_local=args.name_local,
            language=args.language,
        )
    finally:
        store.dispose()
    where = f" at {args.store.upper()}" if args.store else ""
    print(
        f"added {role.value} {row['name']} <{row['email']}>{where}, id {row['id']}"
        + ("" if secret else " (no PIN or password yet: cannot sign in)")
    )
    return 0


def list_staff(args) -> int:
    from jeweldesk.headoffice import listings

    store = _open(args)
    try:
        rows = listings.staff(store)
    finally:
        store.dispose()
    json_lines(rows) if args.json else table(
        rows, ["name", "email", "role", "store", "active", "id"]
    )
    return 0


def set_staff_active(args) -> int:
    from jeweldesk.headoffice import admin

    store = _open(args)
    try:
        row = admin.set_staff_active(store, args.email, args.active)
    finally:
        store.dispose()
    if args.active:
        print(f"{row['name']} <{row['email']}> may sign in again")
    else:
        print(
            f"{row['name']} <{row['email']}> can no longer sign in: devices drop them at their next sync"
        )
    return 0


def list_devices(args) -> int:
    from jeweldesk.headoffice import admin

    store = _open(args)
    try:
        found = admin.devices(store, args.store)
    finally:
        store.dispose()

    def when(value) -> str:
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""

    rows = [
        {
            "id": d["id"],
            "store": d["store_code"],
            "name": d["name"],
            "state": d["state"],
            "enrolled": when(d["enrolled_at"]),
            "last_push": when(d["last_push_at"]),
            "last_pull": when(d["last_pull_at"]),
            "pending": d["pending_reported"],
            "replaced_by": d["replaced_by"] or "",
            "revoked": when(d["revoked_at"]),
        }
        for d in found
    ]
    if args.json:
        json_lines(rows)
    elif rows:
        table(rows, ["store", "name", "id", "state", "last_push", "last_pull", "pending"])
    else:
        print(
            "no device enrolled yet: give a store's device a code from `jeweldesk headoffice enrol-code`"
        )
    return 0


def revoke_device(args) -> int:
    from jeweldesk.headoffice import admin

    store = _open(args)
    try:
        ids = admin.revoke_device(store, args.device_id)
    finally:
        store.dispose()
    if not ids:
        print(f"device {args.device_id.strip()} was already revoked")
    else:
        print(
            f"revoked {', '.join(ids)}: head office refuses its credential from now on; what it pushed is kept"
        )
    return 0


def add_room(args) -> int:
    from jeweldesk.headoffice import admin

    store = _open(args)
    try:
        row = admin.add_room(store, store_code=args.store, name=args.name, kind=args.kind)
    finally:
        store.dispose()
    print(f"added {args.kind} {row['name']} to {args.store.upper()}, id {row['id']}")
    return 0


def prune(args) -> int:
    from jeweldesk.headoffice.pruning import prune as prune_log

    store = _open(args)
    try:
        report = prune_log(store, days=args.days)
    except ValueError as exc:
        raise Refused(str(exc)) from None
    finally:
        store.dispose()
    print(
        f"{report.superseded} superseded versions and {report.tombstones} tombstones older than "
        f"{report.horizon:%Y-%m-%d} left the change log; devices that last pulled before then reload"
    )
    return 0


def new_epoch(args) -> int:
    store = _open(args)
    try:
        epoch = store.new_epoch()
    finally:
        store.dispose()
    print(epoch)
    print(
        "every worker serves the new epoch within seconds; devices then push and reload",
        file=sys.stderr,
    )
    return 0


def import_clients(args) -> int:
    import json

    from jeweldesk.headoffice.importing import ImportRefused
    from jeweldesk.headoffice.importing import import_clients as run

    store = _open(args)
    try:
        result = run(
            store,
            args.file,
            args.store,
            encoding=args.encoding,
            mapping=args.mapping,
            dry_run=args.dry_run,
        )
    except ImportRefused as exc:
        raise Refused(str(exc)) from None
    finally:
        store.dispose()
    if args.json:
        print(json.dumps(result.summary(), ensure_ascii=False))
        for line in result.lines:
            row = {"line": line.line, "outcome": line.outcome}
            if line.client_id:
                row["client_id"] = line.client_id.hex
            if line.reason:
                row["reason"] = line.reason
            if line.problems:
                row["problems"] = list(line.problems)
            print(json.dumps(row, ensure_ascii=False))
    else:
        for line in result.lines:
            if line.outcome == "refused":
                print(f"line {line.line}: {line.reason}")
            for problem in line.problems:
                print(f"line {line.line}: left out: {problem}")
        s = result.summary()
        verb = "would import" if args.dry_run else "imported"
        print(
            f"{verb} {s['created']} new clients into {s['store']}; {s['known']} already "
            f"clients at head office, {s['duplicate']} lines loaded before, {s['refused']} refused"
        )
    return 0


def import_folder(args) -> int:
    from pathlib import Path

    if not args.source:
        raise Refused("say what to import: --from DIR (a store folder) or clients FILE")

    from jeweldesk.headoffice import listings
    from jeweldesk.headoffice.embedded import import_store
    from jeweldesk.paths import DATABASE_FILENAME

    source = Path(args.source)
    device_file = source / DATABASE_FILENAME if source.is_dir() else source
    if not device_file.is_file():
        raise Refused(f"no store in {source}")
    store = _open(args)
    try:
        present = listings.client_count(store)
        if present:
            raise Refused(
                f"head office already holds {present} clients: import into an empty head office"
            )
        logged = import_store(store, device_file)
    finally:
        store.dispose()
    print(f"imported {logged} records from {device_file}")
    return 0
