"""Two stores' devices and head office: the basic round trip."""

from __future__ import annotations


def test_enrolled_device_receives_its_store(make_device):
    sh = make_device("SH01")
    assert sh.directory.store(sh.home_store_id).code == "SH01"
    codes = [s.code for s in sh.directory.stores()]
    assert codes == ["HK01", "PA01", "SH01"]
    staff = sh.directory.staff()
    assert {c for _, c in staff} == {"SH01"}  # only its own store's people


def test_client_created_on_one_device_reaches_another_of_the_same_store(make_device):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    a.notes.add(client.id, "Loves pearls")
    report = a.sync.sync()
    assert report.pushed >= 3 and report.rejected == 0
    b.sync.sync()
    assert b.clients.search("wml")[0].id == client.id
    assert [n.body for n in b.clients.profile(client.id).notes] == ["Loves pearls"]
    assert a.sync.pending() == 0


def test_other_store_does_not_see_the_client(make_device):
    sh = make_device("SH01")
    hk = make_device("HK01")
    client = sh.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    sh.sync.sync()
    hk.sync.sync()
    assert hk.clients.search("wml") == []
    found = hk.sync.fetch_client("+86 138 1234 5678")
    assert [f["id"] for f in found] == [client.id.hex]
    assert hk.clients.search("wml")[0].id == client.id
