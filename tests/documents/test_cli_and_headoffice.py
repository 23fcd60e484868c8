"""The command line, head office's public verification page and enrolment's key."""

from __future__ import annotations

import uuid

import requests
from sqlalchemy import insert

from jeweldesk.__main__ import main
from jeweldesk.documents import qr
from jeweldesk.storage.models import Base
from tests.headoffice_server import start_headoffice


def test_cli_issues_and_verifies(desk, subjects, tmp_path, capsys):
    data_dir = str(desk.path.parent)
    desk.close()
    out = tmp_path / "cert.pdf"
    assert (
        main(
            [
                "document",
                "certificate",
                "--data-dir",
                data_dir,
                "--id",
                str(subjects.diamond),
                "--lang",
                "zh_TW",
                "--out",
                str(out),
                "--paper",
                "letter",
            ]
        )
        == 0
    )
    number = capsys.readouterr().out.split("\t")[0]
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["verify", str(out), "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out.startswith("genuine\t" + number)
    assert main(["verify", number, "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out.startswith("genuine\t" + number)
    tampered = tmp_path / "tampered.pdf"
    pdf = out.read_bytes()
    tampered.write_bytes(pdf.replace(b"/JDLanguage (zh_TW)", b"/JDLanguage (zh_CN)"))
    assert main(["verify", str(tampered), "--data-dir", data_dir]) == 1
    assert capsys.readouterr().out.startswith("tampered")


def test_headoffice_verification_page(desk, subjects, tmp_path):
    issued = desk.documents.certificate(subjects.diamond, lang="en").value
    doc = issued.document
    running = start_headoffice(f"sqlite:///{tmp_path / 'ho.sqlite3'}")
    try:
        _check_page(running, desk, doc)
    finally:
        running.stop()


class _Client:
    def __init__(self, url: str) -> None:
        self.url = url

    def get(self, path: str, params=None):
        return requests.get(self.url + path, params=params, timeout=10)


def _check_page(running, desk, doc) -> None:
    ho = running.store
    T = Base.metadata.tables
    with desk.store.sessions() as s:
        store = (
            s.execute(T["stores"].select().where(T["stores"].c.id == doc.store_id)).mappings().one()
        )
    with ho.writing() as conn:
        conn.execute(insert(T["stores"]).values(dict(store)))
        conn.execute(
            insert(T["devices"]).values(
                id=desk.device_id,
                store_id=doc.store_id,
                name="tablet",
                credential_hash="x",
                public_key=desk.documents.key.public_key,
                last_seq=0,
                enrolled_at=doc.issued_at,
                pending_reported=0,
            )
        )
        row = {c.name: getattr(doc, c.name) for c in T["issued_documents"].columns}
        row.update(client_id=None, issued_by_id=None, replaces_id=None)
        conn.execute(insert(T["issued_documents"]).values(row))
    client = _Client(running.url)
    number, kid, signature = qr.parse(
        desk.documents.branding().verification_link(doc.number)
        + f"?k={doc.signing_key_id}&s={doc.signature}"
    )
    page = client.get(f"/verify/{number}", params={"k": kid, "s": signature})
    assert page.status_code == 200 and "Genuine" in page.text
    piece = doc.payload["piece"]["description"]
    assert piece.split()[0] in page.text
    assert (
        client.get(f"/verify/{number}", params={"s": "A" * 86}).status_code == 404
    )  # not the printed code
    assert "Unknown" in client.get("/verify/SH01-ABCDEF123456-C999999-0").text
    with ho.writing() as conn:
        t = T["issued_documents"]
        conn.execute(
            t.update().where(t.c.id == doc.id).values(status="void", void_reason="reissued")
        )
    assert "Void" in client.get(f"/verify/{number}").text
    keys = client.get("/verify/keys.json").json()["keys"]
    assert keys[doc.signing_key_id] == desk.documents.key.public_key
    assert uuid.UUID(str(doc.id))


def test_enrolment_sends_the_device_key(desk, monkeypatch):
    from jeweldesk.sync import enrol

    sent = {}

    class Stop(Exception):
        pass

    def fake_enrol(self, code, name, public_key=""):
        sent["key"] = public_key
        raise Stop

    monkeypatch.setattr(enrol.HeadOfficeClient, "enrol", fake_enrol)
    try:
        enrol.enrol_device(desk, "http://127.0.0.1:9", "ABCD-EFGH-IJKL")
    except Stop:
        pass
    assert sent["key"] == desk.documents.key.public_key
