"""Sync tests run against a real head office on loopback, on SQLite and on the
running PostgreSQL (a database of its own per test)."""

from __future__ import annotations

import itertools

import pytest

from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.services import Desk
from jeweldesk.sync.enrol import enrol_device
from tests.conftest import pg_unavailable
from tests.headoffice_server import start_headoffice
from tests.sync.model_support import seed_headoffice
from tests.templates import empty_store, headoffice_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def headoffice(request, tmp_path):
    """Head office with three stores (SH01, HK01, PA01), an advisor and a salon in each
    and one catalogue piece: a database of the test's own, copied from one seeded once
    per test process, mounted on the process's head-office server."""
    if request.param == "postgresql":
        reason = pg_unavailable()
        if reason:
            pytest.skip(reason)
    url, cleanup = headoffice_database(request.param, tmp_path, seed_headoffice)
    try:
        running = start_headoffice(url)
    except BaseException:
        cleanup()
        raise
    yield running
    running.close()
    cleanup()


@pytest.fixture
def make_device(headoffice, tmp_path):
    """Enrol a new device for a store; returns its open Desk, signed in as the store's advisor."""
    counter = itertools.count(1)
    opened: list[Desk] = []

    def make(store_code: str, session=None) -> Desk:
        folder = empty_store(tmp_path / f"device-{store_code}-{next(counter)}")
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
