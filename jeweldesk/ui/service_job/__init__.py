"""Service jobs in the app: `ServiceJobDialog` takes a piece in and moves the job on."""

from jeweldesk.ui.service_job.dialog import ServiceJobDialog

__all__ = ["ServiceJobDialog"]
