"""The import core on its own: values as exports write them, headers as exports name
them, names in several scripts, and files in several encodings and formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jeweldesk.domain.errors import ValidationError
from jeweldesk.imports import values
from jeweldesk.imports.duplicates import PersonIndex
from jeweldesk.imports.headers import Field, map_headers
from jeweldesk.imports.likeness import hong_kong_spelling, name_keys, simplified
from jeweldesk.imports.reading import decode, read_table

# --- values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("128,400.00", "128400.00", ""),
        ("9 800,00", "9800.00", ""),
        ("9\u202f800,00 €", "9800.00", "EUR"),
        ("€3.450,50", "3450.50", "EUR"),
        ("HK$12,000", "12000", "HKD"),
        ("￥５,８００元", "5800", "CNY"),
        ("EUR 1.234", "1234", "EUR"),
        ("1,234", "1234", ""),
        ("12.5", "12.5", ""),
        ("(1,200.00)", "-1200.00", ""),
    ],
)
def test_amounts_in_every_locales_separators(text, value, currency):
    amount = values.money(text)
    assert amount.value == Decimal(value)
    assert isinstance(amount.value, Decimal)
    assert amount.currency == currency


def test_an_amount_that_is_not_one_is_refused():
    with pytest.raises(ValidationError) as caught:
        values.money("about ten")
    assert caught.value.key == "import.money_invalid"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1988/2/29", (2, 29, 1988)),
        ("1988-02-29", (2, 29, 1988)),
        ("1990年5月1日", (5, 1, 1990)),
        ("29.02.1988", (2, 29, 1988)),
        ("29/02/1988", (2, 29, 1988)),
        ("19880229", (2, 29, 1988)),
        ("1988-02-29 00:00:00", (2, 29, 1988)),
        ("05-01", (5, 1, None)),
        ("--05-01", (5, 1, None)),
        ("5月1日", (5, 1, None)),
        ("５月１日", (5, 1, None)),
        ("01.05.", (5, 1, None)),
    ],
)
def test_dates_as_the_exports_write_them(text, expected):
    day = values.day_of_year(text, "CN")
    assert (day.month, day.day, day.year) == expected


def test_a_us_store_reads_slashed_dates_month_first_unless_they_cannot_be():
    assert values.day_of_year("02/03/1990", "US") == values.DayOfYear(2, 3, 1990)
    assert values.day_of_year("02/03/1990", "FR") == values.DayOfYear(3, 2, 1990)
    assert values.day_of_year("12/29/1990", "FR") == values.DayOfYear(12, 29, 1990)


def test_a_workbook_date_cell_is_a_date():
    assert values.day_of_year(dt.date(1988, 2, 29)) == values.DayOfYear(2, 29, 1988)


def test_an_unreadable_date_is_refused_with_its_value():
    with pytest.raises(ValidationError) as caught:
        values.day_of_year("next spring")
    assert caught.value.key == "import.date_invalid"
    assert "next spring" in caught.value.message("en")


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("138 1234 5678", "CN", "+8613812345678"),
        ("１３８１２３４５６７８", "CN", "+8613812345678"),
        ("9123 4567", "HK", "+85291234567"),
        ("0912-345-678", "TW", "+886912345678"),
        ("9123 4567", "SG", "+6591234567"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("07911 123456", "GB", "+447911123456"),
        ("+852 9123 4567", "CN", "+85291234567"),
        ("0086 138 1234 5678", "FR", "+8613812345678"),
    ],
)
def test_phones_in_five_national_formats_and_full_width_digits(written, region, e164):
    assert values.phone(written, region) == e164


def test_one_cell_may_hold_two_phones():
    assert values.phones_in("138 1234 5678 / 021-6288 0000") == ["138 1234 5678", "021-6288 0000"]


def test_emails_are_trimmed_and_case_folded_and_bad_ones_refused():
    assert values.email("  Meiling.Wang@Example.COM ") == "meiling.wang@example.com"
    assert values.email("li＠163.com") == "li@163.com"
    with pytest.raises(ValidationError) as caught:
        values.email("claire@")
    assert caught.value.key == "email.invalid"


@pytest.mark.parametrize(
    ("written", "tier"),
    [
        ("Gold", "gold"),
        ("GOLD member", "gold"),
        ("金卡", "gold"),
        ("金卡会员", "gold"),
        ("銀卡", "silver"),
        ("白金", "platinum"),
        ("黑鑽", "black_diamond"),
        ("VIP", None),
        ("普通会员", None),
    ],
)
def test_tiers_in_jeweldesks_vocabulary_or_none(written, tier):
    assert values.tier(written) == tier


def test_genders_and_yes_no():
    assert [values.gender(g) for g in ("女", "Female", "f", "男", "Male", "other")] == [
        "F",
        "F",
        "F",
        "M",
        "M",
        "other",
    ]
    assert [values.yes_no(v) for v in ("yes", "TRUE", "是", "no", "否", "maybe")] == [
        True,
        True,
        True,
        False,
        False,
        None,
    ]
    assert values.tags_in("VIP, Wedding; 婚戒、") == ["VIP", "Wedding", "婚戒"]


# --- headers --------------------------------------------------------------------------


def test_a_shopify_style_customer_export_maps_itself():
    headers = [
        "First Name",
        "Last Name",
        "Email",
        "Accepts Email Marketing",
        "Company",
        "Address1",
        "City",
        "Phone",
        "Total Spent",
        "Tags",
        "Note",
    ]
    mapped = map_headers(headers)
    assert mapped.fields == (
        Field.GIVEN_NAME,
        Field.FAMILY_NAME,
        Field.EMAIL,
        Field.ACCEPTS_MARKETING,
        None,
        Field.ADDRESS,
        Field.ADDRESS,
        Field.PHONE,
        Field.SPEND,
        Field.TAGS,
        Field.NOTE,
    )
    assert mapped.unmapped == ("Company",)


def test_chinese_headers_simplified_and_traditional_and_a_crm_export():
    simplified_sheet = [
        "姓名",
        "手机号",
        "电话",
        "邮箱",
        "生日",
        "会员等级",
        "性别",
        "备注",
        "地址",
    ]
    assert map_headers(simplified_sheet).fields == (
        Field.NAME,
        Field.PHONE,
        Field.PHONE,
        Field.EMAIL,
        Field.BIRTHDAY,
        Field.TIER,
        Field.GENDER,
        Field.NOTE,
        Field.ADDRESS,
    )
    traditional = ["姓名", "電話", "電郵", "會員等級", "手機"]
    assert map_headers(traditional).fields == (
        Field.NAME,
        Field.PHONE,
        Field.EMAIL,
        Field.TIER,
        Field.PHONE,
    )
    crm = ["Salutation", "First Name", "Last Name", "Mobile", "Email", "Birthdate", "Lead Source"]
    assert map_headers(crm).fields == (
        Field.TITLE,
        Field.GIVEN_NAME,
        Field.FAMILY_NAME,
        Field.PHONE,
        Field.EMAIL,
        Field.BIRTHDAY,
        Field.SOURCE,
    )


def test_a_mapping_names_columns_the_exports_do_not_and_can_leave_one_out():
    mapped = map_headers(
        ["客人", "联系方式", "Email"], {"客人": "name", "联系方式": "phone", "Email": ""}
    )
    assert mapped.fields == (Field.NAME, Field.PHONE, None)
    with pytest.raises(ValidationError) as caught:
        map_headers(["客人"], {"客人": "nickname"})
    assert caught.value.key == "import.mapping_field"


def test_a_file_without_a_name_column_is_refused():
    with pytest.raises(ValidationError) as caught:
        map_headers(["Phone", "Email"])
    assert caught.value.key == "import.no_name_column"


# --- names in several scripts ---------------------------------------------------------


def test_the_same_person_in_chinese_and_latin_script_either_order():
    chinese = name_keys(name_local="王美玲")
    assert chinese & name_keys(family="Wang", given="Meiling")
    assert chinese & name_keys(whole="Meiling Wang")
    assert chinese & name_keys(whole="Wang Mei Ling")
    assert not chinese & name_keys(whole="Wang Fang")


def test_traditional_and_simplified_and_cantonese_romanisation():
    traditional = name_keys(name_local="陳嘉欣")
    assert simplified("陳嘉欣") == "陈嘉欣"
    assert traditional & name_keys(name_local="陈嘉欣")
    assert traditional & name_keys(whole="Chan Ka Yan")
    assert traditional & name_keys(family="Chan", given="Ka-Yan")
    assert name_keys(name_local="區美玲") & name_keys(whole="Au Mei Ling")  # 區 as a surname
    assert name_keys(name_local="曾志明") & name_keys(whole="Tsang Chi Ming")


@pytest.mark.parametrize(
    ("jyutping", "spelling"),
    [("can4", "chan"), ("gaa1", "ka"), ("jan1", "yan"), ("zoeng1", "cheung"), ("jyun4", "yuen")],
)
def test_jyutping_to_hong_kong_spelling(jyutping, spelling):
    assert hong_kong_spelling(jyutping) == spelling


def test_the_index_finds_phone_email_and_name_and_tells_namesakes_apart():
    index: PersonIndex[str] = PersonIndex()
    index.add("a", phones={"+8613812345678"}, keys=name_keys(name_local="王芳"))
    index.add("b", emails={"b@example.com"})
    assert [m.ref for m in index.find(phones={"+8613812345678"})] == ["a"]
    assert [m.ref for m in index.find(emails={"b@example.com"})] == ["b"]
    assert [m.ref for m in index.find(keys=name_keys(whole="Wang Fang"))] == ["a"]
    # Another Wang Fang with another phone is another person.
    assert index.find(phones={"+8613900000000"}, keys=name_keys(whole="Wang Fang")) == []


# --- files ----------------------------------------------------------------------------

ROWS = "姓名,手机,生日,会员等级\r\n王美玲,13812345678,1988/2/29,金卡\r\n陈嘉欣,１３９１２３４５６７８,5月1日,银卡\r\n"


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
    ],
)
def test_the_encoding_is_detected(tmp_path, encoding, detected):
    path = tmp_path / "clients.csv"
    path.write_bytes(ROWS.encode(encoding))
    table = read_table(path)
    assert table.encoding == detected
    assert table.headers == ("姓名", "手机", "生日", "会员等级")
    assert [r.cells[0] for r in table.rows] == ["王美玲", "陈嘉欣"]


def test_big5_is_detected(tmp_path):
    path = tmp_path / "hk.csv"
    text = "姓名,電話,會員等級\r\n陳嘉欣,91234567,金卡\r\n黃美玲,61234567,銀卡\r\n張志明,51234567,白金\r\n"
    path.write_bytes(text.encode("big5"))
    table = read_table(path)
    assert table.encoding == "big5"
    assert [r.cells[0] for r in table.rows] == ["陳嘉欣", "黃美玲", "張志明"]


def test_an_encoding_given_by_hand_and_a_wrong_or_unknown_one(tmp_path):
    path = tmp_path / "clients.csv"
    path.write_bytes(ROWS.encode("gbk"))
    assert read_table(path, "gbk").rows[0].cells[0] == "王美玲"
    with pytest.raises(ValidationError) as caught:
        decode(ROWS.encode("gbk"), "utf-8")
    assert caught.value.key == "import.encoding_wrong"
    with pytest.raises(ValidationError) as caught:
        decode(b"x", "klingon")
    assert caught.value.key == "import.encoding_unknown"


def test_crlf_quoted_multiline_fields_blank_rows_and_line_numbers(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        b'Name,Note,Phone\r\n"Claire Dubois","likes\r\npearls, and ""vintage""",0612345678\r\n'
        b",,\r\n\r\nWang Meiling,,13812345678\r\n"
    )
    table = read_table(path)
    assert table.format == "csv"
    assert [r.line for r in table.rows] == [2, 6]
    assert table.rows[0].cells == ("Claire Dubois", 'likes\r\npearls, and "vintage"', "0612345678")
    assert table.blank_rows == 2


