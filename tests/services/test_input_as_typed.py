"""What advisors really type at the counter, through the services into a real store:
accepted when it means something, refused in the advisor's language when it does not,
and a refusal leaves what was saved before untouched."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from jeweldesk.domain.errors import ConflictError, DomainError, ValidationError
from jeweldesk.services.views import LineDraft, StoneDraft
from jeweldesk.storage import models as m


@pytest.fixture
def client(desk):
    return desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value


def _rows(desk, model) -> int:
    with desk.store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- money ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, currency, amount",
    [
        ("€1.250,50", "EUR", "1250.50"),  # a Paris advisor's thousands and decimals
        ("1 250,50 €", "EUR", "1250.50"),
        ("1.250", "EUR", "1250.00"),
        ("￥86,400", "CNY", "86400.00"),  # the yen sign of a Chinese input method
        ("RMB 86,400", "CNY", "86400.00"),
        ("86400元", "CNY", "86400.00"),
        ("8.6万", "CNY", "86000.00"),
        ("HK$12,000", "HKD", "12000.00"),
        ("1,5", "EUR", "1.50"),
    ],
)
def test_a_price_is_read_as_the_advisor_meant_it(desk, client, typed, currency, amount):
    piece = desk.jewellery_box.add_piece(
        client.id, "Solitaire ring", value=typed, currency=currency
    ).value
    assert (piece.value, piece.currency) == (Decimal(amount), currency)


def test_a_price_that_is_not_one_is_refused_in_both_languages(desk, client):
    for typed in ("1.250.50", "USD 100", "1e3"):
        with pytest.raises(ValidationError) as err:
            desk.jewellery_box.add_piece(client.id, "Ring", value=typed, currency="EUR")
        assert err.value.key == "money.invalid" and typed in err.value.message("zh_CN")
    with pytest.raises(ValidationError) as err:
        desk.jewellery_box.add_piece(client.id, "Ring", value="99999999999999", currency="CNY")
    assert "上限" in err.value.message("zh_CN")  # head office could never hold it
    with pytest.raises(ValidationError) as err:
        desk.purchases.record(client.id, [LineDraft(unit_price="  ", description="Ring")])
    assert err.value.message("zh_CN") == "请填写金额。"
    assert _rows(desk, m.OwnedPiece) == 0 and _rows(desk, m.Purchase) == 0


def test_a_value_always_has_its_currency(desk, client):
    piece = desk.jewellery_box.add_piece(client.id, "Pearl strand", value="26,500").value
    assert (piece.value, piece.currency) == (Decimal("26500.00"), "CNY")  # the client's store's
    piece = desk.jewellery_box.add_piece(
        client.id, "Pearl strand", value="26500", currency=" rmb "
    ).value
    assert piece.currency == "CNY"
    with pytest.raises(ValidationError) as err:
        desk.jewellery_box.add_piece(client.id, "Ring", value="100", currency="yuan")
    assert err.value.key == "money.currency" and "货币代码" in err.value.message("zh_CN")


def test_a_purchase_in_a_currency_without_a_rate_is_refused_clearly(desk, client):
    with pytest.raises(ValidationError) as err:
        desk.purchases.record(
            client.id, [LineDraft(unit_price="1200", description="Ring")], currency="CHF"
        )
    assert "CHF" in err.value.message("en") and "汇率" in err.value.message("zh_CN")
    bought = desk.purchases.record(
        client.id, [LineDraft(unit_price="1200", description="Ring")], currency="RMB"
    )
    assert bought.value.currency == "CNY"
    assert _rows(desk, m.Purchase) == 1


# --- carats and grams -----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1,5", "1.50ct", "1.50 cts", "1.5 carats", "1.5克拉", "１.５"])
def test_carats_as_typed(desk, client, typed):
    piece = desk.jewellery_box.add_piece(
        client.id, "Ring", stones=[StoneDraft(stone_type="diamond", carat=typed)]
    )
    assert desk.clients.profile(client.id).jewellery_box[0].stones[0].carat == Decimal("1.50"), (
        piece
    )


def test_a_weight_below_a_hundredth_of_a_carat_is_not_stored_as_zero(desk, client):
    with pytest.raises(ValidationError) as err:
        desk.jewellery_box.add_piece(
            client.id, "Ring", stones=[StoneDraft(stone_type="diamond", carat="0.004")]
        )
    assert err.value.key == "stone.carat"


def test_total_weight_is_in_grams_with_its_own_message(desk, client):
    for typed in ("5,2", "5.2 g", "5.2克"):
        piece = desk.jewellery_box.add_piece(client.id, "Bangle", total_weight_g=typed).value
        assert piece.total_weight_g == Decimal("5.20")
    with pytest.raises(ValidationError) as err:
        desk.jewellery_box.add_piece(client.id, "Bangle", total_weight_g="heavy")
    assert err.value.field == "total_weight_g" and "克" in err.value.message("zh_CN")
    assert "carat" not in err.value.message("en")


# --- ring sizes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "system, typed, size",
    [
        ("cn_hk", "12号", "12"),
        ("cn_hk", "港码 13", "13"),
        ("cn_hk", "12号半", "12.5"),
        ("cn_hk", "１２", "12"),
        ("uk", "K½", "K½"),
        ("uk", "Ｋ半", "K½"),
        ("eu", "52号", "52"),
        ("us", "6½", "6.5"),
        ("us", "美码7", "7"),
    ],
)
def test_ring_sizes_as_chinese_and_european_advisors_write_them(desk, client, system, typed, size):
    row = desk.preferences.set_ring_size(
        client.id, hand="left", finger="ring", system=system, size=typed
    ).value
    assert row.size == size


def test_a_bad_ring_size_is_refused_in_the_advisors_words(desk, client):
    desk.preferences.set_ring_size(client.id, hand="left", finger="ring", system="us", size="6½")
    for typed in ("NaN", "1e1", "港码 7"):
        with pytest.raises(ValidationError) as err:
            desk.preferences.set_ring_size(
                client.id, hand="left", finger="ring", system="us", size=typed
            )
        assert (
            "美码" in err.value.message("zh_CN")
            and "US" not in err.value.message("zh_CN").split("。")[0]
        )
    assert [r.size for r in desk.clients.profile(client.id).ring_sizes] == ["6.5"]


# --- dates ----------------------------------------------------------------------------


def test_a_birthday_cannot_be_in_the_future(desk, client):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as err:
        desk.dates.add(
            client.id, "birthday", month=tomorrow.month, day=tomorrow.day, year=tomorrow.year
        )
    assert "生日不能晚于今天" in err.value.message("zh_CN") and "future" in err.value.message("en")
    # A wedding next year is a date to prepare for.
    desk.dates.add(client.id, "wedding_anniversary", month=5, day=20, year=dt.date.today().year + 1)


def test_a_year_must_have_all_its_digits(desk, client):
    for year in (26, 0, 1850):
        with pytest.raises(ValidationError) as err:
            desk.dates.add(client.id, "birthday", month=6, day=1, year=year)
        assert err.value.key == "date.year_range" and "四位" in err.value.message("zh_CN")
    assert desk.dates.add(client.id, "birthday", month="6", day="1", year="1988").value.year == 1988


def test_a_lead_time_that_is_not_a_number_is_refused_not_a_crash(desk, client):
    with pytest.raises(ValidationError) as err:
        desk.dates.add(client.id, "birthday", month=6, day=1, lead_days="two weeks")
    assert err.value.field == "lead_days"


# --- text -----------------------------------------------------------------------------


def test_text_longer_than_head_office_keeps_is_refused_on_the_device(desk, client):
    """SQLite keeps any length; head office's PostgreSQL refuses it, and the record
    would never reach the other devices."""
    cases = [
        lambda: desk.preferences.add(client.id, "stone", "蓝宝石" * 100),
        lambda: desk.clients.add_contact(client.id, "wechat", "w" * 400),
        lambda: desk.clients.update(client.id, source="朋友介绍" * 20),
        lambda: desk.relationships.add(client.id, "partner", "x" * 300),
        lambda: desk.dates.add(client.id, "custom", month=1, day=1, label="首次到店" * 50),
    ]
    for case in cases:
        with pytest.raises(ValidationError) as err:
            case()
        assert err.value.key == "text.too_long" and "过长" in err.value.message("zh_CN")
    assert desk.clients.get(client.id).source == ""


def test_a_long_note_with_emoji_is_kept_whole(desk, client):
    body = ("🎂 生日快乐, joyeux anniversaire! 💍\n" * 200)[:5000]
    note = desk.notes.add(client.id, body).value
    assert desk.clients.profile(client.id).notes[0].body == note.body == body.strip()


def test_invisible_and_control_characters_are_not_a_name_or_a_note(desk, client):
    with pytest.raises(ValidationError) as err:
        desk.clients.create(family_name="\u200b")
    assert err.value.key == "client.name_required"
    with pytest.raises(ValidationError):
        desk.notes.add(client.id, "\u200b \ufeff")
    # A NUL cannot be stored at head office.
    assert (
        desk.notes.add(client.id, "Loves\x00 pearls\r\nand jade").value.body
        == "Loves pearls\nand jade"
    )
    assert (
        desk.clients.create(family_name="Dubois\x00", given_name="Clàire").value.family_name
        == "Dubois"
    )


# --- contacts -------------------------------------------------------------------------


def test_contacts_typed_with_a_chinese_input_method(desk, client):
    desk.clients.add_contact(client.id, "email", " Wang.ML＠163.COM ")
    desk.clients.add_contact(client.id, "phone", "＋８６ １３９－００００－１１１１")
    contacts = {
        c.kind: c.normalised
        for c in desk.clients.profile(client.id).contacts
        if c.kind != "phone" or "139" in c.normalised
    }
    assert contacts == {"email": "wang.ml@163.com", "phone": "+8613900001111"}
    updated = desk.clients.update(
        client.id, contact_hours="10：00～19：00", preferred_channel="WeChat", language="zh-cn"
    ).value
    assert (updated.contact_hours_start, updated.contact_hours_end) == (dt.time(10), dt.time(19))
    assert (updated.preferred_channel, updated.language) == ("wechat", "zh_CN")


def test_an_unknown_contact_kind_or_an_empty_one_is_explained(desk, client):
    with pytest.raises(ValidationError) as err:
        desk.clients.add_contact(client.id, "fax", "021 1234 5678")
    assert "fax" in err.value.message("zh_CN") and err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        desk.clients.add_contact(client.id, "phone", "  ")
    assert err.value.message("zh_CN") == "请填写电话联系方式。"
    with pytest.raises(ValidationError):
        desk.clients.create(name_local="李静", handles={"fax": "1"})
    assert desk.clients.count() == 1


# --- appointments ---------------------------------------------------------------------


def test_an_appointment_in_the_past_is_refused_with_the_time_in_chinese(desk, client):
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as err:
        desk.appointments.create(kind="private_viewing", starts_at=yesterday, client_id=client.id)
    zh = err.value.message("zh_CN")
    assert (
        "月" in zh
        and "周" in zh
        and not any(day in zh for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    )
    assert "週" in err.value.message("zh_TW")
    assert "has already passed" in err.value.message("en")


def test_a_name_typed_in_full_width_letters_is_found_by_its_letters(desk):
    claire = desk.clients.create(family_name="Ｄｕｂｏｉｓ", given_name="Ｃｌａｉｒｅ").value
    assert (claire.family_name, claire.given_name) == ("Dubois", "Claire")
    assert [c.id for c in desk.clients.search("claire")] == [claire.id]
    accented = desk.clients.create(
        family_name="Müller", given_name="Jose\u0301"
    ).value  # é typed as e + accent
    assert accented.given_name == "José"


def test_a_double_booking_in_chinese_names_the_salon_and_the_advisor_in_chinese(
    desk, network, client
):
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=2), dt.time(10))
    desk.appointments.create(
        kind="bridal",
        starts_at=start,
        client_id=client.id,
        advisor_id=network.advisor.id,
        room_id=network.salon.id,
    )
    with pytest.raises(ConflictError) as err:
        desk.appointments.create(kind="bespoke", starts_at=start, advisor_id=network.advisor.id)
    assert err.value.message("zh_CN").startswith("李娜在 ") and "Li Na" in err.value.message("en")
    with pytest.raises(ConflictError) as err:
        desk.appointments.create(
            kind="bespoke",
            starts_at=start,
            advisor_id=network.advisor2.id,
            room_id=network.salon.id,
        )
    zh = err.value.message("zh_CN")
    assert zh.startswith("翡翠厅在 ") and "周" in zh and "Jade Salon" in err.value.message("en")


def test_a_choice_that_is_not_one_is_refused_as_such(desk, client):
    """Not 'Enter what the client likes' for a category that does not exist."""
    for case in (
        lambda: desk.preferences.add(client.id, "metals", "platinum"),
        lambda: desk.preferences.set_ring_size(
            client.id, hand="middle", finger="ring", system="us", size="6"
        ),
        lambda: desk.dates.add(client.id, "bday", month=6, day=1),
        lambda: desk.relationships.add(client.id, "husband", "Li Wei"),
        lambda: desk.jewellery_box.add_piece(
            client.id, "Ring", stones=[StoneDraft(stone_type="diamond", origin="mined")]
        ),
    ):
        with pytest.raises(ValidationError) as err:
            case()
        assert err.value.key == "choice.invalid" and "不是此处可选的选项" in err.value.message(
            "zh_CN"
        )
    assert (
        desk.preferences.add(client.id, "Metal", "platinum", sentiment="Loves").value.sentiment
        == "loves"
    )


def test_text_typed_on_several_lines_keeps_its_lines(desk, network, client):
    """The handover note is typed in a multi-line box; it was flattened to one line."""
    desk.books.add(network.advisor.id, client.id, development_plan="1. 婚戒\n2. 周年纪念 — 珍珠")
    desk.act_as(network.manager.id)
    desk.handover.reassign(
        client.id,
        network.advisor.id,
        network.advisor2.id,
        note="Prefers WeChat after 19:00.\r\nAllergic to nickel.\x00",
    )
    with desk.store.sessions() as s:
        entry = s.scalar(select(m.BookEntry).where(m.BookEntry.advisor_id == network.advisor2.id))
    assert entry.handover_note == "Prefers WeChat after 19:00.\nAllergic to nickel."
    assert entry.development_plan == "1. 婚戒\n2. 周年纪念 — 珍珠"
    rel = desk.relationships.add(
        client.id, "partner", "Li Wei", note="Size 20 ring\nLikes whisky"
    ).value
    assert rel.note == "Size 20 ring\nLikes whisky"


def test_an_e_mail_with_an_empty_part_is_refused(desk, client):
    for typed in ("wang@163..com", "wang.@163.com", "wang@.163.com"):
        with pytest.raises(ValidationError) as err:
            desk.clients.add_contact(client.id, "email", typed)
        assert "不是有效的电子邮箱" in err.value.message("zh_CN")


def test_lock_minutes_typed_as_text(desk):
    assert desk.settings.set_lock_minutes(" 15 ").value == 15
    with pytest.raises(ValidationError) as err:
        desk.settings.set_lock_minutes("fifteen")
    assert err.value.field == "lock_minutes"


def test_a_stone_without_its_type_asks_for_the_stone(desk, client):
    with pytest.raises(ValidationError) as err:
        desk.jewellery_box.add_piece(
            client.id, "Solitaire ring", stones=[StoneDraft(stone_type="  ", carat="1.02")]
        )
    assert err.value.field == "stone_type" and "宝石种类" in err.value.message("zh_CN")
    assert _rows(desk, m.OwnedPiece) == 0  # the piece is not kept without its stone


def test_a_merged_value_is_checked_like_any_other_input(desk, client):
    """Resolving a conflict writes the merged value by SQL, past the unit of work."""
    from jeweldesk.services.base import now_utc

    with desk.store.sessions.begin() as s:
        conflicts = [
            m.SyncConflict(
                entity="clients",
                entity_id=client.id,
                client_id=client.id,
                field=field,
                kind="field",
                theirs_value="a",
                mine_value="b",
                detected_at=now_utc(),
            )
            for field in ("greeting_name", "preferred_channel")
        ]
        s.add_all(conflicts)
        s.flush()
        greeting, channel = (c.id for c in conflicts)
    with pytest.raises(ValidationError) as err:
        desk.conflicts.resolve(greeting, "merged", "王" * 200)
    assert "过长" in err.value.message("zh_CN")
    with pytest.raises(ValidationError) as err:
        desk.conflicts.resolve(channel, "merged", "pigeon")
    assert err.value.key == "choice.invalid"
    desk.conflicts.resolve(greeting, "merged", "  Mrs\u200b Wang ")
    assert desk.clients.get(client.id).greeting_name == "Mrs Wang"
    assert desk.conflicts.count_open() == 1


def test_wrist_and_neck_lengths_in_chinese_units(desk, client):
    for typed in ("16.5 厘米", "16.5公分", "１６５毫米"):
        assert desk.preferences.set_measurement(
            client.id, "wrist", typed
        ).value.length_cm == Decimal("16.5")
    for typed in ("NaN", "1e1"):  # 'NaN' raised InvalidOperation
        with pytest.raises(ValidationError) as err:
            desk.preferences.set_measurement(client.id, "wrist", typed)
        assert "厘米" in err.value.message("zh_CN")


def test_a_refusal_in_chinese_names_the_advisor_in_chinese(desk, network, client):
    desk.accounts.set_pin(network.advisor.id, "2580")
    with pytest.raises(DomainError) as err:
        desk.accounts.sign_in(network.advisor.id, "1397")
    assert "李娜" in err.value.message("zh_CN") and "Li Na" in err.value.message("en")
    desk.books.add(network.advisor.id, client.id)
    with pytest.raises(ValidationError) as err:
        desk.books.add(network.advisor.id, client.id)
    assert "李娜" in err.value.message("zh_CN")


def test_a_refused_amount_leaves_the_form_to_say_which_field_it_was(desk, client):
    """The piece and purchase editors point at their own price field when the refusal
    names none."""
    with pytest.raises(ValidationError) as err:
        desk.purchases.record(client.id, [LineDraft(unit_price="abc", description="Ring")])
    assert err.value.key == "money.invalid" and err.value.field is None


def test_a_rule_that_cannot_be_read_is_not_kept(desk, client):
    """A rule reaches every device: one that cannot be read would stop each of them."""
    for key, value in (
        ("rates", {"CNY": "abc"}),
        ("floors", [50000]),
        ("dormant_days", "a year"),
        ("tier_labels", "gold"),
        ("no_such_rule", 3),
    ):
        with pytest.raises(ValidationError) as err:
            desk.segments.set_rule(key, value)
        assert key in err.value.message("zh_CN") and "取值格式" in err.value.message("zh_CN")
    desk.segments.set_rule("rates", {"CHF": "1.13"})
    bought = desk.purchases.record(
        client.id, [LineDraft(unit_price="1200", description="Ring")], currency="chf"
    )
    assert bought.value.currency == "CHF"


def test_the_same_number_typed_twice_is_one_contact(desk):
    client = desk.clients.create(
        name_local="李静", phones=["138 1234 5678", "+86 138-1234-5678"]
    ).value
    first = desk.clients.add_contact(client.id, "phone", "139 0000 1111").value
    again = desk.clients.add_contact(client.id, "phone", "１３９ ００００ １１１１", primary=True)
    assert again.value.id == first.id and again.value.is_primary
    phones = [
        (c.normalised, c.is_primary)
        for c in desk.clients.profile(client.id).contacts
        if c.kind == "phone"
    ]
    assert sorted(phones) == [("+8613812345678", False), ("+8613900001111", True)]


def test_a_time_the_clocks_skip_is_refused_not_moved(desk, network):
    """02:30 on the night Paris puts its clocks forward would have been kept as 03:30."""
    year = dt.date.today().year + 1
    last_sunday = max(
        d for d in (dt.date(year, 3, day) for day in range(25, 32)) if d.weekday() == 6
    )
    with pytest.raises(ValidationError) as err:
        desk.appointments.create(
            kind="virtual",
            starts_at=dt.datetime.combine(last_sunday, dt.time(2, 30)),
            store_id=network.paris.id,
        )
    assert "02:30" in err.value.message("en") and "时钟拨快" in err.value.message("zh_CN")
    booked = desk.appointments.create(
        kind="virtual",
        starts_at=dt.datetime.combine(last_sunday, dt.time(3, 30)),
        store_id=network.paris.id,
    ).value
    assert booked.starts_at.astimezone(dt.UTC).hour == 1
