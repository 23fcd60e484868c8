"""Alembic environment for JewelDesk, run at start-up by `storage.db` and by head office.

The caller passes an open connection in `config.attributes["connection"]`; the
command line (`alembic -x url=…`) is supported for developers generating revisions.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from jeweldesk.storage.models import Base

config = context.config
target_metadata = Base.metadata

# Tables that are not the models' business: SQLite's FTS5 index and its shadow tables.
FTS_TABLES = {"client_search"}


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table" and name and (name in FTS_TABLES or name.startswith("client_search_")):
        return False
    return True


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.begin() as conn:
        run_with(conn)


run_online()
