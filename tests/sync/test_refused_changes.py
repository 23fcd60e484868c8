"""Changes head office refused, as the device lists them for people: pushed to a real
head office (SQLite and PostgreSQL), refused with a reason, listed with the record,
its client and the values tried, and dismissed without losing the payload. Head
office sends each reason's message key with it: the device words it in its person's
language."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from jeweldesk.domain.errors import ValidationError
from jeweldesk.headoffice import admin
from jeweldesk.storage.models import Base
from jeweldesk.sync.device import SyncReport
from tests.sync.helpers import outbox
from tests.sync.refusals import (
    OVER_LONG_TITLE,
    add_a_client_with_an_over_long_title,
    edit_recorded_purchase,
    give_a_nul_greeting,
    give_an_over_long_title,
    put_in_a_colleagues_book,
    recorded_purchase,
    write_to_another_stores_client,
)


def test_refused_changes_are_listed_with_record_client_values_and_reason(headoffice, make_device):
    sh = make_device("SH01")
    wang = sh.clients.create(family_name="王", given_name="美玲", phones=["138 1234 5678"]).value
    chen = sh.clients.create(family_name="陈", given_name="静").value
    purchase = recorded_purchase(sh, wang.id)
    admin.add_staff(
        headoffice.store,
        email="zhou.jie@sh01.example",
        name="Zhou Jie",
        role="advisor",
        store_code="SH01",
        pin="2468",
    )
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
    assert (
        edit.reason
        == "purchases cannot be changed after they are recorded; record a correction instead"
    )
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


def _five_refusals(headoffice, make_device):
    """A device of SH01 whose push head office refuses five ways: a recorded
    purchase edited, a title too long, a NUL character, a client of another store,
    a client put in a colleague's book. Returns the device and its colleague."""
    pa = make_device("PA01")
    claire = pa.clients.create(family_name="Martin", given_name="Claire").value
    assert pa.sync.sync().rejected == 0
    sh = make_device("SH01")
    wang = sh.clients.create(family_name="王", given_name="美玲").value
    purchase = recorded_purchase(sh, wang.id)
    admin.add_staff(
        headoffice.store,
        email="zhou.jie@sh01.example",
        name="Zhou Jie",
        name_local="周杰",
        role="advisor",
        store_code="SH01",
    )
    assert sh.sync.sync().rejected == 0
    zhou = next(p for p, _ in sh.directory.staff("SH01") if p.name == "Zhou Jie")

    edit_recorded_purchase(sh, purchase.id, "1.00")
    give_an_over_long_title(sh, wang.id)
    give_a_nul_greeting(sh, wang.id)
    write_to_another_stores_client(sh, claire.id)
    put_in_a_colleagues_book(sh, zhou.id, wang.id)  # Li Na is signed in
    report = sh.sync.sync()
    assert report.rejected == 5, report
    return sh, report


ZHOU = {"name": "Zhou Jie", "chinese": "周杰"}
ANSWERED = [  # (head office's English, key, parameters), in the order the changes were made
    (
        "purchases cannot be changed after they are recorded; record a correction instead",
        "refusal.immutable",
        {"entity": "purchases"},
    ),
    ("title is longer than 20 characters", "refusal.too_long", {"field": "title", "limit": 20}),
    ("greeting_name contains a NUL character", "refusal.nul", {"field": "greeting_name"}),
    ("outside this store's scope", "refusal.out_of_scope", {}),
    (
        "Only Zhou Jie or a manager of their store can change Zhou Jie's book.",
        "book.not_yours",
        {"advisor": ZHOU},
    ),
]


def test_head_office_answers_each_refusal_with_its_message_key_and_parameters(
    headoffice, make_device
):
    sh, report = _five_refusals(headoffice, make_device)
    # The English reason is as before: older devices and `jeweldesk sync` show it.
    assert report.rejected_reasons == [english for english, _, _ in ANSWERED]
    # Head office keeps each answer (a replayed push gets it back), key and parameters
    # as plain JSON values: the colleague as both his names.
    applied_ops = Base.metadata.tables["applied_ops"]
    with headoffice.store.engine.connect() as conn:
        kept = (
            conn.execute(
                select(applied_ops.c.detail)
                .where(applied_ops.c.result == "rejected")
                .order_by(applied_ops.c.device_seq)
            )
            .scalars()
            .all()
        )
    assert kept == [
        {"reason": english, "key": key, "params": params} for english, key, params in ANSWERED
    ]
    # The device kept them with each refused op.
    rows = [row for row in outbox(sh) if row["rejected_reason"]]
    assert [(row["rejected_reason"], json.loads(row["rejected_detail"])) for row in rows] == [
        (english, {"key": key, "params": params}) for english, key, params in ANSWERED
    ]


