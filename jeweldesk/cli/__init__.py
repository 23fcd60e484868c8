"""The command line: `commands.py` lists the subcommands. Each module offers
`register(subparsers)`, which adds its parser and sets `handler` to a function taking
the parsed arguments and returning an exit code.

This package imports nothing itself, so `jeweldesk.headoffice.cli` can use
`jeweldesk.cli.output` without loading every subcommand (and itself) first."""
