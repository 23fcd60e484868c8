"""Every document on real demo records, in each language: the PDF opens, its text holds
the fields, its fonts are embedded, and it is laid out on A4 or US Letter."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jeweldesk.domain.vocab import NameOrder
from jeweldesk.storage import models as m
from tests.documents.conftest import font_files, pdf_text

LANGS = ("en", "zh_CN", "zh_TW")
KINDS = {
    "certificate": "diamond",
    "appraisal": "diamond",
    "care_guide": "pearls",
    "warranty": "diamond",
    "service_receipt": "job",
    "collection_slip": "job",
    "appointment_brief": "appointment",
}
TITLES = {
    "certificate": ("CERTIFICATE", "证书", "證書"),
    "appraisal": ("APPRAISAL", "保险估价", "保險估價"),
    "care_guide": ("CARING", "保养", "保養"),
    "warranty": ("WARRANTY", "保修", "保固"),
    "service_receipt": ("RECEIPT", "收件单", "收件單"),
    "collection_slip": ("COLLECTION", "取件单", "取件單"),
    "appointment_brief": ("BRIEF", "预约简报", "預約簡報"),
}


def _flat(text: str) -> str:
    # Titles are letter-spaced: compare without spaces.
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_each_document_in_each_language(desk, subjects, kind, lang):
    written = desk.documents.issue(kind, getattr(subjects, KINDS[kind]), lang=lang)
    doc, pdf = written.value.document, written.value.pdf
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    text = pdf_text(pdf)
    flat = _flat(text)
    assert doc.number in flat
    assert _flat(TITLES[kind][LANGS.index(lang)]) in flat
    assert doc.language == lang and doc.kind.value == kind
    fonts = font_files(pdf)
    assert fonts and all(fonts.values()), fonts
    if lang != "en":
        assert any(
            "DroidSansFallback" in name for name in fonts
        )  # Chinese text in the bundled CJK font
    assert written.changes.touches("issued_documents")


@pytest.mark.parametrize("lang", LANGS)
def test_certificate_prints_grading_and_report(desk, subjects, lang):
    pdf = desk.documents.certificate(subjects.diamond, lang=lang).value.pdf
    with desk.store.sessions() as s:
        stone = s.scalar(select(m.Stone).where(m.Stone.owned_piece_id == subjects.diamond))
        piece = s.get(m.OwnedPiece, subjects.diamond)
    flat = _flat(pdf_text(pdf))
    for value in (
        f"{stone.carat:.2f}",
        stone.colour,
        stone.clarity,
        stone.report_number,
        stone.girdle_inscription,
        stone.measurements,
        piece.serial,
        piece.hallmark,
    ):
        assert _flat(value) in flat, value
    words = {
        "en": ("Carat", "Clarity", "Laboratory", "Natural"),
        "zh_CN": ("克拉", "净度", "钻石", "天然"),
        "zh_TW": ("克拉", "淨度", "鑽石", "天然"),
    }[lang]
    for word in words:
        assert _flat(word) in flat or word.upper() in flat, word
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # a certificate is one page


def test_appraisal_value_and_word_picture(desk, subjects):
    pdf = desk.documents.appraisal(subjects.diamond, lang="en").value.pdf
    with desk.store.sessions() as s:
        piece = s.get(m.OwnedPiece, subjects.diamond)
    text = pdf_text(pdf)
    assert f"{piece.value:,.2f}" in text
    assert "retailreplacementvalue" in _flat(text).lower()
    assert "setwithonenatural" in _flat(text).lower()


def test_care_guide_pearls_warns_off_ultrasonic_and_schedules_restringing(desk, subjects):
    flat = _flat(pdf_text(desk.documents.care_guide(subjects.pearls, lang="en").value.pdf)).lower()
    assert "neveruseanultrasonic" in flat and "restringing" in flat
    zh = _flat(pdf_text(desk.documents.care_guide(subjects.pearls, lang="zh_CN").value.pdf))
    assert "超声波" in zh and "重新穿线" in zh


def test_brief_is_confidential_and_lists_pulled_pieces(desk, subjects):
    pdf = desk.documents.appointment_brief(subjects.appointment, lang="en").value.pdf
    flat = _flat(pdf_text(pdf))
    assert "CONFIDENTIAL" in flat
    with desk.store.sessions() as s:
        names = s.scalars(
            select(m.CataloguePiece.sku)
            .join(m.PreSelection, m.PreSelection.piece_id == m.CataloguePiece.id)
            .where(m.PreSelection.appointment_id == subjects.appointment)
        ).all()
    assert names and all(_flat(n) in flat for n in names[:4])


def test_a_brief_writes_the_profile_in_its_own_language(desk, subjects):
    """Preferences, ring sizes and dates read as words of the brief's language, not as
    the record's codes ("metal, loves", "left ring: 13 (CN/HK)", "birthday: 06-12")."""
    with desk.store.sessions() as s:
        appointment = s.get(m.Appointment, subjects.appointment)
        client_id, advisor = appointment.client_id, appointment.advisor_id
        for table in (m.Preference, m.RingSize, m.ImportantDate):
            s.query(table).filter(table.client_id == client_id).delete()
        s.commit()
    desk.act_as(advisor)
    desk.preferences.add(client_id, "metal", "Platinum", sentiment="loves")
    desk.preferences.set_ring_size(client_id, hand="left", finger="ring", system="cn_hk", size="13")
    desk.dates.add(client_id, "birthday", month=6, day=12)

    zh = _flat(
        pdf_text(desk.documents.appointment_brief(subjects.appointment, lang="zh_CN").value.pdf)
    )
    assert "金属·钟爱" in zh and "左手无名指：13（港码）" in zh and "生日：6月12日" in zh
    for code in ("loves", "CN/HK", "birthday", "06-12"):
        assert code not in zh
    en = _flat(
        pdf_text(desk.documents.appointment_brief(subjects.appointment, lang="en").value.pdf)
    )
    assert "Metal·loves" in en and "Leftringfinger:13(CN/HK)" in en and "Birthday:12June" in en
    tw = _flat(
        pdf_text(desk.documents.appointment_brief(subjects.appointment, lang="zh_TW").value.pdf)
    )
    assert "金屬·鍾愛" in tw and "左手無名指：13（港碼）" in tw


