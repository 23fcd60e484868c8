"""`HealthTile`: one calm figure with its title and what it is out of."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class HealthTile(QFrame):
    """A titled figure; `state` "warn" tints the figure (a book under 30, say)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(2)
        self.title = QLabel(title.upper())  # small capitals; a no-op for Chinese
        self.title.setObjectName("tileTitle")
        # Four tiles share a row: an unbroken "APPOINTMENT CONVERSION" alone made the
        # KPI screen, and so the window, wider than a 1000-pixel tablet.
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(" ")
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        for label in (self.title, self.value, self.caption):
            layout.addWidget(label)
        layout.addStretch(1)

    def set_figure(self, value: str, caption: str = "", state: str = "ok") -> None:
        self.value.setText(value)
        self.caption.setText(caption or " ")
        self.value.setProperty("state", state)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.setAccessibleName(f"{self.title.text()}: {value}. {caption}")


def percent(ratio) -> str:
    """A `Ratio` as '78%' ('–' when nothing was due)."""
    value = ratio.value
    if value is None:
        return "–"
    return f"{value}%"  # as the command line prints it: the same number everywhere
