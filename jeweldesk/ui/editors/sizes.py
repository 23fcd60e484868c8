"""Ring sizes per hand and finger in the client's sizing system, and wrist, neck and
ankle lengths."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jeweldesk.domain.vocab import Finger, Hand, MeasurementKind, SizingSystem
from jeweldesk.ui import labels
from jeweldesk.ui.editors.base import Editor, choices


class RingSizeEditor(Editor):
    """Accepts sizes as advisors write them: "6½" or "6 1/2" (US), "M½" (UK), "52" (EU),
    "13" (CN/HK)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ring size"), self.tr("Save size"), "ringSizeEditor", parent)
        self.hand = choices(
            QComboBox(), ((labels.hand_finger_label(h, "").strip(), h.value) for h in Hand)
        )
        self.finger = choices(
            QComboBox(),
            ((labels.hand_finger_label("", f).strip().capitalize(), f.value) for f in Finger),
        )
        self.finger.setCurrentIndex(list(Finger).index(Finger.RING))
        self.system = choices(
            QComboBox(), ((labels.sizing_system_label(s), s.value) for s in SizingSystem)
        )
        self.size = QLineEdit()
        self.size.setObjectName("ringSizeInput")
        self.size.setPlaceholderText(self.tr("e.g. 6½, M½, 52"))
        self.size.setMaximumWidth(160)
        self.add(self.tr("Hand"), self.hand, "hand")
        self.add(self.tr("Finger"), self.finger, "finger")
        self.add(self.tr("System"), self.system, "system")
        self.add(self.tr("Size"), self.size, "ring_size")
        self.finish()

    def use_system(self, system: str) -> None:
        """Start in the system the client's store uses."""
        index = self.system.findData(system)
        if index >= 0:
            self.system.setCurrentIndex(index)

    def values(self) -> dict:
        return {
            "hand": self.hand.currentData(),
            "finger": self.finger.currentData(),
            "system": self.system.currentData(),
            "size": self.size.text(),
        }


class MeasurementEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Wrist and neck"), self.tr("Save length"), "measurementEditor", parent
        )
        self.kind = choices(
            QComboBox(), ((labels.measurement_label(k), k.value) for k in MeasurementKind)
        )
        self.length = QLineEdit()
        self.length.setObjectName("measurementInput")
        self.length.setPlaceholderText(self.tr("e.g. 16.5 cm"))
        self.length.setMaximumWidth(160)
        self.add(self.tr("Measure"), self.kind, "kind")
        self.add(self.tr("Length"), self.length, "length")
        self.finish()

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "length": self.length.text()}
