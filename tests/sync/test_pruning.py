"""Pruning the change log (SYNC.md: tombstones kept at least 180 days; a device offline
longer reloads, after pushing its outbox), against a real head office on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from jeweldesk.headoffice.pruning import prune
from jeweldesk.storage.models import Base
from tests.sync.helpers import assert_converged, device_count, hex_id, ho_count, outbox

ChangeLog = Base.metadata.tables["change_log"]
Devices = Base.metadata.tables["devices"]
LONG_AGO = dt.datetime.now(dt.UTC) - dt.timedelta(days=200)


def _entries(ho, entity_id) -> int:
    return ho_count(ho, "change_log", "WHERE entity_id = :i", {"i": entity_id})


@pytest.mark.slow
def test_superseded_versions_go_and_every_device_still_converges(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    client = a.clients.create(name_local="林晓", greeting_name="Ms Lin").value
    for greeting in ("Madame Lin", "Lin Xiao", "Xiao"):
        a.clients.update(client.id, greeting_name=greeting)
        a.sync.sync()
    assert _entries(ho, client.id) >= 3

    report = prune(ho)
    assert report.superseded >= 2 and report.tombstones == 0
    assert _entries(ho, client.id) == 1, "only the latest version is needed to pull"

    b = make_device("SH01")  # a new device loads from the compacted log
    assert b.clients.get(client.id).greeting_name == "Xiao"
    a.clients.update(client.id, greeting_name="Dear Xiao")
    a.sync.sync()
    report_b = b.sync.sync()
    assert not report_b.full_reload, "a device that pulled since the horizon carries on"
    assert_converged(ho, [a, b], "SH01")


def test_a_device_offline_past_the_horizon_pushes_then_reloads(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="周慧敏").value
    kept = a.preferences.add(client.id, "metal", "rose gold").value
    dropped = a.preferences.add(client.id, "stone", "tanzanite").value
    a.sync.sync()
    b.sync.sync()
    assert (
        device_count(b, "preferences", "WHERE id = :i AND deleted = 0", {"i": hex_id(dropped.id)})
        == 1
    )

    # A deletes a preference; B is away and never hears of it, then writes offline.
    a.preferences.remove(dropped.id)
    a.sync.sync()
    b.notes.add(client.id, "Asked about the spring collection by phone")
    assert outbox(b)

    # Seven months on: the deletion is past the horizon, and so is B's last pull.
    with ho.writing() as conn:
        conn.execute(
            update(ChangeLog).where(ChangeLog.c.entity_id == dropped.id).values(changed_at=LONG_AGO)
        )
        conn.execute(
            update(Devices).where(Devices.c.id == b.device_id).values(last_pull_at=LONG_AGO)
        )
    report = prune(ho)
    assert report.tombstones == 1
    assert _entries(ho, dropped.id) == 0

    sync = b.sync.sync()
    assert sync.full_reload, "B may hold rows head office no longer logs: it reloads"
    assert outbox(b) == [], "its outbox went first"
    assert (
        ho_count(
            ho, "notes", "WHERE body = :t", {"t": "Asked about the spring collection by phone"}
        )
        == 1
    )
    assert (
        device_count(b, "preferences", "WHERE id = :i AND deleted = 0", {"i": hex_id(dropped.id)})
        == 0
    )
    assert (
        device_count(b, "preferences", "WHERE id = :i AND deleted = 0", {"i": hex_id(kept.id)}) == 1
    )
    assert not a.sync.sync().full_reload, "A pulled after the deletion: no reload"


def test_the_horizon_is_at_least_180_days(headoffice):
    with pytest.raises(ValueError):
        prune(headoffice.store, days=30)
