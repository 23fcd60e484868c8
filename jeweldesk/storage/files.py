"""A folder of content-addressed files: each file is named by the SHA-256 of its
bytes (`<root>/ab/abcdef…`), so the same photo added twice, or sent by two devices,
is one file. Whole files appear by rename, never half-written; a transfer in
progress grows in `<root>/partial/` until its bytes are whole and match their name.

Used by the device's store (photos) and by head office alike."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

SHA256 = re.compile(r"[0-9a-f]{64}")
CHUNK = 1024 * 1024

_locks: dict[str, threading.RLock] = {}
_locks_guard = threading.Lock()


def is_sha256(value: str) -> bool:
    return bool(SHA256.fullmatch(value or ""))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class WrongOffset(Exception):
    """A chunk that does not start where the partial file ends."""

    def __init__(self, offset: int) -> None:
        super().__init__(f"the partial file holds {offset} bytes")
        self.offset = offset


class FileStore:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        with _locks_guard:
            # One lock per folder in this process: adding a file and sweeping away
            # files no record names never interleave.
            self.lock = _locks.setdefault(str(self.root.resolve()), threading.RLock())

    # --- whole files -------------------------------------------------------------------

    def path(self, sha: str) -> Path:
        if not is_sha256(sha):
            raise ValueError(f"not a SHA-256: {sha[:80]!r}")
        return self.root / sha[:2] / sha

    def has(self, sha: str) -> bool:
        return is_sha256(sha) and self.path(sha).is_file()

    def size(self, sha: str) -> int | None:
        try:
            return self.path(sha).stat().st_size
        except (OSError, ValueError):
            return None

    def put(self, data: bytes, sha: str | None = None) -> tuple[str, bool]:
        """Keep `data`; returns its SHA-256 and whether it was new here."""
        sha = sha or digest(data)
        target = self.path(sha)
        if target.is_file():
            return sha, False
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_whole(target, data)
        return sha, True

    def read(self, sha: str) -> bytes:
        return self.path(sha).read_bytes()

    def remove(self, sha: str) -> bool:
        try:
            self.path(sha).unlink()
            return True
        except (FileNotFoundError, ValueError):
            return False

    def shas(self) -> Iterator[str]:
        """Every whole file held."""
        if not self.root.is_dir():
            return
        for folder in os.scandir(self.root):
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for entry in os.scandir(folder.path):
                if is_sha256(entry.name):
                    yield entry.name

    # --- files in transfer ---------------------------------------------------------------

    def partial(self, sha: str) -> Path:
        if not is_sha256(sha):
            raise ValueError(f"not a SHA-256: {sha[:80]!r}")
        return self.root / "partial" / f"{sha}.part"

    def partial_size(self, sha: str) -> int:
        try:
            return self.partial(sha).stat().st_size
        except FileNotFoundError:
            return 0

    def append(self, sha: str, offset: int, chunk: bytes) -> int:
        """Add `chunk` at `offset` of the file in transfer; returns its new size. A
        chunk starting elsewhere than the end raises `WrongOffset` (the sender resumes
        from there); a chunk already held in full is taken as a repeat."""
        part = self.partial(sha)
        part.parent.mkdir(parents=True, exist_ok=True)
        with self.lock:
            held = self.partial_size(sha)
            if offset + len(chunk) <= held and offset < held:
                return held  # a retried chunk that arrived the first time
            if offset != held:
                raise WrongOffset(held)
            with open(part, "ab") as out:
                out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            return held + len(chunk)

    def receive(self, sha: str, offset: int, blocks: Iterable[bytes]) -> int:
        """Write a stream of bytes arriving for the file in transfer, from `offset`
        (its size here), synced once at the end; returns the size held. What arrived
        before the stream broke stays, for the next attempt to resume from."""
        part = self.partial(sha)
        part.parent.mkdir(parents=True, exist_ok=True)
        with self.lock:
            held = self.partial_size(sha)
            if offset != held:
                raise WrongOffset(held)
            with open(part, "ab") as out:
                try:
                    for block in blocks:
                        out.write(block)
                        held += len(block)
                finally:
                    out.flush()
                    os.fsync(out.fileno())
            return held

    def finish(self, sha: str) -> bool:
        """The file in transfer is whole: keep it if its bytes match its name (True),
        else throw it away (False)."""
        part = self.partial(sha)
        with self.lock:
            if not part.is_file():
                return self.has(sha)
            hasher = hashlib.sha256()
            with open(part, "rb") as source:
                while block := source.read(CHUNK):
                    hasher.update(block)
            if hasher.hexdigest() != sha:
                part.unlink(missing_ok=True)
                return False
            target = self.path(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
            return True

    def drop_partial(self, sha: str) -> None:
        self.partial(sha).unlink(missing_ok=True)

    def chunks(self, sha: str, offset: int = 0, size: int = CHUNK) -> Iterator[bytes]:
        with open(self.path(sha), "rb") as source:
            source.seek(offset)
            while block := source.read(size):
                yield block


def _write_whole(target: Path, data: bytes) -> None:
    fd, part = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:8]}.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise
