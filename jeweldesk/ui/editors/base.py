"""`Editor`: a titled row of labelled fields, a save button and the line that shows
why the services refused a value."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


def choices(combo: QComboBox, items: Iterable[tuple[str, object]]) -> QComboBox:
    """Fill a combo with (shown text, stored value) pairs."""
    for text, value in items:
        combo.addItem(text, value)
    return combo


def set_invalid(widget: QWidget, invalid: bool) -> None:
    # The stylesheet draws `[invalid="true"]` fields with a red edge.
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Editor(QFrame):
    """`sig_submitted` when the advisor presses Enter in a field or the save button.
    Fields are registered under the service's field name, so a `ValidationError`'s
    `field` points at the widget to mark."""

    sig_submitted = Signal()

    def __init__(self, title: str, action: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("editor", True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        heading = QLabel(title)
        heading.setObjectName("editorTitle")
        self.grid.addWidget(heading, 0, 0, 1, 8)
        self.button = QPushButton(action)
        self.button.setObjectName(f"{name}Save")
        self.button.clicked.connect(self.sig_submitted)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.fields: dict[str, QWidget] = {}
        self._column = 0
        self._row = 1

    def add(self, label: str, widget: QWidget, field: str, stretch: int = 0) -> QWidget:
        """A field with its caption above it, on the current row."""
        caption = QLabel(label)
        caption.setObjectName("fieldCaption")
        caption.setBuddy(widget)
        self.grid.addWidget(caption, self._row, self._column)
        self.grid.addWidget(widget, self._row + 1, self._column)
        if stretch:
            self.grid.setColumnStretch(self._column, stretch)
        self._column += 1
        self.fields[field] = widget
        widget.setAccessibleName(label.replace("&", ""))
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.sig_submitted)
            widget.textEdited.connect(lambda _t: self.clear_refusal())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.clear_refusal())
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(lambda: None)
        return widget

    def new_row(self) -> None:
        self._row += 2
        self._column = 0

    def finish(self) -> None:
        """Place the save button after the last field and the error line below."""
        self.grid.addWidget(self.button, self._row + 1, self._column)
        self.grid.addWidget(self.error, self._row + 2, 0, 1, max(self._column + 1, 2))

    def show_refusal(self, message: str, field: str | None) -> None:
        self.clear_refusal()
        self.error.setText(message)
        self.error.show()
        widget = self.fields.get(field or "") or self._line_edit()
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_refusal(self) -> None:
        self.error.hide()
        self.error.clear()
        for widget in self.fields.values():
            if widget.property("invalid"):
                set_invalid(widget, False)

    def clear_text(self) -> None:
        """After a save: empty the typed fields, keep the choices."""
        self.clear_refusal()
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.clear()

    def _line_edit(self) -> QWidget | None:
        return next((w for w in self.fields.values() if isinstance(w, QLineEdit)), None)
