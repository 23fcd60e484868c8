"""A real conflict, seen and resolved on a device; the resolution syncs everywhere."""

from __future__ import annotations


def _same_field_conflict(make_device):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    a.sync.sync()
    b.sync.sync()
    a.clients.update(client.id, greeting_name="王女士")
    b.clients.update(client.id, greeting_name="Mrs Wang")
    a.sync.sync()  # first to arrive wins
    report = b.sync.sync()
    assert report.conflicts == 1
    a.sync.sync()
    return a, b, client


def test_conflict_is_visible_on_both_devices_with_base_theirs_mine(make_device):
    a, b, client = _same_field_conflict(make_device)
    for desk in (a, b):
        assert desk.conflicts.count_open() == 1
        [view] = desk.conflicts.open()
        assert (view.field, view.base, view.theirs, view.mine) == (
            "greeting_name",
            "",
            "王女士",
            "Mrs Wang",
        )
        assert view.client_name == "Wang Meiling 王美玲"
        assert desk.clients.get(client.id).greeting_name == "王女士"


def test_choosing_mine_writes_the_losing_value_everywhere(make_device):
    a, b, client = _same_field_conflict(make_device)
    [view] = b.conflicts.open()
    written = b.conflicts.resolve(view.id, "mine")
    assert written.changes.touches("clients")
    assert b.clients.get(client.id).greeting_name == "Mrs Wang"
    b.sync.sync()
    a.sync.sync()
    assert a.clients.get(client.id).greeting_name == "Mrs Wang"
    assert a.conflicts.count_open() == 0 and b.conflicts.count_open() == 0
