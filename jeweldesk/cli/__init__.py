"""Subcommands. Each module offers `register(subparsers)`, which adds its parser and
sets `handler` to a function taking the parsed arguments and returning an exit code."""

from __future__ import annotations

from jeweldesk.cli import demo, directory, documents, intelligence, privacy, screenshot, sync
from jeweldesk.headoffice import cli as headoffice

COMMANDS = [
    demo.register,
    directory.register,
    sync.register,
    headoffice.register,
    intelligence.register,
    documents.register,
    screenshot.register,
    privacy.register,
]
