"""`jeweldesk screenshot --data-dir DIR --screen NAME --lang en|zh_CN|zh_TW --out FILE.png
[--size WxH] [--as EMAIL]`: render a screen offscreen, for documentation, support and
visual checks. The store is only read."""

from __future__ import annotations

import argparse
import os
import sys

SCREEN_NAMES = (
    "today",
    "book",
    "client",
    "calendar",
    "appointment",
    "conflicts",
    "kpis",
    "settings",
    "signin",
    "lock",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "screenshot",
        help="render a screen of the app to a PNG, offscreen",
        description="Render one screen offscreen as the store's first advisor (or --as "
        "EMAIL), in the language asked, and write it as a PNG.",
    )
    parser.add_argument("--data-dir", required=True, help="folder holding the store")
    parser.add_argument("--screen", required=True, help=f"one of: {', '.join(SCREEN_NAMES)}")
    parser.add_argument("--lang", choices=["en", "zh_CN", "zh_TW"], default="en")
    parser.add_argument("--out", required=True, help="the PNG file to write")
    parser.add_argument("--size", default="1280x800", help="window size, WxH (default 1280x800)")
    parser.add_argument("--as", dest="as_email", help="sign in as this staff e-mail")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        print(
            f"jeweldesk screenshot: --size takes WxH, e.g. 1280x800 (not {args.size!r})",
            file=sys.stderr,
        )
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.paths import database_path
    from jeweldesk.services import Desk
    from jeweldesk.ui.screenshot import ScreenUnavailable, prepare_desk, render_screen

    if not database_path(args.data_dir).exists():
        print(f"jeweldesk screenshot: no store in {args.data_dir}", file=sys.stderr)
        return 1
    with Desk.open(args.data_dir) as desk:
        try:
            prepare_desk(desk, args.lang, args.as_email)
            out = render_screen(desk, args.screen, args.out, (width, height))
        except ScreenUnavailable as exc:
            print(
                f"jeweldesk screenshot: the screen {exc} is not available in this build; "
                f"screens: {', '.join(SCREEN_NAMES)}",
                file=sys.stderr,
            )
            return 2
        except DomainError as exc:
            print(f"jeweldesk screenshot: {exc.message('en')}", file=sys.stderr)
            return 1
    print(out)
    return 0
