"""`head_revision()` is asked at every store open: Alembic reads the migrations folder
once, and again only when its revision files change."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from jeweldesk.storage import db


def _read_by_alembic() -> list[str]:
    return ScriptDirectory.from_config(db.alembic_config()).get_heads()


def test_head_revision_is_alembics_head():
    assert [db.head_revision()] == _read_by_alembic()


def test_the_folder_is_read_once_while_it_stays_the_same(scratch_migrations, monkeypatch):
    first = db.head_revision()
    reads = []
    real = ScriptDirectory.from_config

    def counted(config):
        reads.append(config)
        return real(config)

    monkeypatch.setattr(ScriptDirectory, "from_config", counted)
    for _ in range(3):
        assert db.head_revision() == first
    assert reads == []


def test_a_revision_added_or_removed_is_seen_at_once(scratch_migrations):
    before = db.head_revision()
    added = scratch_migrations("9001", "pass")
    assert db.head_revision() == "9001"
    added.unlink()
    assert db.head_revision() == before
    changed = scratch_migrations("9002", "pass")
    assert db.head_revision() == "9002"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("'9002'", "'9003'"), encoding="utf-8"
    )
    assert db.head_revision() == "9003" == _read_by_alembic()[0]
