"""The stock card: pieces found by collection, stone, metal and price, free for the
slot, ticked to reserve them; and what saving will reserve or release."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from jeweldesk.ui.appointment.common import Card, narrow, piece_text
from jeweldesk.ui.calendar.data import Whereabouts
from jeweldesk.ui.calendar.models import StockModel
from jeweldesk.ui.calendar.stock_table import StockTable

translate = QCoreApplication.translate


class StockCard(Card):
    """`sig_stock_shown` each time a search's pieces are shown. `held` is what the
    open appointment has reserved (None for a new one); `stock_model.chosen` what is
    ticked now."""

    sig_stock_shown = Signal()

    def __init__(
        self,
        runner: Any,
        where: Whereabouts,
        slot: Callable[[], tuple[dt.datetime, dt.datetime]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("AppointmentEditor", "Pre-selection from stock"), "stock", parent
        )
        self.runner, self.where, self.slot = runner, where, slot
        self.held: dict[uuid.UUID, Any] | None = None
        self.stock_filters = self._build_filters()
        self.stock_model = StockModel(self)
        self.stock_table = StockTable(self.stock_model)
        self.stock_table.clicked.connect(self._toggle_piece)
        self.stock_model.dataChanged.connect(lambda *_: self.show_chosen())
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("fieldHint")
        self.chosen_label.setWordWrap(True)
        self.body.addWidget(self.stock_filters)
        self.body.addWidget(self.stock_table, 1)
        self.body.addWidget(self.chosen_label)

    def _build_filters(self) -> QWidget:
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(8)
        self.collection_box = QComboBox()
        self.collection_box.setObjectName("collectionBox")
        self.collection_box.addItem(translate("AppointmentEditor", "All collections"), "")
        narrow(self.collection_box)
        self.stone_edit = QLineEdit()
        self.stone_edit.setPlaceholderText(translate("AppointmentEditor", "Stone"))
        self.metal_edit = QLineEdit()
        self.metal_edit.setPlaceholderText(translate("AppointmentEditor", "Metal"))
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(
            translate("AppointmentEditor", "Max {currency}").format(
                currency=self.where.store.currency
            )
        )
        self.stock_button = QPushButton(translate("AppointmentEditor", "Find"))
        self.stock_button.clicked.connect(self.search_stock)
        for w in (self.stone_edit, self.metal_edit, self.price_edit):
            w.returnPressed.connect(self.search_stock)
        filters.addWidget(self.collection_box, 0, 0, 1, 2)
        filters.addWidget(self.stone_edit, 0, 2, 1, 2)
        filters.addWidget(self.metal_edit, 1, 0, 1, 2)
        filters.addWidget(self.price_edit, 1, 2)
        filters.addWidget(self.stock_button, 1, 3)
        holder = QWidget()
        holder.setLayout(filters)
        filters.setContentsMargins(0, 0, 0, 0)
        return holder

    # --- finding -----------------------------------------------------------------------

    def fill_collections(self, names: list[str]) -> None:
        for name in names:
            self.collection_box.addItem(name, name)

    def search_stock(self) -> None:
        start, end = self.slot()
        if end <= start:
            end = start + dt.timedelta(hours=1)
        kw = dict(
            collection=self.collection_box.currentData() or "",
            stone=self.stone_edit.text().strip(),
            metal=self.metal_edit.text().strip(),
            max_price=self.price_edit.text().strip() or None,
            slot=(start, end),
            limit=60,
        )
        currency = self.where.store.currency
        self.runner.read(
            lambda desk: desk.stock.find(**kw), lambda rows: self._show_stock(rows, currency)
        )

    def _show_stock(self, rows: list, currency: str) -> None:
        self.stock_model.set_rows(rows, currency)
        self.sig_stock_shown.emit()

    def _toggle_piece(self, index: QModelIndex) -> None:
        # A tap anywhere on the row ticks its box: the checkbox alone is a small target.
        if index.column() == 0:
            return  # the view ticks the box itself
        first = self.stock_model.index(index.row(), 0)
        checked = first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.stock_model.setData(
            first,
            Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )

    # --- what is reserved --------------------------------------------------------------

    def show_held(self, pieces: dict[uuid.UUID, Any], *, movable: bool) -> None:
        """The open appointment's reserved pieces, ticked; the search only while it
        can still be changed."""
        self.held = dict(pieces)
        self.stock_model.chosen = dict(pieces)
        self.stock_model.held = set(pieces)
        self.stock_filters.setVisible(movable)
        self.stock_table.setVisible(movable)

    def show_chosen(self) -> None:
        if self.held is not None:
            self.chosen_label.setText(self._changes_text(self.held))
            return
        names = [piece_text(p) for p in self.stock_model.chosen.values()]
        self.chosen_label.setText(
            translate("AppointmentEditor", "To reserve for the slot: {pieces}").format(
                pieces=", ".join(names)
            )
            if names
            else translate("AppointmentEditor", "Tick pieces to reserve them for the slot.")
        )

    def _changes_text(self, held: dict[uuid.UUID, Any]) -> str:
        chosen = self.stock_model.chosen if self.stock_table.isVisibleTo(self) else held
        kept = [piece_text(p) for i, p in held.items() if i in chosen]
        lines = (
            [
                translate("AppointmentEditor", "Reserved for this slot:")
                + "\n"
                + "\n".join(f"•  {n}" for n in kept)
            ]
            if kept
            else []
        )
        added = [piece_text(p) for i, p in chosen.items() if i not in held]
        released = [piece_text(p) for i, p in held.items() if i not in chosen]
        if added:
            lines.append(
                translate("AppointmentEditor", "To reserve when you save: {pieces}").format(
                    pieces=", ".join(added)
                )
            )
        if released:
            lines.append(
                translate("AppointmentEditor", "To release when you save: {pieces}").format(
                    pieces=", ".join(released)
                )
            )
        return (
            "\n".join(lines)
            if lines
            else translate("AppointmentEditor", "No pieces reserved for this slot.")
        )
