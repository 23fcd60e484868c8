"""UI tests: Qt on its offscreen platform, one QApplication per session (pytest-qt's
`qapp`) styled as the app is, and a small real demo store built once per session."""

from __future__ import annotations

import os

# Before any QApplication exists: no display is needed, anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

DEMO_CLIENTS = 400
DEMO_SEED = 3


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Path:
    """A demo network of 400 clients, built once: tests only read it (tests that write
    take a copy: tests/ui/store_copy.py, or `tests.templates.demo_store`)."""
    from tests.templates import demo_store

    folder = tmp_path_factory.mktemp("demo-store")
    demo_store(folder, clients=DEMO_CLIENTS, seed=DEMO_SEED)
    return folder


@pytest.fixture
def desk(demo_store):
    from jeweldesk.services import Desk

    with Desk.open(demo_store) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _interface_in_english(qapp):
    """Every test starts in English as the app installs it (its plural forms too),
    whatever language an earlier test switched to (tests share one QApplication per
    worker)."""
    from jeweldesk.ui.translations import install_translator

    install_translator(qapp, "en")
    yield
    install_translator(qapp, "en")


@pytest.fixture(scope="session")
def styled_app(qapp):
    from jeweldesk.ui.appearance import apply_house_style

    apply_house_style(qapp)
    return qapp


@pytest.fixture
def window(styled_app, desk, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # Reads run on the database thread: wait for the first ones (the book) to land.
    qtbot.waitUntil(win.runner.idle, timeout=5000)
    yield win
    win.runner.stop()
