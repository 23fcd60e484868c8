"""`desk.photos`: a client's portrait, pieces in their jewellery box, a service job's
intake photos and stock pictures of catalogue pieces.

The row (`photos`) syncs like any other; the picture itself is a content-addressed
file in the store's folder (`<store>/files/ab/abcdef…`, named by its SHA-256), with an
upright 256 px JPEG thumbnail beside it, named the same way. The same bytes added
twice are one file. Files travel to and from head office separately from the row
ops (`sync/files.py`): a photo whose file has not arrived yet has no path here, and
the screens paint a placeholder instead."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.ids import parse_id
from jeweldesk.domain.names import clean
from jeweldesk.domain.photos import MAX_BYTES, PhotoSubject, check_size, read_picture
from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE, Role
from jeweldesk.services.base import Written, freeze, now_utc, one_of, reading, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.services.records import PhotoRecord
from jeweldesk.storage import models as m
from jeweldesk.storage.files import FileStore

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

FILES_FOLDER = "files"
# Who may add or remove the house's stock pictures, and remove anyone's photo.
ROLES_MANAGING_PHOTOS = ROLES_SEEING_SENSITIVE


def queue_upload(session: Session, sha: str, role: str, size: int) -> None:
    """This device holds a file head office has not confirmed yet: send it at the
    next sync (thumbnails before originals)."""
    if session.get(m.FileTransfer, sha) is None:
        session.add(
            m.FileTransfer(
                sha256=sha,
                direction="up",
                role=role,
                byte_size=size,
                bytes_confirmed=0,
                attempts=0,
                last_error="",
                queued_at=now_utc(),
            )
        )


class PhotoService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    @property
    def files(self) -> FileStore:
        """The store's folder of photo files."""
        return FileStore(self.desk.path.parent / FILES_FOLDER)

    # --- writing -----------------------------------------------------------------------

    def add(
        self,
        client_id: uuid.UUID | str | None,
        data: bytes | Path | str,
        subject: str = "portrait",
        subject_id: uuid.UUID | str | None = None,
        caption: str = "",
        *,
        taken_at: dt.datetime | None = None,
    ) -> Written[PhotoRecord]:
        """Keep a photo (bytes, or a file's path) of the client, a piece of theirs
        (`subject="piece"`, the owned piece's id), a service job's intake
        (`"intake"`, the job's id) or a catalogue piece (`"stock"`, no client;
        store managers and head office). Refused when it is not a picture or over
        15 MB. The same picture added again for the same subject is the photo
        already kept."""
        kind = one_of(PhotoSubject, subject, "subject")
        raw = _bytes_of(data)
        picture = read_picture(raw)
        caption = clean(caption)
        subject_key = _optional_id(subject_id, "subject_id")
        with reading(self.desk) as s:
            role = _role(s, self.desk.acting_staff_id)
        if kind is PhotoSubject.STOCK and role not in ROLES_MANAGING_PHOTOS:
            raise ValidationError("photo.stock_needs_manager", field="subject")
        files = self.files
        with files.lock:
            sha, _ = files.put(raw)
            thumb, _ = files.put(picture.thumbnail)
            with unit_of_work(self.desk) as work:
                s = work.session
                client = (
                    client_row(s, client_id, for_edit=True)
                    if client_id is not None and str(client_id).strip()
                    else None
                )
                if client is None and kind is not PhotoSubject.STOCK:
                    raise ValidationError("photo.client_required", field="client")
                _check_subject(s, kind, subject_key, client.id if client else None)
                owner = client.id if client else None
                same = s.scalars(
                    select(m.Photo).where(
                        m.Photo.sha256 == sha,
                        m.Photo.subject == kind.value,
                        m.Photo.deleted.is_(False),
                        m.Photo.client_id == owner if owner else m.Photo.client_id.is_(None),
                        m.Photo.subject_id == subject_key
                        if subject_key
                        else m.Photo.subject_id.is_(None),
                    )
                ).first()
                if same is not None:
                    work.notice("photo.already_kept")
                    photo = same
                else:
                    photo = m.Photo(
                        client_id=owner,
                        store_id=self.desk.home_store_id,
                        subject=kind.value,
                        subject_id=subject_key,
                        sha256=sha,
                        thumb_sha256=thumb,
                        content_type=picture.content_type,
                        byte_size=len(raw),
                        width=picture.width,
                        height=picture.height,
                        caption=caption,
                        taken_at=taken_at or now_utc(),
                        added_by_id=self.desk.acting_staff_id,
                    )
                    s.add(photo)
                    queue_upload(s, thumb, "thumb", len(picture.thumbnail))
                    queue_upload(s, sha, "original", len(raw))
                    work.notice("photo.added")
        return Written(freeze(photo), work.changes)

    def remove(self, photo_id: uuid.UUID | str) -> Written[PhotoRecord]:
        """Take a photo away (the person who added it, store managers, head office).
        Its files go from this device once no other photo shows the same picture."""
        key = _optional_id(photo_id, "photo")
        with unit_of_work(self.desk) as work:
            s = work.session
            photo = s.get(m.Photo, key)
            if photo is None or photo.deleted:
                raise NotFound("photo.not_found")
            if photo.client_id is not None:
                client_row(s, photo.client_id, for_edit=True)
            role = _role(s, self.desk.acting_staff_id)
            if (
                self.desk.acting_staff_id is not None
                and photo.added_by_id not in (None, self.desk.acting_staff_id)
                and role not in ROLES_MANAGING_PHOTOS
            ):
                raise ValidationError("photo.remove_not_allowed")
            photo.deleted = True
            work.notice("photo.removed")
        self.forget_files({photo.sha256, photo.thumb_sha256})
        return Written(freeze(photo), work.changes)

    def forget_files(self, shas: Iterable[str]) -> int:
        """Delete these files from the device where no photo still shows them (after a
        photo is removed or its client erased), with any transfer of them."""
        wanted = {s for s in shas if s}
        if not wanted:
            return 0
        files = self.files
        removed = 0
        with files.lock, unit_of_work(self.desk) as work:
            s = work.session
            kept = set(
                s.scalars(
                    select(m.Photo.sha256).where(
                        m.Photo.deleted.is_(False), m.Photo.sha256.in_(wanted)
                    )
                )
            ) | set(
                s.scalars(
                    select(m.Photo.thumb_sha256).where(
                        m.Photo.deleted.is_(False), m.Photo.thumb_sha256.in_(wanted)
                    )
                )
            )
            for sha in wanted - kept:
                transfer = s.get(m.FileTransfer, sha)
                if transfer is not None:
                    s.delete(transfer)
                removed += files.remove(sha)
                files.drop_partial(sha)
        return removed

    # --- reading -----------------------------------------------------------------------

    def for_client(self, client_id: uuid.UUID | str) -> list[PhotoRecord]:
        """The client's photos (portraits, pieces, intake), newest first."""
        with reading(self.desk) as s:
            client = client_row(s, client_id)
            rows = s.scalars(
                select(m.Photo)
                .where(m.Photo.client_id == client.id, m.Photo.deleted.is_(False))
                .order_by(m.Photo.taken_at.desc(), m.Photo.id.desc())
            ).all()
            return [freeze(r) for r in rows]

    def of_subject(self, subject_id: uuid.UUID | str) -> list[PhotoRecord]:
        """Photos of one piece, service job or catalogue piece, newest first."""
        key = _optional_id(subject_id, "subject_id")
        with reading(self.desk) as s:
            rows = s.scalars(
                select(m.Photo)
                .where(m.Photo.subject_id == key, m.Photo.deleted.is_(False))
                .order_by(m.Photo.taken_at.desc(), m.Photo.id.desc())
            ).all()
            return [freeze(r) for r in rows]

    def of_subjects(self, subject_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PhotoRecord]:
        """The newest photo of each of these pieces or jobs that has one."""
        ids = list(set(subject_ids))
        out: dict[uuid.UUID, PhotoRecord] = {}
        with reading(self.desk) as s:
            for start in range(0, len(ids), 500):
                for row in s.scalars(
                    select(m.Photo)
                    .where(
                        m.Photo.subject_id.in_(ids[start : start + 500]),
                        m.Photo.deleted.is_(False),
                    )
                    .order_by(m.Photo.taken_at, m.Photo.id)
                ):
                    if row.subject_id is not None:
                        out[row.subject_id] = freeze(row)
        return out

    def portrait(self, client_id: uuid.UUID | str) -> PhotoRecord | None:
        """The client's current portrait: the newest one taken."""
        key = _optional_id(client_id, "client")
        return self.portraits([key]).get(key) if key else None

    def portraits(self, client_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PhotoRecord]:
        """Each of these clients' current portrait, for those who have one."""
        ids = list(set(client_ids))
        out: dict[uuid.UUID, PhotoRecord] = {}
        with reading(self.desk) as s:
            for start in range(0, len(ids), 500):
                for row in s.scalars(
                    select(m.Photo)
                    .where(
                        m.Photo.client_id.in_(ids[start : start + 500]),
                        m.Photo.subject == PhotoSubject.PORTRAIT.value,
                        m.Photo.deleted.is_(False),
                    )
                    .order_by(m.Photo.taken_at, m.Photo.id)
                ):
                    if row.client_id is not None:
                        out[row.client_id] = freeze(row)  # the newest comes last
        return out

    def thumbnail_path(self, photo: PhotoRecord | None) -> Path | None:
        """Where the photo's thumbnail is on this device; None while it has not
        arrived (the screen paints a placeholder)."""
        if photo is None:
            return None
        for sha in (photo.thumb_sha256, photo.sha256):
            if sha and self.files.has(sha):
                return self.files.path(sha)
        return None

    def original_path(self, photo: PhotoRecord | None) -> Path | None:
        """Where the photo itself is on this device; None while it has not arrived."""
        if photo is None or not self.files.has(photo.sha256):
            return None
        return self.files.path(photo.sha256)

    def portrait_thumbnails(self, client_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Path]:
        """Each client's portrait thumbnail that is on this device (the book's faces)."""
        out = {}
        for client, photo in self.portraits(client_ids).items():
            path = self.thumbnail_path(photo)
            if path is not None:
                out[client] = path
        return out

    def referenced(self, session: Session) -> set[str]:
        """Every file a photo on this device shows."""
        rows = session.execute(
            select(m.Photo.sha256, m.Photo.thumb_sha256).where(
                m.Photo.deleted.is_(False), or_(m.Photo.sha256 != "", m.Photo.thumb_sha256 != "")
            )
        ).all()
        return {sha for pair in rows for sha in pair if sha}