def test_purchase_line_is_a_subject_too(desk, subjects):
    doc = desk.documents.certificate(subjects.line, lang="en").value.document
    assert doc.subject_table in ("owned_pieces", "purchase_lines")


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612.0, 792.0))])
@pytest.mark.parametrize("kind", ["certificate", "care_guide", "appointment_brief"])
def test_paper_sizes(desk, subjects, paper, size, kind):
    pdf = desk.documents.issue(
        kind, getattr(subjects, KINDS[kind]), lang="zh_CN", paper=paper
    ).value.pdf
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == size


@pytest.mark.parametrize(
    ("lang", "shown", "not_shown"),
    [
        ("zh_CN", "王美玲 (Wang Meiling)", "Wang Meiling 王美玲"),
        ("zh_TW", "王美玲 (Wang Meiling)", "Wang Meiling 王美玲"),
        ("en", "Wang Meiling 王美玲", "王美玲 (Wang Meiling)"),
    ],
)
def test_a_chinese_brief_names_the_client_in_chinese_first(desk, subjects, lang, shown, not_shown):
    with desk.store.sessions() as s:
        client = s.get(m.Client, s.get(m.Appointment, subjects.appointment).client_id)
        client.family_name, client.given_name, client.name_local = "王", "美玲", "王美玲"
        client.name_romanised, client.name_order = "Wang Meiling", NameOrder.FAMILY_FIRST
        s.commit()
    text = pdf_text(desk.documents.appointment_brief(subjects.appointment, lang=lang).value.pdf)
    assert shown in text and not_shown not in text


