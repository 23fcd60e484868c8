"""The SLA clock as the advisor reads it: "First response due in 1 h 20 min", "Resolution
overdue by 3 h 05 min", coloured by how close it is (a `state` property the style sheet
reads: ok, soon, overdue, done)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from jeweldesk.domain.cases import SlaClock, SlaStep

SOON = dt.timedelta(minutes=30)  # amber from here: half an hour left


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseClock", text)


def span_text(span: dt.timedelta) -> str:
    """ "45 min", "1 h 20 min", "2 d 3 h", in the interface's language."""
    minutes = int(abs(span.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return _tr("{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return _tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
    return _tr("{minutes} min").format(minutes=minutes)


def sla_state(sla: SlaClock) -> str:
    if sla.step is SlaStep.DONE:
        return "done"
    if sla.overdue:
        return "overdue"
    return "soon" if sla.left <= SOON else "ok"


def sla_text(sla: SlaClock) -> str:
    """Where the case stands against its SLA, in one line."""
    if sla.step is SlaStep.DONE:
        return _tr("Resolved within the SLA") if sla.met else _tr("Resolved outside the SLA")
    span = span_text(sla.left)
    if sla.step is SlaStep.RESPOND:
        if sla.overdue:
            return _tr("First response overdue by {span}").format(span=span)
        return _tr("First response due in {span}").format(span=span)
    if sla.overdue:
        return _tr("Resolution overdue by {span}").format(span=span)
    return _tr("Resolution due in {span}").format(span=span)


def show_sla(label: QLabel, sla: SlaClock | None) -> None:
    """Put the clock on `label` (objectName caseSla), coloured; hidden for no case."""
    if sla is None:
        label.hide()
        return
    label.setText(sla_text(sla))
    label.setProperty("state", sla_state(sla))
    label.style().unpolish(label)
    label.style().polish(label)
    label.show()
