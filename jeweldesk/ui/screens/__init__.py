"""The app's screens beyond the book, in the order of the navigation rail.

Each is named here with where its widget class (or factory) lives, so the rail can be
drawn before any screen module is imported: the main window builds a screen when it
is first needed, and the rest once the desk is open.

A screen is a QWidget built by `factory(window)`; it may define `refresh()` (called
when shown and after changes made elsewhere) and `sig_*` signals of its own."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # "today", "calendar", "kpis", "settings"…
    title: str  # source text, translated in the "Screens" context
    shortcut: str  # e.g. "Ctrl+1"
    where: str  # "module:attribute" under jeweldesk.ui.screens: (MainWindow) -> QWidget
    position: int = 50  # the book is 20
    managers_only: bool = False  # its button stays hidden until the screen says otherwise

    @property
    def factory(self) -> Callable:
        module, _, name = self.where.partition(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def tr(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


SCREENS: list[ScreenSpec] = [
    ScreenSpec("today", QT_TRANSLATE_NOOP("Screens", "Today"), "Ctrl+1", "today:TodayScreen", 10),
    ScreenSpec(
        "calendar",
        QT_TRANSLATE_NOOP("Screens", "Calendar"),
        "Ctrl+3",
        "calendar:calendar_screen",
        30,
    ),
    ScreenSpec(
        "events", QT_TRANSLATE_NOOP("Screens", "Events"), "Ctrl+4", "events:EventsScreen", 35
    ),
    ScreenSpec(
        "books",
        QT_TRANSLATE_NOOP("Screens", "Books"),
        "",
        "books:BooksScreen",
        40,
        managers_only=True,
    ),
    ScreenSpec("kpis", QT_TRANSLATE_NOOP("Screens", "KPIs"), "", "kpis:KpiScreen", 60),
    ScreenSpec(
        "settings",
        QT_TRANSLATE_NOOP("Screens", "Settings"),
        "Ctrl+,",
        "settings:SettingsScreen",
        90,
    ),
]


def load_all() -> list[ScreenSpec]:
    """Every screen, in rail order (their modules are imported when built)."""
    return sorted(SCREENS, key=lambda s: s.position)
