"""Words and colours for appointment kinds, statuses and outcomes, through Qt
translation (context "Calendar")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from jeweldesk.domain.vocab import AppointmentKind, AppointmentStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def kind_label(kind: object) -> str:
    labels = {
        AppointmentKind.PRIVATE_VIEWING: _tr("Private viewing"),
        AppointmentKind.BRIDAL: _tr("Bridal consultation"),
        AppointmentKind.BESPOKE: _tr("Bespoke design session"),
        AppointmentKind.LAUNCH_PREVIEW: _tr("Launch preview"),
        AppointmentKind.CLEANING: _tr("Cleaning and inspection"),
        AppointmentKind.REPAIR: _tr("Repair drop-off or collection"),
        AppointmentKind.VIRTUAL: _tr("Virtual consultation"),
        AppointmentKind.WORKSHOP: _tr("Workshop or masterclass"),
        AppointmentKind.EVENT: _tr("In-store event"),
    }
    return labels.get(kind, str(kind or "").replace("_", " ").capitalize())


def status_label(status: object) -> str:
    labels = {
        AppointmentStatus.REQUESTED: _tr("Requested"),
        AppointmentStatus.CONFIRMED: _tr("Confirmed"),
        AppointmentStatus.ARRIVED: _tr("Arrived"),
        AppointmentStatus.COMPLETED: _tr("Completed"),
        AppointmentStatus.CANCELLED: _tr("Cancelled"),
        AppointmentStatus.NO_SHOW: _tr("No-show"),
    }
    return labels.get(status, str(status or ""))


def status_action(status: AppointmentStatus) -> str:
    """The button that moves an appointment into `status`."""
    labels = {
        AppointmentStatus.CONFIRMED: _tr("Confirm"),
        AppointmentStatus.ARRIVED: _tr("Client arrived"),
        AppointmentStatus.COMPLETED: _tr("Complete"),
        AppointmentStatus.CANCELLED: _tr("Cancel appointment"),
        AppointmentStatus.NO_SHOW: _tr("No-show"),
    }
    return labels.get(status, status_label(status))


OUTCOMES = ("purchase", "wishlist", "next_step", "no_purchase")


def outcome_label(value: str) -> str:
    labels = {
        "": _tr("Not recorded"),
        "purchase": _tr("Purchase"),
        "wishlist": _tr("Wishlist additions"),
        "next_step": _tr("Next step agreed"),
        "no_purchase": _tr("No purchase"),
    }
    return labels.get(value, value.replace("_", " ").capitalize())


# Painted in code: keep in step with the status chips in resources/styles/jeweldesk.qss.
STATUS_COLOURS = {
    AppointmentStatus.REQUESTED: QColor("#c0892b"),  # amber: waits for an advisor
    AppointmentStatus.CONFIRMED: QColor("#4f6f86"),  # slate blue
    AppointmentStatus.ARRIVED: QColor("#3f7d57"),  # green: the client is here
    AppointmentStatus.COMPLETED: QColor("#8c857b"),  # grey
    AppointmentStatus.CANCELLED: QColor("#b3261e"),
    AppointmentStatus.NO_SHOW: QColor("#9a6b5b"),
}
DOUBLE_BOOKED = QColor("#b3261e")


def status_colour(status: object) -> QColor:
    return STATUS_COLOURS.get(status, QColor("#a8894f"))
