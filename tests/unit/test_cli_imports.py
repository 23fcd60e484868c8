"""Each command-line module imports on its own, in a fresh interpreter: an import
cycle between `jeweldesk.cli` and `jeweldesk.headoffice.cli` once failed only when
head office's module was the first one imported (tests import them in another
order, so nothing in-process sees it)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import jeweldesk.cli

ENTRY_POINTS = [
    "jeweldesk.__main__",
    "jeweldesk.headoffice.cli",
    "jeweldesk.headoffice.embedded",
    *sorted(m.name for m in pkgutil.iter_modules(jeweldesk.cli.__path__, "jeweldesk.cli.")),
]


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_imports_in_a_fresh_interpreter(module):
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True
    )
    assert result.returncode == 0, f"import {module} fails on its own:\n{result.stderr}"


def test_the_command_line_builds_every_subcommand():
    result = subprocess.run(
        [sys.executable, "-c", "from jeweldesk.__main__ import build_parser; build_parser()"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
