"""The Alembic revisions build the schema the models describe, on the device's SQLite
file and on head office's PostgreSQL, and upgrades keep the data."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

from jeweldesk.domain.vocab import ContactKind, NameOrder, PurchaseChannel
from jeweldesk.paths import migrations_dir
from jeweldesk.storage import db
from jeweldesk.storage.db import (
    LocalStore,
    MigrationFailed,
    alembic_config,
    current_revision,
    head_revision,
    migrate,
    sqlite_engine,
)
from jeweldesk.storage.db import head_revision as _real_head
from jeweldesk.storage.models import Base, Client, ContactPoint, Purchase, Store

REAL_HEAD = _real_head()  # the project's own head, before any test revision adds to it


def _env_include_object():
    """`include_object` from migrations/env.py. The module runs migrations on import, so
    take the function's source alone rather than importing the file."""
    source = (migrations_dir() / "env.py").read_text(encoding="utf-8")
    start = source.index("FTS_TABLES =")
    end = source.index("\ndef run_with")
    namespace: dict = {}
    exec(compile(source[start:end], "migrations/env.py", "exec"), namespace)
    return namespace["include_object"]


include_object = _env_include_object()


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), target)


def schema_differences(engine: Engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return compare_metadata(context, Base.metadata)


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


# --- a store's worth of real rows -------------------------------------------------

SHANGHAI = ZoneInfo("Asia/Shanghai")
CREATED_AT = dt.datetime(2024, 5, 20, 14, 30, 5, 123456, tzinfo=SHANGHAI)
# Paris leaves summer time that night; 15:30 is plain CET, +01:00.
PURCHASED_AT = dt.datetime(2024, 10, 27, 15, 30, tzinfo=ZoneInfo("Europe/Paris"))
TOTAL = Decimal("128500.10")


def insert_sample(engine: Engine) -> dict[str, uuid.UUID]:
    with Session(engine) as session, session.begin():
        store = Store(
            code="SH01",
            name="Shanghai Plaza 66",
            name_local="上海恒隆广场",
            city="上海",
            country="CN",
            timezone="Asia/Shanghai",
            currency="CNY",
        )
        session.add(store)
        session.flush()
        client = Client(
            home_store_id=store.id,
            family_name="王",
            given_name="美玲",
            name_order=NameOrder.FAMILY_FIRST,
            name_local="王美玲",
            name_romanised="Wang Meiling",
            greeting_name="王女士",
            language="zh_CN",
            created_at=CREATED_AT,
        )
        session.add(client)
        session.flush()
        contact = ContactPoint(
            client_id=client.id,
            kind=ContactKind.PHONE,
            value="138 0013 8000",
            normalised="+8613800138000",
            label="手机",
            is_primary=True,
        )
        purchase = Purchase(
            client_id=client.id,
            store_id=store.id,
            purchased_at=PURCHASED_AT,
            channel=PurchaseChannel.STORE,
            receipt_number="SH01-2024-000123",
            total=TOTAL,
            currency="CNY",
        )
        session.add_all([contact, purchase])
        session.flush()
        return {
            "store": store.id,
            "client": client.id,
            "contact": contact.id,
            "purchase": purchase.id,
        }


def snapshot(engine: Engine) -> dict[str, list[dict]]:
    """Every mapped column of every row of the sample's tables, as Python values."""
    out: dict[str, list[dict]] = {}
    with Session(engine) as session:
        for model in (Store, Client, ContactPoint, Purchase):
            keys = [attr.key for attr in inspect(model).column_attrs]
            rows = session.scalars(select(model).order_by(model.id)).all()
            out[model.__tablename__] = [{key: getattr(row, key) for key in keys} for row in rows]
    return out


def assert_sample_intact(engine: Engine, ids: dict[str, uuid.UUID]) -> None:
    with Session(engine) as session:
        client = session.get(Client, ids["client"])
        assert client is not None
        assert client.name_local == "王美玲"
        assert (client.family_name, client.given_name) == ("王", "美玲")
        assert client.greeting_name == "王女士"
        assert client.created_at == CREATED_AT
        assert client.created_at.utcoffset() == dt.timedelta(0)
        assert client.created_at.astimezone(SHANGHAI).replace(tzinfo=None) == dt.datetime(
            2024, 5, 20, 14, 30, 5, 123456
        )
        store = session.get(Store, ids["store"])
        assert store.name_local == "上海恒隆广场"
        contact = session.get(ContactPoint, ids["contact"])
        assert (contact.client_id, contact.label, contact.normalised) == (
            client.id,
            "手机",
            "+8613800138000",
        )
        purchase = session.get(Purchase, ids["purchase"])
        assert isinstance(purchase.total, Decimal)
        assert purchase.total == TOTAL and str(purchase.total) == "128500.10"
        assert purchase.purchased_at == PURCHASED_AT
        assert purchase.purchased_at.tzinfo is not None


ADD_COLUMN = """
    with op.batch_alter_table("clients") as batch_op:
        batch_op.add_column(sa.Column("vip_tier", sa.String(16), nullable=True))
"""
DROP_COLUMN = """
    with op.batch_alter_table("clients") as batch_op:
        batch_op.drop_column("vip_tier")
"""


# --- both databases ---------------------------------------------------------------


def test_upgrade_head_builds_the_models_schema(db_engine):
    db.upgrade(db_engine)

    assert current_revision(db_engine) == head_revision()
    assert schema_differences(db_engine) == []
    assert set(Base.metadata.tables) <= table_names(db_engine)
    fts = {"client_search"} <= table_names(db_engine)
    assert fts == (db_engine.dialect.name == "sqlite")


def test_downgrade_to_base_and_upgrade_again(db_engine):
    db.upgrade(db_engine)
    downgrade(db_engine, "base")

    assert current_revision(db_engine) is None
    assert table_names(db_engine) <= {"alembic_version"}

    db.upgrade(db_engine)
    assert current_revision(db_engine) == head_revision()
    assert schema_differences(db_engine) == []


def test_upgrade_with_data_keeps_every_row(db_engine, scratch_migrations):
    db.upgrade(db_engine)
    ids = insert_sample(db_engine)
    before = snapshot(db_engine)
    scratch_migrations("9002", ADD_COLUMN, DROP_COLUMN)

    db.upgrade(db_engine)

    assert current_revision(db_engine) == "9002"
    assert "vip_tier" in {c["name"] for c in inspect(db_engine).get_columns("clients")}
    assert snapshot(db_engine) == before
    assert_sample_intact(db_engine, ids)
    with db_engine.connect() as conn:
        assert conn.execute(text("SELECT vip_tier FROM clients")).scalars().all() == [None]


def test_table_rebuild_with_referencing_rows_keeps_data(db_engine, scratch_migrations):
    """Dropping a column rebuilds the table on SQLite (copy, drop, rename) while other
    tables' rows reference it: the rows and the foreign keys survive."""
    db.upgrade(db_engine)
    ids = insert_sample(db_engine)
    before = snapshot(db_engine)
    scratch_migrations("9002", ADD_COLUMN, DROP_COLUMN)
    scratch_migrations("9003", DROP_COLUMN, ADD_COLUMN)

    db.upgrade(db_engine)

    assert current_revision(db_engine) == "9003"
    assert schema_differences(db_engine) == []
    assert snapshot(db_engine) == before
    assert_sample_intact(db_engine, ids)
    fks = inspect(db_engine).get_foreign_keys("contact_points")
    assert [(fk["referred_table"], fk["constrained_columns"]) for fk in fks] == [
        ("clients", ["client_id"])
    ]
    if db_engine.dialect.name == "sqlite":
        with db_engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# --- SQLite: migrate() at start-up, the backup copy, the pragmas ------------------


def sqlite_store_at_head(path: Path) -> tuple[Engine, dict[str, uuid.UUID]]:
    engine = sqlite_engine(path)
    db.upgrade(engine)
    ids = insert_sample(engine)
    return engine, ids


def backups_beside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.before-*"))


def test_migrate_backs_up_a_store_at_an_older_revision(tmp_path, scratch_migrations):
    path = tmp_path / "store.sqlite3"
    engine, ids = sqlite_store_at_head(path)  # at the real head
    scratch_migrations("9002", ADD_COLUMN, DROP_COLUMN)

    backup = migrate(engine, path)

    assert backup is not None and backup.exists()
    assert backup.parent == path.parent
    assert backups_beside(path) == [backup]
    assert current_revision(engine) == "9002"
    assert_sample_intact(engine, ids)
    # The copy is a whole database at the old revision with the old data.
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(REAL_HEAD,)]
        assert conn.execute("SELECT name_local FROM clients").fetchall() == [("王美玲",)]
        assert conn.execute("SELECT total FROM purchases").fetchall() == [("128500.10",)]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(clients)")}
        assert "vip_tier" not in columns
    conn.close()
    backup_engine = sqlite_engine(backup)
    assert_sample_intact(backup_engine, ids)
    backup_engine.dispose()
    engine.dispose()


