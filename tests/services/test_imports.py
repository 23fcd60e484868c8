"""Importing a house's client list: every row imported, proposed for merge, recognised
from an earlier run or refused with its line and reason; one batch, written once,
undone as a whole. Files are written by each test, small, in the encodings and
formats houses export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest
from sqlalchemy import select

from jeweldesk.__main__ import main
from jeweldesk.domain.errors import DomainError, ValidationError
from jeweldesk.domain.vocab import ConsentPurpose
from jeweldesk.imports.plan import Action, Choice
from jeweldesk.services.imports import import_note
from jeweldesk.storage import models as m


@pytest.fixture
def manager_desk(network):
    network.desk.act_as(network.manager.id)
    return network.desk


def write_csv(path, lines, encoding="utf-8", newline="\r\n"):
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


def dates_of(desk, client_id):
    with desk.store.sessions() as s:
        return [
            (d.month, d.day, d.year)
            for d in s.scalars(
                select(m.ImportantDate).where(
                    m.ImportantDate.client_id == client_id, m.ImportantDate.deleted.is_(False)
                )
            )
        ]


def contacts_of(desk, client_id):
    with desk.store.sessions() as s:
        return sorted(
            (c.kind.value, c.normalised)
            for c in s.scalars(
                select(m.ContactPoint).where(
                    m.ContactPoint.client_id == client_id, m.ContactPoint.deleted.is_(False)
                )
            )
        )


def row(plan, line):
    return next(r for r in plan.rows if r.line == line)


# --- a GBK sheet with Chinese headers --------------------------------------------------

GBK_SHEET = [
    "姓名,手机号,邮箱,生日,会员等级,性别,备注,累计消费",
    '王美玲,１３８１２３４５６７８,MeiLing.Wang@Example.com,1988/2/29,金卡,女,喜欢珍珠,"128,400.00"',
    "陈嘉欣,139 1234 5678,,5月1日,VIP,女,,",
    "李娜,13712345678,li.na@,1990年5月1日,银卡,女,,",
    ",13612345678,nobody@example.com,,,,,",
    "周杰,13512345678,zhou@example.com,1989-02-29,,男,,",
]


def test_a_gbk_sheet_with_chinese_headers_imports_every_row_it_can(manager_desk, tmp_path):
    desk = manager_desk
    path = write_csv(tmp_path / "会员.csv", GBK_SHEET, encoding="gbk")
    before = desk.clients.count()

    plan = desk.imports.plan(path)

    assert plan.encoding == "gb18030"
    assert [r.action for r in plan.rows] == [
        Action.NEW,
        Action.NEW,
        Action.NEW,
        Action.REFUSED,
        Action.NEW,
    ]
    # A bad e-mail in the middle: the row is kept, the e-mail left out, the reason said.
    bad = row(plan, 4)
    assert [p.key for p in bad.problems] == ["email.invalid"]
    assert row(plan, 5).problems[0].key == "client.name_required"
    # 29 February 1989 never was: the birthday is left out, the client imported.
    assert [p.key for p in row(plan, 6).problems] == ["date.invalid"]

    result = desk.imports.apply(plan).value

    assert (result.created, result.refused, result.problems) == (4, 1, 3)
    assert desk.clients.count() == before + 4
    wang = desk.clients.search("王美玲")[0]
    assert wang.phone == "+86 138 1234 5678"  # full-width digits, one canonical form
    assert wang.email == "meiling.wang@example.com"
    assert dates_of(desk, wang.id) == [(2, 29, 1988)]  # a leap-day birthday
    chen = desk.clients.search("陈嘉欣")[0]
    assert dates_of(desk, chen.id) == [(5, 1, None)]  # a birthday with no year
    li = desk.clients.search("李娜")[0]
    assert contacts_of(desk, li.id) == [("phone", "+8613712345678")]
    record = desk.clients.get(wang.id)
    assert (record.family_name, record.given_name, record.name_romanised) == (
        "王",
        "美玲",
        "Wang Meiling",
    )
    assert record.gender == "F"
    notes = desk.clients.profile(wang.id).notes
    assert len(notes) == 1
    assert "gold" in notes[0].body and "128,400.00" in notes[0].body and "喜欢珍珠" in notes[0].body


def test_the_plan_speaks_the_readers_language(manager_desk, tmp_path):
    from jeweldesk.cli.importing import row_messages

    path = write_csv(tmp_path / "clients.csv", GBK_SHEET, encoding="gbk")
    plan = manager_desk.imports.plan(path)
    assert row_messages(row(plan, 4), "zh_CN", False) == [
        "“li.na@”不是有效的电子邮箱。此项未导入，该行其余内容照常导入。"
    ]
    assert row_messages(row(plan, 5), "zh_TW", False)[0].startswith("未匯入：")
    assert row_messages(row(plan, 4), "en", False) == [
        "“li.na@” is not an e-mail address. Left out; the rest of the row is imported."
    ]


# --- a second run, and undo -------------------------------------------------------------


def test_a_second_run_of_the_same_file_writes_nothing_twice(manager_desk, tmp_path):
    desk = manager_desk
    path = write_csv(tmp_path / "clients.csv", GBK_SHEET, encoding="gbk")
    desk.imports.apply(desk.imports.plan(path))
    count = desk.clients.count()
    with sqlite3.connect(desk.path) as db:
        queued = db.execute("SELECT count(*) FROM outbox").fetchone()[0]

    again = desk.imports.plan(path)
    result = desk.imports.apply(again).value

    assert [r.action for r in again.rows] == [Action.KNOWN] * 3 + [Action.REFUSED, Action.KNOWN]
    assert (result.created, result.known) == (0, 4)
    assert desk.clients.count() == count
    with sqlite3.connect(desk.path) as db:
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == queued


def test_the_same_people_in_another_file_are_proposed_not_doubled(manager_desk, tmp_path):
    desk = manager_desk
    desk.imports.apply(desk.imports.plan(write_csv(tmp_path / "a.csv", GBK_SHEET, "gbk")))
    count = desk.clients.count()
    utf8 = [line.replace(",喜欢珍珠,", ",,") for line in GBK_SHEET]  # one value differs
    plan = desk.imports.plan(write_csv(tmp_path / "b.csv", utf8))
    assert row(plan, 2).action is Action.MERGE
    desk.imports.apply(plan)
    assert desk.clients.count() == count


def test_undo_removes_the_whole_batch_through_sync(manager_desk, tmp_path):
    desk = manager_desk
    before = desk.clients.count()
    path = write_csv(tmp_path / "clients.csv", GBK_SHEET, encoding="gbk")
    batch = desk.imports.apply(desk.imports.plan(path)).value.batch_id

    undone = desk.imports.undo(batch).value

    assert undone.clients == 4
    assert desk.clients.count() == before
    assert desk.clients.search("王美玲") == []
    with sqlite3.connect(desk.path) as db:
        tombstones = db.execute(
            "SELECT count(*) FROM outbox WHERE entity = 'clients' AND kind = 'update' "
            "AND json_extract(fields, '$.deleted[1]') = 1"
        ).fetchone()[0]
    assert tombstones == 4
    with pytest.raises(ValidationError) as caught:
        desk.imports.undo(batch)
    assert caught.value.key == "import.already_undone"
    # Undone, the file imports again as new.
    assert desk.imports.plan(path).count(Action.NEW) == 4


def test_undo_is_refused_once_someone_has_changed_the_batchs_records(manager_desk, tmp_path):
    desk = manager_desk
    path = write_csv(tmp_path / "clients.csv", GBK_SHEET, encoding="gbk")
    batch = desk.imports.apply(desk.imports.plan(path)).value.batch_id
    wang = desk.clients.search("王美玲")[0]
    desk.clients.update(wang.id, greeting_name="王女士")
    chen = desk.clients.search("陈嘉欣")[0]
    desk.notes.add(chen.id, "Asked about the Étoile ring")

    with pytest.raises(ValidationError) as caught:
        desk.imports.undo(batch)

    assert caught.value.key == "import.undo_blocked"
    assert (caught.value.params["changed"], caught.value.params["added"]) == (1, 1)
    assert desk.clients.search("王美玲")


def test_undo_by_the_start_of_its_id_and_an_unknown_one(manager_desk, tmp_path):
    desk = manager_desk
    path = write_csv(tmp_path / "clients.csv", GBK_SHEET[:2])
    batch = desk.imports.apply(desk.imports.plan(path)).value.batch_id
    with pytest.raises(DomainError) as caught:
        desk.imports.undo("ffffffff")
    assert caught.value.key == "import.batch_not_found"
    assert desk.imports.undo(batch.hex[:12]).value.clients == 1


# --- duplicates in every form -------------------------------------------------------------


def test_duplicates_against_the_store_in_every_form(manager_desk, tmp_path):
    desk = manager_desk
    wang = desk.clients.create(name_local="王美玲", emails=["wml@example.com"]).value
    chen = desk.clients.create(name_local="陳嘉欣", phones=["+852 6123 4567"]).value
    claire = desk.clients.create(
        given_name="Claire", family_name="Dubois", phones=["+33 6 12 34 56 78"]
    ).value
    sophie = desk.clients.create(
        given_name="Sophie", family_name="Martin", emails=["sophie.martin@example.fr"]
    ).value
    path = write_csv(
        tmp_path / "crm.csv",
        [
            "First Name,Last Name,Email,Phone",
            "Meiling,Wang,,",  # Latin script, given name first
            ",,,",
            "Wang,Meiling,,",  # first and last swapped
            "Claire,D.,,0033 6 12 34 56 78",  # same phone, written another way
            "Sophie,Martin-Leroy,SOPHIE.MARTIN@example.fr,",  # same e-mail, another case
            "Ka Yan,Chan,,",  # Cantonese romanisation of 陳嘉欣
            "Pierre,Lefèvre,,",
        ],
    )
    plan = desk.imports.plan(path)
    found = {r.line: {c.client_id or c.line for c in r.candidates} for r in plan.rows}
    assert found[2] == {wang.id}
    assert found[4] == {wang.id}  # the store's client, and the row above that matched it
    assert found[5] == {claire.id}
    assert found[6] == {sophie.id}
    assert found[7] == {chen.id}
    assert row(plan, 8).action is Action.NEW
    reasons = {r.line: r.candidates[0].reasons for r in plan.rows if r.candidates}
    assert reasons[5] == {"phone"} and reasons[6] == {"email"} and reasons[7] == {"name"}
    # Side by side: the store's record as a list shows it.
    assert row(plan, 2).candidates[0].name == "Wang Meiling 王美玲"
    assert row(plan, 6).candidates[0].email == "sophie.martin@example.fr"

    result = desk.imports.apply(plan).value

    assert (result.created, result.skipped, result.merged) == (1, 5, 0)
    assert contacts_of(desk, sophie.id) == [("email", "sophie.martin@example.fr")]


def test_traditional_and_simplified_and_duplicates_within_the_file(manager_desk, tmp_path):
    desk = manager_desk
    existing = desk.clients.create(name_local="陳嘉欣").value
    path = write_csv(
        tmp_path / "sheet.csv",
        [
            "姓名,手机",
            "陈嘉欣,",  # simplified, against the store's traditional
            "黄美玲,13812345678",
            "黃美玲,138 1234 5678",  # the same person twice in the file
            "Wong Mei Ling,",  # and a third time, in Cantonese romanisation
        ],
    )
    plan = desk.imports.plan(path)
    assert {c.client_id for c in row(plan, 2).candidates} == {existing.id}
    assert row(plan, 3).action is Action.NEW
    assert [(c.line, c.reasons) for c in row(plan, 4).candidates] == [
        (3, frozenset({"phone", "name"}))
    ]
    assert [c.line for c in row(plan, 5).candidates] == [3]
    result = desk.imports.apply(plan).value
    assert (result.created, result.skipped) == (1, 3)


def test_merge_into_existing_adds_what_the_client_lacks(manager_desk, tmp_path):
    desk = manager_desk
    wang = desk.clients.create(name_local="王美玲", phones=["13812345678"]).value
    path = write_csv(
        tmp_path / "merge.csv",
        [
            "姓名,手机,邮箱,生日",
            "王美玲,138 1234 5678,wml@example.com,1988-02-29",
            "王美玲,13812345678,wml@example.com,1988-02-29",  # a repeat row merges too
        ],
    )
    count = desk.clients.count()
    result = desk.imports.apply(desk.imports.plan(path), merge_into_existing=True).value
    assert (result.created, result.merged) == (0, 2)
    assert desk.clients.count() == count
    assert contacts_of(desk, wang.id) == [
        ("email", "wml@example.com"),
        ("phone", "+8613812345678"),
    ]
    assert dates_of(desk, wang.id) == [(2, 29, 1988)]
    # Undo takes back only what the import added.
    desk.imports.undo(result.batch_id)
    assert contacts_of(desk, wang.id) == [("phone", "+8613812345678")]
    assert dates_of(desk, wang.id) == []


def test_each_proposed_merge_is_decided_on_its_own(manager_desk, tmp_path):
    desk = manager_desk
    wang = desk.clients.create(name_local="王美玲", phones=["13812345678"]).value
    chen = desk.clients.create(name_local="陈大文", phones=["13900001111"]).value
    li = desk.clients.create(name_local="李小龙", phones=["13700002222"]).value
    path = write_csv(
        tmp_path / "three.csv",
        [
            "姓名,手机,邮箱",
            "王美玲,138 1234 5678,wml@example.com",  # the same person: merge
            "陈大文,139 0000 1111,chen.junior@example.com",  # his son, same phone: new
            "李小龙,137 0000 2222,li@example.com",  # not sure: leave out
        ],
    )
    plan = desk.imports.plan(path)
    assert [r.action for r in plan.rows] == [Action.MERGE] * 3
    count = desk.clients.count()
    result = desk.imports.apply(plan, choices={2: "merge", 3: "new", 4: Choice.SKIP}).value
    assert (result.created, result.merged, result.skipped) == (1, 1, 1)
    assert desk.clients.count() == count + 1
    assert ("email", "wml@example.com") in contacts_of(desk, wang.id)
    assert contacts_of(desk, chen.id) == [("phone", "+8613900001111")]
    assert contacts_of(desk, li.id) == [("phone", "+8613700002222")]
    (son,) = [c for c in result.client_ids if c not in (wang.id, chen.id)]
    assert ("email", "chen.junior@example.com") in contacts_of(desk, son)


def test_a_choice_for_a_line_that_is_no_proposed_merge_is_refused(manager_desk, tmp_path):
    path = write_csv(tmp_path / "one.csv", ["Name", "Claire Dubois"])
    plan = manager_desk.imports.plan(path)
    with pytest.raises(ValidationError) as caught:
        manager_desk.imports.apply(plan, choices={2: "merge"})
    assert caught.value.key == "import.choice_line"
    assert "第 2 行" in caught.value.message("zh_CN")
    assert manager_desk.imports.batches() == []  # nothing half-written


# --- the rules of the client service ------------------------------------------------------


def test_an_imported_client_is_the_client_the_client_service_creates(manager_desk, tmp_path):
    desk = manager_desk
    path = write_csv(
        tmp_path / "one.csv",
        [
            "Last Name,First Name,Email,Phone,Gender",
            "Dubois,Ｃｌａｉｒｅ,Claire@Example.fr,021 6288 0000,F",
        ],
    )
    imported = desk.imports.apply(desk.imports.plan(path)).value.client_ids[0]
    made = desk.clients.create(
        family_name="Dubois",
        given_name="Ｃｌａｉｒｅ",
        emails=["Claire@Example.fr"],
        phones=["021 6288 0000"],
        gender="F",
        source="import",
    ).value
    skip = {"id", "created_at", "updated_hlc", "updated_by_device", "segment"}
    a = dataclasses.asdict(desk.clients.get(imported))
    b = dataclasses.asdict(made)
    assert {k: v for k, v in a.items() if k not in skip} == {
        k: v for k, v in b.items() if k not in skip
    }
    strip = [(k, n) for k, n in contacts_of(desk, made.id)]
    assert contacts_of(desk, imported) == strip
    assert desk.clients.search("claire@example.fr")  # in the search index


def test_writes_are_captured_for_sync_with_the_person_who_imported(manager_desk, network, tmp_path):
    desk = manager_desk
    path = write_csv(tmp_path / "one.csv", ["Name,Phone", "Claire Dubois,13812345678"])
    client = desk.imports.apply(desk.imports.plan(path)).value.client_ids[0]
    with sqlite3.connect(desk.path) as db:
        ops = db.execute(
            "SELECT entity, kind, actor FROM outbox WHERE entity_id = ? OR "
            "json_extract(fields, '$.client_id[1]') = ?",
            (client.hex, client.hex),
        ).fetchall()
    assert ("clients", "insert", network.manager.id.hex) in ops
    assert ("contact_points", "insert", network.manager.id.hex) in ops


def test_only_a_store_manager_or_head_office_may_import(network, tmp_path):
    path = write_csv(tmp_path / "one.csv", ["Name", "Claire Dubois"])
    network.desk.act_as(network.advisor.id)
    with pytest.raises(ValidationError) as caught:
        network.desk.imports.plan(path)
    assert caught.value.key == "import.not_allowed"
    assert "门店经理" in caught.value.message("zh_CN")


def test_an_import_note_holds_what_has_no_field(manager_desk, tmp_path):
    path = write_csv(
        tmp_path / "shop.csv",
        [
            "First Name,Last Name,Accepts Marketing,Tags,Total Spent,Tier",
            'Claire,Dubois,yes,"VIP, Bridal","€3.450,50",Platinum',
        ],
    )
    draft = manager_desk.imports.plan(path).rows[0].draft
    assert draft.tier == "platinum" and draft.tags == ("VIP", "Bridal")
    assert import_note(draft, "shop.csv", "zh_CN").splitlines() == [
        "导入自 shop.csv 第 2 行。",
        "会员等级：铂金",
        "标签：VIP, Bridal",
        "累计消费：3,450.50 EUR",
        "据导入文件，接受营销信息。",
    ]


def consents_of(desk, client_id):
    with desk.store.session() as s:
        rows = s.scalars(select(m.Consent).where(m.Consent.client_id == client_id)).all()
        return [(c.purpose.value, c.channel, c.granted, c.method, c.proof) for c in rows]


def test_accepts_marketing_is_a_consent_decision_with_the_file_as_proof(manager_desk, tmp_path):
    path = write_csv(
        tmp_path / "shop.csv",
        [
            "First Name,Last Name,Email,Accepts Marketing",
            "Claire,Dubois,claire@example.com,yes",
            "Marc,Lefèvre,marc@example.com,no",
            "Anne,Roy,anne@example.com,",
        ],
    )
    ids = manager_desk.imports.apply(manager_desk.imports.plan(path)).value.client_ids
    claire, marc, anne = ids
    assert consents_of(manager_desk, claire) == [("marketing", None, True, "import", "shop.csv:2")]
    assert consents_of(manager_desk, marc) == [("marketing", None, False, "import", "shop.csv:3")]
    assert consents_of(manager_desk, anne) == []  # no answer is no decision


def test_an_import_never_overrides_a_clients_own_marketing_decision(manager_desk, tmp_path):
    first = write_csv(tmp_path / "a.csv", ["Name,Email", "Claire Dubois,claire@example.com"])
    (claire,) = manager_desk.imports.apply(manager_desk.imports.plan(first)).value.client_ids
    with manager_desk.store.session() as s, s.begin():
        s.add(
            m.Consent(
                client_id=claire,
                purpose=ConsentPurpose.MARKETING,
                channel=None,
                granted=False,
                recorded_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                method="spoken",
            )
        )
    again = write_csv(
        tmp_path / "b.csv",
        [
            "Name,Email,Phone,Accepts Marketing",
            "Claire Dubois,claire@example.com,+33 6 12 34 56 78,yes",
        ],
    )
    plan = manager_desk.imports.plan(again)
    assert plan.rows[0].action is Action.MERGE
    result = manager_desk.imports.apply(plan, merge_into_existing=True).value
    assert result.client_ids == (claire,)
    assert [c[2:4] for c in consents_of(manager_desk, claire)] == [(False, "spoken")]


def test_erasing_an_imported_client_forgets_their_lines_of_the_file(manager_desk, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        ["Name,Phone", "Claire Dubois,+33 6 12 34 56 78", "Marc Roy,+33 6 98 76 54 32"],
    )
    claire, marc = manager_desk.imports.apply(manager_desk.imports.plan(path)).value.client_ids
    manager_desk.privacy.erase(claire, "written request of the client")
    with manager_desk.store.session() as s:
        lines = {r.line: (r.fingerprint, r.client_id) for r in s.scalars(select(m.ImportBatchRow))}
    assert lines[2] == ("", None)
    assert len(lines[3][0]) == 64 and lines[3][1] == marc
    # The same file again: Marc's line is known, Claire's no longer names anyone here.
    again = manager_desk.imports.plan(path)
    assert [r.action for r in again.rows] == [Action.NEW, Action.KNOWN]


def test_an_xlsx_workbook_and_a_mapping_file(manager_desk, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["客人", "联系方式", "出生"])
    book.active.append(["王美玲", 13812345678, "05-01"])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"客人": "name", "联系方式": "phone", "出生": "birthday"}))
    plan = manager_desk.imports.plan(path, mapping=mapping)
    assert plan.format == "xlsx" and plan.unmapped == ()
    client = manager_desk.imports.apply(plan).value.client_ids[0]
    assert contacts_of(manager_desk, client) == [("phone", "+8613812345678")]
    assert dates_of(manager_desk, client) == [(5, 1, None)]


# --- the command line ---------------------------------------------------------------------


def test_the_command_line_dry_run_then_import_then_undo(network, tmp_path, capsys):
    network.desk.close()
    folder = str(network.desk.path.parent)
    path = write_csv(tmp_path / "clients.csv", GBK_SHEET, encoding="gbk")
    args = ["import", "clients", str(path), "--data-dir", folder, "--as", network.manager.email]

    assert main([*args, "--dry-run", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "line 5  not imported" in out and "Dry run: nothing written." in out

    assert main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["created"] == 4 and report["batch"]
    assert report["rows"][2]["problems"][0]["key"] == "email.invalid"

    undo = ["import", "undo", report["batch"], "--data-dir", folder, "--as", network.manager.email]
    assert main([*undo, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["clients"] == 4


def test_the_command_line_refuses_bad_input_with_exit_2(network, tmp_path, capsys):
    network.desk.close()
    folder = str(network.desk.path.parent)
    base = ["import", "clients", "--data-dir", folder, "--as", network.manager.email]
    bad_kind = tmp_path / "clients.pdf"
    bad_kind.write_bytes(b"%PDF")
    assert main([*base[:2], str(bad_kind), *base[2:]]) == 2
    assert "JewelDesk imports .csv, .tsv and .xlsx" in capsys.readouterr().err
    gbk = write_csv(tmp_path / "gbk.csv", GBK_SHEET, encoding="gbk")
    assert main([*base[:2], str(gbk), *base[2:], "--encoding", "utf-8"]) == 2
    assert "utf-8" in capsys.readouterr().err
    advisor = ["import", "clients", str(gbk), "--data-dir", folder, "--as", network.advisor.email]
    assert main(advisor) == 2
    assert "store manager" in capsys.readouterr().err