LABELS = {"title": "称谓", "greeting_name": "问候语", "purchases": "购买记录"}


def test_refusals_are_worded_in_the_desks_language(headoffice, make_device):
    sh, _ = _five_refusals(headoffice, make_device)
    sh.set_language("zh_CN")
    assert [r.reason for r in sh.refused.open(field_name=LABELS.get, record_name=LABELS.get)] == [
        "购买记录登记后不能修改，请改为登记一笔更正。",
        "“称谓”超过 20 个字符，总部无法保存。",
        "“问候语”含有空字符（NUL），总部无法保存。",
        "此记录不在本店的权限范围内。",
        "只有周杰本人或其门店经理可以更改周杰的客户簿。",
    ]
    # Without labels, head office's names for the column, quoted.
    assert sh.refused.open()[1].reason == "“title”超过 20 个字符，总部无法保存。"
    sh.set_language("zh_TW")
    assert [r.reason for r in sh.refused.open()][1:] == [
        "「title」超過 20 個字元，總部無法儲存。",
        "「greeting_name」含有空字元（NUL），總部無法儲存。",
        "此記錄不在本店的權限範圍內。",
        "只有周杰本人或其門店經理可以更改周杰的客戶簿。",
    ]
    # English: the labels name the column; a kind of record keeps head office's plural.
    sh.set_language("en")
    english = {"title": "Form of address", "purchases": "Purchase"}
    assert [r.reason for r in sh.refused.open(field_name=english.get, record_name=english.get)][
        :2
    ] == [
        "purchases cannot be changed after they are recorded; record a correction instead",
        "Form of address is longer than 20 characters",
    ]


def test_a_reason_without_a_key_is_shown_as_head_office_gave_it(headoffice, make_device):
    """An older head office answers with its English reason only; a newer one may send
    a key this app does not know, or leave out a parameter its text needs."""
    sh = make_device("SH01")
    client = sh.clients.create(name_local="王美玲").value
    sh.sync.sync()
    give_an_over_long_title(sh, client.id)
    give_a_nul_greeting(sh, client.id)
    sh.notes.add(client.id, "Prefers rose gold")
    seqs = [row["device_seq"] for row in outbox(sh)]
    sh.sync._acknowledge(
        [
            {
                "device_seq": seqs[0],
                "op_id": "",
                "result": "rejected",
                "detail": {"reason": "title is too long"},
            },
            {
                "device_seq": seqs[1],
                "op_id": "",
                "result": "rejected",
                "detail": {
                    "reason": "greeting_name is not allowed",
                    "key": "refusal.from_the_future",
                    "params": {},
                },
            },
            {
                "device_seq": seqs[2],
                "op_id": "",
                "result": "rejected",
                "detail": {
                    "reason": "a note is missing something",
                    "key": "refusal.too_long",
                    "params": {"field": "body"},
                },
            },
        ],
        SyncReport(),
    )
    sh.set_language("zh_CN")
    assert [r.reason for r in sh.refused.open()] == [
        "title is too long",
        "greeting_name is not allowed",
        "a note is missing something",
    ]
    assert outbox(sh)[0]["rejected_detail"] is None


def _refused_book_entry(headoffice, make_device):
    """Wang Meiling put in Zhou Jie's book while Li Na is signed in: refused."""
    sh = make_device("SH01")
    wang = sh.clients.create(family_name="王", given_name="美玲").value
    admin.add_staff(
        headoffice.store,
        email="zhou.jie@sh01.example",
        name="Zhou Jie",
        name_local="周杰",
        role="advisor",
        store_code="SH01",
    )
    assert sh.sync.sync().rejected == 0
    zhou = next(p for p, _ in sh.directory.staff("SH01") if p.name == "Zhou Jie")
    put_in_a_colleagues_book(sh, zhou.id, wang.id)
    assert sh.sync.sync().rejected == 1
    [book] = sh.refused.open()
    return sh, wang, zhou, book


def _book_entries(desk, client_id) -> list[dict]:
    with desk.store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(
                text("SELECT * FROM book_entries WHERE client_id = :c"), {"c": client_id.hex}
            ).mappings()
        ]