def test_migrate_takes_no_backup_when_up_to_date(tmp_path):
    path = tmp_path / "store.sqlite3"
    engine, ids = sqlite_store_at_head(path)

    assert migrate(engine, path) is None

    assert backups_beside(path) == []
    assert current_revision(engine) == head_revision()
    assert_sample_intact(engine, ids)
    engine.dispose()


def test_migrate_takes_no_backup_of_a_new_empty_file(tmp_path):
    path = tmp_path / "store.sqlite3"
    engine = sqlite_engine(path)

    assert migrate(engine, path) is None

    assert backups_beside(path) == []
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_failed_migration_keeps_data_and_backup(tmp_path, scratch_migrations):
    path = tmp_path / "store.sqlite3"
    engine, ids = sqlite_store_at_head(path)
    before = snapshot(engine)
    scratch_migrations(
        "9002",
        """
        op.execute("UPDATE clients SET name_local = 'overwritten'")
        op.execute("DELETE FROM contact_points")
        raise RuntimeError("boom in 0002")
        """,
    )

    with pytest.raises(MigrationFailed) as excinfo:
        migrate(engine, path)

    [backup] = backups_beside(path)
    assert excinfo.value.key == "migration.failed"
    assert str(backup) in str(excinfo.value)
    assert isinstance(excinfo.value.__cause__, RuntimeError)
    assert current_revision(engine) == REAL_HEAD
    assert snapshot(engine) == before
    assert_sample_intact(engine, ids)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name_local FROM clients").fetchall() == [("王美玲",)]
        assert conn.execute("SELECT count(*) FROM contact_points").fetchone() == (1,)
    conn.close()
    engine.dispose()


