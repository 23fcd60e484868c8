"""The profile's Photos tab: the client's portraits, their pieces and the pieces
taken in for service, as thumbnails; adding one from a file or the camera (where
there is one), and removing one. A photo whose file has not arrived from head office
yet shows "Arriving…" instead of its picture."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from jeweldesk.ui import appearance
from jeweldesk.ui.photos.camera import CameraDialog, camera_available
from jeweldesk.ui.photos.pixmaps import paint_square, thumbnail
from jeweldesk.ui.profile.common import ProfileTab, Shown, action_button, when_text

TILE = 128
PICTURES = "*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp"


class PhotoGrid(QListWidget):
    """Thumbnails in rows, each with a line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(TILE, TILE))
        self.setGridSize(QSize(TILE + 28, TILE + 44))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setMinimumHeight(TILE + 60)
        self.setSpacing(6)


def tile(path: str | Path | None, waiting: str) -> QIcon:
    """The thumbnail on a square tile, or the placeholder while it has not arrived."""
    canvas = QPixmap(TILE * 2, TILE * 2)
    canvas.setDevicePixelRatio(2.0)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    paint_square(painter, QRectF(0, 0, TILE, TILE), thumbnail(path), waiting)
    painter.end()
    return QIcon(canvas)


class PhotosTab(ProfileTab):
    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "photosTab", parent)
        section = self.section(self.tr("Photos"))
        self.hint = QLabel(
            self.tr(
                "The newest portrait is the one shown in the book and on briefs. "
                "JPEG, PNG or WebP, up to 15 MB."
            )
        )
        self.hint.setObjectName("photoHint")
        self.hint.setWordWrap(True)
        section.add(self.hint)
        row = QHBoxLayout()
        row.setSpacing(10)
        of = QLabel(self.tr("Photo of"))
        self.subject = QComboBox()
        self.subject.setObjectName("photoSubject")
        self.subject.setAccessibleName(self.tr("Photo of"))
        self.subject.setMinimumContentsLength(12)
        self.subject.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        of.setBuddy(self.subject)
        self.from_file = action_button(self.tr("Add from a file…"), "addPhotoFromFile")
        self.from_camera = action_button(self.tr("Take photo…"), "addPhotoFromCamera")
        # Shown once a camera is found, when the tab is first opened: looking loads
        # Qt Multimedia, which opening a profile should not wait for.
        self.from_camera.hide()
        self._camera_looked = False
        self.remove = action_button(self.tr("Remove"), "removePhoto")
        self.remove.setEnabled(False)
        row.addWidget(of)
        row.addWidget(self.subject, 1)
        section.layout_.addLayout(row)
        # The buttons on a line of their own: on a tablet's narrow pane, one line
        # with the choice of piece would be wider than the card.
        section.add_buttons(self.from_file, self.from_camera, self.remove)
        self.grid = section.add(PhotoGrid())
        self.grid.setAccessibleName(self.tr("Photos"))
        self.empty = QLabel(self.tr("No photos yet"))
        self.empty.setObjectName("photosEmpty")
        self.empty.setStyleSheet(f"color: {appearance.MUTED.name()}")
        section.add(self.empty)
        self.end()
        self.photos: list = []
        self.from_file.clicked.connect(self.add_from_file)
        self.from_camera.clicked.connect(self.add_from_camera)
        self.remove.clicked.connect(self.remove_selected)
        self.grid.itemSelectionChanged.connect(
            lambda: self.remove.setEnabled(bool(self.grid.selectedItems()))
        )

    # --- showing -----------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._camera_looked:
            self._camera_looked = True
            self.from_camera.setVisible(camera_available())

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        chosen = self.subject.currentData() if same_client else None
        self.subject.clear()
        self.subject.addItem(self.tr("The client (portrait)"), None)
        for item in shown.profile.jewellery_box:
            self.subject.addItem(item.piece.description, item.piece.id.hex)
        if chosen is not None:
            index = self.subject.findData(chosen)
            self.subject.setCurrentIndex(max(0, index))
        self.load()

    def load(self) -> None:
        """Read the client's photos and where their thumbnails are on this device."""
        client_id = self.client_id
        runner = self.writes.runner
        if client_id is None or runner is None:
            return

        def read(desk):
            return [(p, desk.photos.thumbnail_path(p)) for p in desk.photos.for_client(client_id)]

        runner.read(read, lambda photos: self._fill(client_id, photos))

    def _fill(self, client_id: uuid.UUID, photos: list) -> None:
        if client_id != self.client_id:
            return
        self.photos = photos
        pieces = {
            item.piece.id: item.piece.description
            for item in (self.shown.profile.jewellery_box if self.shown else ())
        }
        zone = self.shown.timezone if self.shown else None
        self.grid.clear()
        waiting = self.tr("Arriving…")
        metrics = QFontMetrics(self.grid.font())
        for photo, path in photos:
            what = {
                "portrait": self.tr("Portrait"),
                "intake": self.tr("At intake"),
                "stock": self.tr("Stock"),
            }.get(photo.subject) or pieces.get(photo.subject_id, self.tr("Piece"))
            # One line for what it shows, one for when: a long piece name is cut, not
            # wrapped over the date.
            short = metrics.elidedText(what, Qt.TextElideMode.ElideRight, TILE + 16)
            text = f"{short}\n{when_text(photo.taken_at, zone)}"
            item = QListWidgetItem(tile(path, waiting), text)
            item.setData(Qt.ItemDataRole.UserRole, photo.id.hex)
            item.setToolTip("\n".join(x for x in (what, photo.caption) if x))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.grid.addItem(item)
        self.empty.setVisible(not photos)
        self.grid.setVisible(bool(photos))
        self.remove.setEnabled(False)

    # --- adding and removing -----------------------------------------------------------

    @classmethod
    def choose_file(cls, parent: QWidget) -> str:
        """The picture file the advisor picks; "" when cancelled (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            parent.tr("Add a photo"),
            "",
            parent.tr("Pictures ({patterns})").format(patterns=PICTURES),
        )
        return path

    def add_from_file(self) -> None:
        path = self.choose_file(self)
        if path:
            self._add(Path(path))

    def add_from_camera(self) -> None:
        data = CameraDialog.take_photo(self)
        if data:
            self._add(data)

    def _add(self, data: bytes | Path) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        chosen = self.subject.currentData()
        piece = uuid.UUID(hex=chosen) if chosen else None
        subject = "piece" if piece is not None else "portrait"

        def add(desk):
            written = desk.photos.add(client_id, data, subject=subject, subject_id=piece)
            # With where its thumbnail is: the tile is painted as soon as the write is
            # back, before the profile is read again.
            return replace(
                written, value=(written.value, desk.photos.thumbnail_path(written.value))
            )

        self.writes.save(
            add,
            done=self.tr("Photo added"),
            reverse=lambda added: lambda desk, key=added[0].id: desk.photos.remove(key),
            on_saved=lambda added: self._show_added(client_id, *added),
        )

    def _show_added(self, client_id: uuid.UUID, photo, path) -> None:
        if client_id != self.client_id or any(p.id == photo.id for p, _ in self.photos):
            return
        self._fill(client_id, [(photo, path), *self.photos])

    def remove_selected(self) -> None:
        items = self.grid.selectedItems()
        if not items:
            return
        photo_id = uuid.UUID(hex=items[0].data(Qt.ItemDataRole.UserRole))
        self.writes.save(lambda desk: desk.photos.remove(photo_id), done=self.tr("Photo removed"))