def test_a_brief_names_a_client_without_a_chinese_name_once(desk, subjects):
    with desk.store.sessions() as s:
        client = s.get(m.Client, s.get(m.Appointment, subjects.appointment).client_id)
        client.family_name, client.given_name, client.name_local = "Dubois", "Claire", ""
        client.name_romanised, client.name_order = "", NameOrder.GIVEN_FIRST
        s.commit()
    for lang in LANGS:
        text = pdf_text(desk.documents.appointment_brief(subjects.appointment, lang=lang).value.pdf)
        assert "Claire Dubois" in text and "()" not in _flat(text)


def _name_the_client(desk, client_id) -> None:
    with desk.store.sessions() as s:
        client = s.get(m.Client, client_id)
        client.family_name, client.given_name, client.name_local = "余", "鹏", "余鹏"
        client.name_romanised, client.name_order = "Yu Peng", NameOrder.FAMILY_FIRST
        s.commit()


@pytest.mark.parametrize(
    ("lang", "shown", "not_shown"),
    [
        ("zh_CN", "余鹏 (Yu Peng)", "Yu Peng 余鹏"),
        ("zh_TW", "余鹏 (Yu Peng)", "Yu Peng 余鹏"),
        ("en", "Yu Peng 余鹏", "余鹏 (Yu Peng)"),
    ],
)
@pytest.mark.parametrize("kind", ["appraisal", "warranty", "service_receipt", "collection_slip"])
def test_every_chinese_document_names_the_client_in_chinese_first(
    desk, subjects, kind, lang, shown, not_shown
):
    """As the brief does: the appraisal, the warranty and the service papers print
    '余鹏 (Yu Peng)' in Chinese and 'Yu Peng 余鹏' in English, wherever they name the client."""
    subject = getattr(subjects, KINDS[kind])
    with desk.store.sessions() as s:
        if kind in ("service_receipt", "collection_slip"):
            client_id = s.get(m.ServiceJob, subject).client_id
        else:
            client_id = s.get(m.OwnedPiece, subject).client_id
    _name_the_client(desk, client_id)
    issued = desk.documents.issue(kind, subject, lang=lang).value
    # The data carries the record's two names, not one string for the builder to split.
    assert (
        issued.document.payload["client_name"],
        issued.document.payload["client_name_local"],
    ) == ("Yu Peng", "余鹏")
    text = pdf_text(issued.pdf)
    # The service papers name the client twice: in the fields and under the signature line.
    assert text.count(shown) == (2 if kind in ("service_receipt", "collection_slip") else 1)
    assert not_shown not in text


@pytest.mark.parametrize(
    ("printed", "apart"),
    [
        ("Yu Peng 余鹏", ("Yu Peng", "余鹏")),
        ("Wang Meiling 王 美玲", ("Wang Meiling", "王 美玲")),
        ("余鹏", ("余鹏", "")),
        ("Claire Dubois", ("Claire Dubois", "")),
        ("Yu Peng余鹏", ("Yu Peng余鹏", "")),
    ],
)
def test_a_printed_name_comes_apart_into_its_two_scripts(printed, apart):
    from jeweldesk.documents.texts import names_apart

    assert names_apart(printed) == apart


@pytest.mark.parametrize(
    ("fields", "names"),
    [
        (("余", "鹏", "余鹏", "Yu Peng"), ("Yu Peng", "余鹏")),
        (("余", "鹏", "余鹏", ""), ("余鹏", "")),  # no romanised name: the Chinese one alone
        (
            ("Ivanova", "Maria", "Мария Иванова", "Maria Ivanova"),
            ("Maria Ivanova", ""),
        ),  # as lists show her
        (("Dubois", "Claire", "", ""), ("Claire Dubois", "")),
    ],
)
def test_a_documents_two_names_are_read_from_the_clients_record(desk, subjects, fields, names):
    from jeweldesk.domain.names import display_name
    from jeweldesk.services.document_sources import client_names

    family, given, local, romanised = fields
    client = m.Client(
        family_name=family,
        given_name=given,
        name_local=local,
        name_romanised=romanised,
        name_order=NameOrder.GIVEN_FIRST if family == "Dubois" else NameOrder.FAMILY_FIRST,
    )
    assert client_names(client) == names
    # The document prints what a list shows, in its language's order.
    listed = display_name(
        family=family,
        given=given,
        name_local=local,
        romanised=romanised,
        given_first=family == "Dubois",
    )
    assert " ".join(x for x in names if x) == listed