def test_failed_schema_change_is_rolled_back(tmp_path, scratch_migrations):
    """A revision that fails after changing the schema leaves no half-done change: the
    next start-up can run the (fixed) revision again."""
    path = tmp_path / "store.sqlite3"
    engine, ids = sqlite_store_at_head(path)
    scratch_migrations(
        "9002",
        ADD_COLUMN + '\n    raise RuntimeError("boom after the schema change")',
    )

    with pytest.raises(MigrationFailed):
        migrate(engine, path)

    assert current_revision(engine) == REAL_HEAD
    assert "vip_tier" not in {c["name"] for c in inspect(engine).get_columns("clients")}
    assert_sample_intact(engine, ids)
    engine.dispose()


def test_migrate_refuses_a_store_from_a_newer_app(tmp_path):
    path = tmp_path / "store.sqlite3"
    engine, ids = sqlite_store_at_head(path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))

    with pytest.raises(MigrationFailed) as excinfo:
        migrate(engine, path)

    assert excinfo.value.key == "database.newer"
    assert "newer JewelDesk" in str(excinfo.value)
    assert "9999_from_the_future" in str(excinfo.value)
    assert backups_beside(path) == []
    assert current_revision(engine) == "9999_from_the_future"
    engine.dispose()


def test_local_store_connection_pragmas(tmp_path):
    store = LocalStore(tmp_path / "data" / "jeweldesk.sqlite3")
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert current_revision(store.engine) == head_revision()
        assert store.backup is None
        # The migration's own transaction handling does not leak into the pooled
        # connections: an ORM rollback still undoes the write.
        with store.session() as session:
            session.add(Store(code="X1", name="X", country="CN", timezone="UTC", currency="CNY"))
            session.flush()
            session.rollback()
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM stores")).scalar() == 0
    finally:
        store.close()


