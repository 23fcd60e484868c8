"""Creating, validating and finding clients, as an advisor at the counter would."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.services.possessions import StoneDraft
from jeweldesk.storage import models as m


def test_chinese_name_typed_whole_is_split_and_romanised(desk):
    client = desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    assert (client.family_name, client.given_name) == ("王", "美玲")
    assert client.name_romanised == "Wang Meiling"
    assert client.language == "zh_CN"  # a Shanghai client defaults to Simplified Chinese


def test_compound_surname_is_kept_together(desk):
    client = desk.clients.create(name_local="欧阳娜娜").value
    assert (client.family_name, client.given_name) == ("欧阳", "娜娜")


def test_phone_with_spaces_and_fullwidth_digits_is_normalised(desk):
    created = desk.clients.create(
        name_local="李静", phones=["１３９ 0000 1111"], emails=[" Jing.Li@Example.COM "]
    )
    profile = desk.clients.profile(created.value.id)
    phones = [c for c in profile.contacts if c.kind == "phone"]
    assert phones[0].normalised == "+8613900001111"
    assert phones[0].value == "１３９ 0000 1111"  # kept as typed
    assert profile.summary.phone == "+86 139 0000 1111"
    assert [c.normalised for c in profile.contacts if c.kind == "email"] == ["jing.li@example.com"]


def test_foreign_number_needs_its_country_code(desk):
    client = desk.clients.create(
        family_name="Dubois", given_name="Claire", phones=["+33 6 12 34 56 78"]
    ).value
    assert client.name_order == "given_first"
    with pytest.raises(ValidationError) as err:
        desk.clients.create(family_name="Dubois", given_name="Marc", phones=["06 12 34 56 79"])
    assert "+86 138 1234 5678" in err.value.message("en")
    assert "国家区号" in err.value.message("zh_CN")


def test_invalid_input_writes_nothing(desk):
    before = desk.clients.count()
    with pytest.raises(ValidationError) as err:
        desk.clients.create(name_local="张伟", phones=["138 1234 5678", "12"])
    assert err.value.field == "phone"
    with pytest.raises(ValidationError):
        desk.clients.create(name_local="张伟", emails=["not-an-email"])
    with pytest.raises(ValidationError) as err:
        desk.clients.create(name_local="   ")
    assert err.value.message("zh_TW") == "請輸入客戶姓名（任何文字均可）。"
    assert desk.clients.count() == before


def test_likely_duplicate_is_reported_not_refused(desk):
    first = desk.clients.create(name_local="王美玲", phones=["13812345678"]).value
    second = desk.clients.create(name_local="王美玲", phones=["+86 138-1234-5678"])
    assert second.value.id != first.id
    [notice] = second.notices
    assert notice.key == "client.possible_duplicate"
    assert str(first.id) in notice.params["client_ids"]
    assert "电话相同" in notice.message("zh_CN") and "same phone" in notice.message("en")
    unrelated = desk.clients.create(family_name="Martin", given_name="Sophie")
    assert unrelated.notices == ()


def test_update_validates_and_reports_changes(desk):
    client = desk.clients.create(name_local="陈静").value
    written = desk.clients.update(
        client.id, name_local="陈婧", contact_hours="10:00-19:00", preferred_channel="wechat"
    )
    assert written.value.name_romanised == "Chen Jing"
    assert written.value.contact_hours_start.hour == 10
    assert written.changes.touches("clients") and client.id in written.changes.ids
    assert written.value.updated_hlc > client.updated_hlc
    with pytest.raises(ValidationError):
        desk.clients.update(client.id, contact_hours="19:00")
    with pytest.raises(ValidationError):
        desk.clients.update(client.id, preferred_channel="pigeon")
    with pytest.raises(ValidationError):
        desk.clients.update(client.id, segment="VIC")  # derived, never typed
    assert desk.clients.get(client.id).preferred_channel == "wechat"


def test_unknown_client_is_a_clear_error(desk):
    with pytest.raises(NotFound):
        desk.clients.profile("01234567-89ab-7def-8123-456789abcdef")
    with pytest.raises(ValidationError):
        desk.clients.profile("not-an-id")


@pytest.fixture
def book_of_names(desk):
    made = {}
    made["wang"] = desk.clients.create(
        name_local="王美玲", phones=["138 1234 5678"], emails=["meiling@example.com"]
    ).value
    made["zeng"] = desk.clients.create(name_local="曾志伟", phones=["139 8765 4321"]).value
    made["chan"] = desk.clients.create(
        family_name="Chan", given_name="Tai Man", name_local="陳大文", language="zh_TW"
    ).value
    made["claire"] = desk.clients.create(
        family_name="Dubois", given_name="Claire", phones=["+33 6 12 34 56 90"]
    ).value
    made["wong"] = desk.clients.create(family_name="Wong", given_name="Amy").value
    return made


@pytest.mark.parametrize(
    "query, expected",
    [
        ("wang", "wang"),
        ("Wang Meiling", "wang"),
        ("meiling", "wang"),
        ("wml", "wang"),
        ("王美玲", "wang"),
        ("美玲", "wang"),
        ("王", "wang"),
        ("zeng", "zeng"),  # 曾 read as a surname
        ("zzw", "zeng"),
        ("5678", "wang"),  # last digits
        ("138 1234 5678", "wang"),
        ("+86 138-1234-5678", "wang"),
        ("8765 4321", "zeng"),
        ("meiling@example.com", "wang"),
        ("陳大文", "chan"),
        ("tai man", "chan"),
        ("claire", "claire"),
        ("dub", "claire"),
        ("06 12 34 56 90", "claire"),
    ],
)
def test_search_finds_by_every_key(desk, book_of_names, query, expected):
    results = desk.clients.search(query)
    assert results, f"nothing found for {query!r}"
    assert results[0].id == book_of_names[expected].id


def test_search_ranks_name_matches_and_ignores_noise(desk, book_of_names):
    assert desk.clients.search("") == []
    assert desk.clients.search("   ") == []
    assert desk.clients.search("12") == []  # too few digits to mean a phone
    assert desk.clients.search("zzzz") == []
    assert desk.clients.search('"; DROP TABLE clients; --') == []
    names = [r.display_name for r in desk.clients.search("w")]
    assert "Amy Wong" in names and "Wang Meiling 王美玲" in names


def test_search_keeps_in_step_with_every_write(desk, book_of_names):
    wong = book_of_names["wong"]
    desk.clients.update(wong.id, family_name="Huang")
    assert [r.id for r in desk.clients.search("huang")] == [wong.id]
    assert desk.clients.search("wong") == []

    contact = desk.clients.add_contact(wong.id, "phone", "135 5555 0000").value
    assert desk.clients.search("0000")[0].id == wong.id
    desk.clients.remove_contact(contact.id)
    assert desk.clients.search("55550000") == []

    piece = desk.jewellery_box.add_piece(wong.id, "Solitaire ring, platinum").value
    desk.jewellery_box.add_stone(
        piece.id, StoneDraft("diamond", lab="GIA", report_number="2141 438 171", carat="1.01")
    )
    assert desk.clients.search("2141438171")[0].id == wong.id
    assert desk.clients.search("214143")[0].id == wong.id


def test_search_index_has_one_row_per_client(desk, book_of_names):
    with desk.store.sessions() as s:
        keys = s.scalar(select(func.count()).select_from(m.SearchKey))
        fts = s.execute(select(func.count()).select_from(m.Client)).scalar()
    assert keys == fts == len(book_of_names)
