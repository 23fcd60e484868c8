"""Subcommands. Each module offers `register(subparsers)`, which adds its parser and
sets `handler` to a function taking the parsed arguments and returning an exit code."""

from __future__ import annotations

from jeweldesk.cli import demo, directory

COMMANDS = [demo.register, directory.register]
