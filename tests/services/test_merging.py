"""Merging two clients through the service on a real SQLite store: every related row
moves to the kept client, field choices, the tombstone and the synced merge record,
the roles and the refusals."""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.protocol.merging import client_columns
from jeweldesk.services.possessions import LineDraft
from jeweldesk.storage import models as m


def _two(desk, network):
    kept = desk.clients.create(
        family_name="Wang", given_name="Meiling", phones=["+86 13800000001"]
    ).value
    other = desk.clients.create(
        family_name="Wang",
        given_name="Mei Ling",
        name_local="王美玲",
        greeting_name="Mrs Wang",
        emails=["meiling@example.com"],
    ).value
    desk.notes.add(other.id, "Prefers rose gold")
    desk.dates.add(other.id, "birthday", month=2, day=29, year=1988)
    desk.preferences.add(other.id, "metal", "rose gold")
    desk.relationships.add(other.id, "spouse", "Li Wei")
    desk.wishlist.add(other.id, piece_id=network.pearls.id, note="anniversary")
    desk.purchases.record(
        other.id, [LineDraft(unit_price=Decimal("98000.00"), piece_id=network.ring.id)]
    )
    return kept, other


def _count(desk, model, client_id) -> int:
    with desk.store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.client_id == client_id))


def test_every_related_row_moves_and_the_other_is_tombstoned(network):
    desk = network.desk
    kept, other = _two(desk, network)
    desk.act_as(network.manager.id)
    done = desk.merging.merge(kept.id, other.id, {"given_name": "other"}).value
    assert done.kept_id == kept.id and done.merged_id == other.id and done.rows_moved >= 7
    with desk.store.engine.connect() as conn:
        for name, column in client_columns():
            left = conn.execute(
                text(f'SELECT count(*) FROM "{name}" WHERE "{column}" = :c'), {"c": other.id.hex}
            ).scalar()
            assert left == 0, name
    for model in (
        m.Note,
        m.ImportantDate,
        m.Preference,
        m.Relationship,
        m.WishlistItem,
        m.Purchase,
    ):
        assert _count(desk, model, kept.id) >= 1, model
    assert _count(desk, m.ContactPoint, kept.id) == 2  # the phone and the e-mail
    profile = desk.clients.get(kept.id)
    # Chosen: the other's given name; defaults: the kept one's where it has a value,
    # the other's where it has none.
    assert profile.given_name == "Mei Ling"
    assert profile.family_name == "Wang"
    assert profile.name_local == "王美玲" and profile.greeting_name == "Mrs Wang"
    with pytest.raises(NotFound):
        desk.clients.get(other.id)
    with desk.store.sessions() as s:
        record = s.scalars(select(m.ClientMerge)).one()
        assert (record.merged_id, record.kept_id) == (other.id, kept.id)
        assert record.merged_by_id == network.manager.id and record.merged_at is not None
        assert record.taken["given_name"] == ["Meiling", "Mei Ling"]
    with desk.store.engine.connect() as conn:
        ops = conn.execute(text("SELECT entity, entity_id, fields FROM outbox ORDER BY device_seq"))
        seen = [(e, i, json.loads(f)) for e, i, f in ops]
    # The tombstone, then the merge: head office meets them in that order. The row
    # moves themselves are not captured (head office makes them).
    tombstone = next(
        n
        for n, (e, i, f) in enumerate(seen)
        if (e, i) == ("clients", other.id.hex) and f.get("deleted") == [0, 1]
    )
    merge = next(n for n, (e, _, _) in enumerate(seen) if e == "client_merges")
    assert tombstone < merge
    moved = {e for e, _, f in seen[tombstone:] if "client_id" in f and e != "client_merges"}
    assert not moved
    assert [r.id for r in desk.clients.search("王美玲")] == [kept.id]


def test_an_advisor_is_refused_in_their_language(network):
    desk = network.desk
    kept, other = _two(desk, network)
    with pytest.raises(ValidationError) as refused:
        desk.merging.merge(kept.id, other.id)
    assert refused.value.key == "merge.not_allowed"
    assert refused.value.message("zh_CN") == "只有门店经理或总部可以合并两位客户。"
    assert _count(desk, m.Note, other.id) == 1  # nothing written


