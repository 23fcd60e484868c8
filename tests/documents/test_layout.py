"""How documents lay out when the records are long: a brief stays one page, stones
line up and stay on the certificate's page, nothing prints as a raw code, and the
Chinese documents read as Chinese (page numbers, terms)."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace
from decimal import Decimal
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from pypdf import PdfReader

from jeweldesk.documents import BUILDERS
from jeweldesk.documents import data as d
from jeweldesk.documents.branding import Branding
from jeweldesk.documents.page import Signature
from jeweldesk.documents.signing import device_key
from jeweldesk.documents.texts import label, term
from tests.documents.conftest import pdf_text

BRANDING = Branding()
NOW = dt.datetime(2026, 11, 30, 15, 45, tzinfo=ZoneInfo("Europe/Paris"))
STORE = d.StoreData(
    "PA01",
    "Paris Place Vendôme",
    "巴黎旺多姆广场店",
    "12 place Vendôme, 75001 Paris",
    "+33 1 42 60 00 12",
    "Europe/Paris",
)
LONG_NAME = "Marie-Amélie Éléonore de La Rochefoucauld-Montmorency"


def issue(kind: str, lang: str) -> d.Issue:
    return d.Issue("PA01-0F624B7D6573-C000123-X", kind, lang, NOW, STORE, "Thomas Rousseau")


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def top_of(pdf: bytes, text: str, page: int = 0) -> list[float]:
    """The top edge (points from the page's foot) of each place `text` is printed."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        searcher = textpage.search(text)
        found = []
        while (hit := searcher.get_next()) is not None:
            found.append(round(textpage.get_charbox(hit[0])[3], 1))
        return found
    finally:
        document.close()


def on_one_line(pdf: bytes, text: str) -> list[bool]:
    """For each place `text` is printed: whether its first and last letters share a line."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[0].get_textpage()
        searcher = textpage.search(text)
        found = []
        while (hit := searcher.get_next()) is not None:
            first, last = textpage.get_charbox(hit[0]), textpage.get_charbox(hit[0] + hit[1] - 1)
            found.append(abs(first[1] - last[1]) < 2)
        return found
    finally:
        document.close()


@pytest.fixture(scope="module")
def signature(tmp_path_factory) -> Signature:
    key = device_key(tmp_path_factory.mktemp("key"))
    return Signature(key.key_id, key.sign(b"payload"), key.key_id, key.sign)


def stone(position: int, **kw) -> d.StoneData:
    values = dict(
        position=position,
        origin="lab_grown",
        stone_type="diamond",
        shape="round brilliant",
        carat=Decimal("0.30"),
        colour="I",
        clarity="SI1",
        cut_grade="Excellent",
        polish="Very Good",
        symmetry="Excellent",
        fluorescence="Medium Blue",
        measurements="4.32 - 4.34 x 2.66 mm",
        lab="IGI",
        report_number=f"77029106{position}7",
        girdle_inscription=f"LG77029106{position}7",
        origin_country="Canada",
    )
    values.update(kw)
    return d.StoneData(**values)


STUDS = d.PieceData(
    description="Étoile Studs Earrings",
    description_local="星辰系列铂金培育钻石耳钉",
    category="earrings",
    sku="ETO-0193",
    serial="ETO-0193-000049",
    metal="platinum 950",
    fineness="950",
    hallmark="PT950 JD",
    total_weight_g=Decimal("4.60"),
    recycled_metal_pct=100,
    stones=(stone(1), stone(2, fluorescence="None")),
)


# --- the certificate's stones ----------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_certificate_for_a_pair_of_studs_is_one_page(signature, lang):
    pdf = BUILDERS["certificate"](
        d.CertificateData(issue("certificate", lang), STUDS), branding=BRANDING, signature=signature
    )
    assert pages(pdf) == 1
    text = flat(pdf_text(pdf))
    for value in ("7702910617", "7702910627", "LG7702910617", "LG7702910627"):
        assert value in text


def test_several_stones_share_rows_fact_by_fact(signature):
    # The second stone has no cut grade, polish or symmetry: its measurements still
    # print level with the first stone's, not moved up into the gap.
    stones = (
        stone(1),
        stone(
            2,
            stone_type="sapphire",
            shape="oval",
            colour="royal blue",
            cut_grade="",
            polish="",
            symmetry="",
            fluorescence="",
            measurements="7.10 x 5.20 x 3.90 mm",
        ),
    )
    piece = replace(STUDS, stones=stones)
    pdf = BUILDERS["certificate"](
        d.CertificateData(issue("certificate", "en"), piece), branding=BRANDING, signature=signature
    )
    assert top_of(pdf, "4.32 - 4.34") == top_of(pdf, "7.10 x 5.20")
    assert top_of(pdf, "Stone 1") == top_of(pdf, "Stone 2")
    assert "Royal blue" in pdf_text(pdf)


def test_many_stones_break_between_facts_with_their_heading_repeated(signature):
    stones = tuple(
        stone(i, measurements="4.32 - 4.34 x 2.66 mm and a long note") for i in range(1, 7)
    )
    piece = replace(
        STUDS,
        provenance="Recycled platinum; diamonds grown in Canada with renewable power " * 3,
        stones=stones,
    )
    pdf = BUILDERS["certificate"](
        d.CertificateData(issue("certificate", "en"), piece), branding=BRANDING, signature=signature
    )
    texts = page_texts(pdf)
    assert len(texts) == 2
    for i in range(1, 7):
        assert f"Stone {i}" in "".join(texts)
    # Each page's first fact stands under a row naming the stones, never orphaned from it.
    for page in range(len(texts)):
        facts = top_of(pdf, "GIRDLE INSCRIPTION", page) + top_of(pdf, "CARAT WEIGHT", page)
        if facts:
            assert max(top_of(pdf, "Stone ", page)) > max(facts), page


# --- the appointment brief -------------------------------------------------------------


def brief(lang: str, n: int = 9, notes: str = "", wordy: bool = False) -> d.BriefData:
    def lines(prefix: str, n: int, detail: str = "") -> tuple[d.BriefLine, ...]:
        text = ", about which the client said a good deal at her last visit" if wordy else ""
        return tuple(d.BriefLine(f"{prefix} {i}{text}", detail) for i in range(n))

    return d.BriefData(
        issue("appointment_brief", lang),
        LONG_NAME,
        "",
        "Madame de La Rochefoucauld",
        "fr",
        "vic",
        "private_viewing",
        NOW,
        NOW + dt.timedelta(hours=2),
        "Salon Vendôme",
        "Thomas Rousseau",
        "Juliette Delacroix",
        notes or "Twenty-fifth wedding anniversary; her husband may join at half past four.",
        preferences=lines("Preference", n, "metal, loves"),
        sizes=lines("Size", 2),
        purchases=lines("Purchase", min(n, 6)),
        wishlist=lines("Wish", n),
        dates=lines("Date", n),
        conversations=lines("Conversation", n, "12 January 2026"),
        pulled=lines("Pulled", min(n, 6)),
        checklist=lines("Prepare", n, "to do"),
        talking_points=lines("Talking point", n),
        refreshments=(d.BriefLine("Champagne", "blanc de blancs"),),
    )


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_brief_of_a_long_record_is_one_page_and_says_what_it_left_out(lang):
    pdf = BUILDERS["appointment_brief"](brief(lang), branding=BRANDING)
    assert pages(pdf) == 1
    text = flat(pdf_text(pdf))
    assert {"en": "andmore", "zh_CN": "另有", "zh_TW": "另有"}[lang] in re.sub(r"\d", "", text)
    assert "Preference0" in text and "Pulled0" in text and "Purchase0" in text


def test_brief_of_a_short_record_keeps_every_line():
    pdf = BUILDERS["appointment_brief"](brief("en", n=3), branding=BRANDING)
    text = flat(pdf_text(pdf))
    assert pages(pdf) == 1
    assert all(f"Preference{i}" in text and f"Wish{i}" in text for i in range(3))
    assert not re.search(r"and\d+more", text)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_brief_too_long_for_any_page_runs_on_instead_of_failing(lang):
    # Even one line a list leaves the page too short: the columns break across pages.
    pdf = BUILDERS["appointment_brief"](
        brief(lang, notes="Notes that go on and on about the visit. " * 40, wordy=True),
        branding=BRANDING,
    )
    assert pages(pdf) >= 2
    assert "Preference5" in flat(pdf_text(pdf))  # nothing cut: it runs on instead


@pytest.mark.parametrize(
    ("lang", "words", "codes"),
    [
        ("en", ("Private viewing", "French", "VIC"), ("private_viewing", "fr\n")),
        ("zh_CN", ("私人鉴赏", "法语", "VIC贵宾"), ("private_viewing",)),
        ("zh_TW", ("私人鑑賞", "法語", "VIC貴賓"), ("private_viewing",)),
    ],
)
def test_brief_prints_the_records_codes_in_words(lang, words, codes):
    text = pdf_text(BUILDERS["appointment_brief"](brief(lang, n=2), branding=BRANDING))
    for word in words:
        assert flat(word) in flat(text), word
    for code in codes:
        assert code not in text, code


# --- pages, terms and telephone numbers ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "page_one"), [("en", "Page 1"), ("zh_CN", "第 1 页"), ("zh_TW", "第 1 頁")]
)
def test_footer_numbers_the_page_in_the_documents_language(lang, page_one):
    pdf = BUILDERS["appointment_brief"](
        brief(lang, notes="Notes that go on. " * 300), branding=BRANDING
    )
    texts = page_texts(pdf)
    assert flat(page_one) in flat(texts[0])
    assert flat(page_one.replace("1", "2")) in flat(texts[1])


def test_terms_print_with_a_capital_in_english_and_in_chinese_otherwise():
    assert term("diamond", "en") == "Diamond"
    assert term("18k white gold", "en") == "18k white gold"
    assert term("private_viewing", "en") == "Private viewing"
    assert term("GIA", "en") == "GIA"
    assert term("round, 7.5 mm", "zh_CN") == "圆形，7.5 mm"
    assert term("Myanmar (Burma)", "zh_TW") == "緬甸"
    assert term("pigeon's blood red", "zh_CN") == "鸽血红"


def test_pearl_certificate_in_chinese_has_no_english_shape_or_colour(signature):
    pearls = replace(
        STUDS,
        metal="18k white gold",
        stones=(
            stone(
                1,
                origin="natural",
                stone_type="akoya pearl",
                shape="round, 7.5 mm",
                colour="white rosé",
                clarity="",
                cut_grade="",
                polish="",
                symmetry="",
                fluorescence="",
                measurements="",
                lab="",
                report_number="",
                girdle_inscription="",
                treatments="cultured; no treatment",
                origin_country="Japan",
            ),
        ),
    )
    text = flat(
        pdf_text(
            BUILDERS["certificate"](
                d.CertificateData(issue("certificate", "zh_CN"), pearls),
                branding=BRANDING,
                signature=signature,
            )
        )
    )
    assert "圆形，7.5mm" in text and "白色带玫瑰伴色" in text
    assert "round" not in text and "rosé" not in text


def test_care_guide_prints_the_advisors_telephone_as_people_dial_it():
    piece = replace(STUDS, stones=())
    data = d.CareGuideData(
        issue("care_guide", "en"),
        piece,
        ("Wear it last.",),
        ("Warm water.",),
        ("A pouch.",),
        (),
        (d.CareStep(12, "Prong check"),),
        d.AdvisorContact("Thomas Rousseau", "+33612345678"),
    )
    text = pdf_text(BUILDERS["care_guide"](data, branding=BRANDING))
    assert "+33 6 12 34 56 78" in text


# --- the appraisal and the care guide --------------------------------------------------

LARIAT = d.PieceData(
    description="Étoile Lariat Necklace",
    description_local="星辰系列18K白金钻石Y字项链",
    category="necklace",
    sku="ETO-0037",
    serial="ETO-0037-000001",
    metal="18k white gold",
    fineness="750",
    hallmark="AU750 JD",
    total_weight_g=Decimal("15.74"),
    value=Decimal("71100.00"),
    currency="CNY",
    recycled_metal_pct=50,
    stones=(
        stone(
            1,
            origin="natural",
            carat=Decimal("0.80"),
            colour="D",
            clarity="SI2",
            polish="Excellent",
            symmetry="Very Good",
            fluorescence="None",
            measurements="5.99 - 6.02 x 3.68 mm",
            lab="GIA",
            report_number="1235579757",
            girdle_inscription="GIA 1235579757",
            origin_country="",
        ),
    ),
)


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_appraisal_of_one_stone_is_one_page_with_its_signature(signature, lang):
    data = d.AppraisalData(
        issue("appraisal", lang),
        LARIAT,
        LONG_NAME,
        Decimal("71100.00"),
        "CNY",
        NOW.date(),
        NOW.date().replace(year=2029),
        "Gong Xue 龚雪",
    )
    pdf = BUILDERS["appraisal"](data, branding=BRANDING, signature=signature)
    assert pages(pdf) == 1
    assert "1235579757" in pdf_text(pdf)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_care_guide_never_leaves_the_advisor_alone_on_a_page(lang):
    from jeweldesk.documents import care_content

    pearls = replace(LARIAT, stones=(stone(1, stone_type="akoya pearl", shape="round, 7.5 mm"),))
    care = care_content(pearls, lang)
    data = d.CareGuideData(
        issue("care_guide", lang),
        pearls,
        care.everyday,
        care.cleaning,
        care.storage,
        care.materials,
        care.schedule,
        d.AdvisorContact("Gong Xue 龚雪", "+8615278220482"),
    )
    texts = [flat(text) for text in page_texts(BUILDERS["care_guide"](data, branding=BRANDING))]
    advisor, schedule = {
        "en": ("YOURADVISOR", "SERVICESCHEDULE"),
        "zh_CN": ("您的顾问", "保养计划"),
    }[lang]
    (with_advisor,) = [text for text in texts if advisor in text]
    assert schedule in with_advisor
    assert ("Every6months" if lang == "en" else "每6个月") in with_advisor


# --- long names ------------------------------------------------------------------------


def test_a_long_name_breaks_after_its_hyphen_not_inside_a_word():
    data = d.WarrantyData(
        issue("warranty", "en"),
        LARIAT,
        LONG_NAME,
        NOW.date(),
        NOW.date().replace(year=2028),
        2,
        d.AdvisorContact("Thomas Rousseau"),
    )
    text = pdf_text(BUILDERS["warranty"](data, branding=BRANDING))
    assert "Rochefoucauld-" in text and "Montmorency" in text


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_in_chinese_a_latin_name_breaks_at_a_space_or_hyphen_and_chinese_between_characters(
    signature, lang
):
    """A Chinese document wraps Chinese text between any two characters, but a name in
    Latin letters only where English would (not Rochefoucauld-Mont|morency)."""
    warranty = d.WarrantyData(
        issue("warranty", lang),
        LARIAT,
        LONG_NAME,
        NOW.date(),
        NOW.date().replace(year=2028),
        2,
        d.AdvisorContact("Thomas Rousseau"),
    )
    appraisal = d.AppraisalData(
        issue("appraisal", lang),
        LARIAT,
        LONG_NAME,
        Decimal("71100.00"),
        "CNY",
        NOW.date(),
        NOW.date().replace(year=2029),
        "Thomas Rousseau",
    )
    for pdf in (
        BUILDERS["warranty"](warranty, branding=BRANDING),
        BUILDERS["appraisal"](appraisal, branding=BRANDING, signature=signature),
    ):
        lines = pdf_text(pdf).splitlines()
        for word in (
            "Marie-",
            "Amélie",
            "Éléonore",
            "Rochefoucauld-",
            "Montmorency",
        ):  # whole on a line
            after = "" if word.endswith("-") else "(?=$| )"
            assert any(re.search(rf"(^|[ -]){word}{after}", line) for line in lines), (word, lines)
    coverage = flat(label("coverage", lang))
    wrapped = [
        flat(line)
        for line in page_texts(BUILDERS["warranty"](warranty, branding=BRANDING))[0].splitlines()
        if flat(line) and flat(line) in coverage
    ]
    assert (
        len(wrapped) >= 2 and "".join(wrapped) == coverage
    )  # it runs on between characters, every line full


@pytest.mark.parametrize("kind", ["service_receipt", "collection_slip"])
def test_both_signature_lines_are_level_whatever_the_names(kind):
    data = d.ServiceJobData(
        issue(kind, "en"),
        "SJ-PA01-000123",
        "restringing",
        "Restring with silk, knotted.",
        LONG_NAME,
        LARIAT,
        "Silk frayed near the clasp.",
        NOW - dt.timedelta(days=3),
        "Thomas Rousseau",
        Decimal("1250.50"),
        "EUR",
        NOW.date(),
        NOW,
        NOW,
    )
    pdf = BUILDERS[kind](data, branding=BRANDING)
    (client,), (house,) = top_of(pdf, "CLIENT'S SIGNATURE"), top_of(pdf, "FOR THE HOUSE")
    assert client == pytest.approx(house, abs=1)


def test_a_letter_neither_font_draws_prints_without_its_accent_not_as_a_box(signature):
    from reportlab.pdfbase import pdfmetrics

    from jeweldesk.documents import fonts

    data = d.AppraisalData(
        issue("appraisal", "en"),
        LARIAT,
        "Antonín Dvořák, Ștefan Erdős",
        Decimal("71100.00"),
        "CNY",
        NOW.date(),
        NOW.date().replace(year=2029),
        "Gong Xue 龚雪",
    )
    text = pdf_text(BUILDERS["appraisal"](data, branding=BRANDING, signature=signature))
    assert "Antonín Dvorák, Stefan Erdos" in " ".join(text.split())
    fonts.register()
    drawn = set(pdfmetrics.getFont(fonts.LATIN).face.charToGlyph) | set(
        pdfmetrics.getFont(fonts.CJK).face.charToGlyph
    )
    assert {ch for ch in text if not ch.isspace() and ord(ch) not in drawn} == set()


# --- sections with nothing to say ------------------------------------------------------


def test_a_piece_known_only_by_its_description_prints_no_empty_sections():
    bare = d.PieceData(description="Gold hoop earrings brought in by the client")
    certificate = flat(
        pdf_text(
            BUILDERS["certificate"](
                d.CertificateData(issue("certificate", "en"), bare), branding=BRANDING
            )
        )
    )
    assert "PROVENANCE" not in certificate and "STONES" not in certificate
    job = d.ServiceJobData(
        issue("service_receipt", "zh_CN"),
        "SJ-PA01-000124",
        "repair",
        "Solder a broken link",
        "Li Wei 李伟",
        bare,
        "",
        NOW,
        "Thomas Rousseau",
    )
    receipt = flat(pdf_text(BUILDERS["service_receipt"](job, branding=BRANDING)))
    assert "所需服务" in receipt and "收件时状况" not in receipt


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "set with one natural akoya pearl, round, 7.5 mm (white rosé)"),
        ("zh_CN", "镶嵌天然Akoya珍珠一颗，圆形，7.5mm（白色带玫瑰伴色）"),
    ],
)
def test_appraisal_describes_a_pearl_by_name_then_size(signature, lang, expected):
    pearl = stone(
        1,
        origin="natural",
        stone_type="akoya pearl",
        shape="round, 7.5 mm",
        colour="white rosé",
        clarity="",
        carat=None,
    )
    data = d.AppraisalData(
        issue("appraisal", lang),
        replace(LARIAT, stones=(pearl,)),
        "Li Wei 李伟",
        Decimal("51700.00"),
        "CNY",
        NOW.date(),
        NOW.date().replace(year=2029),
        "Gong Xue 龚雪",
    )
    text = " ".join(
        pdf_text(BUILDERS["appraisal"](data, branding=BRANDING, signature=signature)).split()
    )
    assert (expected if lang == "en" else flat(expected)) in (text if lang == "en" else flat(text))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_header_prints_number_date_and_boutique_each_on_one_line(paper):
    shanghai = d.StoreData(
        "SH01", "Shanghai Plaza 66 Flagship", "上海恒隆广场旗舰店", "", "+86 21 6288 0166"
    )
    header = replace(
        issue("warranty", "en"), store=shanghai, issued_at=NOW.replace(month=9, day=30)
    )
    data = d.WarrantyData(
        header, LARIAT, "Li Wei", NOW.date(), NOW.date(), 2, d.AdvisorContact("Thomas Rousseau")
    )
    pdf = BUILDERS["warranty"](data, paper=paper, branding=BRANDING)
    assert on_one_line(pdf, "Shanghai Plaza 66 Flagship") == [
        True,
        True,
    ]  # the header's and the footer's
    assert all(on_one_line(pdf, "PA01-0F624B7D6573-C000123-X"))
    assert on_one_line(pdf, "30 September 2026") == [True]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_certificate_for_a_pair_of_studs_is_one_page_on_letter_paper_too(signature, lang):
    pdf = BUILDERS["certificate"](
        d.CertificateData(issue("certificate", lang), STUDS),
        paper="letter",
        branding=BRANDING,
        signature=signature,
    )
    assert pages(pdf) == 1
    assert "LG7702910627" in pdf_text(pdf)


@pytest.mark.parametrize(
    ("estimate", "lang", "printed", "not_printed"),
    [
        (None, "en", "To be confirmed", "No charge"),
        (None, "zh_CN", "待确认", "免费"),
        (Decimal("0"), "en", "No charge", "To be confirmed"),
        (Decimal("2500"), "zh_TW", "CN¥2,500.00", "免費"),
    ],
)
def test_receipt_promises_no_free_work_before_there_is_an_estimate(
    estimate, lang, printed, not_printed
):
    data = d.ServiceJobData(
        issue("service_receipt", lang),
        "SJ-PA01-000125",
        "repair",
        "Solder a broken link",
        "Li Wei 李伟",
        LARIAT,
        "Link broken",
        NOW,
        "Thomas Rousseau",
        estimate,
        "CNY",
    )
    text = flat(pdf_text(BUILDERS["service_receipt"](data, branding=BRANDING)))
    assert flat(printed) in text and flat(not_printed) not in text


def test_every_language_a_client_may_speak_has_a_printed_name():
    from jeweldesk.documents.texts import LANGUAGES, has_label, label
    from jeweldesk.services.clients import CLIENT_LANGUAGES

    for code in CLIENT_LANGUAGES:
        assert has_label(f"language.{code}"), code
        assert all(label(f"language.{code}", lang) != code for lang in LANGUAGES)


def test_the_tagline_prints_in_the_documents_language_when_the_house_gives_one():
    house = replace(
        BRANDING, tagline="Haute Joaillerie · Since 1921", tagline_zh_CN="高级珠宝 · 始于1921年"
    )
    data = d.WarrantyData(
        issue("warranty", "zh_CN"),
        LARIAT,
        "Li Wei 李伟",
        NOW.date(),
        NOW.date(),
        2,
        d.AdvisorContact("Thomas Rousseau"),
    )
    assert flat("始于1921年") in flat(pdf_text(BUILDERS["warranty"](data, branding=house)))
    tw = replace(data, issue=issue("warranty", "zh_TW"))
    assert flat("Since 1921") in flat(
        pdf_text(BUILDERS["warranty"](tw, branding=house))
    )  # none given: as written
