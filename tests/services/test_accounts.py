"""Sign-in and safety: PINs that work offline, the five-wrong-PINs lock, roles."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from jeweldesk import config
from jeweldesk.domain.errors import ValidationError
from jeweldesk.services import Desk
from jeweldesk.services.accounts import MAX_FAILURES, SignInRefused, pin_problem
from jeweldesk.storage import models as m


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(desk) -> FakeClock:
    fake = FakeClock()
    desk.accounts.clock = fake
    return fake


def audit_actions(desk) -> list[str]:
    with desk.store.sessions() as s:
        return list(s.scalars(select(m.AuditEntry.action).order_by(m.AuditEntry.at)))


@pytest.mark.parametrize("pin", ["0000", "1111", "1234", "4321", "9876", "123456", "1212", "0123"])
def test_trivial_pins_are_refused_with_a_clear_message(pin):
    problem = pin_problem(pin)
    assert problem is not None and problem.key == "account.pin_trivial"
    assert "guess" in problem.message("en")
    assert "PIN 码" in problem.message("zh_CN") and "PIN 碼" in problem.message("zh_TW")


@pytest.mark.parametrize("pin", ["12", "123456789", "12a4", "１２３４", ""])
def test_a_pin_is_four_to_eight_digits(pin):
    problem = pin_problem(pin)
    assert problem is not None and problem.key == "account.pin_format"
    assert "4" in problem.message("en") and "8" in problem.message("en")


@pytest.mark.parametrize("pin", ["2580", "7391", "19840617", "46802"])
def test_ordinary_pins_are_accepted(pin):
    assert pin_problem(pin) is None


def test_the_right_pin_signs_in_offline_and_is_hashed(network, desk):
    advisor = network.advisor2
    desk.accounts.set_pin(advisor.id, "7391")
    with desk.store.sessions() as s:
        digest = s.get(m.Staff, advisor.id).pin_hash
    assert digest.startswith("$argon2") and "7391" not in digest
    desk.act_as(None)
    person = desk.accounts.sign_in(advisor.id, "7391")
    assert person.name == "Zhou Jie" and person.name_local == "周杰"
    assert desk.acting_staff_id == advisor.id
    assert desk.accounts.last_signed_in() == advisor.id
    assert "sign_in" in audit_actions(desk)


def test_set_pin_refuses_a_trivial_pin(network, desk):
    with pytest.raises(ValidationError) as refused:
        desk.accounts.set_pin(network.advisor.id, "1234")
    assert refused.value.key == "account.pin_trivial"


def test_a_wrong_pin_is_refused_and_counted(network, desk, clock):
    desk.accounts.set_pin(network.advisor.id, "7391")
    desk.act_as(None)
    with pytest.raises(SignInRefused) as refused:
        desk.accounts.sign_in(network.advisor.id, "7392")
    assert refused.value.key == "account.wrong_pin"
    assert refused.value.left == MAX_FAILURES - 1
    assert "4" in refused.value.message("en")
    assert desk.acting_staff_id is None
    assert audit_actions(desk)[-1] == "sign_in_failed"


def test_five_wrong_pins_lock_for_fifteen_minutes_then_the_pin_works(network, desk, clock):
    accounts = desk.accounts
    accounts.set_pin(network.advisor.id, "7391")
    desk.act_as(None)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInRefused):
            accounts.sign_in(network.advisor.id, "0001")
    with pytest.raises(SignInRefused) as locked:
        accounts.sign_in(network.advisor.id, "0001")
    assert locked.value.key == "account.locked"
    assert locked.value.locked_until == clock.now + dt.timedelta(minutes=15)
    assert "account_locked" in audit_actions(desk)

    # Locked: even the right PIN is refused, and the lock survives a restart.
    with pytest.raises(SignInRefused) as still:
        accounts.sign_in(network.advisor.id, "7391")
    assert still.value.key == "account.locked"
    assert "15" in still.value.message("en")
    path = desk.path.parent
    reopened = Desk.open(path)
    try:
        reopened.accounts.clock = clock
        assert reopened.accounts.locked_until(network.advisor.id) is not None
        assert reopened.accounts.person(network.advisor.id).locked_until is not None
    finally:
        reopened.close()

    # Someone else is not locked.
    accounts.set_pin(network.advisor2.id, "4680")
    assert accounts.sign_in(network.advisor2.id, "4680").id == network.advisor2.id

    clock.now += dt.timedelta(minutes=15, seconds=1)
    assert accounts.locked_until(network.advisor.id) is None
    assert accounts.sign_in(network.advisor.id, "7391").id == network.advisor.id


def test_a_right_pin_resets_the_count(network, desk, clock):
    desk.accounts.set_pin(network.advisor.id, "7391")
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInRefused):
            desk.accounts.sign_in(network.advisor.id, "0001")
    desk.accounts.sign_in(network.advisor.id, "7391")
    with pytest.raises(SignInRefused) as refused:
        desk.accounts.sign_in(network.advisor.id, "0001")
    assert refused.value.left == MAX_FAILURES - 1


def test_someone_with_no_pin_chooses_one_at_first_sign_in(network, desk):
    desk.act_as(None)
    with pytest.raises(SignInRefused) as refused:
        desk.accounts.sign_in(network.manager.id, "4680")
    assert refused.value.key == "account.no_pin"
    person = desk.accounts.choose_first_pin(network.manager.id, "4680")
    assert person.has_pin and desk.acting_staff_id == network.manager.id
    with pytest.raises(SignInRefused) as again:
        desk.accounts.choose_first_pin(network.manager.id, "9753")
    assert again.value.key == "account.has_pin"


def test_the_sign_in_list_is_this_stores_active_staff(network, desk):
    names = [p.name for p in desk.accounts.people()]
    assert names == ["Chen Hua", "Li Na", "Zhou Jie"]  # not Paris's Camille


def test_managers_see_every_book_advisors_their_own(network, desk):
    accounts = desk.accounts
    assert accounts.can(network.manager.id, "see_all_books")
    assert not accounts.can(network.advisor.id, "see_all_books")
    assert accounts.can(accounts.person(network.manager.id), "see_sensitive")
    desk.act_as(network.advisor.id)
    assert not accounts.can(None, "reassign_clients")
    desk.act_as(None)
    assert not accounts.can(None, "see_all_books")
    with pytest.raises(KeyError):
        accounts.can(network.manager.id, "fly")


def test_demo_pins_are_set_only_on_a_demo_store(network, desk):
    assert desk.accounts.seed_demo_pins() == 0
    with desk.store.sessions.begin() as s:
        config.put(s, "demo", True)
    assert desk.accounts.seed_demo_pins() == 4
    desk.act_as(None)
    assert desk.accounts.sign_in(network.advisor.id, "2580").id == network.advisor.id
    with desk.store.sessions() as s:
        pending = s.execute(select(m.Staff.pin_hash)).all()
    assert all(p for (p,) in pending)


def test_device_settings_validate(network, desk):
    settings = desk.settings
    assert settings.set_lock_minutes(10).value == 10
    assert settings.about().lock_minutes == 10
    with pytest.raises(ValidationError):
        settings.set_lock_minutes(0)
    assert (
        settings.set_headoffice_url(" https://hq.example.com/ ").value == "https://hq.example.com"
    )
    for bad in ("hq.example.com", "ftp://hq", "https://", "http://hq:port"):
        with pytest.raises(ValidationError) as refused:
            settings.set_headoffice_url(bad)
        assert "https://" in refused.value.message("zh_CN")
    about = settings.about()
    assert about.store_code == "SH01" and about.device_id == desk.device_id
