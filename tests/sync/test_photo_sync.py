"""Photo files through a real head office, on SQLite and PostgreSQL: added on one
device, byte-identical on a second after sync; an interrupted upload or download
resumes where it stopped; the same picture is stored once; head office gives a
file only to a store that sees a photo naming it; an erasure deletes the files
everywhere."""

from __future__ import annotations

import hashlib

import pytest
import requests
from sqlalchemy import select

from jeweldesk.headoffice import admin
from jeweldesk.storage import models as m
from jeweldesk.sync.client import SyncError
from jeweldesk.sync.files import CHUNK
from tests.photo_images import jpeg, large_jpeg
from tests.sync.helpers import assert_converged, ho_count


def _client(desk, name="Wang"):
    return desk.clients.create(family_name=name, given_name="Lei").value


def _files_at(headoffice):
    return headoffice.app.state.files


def test_a_photo_added_on_one_device_is_on_a_second_after_sync(headoffice, make_device):
    a, b = make_device("SH01"), make_device("SH01")
    client = _client(a)
    data = jpeg(1200, 900)
    photo = a.photos.add(client.id, data, caption="At the Étoile launch").value
    report = a.sync.sync()
    assert (report.files_up, report.files_waiting) == (2, 0)
    assert _files_at(headoffice).read(photo.sha256) == data
    assert ho_count(headoffice.store, "stored_files") == 2

    # B has the row before the file: a placeholder, never an error.
    b.sync.pull(type(report)())
    assert b.photos.portrait(client.id).id == photo.id
    assert b.photos.thumbnail_path(photo) is None

    report = b.sync.sync()
    assert (report.files_down, report.files_waiting) == (2, 0)
    assert b.photos.original_path(photo).read_bytes() == data
    assert (
        b.photos.thumbnail_path(photo).read_bytes() == a.photos.thumbnail_path(photo).read_bytes()
    )
    assert_converged(headoffice.store, [a, b], "SH01")
    # Nothing moves twice.
    again = b.sync.sync()
    assert (again.files_up, again.files_down) == (0, 0)


def test_thumbnails_travel_before_originals(headoffice, make_device, monkeypatch):
    a, b = make_device("SH01"), make_device("SH01")
    client = _client(a)
    photos = [a.photos.add(client.id, jpeg(colour=(i * 40, 90, 90))).value for i in range(3)]
    a.sync.sync()
    fetched: list[str] = []
    real_get = b.sync.client.session.get

    def get(url, *args, **kwargs):
        fetched.append(url.rsplit("/", 1)[-1])
        return real_get(url, *args, **kwargs)

    monkeypatch.setattr(b.sync.client.session, "get", get)
    b.sync.sync()
    files = [f for f in fetched if len(f) == 64]
    thumbs = {p.thumb_sha256 for p in photos}
    assert set(files[:3]) == thumbs and set(files[3:]) == {p.sha256 for p in photos}


def test_an_interrupted_upload_resumes_where_it_stopped(headoffice, make_device, monkeypatch):
    a, b = make_device("SH01"), make_device("SH01")
    client = _client(a)
    data = large_jpeg(10 * 1024 * 1024)
    assert len(data) > 2 * CHUNK
    photo = a.photos.add(client.id, data).value
    session = a.sync.client.session
    real_put = session.put
    ranges: list[str] = []
    dropped: list[str] = []

    def put(url, *args, **kwargs):
        ranges.append(kwargs["headers"]["Content-Range"])
        if url.endswith(photo.sha256) and not dropped and len(ranges) == 3:  # thumb, chunk 1
            dropped.append(ranges[-1])
            raise requests.ConnectionError("the shop's line dropped")
        return real_put(url, *args, **kwargs)

    monkeypatch.setattr(session, "put", put)
    with pytest.raises(SyncError):
        a.sync.sync()
    held = _files_at(headoffice).partial_size(photo.sha256)
    assert held == CHUNK  # the first chunk arrived, the second was lost
    with a.store.sessions() as s:
        transfer = s.get(m.FileTransfer, photo.sha256)
        assert transfer.done_at is None and transfer.attempts == 1
    ranges.clear()
    report = a.sync.sync()
    assert report.files_up == 1 and report.files_waiting == 0
    # The upload went on from the offset head office held: nothing was sent twice.
    assert ranges[0] == f"bytes {CHUNK}-{2 * CHUNK - 1}/{len(data)}"
    assert _files_at(headoffice).read(photo.sha256) == data
    b.sync.sync()
    assert hashlib.sha256(b.photos.original_path(photo).read_bytes()).hexdigest() == photo.sha256


