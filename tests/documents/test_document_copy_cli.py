"""The documents' command line with `--as` and `--json`: a document issued by the
person named (and printed with their name), a copy of it drawn again by number, a
number this device does not hold refused with exit 2 and nothing written, and a
verification as JSON."""

from __future__ import annotations

import json

from pypdf import PdfReader

from jeweldesk.__main__ import main


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out.strip()
    return code, json.loads(out.splitlines()[-1]) if out else {}


def test_issue_copy_and_verify_with_as_and_json(desk, subjects, tmp_path, capsys):
    manager = next(
        p for p, store in desk.directory.staff() if str(p.role) == "store_manager" and store
    )
    data_dir = str(desk.path.parent)
    desk.close()
    out = tmp_path / "care.pdf"
    code, issued = run(
        capsys,
        "document", "care_guide", "--id", str(subjects.pearls), "--out", str(out),
        "--lang", "en", "--data-dir", data_dir, "--as", manager.email, "--json",
    )  # fmt: skip
    assert code == 0 and issued["kind"] == "care_guide" and issued["file"] == str(out)
    assert issued["issued_by_id"] == str(manager.id)
    number = issued["number"]

    copy = tmp_path / "copy.pdf"
    code, copied = run(
        capsys,
        "--data-dir", data_dir, "document-copy", number.lower(), "--out", str(copy), "--json",
    )  # fmt: skip
    assert code == 0 and copied["number"] == number and copied["id"] == issued["id"]
    text = "".join(page.extract_text() for page in PdfReader(str(copy)).pages)
    assert number in text

    code, verdict = run(capsys, "verify", str(copy), "--data-dir", data_dir, "--json")
    assert code == 0 and verdict["genuine"] and verdict["number"] == number

    missing = tmp_path / "missing.pdf"
    code, refused = run(
        capsys,
        "document-copy", "SH01-ABCDEF123456-C999999-0", "--out", str(missing),
        "--data-dir", data_dir, "--json",
    )  # fmt: skip
    assert code == 2 and refused["error"] == "document.not_found" and refused["message"]
    assert not missing.exists()

    code = main(
        ["document-copy", "SH01-ABCDEF123456-C999999-0", "--out", str(missing),
         "--data-dir", data_dir, "--lang", "zh_TW"]
    )  # fmt: skip
    assert code == 2 and "此裝置" in capsys.readouterr().err
