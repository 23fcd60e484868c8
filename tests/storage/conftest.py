"""Storage fixtures: the same tests on a SQLite file and on PostgreSQL (empty, or
upgraded to the head revision), and a scratch copy of the migrations folder to which a
test can add revisions."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from jeweldesk.paths import migrations_dir
from jeweldesk.storage.db import head_revision, make_engine
from tests.conftest import pg_unavailable
from tests.templates import upgraded_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_engine(request, tmp_path) -> Iterator[Engine]:
    """An empty database: a real SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
        yield engine
        engine.dispose()
    else:
        yield request.getfixturevalue("pg_engine")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def upgraded_engine(request, tmp_path) -> Iterator[Engine]:
    """A database `db.upgrade` brought to the head revision, of the test's own: a copy
    of a SQLite file, or a PostgreSQL database made from a template, upgraded once per
    test process (tests/templates.py)."""
    if request.param == "postgresql":
        reason = pg_unavailable()
        if reason:
            pytest.skip(reason)
    url, drop = upgraded_database(request.param, tmp_path)
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()
        drop()


@pytest.fixture
def scratch_migrations(tmp_path, monkeypatch) -> Callable[..., Path]:
    """A copy of `migrations/` that `jeweldesk.storage.db` uses from now on. Call the
    fixture's value with (revision, upgrade body, downgrade body) to add a revision on
    top of the current head."""
    target = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    monkeypatch.setattr("jeweldesk.storage.db.migrations_dir", lambda: target)

    def add_revision(revision: str, upgrade: str, downgrade: str = "pass") -> Path:
        down = head_revision()
        path = target / "versions" / f"{revision}_test.py"

        def body(code: str) -> str:
            return textwrap.indent(textwrap.dedent(code).strip(), "    ")

        source = "\n".join(
            [
                f'"""test revision {revision}"""',
                "import sqlalchemy as sa",
                "from alembic import op",
                "",
                f"revision = {revision!r}",
                f"down_revision = {down!r}",
                "branch_labels = None",
                "depends_on = None",
                "",
                "",
                "def upgrade() -> None:",
                body(upgrade),
                "",
                "",
                "def downgrade() -> None:",
                body(downgrade),
                "",
            ]
        )
        path.write_text(source, encoding="utf-8")
        return path

    return add_revision
