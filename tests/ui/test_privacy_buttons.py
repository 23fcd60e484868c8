"""The Consent tab's "Export data…" and (for store managers) "Erase client…", through
their real widgets and the database runner, on a private copy of the demo store."""

from __future__ import annotations

import json

import pytest

from jeweldesk.ui.profile import history
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def own_desk(demo_store, tmp_path):
    from jeweldesk.services import Desk

    opened = Desk.open(copy_store(demo_store, tmp_path / "store"))
    yield opened
    opened.close()


@pytest.fixture
def tab(styled_app, own_desk, qtbot):
    from jeweldesk.ui.profile.saving import ProfileWrites
    from jeweldesk.ui.runner import DeskRunner

    runner = DeskRunner(own_desk)
    writes = ProfileWrites(lambda: runner)
    consent = history.ConsentTab(writes)
    qtbot.addWidget(consent)
    consent.show()
    yield consent
    qtbot.waitUntil(runner.idle, timeout=10000)
    runner.stop()


def _person(desk, role: str):
    return next(p for p in desk.accounts.people() if p.role == role)


def _client(desk):
    return next(row.summary.id for row in desk.books.book(desk.acting_staff_id))


def _show(qtbot, tab, desk, client_id) -> None:
    from jeweldesk.ui.profile.common import Shown

    tab.show_client(Shown(desk.clients.profile(client_id), "Asia/Shanghai"), same_client=False)
    qtbot.waitUntil(tab.writes.runner.idle, timeout=10000)


def test_an_advisor_exports_but_cannot_erase(tab, own_desk, qtbot, tmp_path, monkeypatch):
    own_desk.act_as(_person(own_desk, "advisor").id)
    client_id = _client(own_desk)
    _show(qtbot, tab, own_desk, client_id)
    assert tab.export.isVisible() and tab.export.isEnabled()
    assert not tab.erase.isVisible()

    target = tmp_path / "out" / "client.json"
    monkeypatch.setattr(history.ExportSaveDialog, "ask", classmethod(lambda cls, *a: target))
    tab.export.click()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(tab.writes.runner.idle, timeout=10000)
    assert json.loads(target.read_text(encoding="utf-8"))["client"]["id"] == str(client_id)
    assert str(target) in tab.privacy_message.text()


def test_a_manager_erases_after_a_confirmation_naming_the_consequence(
    tab, own_desk, qtbot, monkeypatch
):
    own_desk.act_as(_person(own_desk, "advisor").id)
    client_id = _client(own_desk)
    own_desk.act_as(_person(own_desk, "store_manager").id)
    _show(qtbot, tab, own_desk, client_id)
    assert tab.erase.isVisible() and tab.erase.isEnabled()

    asked: list[str] = []
    monkeypatch.setattr(
        history.ErasureConfirm,
        "ask",
        classmethod(lambda cls, parent, title, text: asked.append(text)),
    )
    tab.erase.click()
    qtbot.waitUntil(tab.writes.runner.idle, timeout=10000)
    assert "cannot be undone" in asked[0] and "head office" in asked[0]
    assert (
        own_desk.clients.profile(client_id).client.erased_at is None
    )  # cancelled: nothing happens

    monkeypatch.setattr(
        history.ErasureConfirm, "ask", classmethod(lambda cls, *a: "written request")
    )
    with qtbot.waitSignal(tab.writes.sig_written, timeout=20000):
        tab.erase.click()
    assert own_desk.clients.profile(client_id).client.erased_at is not None
    _show(qtbot, tab, own_desk, client_id)
    assert tab.erase.isVisible() and not tab.erase.isEnabled()  # erased once, for good
    assert tab.export.isEnabled()
