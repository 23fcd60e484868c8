"""A client's erasure through sync, against a real head office on SQLite and
PostgreSQL: the store that erases, the other devices that pull it, and an offline
device whose edits from before it heard of the erasure must not bring anything back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from jeweldesk.headoffice import admin
from jeweldesk.storage.models import Base
from tests.sync.helpers import assert_applied_once, assert_converged, hex_id

NAME = "Quillfeather"
PHONE = "13911112222"
NOTE = "Collects Quillfeather cameos, ask about the brooch"
LATE_GREETING = "Dear Mrs Quillfeather-Late"
LATE_NOTE = "Offline remark written before the erasure arrived"
LATE_PHONE = "13955556666"
PERSONAL = (NAME, PHONE, NOTE, LATE_GREETING, LATE_NOTE, LATE_PHONE)


def _erase_while_b_is_offline(headoffice, a, b, client_id) -> None:
    """A's manager erases the client and syncs; then B, back online with its offline
    edits, syncs (nothing rejected, no conflict parked), and A pulls what B sent."""
    _manager(headoffice, a)
    a.privacy.erase(client_id, "written request")
    a.sync.sync()
    report = b.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0, report
    a.sync.sync()


def _manager(headoffice, desk):
    admin.add_staff(
        headoffice.store,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    desk.sync.sync()
    manager = next(p for p, _ in desk.directory.staff("SH01") if p.role == "store_manager")
    desk.act_as(manager.id)


def _headoffice_text(ho_store) -> str:
    """Every value head office holds in any table, as one string."""
    parts = []
    with ho_store.engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            if t.name in ("client_search",):
                continue
            for row in conn.execute(select(t)):
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def _device_bytes(desk) -> bytes:
    path = Path(desk.path)
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _device_text(desk) -> str:
    parts = []
    with desk.store.engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            parts += [repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{t.name}"'))]
    return "\n".join(parts)


def _assert_gone(where: str, haystack: str) -> None:
    for personal in PERSONAL:
        assert personal not in haystack, f"{personal!r} still in {where}"


def test_erasure_reaches_head_office_and_every_device(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    hk = make_device("HK01")
    client = a.clients.create(family_name=NAME, given_name="Iris", phones=[f"+86 {PHONE}"]).value
    a.notes.add(client.id, NOTE)
    a.sync.sync()
    b.sync.sync()
    assert [c["id"] for c in hk.sync.fetch_client(f"+86 {PHONE}")] == [client.id.hex]
    assert b.clients.get(client.id).family_name == NAME

    _manager(headoffice, a)
    a.privacy.erase(client.id, "written request")
    report = a.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0, report
    for desk in (b, hk):
        desk.sync.sync()

    for desk in (a, b, hk):
        got = desk.clients.get(client.id)
        assert (
            got.erased_at is not None
            and got.family_name == ""
            and got.name_romanised.startswith("Erased client")
        )
        assert desk.clients.search(NAME) == [] and desk.clients.search(PHONE) == []
        _assert_gone(f"device {desk.device_id}", _device_text(desk))
        assert NAME.encode() not in _device_bytes(desk) and PHONE.encode() not in _device_bytes(
            desk
        )
    _assert_gone("head office", _headoffice_text(ho))
    assert_converged(ho, [a, b], "SH01")
    assert_converged(ho, [hk], "HK01")
    assert_applied_once(ho)


def test_offline_edit_from_before_the_erasure_does_not_bring_data_back(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(family_name=NAME, given_name="Iris", phones=[f"+86 {PHONE}"]).value
    a.notes.add(client.id, NOTE)
    a.sync.sync()
    b.sync.sync()

    # B is offline and edits the client: greeting, a new note, a new phone.
    b.clients.update(client.id, greeting_name=LATE_GREETING)
    b.notes.add(client.id, LATE_NOTE)
    b.clients.add_contact(client.id, "phone", f"+86 {LATE_PHONE}")
    # Meanwhile A's manager erases the client and syncs.
    _erase_while_b_is_offline(headoffice, a, b, client.id)

    for desk in (a, b):
        got = desk.clients.get(client.id)
        assert got.erased_at is not None and got.greeting_name == "" and got.family_name == ""
        _assert_gone(f"device {desk.device_id}", _device_text(desk))
        for personal in (NAME, PHONE, LATE_PHONE, LATE_NOTE):
            assert personal.encode() not in _device_bytes(desk), personal
    _assert_gone("head office", _headoffice_text(ho))
    conflicts = Base.metadata.tables["sync_conflicts"]
    with ho.engine.connect() as conn:
        held = conn.execute(select(conflicts).where(conflicts.c.deleted.is_(False))).all()
    assert held == []
    with b.store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == 0
        live_notes = conn.execute(
            text("SELECT count(*) FROM notes WHERE client_id = :c AND deleted = 0"),
            {"c": hex_id(client.id)},
        ).scalar()
    assert live_notes == 0
    assert_converged(ho, [a, b], "SH01")
    assert_applied_once(ho)


def test_client_created_and_erased_offline_reaches_head_office_anonymised(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    _manager(headoffice, a)
    # Offline: a new client, a note, an edit, a purchase-free record… then erased, all
    # before the first push: head office only ever sees the anonymised rows.
    client = a.clients.create(family_name=NAME, given_name="Iris", phones=[f"+86 {PHONE}"]).value
    a.notes.add(client.id, NOTE)
    a.clients.update(client.id, greeting_name=LATE_GREETING)
    a.privacy.erase(client.id, "written request")
    report = a.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0, report
    _assert_gone("head office", _headoffice_text(ho))
    clients = Base.metadata.tables["clients"]
    with ho.engine.connect() as conn:
        row = conn.execute(select(clients).where(clients.c.id == client.id)).mappings().one()
    assert row["erased_at"] is not None and row["family_name"] == ""
    assert_converged(ho, [a], "SH01")


def test_another_clients_relationship_naming_the_erased_client_stays_blank(headoffice, make_device):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(family_name=NAME, given_name="Iris", phones=[f"+86 {PHONE}"]).value
    husband = a.clients.create(family_name="Oakridge", given_name="Tom").value
    link = a.relationships.add(
        husband.id, "spouse", f"Iris {NAME}", related_client_id=client.id
    ).value
    a.sync.sync()
    b.sync.sync()

    # B, offline, adds to the husband's note about his wife; A erases her meanwhile.
    with b.store.sessions.begin() as s:
        from jeweldesk.storage.models import Relationship

        s.get(Relationship, link.id).note = LATE_NOTE
    _erase_while_b_is_offline(headoffice, a, b, client.id)

    _assert_gone("head office", _headoffice_text(ho))
    for desk in (a, b):
        _assert_gone(f"device {desk.device_id}", _device_text(desk))
        assert desk.clients.get(husband.id).family_name == "Oakridge"
    assert_converged(ho, [a, b], "SH01")


def test_head_office_takes_an_erasure_only_from_a_manager_signed_in_on_the_device(
    headoffice, make_device
):
    """The device refuses an advisor's erasure; head office refuses one too, whatever
    a tampered tablet sends: no one, an advisor, or another store's manager."""
    ho = headoffice.store
    paris_manager = admin.add_staff(
        ho,
        email="manager@pa01.example",
        name="Claire Roux",
        role="store_manager",
        store_code="PA01",
        pin="2468",
    )["id"]
    a = make_device("SH01")
    clients = [
        a.clients.create(
            family_name=f"{NAME}{n}", given_name="Iris", phones=[f"1391111{n:04d}"]
        ).value
        for n in range(3)
    ]
    a.sync.sync()
    advisor = a.acting_staff_id

    for client, actor in zip(clients, (None, advisor, paris_manager), strict=True):
        a.act_as(actor)
        with a.store.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE clients SET erased_at = '2026-11-30 06:00:00.000000', updated_hlc = :h WHERE id = :i"
                ),
                {"h": a.clock.now().encode(), "i": hex_id(client.id)},
            )
            recorded = conn.execute(
                text("SELECT actor FROM outbox ORDER BY device_seq DESC LIMIT 1")
            ).scalar_one()
        assert recorded == (actor.hex if actor else "")
    report = a.sync.sync()
    assert report.rejected == 3
    assert set(report.rejected_reasons) == {
        "erasing a client needs a store manager of this store or head office signed in on the device"
    }
    with ho.engine.connect() as conn:
        erased = conn.execute(select(Base.metadata.tables["clients"].c.erased_at)).scalars().all()
    assert erased == [None, None, None]
    a.sync.sync()  # and the device takes the clients back as head office keeps them
    with a.store.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM clients WHERE erased_at IS NOT NULL")
            ).scalar_one()
            == 0
        )

    _manager(headoffice, a)  # SH01's own manager, signed in: head office erases
    a.privacy.erase(clients[0].id, "written request")
    assert a.sync.sync().rejected == 0
    with ho.engine.connect() as conn:
        t = Base.metadata.tables["clients"]
        assert (
            conn.execute(select(t.c.erased_at).where(t.c.id == clients[0].id)).scalar_one()
            is not None
        )
