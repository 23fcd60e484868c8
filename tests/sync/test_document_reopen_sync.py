"""An issued document on a second device of the store (SQLite and PostgreSQL): a
certificate issued on one device is listed on the other after sync and opens there,
drawn again from what was issued, and verifies there offline (the devices' keys come
with the sync); voided on the second, the first draws it void."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.sync.helpers import assert_converged


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_document_issued_on_one_device_opens_on_the_other(headoffice, make_device):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    piece = a.jewellery_box.add_piece(client.id, "Akoya pearl strand", metal="18k white gold")
    issued = a.documents.certificate(piece.value.id, lang="en").value
    number = issued.document.number
    report = a.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0, report

    b.sync.sync()
    listed = b.documents.for_client(client.id)
    assert [d.number for d in listed] == [number]
    copy = b.documents.render(listed[0].id)
    assert number in _text(copy) and "Akoya pearl strand" in _text(copy)
    assert listed[0].issued_by_id == a.acting_staff_id  # who issued it, not who reopened it
    # B learnt A's key at the sync: the document verifies here offline, as issued and
    # as drawn again.
    assert b.documents.verify(issued.pdf).genuine
    assert b.documents.verify(copy).genuine and b.documents.verify(number).genuine

    b.documents.void(listed[0].id, "wrong piece")
    b.sync.sync()
    a.sync.sync()
    assert str(a.documents.get(issued.document.id).status) == "void"
    assert a.documents.verify(number).status == "void"
    assert_converged(headoffice.store, [a, b], "SH01")
