"""Sync tests run against a real head office on loopback, on SQLite and on the
running PostgreSQL (a schema of its own per test)."""

from __future__ import annotations

import itertools

import pytest

from jeweldesk.headoffice import admin
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.services import Desk
from jeweldesk.sync.enrol import enrol_device
from tests.conftest import pg_schema_url, pg_unavailable
from tests.headoffice_server import start_headoffice


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def headoffice(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'headoffice.sqlite3'}"
        cleanup = None
    else:
        reason = pg_unavailable()
        if reason:
            pytest.skip(reason)
        url, cleanup = pg_schema_url()
    running = start_headoffice(url)
    ho = running.store
    admin.add_store(
        ho,
        code="SH01",
        name="Shanghai Flagship",
        timezone="Asia/Shanghai",
        currency="CNY",
        country="CN",
    )
    admin.add_store(
        ho,
        code="HK01",
        name="Hong Kong Landmark",
        timezone="Asia/Hong_Kong",
        currency="HKD",
        country="HK",
    )
    admin.add_store(
        ho, code="PA01", name="Paris Vendôme", timezone="Europe/Paris", currency="EUR", country="FR"
    )
    for code, name in (("SH01", "Li Na"), ("HK01", "Chan Wing"), ("PA01", "Camille Martin")):
        admin.add_staff(
            ho,
            email=f"{name.split()[0].lower()}@{code.lower()}.example",
            name=name,
            role="advisor",
            store_code=code,
            pin="2468",
        )
        admin.add_room(ho, store_code=code, name=f"{code} Salon")
    admin.add_piece(
        ho,
        sku="ET-R-001",
        name="Étoile solitaire ring",
        category="ring",
        price="98000",
        currency="CNY",
    )
    yield running
    running.stop()
    if cleanup:
        cleanup()


@pytest.fixture
def make_device(headoffice, tmp_path):
    """Enrol a new device for a store; returns its open Desk, signed in as the store's advisor."""
    counter = itertools.count(1)
    opened: list[Desk] = []

    def make(store_code: str, session=None) -> Desk:
        folder = tmp_path / f"device-{store_code}-{next(counter)}"
        desk = Desk.open(folder)
        code = issue_code(headoffice.store, store_code)
        enrol_device(desk, headoffice.url, code, device_name=folder.name, session=session)
        advisor = next(p for p, c in desk.directory.staff(store_code) if p.role == "advisor")
        desk.act_as(advisor.id)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.close()


@pytest.fixture
def reopen():
    """Open a device folder again; closed at the end of the test."""
    opened: list[Desk] = []

    def open_(folder, acting=None) -> Desk:
        desk = Desk.open(folder)
        if acting is not None:
            desk.act_as(acting)
        opened.append(desk)
        return desk

    yield open_
    for desk in opened:
        desk.close()
