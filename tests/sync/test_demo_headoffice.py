"""Demo mode's embedded head office: seeded from the demo store; the demo device
syncs against it at once, and a second store's device sees its own clients."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jeweldesk.demo import build
from jeweldesk.headoffice.embedded import demo_headoffice
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.services import Desk
from jeweldesk.storage.models import Base
from jeweldesk.sync.enrol import enrol_device
from tests.templates import demo_store


@pytest.mark.slow
def test_demo_device_syncs_with_its_embedded_head_office(tmp_path):
    demo_store(tmp_path / "demo", clients=300, seed=5)
    desk = Desk.open(tmp_path / "demo")
    running = demo_headoffice(desk, tmp_path / "demo")
    try:
        with running.store.reading() as conn:
            clients = conn.execute(
                select(func.count()).select_from(Base.metadata.tables["clients"])
            ).scalar_one()
        assert clients == 300
        first = desk.sync.sync()
        assert first.pushed == 0 and first.pulled == 0  # the device already holds everything
        someone = desk.clients.search("wang")[0]
        desk.clients.update(someone.id, greeting_name="王女士")
        report = desk.sync.sync()
        assert report.applied == 1 and report.rejected == 0

        hk = Desk.open(tmp_path / "hk")
        enrol_device(hk, running.url, issue_code(running.store, "HK01"))
        hk_clients = hk.clients.count()
        assert 0 < hk_clients < 300
        assert {s.home_store_code for s in hk.clients.summaries(_all_ids(hk))} <= {
            "HK01",
            "SH01",
            "PA01",
        }
        hk.close()
    finally:
        desk.close()
        running.stop()


def _all_ids(desk):
    from jeweldesk.storage.models import Client

    with desk.store.sessions() as s:
        return list(s.scalars(select(Client.id)))


@pytest.mark.slow
def test_a_demo_store_imports_into_postgresql_head_office(tmp_path):
    import pytest

    from jeweldesk.headoffice.embedded import import_store
    from jeweldesk.headoffice.store import HeadOfficeStore
    from tests.conftest import pg_schema_url, pg_unavailable

    reason = pg_unavailable()
    if reason:
        pytest.skip(reason)
    url, drop = pg_schema_url()
    build(tmp_path / "seed", clients=200, seed=9)
    ho = HeadOfficeStore(url)
    try:
        logged = import_store(ho, tmp_path / "seed" / "jeweldesk.sqlite3")
        with ho.reading() as conn:
            clients = conn.execute(
                select(func.count()).select_from(Base.metadata.tables["clients"])
            ).scalar_one()
            log = conn.execute(
                select(func.count()).select_from(Base.metadata.tables["change_log"])
            ).scalar_one()
        assert clients == 200 and log == logged > 200
    finally:
        ho.dispose()
        drop()
