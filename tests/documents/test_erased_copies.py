"""A document opened again after its holder was erased: the copy carries no name,
and verifying it says "erased" (the house's document, the details taken out at the
client's request), never "tampered"; an altered copy is still caught."""

from __future__ import annotations

import io

from pypdf import PdfReader

from jeweldesk.documents.verify import ERASED, TAMPERED


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_copy_after_erasure_says_erased_and_names_nobody(desk, subjects):
    appraisal = desk.documents.appraisal(subjects.diamond, lang="en").value
    doc = appraisal.document
    name = desk.clients.profile(doc.client_id).summary.display_name
    assert name.split()[0] in _text(appraisal.pdf)
    manager = next(p for p, store in desk.directory.staff("SH01") if str(p.role) == "store_manager")
    desk.act_as(manager.id)
    desk.privacy.erase(doc.client_id, "the client's written request")

    copy = desk.documents.render(doc.id)
    assert doc.number in _text(copy)
    assert not any(part in _text(copy) for part in name.split())
    verdict = desk.documents.verify(copy)
    assert verdict.status == ERASED and verdict.number == doc.number
    # The client's own printed original still verifies: its signature covers its data.
    assert desk.documents.verify(appraisal.pdf).genuine
    # A copy changed after it was drawn is still caught by its seal.
    at = copy.index(b"/Producer")
    altered = copy[:at] + copy[at:].replace(b"/Producer (", b"/Producer (x", 1)
    assert desk.documents.verify(altered).status == TAMPERED
