"""Booking the salon: double bookings refused with the reason, store time zones,
pieces reserved for the slot."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from jeweldesk.domain.errors import ConflictError, ValidationError

SHANGHAI = ZoneInfo("Asia/Shanghai")


def tomorrow_at(hour: int, minute: int = 0, zone=SHANGHAI) -> dt.datetime:
    day = dt.datetime.now(zone).date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)


@pytest.fixture
def client(desk):
    desk.clients.create(name_local="王美玲")  # a second client in the store
    c = desk.clients.create(name_local="林晓", phones=["138 0000 1234"]).value
    desk.preferences.add(c.id, "refreshment", "Longjing tea")
    desk.preferences.add(c.id, "allergy", "nickel")
    desk.preferences.set_ring_size(c.id, hand="left", finger="ring", system="cn_hk", size="12")
    return c


def test_booking_builds_checklist_from_preferences(desk, network, client):
    written = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(14),
        client_id=client.id,
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
        pieces=[network.ring.id],
    )
    appt = written.value
    assert appt.status == "confirmed" and appt.ends_at - appt.starts_at == dt.timedelta(minutes=90)
    assert written.changes.touches("appointments", "pre_selections", "checklist_items")
    _, selections, checklist = desk.appointments.get(appt.id)
    assert [s.piece_id for s in selections] == [network.ring.id]
    texts = " | ".join(c.text for c in checklist)
    assert "Longjing tea" in texts and "nickel" in texts and "left ring finger: 12 CN/HK" in texts
    assert "Prepare Jade Salon" in texts


def test_the_checklist_is_written_in_the_language_of_the_desk_that_books(desk, network, client):
    desk.set_language("zh_CN")
    appt = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(14),
        client_id=client.id,
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
    ).value
    _, _, checklist = desk.appointments.get(appt.id)
    texts = [c.text for c in checklist]
    assert "准备翡翠厅" in texts, "the room by its Chinese name on a Chinese desk"
    assert "过敏：nickel" in texts
    assert "戒指尺寸（左手无名指）：12 CN/HK" in texts
    assert "取出预选的珠宝" in texts
    assert "Longjing tea" in texts, "what the client asked for is kept in their words"
    assert not any(t.isascii() and t != "Longjing tea" for t in texts), texts


def test_advisor_and_room_cannot_be_double_booked(desk, network, client):
    desk.appointments.create(
        kind="bridal",
        starts_at=tomorrow_at(10),
        ends_at=tomorrow_at(11),
        client_id=client.id,
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
    )
    with pytest.raises(ConflictError) as err:
        desk.appointments.create(
            kind="bespoke", starts_at=tomorrow_at(10, 30), advisor_id=network.advisor.id
        )
    assert err.value.key == "appointment.advisor_busy"
    assert "Li Na" in err.value.message("en") and "10:00" in err.value.message("en")
    assert "已有预约" in err.value.message("zh_CN")
    with pytest.raises(ConflictError) as err:
        desk.appointments.create(
            kind="bespoke",
            starts_at=tomorrow_at(10, 59),
            advisor_id=network.advisor2.id,
            room_id=network.salon.id,
        )
    assert err.value.key == "appointment.room_busy" and "Jade Salon" in err.value.message("en")
    # Back to back is fine; so is the other room at the same time.
    desk.appointments.create(
        kind="bespoke",
        starts_at=tomorrow_at(11),
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
    )
    desk.appointments.create(
        kind="bespoke",
        starts_at=tomorrow_at(10),
        advisor_id=network.advisor2.id,
        room_id=network.bridal_room.id,
    )
    # A second advisor counts as booked too.
    with pytest.raises(ConflictError) as err:
        desk.appointments.create(
            kind="bespoke",
            starts_at=tomorrow_at(10, 15),
            advisor_id=network.manager.id,
            second_advisor_id=network.advisor2.id,
        )
    assert "Zhou Jie" in err.value.message("en")


def test_reschedule_and_cancel(desk, network, client):
    first = desk.appointments.create(
        kind="cleaning",
        starts_at=tomorrow_at(16),
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
        client_id=client.id,
    ).value
    second = desk.appointments.create(
        kind="cleaning", starts_at=tomorrow_at(17), advisor_id=network.advisor.id
    ).value
    with pytest.raises(ConflictError):
        desk.appointments.reschedule(second.id, tomorrow_at(16, 15))
    moved = desk.appointments.reschedule(second.id, tomorrow_at(18)).value
    assert moved.ends_at - moved.starts_at == dt.timedelta(minutes=30)  # length kept
    desk.appointments.cancel(first.id, "client travelling")
    # The slot is free again once cancelled.
    desk.appointments.reschedule(second.id, tomorrow_at(16, 0), room_id=network.salon.id)
    with pytest.raises(ValidationError) as err:
        desk.appointments.reschedule(first.id, tomorrow_at(19))
    assert err.value.key == "appointment.closed"
    day = desk.appointments.between(
        tomorrow_at(0), tomorrow_at(23, 59), advisor_id=network.advisor.id
    )
    assert [a.id for a in day] == [second.id]


def test_time_in_the_past_or_backwards_is_refused(desk, network):
    with pytest.raises(ValidationError) as err:
        desk.appointments.create(
            kind="bridal", starts_at=dt.datetime.now(SHANGHAI) - dt.timedelta(days=1)
        )
    assert err.value.key == "appointment.in_past"
    with pytest.raises(ValidationError):
        desk.appointments.create(kind="bridal", starts_at=tomorrow_at(12), ends_at=tomorrow_at(11))
    with pytest.raises(ValidationError):
        desk.appointments.create(kind="bridal", starts_at=tomorrow_at(8), ends_at=tomorrow_at(21))


def test_naive_times_are_the_store_wall_clock(desk, network):
    naive = tomorrow_at(15).replace(tzinfo=None)
    sh = desk.appointments.create(
        kind="bridal", starts_at=naive, advisor_id=network.advisor.id
    ).value
    pa = desk.appointments.create(
        kind="bridal",
        starts_at=naive,
        store_id=network.paris.id,
        advisor_id=network.paris_advisor.id,
        room_id=network.paris_salon.id,
    ).value
    assert sh.starts_at.astimezone(SHANGHAI).hour == 15
    assert pa.starts_at.astimezone(ZoneInfo("Europe/Paris")).hour == 15
    assert pa.starts_at - sh.starts_at in (dt.timedelta(hours=7), dt.timedelta(hours=6))
    with pytest.raises(ValidationError) as err:  # a Paris salon for a Shanghai appointment
        desk.appointments.create(
            kind="bridal", starts_at=tomorrow_at(9), room_id=network.paris_salon.id
        )
    assert err.value.key == "appointment.room_other_store"


def test_preselected_piece_is_reserved_for_the_slot(desk, network, client):
    desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(11),
        advisor_id=network.advisor.id,
        pieces=[network.ring.id],
    )
    with pytest.raises(ConflictError) as err:  # the only ring is already pulled for 11:00
        desk.appointments.create(
            kind="bridal",
            starts_at=tomorrow_at(12),
            advisor_id=network.advisor2.id,
            pieces=[network.ring.id],
        )
    assert "Étoile solitaire ring" in err.value.message("en")
    later = desk.appointments.create(
        kind="bridal",
        starts_at=tomorrow_at(13),
        advisor_id=network.advisor2.id,
        pieces=[network.ring.id, network.pearls.id],
    ).value
    assert desk.stock.free_for_slot(network.pearls.id, tomorrow_at(13), tomorrow_at(14)) == 2
    assert desk.stock.free_for_slot(network.ring.id, tomorrow_at(13), tomorrow_at(14)) == 0
    found = desk.stock.find(stone="pearl", slot=(tomorrow_at(13), tomorrow_at(14)))
    assert [(p.piece.sku, p.on_hand, p.free) for p in found] == [("PA-N-010", 3, 2)]
    desk.appointments.cancel(later.id)
    assert desk.stock.free_for_slot(network.ring.id, tomorrow_at(13), tomorrow_at(14)) == 1


def test_online_request_flows_to_confirmed_then_completed(desk, network):
    req = desk.appointments.create(kind="bridal", starts_at=tomorrow_at(17), source="online").value
    assert req.status == "requested" and req.requested_at is not None
    with pytest.raises(ValidationError):
        desk.appointments.set_status(req.id, "completed")
    for status in ("confirmed", "arrived", "completed"):
        assert desk.appointments.set_status(req.id, status).value.status == status
    done = desk.appointments.record_outcome(req.id, "purchase", "Chose the Étoile ring").value
    assert done.outcome == "purchase"


def test_checklist_items_are_ticked(desk, network, client):
    appt = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(14),
        client_id=client.id,
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
    ).value
    _, _, checklist = desk.appointments.get(appt.id)
    written = desk.appointments.tick(checklist[0].id)
    assert written.value.done and written.changes.touches("checklist_items")
    _, _, checklist = desk.appointments.get(appt.id)
    assert [c.done for c in checklist][:1] == [True]
    desk.appointments.tick(checklist[0].id, False)
    _, _, checklist = desk.appointments.get(appt.id)
    assert checklist[0].done is False


def test_the_outcome_is_revised_while_open_then_kept_once_completed(desk, network, client):
    appt = desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(15), client_id=client.id, advisor_id=network.advisor.id
    ).value
    desk.appointments.set_status(appt.id, "arrived")
    desk.appointments.record_outcome(appt.id, "wishlist", "Étoile ring on the wishlist")
    desk.appointments.record_outcome(
        appt.id, "purchase", "Chose the Étoile ring"
    )  # she decided at the counter
    desk.appointments.set_status(appt.id, "completed")
    # The same outcome again (a second tap) is no change and no refusal.
    again = desk.appointments.record_outcome(appt.id, "purchase", "Chose the Étoile ring")
    assert again.value.outcome == "purchase" and not again.changes.touches("appointments")
    with pytest.raises(ValidationError) as err:
        desk.appointments.record_outcome(appt.id, "wishlist", "changed my mind")
    assert err.value.key == "appointment.closed"
    assert err.value.message("en") == "This appointment is completed and can no longer be changed."
    assert err.value.message("zh_CN") == "该预约状态为“已完成”，不能再修改。"
    kept, _, _ = desk.appointments.get(appt.id)
    assert (kept.outcome, kept.outcome_note) == ("purchase", "Chose the Étoile ring")


def test_a_completed_appointment_takes_its_outcome_once(desk, network, client):
    appt = desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(15), client_id=client.id, advisor_id=network.advisor.id
    ).value
    for status in ("arrived", "completed"):
        desk.appointments.set_status(appt.id, status)
    written = desk.appointments.record_outcome(
        appt.id, "next_step", "  Bring the E colour stones next week "
    )
    assert (written.value.outcome, written.value.outcome_note) == (
        "next_step",
        "Bring the E colour stones next week",
    )
    assert written.changes.touches("appointments")
    with pytest.raises(ValidationError) as err:
        desk.appointments.record_outcome(appt.id, "purchase")
    assert err.value.key == "appointment.closed"


def test_a_cancelled_or_no_show_appointment_takes_no_outcome(desk, network, client):
    cancelled = desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(15), client_id=client.id, advisor_id=network.advisor.id
    ).value
    desk.appointments.cancel(cancelled.id, "client travelling")
    missed = desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(17), client_id=client.id, advisor_id=network.advisor.id
    ).value
    desk.appointments.set_status(missed.id, "no_show")
    seen = len(_outbox(desk))
    for appt, word in ((cancelled, "已取消"), (missed, "未到店")):
        with pytest.raises(ValidationError) as err:
            desk.appointments.record_outcome(appt.id, "purchase", "Chose the Étoile ring")
        assert err.value.key == "appointment.closed"
        assert err.value.message("zh_TW") == f"該預約狀態為「{word}」，不能再修改。"
        kept, _, _ = desk.appointments.get(appt.id)
        assert (kept.outcome, kept.outcome_note) == ("", "")
    assert len(_outbox(desk)) == seen  # nothing to send


def test_the_checklist_of_a_closed_appointment_is_kept_as_it_was(desk, network, client):
    appt = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(14),
        client_id=client.id,
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
    ).value
    other = desk.appointments.create(
        kind="cleaning",
        starts_at=tomorrow_at(17),
        client_id=client.id,
        advisor_id=network.advisor.id,
    ).value
    _, _, checklist = desk.appointments.get(appt.id)
    desk.appointments.set_status(appt.id, "arrived")
    desk.appointments.tick(checklist[0].id)  # still open once the client is here
    desk.appointments.set_status(appt.id, "completed")
    desk.appointments.cancel(other.id)
    _, _, other_checklist = desk.appointments.get(other.id)
    for item, done, word in (
        (checklist[0], False, "completed"),
        (checklist[1], True, "completed"),
        (other_checklist[0], True, "cancelled"),
    ):
        with pytest.raises(ValidationError) as err:
            desk.appointments.tick(item.id, done)
        assert err.value.key == "appointment.closed"
        assert (
            err.value.message("en") == f"This appointment is {word} and can no longer be changed."
        )
    assert "不能再修改" in err.value.message("zh_CN")
    _, _, kept = desk.appointments.get(appt.id)
    assert [i.done for i in kept][:2] == [True, False]


def test_notes_of_an_open_appointment_can_change_but_not_once_closed(desk, network, client):
    appt = desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(15), client_id=client.id, advisor_id=network.advisor.id
    ).value
    assert (
        desk.appointments.update_notes(appt.id, "  Bring the E colour stones  ").value.notes
        == "Bring the E colour stones"
    )
    desk.appointments.cancel(appt.id)
    with pytest.raises(ValidationError):
        desk.appointments.update_notes(appt.id, "too late")


# --- changing an open appointment --------------------------------------------------------


def _outbox(desk) -> list[dict]:
    from sqlalchemy import text

    with desk.store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings()
        ]


def test_pieces_added_and_removed_follow_the_reservations(desk, network, client):
    appt = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(11),
        advisor_id=network.advisor.id,
        client_id=client.id,
        pieces=[network.ring.id],
    ).value
    written = desk.appointments.amend(
        appt.id, add_pieces=[network.pearls.id], remove_pieces=[network.ring.id]
    )
    assert written.changes.touches("pre_selections")
    _, selections, _ = desk.appointments.get(appt.id)
    assert [s.piece_id for s in selections] == [network.pearls.id]
    # The ring is released for the slot, and a strand is held.
    assert desk.stock.free_for_slot(network.ring.id, tomorrow_at(11), tomorrow_at(12)) == 1
    assert desk.stock.free_for_slot(network.pearls.id, tomorrow_at(11), tomorrow_at(12)) == 2
    # Adding a piece already held is no second reservation.
    desk.appointments.amend(appt.id, add_pieces=[network.pearls.id])
    assert desk.stock.free_for_slot(network.pearls.id, tomorrow_at(11), tomorrow_at(12)) == 2


def test_a_piece_pulled_for_an_overlapping_slot_or_sold_is_refused(desk, network, client):
    other = desk.appointments.create(
        kind="bridal",
        starts_at=tomorrow_at(10, 30),
        advisor_id=network.advisor2.id,
        pieces=[network.ring.id],
    ).value
    appt = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(11),
        advisor_id=network.advisor.id,
        pieces=[network.pearls.id],
    ).value
    with pytest.raises(ConflictError) as err:
        desk.appointments.amend(
            appt.id, add_pieces=[network.ring.id], remove_pieces=[network.pearls.id]
        )
    assert err.value.key == "appointment.piece_reserved"
    assert "Étoile solitaire ring" in err.value.message("en") and "10:30" in err.value.message("en")
    assert "另一个预约" in err.value.message("zh_CN")
    # Refused as a whole: the strand is still held.
    _, selections, _ = desk.appointments.get(appt.id)
    assert [s.piece_id for s in selections] == [network.pearls.id]

    desk.appointments.cancel(other.id)
    desk.stock.set_on_hand(network.ring.id, 0)  # sold
    with pytest.raises(ConflictError) as err:
        desk.appointments.amend(appt.id, add_pieces=[network.ring.id])
    assert err.value.key == "appointment.piece_unavailable"
    assert "Shanghai Flagship" in err.value.message("en")


def test_client_change_prepares_the_checklist_again_keeping_ticked_items(desk, network, client):
    appt = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(14),
        client_id=client.id,
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
    ).value
    _, _, before = desk.appointments.get(appt.id)
    tea = next(i for i in before if i.text == "Longjing tea")
    desk.appointments.tick(tea.id)
    right = desk.clients.create(name_local="周慧敏").value
    desk.preferences.add(right.id, "refreshment", "Champagne")

    written = desk.appointments.amend(appt.id, client_id=right.id)
    assert written.value.client_id == right.id
    assert written.changes.touches("appointments", "checklist_items")
    _, _, after = desk.appointments.get(appt.id)
    texts = [i.text for i in after]
    assert "Champagne" in texts
    assert "Longjing tea" in texts  # ticked: the tea was already made
    assert not any(
        "nickel" in t or "Ring size" in t for t in texts
    )  # the wrong client's, untouched
    assert [i.position for i in after] == list(range(len(after)))
    # Items that still apply keep their rows (and their ticks).
    same = {i.text: i.id for i in before}
    assert {i.text: i.id for i in after}["Prepare Jade Salon"] == same["Prepare Jade Salon"]
    assert next(i for i in after if i.text == "Longjing tea").done


def test_kind_and_second_advisor_change_with_booking_rules(desk, network, client):
    appt = desk.appointments.create(
        kind="cleaning",
        starts_at=tomorrow_at(16),
        ends_at=tomorrow_at(17),
        advisor_id=network.advisor.id,
        client_id=client.id,
    ).value
    desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(16, 30), advisor_id=network.advisor2.id
    )
    with pytest.raises(ConflictError) as err:  # Zhou Jie is with another client at 16:30
        desk.appointments.amend(appt.id, second_advisor_id=network.advisor2.id)
    assert "Zhou Jie" in err.value.message("en")
    changed = desk.appointments.amend(
        appt.id,
        kind="bespoke",
        second_advisor_id=network.manager.id,
        title="Bespoke design session: Ms Lin",
    ).value
    assert (changed.kind, changed.second_advisor_id, changed.title) == (
        "bespoke",
        network.manager.id,
        "Bespoke design session: Ms Lin",
    )
    assert changed.starts_at == appt.starts_at and changed.ends_at == appt.ends_at
    assert desk.appointments.amend(appt.id, second_advisor_id=None).value.second_advisor_id is None


def test_a_closed_appointment_refuses_changes_in_the_advisors_language(desk, network, client):
    appt = desk.appointments.create(
        kind="bridal",
        starts_at=tomorrow_at(15),
        client_id=client.id,
        advisor_id=network.advisor.id,
        pieces=[network.ring.id],
    ).value
    desk.appointments.set_status(appt.id, "no_show")
    other = desk.clients.create(name_local="周慧敏").value
    for change in (
        dict(client_id=other.id),
        dict(kind="bespoke"),
        dict(second_advisor_id=network.advisor2.id),
        dict(add_pieces=[network.pearls.id]),
        dict(remove_pieces=[network.ring.id]),
    ):
        with pytest.raises(ValidationError) as err:
            desk.appointments.amend(appt.id, **change)
        assert err.value.key == "appointment.closed"
    assert err.value.message("en") == "This appointment is a no-show and can no longer be changed."
    assert err.value.message("zh_CN") == "该预约状态为“未到店”，不能再修改。"
    assert err.value.message("zh_TW") == "該預約狀態為「未到店」，不能再修改。"
    kept, selections, _ = desk.appointments.get(appt.id)
    assert kept.client_id == client.id and [s.piece_id for s in selections] == [network.ring.id]


def test_changes_are_captured_for_sync(desk, network, client):
    appt = desk.appointments.create(
        kind="private_viewing",
        starts_at=tomorrow_at(12),
        client_id=client.id,
        advisor_id=network.advisor.id,
        pieces=[network.ring.id],
    ).value
    _, held, _ = desk.appointments.get(appt.id)
    right = desk.clients.create(name_local="周慧敏").value
    seen = len(_outbox(desk))
    desk.appointments.amend(
        appt.id,
        client_id=right.id,
        kind="bridal",
        second_advisor_id=network.advisor2.id,
        add_pieces=[network.pearls.id],
        remove_pieces=[network.ring.id],
    )
    ops = _outbox(desk)[seen:]
    changed = {
        field
        for o in ops
        if o["entity"] == "appointments" and o["kind"] == "update" and o["entity_id"] == appt.id.hex
        for field in json.loads(o["fields"])
    }
    assert changed >= {"client_id", "kind", "second_advisor_id"}
    released = [o for o in ops if o["entity"] == "pre_selections" and o["kind"] == "update"]
    assert [o["entity_id"] for o in released] == [held[0].id.hex]
    assert json.loads(released[0]["fields"])["deleted"] == [0, 1]
    assert any(o["entity"] == "pre_selections" and o["kind"] == "insert" for o in ops)
    checklist = [json.loads(o["fields"]) for o in ops if o["entity"] == "checklist_items"]
    assert [f for f in checklist if "deleted" in f] == [
        {"deleted": [0, 1]}
    ] * 3  # tea, allergy, size
    # A refused change leaves nothing to send.
    desk.appointments.cancel(appt.id)
    seen = len(_outbox(desk))
    with pytest.raises(ValidationError):
        desk.appointments.amend(appt.id, kind="bespoke")
    assert len(_outbox(desk)) == seen


def test_the_second_advisor_is_someone_else(desk, network, client):
    with pytest.raises(ValidationError) as err:
        desk.appointments.create(
            kind="bespoke",
            starts_at=tomorrow_at(16),
            client_id=client.id,
            advisor_id=network.advisor.id,
            second_advisor_id=network.advisor.id,
        )
    assert (
        err.value.key == "appointment.same_advisor_twice" and err.value.field == "second_advisor_id"
    )
    assert "第二顾问" in err.value.message("zh_CN")
    appt = desk.appointments.create(
        kind="bespoke",
        starts_at=tomorrow_at(16),
        client_id=client.id,
        advisor_id=network.advisor.id,
        second_advisor_id=network.advisor2.id,
    ).value
    with pytest.raises(ValidationError):
        desk.appointments.amend(appt.id, second_advisor_id=network.advisor.id)
    with pytest.raises(ValidationError):
        desk.appointments.amend(appt.id, advisor_id=network.advisor2.id)
    kept, _, _ = desk.appointments.get(appt.id)
    assert (kept.advisor_id, kept.second_advisor_id) == (network.advisor.id, network.advisor2.id)