def test_bad_input_is_refused(network):
    desk = network.desk
    kept, other = _two(desk, network)
    desk.act_as(network.manager.id)
    with pytest.raises(ValidationError) as same:
        desk.merging.merge(kept.id, kept.id)
    assert same.value.key == "merge.same_client"
    with pytest.raises(NotFound):
        desk.merging.merge(kept.id, "0" * 32)
    with pytest.raises(ValidationError) as field:
        desk.merging.merge(kept.id, other.id, {"home_store_id": "other"})
    assert field.value.key == "merge.unknown_field"
    desk.privacy.erase(other.id, "written request")
    with pytest.raises(ValidationError) as erased:
        desk.merging.merge(kept.id, other.id)
    assert erased.value.key == "merge.erased"


@pytest.mark.slow
def test_a_client_with_200_notes_and_50_purchases_merges_quickly(network):
    desk = network.desk
    kept = desk.clients.create(family_name="Chan", given_name="Ka Yan").value
    other = desk.clients.create(family_name="Chan", given_name="Kayan").value
    for n in range(200):
        desk.notes.add(other.id, f"note {n}")
    for _ in range(50):
        desk.purchases.record(
            other.id, [LineDraft(unit_price=Decimal("100.00"), piece_id=network.ring.id)]
        )
    desk.act_as(network.manager.id)
    started = time.perf_counter()
    done = desk.merging.merge(kept.id, other.id).value
    seconds = time.perf_counter() - started
    print(f"merge of 200 notes and 50 purchases: {seconds * 1000:.0f} ms")
    assert _count(desk, m.Note, kept.id) == 200 and _count(desk, m.Purchase, kept.id) == 50
    assert done.rows_moved >= 250
    assert seconds < 2.0


def test_documents_issued_to_either_client_still_verify(network):
    desk = network.desk
    kept, other = _two(desk, network)
    desk.purchases.record(
        kept.id, [LineDraft(unit_price=Decimal("26500.00"), piece_id=network.pearls.id)]
    )
    with desk.store.sessions() as s:
        pieces = {
            p.client_id: p.id
            for p in s.scalars(
                select(m.OwnedPiece).where(m.OwnedPiece.client_id.in_([kept.id, other.id]))
            )
        }
    issued = [
        desk.documents.warranty(pieces[c], lang="en").value.document for c in (kept.id, other.id)
    ]
    desk.act_as(network.manager.id)
    desk.merging.merge(kept.id, other.id)
    for doc in issued:
        verdict = desk.documents.verify(doc.number)
        assert verdict.status == "genuine", verdict
    assert {d.number for d in desk.documents.for_client(kept.id)} == {d.number for d in issued}


def test_command_line_merges_and_refuses(network, capsys):
    from jeweldesk.__main__ import main

    desk = network.desk
    kept, other = _two(desk, network)
    folder = str(desk.path.parent)
    desk.close()
    merge = ["clients", "merge", kept.id.hex, other.id.hex, "--data-dir", folder]
    assert main([*merge, "--as", "li.na@sh01.example"]) == 2
    assert "store manager" in capsys.readouterr().err
    assert main([*merge[:3], kept.id.hex, *merge[4:], "--as", "chen.hua@sh01.example"]) == 2
    assert "two different clients" in capsys.readouterr().err
    unknown = [*merge[:3], "0" * 32, *merge[4:], "--as", "chen.hua@sh01.example"]
    assert main(unknown) == 2
    assert capsys.readouterr().err.strip()
    assert main([*merge, "--as", "chen.hua@sh01.example", "--lang", "zh_TW"]) == 0
    assert "已合併" in capsys.readouterr().out
    again = [*merge, "--as", "chen.hua@sh01.example", "--json"]
    assert main(again) == 2  # the other client is gone now
    assert json.loads(capsys.readouterr().out)["error"] == "client.not_found"
