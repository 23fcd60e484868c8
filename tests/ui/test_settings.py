"""The Settings screen: language switch (the window comes back in Chinese), the lock
timeout, the head-office address (validated; managers only), the device shown."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jeweldesk.services import Desk
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def desk(demo_store, tmp_path):
    with Desk.open(copy_store(demo_store, tmp_path / "store")) as opened:
        yield opened


@pytest.fixture
def settings_window(styled_app, desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    window = MainWindow(desk)  # not qtbot.addWidget: a language switch deletes it
    window.show()
    window.show_screen("settings")
    qtbot.waitUntil(window.runner.idle, timeout=5000)
    yield window
    if shiboken6.isValid(window):
        window.runner.stop()
        window.close()


def test_the_device_and_store_are_shown(settings_window, desk):
    screen = settings_window.screens["settings"]
    assert screen.device_id.text() == desk.device_id
    store = desk.directory.store(desk.home_store_id)
    assert store.code in screen.store.text()
    assert screen.language_buttons["en"].isChecked()
    assert screen.lock_buttons[5].isChecked()
    for button in [*screen.language_buttons.values(), *screen.lock_buttons.values()]:
        assert button.minimumHeight() >= 44


def test_the_lock_timeout_is_saved(settings_window, desk, qtbot):
    screen = settings_window.screens["settings"]
    with qtbot.waitSignal(screen.sig_saved, timeout=5000):
        qtbot.mouseClick(screen.lock_buttons[10], Qt.MouseButton.LeftButton)
    assert desk.settings.lock_minutes() == 10
    assert "10" in screen.message.text()


def test_only_a_manager_changes_the_head_office_address(settings_window, desk, qtbot):
    screen = settings_window.screens["settings"]
    assert screen.url.isReadOnly(), "an advisor cannot repoint the device"
    manager = next(p for p in desk.accounts.people() if p.role == "store_manager")
    desk.act_as(manager.id)
    screen.refresh()
    qtbot.waitUntil(settings_window.runner.idle, timeout=5000)
    assert not screen.url.isReadOnly()
    screen.url.setText("not an address")
    qtbot.mouseClick(screen.url_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "https://" in screen.message.text(), timeout=5000)
    screen.url.setText("https://hq.example.com/")
    with qtbot.waitSignal(screen.sig_saved, timeout=5000):
        qtbot.mouseClick(screen.url_button, Qt.MouseButton.LeftButton)
    assert desk.settings.about().headoffice_url == "https://hq.example.com"


def test_switching_to_chinese_rebuilds_the_window_in_chinese(settings_window, desk, qtbot):
    from jeweldesk.ui.translations import install_translator

    screen = settings_window.screens["settings"]
    try:
        with qtbot.waitSignal(screen.sig_language_changed, timeout=5000):
            qtbot.mouseClick(screen.language_buttons["zh_CN"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: getattr(settings_window, "replacement", None) is not None, timeout=5000
        )
        new = settings_window.replacement
        assert desk.lang == "zh_CN"
        assert new.current_screen() == "settings"
        assert new.nav_buttons["book"].text() == "客户"
        assert new.nav_buttons["settings"].text() == "设置"
        assert new.screens["settings"].language_buttons["zh_CN"].isChecked()
        with Desk.open(desk.path.parent) as again:
            assert again.lang == "zh_CN", "the choice is kept on the device"
        new.screens["settings"].choose_language("zh_TW")
        qtbot.waitUntil(lambda: getattr(new, "replacement", None) is not None, timeout=5000)
        newer = new.replacement
        qtbot.addWidget(newer)
        assert newer.nav_buttons["settings"].text() == "設定"
        newer.runner.stop()
    finally:
        install_translator(QApplication.instance(), "en")