def test_withdrawing_a_refused_book_entry_removes_it_from_the_device_only(headoffice, make_device):
    sh, wang, zhou, book = _refused_book_entry(headoffice, make_device)
    assert book.kind == "insert" and [e["advisor_id"] for e in _book_entries(sh, wang.id)] == [
        zhou.id.hex
    ]

    changes = sh.refused.withdraw(book.device_seq)
    assert (
        changes.touches("book_entries", "outbox") and uuid.UUID(hex=book.entity_id) in changes.ids
    )
    # Gone from the device, as head office never had it; its removal is not a change to send.
    assert _book_entries(sh, wang.id) == []
    assert sh.sync.pending() == 0
    # The refused payload is kept, dismissed.
    assert sh.refused.open() == [] and sh.refused.count_open() == 0
    [kept] = sh.refused.open(include_dismissed=True)
    assert kept.device_seq == book.device_seq and kept.dismissed_at is not None
    [row] = outbox(sh)
    assert json.loads(row["fields"])["advisor_id"][1] == zhou.id.hex and row["rejected_reason"]
    # Li Na can now put Wang Meiling in her own book, and head office takes it.
    sh.books.add(sh.acting_staff_id, wang.id)
    assert [e["advisor_id"] for e in _book_entries(sh, wang.id)] == [sh.acting_staff_id.hex]
    report = sh.sync.sync()
    assert (report.pushed, report.rejected) == (1, 0)
    # Withdrawing again changes nothing: the record is gone, and so is its open refusal.
    with pytest.raises(ValidationError) as gone:
        sh.refused.withdraw(book.device_seq)
    assert gone.value.key == "refused.withdraw_gone"
    assert sh.refused.withdraw(10_000).empty  # no such change


def test_a_record_with_changes_waiting_is_not_withdrawn(headoffice, make_device):
    sh, wang, _, book = _refused_book_entry(headoffice, make_device)
    with sh.store.engine.begin() as conn:  # a plan written for the entry since, not yet sent
        conn.execute(
            text(
                "UPDATE book_entries SET development_plan = 'Bridal in spring', updated_hlc = :h "
                "WHERE id = :i"
            ),
            {"h": sh.clock.now().encode(), "i": book.entity_id},
        )
    with pytest.raises(ValidationError) as waiting:
        sh.refused.withdraw(book.device_seq)
    assert waiting.value.key == "refused.withdraw_waiting"
    assert "sync first" in waiting.value.message("en") and "请先同步" in waiting.value.message(
        "zh_CN"
    )
    assert len(_book_entries(sh, wang.id)) == 1 and sh.refused.count_open() == 1
    # An update is not an addition: only an addition can be withdrawn.
    assert sh.sync.sync().rejected == 1
    update_refused = next(r for r in sh.refused.open() if r.kind == "update")
    with pytest.raises(ValidationError) as not_added:
        sh.refused.withdraw(update_refused.device_seq)
    assert not_added.value.key == "refused.withdraw_not_added"


def test_a_refused_client_with_contacts_on_the_device_is_not_withdrawn(headoffice, make_device):
    sh = make_device("SH01")
    wang = sh.clients.create(name_local="王美玲").value
    sh.sync.sync()
    copy = add_a_client_with_an_over_long_title(sh, wang.id)
    sh.clients.add_contact(copy, "phone", "+86 138 1234 5678")
    sh.sync.sync()
    refused = {r.entity: r for r in sh.refused.open()}
    assert refused["clients"].kind == "insert" and refused["clients"].entity_id == copy.hex
    with pytest.raises(ValidationError) as referred:
        sh.refused.withdraw(refused["clients"].device_seq)
    assert referred.value.key == "refused.withdraw_referred"
    assert "本设备上还有其他记录" in referred.value.message("zh_CN")
    assert sh.clients.get(copy) is not None and sh.refused.count_open() == len(refused)
    assert [c.id for c in sh.clients.search("13812345678")] == [copy]
    # Its contact was refused with it: withdrawn first, the client can follow, and
    # leaves the search index too.
    assert refused["contact_points"].kind == "insert"
    sh.refused.withdraw(refused["contact_points"].device_seq)
    assert sh.clients.search("13812345678") == []
    assert sh.refused.withdraw(refused["clients"].device_seq).touches("clients")
    assert [c.id for c in sh.clients.search("王美玲")] == [wang.id]
    assert sh.sync.pending() == 0 and sh.refused.count_open() == 0