def subject_thumbnail(session: Session, data_dir: Path, *subject_ids: uuid.UUID | None) -> str:
    """The upright thumbnail of the newest photo of the first of these pieces (an
    owned piece, then its catalogue piece) that has one on this device, as a path for
    a printed document; "" when none has. The thumbnail, not the original: it is
    upright whatever the camera's EXIF said, and keeps a document small and fast."""
    files = FileStore(data_dir / FILES_FOLDER)
    for subject_id in subject_ids:
        if subject_id is None:
            continue
        for sha in session.scalars(
            select(m.Photo.thumb_sha256)
            .where(m.Photo.subject_id == subject_id, m.Photo.deleted.is_(False))
            .order_by(m.Photo.taken_at.desc(), m.Photo.id.desc())
        ):
            if files.has(sha):
                return str(files.path(sha))
    return ""


def _bytes_of(data: bytes | Path | str) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    path = Path(data)
    try:
        size = path.stat().st_size
    except OSError:
        raise ValidationError("photo.unreadable_file", field="file", name=path.name) from None
    check_size(size)
    try:
        with open(path, "rb") as source:
            return source.read(MAX_BYTES + 1)
    except OSError:
        raise ValidationError("photo.unreadable_file", field="file", name=path.name) from None


def _optional_id(value: uuid.UUID | str | None, field: str) -> uuid.UUID | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_id(value)
    except ValueError:
        raise ValidationError("id.invalid", field=field, value=str(value)) from None


