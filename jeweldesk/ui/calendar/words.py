"""Words and colours for appointment kinds, statuses and outcomes, through Qt
translation (context "Calendar"). Each call spells out its context and text: lupdate
only collects literal `translate("Calendar", "…")` calls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from jeweldesk.domain.vocab import AppointmentKind, AppointmentStatus


def kind_label(kind: object) -> str:
    labels = {
        AppointmentKind.PRIVATE_VIEWING: QCoreApplication.translate("Calendar", "Private viewing"),
        AppointmentKind.BRIDAL: QCoreApplication.translate("Calendar", "Bridal consultation"),
        AppointmentKind.BESPOKE: QCoreApplication.translate("Calendar", "Bespoke design session"),
        AppointmentKind.LAUNCH_PREVIEW: QCoreApplication.translate("Calendar", "Launch preview"),
        AppointmentKind.CLEANING: QCoreApplication.translate("Calendar", "Cleaning and inspection"),
        AppointmentKind.REPAIR: QCoreApplication.translate(
            "Calendar", "Repair drop-off or collection"
        ),
        AppointmentKind.VIRTUAL: QCoreApplication.translate("Calendar", "Virtual consultation"),
        AppointmentKind.WORKSHOP: QCoreApplication.translate("Calendar", "Workshop or masterclass"),
        AppointmentKind.EVENT: QCoreApplication.translate("Calendar", "In-store event"),
    }
    return labels.get(kind, str(kind or "").replace("_", " ").capitalize())


def status_label(status: object) -> str:
    labels = {
        AppointmentStatus.REQUESTED: QCoreApplication.translate("Calendar", "Requested"),
        AppointmentStatus.CONFIRMED: QCoreApplication.translate("Calendar", "Confirmed"),
        AppointmentStatus.ARRIVED: QCoreApplication.translate("Calendar", "Arrived"),
        AppointmentStatus.COMPLETED: QCoreApplication.translate("Calendar", "Completed"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("Calendar", "Cancelled"),
        AppointmentStatus.NO_SHOW: QCoreApplication.translate("Calendar", "No-show"),
    }
    return labels.get(status, str(status or ""))


def status_action(status: AppointmentStatus) -> str:
    """The button that moves an appointment into `status`."""
    labels = {
        AppointmentStatus.CONFIRMED: QCoreApplication.translate("Calendar", "Confirm"),
        AppointmentStatus.ARRIVED: QCoreApplication.translate("Calendar", "Client arrived"),
        AppointmentStatus.COMPLETED: QCoreApplication.translate("Calendar", "Complete"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("Calendar", "Cancel appointment"),
        AppointmentStatus.NO_SHOW: QCoreApplication.translate("Calendar", "No-show"),
    }
    return labels.get(status, status_label(status))


OUTCOMES = ("purchase", "wishlist", "next_step", "no_purchase")


def outcome_label(value: str) -> str:
    labels = {
        "": QCoreApplication.translate("Calendar", "Not recorded"),
        "purchase": QCoreApplication.translate("Calendar", "Purchase"),
        "wishlist": QCoreApplication.translate("Calendar", "Wishlist additions"),
        "next_step": QCoreApplication.translate("Calendar", "Next step agreed"),
        "no_purchase": QCoreApplication.translate("Calendar", "No purchase"),
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
