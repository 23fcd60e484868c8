"""Printing for scripts: JSON lines, or aligned text for people."""

from __future__ import annotations

import functools
import json
import sys

from jeweldesk.domain.plain import json_scalar


def _default(value: object) -> object:
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    plain = json_scalar(value)
    if plain is value:
        raise TypeError(f"cannot serialise {type(value).__name__}")
    return plain


def to_json(value: object) -> str:
    return json.dumps(value, default=_default, ensure_ascii=False, sort_keys=False)


def json_lines(rows) -> None:
    for row in rows:
        sys.stdout.write(to_json(row) + "\n")


def table(rows: list[dict], columns: list[str]) -> None:
    if not rows:
        return
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns))
    for r in rows:
        print("  ".join(str(r.get(c, "")).ljust(widths[c]) for c in columns))


def fail(exc, args) -> int:
    """A refusal the user can act on (a `DomainError`), in their language: on stdout
    as JSON with `--json`, else on stderr. Returns the exit code, 2."""
    message = exc.message(getattr(args, "lang", None) or "en")
    if getattr(args, "json", False):
        sys.stdout.write(to_json({"error": exc.key, "message": message}) + "\n")
    else:
        print(message, file=sys.stderr)
    return 2


def refusing(handler):
    """A command handler that ends with the message of any refusal (`DomainError`) it
    meets, in the user's language and with exit code 2, never a traceback."""
    from jeweldesk.domain.errors import DomainError

    @functools.wraps(handler)
    def run(args) -> int:
        try:
            return handler(args)
        except DomainError as exc:
            return fail(exc, args)

    return run
