"""A walk-in added on one device of the store, and the corrections made to them, reach
the store's other device through head office: the client with their phone (its
extension kept) and birthday; the names corrected in traditional characters; contacts
made primary and removed. Two devices correcting different fields of the same client
offline both keep their change (merged field by field)."""

from __future__ import annotations

from jeweldesk.headoffice import admin


def _manager(headoffice, desk) -> None:
    admin.add_staff(
        headoffice.store,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    desk.sync.sync()
    manager = next(p for p, _ in desk.directory.staff("SH01") if p.role == "store_manager")
    desk.act_as(manager.id)


def test_a_new_client_and_their_corrections_reach_the_other_device(make_device):
    a = make_device("SH01")
    b = make_device("SH01")
    created = a.clients.create(
        name_local="王美玲", phones=["021 6123 4567 ext. 204"], birthday="1988-02-29"
    ).value
    assert a.sync.sync().rejected == 0
    b.sync.sync()
    on_b = b.clients.profile(created.id)
    assert on_b.summary.display_name == "Wang Meiling 王美玲"
    (phone,) = on_b.contacts
    assert (phone.normalised, phone.extension) == ("+862161234567", "204")
    assert [(d.month, d.day, d.year) for d in on_b.dates] == [(2, 29, 1988)]
    assert [d.client.id for d in b.clients.likely_duplicates(phone="021-6123-4567")] == [created.id]

    a.clients.update(created.id, name_local="黃美玲", name_romanised="Wong Mei Ling")
    mobile = a.clients.add_contact(created.id, "phone", "138 1234 5678", primary=True).value
    a.clients.remove_contact(phone.id)
    assert a.sync.sync().rejected == 0
    b.sync.sync()
    on_b = b.clients.profile(created.id)
    assert (on_b.client.name_local, on_b.client.family_name) == ("黃美玲", "黃")
    assert on_b.summary.display_name == "Wong Mei Ling 黃美玲"
    assert [(c.id, c.is_primary) for c in on_b.contacts] == [(mobile.id, True)]
    assert [s.id for s in b.clients.search("黃美玲")] == [created.id]


def test_two_devices_correct_different_fields_and_both_are_kept(make_device, headoffice):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="陈嘉欣", phones=["139 0000 1111"]).value
    a.sync.sync()
    b.sync.sync()
    a.clients.update(client.id, name_local="陳嘉欣", name_romanised="Chan Ka Yan")
    b.clients.update(client.id, greeting_name="陈小姐", birthday="05-01")
    assert a.sync.sync().rejected == 0
    assert b.sync.sync().rejected == 0
    a.sync.sync()
    for desk in (a, b):
        profile = desk.clients.profile(client.id)
        assert (profile.client.name_local, profile.client.name_romanised) == (
            "陳嘉欣",
            "Chan Ka Yan",
        )
        assert profile.client.greeting_name == "陈小姐"
        assert [(d.month, d.day) for d in profile.dates] == [(5, 1)]


def test_a_managers_move_to_another_store_reaches_head_office(make_device, headoffice):
    a = make_device("SH01")
    client = a.clients.create(name_romanised="Claire Dubois").value
    a.sync.sync()
    _manager(headoffice, a)
    paris = a.directory.store("PA01")
    a.clients.update(client.id, home_store_id=paris.id)
    assert a.sync.sync().rejected == 0
    paris_device = make_device("PA01")
    assert paris_device.clients.get(client.id).home_store_id == paris.id


def test_an_advisors_move_past_the_device_is_refused_at_head_office(make_device):
    from jeweldesk.storage import models as m

    a = make_device("SH01")
    client = a.clients.create(name_romanised="Claire Dubois").value
    a.sync.sync()
    paris = a.directory.store("PA01")
    session = a.store.session()  # past the service's check, as a tampered tablet would
    session.info["desk"] = a
    with session.begin():
        session.get(m.Client, client.id).home_store_id = paris.id
    report = a.sync.sync()
    assert report.rejected == 1, report
    assert report.rejected_reasons == [
        "Only a store manager or head office can move a client to another home store: "
        "head office kept the client where they were."
    ]
    a.sync.sync()
    b = make_device("SH01")
    assert b.clients.get(client.id).home_store_id == client.home_store_id