def test_an_interrupted_download_resumes_with_a_range(headoffice, make_device, monkeypatch):
    a, b = make_device("SH01"), make_device("SH01")
    client = _client(a)
    data = large_jpeg(3 * 1024 * 1024)
    photo = a.photos.add(client.id, data).value
    a.sync.sync()
    # B got the first million bytes before the line dropped.
    b.photos.files.append(photo.sha256, 0, data[:1_000_000])
    asked: list[str | None] = []
    real_get = b.sync.client.session.get

    def get(url, *args, **kwargs):
        if url.endswith(photo.sha256):
            asked.append(kwargs["headers"].get("Range"))
        return real_get(url, *args, **kwargs)

    monkeypatch.setattr(b.sync.client.session, "get", get)
    b.sync.sync()
    assert asked == ["bytes=1000000-"]
    assert b.photos.original_path(photo).read_bytes() == data


def test_the_same_picture_from_two_devices_is_stored_once(headoffice, make_device):
    a, b = make_device("SH01"), make_device("SH01")
    client = _client(a)
    a.sync.sync()
    b.sync.sync()
    data = jpeg(800, 600)
    first = a.photos.add(client.id, data).value
    second = b.photos.add(client.id, data, subject="portrait").value
    assert first.id != second.id and first.sha256 == second.sha256
    a.sync.sync()
    report = b.sync.sync()
    assert report.files_up == 2  # head office had both files: confirmed without sending
    assert ho_count(headoffice.store, "stored_files") == 2
    assert sorted(_files_at(headoffice).shas()) == sorted({first.sha256, first.thumb_sha256})
    a.sync.sync()
    assert sorted(a.photos.files.shas()) == sorted(b.photos.files.shas())


def test_head_office_gives_a_file_only_to_a_store_that_sees_its_photo(headoffice, make_device):
    a, hk = make_device("SH01"), make_device("HK01")
    client = _client(a)
    photo = a.photos.add(client.id, jpeg()).value
    a.sync.sync()
    url = f"{headoffice.url}/files/{photo.sha256}"
    assert requests.get(url, timeout=10).status_code == 401
    other = requests.get(url, headers=hk.sync.client.auth_headers(), timeout=10)
    assert other.status_code == 404
    mine = requests.get(url, headers=a.sync.client.auth_headers(), timeout=10)
    assert mine.status_code == 200 and mine.content == a.photos.files.read(photo.sha256)
    # Bytes that do not match their name are refused and not kept.
    fake = hashlib.sha256(b"something else").hexdigest()
    refused = requests.put(
        f"{headoffice.url}/files/{fake}",
        data=b"x" * 10,
        headers={**a.sync.client.auth_headers(), "Content-Range": "bytes 0-9/10"},
        timeout=10,
    )
    assert refused.status_code == 404  # no photo names it
    hk.sync.sync()
    assert hk.photos.files.has(photo.sha256) is False


def test_erasing_a_client_deletes_their_files_everywhere(headoffice, make_device):
    a, b = make_device("SH01"), make_device("SH01")
    client = _client(a)
    photo = a.photos.add(client.id, jpeg(), caption="Mrs Wang").value
    a.sync.sync()
    b.sync.sync()
    assert b.photos.files.has(photo.sha256)
    admin.add_staff(
        headoffice.store,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    a.sync.sync()
    manager = next(p for p, _ in a.directory.staff("SH01") if p.role == "store_manager")
    a.act_as(manager.id)
    a.privacy.erase(client.id, "written request")
    assert not a.photos.files.has(photo.sha256)
    a.sync.sync()
    assert not _files_at(headoffice).has(photo.sha256)
    assert not _files_at(headoffice).has(photo.thumb_sha256)
    assert ho_count(headoffice.store, "stored_files") == 0
    b.sync.sync()
    assert list(b.photos.files.shas()) == []
    with b.store.sessions() as s:
        row = s.scalars(select(m.Photo)).one()
    assert row.deleted and row.sha256 == "" and row.caption == ""
    assert_converged(headoffice.store, [a, b], "SH01")
