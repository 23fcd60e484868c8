"""Taking a photo with the tablet's camera, where Qt Multimedia finds one: a live
view and a button. Without Qt Multimedia or without a camera, `camera_available()`
says so and the "Take photo" buttons stay hidden."""

from __future__ import annotations

import functools

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@functools.cache
def camera_available() -> bool:
    """Whether a camera is there to take photos with."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # a build of Qt without its multimedia module
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except RuntimeError:
        return False


class CameraDialog(QDialog):
    """A live view of the camera; "Take photo" keeps the frame as a JPEG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setObjectName("cameraDialog")
        self.setWindowTitle(self.tr("Take a photo"))
        self.data: bytes | None = None
        self.camera = QCamera(self)
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.view = QVideoWidget()
        self.view.setMinimumSize(480, 360)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.view)
        self.status = QLabel()
        self.status.setObjectName("cameraStatus")
        self.take = QPushButton(self.tr("Take photo"))
        self.take.setObjectName("takePhoto")
        self.take.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        self.take.clicked.connect(self.capture.capture)
        cancel.clicked.connect(self.reject)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(lambda _id, _error, text: self.status.setText(text))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.take)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.camera.start()

    def _captured(self, _id: int, image) -> None:
        raw = QByteArray()
        buffer = QBuffer(raw)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 90)
        self.data = bytes(raw.data())
        self.camera.stop()
        self.accept()

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)

    @classmethod
    def take_photo(cls, parent: QWidget | None = None) -> bytes | None:
        """The photo taken, as JPEG bytes; None when cancelled (tests replace this)."""
        dialog = cls(parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.data if dialog.exec() == QDialog.DialogCode.Accepted else None