def _appraisal(lang: str, name: str, local: str | None):
    import datetime as dt
    from decimal import Decimal

    from jeweldesk.documents import BUILDERS
    from jeweldesk.documents import data as d
    from jeweldesk.documents.branding import Branding

    store = d.StoreData("SH01", "Shanghai Plaza 66 Flagship", "上海恒隆广场旗舰店")
    issue = d.Issue(
        "SH01-0F624B7D6573-C000124-X",
        "appraisal",
        lang,
        dt.datetime(2026, 11, 30, 15, 45, tzinfo=dt.UTC),
        store,
        "Gong Xue",
    )
    data = d.AppraisalData(
        issue,
        d.PieceData("Étoile Studs Earrings"),
        name,
        Decimal("9800"),
        "CNY",
        dt.date(2026, 11, 30),
        dt.date(2029, 11, 30),
        "Gong Xue",
        client_name_local=local,
    )
    return data, pdf_text(BUILDERS["appraisal"](data, branding=Branding()))


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("zh_CN", "余鹏 (Yu Peng)"), ("zh_TW", "余鹏 (Yu Peng)"), ("en", "Yu Peng 余鹏")],
)
def test_a_builder_prints_the_two_names_it_is_given_without_splitting_a_string(lang, shown):
    assert shown in _appraisal(lang, "Yu Peng", "余鹏")[1]
    # Given one name, whatever it holds, it prints it as given (split at its first
    # character, it would read '王 Smith (Anna)' in Chinese).
    assert "Anna 王 Smith" in _appraisal(lang, "Anna 王 Smith", "")[1]


def test_data_issued_before_the_names_were_apart_reads_back_to_its_signed_bytes_and_prints_chinese_first():
    from jeweldesk.documents import data as d

    data, _ = _appraisal("zh_CN", "Yu Peng", "余鹏")
    assert d.to_json(data)["client_name_local"] == "余鹏"
    legacy = d.to_json(data) | {"client_name": "Yu Peng 余鹏"}
    del legacy["client_name_local"]
    read = d.from_json(d.AppraisalData, legacy)
    assert read.client_name_local is None
    assert d.canonical(read) == d.canonical(legacy)  # the signature still covers a reprint's data
    assert d.to_json(d.from_json(d.AppraisalData, d.to_json(data))) == d.to_json(data)
    _, text = _appraisal("zh_CN", read.client_name, read.client_name_local)
    assert "余鹏 (Yu Peng)" in text


def test_a_document_issued_before_the_names_were_apart_reprints_and_verifies(desk, subjects):
    from jeweldesk.documents import data as d

    with desk.store.sessions() as s:
        client_id = s.get(m.OwnedPiece, subjects.diamond).client_id
    _name_the_client(desk, client_id)
    issued = desk.documents.issue("appraisal", subjects.diamond, lang="zh_CN").value
    # The row as an older device wrote it: one printed name, signed as such.
    legacy = {k: v for k, v in issued.document.payload.items() if k != "client_name_local"}
    legacy["client_name"] = "Yu Peng 余鹏"
    with desk.store.sessions() as s:
        row = s.get(m.IssuedDocument, issued.document.id)
        row.payload, row.signature = legacy, desk.documents.key.sign(d.canonical(legacy))
        s.commit()
    copy = desk.documents.render(issued.document.id)
    assert "余鹏 (Yu Peng)" in pdf_text(copy)
    assert desk.documents.verify(copy).genuine
