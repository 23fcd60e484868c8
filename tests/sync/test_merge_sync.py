"""A merge of two clients on two devices of one store and a head office (SQLite and
PostgreSQL): device A merges while device B, offline, adds a note to the merged-away
client and edits its profile. B's edits land on the kept client on B when it pulls
the merge, and at head office when its ops arrive; every device converges."""

from __future__ import annotations

from jeweldesk.headoffice import admin
from tests.sync.helpers import assert_applied_once, assert_converged, device_count, ho_count


def _manager(headoffice, desk):
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


def _notes(desk, client_id) -> set[str]:
    return {n.body for n in desk.clients.profile(client_id).notes}


def test_offline_edits_to_the_merged_away_client_land_on_the_kept_one(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    kept = a.clients.create(family_name="Wang", given_name="Meiling", phones=["13800000001"]).value
    other = a.clients.create(name_local="王美玲", emails=["meiling@example.com"]).value
    a.notes.add(other.id, "Loves pearls")
    a.sync.sync()
    b.sync.sync()

    # B goes offline and edits the client A is about to merge away.
    b.notes.add(other.id, "Anniversary in May")
    b.clients.update(other.id, greeting_name="Mrs Wang")
    _manager(headoffice, a)
    a.merging.merge(kept.id, other.id)
    a.sync.sync()

    # B pulls first (its edits still unsent): they show on the kept client at once.
    b.sync.pull(_report())
    assert _notes(b, kept.id) == {"Loves pearls", "Anniversary in May"}
    assert b.clients.get(kept.id).greeting_name == "Mrs Wang"
    report = b.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0, report
    a.sync.sync()

    for desk in (a, b):
        assert _notes(desk, kept.id) == {"Loves pearls", "Anniversary in May"}
        got = desk.clients.get(kept.id)
        assert got.greeting_name == "Mrs Wang" and got.name_local == "王美玲"
        assert device_count(desk, "notes", "WHERE client_id = :c", {"c": other.id.hex}) == 0
        assert [c.id for c in desk.clients.search("王美玲")] == [kept.id]
    assert ho_count(ho, "notes", "WHERE client_id = :c", {"c": other.id}) == 0
    assert ho_count(ho, "notes", "WHERE client_id = :c", {"c": kept.id}) == 2
    assert ho_count(ho, "client_merges") == 1
    assert ho_count(ho, "sync_conflicts") == 0
    assert_converged(ho, [a, b], "SH01")
    assert_applied_once(ho)


def _report():
    from jeweldesk.sync.device import SyncReport

    return SyncReport()
