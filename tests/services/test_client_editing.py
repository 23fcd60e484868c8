"""A walk-in added at the counter and a client's identity and contacts corrected, as
an advisor and a store manager do it: the duplicate check as they type, both names,
birthday, the home store (a manager's), contacts with their extension, primary and
duplicates, and every phone kept in one form."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.storage import models as m


@pytest.fixture
def wang(desk):
    return desk.clients.create(
        name_local="王美玲", phones=["138 1234 5678"], emails=["wml@example.com"]
    ).value


def _contacts(desk, client_id, kind="phone"):
    return [c for c in desk.clients.profile(client_id).contacts if c.kind == kind]


# --- the duplicate check as the advisor types -------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        {"phone": "138 1234 5678"},
        {"phone": "+86 138-1234-5678"},
        {"phone": "１３８１２３４５６７８"},
        {"email": " WML@Example.com "},
        {"name": "王美玲"},
        {"name": "Wang Meiling"},
        {"name": "Meiling Wang"},
    ],
)
def test_the_person_on_file_is_offered_however_they_are_typed(desk, wang, typed):
    found = desk.clients.likely_duplicates(**typed)
    assert [d.client.id for d in found] == [wang.id]
    assert found[0].reasons == (next(iter(typed)),)


def test_a_name_in_traditional_characters_finds_the_simplified_record(desk):
    chen = desk.clients.create(name_local="陈嘉欣").value
    assert [d.client.id for d in desk.clients.likely_duplicates(name="陳嘉欣")] == [chen.id]


def test_half_typed_or_different_details_offer_nobody(desk, wang):
    assert desk.clients.likely_duplicates(phone="138 12") == []
    assert desk.clients.likely_duplicates(email="wml@") == []
    assert desk.clients.likely_duplicates(name="王") == []
    assert desk.clients.likely_duplicates(name="Meiling") == []
    assert desk.clients.likely_duplicates(name="李静", phone="139 0000 1111") == []
    assert desk.clients.likely_duplicates(phone="138 1234 5678", exclude=wang.id) == []


def test_phone_and_name_together_rank_the_phone_match_first(desk, wang):
    namesake = desk.clients.create(name_local="王美玲", phones=["139 8888 7777"]).value
    found = desk.clients.likely_duplicates(name="王美玲", phone="13812345678")
    assert [d.client.id for d in found] == [wang.id, namesake.id]
    assert found[0].reasons == ("phone", "name")
    assert found[1].reasons == ("name",)


def test_an_erased_client_is_never_offered(desk, network, wang):
    desk.act_as(network.manager.id)
    desk.privacy.erase(wang.id, reason="client asked")
    assert desk.clients.likely_duplicates(phone="138 1234 5678", name="王美玲") == []


# --- a new client -----------------------------------------------------------------------


def test_a_walk_in_with_an_extension_and_a_birthday(desk):
    client = desk.clients.create(
        name_local="林小红", phones=["021 6123 4567 ext. 204"], birthday="1988-02-29"
    ).value
    (phone,) = _contacts(desk, client.id)
    assert (phone.normalised, phone.extension) == ("+862161234567", "204")
    (born,) = desk.clients.profile(client.id).dates
    assert (born.kind, born.month, born.day, born.year) == ("birthday", 2, 29, 1988)


def test_a_birthday_still_to_come_writes_nothing(desk):
    before = desk.clients.count()
    next_year = dt.date.today().year + 1
    with pytest.raises(ValidationError) as err:
        desk.clients.create(name_local="林小红", birthday=f"{next_year}-01-01")
    assert err.value.field == "birthday"
    with pytest.raises(ValidationError) as err:
        desk.clients.create(name_local="林小红", birthday="last spring")
    assert err.value.field == "birthday"
    assert "1990年5月1日" in err.value.message("zh_CN")
    assert desk.clients.count() == before


def test_only_a_manager_creates_a_client_for_another_store(desk, network):
    with pytest.raises(ValidationError) as err:
        desk.clients.create(name_romanised="Claire Dubois", home_store_id=network.paris.id)
    assert err.value.key == "client.home_store_not_allowed"
    assert "门店经理" in err.value.message("zh_CN")
    desk.act_as(network.manager.id)
    client = desk.clients.create(name_romanised="Claire Dubois", home_store_id=network.paris.id)
    assert client.value.home_store_id == network.paris.id


# --- identity ---------------------------------------------------------------------------


def test_both_names_are_corrected_in_traditional_characters(desk, wang):
    client = desk.clients.update(
        wang.id, name_local="黃美玲", name_romanised="Wong Mei Ling", title="Mrs"
    ).value
    assert (client.family_name, client.given_name) == ("黃", "美玲")
    assert (client.name_local, client.name_romanised, client.title) == (
        "黃美玲",
        "Wong Mei Ling",
        "Mrs",
    )
    assert [s.id for s in desk.clients.search("黃美玲")] == [wang.id]
    assert desk.clients.search("Wong Mei Ling")[0].id == wang.id


def test_greeting_language_and_birthday_are_edited_in_place(desk, wang):
    desk.clients.update(wang.id, greeting_name="王女士", language="zh-tw", birthday="5月1日")
    desk.clients.update(wang.id, birthday=dt.date(1990, 5, 2))
    profile = desk.clients.profile(wang.id)
    assert (profile.client.greeting_name, profile.client.language) == ("王女士", "zh_TW")
    assert [(d.month, d.day, d.year) for d in profile.dates] == [(5, 2, 1990)]
    desk.clients.update(wang.id, birthday="")
    assert desk.clients.profile(wang.id).dates == ()


def test_a_bad_edit_keeps_what_was_saved(desk, wang):
    with pytest.raises(ValidationError) as err:
        desk.clients.update(wang.id, name_local="王美玲二", birthday="2/30")
    assert err.value.field == "birthday"
    assert desk.clients.get(wang.id).name_local == "王美玲"
    with pytest.raises(ValidationError):
        desk.clients.update(
            wang.id, name_local="", family_name="", given_name="", name_romanised=""
        )
    assert desk.clients.get(wang.id).name_local == "王美玲"


def test_only_a_manager_moves_the_home_store(desk, network, wang):
    with pytest.raises(ValidationError) as err:
        desk.clients.update(wang.id, home_store_id=network.paris.id)
    assert (err.value.key, err.value.field) == ("client.home_store_not_allowed", "home_store_id")
    assert desk.clients.get(wang.id).home_store_id == network.shanghai.id
    desk.act_as(network.manager.id)
    with pytest.raises(ValidationError):
        desk.clients.update(wang.id, home_store_id="not-a-store")
    moved = desk.clients.update(wang.id, home_store_id=network.paris.id).value
    assert moved.home_store_id == network.paris.id
    with desk.store.sessions() as s:
        audit = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "move_home_store"))
        assert [a.entity_id for a in audit] == [wang.id]


# --- contacts ---------------------------------------------------------------------------


def test_a_contact_already_on_the_client_says_so(desk, wang):
    again = desk.clients.add_contact(wang.id, "phone", "+86 138 1234 5678")
    assert [n.key for n in again.changes.notices] == ["contact.already_on_client"]
    assert len(_contacts(desk, wang.id)) == 1


def test_a_contact_of_another_client_names_them(desk, wang):
    li = desk.clients.create(name_local="李静").value
    added = desk.clients.add_contact(li.id, "email", "WML@example.com")
    (notice,) = added.changes.notices
    assert notice.key == "contact.belongs_to_other"
    assert notice.params["name"] == "Wang Meiling 王美玲"
    assert len(_contacts(desk, li.id, "email")) == 1


def test_an_extension_is_kept_apart_from_the_number(desk, wang):
    office = desk.clients.add_contact(
        wang.id, "phone", "021 6123 4567", label="office", extension="转 8012"
    ).value
    assert (office.normalised, office.extension, office.is_primary) == (
        "+862161234567",
        "8012",
        False,
    )
    with pytest.raises(ValidationError) as err:
        desk.clients.add_contact(wang.id, "phone", "021 6123 9999", extension="front desk")
    assert err.value.field == "extension"
    with pytest.raises(ValidationError) as err:
        desk.clients.edit_contact(_contacts(desk, wang.id, "email")[0].id, extension="12")
    assert err.value.key == "contact.extension_not_phone"


def test_a_contact_is_edited_made_primary_and_removed(desk, wang):
    mobile = _contacts(desk, wang.id)[0]
    office = desk.clients.add_contact(wang.id, "phone", "021 6123 4567").value
    edited = desk.clients.edit_contact(
        office.id, value="021-6123-4568 ext 12", label="office"
    ).value
    assert (edited.normalised, edited.extension, edited.label) == ("+862161234568", "12", "office")
    desk.clients.make_primary(office.id)
    shown = {c.id: c.is_primary for c in _contacts(desk, wang.id)}
    assert shown == {mobile.id: False, office.id: True}
    assert desk.clients.profile(wang.id).summary.phone == "+86 21 6123 4568"
    desk.clients.remove_contact(office.id)
    assert [(c.id, c.is_primary) for c in _contacts(desk, wang.id)] == [(mobile.id, True)]
    with pytest.raises(NotFound):
        desk.clients.edit_contact(office.id, label="gone")


def test_an_edit_onto_another_contact_of_the_client_is_refused(desk, wang):
    office = desk.clients.add_contact(wang.id, "phone", "021 6123 4567").value
    with pytest.raises(ValidationError) as err:
        desk.clients.edit_contact(office.id, value="13812345678")
    assert (err.value.key, err.value.field) == ("contact.duplicate_on_client", "value")
    assert _contacts(desk, wang.id)[1].normalised == "+862161234567"


def test_every_phone_is_stored_in_one_form_and_shown_the_stores_way(desk):
    from jeweldesk.services.clients import shown_phone

    client = desk.clients.create(name_local="周强", phones=["(021) 6123-4567"]).value
    desk.clients.add_contact(client.id, "phone", "00852 9123 4567")
    normals = [c.normalised for c in _contacts(desk, client.id)]
    assert normals == ["+862161234567", "+85291234567"]
    region = desk.clients.region()
    assert region == "CN"
    assert [shown_phone(n, region) for n in normals] == ["021 6123 4567", "+852 9123 4567"]
    assert shown_phone("+85291234567", "HK") == "9123 4567"


# --- identity and contacts in one go (the command line's `clients edit`) -----------------


def test_an_edit_of_names_and_contacts_is_all_or_nothing(desk, wang):
    from jeweldesk.services.clients import ContactDraft

    mobile = _contacts(desk, wang.id)[0]
    with pytest.raises(ValidationError) as err:
        desk.clients.edit(
            wang.id,
            {"greeting_name": "王女士"},
            add_contacts=[ContactDraft("phone", "021 6123 4567"), ContactDraft("email", "nope")],
        )
    assert err.value.field == "email"
    assert desk.clients.get(wang.id).greeting_name == ""
    assert len(_contacts(desk, wang.id)) == 1
    written = desk.clients.edit(
        wang.id,
        {"greeting_name": "王女士"},
        add_contacts=[ContactDraft("phone", "021 6123 4567", label="office", primary=True)],
        remove_contacts=[_contacts(desk, wang.id, "email")[0].id],
    )
    assert written.value.greeting_name == "王女士"
    phones = _contacts(desk, wang.id)
    assert {p.normalised: p.is_primary for p in phones} == {
        "+862161234567": True,
        mobile.normalised: False,
    }
    assert _contacts(desk, wang.id, "email") == []
    with pytest.raises(ValidationError) as err:
        desk.clients.edit(wang.id)
    assert err.value.key == "client.nothing_to_change"


def test_the_command_line_adds_and_edits_a_client(network, capsys):
    import json

    from jeweldesk.__main__ import main

    desk = network.desk
    existing = desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    folder = str(desk.path.parent)
    desk.close()
    common = ["--data-dir", folder, "--json"]
    add = ["clients", "add", "--name", "陳嘉欣", "--phone", "021 6123 4567 ext. 204"]
    assert main([*add, "--birthday", "1990年5月1日", "--as", "li.na@sh01.example", *common]) == 0
    added = json.loads(capsys.readouterr().out)
    assert (added["name_local"], added["name_romanised"]) == ("陳嘉欣", "Chen Jiaxin")
    assert added["birthday"] == "1990-05-01"
    (phone,) = added["contacts"]
    assert (phone["normalised"], phone["extension"], phone["shown"]) == (
        "+862161234567",
        "204",
        "021 6123 4567",
    )

    walk_in = ["clients", "add", "--name", "Wang Meiling", "--phone", "13812345678"]
    assert main([*walk_in, "--as", "li.na@sh01.example", *common]) == 0
    notices = json.loads(capsys.readouterr().out)["notices"]
    assert [n["key"] for n in notices] == ["client.possible_duplicate"]

    edit = ["clients", "edit", added["id"]]
    moved = [*edit, "--store", "PA01", "--as", "li.na@sh01.example", "--lang", "zh_CN"]
    assert main(moved + ["--data-dir", folder]) == 2
    assert "门店经理" in capsys.readouterr().err
    bad = [*edit, "--greeting", "陈小姐", "--phone", "12", "--as", "li.na@sh01.example"]
    assert main(bad + common) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "phone.invalid"
    good = [*edit, "--name-local", "陳嘉欣", "--name-latin", "Chan Ka Yan", "--greeting", "陈小姐"]
    good += ["--email", "kayan@example.com", "--as", "chen.hua@sh01.example", "--store", "PA01"]
    assert main(good + common) == 0
    edited = json.loads(capsys.readouterr().out)
    assert (edited["name_romanised"], edited["greeting_name"], edited["home_store"]) == (
        "Chan Ka Yan",
        "陈小姐",
        "PA01",
    )
    assert {c["kind"] for c in edited["contacts"]} == {"phone", "email"}
    assert main([*edit, "--title", "Ms", "--as", "li.na@sh01.example", "--data-dir", folder]) == 0
    assert "Chan Ka Yan" in capsys.readouterr().out
    assert existing.id.hex != added["id"]


def test_erasure_blanks_a_phones_extension(desk, network):
    client = desk.clients.create(name_local="林小红", phones=["021 6123 4567 ext. 204"]).value
    desk.act_as(network.manager.id)
    desk.privacy.erase(client.id, reason="client asked")
    with desk.store.sessions() as s:
        rows = s.scalars(select(m.ContactPoint).where(m.ContactPoint.client_id == client.id))
        assert [(r.value, r.normalised, r.extension) for r in rows] == [("", "", "")]
