"""Head office's photo files: the bytes a `photos` row names by SHA-256, uploaded and
downloaded by devices beside the row ops.

- `HEAD /files/{sha256}`: 200 with the size when head office holds the file whole;
  404 otherwise, with `Upload-Offset`, the bytes of an interrupted upload it holds.
- `PUT /files/{sha256}` with `Content-Range: bytes FIRST-LAST/TOTAL`: one chunk, at
  the offset head office holds (a chunk elsewhere is answered 409 with the offset to
  resume from). The last chunk makes the file whole: its SHA-256 is checked (422 and
  the bytes thrown away on a mismatch) before it is kept.
- `GET /files/{sha256}` with an optional `Range: bytes=N-`: the file, or its rest.

A device may send or fetch a file only when a photo its store sees names it (its
client's, or its store's stock picture): a credential never opens a file by its hash
alone. Files live under head office's files folder (`JEWELDESK_HO_FILES_DIR`, or
beside a SQLite database), named by their hash, so nothing is ever stored twice."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Connection, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from jeweldesk.domain.photos import MAX_BYTES
from jeweldesk.headoffice import enrolment
from jeweldesk.headoffice.changelog import visible_client_ids
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow
from jeweldesk.storage.files import FileStore, WrongOffset, is_sha256
from jeweldesk.storage.models import Base

log = logging.getLogger(__name__)
FILES_DIR_ENV = "JEWELDESK_HO_FILES_DIR"
# A chunk of an upload: large enough that loopback runs at disk speed, small enough
# that a dropped connection on a shop's line costs little.
MAX_CHUNK = 8 * 1024 * 1024
RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")

Photos = Base.metadata.tables["photos"]
StoredFiles = Base.metadata.tables["stored_files"]


def files_root(database_url: str) -> Path:
    """Head office's files folder: `$JEWELDESK_HO_FILES_DIR`, else beside a SQLite
    database (`headoffice.sqlite3.files/`), else one per database in the user's
    data folder."""
    configured = os.environ.get(FILES_DIR_ENV)
    if configured:
        return Path(configured)
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database)
        return database.with_name(database.name + ".files")
    from platformdirs import user_data_dir

    name = hashlib.sha256(url.render_as_string(hide_password=False).encode()).hexdigest()[:16]
    return Path(user_data_dir("jeweldesk-headoffice", "JewelDesk")) / "files" / name


def file_store(database_url: str) -> FileStore:
    return FileStore(files_root(database_url))


def _in_scope(conn: Connection, device: Mapping[str, Any], sha: str) -> bool:
    """Whether a photo the device's store sees names the file."""
    owners = conn.execute(
        select(Photos.c.client_id, Photos.c.store_id)
        .where(
            or_(Photos.c.sha256 == sha, Photos.c.thumb_sha256 == sha),
            Photos.c.deleted.is_(False),
        )
        .limit(50)
    ).all()
    store_id = device["store_id"]
    if any(client is None and store == store_id for client, store in owners):
        return True
    clients = {client for client, _ in owners if client is not None}
    return bool(clients and visible_client_ids(conn, store_id, clients))


def discard(conn: Connection, photos: Mapping[uuid.UUID, Mapping[str, Any]]) -> int:
    """Delete the files of these photos (a client being erased) that no other photo
    still shows. Returns how many files went."""
    shas = {
        row[column]
        for row in photos.values()
        for column in ("sha256", "thumb_sha256")
        if row.get(column) and is_sha256(row[column])
    }
    if not shas:
        return 0
    still = conn.execute(
        select(Photos.c.sha256, Photos.c.thumb_sha256).where(
            or_(Photos.c.sha256.in_(shas), Photos.c.thumb_sha256.in_(shas)),
            Photos.c.deleted.is_(False),
            Photos.c.id.not_in(list(photos)),
        )
    ).all()
    gone = shas - {sha for pair in still for sha in pair}
    if not gone:
        return 0
    conn.execute(StoredFiles.delete().where(StoredFiles.c.sha256.in_(gone)))
    store = file_store(conn.engine.url.render_as_string(hide_password=False))
    for sha in gone:
        store.remove(sha)
        store.drop_partial(sha)
    return len(gone)


def _record(ho: HeadOfficeStore, sha: str, size: int, device: Mapping[str, Any]) -> None:
    try:
        with ho.writing() as conn:
            if conn.execute(
                select(StoredFiles.c.sha256).where(StoredFiles.c.sha256 == sha)
            ).first():
                return
            conn.execute(
                StoredFiles.insert().values(
                    sha256=sha,
                    byte_size=size,
                    store_id=device["store_id"],
                    device_id=device["id"],
                    stored_at=utcnow(),
                )
            )
    except IntegrityError:
        pass  # another worker kept it a moment ago