def test_tsv_and_a_semicolon_csv(tmp_path):
    tsv = tmp_path / "export.tsv"
    tsv.write_text("Name\tPhone\nClaire, Dubois\t0612345678\n", encoding="utf-8")
    assert read_table(tsv).rows[0].cells == ("Claire, Dubois", "0612345678")
    semicolons = tmp_path / "excel-fr.csv"
    semicolons.write_text("Nom;Téléphone;Montant\nClaire;0612345678;9 800,00\n", encoding="utf-8")
    table = read_table(semicolons)
    assert table.rows[0].cells == ("Claire", "0612345678", "9 800,00")


def test_xlsx_with_date_and_number_cells(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "生日"])
    sheet.append(["王美玲", 13812345678, dt.datetime(1988, 2, 29)])
    sheet.append([None, None, None])
    sheet.append(["陈嘉欣", "139 1234 5678", "5月1日"])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.format == "xlsx"
    assert table.rows[0].cells == ("王美玲", "13812345678", dt.date(1988, 2, 29))
    assert [r.line for r in table.rows] == [2, 4]
    assert table.blank_rows == 1


def test_a_file_of_another_kind_or_not_a_workbook_is_refused(tmp_path):
    with pytest.raises(ValidationError) as caught:
        read_table(tmp_path / "clients.pdf")
    assert caught.value.key == "import.unknown_format"
    fake = tmp_path / "clients.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(ValidationError) as caught:
        read_table(fake)
    assert caught.value.key == "import.unreadable"
