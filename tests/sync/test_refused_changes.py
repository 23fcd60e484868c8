"""Changes head office refused, as the device lists them for people: pushed to a real
head office (SQLite and PostgreSQL), refused with a reason, listed with the record,
its client and the values tried, and dismissed without losing the payload."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from jeweldesk.headoffice import admin
from tests.sync.helpers import outbox
from tests.sync.refusals import (
    OVER_LONG_TITLE,
    edit_recorded_purchase,
    give_an_over_long_title,
    put_in_a_colleagues_book,
    recorded_purchase,
)


def test_refused_changes_are_listed_with_record_client_values_and_reason(headoffice, make_device):
    sh = make_device("SH01")
    wang = sh.clients.create(family_name="王", given_name="美玲", phones=["138 1234 5678"]).value
    chen = sh.clients.create(family_name="陈", given_name="静").value
    purchase = recorded_purchase(sh, wang.id)
    admin.add_staff(headoffice.store, email="zhou.jie@sh01.example", name="Zhou Jie", role="advisor",
                    store_code="SH01", pin="2468")
    assert sh.sync.sync().rejected == 0
    zhou = next(p for p, _ in sh.directory.staff("SH01") if p.name == "Zhou Jie")
    assert sh.refused.open() == [] and sh.refused.count_open() == 0

    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    edit_recorded_purchase(sh, purchase.id, "1.00")
    give_an_over_long_title(sh, chen.id)
    put_in_a_colleagues_book(sh, zhou.id, wang.id)  # Li Na is signed in
    sh.notes.add(wang.id, "Prefers rose gold")  # accepted alongside
    report = sh.sync.sync()
    assert report.rejected == 3, report
    assert sh.sync.pending() == 0

    refused = sh.refused.open()
    assert sh.refused.count_open() == 3
    assert [r.entity for r in refused] == ["purchases", "clients", "book_entries"]
    edit, title, book = refused
    for change in refused:
        assert before <= change.made_at <= dt.datetime.now(dt.UTC)
        assert change.made_at.tzinfo is not None
    # The purchase: whose it is, the total it tried to set and what it was.
    assert (edit.kind, edit.entity_id, edit.client_id) == ("update", purchase.id.hex, wang.id)
    assert edit.client_name == "Wang Meiling 王美玲"
    [total] = edit.values
    assert (total.field, total.value, total.before) == ("total", Decimal("1.00"), Decimal("1000"))
    assert edit.reason == "purchases cannot be changed after they are recorded; record a correction instead"
    # The over-long title, as typed, and head office's words for it.
    assert title.client_id == chen.id and title.client_name.endswith("陈静")
    assert [(v.field, v.value) for v in title.values] == [("title", OVER_LONG_TITLE)]
    assert title.reason == "title is longer than 20 characters"
    # The book entry names the colleague and the client, not their ids; no bookkeeping.
    assert book.kind == "insert" and book.client_id == wang.id
    tried = {v.field: v for v in book.values}
    assert tried["advisor_id"].value == zhou.id and tried["advisor_id"].named == "Zhou Jie"
    assert tried["client_id"].named == edit.client_name
    assert tried["since"].value == dt.date.today()
    assert set(tried) == {"advisor_id", "client_id", "since"}  # no bookkeeping, nothing left empty
    assert book.reason == "Only Zhou Jie or a manager of their store can change Zhou Jie's book."


def test_dismissing_hides_a_refused_change_and_keeps_its_payload(headoffice, make_device):
    sh = make_device("SH01")
    client = sh.clients.create(name_local="王美玲").value
    purchase = recorded_purchase(sh, client.id)
    sh.sync.sync()
    edit_recorded_purchase(sh, purchase.id, "1.00")
    give_an_over_long_title(sh, client.id)
    assert sh.sync.sync().rejected == 2
    edit, title = sh.refused.open()

    assert sh.refused.dismiss(edit.device_seq).touches("outbox")
    assert [r.device_seq for r in sh.refused.open()] == [title.device_seq]
    assert sh.refused.count_open() == 1
    # Seen, not dropped: the op is still in the outbox with its values and reason.
    everything = sh.refused.open(include_dismissed=True)
    assert [r.device_seq for r in everything] == [edit.device_seq, title.device_seq]
    assert everything[0].dismissed_at is not None and everything[1].dismissed_at is None
    [kept] = [row for row in outbox(sh) if row["device_seq"] == edit.device_seq]
    assert json.loads(kept["fields"])["total"][1] in ("1.00", "1")
    assert "cannot be changed" in kept["rejected_reason"]
    # Dismissing again changes nothing, and a dismissed op is never sent again.
    first = everything[0].dismissed_at
    assert sh.refused.dismiss(edit.device_seq).empty
    assert sh.refused.open(include_dismissed=True)[0].dismissed_at == first
    assert sh.sync.sync().pushed == 0 and sh.sync.pending() == 0
    sh.refused.dismiss(title.device_seq)
    assert sh.refused.open() == [] and sh.refused.count_open() == 0
    assert len(outbox(sh)) == 2