def _content_range(header: str | None, length: int) -> tuple[int, int]:
    """(offset, total) of a chunk's `Content-Range`; 400 when it does not add up."""
    found = RANGE.fullmatch((header or "").strip())
    if found is None:
        raise HTTPException(
            400, detail={"error": "range", "message": "Content-Range: bytes FIRST-LAST/TOTAL"}
        )
    first, last, total = (int(g) for g in found.groups())
    if last < first or last - first + 1 != length or last >= total:
        raise HTTPException(
            400, detail={"error": "range", "message": "the chunk does not match its range"}
        )
    if total > MAX_BYTES:
        raise HTTPException(
            413, detail={"error": "too_large", "message": f"files are at most {MAX_BYTES} bytes"}
        )
    return first, total


def mount_files(app: FastAPI, ho: HeadOfficeStore) -> None:
    store = file_store(ho.url)
    app.state.files = store

    def device(authorization: str | None = Header(default=None)) -> dict:
        found = enrolment.authenticate(ho, authorization)
        if found is None:
            raise HTTPException(
                401,
                detail={"error": "unauthorised", "message": "unknown or revoked device credential"},
            )
        return found

    def allowed(dev: Mapping[str, Any], sha: str) -> None:
        if not is_sha256(sha):
            raise HTTPException(
                400, detail={"error": "sha256", "message": "not a SHA-256 in lower-case hex"}
            )
        with ho.reading() as conn:
            if not _in_scope(conn, dev, sha):
                raise HTTPException(
                    404, detail={"error": "not_found", "message": "no photo of this store"}
                )

    @app.head("/files/{sha}", include_in_schema=False)
    def head(sha: str, dev: dict = Depends(device)) -> Response:
        allowed(dev, sha)
        size = store.size(sha)
        if size is not None:
            return Response(status_code=200, headers={"Content-Length": str(size)})
        return Response(status_code=404, headers={"Upload-Offset": str(store.partial_size(sha))})

    @app.put("/files/{sha}")
    async def put(sha: str, request: Request, dev: dict = Depends(device)) -> Response:
        """One chunk of a file's upload, at the offset head office holds."""
        declared = int(request.headers.get("content-length") or 0)
        if declared > MAX_CHUNK:
            raise HTTPException(
                413, detail={"error": "too_large", "message": f"chunks are at most {MAX_CHUNK}"}
            )
        chunk = await request.body()
        if len(chunk) > MAX_CHUNK:
            raise HTTPException(
                413, detail={"error": "too_large", "message": f"chunks are at most {MAX_CHUNK}"}
            )
        return await run_in_threadpool(_put, sha, chunk, request.headers.get("content-range"), dev)

    def _put(sha: str, chunk: bytes, content_range: str | None, dev: dict) -> Response:
        allowed(dev, sha)
        offset, total = _content_range(content_range, len(chunk))
        if store.has(sha):
            return JSONResponse({"offset": total, "complete": True}, status_code=200)
        try:
            held = store.append(sha, offset, chunk)
        except WrongOffset as wrong:
            return JSONResponse(
                {"error": "offset", "message": str(wrong), "offset": wrong.offset},
                status_code=409,
            )
        if held > total:
            store.drop_partial(sha)
            raise HTTPException(
                400, detail={"error": "range", "message": "more bytes than the file's size"}
            )
        if held < total:
            return JSONResponse({"offset": held, "complete": False}, status_code=202)
        if not store.finish(sha):
            log.warning("upload of %s from device %s did not match its hash", sha, dev["id"])
            return JSONResponse(
                {"error": "digest", "message": "the bytes do not match their SHA-256", "offset": 0},
                status_code=422,
            )
        _record(ho, sha, total, dev)
        return JSONResponse({"offset": total, "complete": True}, status_code=201)

    @app.get("/files/{sha}")
    def get(
        sha: str, dev: dict = Depends(device), range: str | None = Header(default=None)
    ) -> Response:
        """The file, or its rest from `Range: bytes=N-`."""
        allowed(dev, sha)
        size = store.size(sha)
        if size is None:
            raise HTTPException(
                404, detail={"error": "not_found", "message": "head office does not hold it yet"}
            )
        start = 0
        if range:
            found = re.fullmatch(r"bytes=(\d+)-", range.strip())
            if found is None or int(found.group(1)) >= max(size, 1):
                return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
            start = int(found.group(1))
        with open(store.path(sha), "rb") as source:
            source.seek(start)
            data = source.read()
        headers = {"Accept-Ranges": "bytes", "Cache-Control": "private, max-age=31536000"}
        if start:
            headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
            return Response(
                data, status_code=206, headers=headers, media_type="application/octet-stream"
            )
        return Response(data, headers=headers, media_type="application/octet-stream")
