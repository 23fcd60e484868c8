"""Stores and head-office databases built once per test process (per xdist worker)
and copied for each test that needs one, so a test pays for a file copy, not for an
Alembic upgrade from empty, a demo build or argon2 PIN hashes.

- `empty_store(folder)`: a migrated, empty device store, as the first
  `Desk.open(folder)` leaves it before naming the device (the device id is made at
  open, so every copy still gets an id of its own).
- `demo_store(folder, clients, seed)`: `jeweldesk.demo.build` with those parameters,
  built once per process and day and copied. The build is deterministic for a seed
  and an anchor day; only record ids (UUIDv7, from the clock) differ between two
  builds, and copies share them.
- `headoffice_database(kind, folder, seed)`: a head-office database at the head
  revision holding what `seed(ho)` wrote, of the test's own: a copy of a SQLite file,
  or a PostgreSQL schema of its own (`search_path`): the statements of the upgrade
  from empty (recorded once) replayed, then the rows of a template schema copied.
  Its epoch is made when head office first opens it, as for a new one.
- `upgraded_database(kind, folder)`: the same for an empty database that
  `jeweldesk.storage.db.upgrade` brought to the head revision.

Every copy is private: tests that write never see each other's rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import queue
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

_root: Path | None = None
_empty: Path | None = None
_demos: dict[tuple, tuple[Path, object]] = {}
_databases: dict[tuple, object] = {}  # (kind, what) -> template file, or statements
_dropper: _Dropper | None = None


def _folder(name: str) -> Path:
    global _root
    if _root is None:
        _root = Path(tempfile.mkdtemp(prefix="jeweldesk-templates-"))
    folder = _root / name
    folder.mkdir(parents=True, exist_ok=False)
    return folder


def _copy_files(source: Path, target: Path) -> None:
    """Copy the files of a closed store folder (no -wal left: closing the last
    connection checkpoints it) into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        if item.is_file():
            shutil.copyfile(item, target / item.name)


def _closed(folder: Path) -> Path:
    left = [p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]
    assert not left, f"a template store was copied while still open: {left}"
    return folder


# --- device stores -------------------------------------------------------------------


def empty_store(folder: str | Path) -> Path:
    """Put a migrated, empty store into `folder` (made if missing; it must hold no
    store yet) and return the folder, ready for `Desk.open(folder)`."""
    from jeweldesk.paths import database_path
    from jeweldesk.storage.db import LocalStore

    global _empty
    folder = Path(folder)
    if database_path(folder).exists():
        raise ValueError(f"{folder} already holds a store")
    if _empty is None:
        source = _folder("empty-store")
        LocalStore(database_path(source)).close()
        _empty = _closed(source)
    _copy_files(_empty, folder)
    return folder


def demo_store(
    folder: str | Path,
    clients: int,
    seed: int,
    *,
    today: dt.date | None = None,
    lang: str | None = None,
):
    """What `jeweldesk.demo.build(folder, clients=clients, seed=seed, today=today,
    lang=lang)` makes, from a build made once per process for those parameters (and
    that day, when `today` is not given); returns the build's summary, naming the
    copy's database."""
    from jeweldesk.demo import build
    from jeweldesk.paths import database_path

    folder = Path(folder)
    anchor = today or dt.datetime.now(dt.UTC).date()
    key = (clients, seed, anchor, lang)
    if key not in _demos:
        source = _folder(f"demo-{clients}-{seed}-{anchor.isoformat()}-{lang or 'default'}")
        summary = build(source, clients=clients, seed=seed, today=anchor, lang=lang)
        _demos[key] = (_closed(source), summary)
    source, summary = _demos[key]
    if database_path(folder).exists():
        raise ValueError(f"{folder} already holds a store: build the demo into an empty folder")
    _copy_files(source, folder)
    return dataclasses.replace(summary, database=database_path(folder))


# --- databases -----------------------------------------------------------------------


