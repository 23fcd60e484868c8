"""Column types and sync columns behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from jeweldesk.domain.ids import new_id
from jeweldesk.domain.vocab import NameOrder, PurchaseChannel
from jeweldesk.storage.models import Base, Client, Purchase, Store, synced_tables
from jeweldesk.storage.types import Amount, UTCDateTime

SHANGHAI = ZoneInfo("Asia/Shanghai")
SYNC_COLUMNS = {"id", "updated_hlc", "updated_by_device", "server_version", "deleted"}


@pytest.fixture
def engine(upgraded_engine) -> Engine:
    return upgraded_engine


def add_store(session: Session, code: str = "SH01") -> Store:
    store = Store(
        code=code, name="Shanghai", country="CN", timezone="Asia/Shanghai", currency="CNY"
    )
    session.add(store)
    session.flush()
    return store


def make_client(store: Store, created_at: dt.datetime) -> Client:
    return Client(
        home_store_id=store.id,
        name_order=NameOrder.FAMILY_FIRST,
        name_local="王美玲",
        created_at=created_at,
    )


def make_purchase(client: Client, store: Store, total) -> Purchase:
    return Purchase(
        client_id=client.id,
        store_id=store.id,
        purchased_at=dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC),
        channel=PurchaseChannel.STORE,
        total=total,
        currency="CNY",
    )


# --- UTCDateTime ------------------------------------------------------------------


def test_naive_datetime_is_refused(engine):
    with Session(engine) as session:
        store = add_store(session)
        session.add(make_client(store, dt.datetime(2024, 5, 20, 14, 30)))
        with pytest.raises(StatementError) as excinfo:
            session.flush()
        assert isinstance(excinfo.value.orig, ValueError)
        assert "naive datetime" in str(excinfo.value.orig)


def test_naive_datetime_is_refused_by_the_type_itself():
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(dt.datetime(2024, 1, 1), None)


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(2024, 5, 20, 14, 30, 5, 123456, tzinfo=SHANGHAI),
        dt.datetime(2024, 1, 1, 0, 30, tzinfo=SHANGHAI),  # still 2023 in UTC
        dt.datetime(2024, 3, 31, 3, 30, tzinfo=ZoneInfo("Europe/Paris")),  # just after DST
        dt.datetime(2024, 7, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-9, minutes=-30))),
    ],
    ids=["shanghai", "shanghai-new-year", "paris-dst", "odd-offset"],
)
def test_aware_datetime_round_trips_as_utc(engine, moment):
    with Session(engine) as session, session.begin():
        store = add_store(session)
        client = make_client(store, moment)
        session.add(client)
        session.flush()
        client_id = client.id

    with Session(engine) as session:
        loaded = session.get(Client, client_id).created_at
        raw = session.execute(
            text("SELECT created_at FROM clients WHERE name_local = '王美玲'")
        ).scalar_one()

    assert loaded.tzinfo is not None
    assert loaded.utcoffset() == dt.timedelta(0)
    assert loaded == moment
    assert loaded.astimezone(moment.tzinfo) == moment
    assert loaded.astimezone(moment.tzinfo).replace(tzinfo=None) == moment.replace(tzinfo=None)
    # What is stored is the UTC instant.
    utc_wall = moment.astimezone(dt.UTC).replace(tzinfo=None)
    if engine.dialect.name == "sqlite":
        assert dt.datetime.fromisoformat(raw) == utc_wall
    else:
        assert raw == moment


def test_datetime_none_stays_none(engine):
    with Session(engine) as session, session.begin():
        store = add_store(session)
        client = make_client(store, dt.datetime(2024, 5, 20, tzinfo=SHANGHAI))
        session.add(client)
        session.flush()
        client_id = client.id
    with Session(engine) as session:
        assert session.get(Client, client_id).erased_at is None


# --- Amount -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    ["1250.10", "0.01", "-350.00", "999999999999.99", "0.00"],
)
def test_amount_keeps_decimals_exact(engine, amount):
    value = Decimal(amount)
    with Session(engine) as session, session.begin():
        store = add_store(session)
        client = make_client(store, dt.datetime(2024, 5, 20, tzinfo=SHANGHAI))
        session.add(client)
        session.flush()
        purchase = make_purchase(client, store, value)
        session.add(purchase)
        session.flush()
        purchase_id = purchase.id

    with Session(engine) as session:
        total = session.get(Purchase, purchase_id).total

    assert isinstance(total, Decimal)
    assert total == value
    assert str(total) == amount  # the scale too: 1250.10, not 1250.1 or 1250.0999…


def test_amounts_add_up_exactly(engine):
    """Three 0.10s are 0.30: a float round trip would say 0.30000000000000004."""
    with Session(engine) as session, session.begin():
        store = add_store(session)
        client = make_client(store, dt.datetime(2024, 5, 20, tzinfo=SHANGHAI))
        session.add(client)
        session.flush()
        session.add_all([make_purchase(client, store, Decimal("0.10")) for _ in range(3)])
    with Session(engine) as session:
        totals = session.scalars(select(Purchase.total)).all()
    assert sum(totals, Decimal(0)) == Decimal("0.30")
    assert all(isinstance(t, Decimal) for t in totals)


def test_amount_refuses_floats(engine):
    with Session(engine) as session:
        store = add_store(session)
        client = make_client(store, dt.datetime(2024, 5, 20, tzinfo=SHANGHAI))
        session.add(client)
        session.flush()
        session.add(make_purchase(client, store, 1250.10))
        with pytest.raises(StatementError) as excinfo:
            session.flush()
        assert isinstance(excinfo.value.orig, TypeError)
        assert "float" in str(excinfo.value.orig)


def test_amount_refuses_floats_in_the_type_itself():
    with pytest.raises(TypeError, match="float"):
        Amount().process_bind_param(0.1, None)


# --- sync columns and ids ---------------------------------------------------------


def test_synced_tables_are_listed():
    tables = synced_tables()
    assert {"clients", "stores", "purchases", "contact_points"} <= set(tables)
    assert "settings" not in tables and "search_keys" not in tables


@pytest.mark.parametrize("table", synced_tables())
def test_synced_table_has_the_sync_columns_in_the_models(table):
    columns = Base.metadata.tables[table].c
    assert SYNC_COLUMNS <= set(columns.keys())
    assert columns["id"].primary_key
    assert [c.name for c in Base.metadata.tables[table].primary_key] == ["id"]
    assert not columns["deleted"].nullable
    assert columns["server_version"].nullable


def test_synced_tables_have_the_sync_columns_in_the_database(engine):
    inspector = inspect(engine)
    for table in synced_tables():
        columns = {c["name"]: c for c in inspector.get_columns(table)}
        missing = SYNC_COLUMNS - set(columns)
        assert not missing, f"{table} lacks {missing}"
        assert inspector.get_pk_constraint(table)["constrained_columns"] == ["id"]
        assert columns["deleted"]["nullable"] is False


def test_sync_columns_defaults(engine):
    with Session(engine) as session, session.begin():
        store = add_store(session)
        store_id = store.id
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT updated_hlc, updated_by_device, server_version, deleted FROM stores")
        ).one()
    assert (row.updated_hlc, row.updated_by_device, row.server_version) == ("", "", None)
    assert row.deleted in (False, 0) and not row.deleted  # SQLite has no boolean type
    with Session(engine) as session:
        assert session.get(Store, store_id).deleted is False


def test_ids_are_uuid7_in_creation_order(engine):
    with Session(engine) as session, session.begin():
        made = []
        for n in range(20):
            store = add_store(session, code=f"S{n:02d}")  # one flush each: ids made in turn
            made.append(store.id)

    assert all(isinstance(i, uuid.UUID) and i.version == 7 for i in made)
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    # The database orders them the same way (UUID on PostgreSQL, hex text on SQLite).
    with Session(engine) as session:
        stored = session.scalars(select(Store.id).order_by(Store.id)).all()
    assert stored == made
    assert all(i.version == 7 for i in stored)


def test_new_id_is_monotonic_within_a_millisecond():
    ids = [new_id() for _ in range(5000)]
    assert all(i.version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
