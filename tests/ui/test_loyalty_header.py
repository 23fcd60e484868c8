"""The profile header shows the client's loyalty standing as head office delivered it
(tier and points, read-only), in the advisor's language, and nothing when there is
none."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from jeweldesk.domain.ids import new_id
from jeweldesk.services import Desk
from jeweldesk.storage.models import Base
from jeweldesk.ui.profile.common import Shown
from jeweldesk.ui.profile.overview import ProfileHeader
from tests.ui.store_copy import copy_store


def test_the_header_shows_tier_and_points(demo_store, tmp_path, qtbot):
    folder = copy_store(demo_store, tmp_path / "store")
    with Desk.open(folder) as desk:
        clients = Base.metadata.tables["clients"]
        with desk.store.engine.begin() as conn:
            first, second = conn.execute(
                select(clients.c.id).order_by(clients.c.created_at).limit(2)
            ).scalars()
            conn.execute(
                Base.metadata.tables["loyalty_standings"]
                .insert()
                .values(
                    id=new_id(),
                    client_id=first,
                    member_id="M0001234",
                    tier="Gold",
                    points=12400,
                    as_of=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
                    updated_hlc="",
                    updated_by_device="headoffice",
                    deleted=False,
                )
            )
        header = ProfileHeader()
        qtbot.addWidget(header)
        header.show_client(Shown(desk.clients.profile(first)), None)
        assert "loyalty Gold, 12,400 points" in header.meta.text()
        header.show_client(Shown(desk.clients.profile(second)), None)
        assert "loyalty" not in header.meta.text()
