"""Head office applies the book rule again to the person each pushed op names, against
a real head office on SQLite and PostgreSQL: book entries written past the device's
own check (a tampered tablet, an older client) are rejected one by one, and the rest
of the push goes through."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from jeweldesk.headoffice import admin
from jeweldesk.storage import models as m
from jeweldesk.storage.models import Base

ZHOU_NOT_YOURS = "Only Zhou Jie or a manager of their store can change Zhou Jie's book."
CAMILLE_ELSEWHERE = "Camille Martin works at another store: only that store can change their book."


def _colleagues(headoffice, desk) -> dict:
    """SH01's people beside the device's advisor (Li Na): a colleague, the manager and
    an advisor who has left; Paris's advisor. By name, once the device has pulled them."""
    ho = headoffice.store
    admin.add_staff(
        ho,
        email="zhou.jie@sh01.example",
        name="Zhou Jie",
        role="advisor",
        store_code="SH01",
        pin="2468",
    )
    admin.add_staff(
        ho,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    admin.add_staff(
        ho,
        email="wu.min@sh01.example",
        name="Wu Min",
        role="advisor",
        store_code="SH01",
        pin="2468",
    )
    admin.set_staff_active(ho, "wu.min@sh01.example", False)
    desk.sync.sync()
    staff = Base.metadata.tables["staff"]
    with ho.engine.connect() as conn:
        return dict(conn.execute(select(staff.c.name, staff.c.id)).all())


def _held_anyway(desk, ho, staff_id) -> None:
    """Another store's person on this device, as a tampered one could hold them (the
    row copied from head office, not captured as a change)."""
    staff = Base.metadata.tables["staff"]
    with ho.engine.connect() as conn:
        row = conn.execute(select(staff).where(staff.c.id == staff_id)).mappings().one()
    with desk.store.engine.begin() as conn:
        conn.execute(text("UPDATE sync_flags SET applying = 1 WHERE id = 1"))
        conn.execute(staff.insert().values(**row))
        conn.execute(text("UPDATE sync_flags SET applying = 0 WHERE id = 1"))


def _written_anyway(desk, advisor_id, client_id) -> None:
    """A client put in a book past the service's check, as a tampered device would."""
    session = desk.store.session()
    session.info["desk"] = desk
    with session.begin():
        session.add(m.BookEntry(advisor_id=advisor_id, client_id=client_id, since=dt.date.today()))


def _open_at_head_office(ho) -> set[tuple]:
    entries = Base.metadata.tables["book_entries"]
    with ho.engine.connect() as conn:
        return set(
            conn.execute(
                select(entries.c.advisor_id, entries.c.client_id).where(
                    entries.c.ended_at.is_(None), entries.c.deleted.is_(False)
                )
            ).all()
        )


def test_head_office_rejects_book_changes_the_person_signed_in_may_not_make(
    headoffice, make_device
):
    ho = headoffice.store
    a = make_device("SH01")
    li_na = a.acting_staff_id
    people = _colleagues(headoffice, a)
    zhou, manager, wu, camille = (
        people["Zhou Jie"],
        people["Chen Hua"],
        people["Wu Min"],
        people["Camille Martin"],
    )
    own, colleagues, handed, moved, nobody = (
        a.clients.create(family_name=n, given_name="Iris").value.id
        for n in ("Own", "Colleague", "Handed", "Moved", "Nobody")
    )
    _held_anyway(a, ho, camille)

    a.books.add(li_na, own)  # her own book: fine
    a.books.add(li_na, handed)
    _written_anyway(a, zhou, colleagues)  # an advisor filling a colleague's book
    report = a.sync.sync()
    assert report.rejected == 1 and report.rejected_reasons == [ZHOU_NOT_YOURS], report
    assert _open_at_head_office(ho) == {(li_na, own), (li_na, handed)}

    a.act_as(manager)  # the manager moves a client from Li Na's book to Zhou Jie's
    a.handover.reassign(handed, li_na, zhou, note="Prefers weekend visits")
    a.books.add(zhou, moved)
    _written_anyway(a, wu, own)  # past the device: someone who has left
    _written_anyway(a, camille, own)  # and another store's advisor
    report = a.sync.sync()
    assert report.rejected == 2, report
    assert report.rejected_reasons == [
        "Wu Min is no longer active: no client can be added to their book.",
        CAMILLE_ELSEWHERE,
    ]
    assert _open_at_head_office(ho) == {(li_na, own), (zhou, handed), (zhou, moved)}

    # An advisor taking a client out of a colleague's book, past the device: rejected,
    # and the device gets the entry back as head office keeps it.
    a.act_as(li_na)
    with a.store.sessions.begin() as s:
        entry = s.scalar(
            select(m.BookEntry).where(
                m.BookEntry.advisor_id == zhou,
                m.BookEntry.client_id == handed,
                m.BookEntry.ended_at.is_(None),
            )
        )
        entry.ended_at, entry.updated_hlc = dt.datetime.now(dt.UTC), a.clock.now().encode()
    report = a.sync.sync()
    assert report.rejected_reasons == [ZHOU_NOT_YOURS]
    a.sync.sync()
    assert handed in {r.summary.id for r in a.books.book(zhou)}

    # An older device names nobody: head office cannot tell whose book it is, but the
    # book must still be one of the store's.
    a.act_as(None)
    _written_anyway(a, zhou, nobody)
    _written_anyway(a, camille, nobody)
    assert a.sync.sync().rejected_reasons == [CAMILLE_ELSEWHERE]
    assert (zhou, nobody) in _open_at_head_office(ho)
    assert (camille, nobody) not in _open_at_head_office(ho)


def test_a_push_reads_the_people_it_names_once(headoffice, make_device):
    """Forty book changes in one push: the people they name are read together, not
    once per op."""
    from sqlalchemy import event

    ho = headoffice.store
    a = make_device("SH01")
    people = _colleagues(headoffice, a)
    clients = [a.clients.create(family_name=f"Batch{n:02d}").value.id for n in range(20)]
    a.sync.sync()
    a.act_as(people["Chen Hua"])
    for client in clients:
        a.books.add(people["Zhou Jie"], client)
        a.books.set_plan(people["Zhou Jie"], client, "Anniversary pearls")
    reads: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        if "FROM staff" in statement:
            reads.append(statement)

    event.listen(ho.engine, "before_cursor_execute", count)
    try:
        report = a.sync.sync()
    finally:
        event.remove(ho.engine, "before_cursor_execute", count)
    assert report.applied == 40 and report.rejected == 0, report
    assert 1 <= len(reads) <= 2, reads  # the advisors the ops name, then the person who made them
