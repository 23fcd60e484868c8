"""Today's actions do not change with the hour: generating them again later the same
day (after the store is reopened, say) proposes nothing new for a silence already
proposed, though the whole number of days since the last contact ticks over at that
contact's hour."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jeweldesk.demo import build
from jeweldesk.services import Desk


@pytest.mark.slow
def test_actions_generated_through_the_day_stay_the_same(tmp_path):
    build(tmp_path, clients=120, seed=3)
    with Desk.open(tmp_path) as desk:
        me = desk.acting_staff_id
        zone = ZoneInfo(desk.directory.store(desk.home_store_id).timezone)
        day = dt.datetime.now(zone).date()
        morning = dt.datetime.combine(day, dt.time(0, 30), zone)
        first = {a.id: a.kind for a in desk.actions.today(me, now=morning)}
        assert {"check_in", "wake_up"} & set(first.values()), "the demo book has clients gone quiet"
        for minutes in range(20, 23 * 60, 20):
            later = {
                a.id: a.kind
                for a in desk.actions.today(me, now=morning + dt.timedelta(minutes=minutes))
            }
            assert later == first, (
                f"{minutes} min later: new {set(later) - set(first)}, gone {set(first) - set(later)}"
            )
