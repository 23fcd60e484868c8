"""Photo files to and from head office, after the row ops of a sync.

The rows say which files a device needs (`photos.sha256`, `photos.thumb_sha256`);
`file_transfers` says which are on their way. Thumbnails go first, both ways, then
the originals: a book shows its faces before any full-size photo has moved.

- Up: `HEAD /files/{sha}` asks what head office holds (the whole file, or how many
  bytes of an interrupted upload); the rest goes in chunks with `Content-Range`, each
  acknowledged with the offset head office now holds, so a dropped connection costs
  one chunk at most.
- Down: `GET /files/{sha}` with `Range: bytes=N-` for the bytes not yet here; the
  file is written into `files/partial/` as it arrives and kept only once its
  SHA-256 matches its name.

A file head office does not hold yet (its device has not synced) waits for the next
sync; a photo whose file has not arrived shows a placeholder meanwhile. Files no
photo names any more (removed, or their client erased) are deleted from the device."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

import requests
from sqlalchemy import select

from jeweldesk.storage import models as m
from jeweldesk.storage.files import FileStore, WrongOffset
from jeweldesk.sync.client import TIMEOUT, HeadOfficeClient, SyncError

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

log = logging.getLogger(__name__)
CHUNK = 4 * 1024 * 1024
# Thumbnails are small: several at once keep the line busy (head office serves
# each from its own worker thread).
PARALLEL = 4
ROLES = ("thumb", "original")


@dataclass
class FileReport:
    uploaded: int = 0
    downloaded: int = 0
    waiting: int = 0  # not at head office yet, or failed: tried again next sync
    bytes_up: int = 0
    bytes_down: int = 0
    removed: int = 0


@dataclass
class _Outcome:
    sha: str
    done: bool
    confirmed: int
    moved: int
    error: str = ""


Mover = Callable[[str, int], _Outcome]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class FileSync:
    """The file half of a sync for one open store."""

    def __init__(self, desk: Desk, client: HeadOfficeClient) -> None:
        self.desk = desk
        self.client = client
        self.files: FileStore = desk.photos.files

    def run(self) -> FileReport:
        report = FileReport()
        self.queue_downloads()
        for role in ROLES:
            self._transfer("up", role, self._upload, report)
            self._transfer("down", role, self._download, report)
        report.removed = self.sweep()
        with self.desk.store.sessions() as s:
            report.waiting = len(
                s.scalars(
                    select(m.FileTransfer.sha256).where(m.FileTransfer.done_at.is_(None))
                ).all()
            )
        return report

    # --- what is to move ---------------------------------------------------------------

    def queue_downloads(self) -> int:
        """Files the photos here name that are not on this device yet."""
        with self.desk.store.sessions.begin() as s:
            thumbs = set(
                s.scalars(
                    select(m.Photo.thumb_sha256).where(
                        m.Photo.deleted.is_(False), m.Photo.thumb_sha256 != ""
                    )
                )
            )
            wanted = self.desk.photos.referenced(s)
            known = set(s.scalars(select(m.FileTransfer.sha256)))
            missing = [sha for sha in wanted - known if not self.files.has(sha)]
            sizes = {
                sha: size
                for sha, size in s.execute(
                    select(m.Photo.sha256, m.Photo.byte_size).where(m.Photo.deleted.is_(False))
                )
            }
            for sha in missing:
                s.add(
                    m.FileTransfer(
                        sha256=sha,
                        direction="down",
                        role="thumb" if sha in thumbs else "original",
                        byte_size=sizes.get(sha, 0),
                        bytes_confirmed=self.files.partial_size(sha),
                        attempts=0,
                        last_error="",
                        queued_at=_now(),
                    )
                )
            # A download finished before and the file has gone since: fetch it again.
            for transfer in s.scalars(
                select(m.FileTransfer).where(
                    m.FileTransfer.direction == "down", m.FileTransfer.done_at.is_not(None)
                )
            ):
                if transfer.sha256 in wanted and not self.files.has(transfer.sha256):
                    transfer.done_at = None
            return len(missing)

    def sweep(self) -> int:
        """Delete the files no photo here names any more."""
        with self.files.lock, self.desk.store.sessions.begin() as s:
            wanted = self.desk.photos.referenced(s)
            pending = set(
                s.scalars(
                    select(m.FileTransfer.sha256).where(
                        m.FileTransfer.direction == "up", m.FileTransfer.done_at.is_(None)
                    )
                )
            )
            gone = [sha for sha in self.files.shas() if sha not in wanted]
            for sha in gone:
                self.files.remove(sha)
                transfer = s.get(m.FileTransfer, sha)
                if transfer is not None:
                    s.delete(transfer)
            for sha in pending - wanted:
                transfer = s.get(m.FileTransfer, sha)
                if transfer is not None:
                    s.delete(transfer)
            return len(gone)

    def _transfer(self, direction: str, role: str, move: Mover, report: FileReport) -> None:
        with self.desk.store.sessions() as s:
            todo = [
                (t.sha256, t.byte_size)
                for t in s.scalars(
                    select(m.FileTransfer)
                    .where(
                        m.FileTransfer.direction == direction,
                        m.FileTransfer.role == role,
                        m.FileTransfer.done_at.is_(None),
                    )
                    .order_by(m.FileTransfer.queued_at)
                )
            ]
        if not todo:
            return
        workers = PARALLEL if role == "thumb" else 2
        with ThreadPoolExecutor(workers, thread_name_prefix=f"files-{direction}") as pool:
            outcomes = list(pool.map(lambda item: self._safely(move, *item), todo))
        if any(o.error == "unreachable" for o in outcomes):
            self._record(outcomes)
            raise SyncError("head office unreachable while moving photo files")
        self._record(outcomes)
        for outcome in outcomes:
            if direction == "up":
                report.bytes_up += outcome.moved
                report.uploaded += outcome.done
            else:
                report.bytes_down += outcome.moved
                report.downloaded += outcome.done

    def _safely(self, move: Mover, sha: str, size: int) -> _Outcome:
        try:
            return move(sha, size)
        except requests.RequestException as exc:
            log.info("photo file %s: %s", sha[:12], type(exc).__name__)
            return _Outcome(sha, False, -1, 0, "unreachable")

    def _record(self, outcomes: list[_Outcome]) -> None:
        with self.desk.store.sessions.begin() as s:
            for outcome in outcomes:
                transfer = s.get(m.FileTransfer, outcome.sha)
                if transfer is None:
                    continue
                transfer.attempts += 1
                if outcome.confirmed >= 0:
                    transfer.bytes_confirmed = outcome.confirmed
                transfer.last_error = outcome.error
                if outcome.done:
                    transfer.done_at = _now()

    # --- up ----------------------------------------------------------------------------

    def _url(self, sha: str) -> str:
        return f"{self.client.url}/files/{sha}"

    def _headers(self) -> dict[str, str]:
        # Photos are compressed already: gzip would cost CPU and save nothing.
        return {**self.client.auth_headers(), "Accept-Encoding": "identity"}

    def _upload(self, sha: str, size: int) -> _Outcome:
        if not self.files.has(sha):
            return _Outcome(sha, False, 0, 0, "not on this device")
        size = self.files.size(sha) or size
        answer = self.client.session.head(self._url(sha), headers=self._headers(), timeout=TIMEOUT)
        if answer.status_code == 200:
            return _Outcome(sha, True, size, 0)
        if answer.status_code != 404 or "Upload-Offset" not in answer.headers:
            # No photo head office holds names it (the row was refused, or not pushed).
            return _Outcome(sha, False, 0, 0, f"head office answered {answer.status_code}")
        offset = int(answer.headers["Upload-Offset"])
        moved = 0
        for _attempt in range(3):
            try:
                for chunk in self.files.chunks(sha, offset, CHUNK):
                    last = offset + len(chunk) - 1
                    response = self.client.session.put(
                        self._url(sha),
                        data=chunk,
                        headers={
                            **self._headers(),
                            "Content-Range": f"bytes {offset}-{last}/{size}",
                            "Content-Type": "application/octet-stream",
                        },
                        timeout=TIMEOUT,
                    )
                    body = _json(response)
                    if response.status_code == 409:
                        raise WrongOffset(_int(body, "offset", 0))
                    if response.status_code == 422:
                        return _Outcome(sha, False, 0, moved, "head office found the bytes changed")
                    if response.status_code >= 400:
                        return _Outcome(
                            sha,
                            False,
                            offset,
                            moved,
                            f"head office answered {response.status_code}",
                        )
                    moved += len(chunk)
                    offset = _int(body, "offset", last + 1)
                    if body.get("complete"):
                        return _Outcome(sha, True, size, moved)
                return _Outcome(sha, False, offset, moved, "upload did not complete")
            except WrongOffset as wrong:
                offset = wrong.offset  # head office holds another amount: go on from there
        return _Outcome(sha, False, offset, moved, "upload offsets kept disagreeing")

    # --- down --------------------------------------------------------------------------

    def _download(self, sha: str, size: int) -> _Outcome:
        if self.files.has(sha):
            return _Outcome(sha, True, self.files.size(sha) or size, 0)
        held = self.files.partial_size(sha)
        headers = self._headers()
        if held:
            headers["Range"] = f"bytes={held}-"
        moved = 0
        with self.client.session.get(
            self._url(sha), headers=headers, timeout=TIMEOUT, stream=True
        ) as response:
            if response.status_code == 416:
                # What is here is already the whole of it (or more): check it below.
                pass
            elif response.status_code == 404:
                return _Outcome(sha, False, held, 0, "not at head office yet")
            elif response.status_code not in (200, 206):
                return _Outcome(sha, False, held, 0, f"head office answered {response.status_code}")
            else:
                if response.status_code == 200 and held:
                    self.files.drop_partial(sha)  # the whole file came: start again
                    held = 0
                start = held
                held = self.files.receive(sha, held, response.iter_content(1024 * 1024))
                moved = held - start
        if self.files.finish(sha):
            return _Outcome(sha, True, held, moved)
        return _Outcome(sha, False, 0, moved, "the bytes did not match their SHA-256")


def _json(response: requests.Response) -> dict[str, object]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _int(body: dict[str, object], key: str, default: int) -> int:
    value = body.get(key, default)
    return value if isinstance(value, int) else default
