"""A service-recovery case on two devices of one store and head office (SQLite and
PostgreSQL): the advisor opens it on the counter tablet with a sensitive note; it
appears on the back-office PC, where the store manager reads the note, involves
themself and resolves the case; the resolution syncs back to the tablet, which sees
that a sensitive note exists but not what it says to another advisor. Head office
keeps the note."""

from __future__ import annotations

from sqlalchemy import select

from jeweldesk.domain.vocab import CaseStatus
from jeweldesk.headoffice import admin
from jeweldesk.storage import models as m
from tests.sync.helpers import assert_applied_once, assert_converged, ho_count

SECRET = "Client's husband must not hear of this purchase"


def _staff(headoffice, desk) -> tuple:
    admin.add_staff(
        headoffice.store,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    admin.add_staff(
        headoffice.store,
        email="second@sh01.example",
        name="Zhou Jie",
        role="advisor",
        store_code="SH01",
        pin="1357",
    )
    desk.sync.sync()
    people = {p.email: p for p, _ in desk.directory.staff("SH01")}
    return people["manager@sh01.example"], people["second@sh01.example"]


def test_a_case_opened_on_one_device_is_resolved_on_another(headoffice, make_device) -> None:
    ho = headoffice.store
    tablet = make_device("SH01")
    pc = make_device("SH01")
    manager, other_advisor = _staff(headoffice, tablet)
    advisor_id = tablet.acting_staff_id
    client = tablet.clients.create(family_name="Wang", given_name="Xinyu").value
    case = tablet.cases.open(
        client.id, "Engraving misspelt", channel="phone", severity="high", sensitive_note=SECRET
    ).value
    tablet.cases.respond(case.id, apology="Apologised on the phone")
    assert tablet.sync.sync().rejected == 0

    pc.sync.sync()
    pc.act_as(manager.id)
    seen = pc.cases.get(case.id)
    assert seen.case.complaint == "Engraving misspelt" and seen.case.sensitive_note == SECRET
    assert [v.id for v in pc.cases.open_cases()] == [case.id]
    pc.cases.respond(case.id, gesture="Re-engraving", gesture_value="800", manager_id=manager.id)
    pc.cases.resolve(case.id, "Re-engraved at no cost")
    report = pc.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0, report

    tablet.sync.sync()
    back = tablet.cases.get(case.id).case
    assert back.status is CaseStatus.RESOLVED and back.resolution == "Re-engraved at no cost"
    assert back.manager_id == manager.id and back.gesture == "Re-engraving"
    assert back.sensitive_note == SECRET  # its author still reads it
    tablet.act_as(other_advisor.id)
    other = tablet.cases.get(case.id)
    assert other.sensitive_withheld and other.case.sensitive_note == ""
    tablet.act_as(advisor_id)

    with ho.engine.connect() as conn:
        row = conn.execute(
            select(m.ServiceCase.__table__).where(m.ServiceCase.__table__.c.id == case.id)
        ).one()
        assert row.sensitive_note == SECRET and row.status == "resolved"
        assert row.first_response_at is not None and row.resolved_at is not None
    assert ho_count(ho, "sync_conflicts", "WHERE entity_id = :i", {"i": case.id}) == 0
    assert_converged(ho, [tablet, pc], "SH01")
    assert_applied_once(ho)


def test_two_devices_working_one_case_offline_lose_nothing(headoffice, make_device) -> None:
    """The tablet records the first response while the PC, offline too, resolves the
    case at once: the response and the resolution both arrive; the PC's status and
    time of first response, which the tablet's changed first, wait for review as
    conflicts instead of being dropped or silently overwritten."""
    ho = headoffice.store
    tablet = make_device("SH01")
    pc = make_device("SH01")
    client = tablet.clients.create(family_name="Zhang", given_name="Min").value
    case = tablet.cases.open(client.id, "Wrong stone set").value
    tablet.sync.sync()
    pc.sync.sync()

    tablet.cases.respond(case.id, apology="Called the client back")
    pc.cases.resolve(case.id, "Stone replaced with the one ordered")
    assert tablet.sync.sync().conflicts == 0
    report = pc.sync.sync()
    assert report.rejected == 0 and report.conflicts > 0, report
    tablet.sync.sync()

    for desk in (tablet, pc):
        got = desk.cases.get(case.id).case
        assert got.apology == "Called the client back"
        assert got.resolution == "Stone replaced with the one ordered"
        assert got.resolved_at is not None
        kept = {c.field for c in desk.conflicts.open() if c.entity_id == case.id}
        assert "status" in kept
    assert ho_count(ho, "sync_conflicts", "WHERE entity_id = :i", {"i": case.id}) >= 1
    assert_converged(ho, [tablet, pc], "SH01")
    assert_applied_once(ho)


def test_head_office_refuses_a_sensitive_note_or_a_closing_by_the_wrong_person(
    headoffice, make_device
) -> None:
    """A device that lets another advisor past its own check (an older or altered
    build) gets the op refused at head office: the note and the status stay as head
    office holds them; the manager's closing is applied."""
    from jeweldesk.services.base import unit_of_work

    ho = headoffice.store
    tablet = make_device("SH01")
    manager, other_advisor = _staff(headoffice, tablet)
    client = tablet.clients.create(family_name="Li", given_name="Wen").value
    case = tablet.cases.open(client.id, "Late delivery", sensitive_note=SECRET).value
    tablet.cases.resolve(case.id, "Delivered by hand")
    assert tablet.sync.sync().rejected == 0

    tablet.act_as(other_advisor.id)
    with unit_of_work(tablet) as work:  # straight past desk.cases' rules
        row = work.session.get(m.ServiceCase, case.id)
        row.sensitive_note = "Rewritten by someone else"
    with unit_of_work(tablet) as work:
        work.session.get(m.ServiceCase, case.id).status = CaseStatus.CLOSED
    report = tablet.sync.sync()
    assert report.rejected == 2, report

    def at_head_office():
        with ho.engine.connect() as conn:
            t = m.ServiceCase.__table__
            return conn.execute(
                select(t.c.sensitive_note, t.c.status).where(t.c.id == case.id)
            ).one()

    note, status = at_head_office()
    assert note == SECRET and str(getattr(status, "value", status)) == "resolved"

    tablet.act_as(manager.id)
    with unit_of_work(tablet) as work:  # what desk.cases.close writes
        work.session.get(m.ServiceCase, case.id).status = CaseStatus.CLOSED
    assert tablet.sync.sync().rejected == 0
    note, status = at_head_office()
    assert note == SECRET and str(getattr(status, "value", status)) == "closed"
