"""Starting the app: seeding the demo store on first use, then the main window."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ui


def test_an_empty_folder_is_seeded_off_the_ui_thread(styled_app, tmp_path):
    pytest.importorskip("jeweldesk.demo")
    from jeweldesk.services import Desk
    from jeweldesk.ui.demo_seeding import demo_needs_seeding, seed_demo

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
