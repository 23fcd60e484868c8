"""Numbers, signatures, the QR code, void and reissue, and offline verification."""

from __future__ import annotations

import io
import os
import stat

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from jeweldesk.documents import numbers, qr
from jeweldesk.documents.signing import KEY_FILENAME
from jeweldesk.documents.verify import Record, verify_record
from jeweldesk.domain.errors import ValidationError
from jeweldesk.services import Desk
from jeweldesk.services.document_numbers import next_number
from tests.documents.conftest import render_png


def test_qr_decodes_to_number_and_signature(desk, subjects, tmp_path):
    doc, pdf = (lambda w: (w.document, w.pdf))(
        desk.documents.certificate(subjects.diamond, lang="zh_CN").value
    )
    (png,) = render_png(pdf, tmp_path)
    codes = zxingcpp.read_barcodes(Image.open(png))
    assert len(codes) == 1
    number, kid, signature = qr.parse(codes[0].text)
    assert (number, kid, signature) == (doc.number, doc.signing_key_id, doc.signature)
    assert codes[0].text.startswith(desk.documents.branding().verify_url)


def test_real_document_verifies_and_altered_bytes_do_not(desk, subjects):
    pdf = desk.documents.certificate(subjects.diamond, lang="en").value.pdf
    assert desk.documents.verify(pdf).status == "genuine"
    # One byte changed anywhere: in the page content, in the metadata, at the end.
    for at in (len(pdf) // 3, len(pdf) // 2, len(pdf) - 10):
        tampered = pdf[:at] + bytes([pdf[at] ^ 0x01]) + pdf[at + 1 :]
        assert desk.documents.verify(tampered).status != "genuine", at
    assert desk.documents.verify(pdf + b"\n% appended\n").status == "tampered"


def test_edited_page_text_fails(desk, subjects):
    """Re-write the page content with another carat weight, recompressed properly:
    the file still opens, and still fails."""
    pdf = desk.documents.certificate(subjects.diamond, lang="en").value.pdf
    reader = PdfReader(io.BytesIO(pdf))
    content = reader.pages[0].get_contents()
    raw = content.get_data()
    assert b"ct" in raw
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=reader)
    page = writer.pages[0]
    page.get_contents().set_data(raw.replace(b"Natural", b"Lab....", 1))
    out = io.BytesIO()
    writer.write(out)
    edited = out.getvalue()
    assert PdfReader(io.BytesIO(edited)).pages[0].extract_text()
    assert desk.documents.verify(edited).status in ("tampered", "unknown", "unverifiable")
    assert desk.documents.verify(edited).status != "genuine"


def test_void_and_reissue(desk, subjects):
    first = desk.documents.certificate(subjects.diamond, lang="en").value
    assert desk.documents.verify(first.document.number).status == "genuine"
    with pytest.raises(ValidationError):
        desk.documents.void(first.document.id, "  ")
    desk.documents.void(first.document.id, "Carat weight mistyped")
    assert desk.documents.verify(first.pdf).status == "void"
    verdict = desk.documents.verify(first.document.number)
    assert verdict.status == "void" and verdict.reason == "Carat weight mistyped"
    with pytest.raises(ValidationError):
        desk.documents.void(first.document.id, "again")
    again = desk.documents.reissue(first.document.id).value
    assert again.document.number != first.document.number
    assert again.document.replaces_id == first.document.id
    assert desk.documents.verify(again.pdf).status == "genuine"
    copy = desk.documents.render(first.document.id)
    assert desk.documents.verify(copy).status == "void"


def test_copy_from_the_record_is_the_same_document(desk, subjects):
    issued = desk.documents.care_guide(subjects.pearls, lang="zh_TW").value
    assert (
        desk.documents.render(issued.document.id) == issued.pdf
    )  # deterministic: a reprint is identical


def test_forged_numbers_fail(desk, subjects):
    real = desk.documents.certificate(subjects.diamond).value.document.number
    body, _, check = real.rpartition("-")
    wrong_check = body + "-" + ("0" if check != "0" else "1")
    assert desk.documents.verify(wrong_check).status == "forged"
    seq = body[-6:]
    made_up = body[:-6] + f"{(int(seq) + 500):06d}"
    made_up = f"{made_up}-{numbers.check_character(made_up)}"
    assert desk.documents.verify(made_up).status == "unknown"
    assert desk.documents.verify("not a number").status == "forged"


def test_record_with_changed_data_is_forged(desk, subjects):
    doc = desk.documents.certificate(subjects.diamond).value.document
    keys = desk.documents.keys()
    payload = dict(doc.payload)
    payload["piece"] = dict(payload["piece"], description="A much larger diamond")
    record = Record(doc.number, "issued", payload, doc.signature, doc.signing_key_id)
    assert verify_record(doc.number, record, keys).status == "forged"
    honest = Record(doc.number, "issued", doc.payload, doc.signature, doc.signing_key_id)
    assert verify_record(doc.number, honest, keys).status == "genuine"


def test_another_device_verifies_with_published_keys(desk, subjects, tmp_path):
    from jeweldesk.documents.verify import trust_keys

    pdf = desk.documents.certificate(subjects.diamond).value.pdf
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    with Desk.open(other_dir) as other:
        assert other.documents.verify(pdf).status == "unverifiable"
        trust_keys(other_dir, [desk.documents.key.public_key])
        assert other.documents.verify(pdf).status == "genuine"


def test_signing_key_is_private_to_the_device(desk):
    path = desk.path.parent / KEY_FILENAME
    assert desk.documents.key.public_key  # made on first use
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert desk.documents.key.key_id == desk.documents.keys().add(desk.documents.key.public_key)


def test_numbers_never_repeat_across_two_offline_devices(demo_dir, tmp_path, subjects):
    """Two stores' devices (copies of one store, as after a restore) issue 200 each
    with no network: every number differs."""
    import shutil

    from jeweldesk import config

    issued = []
    for name in ("tablet-a", "tablet-b"):
        folder = tmp_path / name
        folder.mkdir()
        for item in demo_dir.iterdir():
            if item.is_file():
                shutil.copy2(item, folder / item.name)
        with Desk.open(folder) as device:
            with device.store.sessions.begin() as s:
                config.put(s, "device_id", os.urandom(6).hex())
            device.reload_identity()
            for _ in range(200):
                with device.store.sessions.begin() as s:
                    issued.append(next_number(s, "SH01", device.device_id, "certificate"))
    assert len(issued) == 400 and len(set(issued)) == 400
    assert all(numbers.well_formed(n) for n in issued)


def test_sequence_survives_a_lost_settings_row(desk, subjects):
    from jeweldesk.storage.models import Setting

    first = desk.documents.certificate(subjects.diamond).value.document.number
    with desk.store.sessions.begin() as s:
        for row in s.query(Setting).filter(Setting.key.like("documents.sequence.%")):
            s.delete(row)
    second = desk.documents.certificate(subjects.diamond).value.document.number
    assert second != first and int(second.split("-")[2][1:]) == int(first.split("-")[2][1:]) + 1
