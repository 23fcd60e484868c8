"""The command line with what people mistype: a folder holding no store, an output file
that cannot be written; and files written whole or not at all."""

from __future__ import annotations

import json
import os

import pytest

from jeweldesk.__main__ import main
from jeweldesk.services.files import write_atomically


@pytest.mark.parametrize(
    "command",
    [
        ["clients", "search", "wang"],
        ["clients", "show", "01a22af0-4121-7711-9e52-8967732a5576"],
        ["stores", "list"],
        ["kpis", "--store", "SH01"],
        [
            "privacy",
            "export",
            "--client",
            "01a22af0-4121-7711-9e52-8967732a5576",
            "--out",
            "x.json",
        ],
    ],
)
def test_a_folder_without_a_store_is_named_not_filled_with_an_empty_one(tmp_path, capsys, command):
    mistyped = tmp_path / "shangai"
    assert main([*command, "--data-dir", str(mistyped), "--lang", "zh_CN"]) == 2
    err = capsys.readouterr().err
    assert str(mistyped) in err and "没有 JewelDesk 门店数据" in err
    assert not (mistyped / "jeweldesk.sqlite3").exists()


def test_json_callers_get_the_refusal_as_json(tmp_path, capsys):
    assert (
        main(["clients", "search", "--data-dir", str(tmp_path / "nowhere"), "wang", "--json"]) == 2
    )
    answer = json.loads(capsys.readouterr().out)
    assert answer["error"] == "cli.no_store" and "--data-dir" in answer["message"]


def test_searching_a_real_store_still_works(desk, network, capsys):
    desk.clients.create(name_local="王美玲", phones=["138 1234 5678"])
    folder = str(desk.path.parent)
    assert (
        main(["clients", "search", "--data-dir", folder, "１３８ １２３４ ５６７８", "--json"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["name_local"] == "王美玲"


def test_a_document_is_not_issued_when_its_file_cannot_be_written(desk, network, capsys, tmp_path):
    client = desk.clients.create(name_local="王美玲").value
    piece = desk.jewellery_box.add_piece(
        client.id, "Akoya pearl strand", metal="18k white gold"
    ).value
    folder = str(desk.path.parent)
    out = tmp_path / "missing-folder" / "care-guide.pdf"
    assert (
        main(
            [
                "document",
                "care_guide",
                "--data-dir",
                folder,
                "--id",
                str(piece.id),
                "--out",
                str(out),
                "--lang",
                "zh_CN",
            ]
        )
        == 2
    )
    assert "无法写入" in capsys.readouterr().err
    with desk.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM issued_documents").scalar() == 0
    out = tmp_path / "care-guide.pdf"
    assert (
        main(
            [
                "document",
                "care_guide",
                "--data-dir",
                folder,
                "--id",
                str(piece.id),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")


def test_a_file_is_written_whole_or_left_as_it_was(tmp_path, monkeypatch):
    target = tmp_path / "export.json"
    write_atomically(target, b'{"first": true}')

    def power_cut(fd):
        raise OSError("device is gone")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(OSError):
        write_atomically(target, b'{"second": tr')
    assert target.read_bytes() == b'{"first": true}'
    assert [p.name for p in tmp_path.iterdir()] == [
        "export.json"
    ]  # no half-written file left behind


def test_kpis_for_a_period_the_wrong_way_round_are_refused(desk, network, capsys):
    folder = str(desk.path.parent)
    assert (
        main(
            [
                "kpis",
                "--data-dir",
                folder,
                "--store",
                "sh01",
                "--from",
                "2026-12-01",
                "--to",
                "2026-11-01",
                "--lang",
                "zh_CN",
            ]
        )
        == 2
    )
    assert "起始日期须不晚于结束日期" in capsys.readouterr().err
    assert main(["kpis", "--data-dir", folder, "--store", " sh01 ", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scope"] == "store SH01"


def test_staff_of_an_unknown_store_code_is_a_message_not_an_empty_list(desk, network, capsys):
    folder = str(desk.path.parent)
    assert main(["staff", "list", "--data-dir", folder, "--store", "SH99", "--lang", "zh_CN"]) == 2
    assert "此设备上没有门店“SH99”" in capsys.readouterr().err
    assert main(["staff", "list", "--data-dir", folder, "--store", "sh01", "--json"]) == 0
    assert {json.loads(line)["store"] for line in capsys.readouterr().out.splitlines()} == {"SH01"}
