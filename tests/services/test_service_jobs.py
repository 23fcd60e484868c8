"""Service jobs, rule by rule: intake from the jewellery box or a new piece, the
estimate, ready date and signature refused as typed wrong, the one-way steps, who may
do what, the job's number, erasure, and the "ready: call to collect" action."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.vocab import Role, ServiceStatus
from jeweldesk.storage import models as m

SIGNED = "M10.0 20.0 L30.5 40.0 L55.0 42.5 M60 20 L90 25"


@pytest.fixture
def client(desk):
    return desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value


@pytest.fixture
def ring(desk, client):
    return desk.jewellery_box.add_piece(client.id, "Étoile solitaire ring", metal="platinum").value


def take_in(desk, client, ring=None, **kw):
    args = dict(
        kind="resize",
        intake_condition="Light surface scratches, stones secure.",
        signature=SIGNED,
        description="Resize from 52 to 54",
        estimate="¥800",
        ready_by=dt.date.today() + dt.timedelta(days=10),
    )
    if ring is not None:
        args["owned_piece_id"] = ring.id
    args.update(kw)
    return desk.service.intake(client.id, **args)


def refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def job_count(desk) -> int:
    with desk.store.sessions() as s:
        return s.query(m.ServiceJob).count()


def test_a_ring_from_the_box_is_taken_in_with_everything_the_receipt_prints(desk, client, ring):
    written = take_in(desk, client, ring)
    job = written.value.job
    assert written.value.piece is None  # the piece was already in the box
    assert job.status is ServiceStatus.RECEIVED
    assert job.owned_piece_id == ring.id and job.client_id == client.id
    assert job.estimate == Decimal("800.00") and job.currency == "CNY"
    assert job.signature_svg == SIGNED
    assert job.received_by_id == desk.acting_staff_id
    assert job.intake_condition == "Light surface scratches, stones secure."
    assert "-J" in job.number and job.number.startswith("SH01-")
    assert "service_jobs" in written.changes.tables
    assert desk.service.for_piece(ring.id) == [job]
    assert [j.id for j in desk.clients.profile(client.id).service_jobs] == [job.id]


def test_job_numbers_share_the_devices_sequence_and_never_repeat(desk, client, ring):
    from jeweldesk.documents.numbers import well_formed

    first = take_in(desk, client, ring).value.job
    second = take_in(desk, client, new_piece="Pearl strand").value.job
    assert well_formed(first.number) and well_formed(second.number)
    assert first.number != second.number
    receipt = desk.documents.service_receipt(first.id).value
    assert receipt.document.number not in (first.number, second.number)


def test_a_new_piece_goes_into_the_box_with_its_job(desk, client):
    written = take_in(
        desk, client, new_piece="Grandmother's gold bangle", new_piece_metal="22k gold"
    )
    piece = written.value.piece
    assert piece is not None and piece.description == "Grandmother's gold bangle"
    assert piece.metal == "22k gold" and piece.bought_here is False
    assert written.value.job.owned_piece_id == piece.id
    box = desk.clients.profile(client.id).jewellery_box
    assert piece.id in [i.piece.id for i in box]


@pytest.mark.parametrize(
    ("change", "key", "field"),
    [
        ({"estimate": "abc"}, "money.invalid", "estimate"),
        ({"estimate": "-5"}, "money.invalid", "estimate"),
        (
            {"ready_by": dt.date.today() - dt.timedelta(days=3)},
            "service_job.ready_past",
            "ready_by",
        ),
        ({"signature": ""}, "service_job.signature_required", "signature"),
        ({"signature": "   "}, "service_job.signature_required", "signature"),
        ({"signature": "<script>"}, "service_job.signature_invalid", "signature"),
        ({"intake_condition": " "}, "service_job.condition_required", "intake_condition"),
        ({"kind": "polishing the car"}, "service_job.kind", "kind"),
        ({"currency": "ZZZ"}, "money.currency", None),
    ],
)
def test_intake_refuses_what_was_typed_wrong_and_writes_nothing(
    desk, client, ring, change, key, field
):
    before = job_count(desk)
    error = refused(lambda: take_in(desk, client, ring, **change))
    assert error.key == key
    if field:
        assert error.field == field
    assert job_count(desk) == before
    for lang in ("en", "zh_CN", "zh_TW"):
        assert error.message(lang) != key


def test_refusals_read_in_the_advisors_language(desk, client, ring):
    error = refused(lambda: take_in(desk, client, ring, signature=""))
    assert "sign" in error.message("en")
    assert "签名" in error.message("zh_CN") and "簽名" in error.message("zh_TW")
    error = refused(lambda: take_in(desk, client, ring, estimate="abc"))
    assert "abc" in error.message("zh_CN")


def test_a_refused_new_piece_is_not_left_in_the_box(desk, client):
    refused(lambda: take_in(desk, client, new_piece="Bangle", signature=""))
    assert desk.clients.profile(client.id).jewellery_box == ()


def test_no_estimate_is_kept_as_none_and_today_is_a_ready_date(desk, client, ring):
    from jeweldesk.domain.timezones import store_today

    today = store_today("Asia/Shanghai")  # the store's day, not the machine's
    job = take_in(desk, client, ring, estimate="", ready_by=today).value.job
    assert job.estimate is None


def test_a_piece_is_needed_and_must_be_the_clients(desk, client, ring):
    assert refused(lambda: take_in(desk, client)).key == "service_job.piece_required"
    other = desk.clients.create(name_local="李小龙").value
    error = refused(lambda: take_in(desk, other, ring))
    assert error.key == "service_job.piece_not_theirs"


def test_a_piece_already_in_service_is_not_taken_in_twice(desk, client, ring):
    first = take_in(desk, client, ring).value.job
    error = refused(lambda: take_in(desk, client, ring))
    assert error.key == "service_job.piece_in_service"
    assert first.number in error.message("en")
    desk.service.send_to_workshop(first.id)
    desk.service.mark_ready(first.id)
    desk.service.collect(first.id)
    assert take_in(desk, client, ring).value.job.status is ServiceStatus.RECEIVED


def test_a_job_goes_through_its_steps_with_their_times(desk, network, client, ring):
    job = take_in(desk, client, ring).value.job
    at_workshop = desk.service.send_to_workshop(job.id).value
    assert at_workshop.status is ServiceStatus.IN_WORKSHOP and at_workshop.sent_to_workshop_at
    ready = desk.service.advance(job.id, "ready").value
    assert ready.status is ServiceStatus.READY and ready.ready_at
    desk.act_as(network.advisor2.id)
    collected = desk.service.collect(job.id, "Client delighted").value
    assert collected.status is ServiceStatus.COLLECTED
    assert collected.collected_at >= collected.ready_at >= collected.sent_to_workshop_at
    assert collected.collected_by_id == network.advisor2.id
    assert collected.closing_note == "Client delighted"


@pytest.mark.parametrize(
    ("path", "target", "key"),
    [
        ((), "ready", "service_job.to_ready"),
        ((), "collected", "service_job.to_collected"),
        (("in_workshop",), "in_workshop", "service_job.to_workshop"),
        (("in_workshop",), "collected", "service_job.to_collected"),
        (("in_workshop", "ready"), "returned", "service_job.to_returned"),
        (("in_workshop", "ready"), "in_workshop", "service_job.to_workshop"),
        (("in_workshop",), "cancelled", "service_job.to_cancelled"),
        (("in_workshop", "ready", "collected"), "ready", "service_job.closed"),
        (("in_workshop", "ready", "collected"), "collected", "service_job.closed"),
    ],
)
def test_illegal_steps_are_refused_with_a_message(desk, client, ring, path, target, key):
    job = take_in(desk, client, ring).value.job
    for step in path:
        desk.service.advance(job.id, step, "reason")
    before = desk.service.get(job.id)
    error = refused(lambda: desk.service.advance(job.id, target, "reason"))
    assert error.key == key
    assert job.number in error.message("en") and job.number in error.message("zh_CN")
    assert desk.service.get(job.id) == before


def test_returned_unrepaired_needs_a_reason_and_closes_the_job(desk, client, ring):
    job = take_in(desk, client, ring).value.job
    desk.service.send_to_workshop(job.id)
    assert refused(lambda: desk.service.return_unrepaired(job.id, " ")).key == (
        "service_job.reason_required"
    )
    back = desk.service.return_unrepaired(job.id, "Stone cannot be reset safely").value
    assert back.status is ServiceStatus.RETURNED and back.returned_at
    assert back.closing_note == "Stone cannot be reset safely"
    assert back.collected_by_id == desk.acting_staff_id
    assert refused(lambda: desk.service.collect(job.id)).key == "service_job.closed"


def test_unknown_steps_and_jobs_are_refused(desk, client, ring):
    job = take_in(desk, client, ring).value.job
    assert refused(lambda: desk.service.advance(job.id, "received")).key == "service_job.status"
    assert refused(lambda: desk.service.advance(job.id, "lost")).key == "service_job.status"
    assert refused(lambda: desk.service.advance("not-an-id", "ready")).key == "id.invalid"
    with pytest.raises(NotFound):
        desk.service.mark_ready("0190f5a0-0000-7000-8000-000000000000")


def test_only_the_receiver_or_a_manager_cancels(desk, network, client, ring):
    job = take_in(desk, client, ring).value.job
    desk.act_as(network.advisor2.id)
    assert refused(lambda: desk.service.cancel(job.id, "mistake")).key == (
        "service_job.cancel_not_allowed"
    )
    desk.act_as(network.manager.id)
    cancelled = desk.service.cancel(job.id, "Taken in twice by mistake").value
    assert cancelled.status is ServiceStatus.CANCELLED


def test_someone_must_be_signed_in_and_work_at_the_counter(desk, network, client, ring):
    desk.act_as(None)
    assert refused(lambda: take_in(desk, client, ring)).key == "service_job.no_staff"
    assert desk.service.may_take_in() is False
    with desk.store.sessions.begin() as s:
        office = m.Staff(
            store_id=None, name="Office", email="office@ho.example", role=Role.HEAD_OFFICE
        )
        s.add(office)
        s.flush()
        office_id = office.id
    desk.act_as(office_id)
    assert refused(lambda: take_in(desk, client, ring)).key == "service_job.not_allowed"
    desk.act_as(network.advisor.id)
    job = take_in(desk, client, ring).value.job
    desk.act_as(office_id)  # a central workshop records its own steps
    desk.service.send_to_workshop(job.id)
    desk.service.mark_ready(job.id)
    assert refused(lambda: desk.service.collect(job.id)).key == "service_job.not_allowed"
    with desk.store.sessions.begin() as s:
        s.get(m.Staff, network.advisor2.id).active = False
    desk.act_as(network.advisor2.id)
    assert refused(lambda: desk.service.collect(job.id)).key == "service_job.no_staff"


def test_an_erased_client_takes_nothing_in(desk, network, client, ring):
    desk.act_as(network.manager.id)
    desk.privacy.erase(client.id, reason="asked")
    error = refused(lambda: take_in(desk, client, ring))
    assert error.key == "client.erased"


def test_erasure_strips_the_jobs_personal_text_and_signature(desk, network, client, ring):
    job = take_in(desk, client, ring).value.job
    receipt = desk.documents.service_receipt(job.id).value.document
    assert receipt.payload["signature_svg"] == SIGNED  # the receipt draws it
    desk.service.send_to_workshop(job.id)
    desk.service.return_unrepaired(job.id, "Mme Wang changed her mind")
    desk.act_as(network.manager.id)
    desk.privacy.erase(client.id, reason="asked")
    assert desk.documents.get(receipt.id).payload["signature_svg"] is None
    kept = desk.service.get(job.id)
    assert kept.number == job.number and kept.status is ServiceStatus.RETURNED  # the accounts
    assert kept.signature_svg == "" and kept.closing_note == ""
    assert kept.intake_condition == "" and kept.description == ""


def test_ready_makes_the_call_to_collect_action_and_collecting_takes_it_away(desk, client, ring):
    advisor = desk.acting_staff_id
    desk.books.add(advisor, client.id)
    job = take_in(desk, client, ring).value.job

    def collect_actions():
        return [a for a in desk.actions.today(advisor) if a.kind == "collect_service"]

    assert collect_actions() == []
    desk.service.send_to_workshop(job.id)
    assert collect_actions() == []
    desk.service.mark_ready(job.id)
    [action] = collect_actions()
    assert job.number in action.reason and "ready" in action.reason
    desk.service.collect(job.id)
    assert collect_actions() == []


# --- the command line ------------------------------------------------------------------


def run(capsys, *command):
    from jeweldesk.__main__ import main

    code = main(list(command))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_takes_a_ring_in_and_hands_it_back(
    desk, network, client, ring, capsys, tmp_path
):
    import json

    from pypdf import PdfReader

    folder = str(desk.path.parent)
    receipt, slip = tmp_path / "receipt.pdf", tmp_path / "slip.pdf"
    code, out, _ = run(
        capsys,
        "service",
        "intake",
        client.id.hex,
        "--data-dir",
        folder,
        "--as",
        network.advisor.email,
        "--kind",
        "resize",
        "--piece",
        ring.id.hex,
        "--work",
        "Resize from 52 to 54",
        "--condition",
        "Light scratches",
        "--estimate",
        "800",
        "--ready-by",
        "2099-01-05",
        "--signature",
        SIGNED,
        "--receipt",
        str(receipt),
        "--json",
    )
    assert code == 0
    job = json.loads(out)
    assert job["status"] == "received" and job["estimate"] == "800.00" and job["signed"]
    assert receipt.read_bytes().startswith(b"%PDF") and job["receipt"]
    for step in ("in_workshop", "ready"):
        code, out, _ = run(
            capsys,
            "service",
            "advance",
            job["number"],
            "--to",
            step,
            "--data-dir",
            folder,
            "--as",
            network.advisor.email,
        )
        assert code == 0 and job["number"] in out
    code, out, _ = run(
        capsys,
        "service",
        "collect",
        job["id"],
        "--data-dir",
        folder,
        "--as",
        network.advisor.email,
        "--slip",
        str(slip),
        "--json",
    )
    done = json.loads(out)
    assert code == 0 and done["status"] == "collected" and done["slip"]
    # In the client's language (Chinese); the number may wrap in its cell.
    text = "".join(p.extract_text() for p in PdfReader(slip).pages).replace("\n", "")
    assert job["number"] in text.replace(" ", "") and "取件单" in text
    text = "".join(p.extract_text() for p in PdfReader(receipt).pages).replace("\n", "")
    assert "Light scratches" in text and "维修保养收件单" in text
    assert job["number"] in text.replace(" ", "")
    assert desk.service.get(job["id"]).status is ServiceStatus.COLLECTED


def test_the_command_line_refuses_as_the_app_does_and_writes_nothing(
    desk, network, client, ring, capsys
):
    import json

    folder = str(desk.path.parent)
    base = [
        "service",
        "intake",
        client.id.hex,
        "--data-dir",
        folder,
        "--as",
        network.advisor.email,
        "--kind",
        "resize",
        "--piece",
        ring.id.hex,
        "--condition",
        "Fine",
    ]
    code, out, err = run(capsys, *base, "--estimate", "abc", "--signature", SIGNED)
    assert code == 2 and "“abc” is not an amount of money." in err
    code, out, err = run(capsys, *base, "--signature", "", "--lang", "zh_TW", "--json")
    answer = json.loads(out)
    assert code == 2 and answer["error"] == "service_job.signature_required"
    assert "簽名" in answer["message"]
    code, _, err = run(capsys, *base, "--signature", SIGNED, "--ready-by", "2001-01-01")
    assert code == 2 and "past" in err
    code, _, err = run(capsys, *base, "--signature", SIGNED, "--ready-by", "soon")
    assert code == 2 and "soon" in err
    assert job_count(desk) == 0
    job = take_in(desk, client, ring).value.job
    code, _, err = run(
        capsys,
        "service",
        "collect",
        job.number,
        "--data-dir",
        folder,
        "--as",
        network.advisor.email,
    )
    assert code == 2 and err.strip() == refused(lambda: desk.service.collect(job.id)).message("en")
    code, _, err = run(
        capsys,
        "service",
        "advance",
        job.number,
        "--to",
        "returned",
        "--data-dir",
        folder,
        "--as",
        network.advisor.email,
    )
    assert code == 2 and "Say why" in err
