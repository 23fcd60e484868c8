"""The PySide6 desktop app. Nothing outside `jeweldesk/ui/` imports from here: the core
(`services/`, `domain/`, `storage/`) stays free of Qt."""

import os
import sys

import PySide6  # noqa: F401 (every UI module needs it: loaded here for the step below)


def _spare_pyside_source_scans() -> None:
    """PySide reads the whole source of every module first imported after it, looking
    for the text "PySide6", to know which modules may opt in to its `__feature__`
    switches (snake_case, true_property). JewelDesk uses none of them, and the reads
    cost a start about 19 ms (70 modules, most of them the standard library's). The
    modules a start imports are entered as already looked at: JewelDesk's own as
    PySide users with no feature selected (0, what the scan would find), the rest as
    modules PySide ignores (-1). Nothing changes when that table is not there."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    root = os.path.dirname(package)
    for folder, dirs, files in os.walk(package):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        prefix = os.path.relpath(folder, root).replace(os.sep, ".")
        table.setdefault(prefix, 0)
        for file in files:
            if file.endswith(".py") and file != "__init__.py":
                table.setdefault(f"{prefix}.{file[:-3]}", 0)
    multiarch = getattr(sys.implementation, "_multiarch", "")
    others = [
        *sys.modules,
        *sys.stdlib_module_names,
        f"_sysconfigdata_{sys.abiflags}_{sys.platform}_{multiarch}",
        "json.decoder",
        "json.encoder",
        "json.scanner",
        "sqlite3.dbapi2",
        "zoneinfo._common",
        "zoneinfo._tzpath",
        "importlib.metadata",
    ]
    for name in others:
        table.setdefault(name, -1)


_spare_pyside_source_scans()
