"""Import every module of a package but those under the excluded prefixes, in this
interpreter, and print as JSON what was imported, what failed, the Qt modules that
were loaded and the first module after whose import Qt was there. Run in a fresh
interpreter, one for the whole package:

    python tests/unit/qt_free_check.py PACKAGE [EXCLUDED_PREFIX ...]

An excluded package is not imported at all (listing a package's modules needs it
imported, so it is not walked into either)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from typing import Any

QT = ("PySide6", "shiboken6")


def qt_loaded() -> list[str]:
    return sorted(m for m in sys.modules if m.split(".")[0] in QT)


def check(package: str, excluded: tuple[str, ...]) -> dict[str, Any]:
    found: dict[str, Any] = {"imported": [], "failed": {}, "first": None}

    def skipped(name: str) -> bool:
        return any(name == p or name.startswith(p + ".") for p in excluded)

    def visit(name: str) -> None:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # a module outside the excluded ones that cannot load
            found["failed"][name] = f"{type(exc).__name__}: {exc}"
            return
        found["imported"].append(name)
        if found["first"] is None and qt_loaded():
            found["first"] = name
        for info in pkgutil.iter_modules(getattr(module, "__path__", []), f"{name}."):
            if not skipped(info.name):
                visit(info.name)

    visit(package)
    return {**found, "qt": qt_loaded()}


if __name__ == "__main__":
    print(json.dumps(check(sys.argv[1], tuple(sys.argv[2:]))))
