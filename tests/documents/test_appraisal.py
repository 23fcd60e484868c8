"""The appraisal on the page: a piece of up to four stones fits one page of A4 or US
Letter in every language, every fact of every stone on it in type no smaller than
7.5 pt, with the limiting conditions and the signature; a piece with more stones runs
on to a second page, in the regular type, whose stones are still named above their
facts."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pypdfium2
import pypdfium2.raw as pdfium
import pytest

from jeweldesk.documents import BUILDERS
from jeweldesk.documents import data as d
from jeweldesk.documents.certificate import stone_rows
from jeweldesk.documents.page import MARGINS, PAPERS, Look, Signature
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


# Four stones that print longer than four alike: coloured stones with their treatments,
# countries and laboratories, several facts wrapping in their columns.
GEMS = replace(
    LARIAT,
    stones=(
        LARIAT.stones[0],
        stone(
            2,
            origin="natural",
            stone_type="ruby",
            shape="oval",
            carat=Decimal("1.02"),
            colour="pigeon's blood red",
            clarity="",
            cut_grade="",
            polish="",
            symmetry="",
            fluorescence="",
            measurements="7.10 x 5.20 x 3.90 mm",
            treatments="no indications of heating",
            lab="GRS",
            report_number="GRS2024-077031",
            girdle_inscription="",
            origin_country="Myanmar (Burma)",
        ),
        stone(
            3,
            origin="natural",
            stone_type="sapphire",
            shape="cushion",
            carat=Decimal("2.05"),
            colour="royal blue",
            clarity="",
            cut_grade="",
            polish="",
            symmetry="",
            fluorescence="",
            treatments="heated",
            lab="SSEF",
            report_number="131012",
            girdle_inscription="",
            origin_country="Sri Lanka",
        ),
        stone(
            4,
            origin="natural",
            stone_type="emerald",
            shape="emerald cut",
            carat=Decimal("1.48"),
            colour="vivid green",
            clarity="",
            cut_grade="",
            polish="",
            symmetry="",
            fluorescence="",
            treatments="minor oil",
            lab="Gübelin",
            report_number="22-0918-77",
            girdle_inscription="",
            origin_country="Colombia",
        ),
    ),
)


def facts(piece: d.PieceData, lang: str) -> list[str]:
    """Every value the stones' table prints, as the document's language prints it."""
    look = Look(lang, BRANDING)
    return [value for s in piece.stones for _, value in stone_rows(look, s) if value]


def type_sizes(pdf: bytes, text: str, page: int = 0) -> set[float]:
    """The type sizes (points) of the characters of each place `text` is printed."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        searcher = textpage.search(text)
        sizes = set()
        while (hit := searcher.get_next()) is not None:
            sizes |= {
                round(pdfium.FPDFText_GetFontSize(textpage.raw, i), 2)
                for i in range(hit[0], hit[0] + hit[1])
            }
        return sizes
    finally:
        document.close()


def appraisal(piece: d.PieceData, lang: str, paper: str, signature: Signature) -> bytes:
    data = d.AppraisalData(
        issue("appraisal", lang),
        piece,
        LONG_NAME,
        Decimal("71100.00"),
        "CNY",
        NOW.date(),
        NOW.date().replace(year=2029),
        "Gong Xue 龚雪",
    )
    return BUILDERS["appraisal"](data, paper=paper, branding=BRANDING, signature=signature)


def lowest_text(pdf: bytes, page: int = 0) -> float:
    """The foot (points from the page's foot) of the lowest character of the body, the
    footer left out."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        bottoms = [
            textpage.get_charbox(i)[1]
            for i in range(textpage.count_chars())
            if not textpage.get_text_range(i, 1).isspace()
        ]
        return min(bottom for bottom in bottoms if bottom > MARGINS.bottom - 12)
    finally:
        document.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("stones", [1, 2, 3, 4])
def test_appraisal_of_up_to_four_stones_fits_one_page(signature, paper, stones, lang):
    piece = with_stones(stones)
    pdf = appraisal(piece, lang, paper, signature)
    assert pages(pdf) == 1
    text = flat(pdf_text(pdf))
    for fact in facts(piece, lang):
        assert flat(fact) in text, fact
    assert flat(LIMITING[lang]) in text and flat(SIGNED[lang]) in text
    # The signature stands inside the body, clear of the footer's rule.
    assert lowest_text(pdf) >= MARGINS.bottom - 1
    (signer,) = top_of(pdf, "Gong Xue")
    assert signer < PAPERS[paper][1] - MARGINS.top
    # Each stone's report, in the word-picture and in the table, in legible type.
    for number in report_numbers(piece):
        assert len(top_of(pdf, number)) >= 2
        assert min(type_sizes(pdf, number)) >= 7.5


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_appraisal_of_four_coloured_stones_fits_one_page_with_every_fact(signature, paper, lang):
    pdf = appraisal(GEMS, lang, paper, signature)
    assert pages(pdf) == 1
    text = flat(pdf_text(pdf))
    for fact in facts(GEMS, lang):
        assert flat(fact) in text, fact
    assert flat(SIGNED[lang]) in text
    assert lowest_text(pdf) >= MARGINS.bottom - 1
    assert min(type_sizes(pdf, "22-0918-77")) >= 7.5


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_appraisal_sets_the_stones_closer_only_to_save_a_page(signature, lang):
    # Four stones fit A4 in the regular type; Letter, shorter, needs the closer setting.
    assert type_sizes(appraisal(with_stones(4), lang, "a4", signature), "LG7702910647") == {8.0}
    assert type_sizes(appraisal(with_stones(4), lang, "letter", signature), "LG7702910647") == {7.5}


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
    # A piece that runs on anyway keeps the regular type.
    assert type_sizes(pdf, "LG7702910647") == {8.0}
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
