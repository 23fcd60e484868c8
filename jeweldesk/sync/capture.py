"""Change capture on the device: SQLite triggers, generated from the models, write an
outbox row in the same transaction as every write to a synced table, whichever path
made it (services, bulk SQL, data migrations), with the person signed in on the device
(`sync_flags.actor`, set by `Desk.act_as`).

Applying pulled changes sets `sync_flags.applying = 1` inside the applying
transaction; the triggers skip those writes so pulled rows are not queued again."""

from __future__ import annotations

from sqlalchemy import Connection, text

from jeweldesk.protocol.wire import data_columns
from jeweldesk.storage.models import synced_tables

OP_ID = "lower(hex(randomblob(16)))"
GUARD = "(SELECT applying FROM sync_flags WHERE id = 1) = 0"


def _json_row(prefix: str, columns: list[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in columns) + ")"


def _changed_fields(columns: list[str]) -> str:
    """JSON object {field: [old, new]} of the columns whose value changed."""
    parts = " UNION ALL ".join(
        f'SELECT \'{c}\' AS k, json_array(OLD."{c}", NEW."{c}") AS v WHERE OLD."{c}" IS NOT NEW."{c}"'
        for c in columns
        if c != "id"
    )
    return f"(SELECT json_group_object(k, json(v)) FROM ({parts}))"


def _has_change(columns: list[str]) -> str:
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns if c != "id")


def trigger_ddl(table: str) -> list[str]:
    columns = data_columns(table)
    values = [c for c in columns if c != "id"]
    insert_fields = (
        "(SELECT json_group_object(key, json_array(NULL, value)) FROM json_each("
        + _json_row("NEW", values)
        + "))"
    )
    common = "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, hlc, schema_version, created_at, actor)"
    schema = "(SELECT version_num FROM alembic_version LIMIT 1)"
    actor = "(SELECT actor FROM sync_flags WHERE id = 1)"
    return [
        f"DROP TRIGGER IF EXISTS sync_{table}_insert",
        f"DROP TRIGGER IF EXISTS sync_{table}_update",
        f"DROP TRIGGER IF EXISTS sync_{table}_delete",
        f"""CREATE TRIGGER sync_{table}_insert AFTER INSERT ON "{table}" WHEN {GUARD}
        BEGIN {common} VALUES ({OP_ID}, '{table}', NEW.id, 'insert', {insert_fields},
            NEW.updated_hlc, {schema}, strftime('%Y-%m-%d %H:%M:%f', 'now'), {actor}); END""",
        f"""CREATE TRIGGER sync_{table}_update AFTER UPDATE ON "{table}" WHEN {GUARD} AND ({_has_change(columns)})
        BEGIN {common} VALUES ({OP_ID}, '{table}', NEW.id, 'update', {_changed_fields(columns)},
            NEW.updated_hlc, {schema}, strftime('%Y-%m-%d %H:%M:%f', 'now'), {actor}); END""",
        f"""CREATE TRIGGER sync_{table}_delete AFTER DELETE ON "{table}" WHEN {GUARD}
        BEGIN {common} VALUES ({OP_ID}, '{table}', OLD.id, 'delete', json_object('deleted', json_array(OLD.deleted, 1)),
            OLD.updated_hlc, {schema}, strftime('%Y-%m-%d %H:%M:%f', 'now'), {actor}); END""",
    ]


def install_triggers(conn: Connection) -> None:
    """(Re)create the capture triggers for every synced table. Run after each
    migration, so a new column is captured from the moment it exists."""
    conn.execute(text("INSERT OR IGNORE INTO sync_flags (id, applying) VALUES (1, 0)"))
    # Applying is only ever set inside a transaction; a committed 1 is left over from an
    # interrupted bulk load and would silence capture for good.
    conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))
    for table in synced_tables():
        for statement in trigger_ddl(table):
            conn.execute(text(statement))
