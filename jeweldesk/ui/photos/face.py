"""`Face`: a client's portrait in a small circle, or their initials, wherever a
client is named (the appointment editor)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from jeweldesk.ui.photos.pixmaps import paint_round, thumbnail


class Face(QWidget):
    def __init__(self, size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFace")
        self.setFixedSize(size, size)
        self.photo = QPixmap()
        self.letters = ""

    def sizeHint(self) -> QSize:
        return self.size()

    def show_face(self, path: str | Path | None, letters: str) -> None:
        self.photo = thumbnail(path)
        self.letters = letters
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        paint_round(
            painter, QRectF(1, 1, self.width() - 2, self.height() - 2), self.photo, self.letters
        )


class PieceTile(QWidget):
    """A piece's newest photo on a small rounded square (the jewellery box); hidden
    when the piece has none, "Arriving…" while its file is on its way."""

    def __init__(self, size: int = 88, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pieceTile")
        self.setFixedSize(size, size)
        self.photo = QPixmap()
        self.hide()

    def show_photo(self, photo: object | None, path: str | Path | None) -> None:
        self.photo = thumbnail(path)
        self.setVisible(photo is not None)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        from jeweldesk.ui.photos.pixmaps import paint_square

        painter = QPainter(self)
        paint_square(
            painter,
            QRectF(0, 0, self.width(), self.height()),
            self.photo,
            self.tr("Arriving…"),
        )
