"""The app's screens beyond the book: each registers a `ScreenSpec` here, and the
main window builds its navigation rail from the list, in order.

A screen is a QWidget built by `factory(window)`; it may define `refresh()` (called
when shown and after changes made elsewhere) and `sig_*` signals of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # "today", "calendar", "kpis", "settings"…
    title: str  # source text, translated in the "Screens" context
    shortcut: str  # e.g. "Ctrl+1"
    factory: Callable  # (MainWindow) -> QWidget
    position: int = 50  # the book is 20


def tr(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


SCREENS: list[ScreenSpec] = []


def register(spec: ScreenSpec) -> None:
    SCREENS.append(spec)
    SCREENS.sort(key=lambda s: s.position)


def load_all() -> list[ScreenSpec]:
    """Import every screen module so each registers itself."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return list(SCREENS)
