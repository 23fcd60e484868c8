"""A client's export and erasure on one device: what the export holds, and that an
erasure leaves nothing personal anywhere in the SQLite file."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.paths import BOOK_SNAPSHOT_FILENAME
from jeweldesk.services.possessions import LineDraft
from jeweldesk.storage import models as m

NAME = "Zhaoqiantang"
LOCAL = "赵钱塘"
PHONE_DIGITS = "13912345678"
NOTE = "Prefers the quiet salon; anniversary surprise planned by husband"
SECRET = "Divorce settlement pending, discreet"
PARTNER = "Hollingsworth"


def _rich_client(network):
    desk = network.desk
    client = desk.clients.create(
        family_name=NAME,
        given_name="Meiyun",
        name_local=LOCAL,
        greeting_name="Madame Zhaoqiantang",
        phones=[f"+86 {PHONE_DIGITS}"],
        emails=["meiyun.zhaoqiantang@example.com"],
    ).value
    cid = client.id
    desk.preferences.add(cid, "metal", "rose gold")
    desk.preferences.set_ring_size(cid, hand="left", finger="ring", system="us", size="6.5")
    desk.preferences.set_measurement(cid, "wrist", "16.5")
    desk.notes.add(cid, NOTE)
    desk.act_as(network.manager.id)
    desk.notes.add(cid, SECRET, sensitive=True)
    desk.act_as(network.advisor.id)
    desk.dates.add(cid, "birthday", month=3, day=14, year=1984)
    partner = desk.relationships.add(cid, "spouse", f"Henry {PARTNER}").value
    desk.wishlist.add(cid, piece_id=network.pearls.id, note="for the anniversary")
    desk.purchases.record(
        cid,
        [LineDraft(unit_price=Decimal("98000.00"), piece_id=network.ring.id, serial="SN-77812")],
    )
    return cid, partner


def _bytes(desk) -> bytes:
    path = Path(desk.path)
    data = path.read_bytes()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if extra.exists():
            data += extra.read_bytes()
    return data


def test_export_holds_everything_and_is_audited(network, tmp_path):
    desk = network.desk
    cid, _ = _rich_client(network)
    out = desk.privacy.export_to(cid, tmp_path / "export.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["client"]["family_name"] == NAME and data["client"]["name_local"] == LOCAL
    assert any(PHONE_DIGITS in c["normalised"] for c in data["contact_points"])
    assert {n["body"] for n in data["notes"]} == {NOTE, SECRET}  # sensitive notes too
    assert [p["value"] for p in data["preferences"]] == ["rose gold"]
    assert data["ring_sizes"][0]["size"] and data["measurements"][0]["kind"] == "wrist"
    assert data["important_dates"][0]["year"] == 1984
    assert PARTNER in data["relationships"][0]["name"]
    assert data["wishlist"][0]["note"] == "for the anniversary"
    assert len(data["purchases"]) == 1 and data["purchase_lines"][0]["serial"] == "SN-77812"
    assert data["jewellery_box"] and "appointments" in data and "documents_issued" in data
    with desk.store.sessions() as s:
        [entry] = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "export")).all()
    assert entry.entity_id == cid and entry.staff_id == network.advisor.id and entry.at is not None


def test_erase_leaves_no_personal_string_in_the_file(network):
    desk = network.desk
    cid, _ = _rich_client(network)
    before = _bytes(desk)
    assert NAME.encode() in before and PHONE_DIGITS.encode() in before and NOTE.encode() in before
    kept_book = desk.path.parent / BOOK_SNAPSHOT_FILENAME  # the app's copy for its next start
    kept_book.write_text(
        json.dumps({"rows": [{"summary": {"display_name": NAME}}]}), encoding="utf-8"
    )

    desk.act_as(network.manager.id)
    desk.privacy.erase(cid, "written request of the client")
    assert not kept_book.exists(), "no copy of the book beside the store outlives an erasure"

    after = _bytes(desk)
    for personal in (
        NAME,
        LOCAL,
        PHONE_DIGITS,
        NOTE,
        SECRET,
        PARTNER,
        "meiyun.zhaoqiantang",
        "Madame",
    ):
        assert personal.encode() not in after, personal
    with desk.store.engine.connect() as conn:
        fts = (
            conn.execute(
                text("SELECT group_concat(names || ' ' || contacts, ' ') FROM client_search")
            ).scalar()
            or ""
        )
        assert NAME.lower() not in fts.lower() and PHONE_DIGITS not in fts
        outbox = " ".join(r[0] for r in conn.execute(text("SELECT fields FROM outbox")))
        assert NAME not in outbox and PHONE_DIGITS not in outbox
        assert conn.execute(text("SELECT count(*) FROM field_history")).scalar() == 0
    assert desk.clients.search(NAME) == [] and desk.clients.search(PHONE_DIGITS) == []
    assert desk.clients.search(LOCAL) == []

    profile = desk.clients.profile(cid)
    assert profile.client.erased_at is not None
    assert profile.client.name_romanised.startswith("Erased client")
    # Purchases stay for the house's accounts.
    with desk.store.sessions() as s:
        purchases = s.scalars(select(m.Purchase).where(m.Purchase.client_id == cid)).all()
        assert (
            len(purchases) == 1
            and purchases[0].total == Decimal("98000.00")
            and not purchases[0].deleted
        )
        live = s.scalars(
            select(m.ContactPoint).where(
                m.ContactPoint.client_id == cid, m.ContactPoint.deleted.is_(False)
            )
        ).all()
        assert live == []
        assert (
            s.scalars(
                select(m.BookEntry).where(
                    m.BookEntry.client_id == cid, m.BookEntry.ended_at.is_(None)
                )
            ).all()
            == []
        )
        [entry] = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "erase")).all()
        assert (
            entry.staff_id == network.manager.id
            and entry.detail["reason"] == "written request of the client"
        )
    # Edits to the erased client are refused.
    with pytest.raises(ValidationError) as refused:
        desk.clients.update(cid, greeting_name="Madame Z")
    assert refused.value.key == "client.erased"


def test_erase_is_for_managers_and_only_once(network):
    desk = network.desk
    cid, _ = _rich_client(network)
    with pytest.raises(ValidationError) as not_manager:
        desk.privacy.erase(cid, "request")
    assert not_manager.value.key == "privacy.erase_not_allowed"
    assert "store manager" in not_manager.value.message("en")
    assert desk.clients.get(cid).family_name == NAME  # untouched

    desk.act_as(network.manager.id)
    with pytest.raises(ValidationError) as no_reason:
        desk.privacy.erase(cid, "  ")
    assert no_reason.value.key == "privacy.reason_required"
    desk.privacy.erase(cid, "request")
    with pytest.raises(ValidationError) as again:
        desk.privacy.erase(cid, "request")
    assert again.value.key == "privacy.already_erased"
    assert "已被删除" in again.value.message("zh_CN") and "已被刪除" in again.value.message("zh_TW")
    with pytest.raises(NotFound):
        desk.privacy.erase("0" * 32, "request")


def test_erasure_names_the_relationship_from_the_other_side(network):
    desk = network.desk
    cid, _ = _rich_client(network)
    husband = desk.clients.create(family_name="Oakridge", given_name="Tom").value
    desk.relationships.add(husband.id, "spouse", f"Meiyun {NAME}", related_client_id=cid)
    desk.act_as(network.manager.id)
    desk.privacy.erase(cid, "request")
    with desk.store.sessions() as s:
        rel = s.scalars(select(m.Relationship).where(m.Relationship.client_id == husband.id)).one()
        assert rel.deleted and rel.name == ""
    assert desk.clients.get(husband.id).family_name == "Oakridge"  # the other client stays
    assert NAME.encode() not in _bytes(desk)


def test_command_line_exports_and_erases(network, tmp_path, capsys):
    from jeweldesk.__main__ import main

    desk = network.desk
    cid, _ = _rich_client(network)
    folder = str(Path(desk.path).parent)
    desk.close()
    out = tmp_path / "export.json"
    assert (
        main(["privacy", "export", "--data-dir", folder, "--client", str(cid), "--out", str(out)])
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["family_name"] == NAME

    erase = ["privacy", "erase", "--data-dir", folder, "--client", str(cid), "--reason", "request"]
    assert main([*erase, "--as", "li.na@sh01.example"]) == 2
    assert "store manager" in capsys.readouterr().err
    assert main([*erase, "--as", "chen.hua@sh01.example"]) == 0
    assert "Erased client" in capsys.readouterr().out
    assert main([*erase, "--as", "chen.hua@sh01.example", "--lang", "zh_CN"]) == 2
    assert "已被删除" in capsys.readouterr().err


def test_documents_stay_for_the_accounts_without_the_clients_details(network):
    desk = network.desk
    cid, _ = _rich_client(network)
    with desk.store.sessions() as s:
        piece = s.scalars(select(m.OwnedPiece).where(m.OwnedPiece.client_id == cid)).first()
    issued = desk.documents.warranty(piece.id, lang="en").value
    desk.act_as(network.manager.id)
    desk.privacy.erase(cid, "request")
    with desk.store.sessions() as s:
        [doc] = s.scalars(select(m.IssuedDocument).where(m.IssuedDocument.client_id == cid)).all()
        assert not doc.deleted and doc.number and doc.payload["client_name"] == ""
        assert NAME not in json.dumps(doc.payload, ensure_ascii=False)
    assert issued is not None
    assert desk.documents.render(doc.id)  # still prints, without the name
    verdict = desk.documents.verify(doc.number)
    assert verdict.status == "erased", (
        "issued by the house, not forged: the details went at the client's request"
    )
    assert verdict.number == doc.number and verdict.kind == "warranty"
