"""Qt item models: they hold rows the services handed out, nothing else."""

from jeweldesk.ui.models.client_list import ClientListModel, ClientListRow

__all__ = ["ClientListModel", "ClientListRow"]
