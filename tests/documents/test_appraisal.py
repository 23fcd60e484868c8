"""The appraisal on the page: a piece of one or two stones fits one page of A4 or US
Letter in every language (four stones fit A4), with the limiting conditions and the
signature on it; a piece with more stones runs on to a second page whose stones are
still named above their facts."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pypdfium2
import pytest

from jeweldesk.documents import BUILDERS
from jeweldesk.documents import data as d
from jeweldesk.documents.page import MARGINS, PAPERS, Signature
from jeweldesk.documents.signing import device_key
from tests.documents.conftest import pdf_text
from tests.documents.test_layout import (
    BRANDING,
    LARIAT,
    LONG_NAME,
    NOW,
    flat,
    issue,
    page_texts,
    pages,
    stone,
    top_of,
)

LANGS = ("en", "zh_CN", "zh_TW")
SIGNED = {"en": "Authorised signature", "zh_CN": "授权签名", "zh_TW": "授權簽名"}
LIMITING = {"en": "LIMITING CONDITIONS", "zh_CN": "限制条件", "zh_TW": "限制條件"}
PAGE = {"en": "Page {n}", "zh_CN": "第 {n} 页", "zh_TW": "第 {n} 頁"}


@pytest.fixture(scope="module")
def signature(tmp_path_factory) -> Signature:
    key = device_key(tmp_path_factory.mktemp("key"))
    return Signature(key.key_id, key.sign(b"payload"), key.key_id, key.sign)


def with_stones(n: int) -> d.PieceData:
    """The lariat with its GIA diamond and n - 1 laboratory-grown ones."""
    return replace(LARIAT, stones=LARIAT.stones + tuple(stone(i) for i in range(2, n + 1)))


def report_numbers(piece: d.PieceData) -> list[str]:
    return [s.report_number for s in piece.stones]


def appraisal(piece: d.PieceData, lang: str, paper: str, signature: Signature) -> bytes:
    data = d.AppraisalData(issue("appraisal", lang), piece, LONG_NAME, Decimal("71100.00"), "CNY", NOW.date(),
                           NOW.date().replace(year=2029), "Gong Xue 龚雪")
    return BUILDERS["appraisal"](data, paper=paper, branding=BRANDING, signature=signature)


def lowest_text(pdf: bytes, page: int = 0) -> float:
    """The foot (points from the page's foot) of the lowest character of the body, the
    footer left out."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        bottoms = [textpage.get_charbox(i)[1] for i in range(textpage.count_chars())
                   if not textpage.get_text_range(i, 1).isspace()]
        return min(bottom for bottom in bottoms if bottom > MARGINS.bottom - 12)
    finally:
        document.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("paper", "stones"), [("a4", 1), ("a4", 2), ("letter", 1), ("letter", 2), ("a4", 4)])
def test_appraisal_fits_one_page(signature, paper, stones, lang):
    piece = with_stones(stones)
    pdf = appraisal(piece, lang, paper, signature)
    assert pages(pdf) == 1
    text = flat(pdf_text(pdf))
    for number in report_numbers(piece):
        assert number in text
    assert flat(LIMITING[lang]) in text and flat(SIGNED[lang]) in text
    # The signature stands inside the body, clear of the footer's rule.
    assert lowest_text(pdf) >= MARGINS.bottom - 1
    (signer,) = top_of(pdf, "Gong Xue")
    assert signer < PAPERS[paper][1] - MARGINS.top


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_appraisal_puts_the_client_on_two_lines_at_most(signature, paper, lang):
    pdf = appraisal(LARIAT, lang, paper, signature)
    first, last = top_of(pdf, "Marie"), top_of(pdf, "Montmorency")
    assert len(first) == len(last) == 1
    assert first[0] - last[0] < 15  # one line below, not two


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_appraisal_of_many_stones_runs_on_with_stones_named_on_each_page(signature, paper, lang):
    piece = with_stones(7)
    pdf = appraisal(piece, lang, paper, signature)
    texts = page_texts(pdf)
    assert len(texts) == 2
    for number in report_numbers(piece):
        assert number in flat("".join(texts))
    for n, text in enumerate(texts, start=1):
        assert flat(PAGE[lang].format(n=n)) in flat(text)  # the footer numbers each page
        assert "PA01-0F624B7D6573-C000123-X" in text
    # The limiting conditions and the signature stay together, on the last page.
    assert flat(LIMITING[lang]) in flat(texts[-1]) and flat(SIGNED[lang]) in flat(texts[-1])
    # Each page's facts stand under a row naming the stones, never orphaned from it.
    stone_word = "Stone " if lang == "en" else "宝石 "
    fact = "GIRDLE INSCRIPTION" if lang == "en" else "腰棱刻字"
    for page in range(len(texts)):
        facts = top_of(pdf, fact, page)
        if facts:
            assert max(top_of(pdf, stone_word, page)) > max(facts), page
