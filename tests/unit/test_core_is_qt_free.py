"""The core stays free of Qt: the command line, head office and the tests of the core
must not need a GUI toolkit (and domain objects must never become QObjects).

Every module of jeweldesk outside `jeweldesk/ui/` is imported, in one fresh
interpreter, and PySide6 must not be loaded after. The checker is shown to catch a
module that imports Qt, on a package made for the purpose."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import jeweldesk

CHECKER = Path(__file__).with_name("qt_free_check.py")
PACKAGE_DIR = Path(jeweldesk.__file__).parent
CORE = ("jeweldesk.services", "jeweldesk.domain", "jeweldesk.storage")


def run_checker(package: str, *excluded: str, path: Path | None = None) -> dict:
    result = subprocess.run(
        [sys.executable, str(CHECKER), package, *excluded],
        capture_output=True,
        text=True,
        check=True,
        cwd=path,
        env=None if path is None else {"PYTHONPATH": str(path), "PATH": ""},
    )
    return json.loads(result.stdout)


def modules_on_disk(root: Path, package: str, excluded: str) -> set[str]:
    """Module names of every .py file under `root` (the package's folder), but those
    under the excluded subpackage."""
    names = set()
    for file in root.rglob("*.py"):
        if "__pycache__" in file.parts:
            continue
        parts = [package, *file.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if name != excluded and not name.startswith(excluded + "."):
            names.add(name)
    return names


def test_no_module_outside_the_ui_loads_qt():
    found = run_checker("jeweldesk", "jeweldesk.ui")
    assert found["failed"] == {}, found["failed"]
    # Every module was reached: nothing outside ui/ escaped the walk.
    assert set(found["imported"]) == modules_on_disk(PACKAGE_DIR, "jeweldesk", "jeweldesk.ui")
    assert set(CORE) <= set(found["imported"])
    assert found["qt"] == [], f"{found['first']} loads {found['qt'][:3]}"


def _package(root: Path, files: dict[str, str]) -> None:
    for relative, body in files.items():
        file = root / relative
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(body), encoding="utf-8")


def test_the_checker_reports_a_module_that_imports_qt(tmp_path):
    _package(
        tmp_path,
        {
            "shop/__init__.py": "",
            "shop/rules.py": "RATE = 1\n",
            "shop/later.py": """\
                def show():
                    from PySide6.QtWidgets import QLabel  # only when called: allowed

                    return QLabel
            """,
            "shop/core/__init__.py": "",
            "shop/core/money.py": "from PySide6.QtCore import QObject  # the mistake\n",
            "shop/ui/__init__.py": "from PySide6.QtWidgets import QWidget\n",
        },
    )
    found = run_checker("shop", "shop.ui", path=tmp_path)
    assert found["first"] == "shop.core.money"
    assert "PySide6.QtCore" in found["qt"]
    assert "shop.ui" not in found["imported"]  # excluded, not even walked into

    (tmp_path / "shop/core/money.py").write_text("RATE = 2\n", encoding="utf-8")
    found = run_checker("shop", "shop.ui", path=tmp_path)
    assert found["qt"] == [] and found["first"] is None
    assert set(found["imported"]) == modules_on_disk(tmp_path / "shop", "shop", "shop.ui")


def test_the_checker_reports_a_module_that_cannot_be_imported(tmp_path):
    _package(tmp_path, {"shop/__init__.py": "", "shop/broken.py": "import not_a_module\n"})
    found = run_checker("shop", path=tmp_path)
    assert found["failed"] == {"shop.broken": "ModuleNotFoundError: No module named 'not_a_module'"}
