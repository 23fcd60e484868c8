"""The one front door: `Desk.open(data_dir)` and its services. Imports no Qt."""

from jeweldesk.services.base import Changes, Notice, Written
from jeweldesk.services.desk import Desk

__all__ = ["Changes", "Desk", "Notice", "Written"]
