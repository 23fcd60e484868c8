"""An appointment kind or a purchase channel passed by code (an import, a script, the
CLI), not picked from a form, is refused as any wrong input is: a ValidationError that
names the field, in the reader's language, with nothing already saved lost."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jeweldesk.domain.errors import ValidationError
from jeweldesk.services.possessions import LineDraft

SHANGHAI = ZoneInfo("Asia/Shanghai")


def tomorrow_at(hour: int) -> dt.datetime:
    day = dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour), tzinfo=SHANGHAI)


@pytest.fixture
def client(desk):
    return desk.clients.create(name_local="林晓", phones=["138 0000 1234"]).value


def test_an_unknown_appointment_kind_is_refused_by_name(desk, network, client):
    with pytest.raises(ValidationError) as refused:
        desk.appointments.create(
            kind="tea party",
            starts_at=tomorrow_at(10),
            client_id=client.id,
            advisor_id=network.advisor.id,
        )
    assert refused.value.field == "kind"
    assert "tea party" in refused.value.message(
        "en"
    ) and "kind of appointment" in refused.value.message("en")
    assert "bridal consultation" in refused.value.message("en")  # the choices, named
    assert "预约类型" in refused.value.message("zh_CN") and "婚戒咨询" in refused.value.message(
        "zh_CN"
    )
    assert "預約類型" in refused.value.message("zh_TW")
    assert desk.appointments.between(tomorrow_at(0), tomorrow_at(23)) == []


def test_a_kind_in_any_case_is_still_the_kind(desk, network, client):
    booked = desk.appointments.create(
        kind=" Bridal ", starts_at=tomorrow_at(10), client_id=client.id
    ).value
    assert booked.kind == "bridal"


def test_amending_with_an_unknown_kind_keeps_the_appointment_as_booked(desk, network, client):
    booked = desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(10), client_id=client.id, advisor_id=network.advisor.id
    ).value
    with pytest.raises(ValidationError) as refused:
        desk.appointments.amend(
            booked.id, kind="tea party", title="Moved to the salon", starts_at=tomorrow_at(15)
        )
    assert refused.value.field == "kind"
    [kept] = desk.appointments.between(tomorrow_at(0), tomorrow_at(23))
    assert (kept.kind, kept.title, kept.starts_at) == ("bridal", booked.title, booked.starts_at)


def test_an_unknown_source_or_status_is_refused_by_name(desk, network, client):
    with pytest.raises(ValidationError) as refused:
        desk.appointments.create(kind="bridal", starts_at=tomorrow_at(10), source="carrier pigeon")
    assert refused.value.field == "source" and "预约来源" in refused.value.message("zh_CN")
    booked = desk.appointments.create(
        kind="bridal", starts_at=tomorrow_at(10), client_id=client.id
    ).value
    with pytest.raises(ValidationError) as refused:
        desk.appointments.set_status(booked.id, "finished")
    assert refused.value.field == "status" and "appointment status" in refused.value.message("en")
    [kept] = desk.appointments.between(tomorrow_at(0), tomorrow_at(23))
    assert kept.status == booked.status


def test_an_unknown_purchase_channel_is_refused_by_name_and_nothing_is_bought(
    desk, network, client
):
    earlier = desk.purchases.record(client.id, [LineDraft("1,000", description="Pendant")]).value
    with pytest.raises(ValidationError) as refused:
        desk.purchases.record(
            client.id, [LineDraft("98,000.00", piece_id=network.ring.id)], channel="telepathy"
        )
    assert refused.value.field == "channel"
    assert "telepathy" in refused.value.message(
        "en"
    ) and "purchase channel" in refused.value.message("en")
    assert "购买渠道" in refused.value.message("zh_CN") and "購買渠道" in refused.value.message(
        "zh_TW"
    )
    profile = desk.clients.profile(client.id)
    assert [p.purchase.id for p in profile.purchases] == [earlier.id]  # the earlier sale kept
    assert (
        desk.stock.free_for_slot(network.ring.id, tomorrow_at(10), tomorrow_at(11)) == 1
    )  # not sold


def test_a_channel_in_any_case_is_still_the_channel(desk, network, client):
    bought = desk.purchases.record(
        client.id, [LineDraft("1,000", description="Pendant")], channel="Online"
    )
    assert bought.value.channel == "online"
