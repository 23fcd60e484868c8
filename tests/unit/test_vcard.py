"""The vCard codec on its own: folding, escaping, the forms of BDAY, 3.0 and 2.1 cards."""

from __future__ import annotations

import datetime as dt

import pytest

from jeweldesk.exports import vcard


def test_a_card_reads_back_as_written():
    card = vcard.Card(
        formatted_name="Wang Meiling",
        family_name="王",
        given_name="美玲",
        prefix="女士",
        local_name="王美玲",
        local_language="zh-Hans",
        name_language="en",
        phones=(vcard.Telephone("+8613812345678", ("cell",)),),
        emails=("meiling.wang@163.com",),
        birthday=vcard.Birthday(5, 1),
        languages=("zh-CN", "en"),
        categories=("VIC", "bridal, 2026; spring"),
        revision=dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC),
        uid="01a2516a-33d3-7d3a-b172-0f476f07939d",
    )
    text = vcard.write(card)
    lines = text.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert "FN;ALTID=1;LANGUAGE=en:Wang Meiling" in lines
    assert "FN;ALTID=1;LANGUAGE=zh-Hans:王美玲" in lines
    assert "TEL;VALUE=uri;TYPE=cell:tel:+8613812345678" in lines
    assert "BDAY:--0501" in lines
    assert "CATEGORIES:VIC,bridal\\, 2026\\; spring" in lines
    assert "REV:20261207T093000Z" in lines
    assert "UID:urn:uuid:01a2516a-33d3-7d3a-b172-0f476f07939d" in lines
    assert "LANG;PREF=1:zh-CN" in lines
    assert text.endswith("END:VCARD\r\n")
    assert vcard.read(text) == [card]


def test_text_is_escaped_and_unescaped():
    awkward = 'Back\\slash, comma; semicolon\nnew line "quoted"'
    card = vcard.Card(formatted_name=awkward, family_name="O;Brien", given_name="A,B")
    text = vcard.write(card)
    assert 'FN:Back\\\\slash\\, comma\\; semicolon\\nnew line "quoted"\r\n' in text
    assert "N:O\\;Brien;A\\,B;;;" in text
    (back,) = vcard.read(text)
    assert (back.formatted_name, back.family_name, back.given_name) == (awkward, "O;Brien", "A,B")


def test_a_long_chinese_value_folds_at_75_octets_on_character_boundaries():
    name = "欧阳" + "龙凤呈祥金玉满堂" * 12 + "ok"
    text = vcard.write(vcard.Card(formatted_name=name, categories=("翡翠手镯收藏家",) * 15))
    raw = text.encode("utf-8")
    physical = raw.split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    assert any(len(line) >= 73 for line in physical)  # the folding does fill lines
    for line in physical:
        line.decode("utf-8")  # no character cut in half
    folded = [line for line in physical if line.startswith(b" ")]
    assert len(folded) >= 6
    (back,) = vcard.read(text)
    assert back.formatted_name == name
    assert back.categories == ("翡翠手镯收藏家",) * 15


@pytest.mark.parametrize(
    ("value", "omit", "expected"),
    [
        ("19880229", "", vcard.Birthday(2, 29, 1988)),
        ("1988-02-29", "", vcard.Birthday(2, 29, 1988)),
        ("1988-02-29T00:00:00Z", "", vcard.Birthday(2, 29, 1988)),
        ("--0501", "", vcard.Birthday(5, 1)),
        ("--05-01", "", vcard.Birthday(5, 1)),
        ("--0229", "", vcard.Birthday(2, 29)),
        ("1604-05-01", "1604", vcard.Birthday(5, 1)),  # Apple: a birthday with no year
        ("19870229", "", None),  # not a day of 1987
        ("--1332", "", None),
        ("spring", "", None),
    ],
)
def test_birthday_forms(value, omit, expected):
    assert vcard.parse_birthday(value, omit) == expected


def test_3_0_and_2_1_cards_as_phones_write_them():
    text = (
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\n"
        "N:Chan;Ka Yan;;Ms.;\n"
        "FN:Ka Yan Chan\n"
        "item1.EMAIL;type=INTERNET;type=pref:kayan.chan@example.hk\n"
        "TEL;type=CELL;type=VOICE;type=pref:+852 9123 4567\n"
        "TEL;type=WORK:+852 2345 6789\n"
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-01\n"
        "NOTE:a very long note that the phone folded across\n"
        " two lines\n"
        "END:VCARD\n"
        "BEGIN:VCARD\r\n"
        "VERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E5=98=89=E6=AC=A3;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88=E5=98=89=\r\n"
        "=E6=AC=A3\r\n"
        "TEL;CELL;PREF:13800138000\r\n"
        "BDAY:19880229\r\n"
        "END:VCARD\r\n"
    )
    first, second = vcard.read(text)
    assert first.version == "3.0"
    assert (first.family_name, first.given_name, first.prefix) == ("Chan", "Ka Yan", "Ms.")
    assert first.emails == ("kayan.chan@example.hk",)
    assert first.phones == (
        vcard.Telephone("+852 9123 4567", ("cell", "voice")),
        vcard.Telephone("+852 2345 6789", ("work",)),
    )
    assert first.birthday == vcard.Birthday(5, 1)
    assert (second.family_name, second.given_name, second.formatted_name) == (
        "陈",
        "嘉欣",
        "陈嘉欣",
    )
    assert second.phones == (vcard.Telephone("13800138000", ("cell",)),)
    assert second.birthday == vcard.Birthday(2, 29, 1988)


def test_text_without_a_card_is_refused():
    with pytest.raises(vcard.VCardError):
        vcard.read("FN:nobody\nEMAIL:x@example.com\n")
