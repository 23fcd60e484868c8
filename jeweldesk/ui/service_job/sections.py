"""Service jobs where the profile shows them: the chosen piece's service history in the
jewellery box (headed by "Take in for service…"), and "New service job" / "Open the job"
in the history tab's service jobs. Each opens the `ServiceJobDialog`; after a write
there the profile is read again."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from jeweldesk.ui import labels
from jeweldesk.ui.profile.common import Section, action_button, money_text, when_text
from jeweldesk.ui.profile.rows import Column, RecordTable, RecordView


def tr(text: str) -> str:
    # pyside6-lupdate files a module-level `tr("…")` under the empty context.
    return QCoreApplication.translate("", text)


def open_dialog(
    tab: Any,
    *,
    job_id: uuid.UUID | None = None,
    piece_id: uuid.UUID | None = None,
) -> QWidget | None:
    """Open the Service job dialog over a profile tab (window-modal, not blocking)."""
    from jeweldesk.ui.service_job.dialog import ServiceJobDialog

    client_id = tab.client_id
    if client_id is None and job_id is None:
        return None
    dialog = ServiceJobDialog(
        tab.writes.runner, client_id=client_id, job_id=job_id, piece_id=piece_id, parent=tab
    )

    def saved(text: str) -> None:
        tab.writes.sig_saved.emit(text, False)
        tab.writes.sig_written.emit()  # the pane reads the client again

    dialog.sig_saved.connect(saved)
    dialog.open()
    tab.service_dialog = dialog
    return dialog


def _columns(zone: Any, lang: Any) -> list[Column]:
    return [
        Column(tr("Number"), lambda j: j.number),
        Column(tr("Service"), lambda j: labels.service_kind_label(j.kind)),
        Column(tr("Status"), lambda j: labels.service_status_label(j.status)),
        Column(tr("Received"), lambda j: when_text(j.received_at, zone())),
        Column(tr("Ready by"), lambda j: when_text(j.ready_by)),
        Column(tr("Estimate"), lambda j: money_text(j.estimate, j.currency, lang())),
    ]


# --- the jewellery box -------------------------------------------------------------------


def add_piece_history(tab: Any, section: Section) -> None:
    """Under the chosen piece's stones: its service history."""
    caption = QLabel(tr("Service history of this piece"))
    caption.setObjectName("fieldCaption")
    tab.take_in = action_button(tr("Take in for service…"), "serviceTakeIn")
    tab.take_in.clicked.connect(lambda: _take_in(tab))
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(caption, 1)
    row.addWidget(tab.take_in)
    section.layout_.addLayout(row)
    tab.piece_jobs_model = RecordTable(
        _columns(lambda: tab.shown.timezone if tab.shown else "UTC", lambda: _lang(tab)),
        tab,
        emphasis=lambda j: str(j.status) == "ready",
        muted=lambda j: str(j.status) in ("collected", "returned", "cancelled"),
    )
    tab.piece_jobs_view = section.add(RecordView(tab.piece_jobs_model, "pieceServiceTable"))
    tab.piece_jobs_view.setAccessibleName(tr("Service history of this piece"))
    tab.piece_jobs_view.doubleClicked.connect(
        lambda index: _open_job(tab, tab.piece_jobs_model.record(index.row()))
    )
    tab.piece_jobs_none = QLabel(tr("Never in for service."))
    tab.piece_jobs_none.setObjectName("fieldHint")
    section.add(tab.piece_jobs_none)
    tab.service_dialog = None


def show_piece_history(tab: Any, item: Any) -> None:
    jobs = []
    if item is not None and tab.shown is not None:
        jobs = [j for j in tab.shown.profile.service_jobs if j.owned_piece_id == item.piece.id]
    tab.piece_jobs_model.set_rows(jobs)
    tab.piece_jobs_view.setVisible(bool(jobs))
    tab.piece_jobs_none.setVisible(item is not None and not jobs)
    tab.take_in.setEnabled(item is not None)


def _take_in(tab: Any) -> None:
    item = tab.piece_view.current_record()
    open_dialog(tab, piece_id=item.piece.id if item is not None else None)


def _open_job(tab: Any, job: Any) -> None:
    if job is not None:
        open_dialog(tab, job_id=job.id)


def _lang(tab: Any) -> str:
    return tab.shown.lang if tab.shown else "en"


# --- the history tab's service jobs ------------------------------------------------------


def add_job_buttons(tab: Any, section: Section) -> None:
    """Under the client's service jobs: a new one, or the chosen one opened."""
    tab.new_job = action_button(tr("New service job…"), "serviceJobNew")
    tab.open_job = action_button(tr("Open the job…"), "serviceJobOpen")
    section.add_buttons(tab.new_job, tab.open_job)
    tab.service_dialog = None
    tab.new_job.clicked.connect(lambda: open_dialog(tab))
    tab.open_job.clicked.connect(
        lambda: _open_job(tab, tab.job_view.current_record() or tab.job_model.record(0))
    )
    tab.job_view.doubleClicked.connect(
        lambda index: _open_job(tab, tab.job_model.record(index.row()))
    )


__all__ = ["add_job_buttons", "add_piece_history", "open_dialog", "show_piece_history"]
