"""Books, preferences, notes, dates, people, the jewellery box, wishlist and
purchases, through the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jeweldesk.domain.errors import ValidationError
from jeweldesk.services.possessions import LineDraft, StoneDraft
from jeweldesk.services.profile import next_occurrence


@pytest.fixture
def client(desk):
    return desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value


def test_book_capacity_is_a_notice_not_a_wall(desk, network):
    clients = [
        desk.clients.create(family_name="Client", given_name=f"N{i:02d}").value for i in range(52)
    ]
    first = desk.books.add(
        network.advisor.id, clients[0].id, development_plan="Introduce to Étoile"
    )
    assert [n.key for n in first.notices] == ["book.under"]
    assert "30" in first.notices[0].message("en") and "30 位" in first.notices[0].message("zh_CN")
    for c in clients[1:50]:
        desk.books.add(network.advisor.id, c.id)
    assert desk.books.status(network.advisor.id).state == "ok"
    over = desk.books.add(network.advisor.id, clients[50].id)
    assert [n.key for n in over.notices] == ["book.over"] and over.notices[0].params["count"] == 51
    with pytest.raises(ValidationError) as err:
        desk.books.add(network.advisor.id, clients[0].id)
    assert err.value.key == "book.already" and "Li Na" in err.value.message("en")
    desk.books.remove(network.advisor.id, clients[50].id)
    rows = desk.books.book(network.advisor.id)
    assert len(rows) == 50 and desk.books.status(network.advisor.id).count == 50
    assert any(r.development_plan == "Introduce to Étoile" for r in rows)
    with pytest.raises(ValidationError):
        desk.books.remove(network.advisor.id, clients[51].id)


def test_book_row_shows_next_appointment(desk, network, client):
    desk.books.add(network.advisor.id, client.id)
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    desk.appointments.create(
        kind="bridal", starts_at=start, client_id=client.id, advisor_id=network.advisor.id
    )
    [row] = desk.books.book(network.advisor.id)
    assert row.next_appointment is not None and abs(row.next_appointment - start) < dt.timedelta(
        seconds=1
    )


def test_preferences_and_sizes(desk, client):
    desk.preferences.add(client.id, "metal", "platinum", sentiment="loves")
    desk.preferences.add(client.id, "metal", "platinum", sentiment="likes")  # same fact, updated
    desk.preferences.add(
        client.id, "allergy", "nickel", sentiment="likes"
    )  # an allergy is always avoid
    desk.preferences.set_ring_size(client.id, hand="right", finger="ring", system="us", size="6½")
    desk.preferences.set_ring_size(client.id, hand="right", finger="ring", system="us", size="6¾")
    desk.preferences.set_measurement(client.id, "wrist", "15,5 cm")
    with pytest.raises(ValidationError) as err:
        desk.preferences.set_ring_size(
            client.id, hand="left", finger="ring", system="uk", size="6½"
        )
    assert "UK" in err.value.message("en")
    with pytest.raises(ValidationError):
        desk.preferences.set_measurement(client.id, "neck", "forty")
    profile = desk.clients.profile(client.id)
    assert [(p.category, p.value, p.sentiment) for p in profile.preferences] == [
        ("allergy", "nickel", "avoid"),
        ("metal", "platinum", "likes"),
    ]
    assert [a.value for a in profile.allergies] == ["nickel"]
    assert [(r.hand, r.finger, r.size) for r in profile.ring_sizes] == [("right", "ring", "6.75")]
    assert profile.measurements[0].length_cm == Decimal("15.5")


def test_notes_are_append_only_and_sensitive_ones_are_guarded(desk, network, client):
    first = desk.notes.add(client.id, "Prefers a quiet salon; 喜欢安静的贵宾室", pinned=True).value
    edited = desk.notes.edit(first.id, "Prefers the Jade Salon, quiet; 喜欢翡翠厅").value
    assert edited.supersedes_id == first.id and edited.pinned
    secret = desk.notes.add(client.id, "Going through a divorce", sensitive=True).value
    desk.act_as(network.advisor2.id)
    seen = desk.clients.profile(client.id)
    assert [n.body for n in seen.notes] == ["Prefers the Jade Salon, quiet; 喜欢翡翠厅"]
    assert seen.withheld_notes == 1
    with pytest.raises(ValidationError):
        desk.notes.edit(secret.id, "changed by someone else")
    desk.act_as(network.manager.id)
    seen = desk.clients.profile(client.id)
    assert secret.id in [n.id for n in seen.notes]
    with desk.store.sessions() as s:
        from sqlalchemy import select

        from jeweldesk.storage.models import AuditEntry, Note

        audits = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "read_sensitive_notes")
        ).all()
        assert [a.staff_id for a in audits] == [network.manager.id]
        assert len(s.scalars(select(Note)).all()) == 3  # the edited note is kept
    with pytest.raises(ValidationError):
        desk.notes.add(client.id, "   ")


def test_important_dates_including_29_february(desk, client):
    desk.dates.add(client.id, "birthday", month=2, day=29, year=1988)
    desk.dates.add(client.id, "custom", month=12, day=31, label="First visit", lead_days=10)
    with pytest.raises(ValidationError) as err:
        desk.dates.add(client.id, "birthday", month=2, day=30)
    assert "2月30日" in err.value.message("zh_CN")
    with pytest.raises(ValidationError):
        desk.dates.add(client.id, "custom", month=5, day=1)  # a custom date needs a name
    with pytest.raises(ValidationError):
        desk.dates.add(client.id, "anniversary", month=5, day=1, lead_days=400)
    dates = desk.clients.profile(client.id).dates
    assert [(d.kind, d.month, d.day, d.lead_days) for d in dates] == [
        ("birthday", 2, 29, 14),
        ("custom", 12, 31, 10),
    ]
    assert next_occurrence(2, 29, dt.date(2027, 1, 1)) == dt.date(2027, 2, 28)
    assert next_occurrence(2, 29, dt.date(2028, 1, 1)) == dt.date(2028, 2, 29)
    assert next_occurrence(1, 3, dt.date(2026, 12, 20)) == dt.date(2027, 1, 3)


def test_relationships_and_their_wishlists(desk, network, client):
    husband = desk.clients.create(name_local="李强").value
    rel = desk.relationships.add(client.id, "spouse", related_client_id=husband.id).value
    assert rel.name_local == "李强" and rel.name == "Li Qiang"
    daughter = desk.relationships.add(client.id, "child", "Lily").value
    desk.preferences.set_ring_size(
        client.id,
        hand="left",
        finger="index",
        system="cn_hk",
        size="9",
        relationship_id=daughter.id,
    )
    desk.wishlist.add(
        client.id, piece_id=network.pearls.id, relationship_id=daughter.id, note="18th birthday"
    )
    with pytest.raises(ValidationError):
        desk.relationships.add(client.id, "friend", related_client_id=client.id)
    with pytest.raises(ValidationError):
        desk.relationships.add(client.id, "friend", "  ")
    profile = desk.clients.profile(client.id)
    assert {r.kind for r in profile.relationships} == {"spouse", "child"}
    assert (
        profile.wishlist[0].description == "Akoya pearl strand"
        and profile.wishlist[0].relationship_id == daughter.id
    )


def test_purchase_fills_the_jewellery_box_and_stock(desk, network, client):
    desk.wishlist.add(client.id, piece_id=network.ring.id)
    stone = StoneDraft(
        "diamond",
        shape="round brilliant",
        carat="1.02",
        colour="E",
        clarity="vs1",
        cut_grade="Excellent",
        lab="gia",
        report_number="2141438171",
        girdle_inscription="GIA 2141438171",
    )
    written = desk.purchases.record(
        client.id,
        [
            LineDraft("98,000.00", piece_id=network.ring.id, serial="ET0001", stones=[stone]),
            LineDraft("¥1,250.10", description="Engraving, 2 lines", quantity=2),
        ],
        receipt_number="SH01-000123",
    )
    purchase = written.value
    assert purchase.total == Decimal("100500.20") and purchase.currency == "CNY"
    assert written.changes.touches(
        "purchases", "purchase_lines", "owned_pieces", "stones", "stock_levels"
    )
    profile = desk.clients.profile(client.id)
    [bought] = profile.purchases
    assert bought.store_code == "SH01" and len(bought.lines) == 2
    ring = next(p for p in profile.jewellery_box if p.piece.serial == "ET0001")
    assert (
        ring.stones[0].carat == Decimal("1.02")
        and ring.stones[0].lab == "GIA"
        and ring.stones[0].clarity == "VS1"
    )
    assert len(profile.jewellery_box) == 3  # the ring and two engravings
    assert profile.wishlist[0].fulfilled_at is not None
    assert desk.stock.find(text="Étoile") == []  # the only ring was sold
    assert desk.clients.search("2141438171")[0].id == client.id


def test_bad_purchases_are_refused_whole(desk, network, client):
    with pytest.raises(ValidationError):
        desk.purchases.record(client.id, [])
    with pytest.raises(ValidationError):
        desk.purchases.record(
            client.id,
            [LineDraft("1000", description="Pendant"), LineDraft("abc", description="Chain")],
        )
    with pytest.raises(ValidationError):
        desk.purchases.record(client.id, [LineDraft("1000", description="Pendant", quantity=0)])
    with pytest.raises(ValidationError):
        desk.purchases.record(
            client.id,
            [LineDraft("1000", description="Pendant")],
            purchased_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3),
        )
    with pytest.raises(ValidationError):
        desk.jewellery_box.add_piece(
            client.id, "Ring", stones=[StoneDraft("diamond", carat="one carat")]
        )
    assert desk.clients.profile(client.id).purchases == ()
    assert desk.clients.profile(client.id).jewellery_box == ()
