"""A piece for the jewellery box (with its main stone as graded on its report), a
stone for a piece, a wish, and a purchase entered by hand when no till feeds one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jeweldesk.domain.vocab import StoneOrigin
from jeweldesk.services.views import StoneDraft
from jeweldesk.ui import labels
from jeweldesk.ui.editors.base import Editor, choices


def line(name: str, placeholder: str = "", width: int = 0) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if width:
        edit.setMaximumWidth(width)
    return edit


class StoneFields:
    """The stone columns shared by the piece and stone editors."""

    def add_stone_fields(self, editor: Editor) -> None:
        self.stone_type = line("stoneType", QCoreApplication.translate("Dialogs", "e.g. diamond"))
        self.origin = choices(
            QComboBox(), ((labels.stone_origin_label(o), o.value) for o in StoneOrigin)
        )
        self.carat = line("stoneCarat", "1.02", 90)
        self.colour = line("stoneColour", "F", 90)
        self.clarity = line("stoneClarity", "VS1", 90)
        self.lab = line("stoneLab", "GIA", 90)
        self.report = line("stoneReport", QCoreApplication.translate("Dialogs", "report no."))
        editor.add(
            QCoreApplication.translate("Dialogs", "Stone"), self.stone_type, "stone_type", stretch=1
        )
        editor.add(QCoreApplication.translate("Dialogs", "Origin"), self.origin, "origin")
        editor.add(QCoreApplication.translate("Dialogs", "Carat"), self.carat, "carat")
        editor.add(QCoreApplication.translate("Dialogs", "Colour"), self.colour, "colour")
        editor.new_row()
        editor.add(QCoreApplication.translate("Dialogs", "Clarity"), self.clarity, "clarity")
        editor.add(QCoreApplication.translate("Dialogs", "Lab"), self.lab, "lab")
        editor.add(
            QCoreApplication.translate("Dialogs", "Report"), self.report, "report_number", stretch=1
        )

    def stone(self) -> StoneDraft | None:
        if not self.stone_type.text().strip():
            return None
        return StoneDraft(
            stone_type=self.stone_type.text(),
            origin=self.origin.currentData(),
            carat=self.carat.text() or None,
            colour=self.colour.text(),
            clarity=self.clarity.text(),
            lab=self.lab.text(),
            report_number=self.report.text(),
        )


class PieceEditor(Editor, StoneFields):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a piece the client owns"), self.tr("Add piece"), "pieceEditor", parent
        )
        self.description = line("pieceDescription", self.tr("e.g. solitaire ring, bought in Paris"))
        self.metal = line("pieceMetal", self.tr("e.g. platinum"))
        self.value = line("pieceValue", self.tr("optional"), 140)
        self.add(self.tr("Piece"), self.description, "description", stretch=2)
        self.add(self.tr("Metal"), self.metal, "metal", stretch=1)
        self.add(self.tr("Value"), self.value, "value")
        self.new_row()
        self.add_stone_fields(self)
        self.finish()

    def values(self) -> dict:
        stone = self.stone()
        return {
            "description": self.description.text(),
            "metal": self.metal.text(),
            "value": self.value.text() or None,
            "stones": [stone] if stone else [],
        }


class StoneEditor(Editor, StoneFields):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a stone to the chosen piece"), self.tr("Add stone"), "stoneEditor", parent
        )
        self.add_stone_fields(self)
        self.finish()


class WishEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a wish"), self.tr("Add wish"), "wishEditor", parent)
        self.description = line("wishDescription", self.tr("e.g. Jardin emerald earrings"))
        self.note = line("wishNote", self.tr("optional note"))
        self.add(self.tr("Wish"), self.description, "description", stretch=2)
        self.add(self.tr("Note"), self.note, "note", stretch=1)
        self.finish()

    def values(self) -> dict:
        return {"description": self.description.text(), "note": self.note.text()}


class PurchaseEditor(Editor):
    """One line, in this store's currency; purchases cannot be changed once saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record a purchase (when no till feed exists)"),
            self.tr("Record"),
            "purchaseEditor",
            parent,
        )
        self.description = line("purchaseDescription", self.tr("what was bought"))
        self.price = line("purchasePrice", self.tr("price"), 130)
        self.serial = line("purchaseSerial", self.tr("optional"), 150)
        self.add(self.tr("Piece"), self.description, "description", stretch=2)
        self.add(self.tr("Price"), self.price, "unit_price")
        self.add(self.tr("Serial"), self.serial, "serial")
        self.finish()

    def values(self) -> dict:
        return {
            "description": self.description.text(),
            "price": self.price.text(),
            "serial": self.serial.text(),
        }
