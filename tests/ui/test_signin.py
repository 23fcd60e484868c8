"""Sign-in and safety through the real widgets on a real demo store: the right and the
wrong PIN, five wrong PINs, a first PIN, the idle lock and unlocking, switching person,
and the first-run choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from jeweldesk.services import Desk
from jeweldesk.services.accounts import DEMO_PIN, MAX_FAILURES
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def store(demo_store, tmp_path):
    return copy_store(demo_store, tmp_path / "store")


@pytest.fixture
def desk(store):
    with Desk.open(store) as opened:
        opened.accounts.seed_demo_pins()
        yield opened


@pytest.fixture
def advisor(desk):
    return next(p for p in desk.accounts.people() if p.role == "advisor")


@pytest.fixture
def signin(styled_app, desk, qtbot):
    from jeweldesk.ui.signin import SignInWindow

    desk.act_as(None)
    window = SignInWindow(desk, demo=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.sig_people_shown, timeout=5000):
        window.show()
    yield window
    window.runner.stop()


def tap_pin(qtbot, panel, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(panel.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.pad.keys["OK"], Qt.MouseButton.LeftButton)


def pick(qtbot, panel, person) -> None:
    card = panel.card_for(person.name)
    assert card is not None, f"{person.name} is offered"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert panel.pages.currentIndex() == 1


def test_names_are_offered_in_both_scripts_with_big_targets(signin, desk):
    panel = signin.panel
    people = desk.accounts.people()
    assert len(panel.people) == len(people) > 1
    for person in people:
        card = panel.card_for(person.name)
        assert card.height() >= 44
        if person.name_local:
            assert person.name_local in card.text()
    assert signin.panel.demo_hint.isVisible() and DEMO_PIN in signin.panel.demo_hint.text()
    for key in signin.panel.pad.keys.values():
        assert key.minimumHeight() >= 44


def test_the_right_pin_signs_in(signin, desk, advisor, qtbot):
    pick(qtbot, signin.panel, advisor)
    with qtbot.waitSignal(signin.sig_signed_in, timeout=5000) as signed:
        tap_pin(qtbot, signin.panel, DEMO_PIN)
    assert signed.args[0].id == advisor.id
    assert desk.acting_staff_id == advisor.id


def test_a_wrong_pin_is_refused_and_five_lock(signin, desk, advisor, qtbot):
    panel = signin.panel
    pick(qtbot, panel, advisor)
    for attempt in range(1, MAX_FAILURES + 1):
        tap_pin(qtbot, panel, "9731")
        qtbot.waitUntil(lambda: panel.pad.isEnabled() and panel.runner.idle(), timeout=5000)
        if attempt < MAX_FAILURES:
            assert "Wrong PIN" in panel.message.text()
            assert str(MAX_FAILURES - attempt) in panel.message.text()
    assert "Too many wrong PINs" in panel.message.text()
    assert desk.acting_staff_id is None
    # Locked: the right PIN does not open either.
    tap_pin(qtbot, panel, DEMO_PIN)
    qtbot.waitUntil(lambda: panel.runner.idle(), timeout=5000)
    assert "Too many wrong PINs" in panel.message.text()
    assert desk.acting_staff_id is None
    assert desk.accounts.locked_until(advisor.id) is not None


def test_someone_without_a_pin_chooses_one(signin, desk, advisor, qtbot):
    from jeweldesk.storage import models as m

    with desk.store.sessions.begin() as s:
        s.get(m.Staff, advisor.id).pin_hash = ""
    signin.panel.refresh()
    qtbot.waitUntil(signin.runner.idle, timeout=5000)
    panel = signin.panel
    pick(qtbot, panel, advisor)
    assert panel.mode == "choose"
    tap_pin(qtbot, panel, "1234")
    assert "too easy" in panel.message.text() and panel.mode == "choose"
    tap_pin(qtbot, panel, "4826")
    assert panel.mode == "confirm"
    tap_pin(qtbot, panel, "4827")
    assert "different" in panel.message.text() and panel.mode == "choose"
    tap_pin(qtbot, panel, "4826")
    with qtbot.waitSignal(signin.sig_signed_in, timeout=5000):
        tap_pin(qtbot, panel, "4826")
    assert desk.acting_staff_id == advisor.id
    assert desk.accounts.person(advisor.id).has_pin


@pytest.fixture
def guarded(styled_app, desk, advisor, qtbot):
    from jeweldesk.ui.lock import SessionGuard
    from jeweldesk.ui.main_window import MainWindow

    desk.act_as(advisor.id)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.runner.idle, timeout=5000)
    guard = SessionGuard(window, desk.accounts.person(advisor.id), demo=True)
    yield window, guard
    guard.stop()
    if guard.lock_window is not None:
        guard.lock_window.close()
    window.runner.stop()


def test_idle_minutes_lock_and_the_pin_unlocks(guarded, desk, advisor, qtbot):
    window, guard = guarded
    with qtbot.waitSignal(guard.sig_locked, timeout=5000):
        guard.set_idle_ms(300)
    assert guard.locked
    assert not window.isVisible(), "no client data shows while locked"
    lock = guard.lock_window
    assert lock.isVisible()
    assert advisor.name in lock.panel.who.text()

    tap_pin(qtbot, lock.panel, "9731")
    qtbot.waitUntil(lambda: "Wrong PIN" in lock.panel.message.text(), timeout=5000)
    assert guard.locked
    with qtbot.waitSignal(guard.sig_unlocked, timeout=5000):
        tap_pin(qtbot, lock.panel, DEMO_PIN)
    assert not guard.locked and window.isVisible()
    assert desk.acting_staff_id == advisor.id


def test_touching_the_app_keeps_it_open(guarded, qtbot):
    window, guard = guarded
    guard.set_idle_ms(400)
    for _ in range(8):
        qtbot.wait(100)
        qtbot.mouseMove(window, window.rect().center())
        qtbot.keyClick(window.search_box, Qt.Key.Key_Shift)
    assert not guard.locked


def test_ctrl_l_and_the_lock_button_lock_at_once(guarded, qtbot):
    window, guard = guarded
    window.activateWindow()
    with qtbot.waitSignal(guard.sig_locked, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    guard._unlocked(guard.person)
    assert window.lock_button.height() >= 44
    with qtbot.waitSignal(guard.sig_locked, timeout=3000):
        qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)


def test_switching_person_from_the_lock_screen(guarded, desk, advisor, qtbot):
    window, guard = guarded
    other = next(p for p in desk.accounts.people() if p.id != advisor.id)
    guard.lock()
    panel = guard.lock_window.panel
    with qtbot.waitSignal(panel.sig_people_shown, timeout=5000):
        qtbot.mouseClick(panel.other, Qt.MouseButton.LeftButton)
    assert desk.acting_staff_id is None
    pick(qtbot, panel, other)
    with qtbot.waitSignal(guard.sig_unlocked, timeout=5000):
        tap_pin(qtbot, panel, DEMO_PIN)
    assert desk.acting_staff_id == other.id
    qtbot.waitUntil(lambda: other.name in window.windowTitle(), timeout=5000)


def test_the_app_asks_who_is_signing_in_then_opens_the_book(styled_app, store, qtbot):
    from jeweldesk.ui.app import AppSession

    session = AppSession(store)
    try:
        assert session.start()
        signin = session.signin
        qtbot.addWidget(signin)
        assert session.desk is None, "the PIN screen is up before the store is open"
        assert signin.isVisible() and signin.panel is not None
        qtbot.waitUntil(lambda: bool(signin.panel.people), timeout=20_000)
        assert session.desk is not None and session.desk.acting_staff_id is None
        advisor = next(p for p in signin.panel.people if p.role == "advisor")
        pick(qtbot, signin.panel, advisor)
        tap_pin(qtbot, signin.panel, DEMO_PIN)
        qtbot.waitUntil(lambda: session.window is not None, timeout=5000)
        qtbot.addWidget(session.window)
        qtbot.waitUntil(lambda: session.window.model.rowCount() > 0, timeout=5000)
        assert session.guard is not None and not session.guard.locked
    finally:
        session.close()


def test_demo_auto_sign_in_skips_the_pin(styled_app, store, qtbot):
    from jeweldesk import config
    from jeweldesk.ui.app import AppSession

    with Desk.open(store) as desk, desk.store.sessions.begin() as s:
        config.put(s, "demo_auto_sign_in", True)
    session = AppSession(store)
    try:
        assert session.start()
        assert session.signin is None and session.window is not None
        qtbot.addWidget(session.window)
    finally:
        session.close()


def test_first_run_offers_the_demo_and_enrolment(styled_app, tmp_path, qtbot):
    from jeweldesk.ui.app import AppSession

    session = AppSession(tmp_path / "new-device")
    try:
        assert session.start()
        signin = session.signin
        qtbot.addWidget(signin)
        first = signin.first_run
        assert first is not None and first.demo_button.isVisible()
        first.url.setText("hq.example.com")
        first.code.setText("ABCD")
        qtbot.mouseClick(first.enrol_button, Qt.MouseButton.LeftButton)
        assert "https://" in first.status.text()
        first.url.setText("http://127.0.0.1:9")  # nothing listens there
        qtbot.mouseClick(first.enrol_button, Qt.MouseButton.LeftButton)
        assert not first.enrol_button.isEnabled(), "enrolling, off the UI thread"
        qtbot.waitUntil(first.enrol_button.isEnabled, timeout=20_000)
        assert "did not enrol" in first.status.text()
    finally:
        session.close()
    assert QApplication.instance() is not None


def test_the_lock_screenshot_of_a_demo_asks_for_the_pin_as_the_app_would(
    styled_app, demo_store, tmp_path, monkeypatch
):
    from jeweldesk.ui import screenshot

    prompts = []

    def keep_prompt(widget, out_path):
        prompts.append(widget.panel.prompt.text())
        return out_path

    monkeypatch.setattr(screenshot, "_save", keep_prompt)
    folder = copy_store(demo_store, tmp_path / "store")
    with Desk.open(folder) as opened, opened.store.engine.begin() as conn:
        # As a demo is built: nobody has a PIN yet (other tests may have signed in on
        # the shared demo store and set one).
        conn.execute(text("UPDATE staff SET pin_hash = ''"))
    with Desk.open(folder) as opened:
        screenshot.prepare_desk(opened, "en")
        assert not opened.accounts.person(opened.acting_staff_id).has_pin
        screenshot.render_screen(opened, "lock", tmp_path / "lock.png")
    assert prompts == ["Locked. Enter your PIN to continue"]
