"""Merging two records of one person from the profile: a store manager finds the other
record, sees both side by side with what would move, takes the other's given name,
merges; the other record is gone and its contacts and notes are the kept client's.
An advisor is not offered the merge."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jeweldesk.domain.errors import NotFound
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


def _show(qtbot, tab, desk, client_id) -> None:
    from jeweldesk.ui.profile.common import Shown

    tab.show_client(Shown(desk.clients.profile(client_id), "Asia/Shanghai"), same_client=False)
    qtbot.waitUntil(tab.writes.runner.idle, timeout=10000)


def _pair(desk):
    desk.act_as(_person(desk, "store_manager").id)
    kept = desk.clients.create(
        family_name="Dubois", given_name="C.", phones=["+33 6 12 34 56 78"]
    ).value
    other = desk.clients.create(
        family_name="Dubois", given_name="Claire", emails=["claire.dubois@example.fr"]
    ).value
    desk.notes.add(other.id, "Loves Art Deco pieces")
    return kept, other


def test_a_manager_merges_the_other_record_into_this_one(tab, own_desk, qtbot):
    kept, other = _pair(own_desk)
    _show(qtbot, tab, own_desk, kept.id)
    assert tab.merge.isVisible() and tab.merge.isEnabled()
    tab.merge.click()
    dialog = tab.merge_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.merge_button.isVisible()  # nothing to merge until one is chosen

    dialog.search_box.setText("claire.dubois@example.fr")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10000)
    item = dialog.results.item(0)
    assert "Claire" in item.text()
    with qtbot.waitSignal(dialog.sig_previewed, timeout=10000):
        dialog.results.itemClicked.emit(item)
    assert dialog.merge_button.isVisible()
    assert "given_name" in dialog.sides  # both have one: the manager chooses
    assert dialog.choices()["given_name"] == "kept"
    assert "1 notes" in dialog.moving.text() or "1 note" in dialog.moving.text()
    dialog.choose_side("given_name", "other")

    with qtbot.waitSignal(dialog.sig_merged, timeout=10000) as merged:
        dialog.merge_button.click()
    assert merged.args[0].kept_id == kept.id
    profile = own_desk.clients.profile(kept.id)
    assert profile.client.given_name == "Claire"
    assert {c.normalised for c in profile.contacts} == {
        "+33612345678",
        "claire.dubois@example.fr",
    }
    assert [n.body for n in profile.notes] == ["Loves Art Deco pieces"]
    with pytest.raises(NotFound):
        own_desk.clients.profile(other.id)


def test_the_same_record_is_refused_beside_the_button(tab, own_desk, qtbot):
    kept, _other = _pair(own_desk)
    _show(qtbot, tab, own_desk, kept.id)
    tab.merge.click()
    dialog = tab.merge_dialog
    dialog.choose(kept.id)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert dialog.message.text()
    assert dialog.pages.currentIndex() == 0


def test_an_advisor_is_not_offered_a_merge(tab, own_desk, qtbot):
    own_desk.act_as(_person(own_desk, "advisor").id)
    client = own_desk.clients.create(family_name="Roy", given_name="Anne").value
    _show(qtbot, tab, own_desk, client.id)
    assert not tab.merge.isVisible()


@pytest.mark.skipif(not os.environ.get("JEWELDESK_RENDER_DIR"), reason="renders on request")
@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_render_the_merge_review(styled_app, tab, own_desk, qtbot, lang, size):
    from jeweldesk.ui.translations import install_translator

    install_translator(styled_app, lang)
    out = Path(os.environ["JEWELDESK_RENDER_DIR"])
    out.mkdir(parents=True, exist_ok=True)
    kept, other = _pair(own_desk)
    _show(qtbot, tab, own_desk, kept.id)
    tab.merge.click()
    dialog = tab.merge_dialog
    dialog.resize(size[0] - 200, size[1] - 120)
    with qtbot.waitSignal(dialog.sig_previewed, timeout=10000):
        dialog.choose(other.id)
    dialog.grab().save(str(out / f"merge-{lang}-{size[0]}x{size[1]}.png"))
    install_translator(styled_app, "en")
