"""A benefit is used once: one voucher redeemed on two offline devices is recorded on
both, and after sync the second use is a conflict the store manager sees and settles,
never a silent double use. Against a real head office on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select, text

from jeweldesk.headoffice import admin
from jeweldesk.storage.models import Base
from tests.sync.helpers import ho_count


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
    return next(p for p, _c in desk.directory.staff("SH01") if p.role == "store_manager")


def _live_uses(desk, benefit_id) -> int:
    with desk.store.engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM benefit_uses WHERE benefit_id = :b AND deleted = 0"),
            {"b": benefit_id.hex},
        ).scalar_one()


def test_one_voucher_redeemed_on_two_offline_devices_is_a_conflict_for_the_manager(
    headoffice, make_device
):
    ho = headoffice.store
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value
    voucher = a.benefits.issue_voucher(
        client.id,
        title="Spring voucher",
        title_zh="春季礼券",
        value="2000",
        valid_until="2099-05-31",
    ).value
    a.sync.sync()
    b.sync.sync()
    assert b.benefits.get(voucher.code).usable  # the voucher reached the second device

    # Both offline: each device sees one use left and records it.
    first = a.benefits.redeem(voucher.id, note="Counter 1").value
    second = b.benefits.redeem(voucher.id, note="Counter 2").value
    assert a.conflicts.count_open() == b.conflicts.count_open() == 0

    report_a = a.sync.sync()
    report_b = b.sync.sync()
    a.sync.sync()
    assert report_a.rejected == report_b.rejected == 0
    # Head office keeps both uses (nothing recorded is lost) and one conflict.
    assert ho_count(ho, "benefit_uses", "WHERE deleted = :f", {"f": False}) == 2
    conflicts = Base.metadata.tables["sync_conflicts"]
    with ho.engine.connect() as conn:
        rows = conn.execute(select(conflicts)).mappings().all()
    assert [(r["kind"], r["entity"], r["entity_id"]) for r in rows] == [
        ("double_use", "benefit_uses", second.id)
    ]

    for desk in (a, b):
        assert _live_uses(desk, voucher.id) == 2
        [view] = desk.conflicts.open()
        assert (view.kind, view.entity, view.entity_id) == ("double_use", "benefit_uses", second.id)
        assert view.client_name
        seen = desk.benefits.double_use(view.id)
        assert [u.use.id for u in seen.kept] == [first.id]
        assert seen.extra is not None and seen.extra.use.note == "Counter 2"
        assert seen.extra.store_code == "SH01"
        assert seen.benefit.title == "Spring voucher"

    # An advisor may not settle it; the store manager voids the second use.
    [view] = b.conflicts.open()
    try:
        b.conflicts.resolve(view.id, "theirs")
    except Exception as exc:  # noqa: BLE001
        assert getattr(exc, "key", "") == "benefit.settle_not_allowed"
    else:
        raise AssertionError("an advisor settled a double use")
    b.act_as(_manager(headoffice, b).id)
    b.conflicts.resolve(view.id, "theirs")
    assert b.conflicts.count_open() == 0
    assert _live_uses(b, voucher.id) == 1
    b.sync.sync()
    a.sync.sync()
    assert a.conflicts.count_open() == 0
    assert _live_uses(a, voucher.id) == 1
    assert ho_count(ho, "benefit_uses", "WHERE deleted = :f", {"f": False}) == 1
    assert ho_count(ho, "sync_conflicts", "WHERE resolved_at IS NOT NULL") == 1
    # The voucher stays used: a third redemption is refused on either device.
    view_a = a.benefits.get(voucher.id)
    assert view_a.remaining == 0 and not view_a.usable


def test_unlimited_benefits_and_separate_vouchers_raise_no_conflict(headoffice, make_device):
    a = make_device("SH01")
    b = make_device("SH01")
    client = a.clients.create(name_local="李强").value
    one = a.benefits.issue_voucher(client.id, title="One", valid_until="2099-01-31").value
    other = a.benefits.issue_voucher(client.id, title="Other", valid_until="2099-01-31").value
    lifetime = a.benefits.issue_voucher(
        client.id, title="Cleaning", valid_until="2099-01-31", max_uses=None
    ).value
    a.sync.sync()
    b.sync.sync()
    a.benefits.redeem(one.id)
    b.benefits.redeem(other.id)
    a.benefits.redeem(lifetime.id)
    b.benefits.redeem(lifetime.id)
    for desk in (a, b, a):
        assert desk.sync.sync().rejected == 0
    assert a.conflicts.count_open() == b.conflicts.count_open() == 0
    assert _live_uses(a, lifetime.id) == 2


def test_head_office_refuses_a_withdrawal_in_an_advisor_s_name(headoffice, make_device):
    """A benefit withdrawn past the device's check (a tampered tablet): head office
    refuses the op, and the device pulls the benefit back as it was."""
    a = make_device("SH01")
    client = a.clients.create(name_local="王美玲").value
    voucher = a.benefits.issue_voucher(client.id, title="Spring", valid_until="2099-01-31").value
    a.sync.sync()
    with a.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE benefits SET expired_at = '2026-01-01 00:00:00.000000', updated_hlc = :h"),
            {"h": a.clock.now().encode()},
        )
    report = a.sync.sync()
    assert report.rejected == 1
    assert a.benefits.get(voucher.id).usable
    manager = _manager(headoffice, a)
    a.act_as(manager.id)
    a.benefits.withdraw(voucher.id)
    assert a.sync.sync().rejected == 0
    assert ho_count(headoffice.store, "benefits", "WHERE expired_at IS NOT NULL") == 1
