"""Where data lives: --data-dir, then JEWELDESK_DATA_DIR, then the platform folder."""

from __future__ import annotations

from pathlib import Path

from jeweldesk import paths


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("JEWELDESK_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert (tmp_path / "flag").is_dir()
    monkeypatch.delenv("JEWELDESK_DATA_DIR")
    import platformdirs

    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda app, org: str(tmp_path / "platform" / app)
    )
    assert paths.data_dir() == tmp_path / "platform" / "JewelDesk"
    assert paths.database_path(tmp_path / "x").name == "jeweldesk.sqlite3"


def test_resources_are_found_beside_the_package_or_in_a_bundle(tmp_path, monkeypatch):
    assert (paths.resource_dir() / "fonts" / "DroidSansFallbackFull.ttf").is_file()
    assert (paths.migrations_dir() / "env.py").is_file()
    monkeypatch.setattr(paths.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == Path(tmp_path) / "resources"
    assert paths.migrations_dir() == Path(tmp_path) / "migrations"


def test_tests_never_touch_the_real_data_folder():
    import os

    assert os.environ.get("JEWELDESK_DATA_DIR"), (
        "tests/conftest.py must point JEWELDESK_DATA_DIR at a temp folder"
    )
