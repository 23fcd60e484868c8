"""A small real store network in a temporary SQLite file, built through the models
(not the demo generator) so each test knows exactly what is there."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from jeweldesk import config
from jeweldesk.domain.vocab import Role, RoomKind
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
    paris_advisor: m.Staff
    salon: m.Room
    bridal_room: m.Room
    paris_salon: m.Room
    ring: m.CataloguePiece
    pearls: m.CataloguePiece


@pytest.fixture
def network(tmp_path) -> Network:
    desk = Desk.open(empty_store(tmp_path))
    with desk.store.sessions.begin() as s:
        sh = m.Store(
            code="SH01",
            name="Shanghai Flagship",
            name_local="上海旗舰店",
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
            m.Staff(
                store_id=pa.id,
                name="Camille Martin",
                email="camille@pa01.example",
                role=Role.ADVISOR,
            ),
        ]
        rooms = [
            m.Room(store_id=sh.id, name="Jade Salon", name_local="翡翠厅", kind=RoomKind.SALON),
            m.Room(store_id=sh.id, name="Bridal Room", kind=RoomKind.BRIDAL_ROOM),
            m.Room(store_id=pa.id, name="Salon Vendôme", kind=RoomKind.SALON),
        ]
        ring = m.CataloguePiece(
            sku="ET-R-001",
            name="Étoile solitaire ring",
            name_zh="星辰单钻戒指",
            collection="Étoile",
            category="ring",
            metal="platinum",
            fineness="950",
            main_stone="diamond",
            carat=Decimal("1.02"),
            colour="E",
            clarity="VS1",
            cut="Excellent",
            price=Decimal("98000.00"),
            currency="CNY",
        )
        pearls = m.CataloguePiece(
            sku="PA-N-010",
            name="Akoya pearl strand",
            name_zh="Akoya 珍珠项链",
            collection="Pearl Atelier",
            category="necklace",
            metal="18k white gold",
            fineness="750",
            main_stone="akoya pearl",
            price=Decimal("26500.00"),
            currency="CNY",
        )
        s.add_all(people + rooms + [ring, pearls])
        s.flush()
        s.add(m.StockLevel(store_id=sh.id, piece_id=ring.id, on_hand=1))
        s.add(m.StockLevel(store_id=sh.id, piece_id=pearls.id, on_hand=3))
        config.put(s, "device_store_code", "SH01")
    desk.close()
    desk = Desk.open(tmp_path)  # now the Shanghai flagship's device
    desk.act_as(people[0].id)
    yield Network(desk, sh, pa, *people[:3], people[3], *rooms, ring, pearls)
    desk.close()


@pytest.fixture
def desk(network) -> Desk:
    return network.desk
