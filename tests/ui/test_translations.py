"""Every interface string in Simplified and Traditional Chinese: the .ts files are
complete and up to date with the code, the .qm files load, and the screenshot command
renders every screen of this build in English and Chinese."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from jeweldesk.ui.translations import TRANSLATED, install_translator, main, qm_path, ts_path

pytestmark = pytest.mark.ui
FIELDS = re.compile(r"\{\w*\}|%\d|%n")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_its_fields(lang):
    root = ET.parse(ts_path(lang)).getroot()
    assert root.get("language") == lang
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"not finished: {source!r}"
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for text in forms:
            assert text and text.strip(), f"empty translation: {source!r}"
            assert sorted(FIELDS.findall(text)) == sorted(FIELDS.findall(source)), source


def test_the_ts_files_hold_every_string_of_the_code(capsys):
    assert main(["--check"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "settings", "locked"), [("zh_CN", "设置", "已锁定"), ("zh_TW", "設定", "已鎖定")]
)
def test_the_compiled_translations_load(styled_app, lang, settings, locked):
    translator = QTranslator()
    assert translator.load(str(qm_path(lang)))
    assert translator.translate("Screens", "Settings") == settings
    assert locked in translator.translate("LockWindow", "JewelDesk — locked")


def test_installing_a_language_translates_new_widgets(styled_app):
    try:
        assert install_translator(QApplication.instance(), "zh_TW")
        assert QCoreApplication.translate("SettingsScreen", "Sync now") == "立即同步"
        assert QCoreApplication.translate("Screens", "Today") == "今日"
    finally:
        install_translator(QApplication.instance(), "en")
    assert QCoreApplication.translate("SettingsScreen", "Sync now") == "Sync now"


def test_english_counts_agree_with_their_number(styled_app):
    app = QApplication.instance()
    install_translator(app, "en")
    waiting = "%n change(s) waiting to sync"
    assert (
        QCoreApplication.translate("SyncStatusWidget", waiting, "", 1) == "1 change waiting to sync"
    )
    assert (
        QCoreApplication.translate("SyncStatusWidget", waiting, "", 3)
        == "3 changes waiting to sync"
    )
    assert (
        QCoreApplication.translate(
            "SettingsScreen", "JewelDesk now locks after %n minute(s) without use.", "", 1
        )
        == "JewelDesk now locks after 1 minute without use."
    )
    # Every plural of the code has its two English forms, and the plain strings stay the source.
    root = ET.parse(ts_path("en")).getroot()
    numerus = list(root.iter("message"))
    assert numerus and all(m.get("numerus") == "yes" for m in numerus)
    for message in numerus:
        one, other = (f.text for f in message.find("translation").iter("numerusform"))
        assert "(s)" not in one + other and "%n" in one and "%n" in other
    assert QCoreApplication.translate("SettingsScreen", "Sync now") == "Sync now"


SCREENS = (
    "today",
    "book",
    "client",
    "calendar",
    "appointment",
    "conflicts",
    "kpis",
    "settings",
    "signin",
    "lock",
)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_screenshot_command_renders_every_screen(
    styled_app, demo_store, tmp_path, lang, capsys
):
    from jeweldesk.__main__ import main as jeweldesk

    rendered, unavailable = [], []
    try:
        for screen in SCREENS:
            out = tmp_path / f"{screen}-{lang}.png"
            code = jeweldesk(
                [
                    "screenshot",
                    "--data-dir",
                    str(demo_store),
                    "--screen",
                    screen,
                    "--lang",
                    lang,
                    "--out",
                    str(out),
                    "--size",
                    "1024x700",
                ]
            )
            if code == 2:
                unavailable.append(screen)
                assert "not available" in capsys.readouterr().err
                continue
            assert code == 0, capsys.readouterr().err
            image = QImage(str(out))
            assert not image.isNull(), screen
            rendered.append(screen)
    finally:
        install_translator(QApplication.instance(), "en")
    assert {"book", "client", "settings", "signin", "lock", "appointment"} <= set(rendered), (
        unavailable
    )


def test_an_unknown_screen_is_a_clear_error(styled_app, demo_store, tmp_path, capsys):
    from jeweldesk.__main__ import main as jeweldesk

    code = jeweldesk(
        [
            "screenshot",
            "--data-dir",
            str(demo_store),
            "--screen",
            "orders",
            "--out",
            str(tmp_path / "x.png"),
        ]
    )
    assert code == 2
    assert "orders" in capsys.readouterr().err
