"""Changes a real head office refuses, written the way a tampered tablet or an older
app would (past the device's own checks), then pushed: the device keeps each in its
outbox with head office's reason. Shared by the sync and the UI tests."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal

from sqlalchemy import text

from jeweldesk.services.base import unit_of_work
from jeweldesk.storage import models as m

OVER_LONG_TITLE = "Madame la Présidente-Directrice"  # clients.title holds 20 characters


def recorded_purchase(desk, client_id, total: str = "1000") -> m.Purchase:
    """A purchase written whole in one insert, as a POS feed would."""
    with unit_of_work(desk) as work:
        purchase = m.Purchase(
            client_id=client_id,
            store_id=desk.home_store_id,
            advisor_id=desk.acting_staff_id,
            purchased_at=dt.datetime.now(dt.UTC),
            channel="store",
            total=Decimal(total),
            currency="CNY",
        )
        work.session.add(purchase)
    return purchase


def edit_recorded_purchase(desk, purchase_id, total: str = "1.00") -> None:
    """A purchase's total changed after it was recorded: head office refuses it."""
    with desk.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE purchases SET total = :t, updated_hlc = :h WHERE id = :i"),
            {"t": total, "h": desk.clock.now().encode(), "i": purchase_id.hex},
        )


def give_an_over_long_title(desk, client_id) -> None:
    """A title longer than head office's column holds (SQLite keeps it)."""
    with desk.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE clients SET title = :t, updated_hlc = :h WHERE id = :i"),
            {"t": OVER_LONG_TITLE, "h": desk.clock.now().encode(), "i": client_id.hex},
        )


def put_in_a_colleagues_book(desk, advisor_id, client_id) -> None:
    """A client put in another advisor's book, past the service's check."""
    session = desk.store.session()
    session.info["desk"] = desk
    with session.begin():
        session.add(m.BookEntry(advisor_id=advisor_id, client_id=client_id, since=dt.date.today()))


def give_a_nul_greeting(desk, client_id) -> None:
    """A greeting with a NUL character in it: SQLite keeps it, PostgreSQL cannot."""
    with desk.store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE clients SET greeting_name = 'Mrs' || char(0) || 'Wang', updated_hlc = :h WHERE id = :i"
            ),
            {"h": desk.clock.now().encode(), "i": client_id.hex},
        )


def write_to_another_stores_client(desk, client_id) -> None:
    """A change to a client of another store, which this device never received: put
    straight in its outbox, as a tampered tablet would."""
    with desk.store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, hlc, schema_version, created_at) "
                "VALUES (:o, 'clients', :i, 'update', :f, :h, (SELECT version_num FROM alembic_version), "
                "strftime('%Y-%m-%d %H:%M:%f', 'now'))"
            ),
            {
                "o": uuid.uuid4().hex,
                "i": client_id.hex,
                "f": json.dumps({"greeting_name": ["", "Madame"]}),
                "h": desk.clock.now().encode(),
            },
        )


def add_a_client_with_an_over_long_title(desk, like_id) -> uuid.UUID:
    """A new client, copied from `like_id` but with a title longer than head office's
    column holds, written in one insert (the app's own check refuses it)."""
    columns = [
        c
        for c in m.Base.metadata.tables["clients"].c.keys()
        if c not in ("id", "title", "updated_hlc")
    ]
    new = uuid.uuid4()
    listed = ", ".join(f'"{c}"' for c in columns)
    with desk.store.engine.begin() as conn:
        conn.execute(
            text(
                f"INSERT INTO clients (id, title, updated_hlc, {listed}) "
                f"SELECT :n, :t, :h, {listed} FROM clients WHERE id = :i"
            ),
            {"n": new.hex, "t": OVER_LONG_TITLE, "h": desk.clock.now().encode(), "i": like_id.hex},
        )
    return new
