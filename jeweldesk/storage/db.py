"""Opening a store: the engine, SQLite's pragmas, and migrating to the current schema
with a backup of the file taken first."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from jeweldesk.domain.errors import DomainError
from jeweldesk.paths import migrations_dir

log = logging.getLogger(__name__)


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision in the migrations folder. Alembic reads and compiles every
    revision file to tell (about 15 ms), and a store asks at every open: the answer is
    kept for as long as the folder holds the same revision files with the same text."""
    location = migrations_dir()
    return _heads(str(location), _revision_files(location))[0]


def _revision_files(location: Path) -> tuple[tuple[str, bytes], ...]:
    """Each revision file's name and a digest of its text (reading them takes well
    under a millisecond; a timestamp could miss an edit made within the same tick)."""
    return tuple(
        sorted(
            (p.name, hashlib.blake2b(p.read_bytes(), digest_size=16).digest())
            for p in (location / "versions").glob("*.py")
        )
    )


@functools.lru_cache(maxsize=8)
def _heads(location: str, _files: tuple) -> tuple[str, ...]:
    config = Config()
    config.set_main_option("script_location", location)
    return tuple(ScriptDirectory.from_config(config).get_heads())


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # WAL + FULL: a save the advisor saw confirmed is on disk before the call returns,
    # so a tablet whose battery dies loses nothing saved (NORMAL could lose the last
    # saves to a power cut). About 1 ms per commit; bulk work commits in batches.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def make_engine(url: str, **kwargs) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def sqlite_engine(path: Path) -> Engine:
    return make_engine(f"sqlite:///{path}")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL), beside the file."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-{revision or 'empty'}.{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        return
    # SQLite: pysqlite commits DDL as it goes unless we own the transaction, so a failed
    # revision would leave a half-changed schema; and batch table rebuilds (copy, drop,
    # rename) need foreign keys off, which SQLite allows only outside a transaction.
    # So: foreign keys off, one explicit transaction, a foreign-key check before COMMIT.
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                command.upgrade(alembic_config(conn), "head")
                violations = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if violations:
                    raise RuntimeError(f"foreign keys broken by the migration: {violations[:5]}")
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")


class MigrationFailed(DomainError):
    pass


def migrate(engine: Engine, database_file: Path | None = None) -> Path | None:
    """Bring the database to the head revision. For a SQLite file that already holds a
    schema at another revision, copy it first; on failure the copy is kept and the
    error says where. Returns the backup's path, if one was taken."""
    head = head_revision()
    revision = current_revision(engine)
    if revision == head:
        return None
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is not None and revision not in known:
        raise MigrationFailed("database.newer", revision=revision)
    backup = None
    if database_file is not None and revision is not None:
        backup = backup_sqlite(database_file, revision)
        log.info("backed up %s to %s before upgrading from %s", database_file, backup, revision)
    try:
        upgrade(engine)
    except Exception as exc:
        log.exception("migration from %s to %s failed", revision, head)
        if backup is not None:
            raise MigrationFailed("migration.failed", backup=str(backup)) from exc
        raise
    return backup


class LocalStore:
    """The device's SQLite file, migrated and ready: an engine and a session factory.
    Change capture (the outbox triggers) is the sync client's: `Desk` installs it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = sqlite_engine(self.path)
        self.backup = migrate(self.engine, self.path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()
