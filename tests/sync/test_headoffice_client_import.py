"""A house's client list imported at head office (`jeweldesk headoffice import clients
FILE --store CODE`), on SQLite and PostgreSQL: the clients arrive on the store's devices
at their next sync, with contacts, birthday, marketing decision and import note; a
client head office already has is recognised, the same file run again writes nothing
twice, a dry run writes nothing, bad input is refused with exit 2."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from jeweldesk.__main__ import main
from jeweldesk.storage import models as m
from jeweldesk.storage.models import Base

SHEET = [
    "姓名,手机,邮箱,生日,接受营销,会员等级",
    "王美玲,138 1234 5678,,05-01,是,金卡",
    "陳大文,+852 9123 4567,chan@example.com,,否,",
    "Claire Dubois,,claire@example.com,02-30,,",
    ",,,,,",
    ",139 0000 1111,,,,",
]


def _write(path, lines, encoding="gbk"):
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def _url(headoffice) -> str:
    return headoffice.store.engine.url.render_as_string(hide_password=False)


def _run(headoffice, *args: str) -> int:
    return main(["headoffice", "import", "clients", *args, "--database-url", _url(headoffice)])


def _clients(headoffice) -> int:
    with headoffice.store.reading() as conn:
        table = Base.metadata.tables["clients"]
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_clients_imported_at_head_office_reach_the_stores_device(
    headoffice, make_device, tmp_path, capsys
):
    sh = make_device("SH01")
    known = sh.clients.create(family_name="陈", given_name="大文", phones=["+852 9123 4567"]).value
    sh.sync.sync()
    before = _clients(headoffice)
    path = _write(tmp_path / "clients.csv", SHEET)

    assert _run(headoffice, str(path), "--store", "sh01", "--dry-run", "--json") == 0
    summary = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (summary["created"], summary["known"], summary["refused"]) == (2, 1, 1)
    assert _clients(headoffice) == before  # a dry run writes nothing

    assert _run(headoffice, str(path), "--store", "sh01", "--json") == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    by_line = {x["line"]: x for x in lines[1:]}
    assert by_line[3] == {"line": 3, "outcome": "known", "client_id": known.id.hex}
    assert by_line[6]["outcome"] == "refused" and "name" in by_line[6]["reason"].lower()
    assert by_line[4]["problems"] == ["2/30 is not a date in the calendar."]
    assert _clients(headoffice) == before + 2

    sh.sync.sync()
    wang = next(c for c in sh.clients.search("王美玲") if c.id.hex == by_line[2]["client_id"])
    profile = sh.clients.profile(wang.id)
    assert [c.normalised for c in profile.contacts] == ["+8613812345678"]
    assert [(d.month, d.day) for d in profile.dates] == [(5, 1)]
    with sh.store.session() as s:
        consent = s.scalars(select(m.Consent).where(m.Consent.client_id == wang.id)).one()
        note = s.scalars(select(m.Note).where(m.Note.client_id == wang.id)).one()
    assert consent.granted and consent.method == "import" and consent.proof == "clients.csv:2"
    assert "clients.csv" in note.body

    # The same file again: every line written or recognised is one loaded before.
    assert _run(headoffice, str(path), "--store", "SH01") == 0
    out = capsys.readouterr().out
    assert "imported 0 new clients" in out and "3 lines loaded before, 1 refused" in out
    assert _clients(headoffice) == before + 2


def test_a_head_office_import_refuses_what_it_cannot_do(headoffice, tmp_path, capsys):
    path = _write(tmp_path / "clients.csv", SHEET)
    assert _run(headoffice, str(path), "--store", "NOPE") == 2
    assert "no store with the code NOPE" in capsys.readouterr().err
    odd = tmp_path / "clients.pdf"
    odd.write_bytes(b"%PDF-1.4")
    assert _run(headoffice, str(odd), "--store", "SH01") == 2
    assert capsys.readouterr().err.strip()
    assert main(["headoffice", "import", "--database-url", _url(headoffice)]) == 2
    assert "--from DIR" in capsys.readouterr().err