def test_local_store_enforces_foreign_keys(tmp_path):
    store = LocalStore(tmp_path / "jeweldesk.sqlite3")
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"):
            with store.session() as session, session.begin():
                session.add(
                    ContactPoint(
                        client_id=uuid.uuid4(),
                        kind=ContactKind.EMAIL,
                        value="nobody@example.com",
                        normalised="nobody@example.com",
                    )
                )
    finally:
        store.close()


def test_env_include_object_is_the_one_alembic_uses():
    """The filter this module uses is env.py's own: FTS tables out, model tables in."""
    assert include_object(None, "client_search", "table", True, None) is False
    assert include_object(None, "client_search_data", "table", True, None) is False
    assert include_object(None, "clients", "table", True, None) is True


def test_migration_that_breaks_foreign_keys_is_refused(tmp_path, scratch_migrations):
    """Foreign keys are off while revisions run (table rebuilds need it); a revision
    that leaves dangling references is caught before COMMIT and rolled back."""
    path = tmp_path / "store.sqlite3"
    engine, ids = sqlite_store_at_head(path)
    before = snapshot(engine)
    scratch_migrations("9002", """op.execute("DELETE FROM clients")""")

    with pytest.raises(MigrationFailed) as excinfo:
        migrate(engine, path)

    assert "foreign key" in str(excinfo.value.__cause__).lower()
    assert current_revision(engine) == REAL_HEAD
    assert snapshot(engine) == before
    assert_sample_intact(engine, ids)
    engine.dispose()


def test_every_device_connection_writes_ahead_and_flushes_each_commit(tmp_path):
    """WAL with synchronous=FULL on every connection the store opens: a save that
    returned is on disk, so a tablet whose battery dies right after loses nothing."""
    engine = db.sqlite_engine(tmp_path / "store.sqlite3")
    for _ in range(2):  # a fresh connection gets the same settings
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        engine.dispose()


def test_upgrade_from_0006_keeps_the_outbox_and_shows_earlier_refusals(tmp_path):
    """0007 gives the outbox `dismissed_at`. A device at 0006 with a change waiting and
    one head office refused is backed up first, keeps both ops as they were, and the
    refusal is listed: nobody has dismissed it yet."""
    from jeweldesk.services import Desk

    path = tmp_path / "store.sqlite3"
    engine = sqlite_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
    client_id = uuid.uuid4().hex
    ops = [
        (
            "a" * 32,
            "clients",
            client_id,
            "update",
            '{"greeting_name": ["", "王女士"]}',
            "2026-11-30 02:15:00.000",
            None,
        ),
        (
            "b" * 32,
            "clients",
            client_id,
            "update",
            '{"title": ["", "Madame la Présidente-Directrice"]}',
            "2026-11-30 02:16:00.000",
            "title is longer than 20 characters",
        ),
    ]
    with engine.begin() as conn:
        for op_id, entity, entity_id, kind, fields, created_at, reason in ops:
            conn.execute(
                text(
                    "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, hlc, schema_version, created_at, "
                    "rejected_reason) VALUES (:o, :e, :i, :k, :f, '', '0006', :c, :r)"
                ),
                {
                    "o": op_id,
                    "e": entity,
                    "i": entity_id,
                    "k": kind,
                    "f": fields,
                    "c": created_at,
                    "r": reason,
                },
            )
        before = conn.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings().all()
    engine.dispose()

    store = LocalStore(path)
    try:
        assert store.backup is not None and f"{path.stem}.before-0006." in store.backup.name
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            after = conn.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings().all()
        assert [{**row, "dismissed_at": None, "rejected_detail": None} for row in before] == [
            dict(row) for row in after
        ]
        desk = Desk(store)
        [refused] = desk.refused.open()
        assert (refused.reason, refused.values[0].value) == (
            "title is longer than 20 characters",
            "Madame la Présidente-Directrice",
        )
        assert refused.made_at == dt.datetime(2026, 11, 30, 2, 16, tzinfo=dt.UTC)
        assert desk.sync.pending() == 1
        with sqlite3.connect(store.backup) as conn:
            assert "dismissed_at" not in {
                row[1] for row in conn.execute("PRAGMA table_info(outbox)")
            }
            assert conn.execute("SELECT count(*) FROM outbox").fetchone() == (2,)
        conn.close()
        desk.refused.dismiss(refused.device_seq)
        downgrade(store.engine, "0006")  # and back: the ops stay, only the column goes
        with store.engine.connect() as conn:
            assert conn.execute(
                text("SELECT op_id, rejected_reason FROM outbox ORDER BY device_seq")
            ).all() == [("a" * 32, None), ("b" * 32, "title is longer than 20 characters")]
    finally:
        store.close()


