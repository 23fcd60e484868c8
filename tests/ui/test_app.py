"""Starting the app: seeding the demo store on first use, then the main window."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ui


def test_an_empty_folder_is_seeded_off_the_ui_thread(styled_app, tmp_path):
    pytest.importorskip("jeweldesk.demo")
    from jeweldesk.services import Desk
    from jeweldesk.services.before_open import demo_needs_seeding
    from jeweldesk.ui.demo_seeding import seed_demo

    assert demo_needs_seeding(tmp_path)
    assert seed_demo(tmp_path, clients=60, seed=5)
    assert not demo_needs_seeding(tmp_path)
    with Desk.open(tmp_path) as desk:
        assert desk.clients.count() == 60
        assert desk.acting_staff_id is not None


def test_a_failed_build_is_reported_not_raised(styled_app, tmp_path, monkeypatch):
    demo = pytest.importorskip("jeweldesk.demo")
    from jeweldesk.ui import demo_seeding

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    told = []
    monkeypatch.setattr(demo, "build", broken)
    monkeypatch.setattr(demo_seeding, "_fail", lambda _parent, message: told.append(message))
    assert not demo_seeding.seed_demo(tmp_path)
    assert "disk full" in told[0]


def test_the_demo_opens_on_the_seeded_store(styled_app, demo_store, qtbot):
    from jeweldesk.ui.app import open_main_window

    window = open_main_window(demo_store, demo=True)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    finally:
        window.runner.stop()
        window.runner.desk.close()


@pytest.mark.slow
def test_a_demo_first_opened_in_chinese_prepares_its_agenda_in_chinese(
    styled_app, tmp_path, qtbot, monkeypatch
):
    """`jeweldesk --demo --lang zh_CN` on a new folder: the seeded agenda's checklists
    are written in Chinese, as a booking on that desk would write them."""
    pytest.importorskip("jeweldesk.demo")
    from jeweldesk.domain.names import has_cjk
    from jeweldesk.services import Desk
    from jeweldesk.ui import demo_seeding
    from jeweldesk.ui.app import open_main_window

    real = demo_seeding.seed_demo
    monkeypatch.setattr(
        demo_seeding, "seed_demo", lambda folder, **kw: real(folder, **{**kw, "clients": 150})
    )
    window = open_main_window(tmp_path, demo=True, lang="zh_CN")
    assert window is not None
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.ready and window.runner.idle(), timeout=20_000)
    finally:
        window.runner.stop()
        window.runner.desk.close()
    with Desk.open(tmp_path) as desk:
        assert desk.lang == "zh_CN"
        booked = [a for a in desk.appointments.between(*_this_fortnight()) if a.client_id]
        assert booked
        _, _, checklist = desk.appointments.get(booked[0].id)
        assert checklist and all(
            has_cjk(item.text) for item in checklist if item.kind != "refreshment"
        )


def _this_fortnight():
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    return now - dt.timedelta(days=2), now + dt.timedelta(days=12)