def headoffice_database(
    kind: str, folder: str | Path, seed: Callable | None = None
) -> tuple[str, Callable[[], None]]:
    """A head-office database of the caller's own, at the head revision, holding what
    `seed(ho)` writes into a new head office: SQLite (`kind="sqlite"`, a file in
    `folder`) or PostgreSQL (`kind="postgresql"`, a schema of its own in the database
    of JEWELDESK_TEST_PG_URL). Returns its URL and the function that removes it."""
    return _database(
        kind,
        folder,
        "headoffice.sqlite3",
        ("headoffice", seed),
        lambda u: _build_headoffice(u, seed),
    )


def upgraded_database(kind: str, folder: str | Path) -> tuple[str, Callable[[], None]]:
    """An empty database of the caller's own on which `jeweldesk.storage.db.upgrade`
    has run (the schema at the head revision, nothing else: no capture triggers), as
    in `headoffice_database`."""
    return _database(kind, folder, "store.sqlite3", ("upgraded",), _build_upgraded)


def _database(
    kind: str, folder: str | Path, filename: str, what: tuple, build: Callable[[str], None]
) -> tuple[str, Callable[[], None]]:
    key = (kind, *what)
    if kind == "sqlite":
        if key not in _databases:
            source = _folder(f"database-{len(_databases)}") / filename
            build(f"sqlite:///{source}")
            _closed(source.parent)
            _databases[key] = str(source)
        target = Path(folder) / filename
        if target.exists():
            raise ValueError(f"{target} exists already")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_databases[key], target)
        return f"sqlite:///{target}", lambda: None
    if kind != "postgresql":
        raise ValueError(f"no database of kind {kind!r}")
    if key not in _databases:
        _databases[key] = _pg_template(build)
    template = _databases[key]
    schema = f"test_{uuid.uuid4().hex[:16]}"
    raw = _pg_replayer().raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f'CREATE SCHEMA "{schema}"')
        cursor.execute(f'SET search_path TO "{schema}"')
        for statement, parameters, many in _upgrade_statements():
            if many:
                cursor.executemany(statement, parameters)
            else:
                cursor.execute(statement, parameters)
        # The template's rows, as they are: no trigger or foreign-key check runs on
        # rows that were checked when the template was written.
        cursor.execute("SET session_replication_role = replica")
        for table in template.tables:
            cursor.execute(f'DELETE FROM "{table}"')
            cursor.execute(f'INSERT INTO "{table}" SELECT * FROM "{template.schema}"."{table}"')
        for sequence, value in template.sequences:
            cursor.execute("SELECT setval(%s::regclass, %s)", (f'"{schema}"."{sequence}"', value))
        cursor.execute("RESET session_replication_role")
        cursor.execute("RESET search_path")
        raw.commit()
    except BaseException:
        raw.close()
        _drop_later(schema)
        raise
    raw.close()
    return _pg_schema(schema), lambda: _drop_later(schema)


@dataclasses.dataclass(frozen=True)
class _PgTemplate:
    schema: str  # kept for the whole run
    tables: tuple[str, ...]  # those holding rows
    sequences: tuple[tuple[str, int], ...]  # those used, with their last value


_template_schemas: list[str] = []
_upgrade: list[tuple] | None = None


def _pg_template(build: Callable[[str], None]) -> _PgTemplate:
    from sqlalchemy import text

    schema = f"jdtemplate_{uuid.uuid4().hex[:16]}"
    with _pg_admin().connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    _template_schemas.append(schema)
    build(_pg_schema(schema))
    with _pg_admin().connect() as conn:
        names = conn.execute(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = :s AND table_type = 'BASE TABLE' ORDER BY table_name"
            ),
            {"s": schema},
        ).scalars()
        tables = tuple(
            name
            for name in names
            if conn.execute(text(f'SELECT EXISTS (SELECT 1 FROM "{schema}"."{name}")')).scalar()
        )
        sequences = tuple(
            conn.execute(
                text(
                    "SELECT sequencename, last_value FROM pg_sequences "
                    "WHERE schemaname = :s AND last_value IS NOT NULL ORDER BY sequencename"
                ),
                {"s": schema},
            ).all()
        )
    return _PgTemplate(schema, tables, sequences)


