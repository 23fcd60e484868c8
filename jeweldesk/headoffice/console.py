"""Head-office console (read-only pages for signed-in head-office staff)."""

from __future__ import annotations


def mount_console(app, ho) -> None:
    """Filled in by the console module proper."""
