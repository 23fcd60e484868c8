"""Service jobs between two devices of one store and head office (SQLite and
PostgreSQL): a piece taken in on one device, with its receipt, is seen on the other
after sync; the other moves it on, and the first sees each step; the job numbers of
two devices never meet; another store's device never holds the job."""

from __future__ import annotations

import datetime as dt

from jeweldesk.domain.vocab import ServiceStatus
from tests.sync.helpers import assert_applied_once, assert_converged, ho_count

SIGNED = "M10 20 L30 40 L55 42 M60 20 L90 25"


def _take_in(desk, client_id, piece_id=None, **kw):
    args = dict(
        kind="resize",
        intake_condition="Light scratches",
        signature=SIGNED,
        estimate="800",
        ready_by=dt.date.today() + dt.timedelta(days=10),
    )
    if piece_id is None:
        args["new_piece"] = "Solitaire ring, platinum"
    else:
        args["owned_piece_id"] = piece_id
    return desk.service.intake(client_id, **(args | kw)).value


def test_a_job_and_each_of_its_steps_reach_the_other_device(headoffice, make_device):
    a = make_device("SH01")
    b = make_device("SH01")
    hk = make_device("HK01")
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    taken = _take_in(a, client.id)
    receipt = a.documents.service_receipt(taken.job.id).value.document
    report = a.sync.sync()
    assert report.rejected == 0 and report.conflicts == 0, report

    b.sync.sync()
    seen = b.service.get(taken.job.id)
    assert seen == a.service.get(taken.job.id)
    assert seen.status is ServiceStatus.RECEIVED and seen.signature_svg == SIGNED
    assert seen.owned_piece_id == taken.piece.id
    assert [j.id for j in b.service.for_piece(taken.piece.id)] == [taken.job.id]
    assert b.documents.by_number(receipt.number) is not None
    assert b.service.get(taken.job.number).id == taken.job.id  # by its printed number

    # B sends it to the workshop and marks it ready; A sees both steps.
    b.service.send_to_workshop(taken.job.id)
    b.sync.sync()
    a.sync.sync()
    assert a.service.get(taken.job.id).status is ServiceStatus.IN_WORKSHOP
    b.service.mark_ready(taken.job.id)
    b.sync.sync()
    a.sync.sync()
    ready = a.service.get(taken.job.id)
    assert ready.status is ServiceStatus.READY and ready.ready_at is not None
    assert ready.sent_to_workshop_at is not None
    assert a.service.open_at_store()[0].id == taken.job.id  # ready first

    # A hands it back; B sees the collection, who handed it over and when.
    a.service.collect(taken.job.id, "Delighted")
    a.documents.collection_slip(taken.job.id)
    a.sync.sync()
    b.sync.sync()
    done = b.service.get(taken.job.id)
    assert done.status is ServiceStatus.COLLECTED and done.closing_note == "Delighted"
    assert done.collected_by_id == a.acting_staff_id and done.collected_at is not None

    # Another store's device does not hold the job.
    hk.sync.sync()
    assert hk.service.open_at_store() == []
    assert ho_count(headoffice.store, "service_jobs") == 1
    assert_converged(headoffice.store, [a, b], "SH01")
    assert_applied_once(headoffice.store)


def test_two_offline_devices_number_their_jobs_apart(headoffice, make_device):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="李小龙").value
    a.sync.sync()
    b.sync.sync()
    numbers = {_take_in(a, client.id).job.number, _take_in(b, client.id).job.number}
    numbers.add(_take_in(a, client.id).job.number)
    assert len(numbers) == 3
    a.sync.sync()
    b.sync.sync()
    a.sync.sync()
    assert {j.number for j in a.service.for_client(client.id)} == numbers
    assert {j.number for j in b.service.for_client(client.id)} == numbers


def test_the_same_step_on_two_offline_devices_keeps_one_and_shows_the_other(
    headoffice, make_device
):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲").value
    job = _take_in(a, client.id).job
    a.service.send_to_workshop(job.id)
    a.sync.sync()
    b.sync.sync()
    # Both mark it ready while offline: the status agrees; the time first to arrive is
    # kept, the other shown for review, nothing lost.
    a.service.mark_ready(job.id)
    b.service.mark_ready(job.id)
    assert a.sync.sync().rejected == 0
    report = b.sync.sync()
    assert report.rejected == 0
    a.sync.sync()
    for desk in (a, b):
        assert desk.service.get(job.id).status is ServiceStatus.READY
    assert a.service.get(job.id).ready_at == b.service.get(job.id).ready_at
    assert report.conflicts <= 1


def test_two_different_steps_offline_keep_the_first_whole_and_show_the_other(
    headoffice, make_device
):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲").value
    job = _take_in(a, client.id).job
    a.sync.sync()
    b.sync.sync()
    # A sends the piece to the workshop; B, offline, hands it back unrepaired.
    a.service.send_to_workshop(job.id)
    b.service.return_unrepaired(job.id, "Client changed her mind")
    assert a.sync.sync().conflicts == 0
    report = b.sync.sync()
    assert report.rejected == 0 and report.conflicts == 1, report
    a.sync.sync()
    for desk in (a, b):
        kept = desk.service.get(job.id)
        # The first step whole: no "returned" time or reason on a job at the workshop.
        assert kept.status is ServiceStatus.IN_WORKSHOP and kept.sent_to_workshop_at
        assert kept.returned_at is None and kept.closing_note == ""
    review = {(c.field, str(c.mine)) for c in b.conflicts.open() if c.entity == "service_jobs"}
    assert ("status", "returned") in review
    assert ("closing_note", "Client changed her mind") in review


def test_head_office_refuses_a_job_taken_in_in_the_name_of_someone_not_at_the_counter(
    headoffice, make_device
):
    """The device's rule applied again at head office to the person an op names: a job
    written for a head-office person (past the device's service, as a bulk write would)
    is refused and never reaches the store's other devices."""
    from jeweldesk.headoffice import admin
    from jeweldesk.services.base import unit_of_work
    from jeweldesk.storage import models as m

    office = admin.add_staff(
        headoffice.store,
        email="office@ho.example",
        name="Office",
        role="head_office",
        store_code=None,
        pin="2468",
    )
    import uuid

    def uuid_of(value):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))

    colleague = admin.add_staff(
        headoffice.store,
        email="zhou.jie@sh01.example",
        name="Zhou Jie",
        role="advisor",
        store_code="SH01",
        pin="2468",
    )
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲").value
    a.sync.sync()
    advisor = a.acting_staff_id
    a.act_as(uuid_of(office["id"]))
    with unit_of_work(a) as work:
        work.session.add(
            m.ServiceJob(
                client_id=client.id,
                store_id=a.home_store_id,
                number="X",
                kind="cleaning",
                status="received",
                received_at=dt.datetime.now(dt.UTC),
                currency="CNY",
            )
        )
    report = a.sync.sync()
    assert report.rejected == 1, report
    a.act_as(advisor)
    b.sync.sync()
    assert b.service.for_client(client.id) == []
    assert ho_count(headoffice.store, "service_jobs") == 0
    # Cancelling someone else's job as an advisor is refused there too.
    job = _take_in(a, client.id).job
    a.sync.sync()
    b.sync.sync()
    b.act_as(uuid_of(colleague["id"]))
    with unit_of_work(b) as work:
        row = work.session.get(m.ServiceJob, job.id)
        row.status, row.closing_note = "cancelled", "mine now"
    assert b.sync.sync().rejected == 1
    assert b.service.get(job.id).status is ServiceStatus.RECEIVED  # pulled back