def _role(session: Session, staff_id: uuid.UUID | None) -> Role | None:
    if staff_id is None:
        return None
    role = session.scalar(select(m.Staff.role).where(m.Staff.id == staff_id))
    return Role(role) if role is not None else None


def _check_subject(
    session: Session,
    kind: PhotoSubject,
    subject_id: uuid.UUID | None,
    client_id: uuid.UUID | None,
) -> None:
    """The piece, job or catalogue piece pictured is there, and is the client's."""
    if kind is PhotoSubject.PORTRAIT:
        if subject_id is not None:
            raise ValidationError("photo.subject_unknown", field="subject_id")
        return
    if subject_id is None:
        raise ValidationError("photo.subject_required", field="subject_id", subject=kind.value)
    owner: object = None
    found = False
    if kind is PhotoSubject.PIECE:
        piece = session.get(m.OwnedPiece, subject_id)
        found, owner = piece is not None and not piece.deleted, piece and piece.client_id
    elif kind is PhotoSubject.INTAKE:
        job = session.get(m.ServiceJob, subject_id)
        found, owner = job is not None and not job.deleted, job and job.client_id
    else:
        catalogue = session.get(m.CataloguePiece, subject_id)
        found, owner = catalogue is not None and not catalogue.deleted, None
    if not found or (kind is not PhotoSubject.STOCK and owner != client_id):
        raise ValidationError("photo.subject_unknown", field="subject_id")
