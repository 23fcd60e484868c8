"""The Events screen on the navigation rail (its widgets are in `ui/events/`)."""

from __future__ import annotations

from jeweldesk.ui.events.screen import EventsScreen

__all__ = ["EventsScreen"]
