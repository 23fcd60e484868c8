"""The core stays free of Qt: the command line, head office and the tests of the core
must not need a GUI toolkit (and domain objects must never become QObjects)."""

import subprocess
import sys

CORE = ("jeweldesk.services", "jeweldesk.domain", "jeweldesk.storage")


def test_importing_the_core_loads_no_qt():
    code = (
        f"import sys\nimport {', '.join(CORE)}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", f"the core loads {result.stdout.strip()}"
