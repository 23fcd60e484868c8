"""What the appointment editor's sections share: sizes, the card frame, combo boxes
holding ids, and how a client and a piece are named."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from jeweldesk.ui.widgets.dates import interface_lang

SEARCH_DELAY_MS = 150
EDITOR_SIZE = (1180, 760)  # over a 1280×800 window; less on a smaller screen
TWO_COLUMNS_FROM = 1100  # px of width: narrower (a 1024×768 tablet), the cards stack
TIME_FIELD_WIDTH = 90  # "18:00" and its arrows, no wider: the form stays narrow


class Card(QFrame):
    """A titled card of the editor (`QFrame#card`, its `role` property naming it)."""

    def __init__(self, title: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("role", role)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 16, 18, 18)
        self.body.setSpacing(10)
        caption = QLabel(title.upper())
        caption.setObjectName("cardTitle")
        self.body.addWidget(caption)


def select(box: QComboBox, value: Any) -> None:
    """Show the item holding `value`, if there is one."""
    # Ids are held as text: QVariant cannot compare Python UUIDs.
    index = box.findData(str(value) if isinstance(value, uuid.UUID) else value)
    if index >= 0:
        box.setCurrentIndex(index)


def chosen_id(box: QComboBox) -> uuid.UUID | None:
    value = box.currentData()
    return uuid.UUID(value) if value else None


def narrow(box: QComboBox) -> None:
    """A long name widens the list the box opens, not the form."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(10)


def fitted(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, or less on a screen too small for it (a tablet's), so that the whole
    dialog is on screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - QSize(24, 24)
    return wanted.boundedTo(room)


def client_text(client: Any) -> str:
    """ "Gu Chengyang 顾诚洋": the display name already holds the local name when set."""
    if client.name_local and client.name_local not in client.display_name:
        return f"{client.display_name}  {client.name_local}"
    return client.display_name


def piece_text(piece: Any) -> str:
    """ "Cathedral Engagement Ring (BC-R-014)": pieces of one design share a name. In
    Chinese, the Chinese name (教堂订婚戒指 (BC-R-014))."""
    name = getattr(piece, "name_zh", "") if interface_lang().startswith("zh") else ""
    name = name or piece.name
    return f"{name} ({piece.sku})" if getattr(piece, "sku", "") else name
