"""The tablet whose battery dies mid-save: a process killed inside a write leaves
every committed record intact and no half-written one."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from jeweldesk.services import Desk

CHILD = textwrap.dedent(
    """
    import os, sys
    from jeweldesk.services import Desk
    from jeweldesk.services.base import unit_of_work
    from jeweldesk.storage import models as m

    desk = Desk.open(sys.argv[1])
    with unit_of_work(desk) as work:
        client = m.Client(home_store_id=desk.home_store_id, name_order="family_first", name_local="未保存",
                          family_name="未", given_name="保存", created_at=__import__("datetime").datetime.now(__import__("datetime").UTC))
        work.session.add(client)
        work.session.flush()
        work.session.add(m.Note(client_id=client.id, body="half", created_at=client.created_at))
        work.session.flush()
        print("flushed", flush=True)
        os._exit(9)  # the battery dies before the commit
    """
)


@pytest.mark.slow
def test_killed_mid_write_keeps_committed_data(desk, network, tmp_path):
    kept = desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    desk.notes.add(kept.id, "Loves pearls")
    data_dir = desk.path.parent
    desk.close()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 9 and "flushed" in result.stdout, result.stderr
    reopened = Desk.open(data_dir)
    try:
        assert reopened.clients.count() == 1
        assert [n.body for n in reopened.clients.profile(kept.id).notes] == ["Loves pearls"]
        assert reopened.clients.search("未保存") == []
        assert reopened.clients.search("wml")[0].id == kept.id
        with reopened.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()
