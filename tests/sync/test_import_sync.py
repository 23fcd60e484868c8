"""An import's records travel like any others: a store manager imports on one device,
head office accepts every row, another device of the store sees the clients; an undo
reaches the other device as deletions."""

from __future__ import annotations

from jeweldesk.headoffice import admin


def _manager(headoffice, desk) -> None:
    admin.add_staff(
        headoffice.store,
        email="manager@sh01.example",
        name="Chen Hua",
        role="store_manager",
        store_code="SH01",
        pin="2468",
    )
    desk.sync.sync()
    manager = next(p for p, _ in desk.directory.staff("SH01") if p.role == "store_manager")
    desk.act_as(manager.id)


def test_imported_clients_reach_head_office_and_the_stores_other_device(
    make_device, headoffice, tmp_path
):
    a = make_device("SH01")
    b = make_device("SH01")
    _manager(headoffice, a)
    export = tmp_path / "会员.csv"
    export.write_bytes(
        "姓名,手机,邮箱,生日,会员等级\r\n王美玲,13812345678,wml@example.com,1988/2/29,金卡\r\n"
        "陳嘉欣,+852 9123 4567,,5月1日,VIP\r\n".encode("gb18030")
    )
    result = a.imports.apply(a.imports.plan(export)).value
    assert result.created == 2

    report = a.sync.sync()
    assert report.rejected == 0 and report.pushed >= 8, report
    b.sync.sync()
    wang = b.clients.search("wml")[0]
    assert wang.phone == "+86 138 1234 5678"
    profile = b.clients.profile(wang.id)
    assert [(d.month, d.day, d.year) for d in profile.dates] == [(2, 29, 1988)]
    assert b.clients.search("陳嘉欣")[0].phone == "+852 9123 4567"

    a.imports.undo(result.batch_id)
    assert a.sync.sync().rejected == 0
    b.sync.sync()
    assert b.clients.search("wml") == []