def test_upgrade_from_0007_keeps_refusals_and_shows_their_english_reason(tmp_path):
    """0008 gives the outbox `rejected_detail` (head office's message key). A device at
    0007 with a change waiting, a refusal and a dismissed one is backed up first, keeps
    every op as it was, and shows the earlier refusal's reason as head office gave it,
    in a Chinese interface too: it has no key to word it by."""
    from jeweldesk.services import Desk

    path = tmp_path / "store.sqlite3"
    engine = sqlite_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0007")
    client_id = uuid.uuid4().hex
    ops = [
        ("a" * 32, '{"greeting_name": ["", "王女士"]}', "2026-11-30 02:15:00.000", None, None),
        (
            "b" * 32,
            '{"title": ["", "Madame la Présidente-Directrice"]}',
            "2026-11-30 02:16:00.000",
            "title is longer than 20 characters",
            None,
        ),
        (
            "c" * 32,
            '{"greeting_name": ["", "\\u0000"]}',
            "2026-11-30 02:17:00.000",
            "greeting_name contains a NUL character",
            "2026-11-30 03:00:00.000000",
        ),
    ]
    with engine.begin() as conn:
        for op_id, fields, created_at, reason, dismissed in ops:
            conn.execute(
                text(
                    "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, hlc, schema_version, created_at, "
                    "rejected_reason, dismissed_at) VALUES (:o, 'clients', :i, 'update', :f, '', '0007', :c, :r, :d)"
                ),
                {
                    "o": op_id,
                    "i": client_id,
                    "f": fields,
                    "c": created_at,
                    "r": reason,
                    "d": dismissed,
                },
            )
        before = conn.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings().all()
    engine.dispose()

    store = LocalStore(path)
    try:
        assert store.backup is not None and f"{path.stem}.before-0007." in store.backup.name
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            after = conn.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings().all()
        assert [{**row, "rejected_detail": None} for row in before] == [dict(row) for row in after]
        desk = Desk(store)
        desk.set_language("zh_CN")
        [refused] = desk.refused.open()
        assert refused.reason == "title is longer than 20 characters"
        assert [r.reason for r in desk.refused.open(include_dismissed=True)][
            1
        ] == "greeting_name contains a NUL character"
        assert desk.sync.pending() == 1
        with sqlite3.connect(store.backup) as conn:
            assert "rejected_detail" not in {
                row[1] for row in conn.execute("PRAGMA table_info(outbox)")
            }
            assert conn.execute("SELECT count(*) FROM outbox").fetchone() == (3,)
        conn.close()
        downgrade(store.engine, "0007")  # and back: the ops stay, only the column goes
        with store.engine.connect() as conn:
            assert [
                dict(row)
                for row in conn.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings()
            ] == [dict(row) for row in before]
    finally:
        store.close()
