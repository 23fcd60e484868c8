"""A small real store network in a temporary SQLite file (the pattern of
tests/services/conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from jeweldesk import config
from jeweldesk.domain.vocab import Role
from jeweldesk.services import Desk
from jeweldesk.storage import models as m
from tests.templates import empty_store


@dataclass
class Network:
    desk: Desk
    shanghai: m.Store
    paris: m.Store
    advisor: m.Staff
    advisor2: m.Staff
    manager: m.Staff
    ring: m.CataloguePiece


@pytest.fixture
def network(tmp_path) -> Network:
    desk = Desk.open(empty_store(tmp_path))
    with desk.store.sessions.begin() as s:
        sh = m.Store(
            code="SH01",
            name="Shanghai Flagship",
            country="CN",
            timezone="Asia/Shanghai",
            currency="CNY",
        )
        pa = m.Store(
            code="PA01", name="Paris Vendôme", country="FR", timezone="Europe/Paris", currency="EUR"
        )
        s.add_all([sh, pa])
        s.flush()
        people = [
            m.Staff(
                store_id=sh.id,
                name="Li Na",
                name_local="李娜",
                email="li.na@sh01.example",
                role=Role.ADVISOR,
            ),
            m.Staff(
                store_id=sh.id,
                name="Zhou Jie",
                name_local="周杰",
                email="zhou.jie@sh01.example",
                role=Role.ADVISOR,
            ),
            m.Staff(
                store_id=sh.id,
                name="Chen Hua",
                name_local="陈华",
                email="chen.hua@sh01.example",
                role=Role.STORE_MANAGER,
            ),
        ]
        ring = m.CataloguePiece(
            sku="ET-R-001",
            name="Étoile solitaire ring",
            name_zh="星辰单钻戒指",
            collection="Étoile",
            category="ring",
            metal="platinum",
            main_stone="diamond",
            price=Decimal("98000.00"),
            currency="CNY",
        )
        s.add_all([*people, ring])
        s.flush()
        s.add(m.StockLevel(store_id=sh.id, piece_id=ring.id, on_hand=1))
        config.put(s, "device_store_code", "SH01")
    desk.close()
    desk = Desk.open(tmp_path)
    desk.act_as(people[0].id)
    yield Network(desk, sh, pa, *people, ring)
    desk.close()