def _upgrade_statements() -> list[tuple]:
    """The statements `jeweldesk.storage.db.upgrade` runs on an empty PostgreSQL
    schema, recorded once (with their parameters) on a scratch schema: they name no
    schema, so replayed with another schema first on the search path they build the
    same tables there, in a fraction of the time the upgrade takes."""
    global _upgrade
    if _upgrade is not None:
        return _upgrade
    from sqlalchemy import Engine, event, text

    schema = f"jdupgrade_{uuid.uuid4().hex[:16]}"
    with _pg_admin().connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    recorded: list[tuple] = []
    engine = None

    def executing(conn, _cursor, statement, parameters, _context, executemany) -> None:
        if conn.engine is engine:
            recorded.append((statement, parameters, executemany))

    from jeweldesk.storage.db import make_engine, upgrade

    engine = make_engine(_pg_schema(schema))
    event.listen(Engine, "before_cursor_execute", executing)
    try:
        upgrade(engine)
    finally:
        event.remove(Engine, "before_cursor_execute", executing)
        engine.dispose()
        _drop_later(schema)
    _upgrade = recorded
    return recorded


def _pg_schema(schema: str) -> str:
    """JEWELDESK_TEST_PG_URL with `schema` first on the search path."""
    from urllib.parse import quote

    from tests.conftest import PG_URL

    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"


def _build_upgraded(url: str) -> None:
    from jeweldesk.storage.db import make_engine, upgrade

    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def _build_headoffice(url: str, seed: Callable | None) -> None:
    from jeweldesk.headoffice.store import HeadOfficeStore, ServerState

    ho = HeadOfficeStore(url)
    try:
        if seed is not None:
            seed(ho)
        with ho.writing() as conn:
            # Each copy makes its own epoch (and secrets) when head office opens it.
            conn.execute(ServerState.delete())
    finally:
        ho.dispose()


_admin = None
_replayer = None


def _pg_replayer():
    """Connections that replay a template's statements, in transactions of their own."""
    global _replayer
    if _replayer is None:
        from sqlalchemy.pool import NullPool

        from jeweldesk.storage.db import make_engine
        from tests.conftest import PG_URL

        _replayer = make_engine(PG_URL, poolclass=NullPool)
    return _replayer


def _pg_admin():
    global _admin
    if _admin is None:
        from jeweldesk.storage.db import make_engine
        from tests.conftest import PG_URL

        _admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    return _admin


class _Dropper:
    """Drops the tests' PostgreSQL schemas on a thread of its own: the next test need
    not wait for it."""

    def __init__(self) -> None:
        self.names: queue.Queue[str | None] = queue.Queue()
        self.errors: list[str] = []
        self.thread = threading.Thread(target=self._run, name="drop-test-schemas", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from sqlalchemy import text

        while (name := self.names.get()) is not None:
            try:
                with _pg_admin().connect() as conn:
                    conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
            except Exception as exc:  # reported at the end of the run
                self.errors.append(f"{name}: {exc}")

    def close(self) -> None:
        self.names.put(None)
        self.thread.join(timeout=300)


def _drop_later(name: str) -> None:
    global _dropper
    if _dropper is None:
        _dropper = _Dropper()
    _dropper.names.put(name)


def cleanup() -> list[str]:
    """At the end of the run: drop the schemas left and remove the template files.
    Returns what could not be dropped."""
    global _dropper, _admin, _replayer, _root, _empty, _upgrade
    errors: list[str] = []
    for schema in _template_schemas:
        _drop_later(schema)
    _template_schemas.clear()
    if _dropper is not None:
        _dropper.close()
        errors += _dropper.errors
        _dropper = None
    for engine in (_admin, _replayer):
        if engine is not None:
            engine.dispose()
    _admin = _replayer = None
    _databases.clear()
    _demos.clear()
    if _root is not None:
        shutil.rmtree(_root, ignore_errors=True)
    _root = _empty = _upgrade = None
    return errors
