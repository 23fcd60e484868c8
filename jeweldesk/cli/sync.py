"""`enrol`, `sync`, `conflicts list`: this device and head office, from the command line.

Exit codes: 0 done; 2 something to fix here (not enrolled, a refused code, a bad URL);
3 head office could not be reached or refused a sync: nothing is lost, local changes
stay in the outbox and go with the next sync. The device's credential is never printed."""

from __future__ import annotations

import argparse
import logging
import sys
from urllib.parse import urlsplit

from jeweldesk.cli.output import json_lines, table, to_json

SYNC_FAILED = 3


def _data_dir(parser) -> None:
    # SUPPRESS keeps `jeweldesk --data-dir DIR sync` working: a default here would
    # overwrite the value the top-level parser read.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")


def register(sub) -> None:
    p = sub.add_parser(
        "enrol", help="enrol this device to a store with a one-time code from head office"
    )
    _data_dir(p)
    p.add_argument(
        "--server", required=True, metavar="URL", help="head office, e.g. https://ho.example.com"
    )
    p.add_argument("--code", required=True, help="the one-time code (XXXX-XXXX-XXXX)")
    p.add_argument("--name", default="", help="this device's name as head office shows it")
    p.add_argument("--json", action="store_true", help="print a JSON line")
    p.set_defaults(handler=enrol)

    p = sub.add_parser("sync", help="push local changes to head office and pull the store's")
    _data_dir(p)
    p.add_argument("--json", action="store_true", help="print a JSON line")
    p.set_defaults(handler=sync)

    conflicts = sub.add_parser("conflicts", help="changes to review").add_subparsers(
        dest="action", required=True
    )
    p = conflicts.add_parser("list", help="open conflicts on this device")
    _data_dir(p)
    p.add_argument("--json", action="store_true", help="print JSON lines")
    p.set_defaults(handler=list_conflicts)


def _quiet_transport(args) -> None:
    """urllib3 logs each retry as a warning: noise on a terminal, where the one line
    this command prints says what happened. `--verbose` shows them."""
    if not getattr(args, "verbose", False):
        logging.getLogger("urllib3").setLevel(logging.ERROR)


def _open(args):
    from jeweldesk.services import Desk

    _quiet_transport(args)

    return Desk.open(getattr(args, "data_dir", None))


def _say(message: str) -> None:
    print(f"jeweldesk: {message}", file=sys.stderr)


def enrol(args) -> int:
    from jeweldesk.sync.client import SyncError
    from jeweldesk.sync.enrol import enrol_device

    parts = urlsplit(args.server.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        _say(f"the server URL must start with http:// or https://, not {args.server!r}")
        return 2
    from jeweldesk.services.store_counts import live_rows

    with _open(args) as desk:
        before = desk.settings.enrolment()
        if before.enrolled:
            _say(
                f"this device is already enrolled (device {before.device_id}, "
                f"store {before.store_code}); use `jeweldesk sync`"
            )
            return 2
        try:
            report = enrol_device(desk, args.server.strip(), args.code, device_name=args.name)
        except SyncError as exc:
            after = desk.settings.enrolment()
            if after.enrolled:
                _say(
                    f"enrolled as device {after.device_id}, but the first sync failed: {exc}; "
                    f"run `jeweldesk sync` (nothing is lost)"
                )
                return SYNC_FAILED
            _say(f"enrolment refused: {exc}" if exc.status else f"enrolment failed: {exc}")
            return 2
        summary = {
            "device_id": desk.device_id,
            "store": desk.settings.enrolment().store_code,
            **live_rows(desk, ("stores", "staff", "clients")),
            **report.as_dict(),
        }
    if args.json:
        sys.stdout.write(to_json(summary) + "\n")
    else:
        print(f"Enrolled as device {summary['device_id']} to store {summary['store']}.")
        print(
            f"Pulled {report.pulled} records: {summary['stores']} stores, {summary['staff']} staff, "
            f"{summary['clients']} clients; pushed {report.pushed} local changes."
        )
    return 0


def sync(args) -> int:
    from jeweldesk.sync.client import SyncError

    with _open(args) as desk:
        link = desk.settings.enrolment()
        if not (link.headoffice_url and link.enrolled):
            _say(
                "this device is not enrolled with head office yet: run `jeweldesk enrol --server URL --code CODE`"
            )
            return 2
        try:
            report = desk.sync.sync()
        except SyncError as exc:
            waiting = desk.sync.pending()
            _say(
                f"sync failed: {exc}. {waiting} local change{'s' if waiting != 1 else ''} kept on this device "
                f"for the next sync."
            )
            if args.json:
                sys.stdout.write(to_json({"error": str(exc), "pending": waiting}) + "\n")
            return SYNC_FAILED
        pending = desk.sync.pending()
    if args.json:
        sys.stdout.write(to_json({**report.as_dict(), "pending": pending}) + "\n")
        return 0
    print(
        f"Pushed {report.pushed} ({report.applied} applied, {report.merged} merged), pulled {report.pulled}, "
        f"{report.conflicts} conflicts, {report.rejected} rejected in {report.seconds:.1f} s."
    )
    if report.files_up or report.files_down or report.files_waiting:
        print(
            f"Photo files: {report.files_up} sent, {report.files_down} received"
            + (
                f", {report.files_waiting} still to move at the next sync."
                if report.files_waiting
                else "."
            )
        )
    if report.full_reload:
        print("Head office was restored from a backup: this device reloaded its store.")
    if report.device_reset:
        print(
            "This device was restored from a backup: it took a new device id and resent its changes."
        )
    for reason in report.rejected_reasons:
        print(f"  rejected: {reason}")
    return 0


def list_conflicts(args) -> int:
    with _open(args) as desk:
        rows = [
            {
                "id": c.id,
                "entity": c.entity,
                "entity_id": c.entity_id,
                "field": c.field,
                "base_value": c.base,
                "theirs_value": c.theirs,
                "mine_value": c.mine,
                "theirs_device": c.theirs_device,
                "mine_device": c.mine_device,
                "kind": c.kind,
                "detected_at": c.detected_at,
            }
            for c in desk.conflicts.open()
        ]
    if args.json:
        json_lines(rows)
    elif rows:
        shown = [
            {**r, **{k: to_json(r[k]) for k in ("base_value", "theirs_value", "mine_value")}}
            for r in rows
        ]
        table(
            shown,
            [
                "entity",
                "field",
                "base_value",
                "theirs_value",
                "mine_value",
                "theirs_device",
                "mine_device",
                "detected_at",
            ],
        )
    else:
        print("No open conflicts.", file=sys.stderr)
    return 0
