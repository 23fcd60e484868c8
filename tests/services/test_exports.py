"""Exports through the service and the command line, with real files: a demo store's
clients carried to a second store as vCards, several 3.0 cards from a phone, the book
as CSV and XLSX in English and Chinese."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from jeweldesk import demo
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.vocab import ContactKind, DateKind
from jeweldesk.services import Desk
from jeweldesk.storage import models as m


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    demo.build(folder, clients=60, seed=1)
    return folder


def _people(desk: Desk) -> dict[str, tuple]:
    """Each live client as name → (phones, e-mails, birthday), as stored."""
    out: dict[str, tuple] = {}
    with desk.store.sessions() as s:
        for client in s.scalars(
            select(m.Client).where(m.Client.deleted.is_(False), m.Client.erased_at.is_(None))
        ):
            contacts = s.scalars(
                select(m.ContactPoint).where(
                    m.ContactPoint.client_id == client.id, m.ContactPoint.deleted.is_(False)
                )
            ).all()
            birthday = s.scalars(
                select(m.ImportantDate).where(
                    m.ImportantDate.client_id == client.id,
                    m.ImportantDate.kind == DateKind.BIRTHDAY,
                    m.ImportantDate.relationship_id.is_(None),
                    m.ImportantDate.deleted.is_(False),
                )
            ).first()
            name = (client.name_local, client.name_romanised, client.family_name, client.given_name)
            out[repr(name)] = (
                sorted(c.normalised for c in contacts if c.kind == ContactKind.PHONE),
                sorted(c.normalised for c in contacts if c.kind == ContactKind.EMAIL),
                (birthday.month, birthday.day, birthday.year) if birthday else None,
            )
    return out


def test_vcards_carry_a_demo_store_s_clients_to_a_second_store(demo_folder, desk):
    with Desk.open(demo_folder) as source:
        expected = _people(source)
        with source.store.sessions() as s:
            ids = s.scalars(
                select(m.Client.id).where(m.Client.deleted.is_(False), m.Client.erased_at.is_(None))
            ).all()
        text = "".join(source.exports.client_vcard(i) for i in ids)
    assert text.count("BEGIN:VCARD") == len(expected) >= 50
    assert "BDAY:--" in text  # some birthdays have no year
    result = desk.exports.import_vcards(text)
    assert result.refused == ()
    assert len(result.imported) == len(expected)
    assert _people(desk) == expected
    assert any(b is not None and b[2] is None for _, _, b in expected.values())
    assert any(b is not None and b[2] is not None for _, _, b in expected.values())
    # The same cards again: every one is created and reported as a likely duplicate.
    again = desk.exports.import_vcards(text)
    assert len(again.duplicates) == len(expected)
    first = {c.name: c.client_id for c in result.imported}
    assert all(first[c.name] in c.duplicates for c in again.imported)


def test_a_phone_s_vcf_of_several_3_0_cards(desk, tmp_path):
    vcf = tmp_path / "contacts.vcf"
    vcf.write_bytes(
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:王;美玲;;;\r\nFN:王美玲\r\n"
            "TEL;type=CELL;type=VOICE;type=pref:138 0013 8000\r\n"
            "item1.EMAIL;type=INTERNET;type=pref: Meiling.Wang@163.com\r\n"
            "BDAY:1988-02-29\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dubois;Claire;;;\r\nFN:Claire Dubois\r\n"
            "TEL;type=CELL:+33 6 12 34 56 78\r\nEMAIL;type=INTERNET:not-an-email\r\n"
            "TEL;type=HOME:12\r\nLANG:fr-FR\r\n"
            "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-01\r\nNOTE:Likes pearls\\, not gold\r\n"
            "END:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Chan;Ka Yan;;;\r\nFN:Ka Yan Chan\r\n"
            "TEL;TYPE=CELL:+852 9123 4567\r\nBDAY:19900501\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nEND:VCARD\r\n"
        ).encode()
    )
    result = desk.exports.import_vcards(vcf.read_text(encoding="utf-8"))
    assert [c.card for c in result.imported] == [1, 2, 3]
    assert [(r.card, r.reason) for r in result.refused] == [
        (4, "Enter the client's name (in any script).")
    ]
    wang, claire, chan = (desk.clients.profile(c.client_id) for c in result.imported)
    assert (wang.client.name_local, wang.client.name_romanised) == ("王美玲", "Wang Meiling")
    assert [c.normalised for c in wang.contacts if c.kind == ContactKind.PHONE] == [
        "+8613800138000"
    ]
    assert [c.normalised for c in wang.contacts if c.kind == ContactKind.EMAIL] == [
        "meiling.wang@163.com"
    ]
    assert [(d.month, d.day, d.year) for d in wang.dates] == [(2, 29, 1988)]
    # The bad e-mail is left out; the rest of the card is kept.
    assert (claire.client.family_name, claire.client.given_name) == ("Dubois", "Claire")
    assert not [c for c in claire.contacts if c.kind == ContactKind.EMAIL]
    assert [c.normalised for c in claire.contacts] == ["+33612345678"]
    assert claire.client.language == "fr"
    assert result.imported[1].left_out == (
        "“not-an-email” is not an e-mail address.",
        "“12” is not a phone number we can dial. Include the country code, e.g. +86 138 1234 5678.",
    )
    assert result.imported[0].left_out == ()
    assert [(d.month, d.day, d.year) for d in claire.dates] == [(5, 1, None)]
    assert [c.normalised for c in chan.contacts] == ["+85291234567"]
    assert [(d.month, d.day, d.year) for d in chan.dates] == [(5, 1, 1990)]
    with pytest.raises(ValidationError) as refused:
        desk.exports.import_vcards("FN:nobody\n")
    assert refused.value.key == "export.vcard_empty"


def test_a_client_s_card_leaves_notes_out_and_refuses_an_unknown_client(desk):
    client = desk.clients.create(name_local="陈嘉欣", phones=["13912345678"], language="zh_TW")
    desk.notes.add(client.value.id, "Husband must not know about the ring", sensitive=True)
    desk.notes.add(client.value.id, "Prefers Saturday mornings")
    text = desk.exports.client_vcard(client.value.id)
    assert "FN;ALTID=1;LANGUAGE=zh-Hant:陈嘉欣" in text
    assert "LANG:zh-TW" in text
    assert "Husband" not in text and "Saturday" not in text and "NOTE" not in text
    with desk.store.sessions() as s:
        logged = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "export_vcard")).all()
    assert [(a.entity_id, a.staff_id) for a in logged] == [(client.value.id, desk.acting_staff_id)]
    with pytest.raises(NotFound):
        desk.exports.client_vcard("01a2516a-33d3-7d3a-b172-0f476f07939d")


def _advisor_with_book(folder: Path) -> str:
    with Desk.open(folder) as d, d.store.sessions() as s:
        return s.scalars(
            select(m.Staff.email)
            .join(m.BookEntry, m.BookEntry.advisor_id == m.Staff.id)
            .join(m.Store, m.Store.id == m.Staff.store_id)
            .where(m.Store.code == "SH01")
            .order_by(m.Staff.email)
        ).first()


def test_the_book_as_csv_and_xlsx_in_english_and_chinese(demo_folder, tmp_path):
    email = _advisor_with_book(demo_folder)
    with Desk.open(demo_folder) as source:
        advisor = source.directory.person(email).id
        expected = source.books.book(advisor)
        csv_en = source.exports.write_book(tmp_path / "book.csv", "csv", advisor, lang="en")
        csv_zh = source.exports.write_book(tmp_path / "book_zh.csv", "CSV", advisor, lang="zh_CN")
        xlsx = source.exports.write_book(tmp_path / "book.xlsx", "xlsx", advisor, lang="zh_TW")
        with pytest.raises(ValidationError) as refused:
            source.exports.write_book(tmp_path / "book.pdf", "pdf", advisor)
        assert refused.value.key == "export.format_unknown"
    assert expected
    assert csv_en.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel then reads Chinese
    with csv_en.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["Name", "Name in Chinese", "Phone", "E-mail"]
    assert [r[0] for r in rows[1:]] == [b.summary.display_name for b in expected]
    assert [r[2] for r in rows[1:]] == [b.summary.phone for b in expected]
    assert all(r[8] == b.since.isoformat() for r, b in zip(rows[1:], expected, strict=True))
    with csv_zh.open(encoding="utf-8-sig", newline="") as f:
        zh = list(csv.reader(f))
    assert zh[0][:5] == ["姓名", "中文姓名", "电话", "电子邮件", "客户分层"]
    assert {r[4] for r in zh[1:]} <= {"VIC 贵宾", "核心客户", "潜力客户", "潜在客户", ""}
    assert any("\u4e00" <= ch <= "\u9fff" for r in zh[1:] for ch in r[1])
    sheet = load_workbook(xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:5] == ("姓名", "中文姓名", "電話", "電子郵件", "客戶分層")
    assert len(values) == len(expected) + 1
    assert [v[3] for v in values[1:]] == [b.summary.email or None for b in expected]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 28
    assert values[1][8] is not None and values[1][8].date() == expected[0].since


def test_the_command_line(demo_folder, tmp_path, capsys):
    from jeweldesk.__main__ import main

    folder = str(demo_folder)
    email = _advisor_with_book(demo_folder)
    with Desk.open(demo_folder) as d, d.store.sessions() as s:
        client_id = str(s.scalars(select(m.Client.id).where(m.Client.erased_at.is_(None))).first())
    out = tmp_path / "client.vcf"
    assert main(["export", "client", client_id, "--data-dir", folder, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n")
    capsys.readouterr()
    assert main(["export", "client", client_id, "--data-dir", folder]) == 0
    assert capsys.readouterr().out.count("BEGIN:VCARD") == 1
    unknown = "01a2516a-33d3-7d3a-b172-0f476f07939d"
    assert main(["export", "client", unknown, "--data-dir", folder]) == 2
    assert "This client no longer exists on this device." in capsys.readouterr().err
    assert main(["export", "client", "not-an-id", "--data-dir", folder, "--json"]) == 2
    assert '"error": "id.invalid"' in capsys.readouterr().out
    book = tmp_path / "book.xlsx"
    argv = ["export", "book", "--data-dir", folder, "--advisor", email, "--format", "xlsx"]
    assert main([*argv, "--out", str(book), "--lang", "zh_CN"]) == 0
    assert load_workbook(book).active["A1"].value == "姓名"
    assert main([*argv, "--out", str(tmp_path / "missing" / "book.xlsx")]) == 2
    assert (
        main(
            [
                "export",
                "book",
                "--data-dir",
                folder,
                "--as",
                "nobody@example.com",
                "--format",
                "csv",
                "--out",
                str(tmp_path / "b.csv"),
            ]
        )
        == 2
    )
    assert main(["export", "client", client_id, "--data-dir", str(tmp_path / "nowhere")]) == 2


def test_import_vcard_on_the_command_line(demo_folder, tmp_path, capsys):
    from jeweldesk.__main__ import main

    folder = str(demo_folder)
    email = _advisor_with_book(demo_folder)
    vcf = tmp_path / "two.vcf"
    vcf.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zhou;Yiran;;;\r\nFN:Zhou Yiran\r\n"
        b"TEL;TYPE=CELL:+86 139 1234 5678\r\nBDAY:--0501\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zhou;Yiran;;;\r\nFN:Zhou Yiran\r\n"
        b"TEL;TYPE=CELL:13912345678\r\nEND:VCARD\r\n"
    )
    argv = ["import", "vcard", str(vcf), "--data-dir", folder, "--as", email, "--json"]
    capsys.readouterr()
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in result["imported"]] == ["Zhou Yiran", "Zhou Yiran"]
    assert result["imported"][1]["duplicates"] == [result["imported"][0]["client"]]
    missing = str(tmp_path / "none.vcf")
    assert main(["import", "vcard", missing, "--data-dir", folder, "--as", email]) == 2


def _copy(demo_folder: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "store"
    shutil.copytree(demo_folder, target)
    return target


def test_a_list_for_marketing_holds_only_the_clients_and_channels_consent_allows(
    demo_folder, tmp_path
):
    folder = _copy(demo_folder, tmp_path)
    email = _advisor_with_book(folder)
    with Desk.open(folder) as desk:
        advisor = desk.directory.person(email).id
        desk.act_as(advisor)
        book = [b for b in desk.books.book(advisor) if b.summary.phone and b.summary.email]
        by_email, refused, everywhere = (b.summary for b in book[:3])
        desk.consent.withdraw(by_email.id, "marketing", method="spoken")
        desk.consent.grant(by_email.id, "marketing", method="spoken", channel="email")
        desk.consent.withdraw(refused.id, "marketing", method="spoken")
        desk.consent.grant(everywhere.id, "marketing", method="paper_form", proof="F-1002")
        full = desk.exports.book_rows(advisor, lang="en")
        listed = desk.exports.book_rows(advisor, lang="en", for_marketing=True)
        zh = desk.exports.book_rows(advisor, lang="zh_TW", for_marketing=True)
    assert full.headers[-1] == "Marketing consent" and zh.headers[-1] == "行銷同意"
    column = {r[0]: r[-1] for r in full.rows}
    assert column[by_email.display_name] == "Yes: e-mail"
    assert column[refused.display_name] == "No"
    assert column[everywhere.display_name] == "Yes, every channel"
    rows = {r[0]: r for r in listed.rows}
    assert refused.display_name not in rows
    assert rows[by_email.display_name][2:4] == ("", by_email.email)  # no phone: not agreed
    assert rows[everywhere.display_name][2:4] == (everywhere.phone, everywhere.email)
    assert all(r[-1].startswith("Yes") for r in listed.rows)
    assert len(listed.rows) < len(full.rows)


def test_a_filtered_list_by_segment_and_search(demo_folder, tmp_path):
    email = _advisor_with_book(demo_folder)
    with Desk.open(demo_folder) as desk:
        advisor = desk.directory.person(email).id
        book = desk.books.book(advisor)
        segment = book[0].summary.segment
        by_segment = desk.exports.book_rows(advisor, lang="en", segment=segment.upper())
        someone = book[-1].summary
        found = desk.exports.book_rows(advisor, lang="en", query=someone.phone)
    assert segment
    assert [r[0] for r in by_segment.rows] == [
        b.summary.display_name for b in book if b.summary.segment == segment
    ]
    assert [r[0] for r in found.rows] == [someone.display_name]


def test_no_export_ever_holds_a_note_sensitive_or_not(demo_folder, tmp_path):
    import zipfile

    folder = _copy(demo_folder, tmp_path)
    email = _advisor_with_book(folder)
    with Desk.open(folder) as desk:
        advisor = desk.directory.person(email).id
        desk.act_as(advisor)
        client = desk.books.book(advisor)[0].summary
        desk.notes.add(client.id, "Prefers discretion: SENSITIVE-7731", sensitive=True)
        desk.notes.add(client.id, "Collects opals: PLAIN-5519")
        card = desk.exports.client_vcard(client.id)
        csv_path = desk.exports.write_book(tmp_path / "b.csv", "csv", advisor)
        xlsx_path = desk.exports.write_book(tmp_path / "b.xlsx", "xlsx", advisor)
        marketing = desk.exports.write_book(tmp_path / "m.csv", "csv", advisor, for_marketing=True)
    texts = [card, csv_path.read_text("utf-8-sig"), marketing.read_text("utf-8-sig")]
    with zipfile.ZipFile(xlsx_path) as book:
        texts += [book.read(name).decode("utf-8") for name in book.namelist()]
    assert client.display_name in texts[1]  # the client is there; their notes are not
    for text in texts:
        assert "SENSITIVE-7731" not in text and "PLAIN-5519" not in text
