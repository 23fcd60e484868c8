"""`jeweldesk`: with no subcommand (or `--demo`) opens the app; subcommands serve IT
staff, support and scripts. Every subcommand takes `--data-dir`."""

from __future__ import annotations

import argparse
import logging
import sys

from jeweldesk import __version__
from jeweldesk.cli.commands import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jeweldesk", description="JewelDesk clienteling")
    parser.add_argument("--version", action="version", version=f"JewelDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on a seeded demo store")
    parser.add_argument(
        "--data-dir", help="folder holding the store (default: the user-data folder)"
    )
    parser.add_argument("--lang", choices=["en", "zh_CN", "zh_TW"], help="interface language")
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in COMMANDS:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from jeweldesk.ui.app import run_app

        return run_app(data_dir=args.data_dir, demo=args.demo, lang=args.lang)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
