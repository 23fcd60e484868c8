"""desk.photos: pictures kept content-addressed in the store's folder, thumbnails
upright, the same bytes stored once, and every refusal in the advisor's words."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from sqlalchemy import select

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.photos import MAX_BYTES, THUMB_PX
from jeweldesk.storage import models as m
from jeweldesk.storage.files import digest
from tests.photo_images import jpeg, png


@pytest.fixture
def client(desk):
    return desk.clients.create(family_name="Wang", given_name="Lei").value


def _transfers(desk):
    with desk.store.sessions() as s:
        return {t.sha256: t for t in s.scalars(select(m.FileTransfer))}


def test_a_portrait_is_kept_by_its_sha256_with_an_upright_thumbnail(desk, client, network):
    data = jpeg(640, 480, orientation=6)  # the tablet held on its side
    photo = desk.photos.add(client.id, data, caption="At the Étoile launch").value
    assert photo.sha256 == digest(data)
    assert photo.subject == "portrait" and photo.client_id == client.id
    assert photo.added_by_id == network.advisor.id
    assert photo.store_id == network.shanghai.id
    assert (photo.width, photo.height) == (480, 640)  # upright: taller than wide
    assert photo.content_type == "image/jpeg" and photo.byte_size == len(data)
    original = desk.path.parent / "files" / photo.sha256[:2] / photo.sha256
    assert original.read_bytes() == data
    thumb = desk.photos.thumbnail_path(photo)
    assert thumb is not None and thumb.name == photo.thumb_sha256
    small = Image.open(thumb)
    assert small.format == "JPEG" and max(small.size) == THUMB_PX
    assert small.size[1] > small.size[0]
    # Upright: the white band that was across the top is now down the right-hand side.
    assert small.getpixel((small.size[0] - 3, small.size[1] // 2))[0] > 240
    assert desk.photos.portrait(client.id) == photo
    transfers = _transfers(desk)
    assert {t.role for t in transfers.values()} == {"thumb", "original"}
    assert all(t.direction == "up" and t.done_at is None for t in transfers.values())


def test_the_same_photo_twice_is_one_file_and_one_record(desk, client):
    data = jpeg()
    first = desk.photos.add(client.id, data)
    second = desk.photos.add(client.id, data)
    assert second.value.id == first.value.id
    assert [n.key for n in second.notices] == ["photo.already_kept"]
    files = list(desk.photos.files.shas())
    assert sorted(files) == sorted({first.value.sha256, first.value.thumb_sha256})
    # The same picture of another client is its own record, still one file.
    other = desk.clients.create(family_name="Li", given_name="Mei").value
    third = desk.photos.add(other.id, data).value
    assert third.id != first.value.id and third.sha256 == first.value.sha256
    assert len(list(desk.photos.files.shas())) == 2


def test_the_newest_portrait_is_the_current_one(desk, client):
    old = desk.photos.add(
        client.id, jpeg(colour=(10, 10, 10)), taken_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    ).value
    new = desk.photos.add(client.id, jpeg(colour=(200, 200, 200))).value
    assert desk.photos.portrait(client.id) == new
    assert desk.photos.portraits([client.id]) == {client.id: new}
    assert [p.id for p in desk.photos.for_client(client.id)] == [new.id, old.id]
    desk.photos.remove(new.id)
    assert desk.photos.portrait(client.id) == old


def test_a_piece_and_an_intake_photo_name_what_they_show(desk, client, network):
    piece = desk.jewellery_box.add_piece(client.id, "Étoile solitaire").value
    photo = desk.photos.add(client.id, png(), subject="piece", subject_id=piece.id).value
    assert photo.content_type == "image/png" and photo.subject_id == piece.id
    assert desk.photos.of_subject(piece.id) == [photo]
    assert desk.photos.of_subjects([piece.id]) == {piece.id: photo}
    with pytest.raises(ValidationError) as missing:
        desk.photos.add(client.id, jpeg(), subject="piece")
    assert missing.value.key == "photo.subject_required"
    other = desk.clients.create(family_name="Li", given_name="Mei").value
    with pytest.raises(ValidationError) as elsewhere:
        desk.photos.add(other.id, jpeg(), subject="piece", subject_id=piece.id)
    assert elsewhere.value.key == "photo.subject_unknown"
    with pytest.raises(ValidationError) as job:
        desk.photos.add(client.id, jpeg(), subject="intake", subject_id=piece.id)
    assert job.value.key == "photo.subject_unknown"


def test_stock_pictures_are_for_managers(desk, network):
    with pytest.raises(ValidationError) as refused:
        desk.photos.add(None, jpeg(), subject="stock", subject_id=network.ring.id)
    assert refused.value.key == "photo.stock_needs_manager"
    desk.act_as(network.manager.id)
    photo = desk.photos.add(None, jpeg(), subject="stock", subject_id=network.ring.id).value
    assert photo.client_id is None and desk.photos.of_subject(network.ring.id) == [photo]


def test_refusals_say_what_to_do_in_each_language(desk, client, tmp_path):
    with pytest.raises(ValidationError) as big:
        desk.photos.add(client.id, b"\xff\xd8" + bytes(MAX_BYTES))
    assert big.value.key == "photo.too_large" and big.value.field == "file"
    assert "15.0 MB" in big.value.message("en")
    assert "上限为 15.0 MB" in big.value.message("zh_CN")
    assert "上限為 15.0 MB" in big.value.message("zh_TW")
    with pytest.raises(ValidationError) as text:
        desk.photos.add(client.id, b"%PDF-1.7 not a picture")
    assert text.value.key == "photo.not_an_image"
    assert "JPEG" in text.value.message("zh_TW")
    with pytest.raises(ValidationError) as gone:
        desk.photos.add(client.id, tmp_path / "nowhere.jpg")
    assert gone.value.key == "photo.unreadable_file" and "nowhere.jpg" in gone.value.message()
    huge = tmp_path / "video.mov"
    with open(huge, "wb") as out:
        out.truncate(MAX_BYTES + 1)
    with pytest.raises(ValidationError) as by_size:
        desk.photos.add(client.id, huge)  # refused from its size, never read whole
    assert by_size.value.key == "photo.too_large"
    with pytest.raises(ValidationError) as subject:
        desk.photos.add(client.id, jpeg(), subject="selfie")
    assert subject.value.key == "choice.invalid"
    with pytest.raises(ValidationError) as caption:
        desk.photos.add(client.id, jpeg(), caption="x" * 201)
    assert caption.value.key == "text.too_long"
    # Nothing of the refused photos was kept.
    assert desk.photos.for_client(client.id) == []
    assert _transfers(desk) == {}


def test_a_photo_from_a_file_on_disk(desk, client, tmp_path):
    path = tmp_path / "portrait.jpg"
    path.write_bytes(jpeg())
    photo = desk.photos.add(client.id, path).value
    assert desk.photos.original_path(photo).read_bytes() == path.read_bytes()


def test_removing_a_photo_deletes_its_files_unless_another_shows_them(desk, client, network):
    data = jpeg()
    mine = desk.photos.add(client.id, data).value
    other = desk.clients.create(family_name="Li", given_name="Mei").value
    theirs = desk.photos.add(other.id, data).value
    desk.photos.remove(mine.id)
    assert desk.photos.files.has(mine.sha256)  # still the other client's portrait
    desk.act_as(network.advisor2.id)
    with pytest.raises(ValidationError) as refused:
        desk.photos.remove(theirs.id)
    assert refused.value.key == "photo.remove_not_allowed"
    desk.act_as(network.manager.id)
    desk.photos.remove(theirs.id)
    assert not desk.photos.files.has(mine.sha256)
    assert not desk.photos.files.has(mine.thumb_sha256)
    assert _transfers(desk) == {}
    with pytest.raises(NotFound):
        desk.photos.remove(theirs.id)


def test_a_missing_file_is_no_path_not_an_error(desk, client):
    photo = desk.photos.add(client.id, jpeg()).value
    desk.photos.files.remove(photo.thumb_sha256)
    assert desk.photos.thumbnail_path(photo) == desk.photos.original_path(photo)
    desk.photos.files.remove(photo.sha256)
    assert desk.photos.thumbnail_path(photo) is None
    assert desk.photos.original_path(photo) is None
    assert desk.photos.portrait_thumbnails([client.id]) == {}


def test_erasing_a_client_deletes_their_photos_and_files(desk, client, network):
    piece = desk.jewellery_box.add_piece(client.id, "Pearl strand").value
    portrait = desk.photos.add(client.id, jpeg(), caption="Mrs Wang at the launch").value
    pictured = desk.photos.add(client.id, png(), subject="piece", subject_id=piece.id).value
    desk.act_as(network.manager.id)
    desk.privacy.erase(client.id, "asked in store")
    for photo in (portrait, pictured):
        assert not desk.photos.files.has(photo.sha256)
        assert not desk.photos.files.has(photo.thumb_sha256)
    with desk.store.sessions() as s:
        rows = s.scalars(select(m.Photo)).all()
    assert rows and all(r.deleted and r.caption == "" and r.sha256 == "" for r in rows)
    assert _transfers(desk) == {}


def test_thumbnail_of_a_transparent_png_is_on_ivory(desk, client):
    photo = desk.photos.add(client.id, png()).value
    small = Image.open(io.BytesIO(desk.photos.thumbnail_path(photo).read_bytes()))
    assert small.mode == "RGB"
    assert small.getpixel((1, 1))[0] > 240  # the transparent corner is ivory, not black


# --- the command line ------------------------------------------------------------------


def test_photos_add_from_the_command_line(desk, client, network, tmp_path, capsys):
    import json

    from jeweldesk.__main__ import main

    folder = str(desk.path.parent)
    picture = tmp_path / "mrs-wang.jpg"
    picture.write_bytes(jpeg())
    as_advisor = ["--data-dir", folder, "--as", "li.na@sh01.example"]
    code = main(
        ["photos", "add", str(picture), "--client", str(client.id), "--caption", "Launch", "--json"]
        + as_advisor
    )
    assert code == 0
    added = json.loads(capsys.readouterr().out)
    assert added["subject"] == "portrait" and added["caption"] == "Launch"
    assert added["sha256"] == digest(picture.read_bytes())
    assert added["notices"] == ["Photo added."]
    assert open(added["file"], "rb").read() == picture.read_bytes()
    assert main(["photos", "list", str(client.id), "--json"] + as_advisor) == 0
    assert [p["id"] for p in json.loads(capsys.readouterr().out)] == [added["id"]]

    # Refused as in the app, exit 2, in the person's language; nothing written.
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    code = main(
        ["photos", "add", str(text), "--client", str(client.id), "--lang", "zh_CN"] + as_advisor
    )
    assert code == 2 and "不是 JewelDesk 能读取的图片" in capsys.readouterr().err
    code = main(
        ["photos", "add", str(picture), "--subject", "stock", "--of", str(network.ring.id)]
        + as_advisor
        + ["--json"]
    )
    assert code == 2
    assert json.loads(capsys.readouterr().out)["error"] == "photo.stock_needs_manager"
    as_manager = ["--data-dir", folder, "--as", "chen.hua@sh01.example"]
    assert main(["photos", "remove", added["id"], "--json"] + as_manager) == 0
    assert json.loads(capsys.readouterr().out)["removed"] is True
    assert main(["photos", "list", str(client.id), "--json"] + as_advisor) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_certificate_shows_the_pieces_photo(desk, client):
    import io as _io

    from pypdf import PdfReader

    piece = desk.jewellery_box.add_piece(client.id, "Étoile solitaire", metal="platinum").value
    photo = desk.photos.add(client.id, jpeg(), subject="piece", subject_id=piece.id).value
    issued = desk.documents.certificate(piece.id).value
    assert issued.document.payload["piece"]["photo"].endswith(photo.thumb_sha256)
    pages = PdfReader(_io.BytesIO(issued.pdf)).pages
    assert any(page.images for page in pages)
    # Without its file (not arrived yet), the certificate keeps its placeholder.
    desk.photos.files.remove(photo.thumb_sha256)
    again = desk.documents.certificate(piece.id).value
    assert again.document.payload["piece"]["photo"] == ""
