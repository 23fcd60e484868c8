"""The advisor's day travels: a contact logged and a consent decision (with the client's
drawn signature) recorded on one device of the store are on the second after sync,
through head office (SQLite and PostgreSQL); the second device's day follows the
consent (its marketing action goes on a withdrawal made on the first)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from jeweldesk.storage import models as m
from tests.sync.helpers import ho_count

SIGNED = "M12.0 40.0 L30.5 22.0 L48.0 41.5 M60.0 30.0 L90.0 30.0"


def _quiet_client(desk):
    """A client of the acting advisor's book not heard from for 90 days, on WeChat."""
    made = desk.clients.create(
        name_local="林晓",
        title="Ms",
        preferred_channel="wechat",
        phones=["138 0000 1234"],
        handles={"wechat": "linxiao_88"},
    ).value
    desk.books.add(desk.acting_staff_id, made.id)
    with desk.store.sessions.begin() as s:
        s.execute(
            update(m.Client)
            .where(m.Client.id == made.id)
            .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=90))
        )
    return made


def test_a_contact_and_a_consent_reach_the_stores_second_device(make_device, headoffice):
    a = make_device("SH01")
    b = make_device("SH01")
    client = _quiet_client(a)
    call = a.interactions.log(
        client.id, "call", outcome="Reached", note="Coming on Saturday with her sister"
    ).value
    signed = a.consent.grant(
        client.id, "marketing", channel="wechat", method="signature", signature_svg=SIGNED
    ).value
    report = a.sync.sync()
    assert report.rejected == 0, report
    where = "WHERE client_id = :c"
    assert ho_count(headoffice.store, "interactions", where, {"c": client.id}) == 1
    assert ho_count(headoffice.store, "consents", where, {"c": client.id}) == 1
    b.sync.sync()

    (seen,) = b.interactions.for_client(client.id)
    assert (seen.id, seen.kind, seen.channel, seen.outcome) == (call.id, "call", "phone", "Reached")
    assert seen.summary == "Coming on Saturday with her sister"
    assert seen.occurred_at == call.occurred_at and seen.staff_id == call.staff_id
    assert b.interactions.last_contact(client.id) == call.occurred_at
    (decision,) = b.consent.history(client.id)
    assert decision.id == signed.id and decision.granted
    assert (decision.method, decision.signature_svg) == ("signature", SIGNED)
    assert decision.recorded_by_id == signed.recorded_by_id
    assert b.consent.allowed(client.id, "marketing", "wechat")


def test_a_withdrawal_on_one_device_takes_the_marketing_action_off_the_other(
    make_device, headoffice
):
    a = make_device("SH01")
    b = make_device("SH01")
    client = _quiet_client(a)
    a.consent.grant(client.id, "marketing", channel="wechat", method="spoken")
    assert a.sync.sync().rejected == 0
    b.sync.sync()
    me = b.acting_staff_id
    (action,) = [x for x in b.actions.today(me) if x.client_id == client.id]
    assert action.kind == "check_in" and action.channel == "wechat"

    a.consent.withdraw(client.id, "marketing", channel="wechat", method="paper_form", proof="F-7")
    assert a.sync.sync().rejected == 0
    b.sync.sync()
    assert all(x.client_id != client.id for x in b.actions.today(me))
    assert not b.consent.allowed(client.id, "marketing", "wechat")
    assert [c.granted for c in b.consent.history(client.id)] == [False, True]


def test_head_office_refuses_an_advisors_imported_or_unsigned_consent(make_device, headoffice):
    """A device that lets an advisor past desk.consent's own checks (an older or altered
    build) gets those decisions refused at head office; a manager's import goes through."""
    from jeweldesk.headoffice import admin
    from jeweldesk.services.base import unit_of_work

    a = make_device("SH01")
    client = _quiet_client(a)
    assert a.sync.sync().rejected == 0

    def decision(method: str, signature: str = "") -> None:
        with unit_of_work(a) as work:  # straight past desk.consent's rules
            work.session.add(
                m.Consent(
                    client_id=client.id,
                    purpose="marketing",
                    granted=True,
                    recorded_at=dt.datetime.now(dt.UTC),
                    recorded_by_id=a.acting_staff_id,
                    method=method,
                    signature_svg=signature,
                )
            )

    decision("import")
    decision("signature")
    report = a.sync.sync()
    assert report.rejected == 2, report
    where = "WHERE client_id = :c"
    assert ho_count(headoffice.store, "consents", where, {"c": client.id}) == 0

    admin.add_staff(
        headoffice.store,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    a.sync.sync()
    manager = next(p for p, _ in a.directory.staff("SH01") if p.role == "store_manager")
    a.act_as(manager.id)
    decision("import")
    decision("signature", SIGNED)
    assert a.sync.sync().rejected == 0
    assert ho_count(headoffice.store, "consents", where, {"c": client.id}) == 2
