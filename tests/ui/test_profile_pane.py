"""The client profile used as an advisor would, through its real widgets on a private
copy of the demo store: capture a note while talking, sizes, preferences, undo, pins,
allergies, a care guide from a piece, and the item models' checks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

from jeweldesk.ui import appearance
from jeweldesk.ui.profile.rows import RecordTable
from tests.ui.store_copy import copy_store

pytestmark = pytest.mark.ui


@pytest.fixture
def store(demo_store, tmp_path):
    return copy_store(demo_store, tmp_path / "store")


@pytest.fixture
def own_desk(store):
    from jeweldesk.services import Desk

    opened = Desk.open(store)
    yield opened
    opened.close()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(window.runner.idle, timeout=5000)


@pytest.fixture
def client_id(own_desk):
    """A client of the signed-in advisor's book who owns pieces and has notes."""
    for row in own_desk.books.book(own_desk.acting_staff_id):
        profile = own_desk.clients.profile(row.summary.id)
        if profile.jewellery_box and profile.notes and not profile.allergies:
            return row.summary.id
    raise AssertionError("the demo book (seed 3) holds a client who owns pieces and has notes")


@pytest.fixture
def win(styled_app, own_desk, client_id, qtbot):
    from jeweldesk.ui.main_window import MainWindow

    window = MainWindow(own_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.select_client(client_id)
    qtbot.waitUntil(lambda: window.profile_pane.profile is not None, timeout=5000)
    settle(qtbot, window)
    yield window
    window.runner.stop()


def pane_of(window):
    return window.profile_pane


def show_tab(pane, tab) -> None:
    pane.tabs.setCurrentWidget(tab)


# --- notes -------------------------------------------------------------------------------


def test_a_note_captured_while_talking_is_there_after_a_restart(win, store, client_id, qtbot):
    from jeweldesk.services import Desk

    pane = pane_of(win)
    win.activateWindow()
    win.client_list.setFocus()
    qtbot.keyClick(win.client_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(pane.capture.box.hasFocus, timeout=2000)
    text = "Prefers oolong tea; ask about the Kyoto trip next visit"
    qtbot.keyClicks(pane.capture.box, text)
    qtbot.keyClick(pane.capture.box, Qt.Key.Key_Return)
    settle(qtbot, win)

    assert pane.capture.box.toPlainText() == "", "the box is emptied once the note is saved"
    assert text in [n.body for n in pane.profile.notes]
    assert pane.undo_bar.isVisible() and "saved" in pane.undo_bar.text.text().lower()

    win.close()
    win.runner.stop()
    win.runner.desk.close()
    with Desk.open(store) as reopened:
        assert text in [n.body for n in reopened.clients.profile(client_id).notes]


def test_shift_enter_starts_a_new_line_and_ctrl_enter_saves(win, own_desk, client_id, qtbot):
    box = pane_of(win).capture.box
    box.setFocus()
    qtbot.keyClicks(box, "first line")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "second line")
    assert box.toPlainText() == "first line\nsecond line"
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    assert "first line\nsecond line" in [n.body for n in own_desk.clients.profile(client_id).notes]


def test_an_empty_note_is_refused_next_to_the_box(win, qtbot):
    pane = pane_of(win)
    pane.capture.box.setFocus()
    qtbot.keyClicks(pane.capture.box, "   ")
    qtbot.keyClick(pane.capture.box, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert pane.capture.error.isVisible()
    assert pane.capture.error.text()


def test_a_pinned_and_sensitive_capture(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    pane.capture.pinned.setChecked(True)
    pane.capture.sensitive.setChecked(True)
    pane.capture.box.setFocus()
    qtbot.keyClicks(pane.capture.box, "Private: prefers discreet deliveries")
    qtbot.mouseClick(pane.capture.save, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    note = next(
        n for n in own_desk.clients.profile(client_id).notes if n.body.startswith("Private")
    )
    assert note.pinned and note.sensitive
    assert not pane.capture.pinned.isChecked(), "the next note starts unpinned"


def test_pin_a_note_from_the_timeline_and_undo_it(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    show_tab(pane, pane.notes)
    row = next(r for r, n in enumerate(pane.notes.model.rows) if not n.pinned)
    note_id = pane.notes.model.rows[row].id
    pane.notes.view.setCurrentIndex(pane.notes.model.index(row, 0))
    assert pane.notes.pin.text() == "Pin"
    qtbot.mouseClick(pane.notes.pin, Qt.MouseButton.LeftButton)
    settle(qtbot, win)

    assert next(n for n in own_desk.clients.profile(client_id).notes if n.id == note_id).pinned
    assert pane.notes.model.rows[0].id == note_id, "a pinned note goes to the top"
    assert pane.notes.view.current_record().id == note_id, "the note stays chosen"
    assert pane.notes.pin.text() == "Unpin"
    assert "Pinned" in pane.cards["notes"].body.text()

    qtbot.mouseClick(pane.undo_bar.button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert not next(n for n in own_desk.clients.profile(client_id).notes if n.id == note_id).pinned


# --- sizes -------------------------------------------------------------------------------


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_a_ring_size_of_six_and_a_half_us(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    editor = pane.preferences.ring
    show_tab(pane, pane.preferences)
    choose(editor.hand, "left")
    choose(editor.finger, "ring")
    choose(editor.system, "us")
    editor.size.setFocus()
    qtbot.keyClicks(editor.size, "6½")
    qtbot.keyClick(editor.size, Qt.Key.Key_Return)
    settle(qtbot, win)

    sizes = own_desk.clients.profile(client_id).ring_sizes
    assert [(s.hand, s.finger, s.system, s.size) for s in sizes] == [("left", "ring", "us", "6.5")]
    shown = [
        pane.preferences.size_model.data(pane.preferences.size_model.index(r, 2))
        for r in range(pane.preferences.size_model.rowCount())
    ]
    assert "6½ US" in shown
    assert "6½" in pane.cards["sizes"].body.text()
    assert editor.size.text() == "" and not editor.error.isVisible()


def test_a_bad_size_shows_why_and_keeps_what_was_typed(win, own_desk, client_id, qtbot):
    from jeweldesk.domain.errors import ValidationError
    from jeweldesk.domain.sizes import parse_ring_size

    pane = pane_of(win)
    editor = pane.preferences.ring
    show_tab(pane, pane.preferences)
    choose(editor.system, "uk")
    editor.size.setFocus()
    qtbot.keyClicks(editor.size, "6½")  # a US size, typed with the UK system chosen
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)

    with pytest.raises(ValidationError) as refused:
        parse_ring_size("6½", "uk")
    assert editor.error.isVisible()
    assert editor.error.text() == refused.value.message(own_desk.lang)
    assert editor.size.text() == "6½", "what the advisor typed stays"
    assert editor.size.property("invalid") is True
    assert editor.size.hasFocus()
    assert own_desk.clients.profile(client_id).ring_sizes == ()

    qtbot.keyClick(editor.size, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.size, Qt.Key.Key_Backspace)
    assert not editor.error.isVisible(), "typing again clears the complaint"
    qtbot.keyClicks(editor.size, "M½")
    qtbot.keyClick(editor.size, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert [s.size for s in own_desk.clients.profile(client_id).ring_sizes] == ["M½"]


def test_a_new_ring_size_can_be_undone_back_to_the_old_one(win, own_desk, client_id, qtbot):
    own_desk.preferences.set_ring_size(
        client_id, hand="right", finger="ring", system="eu", size="52"
    )
    pane = pane_of(win)
    pane.reload()
    settle(qtbot, win)
    editor = pane.preferences.ring
    choose(editor.hand, "right")
    choose(editor.finger, "ring")
    choose(editor.system, "eu")
    editor.size.setText("54")
    editor.sig_submitted.emit()
    settle(qtbot, win)
    assert [s.size for s in own_desk.clients.profile(client_id).ring_sizes] == ["54"]

    pane.preferences.size_view.setFocus()  # out of any text box: Ctrl+Z is the profile's
    qtbot.keyClick(pane.preferences.size_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    assert [s.size for s in own_desk.clients.profile(client_id).ring_sizes] == ["52"]
    assert "Undone" in pane.undo_bar.text.text()


# --- preferences, allergies, details ----------------------------------------------------


def add_preference(qtbot, win, category: str, value: str, sentiment: str = "loves") -> None:
    editor = pane_of(win).preferences.preference
    choose(editor.category, category)
    if editor.sentiment.isEnabled():
        choose(editor.sentiment, sentiment)
    editor.value.setFocus()
    qtbot.keyClicks(editor.value, value)
    qtbot.keyClick(editor.value, Qt.Key.Key_Return)
    settle(qtbot, win)


def test_a_preference_added_is_seen_at_a_glance_and_undone(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    add_preference(qtbot, win, "refreshment", "Champagne")
    assert "Champagne" in [p.value for p in own_desk.clients.profile(client_id).preferences]
    assert "Champagne" in pane.cards["preferences"].body.text()
    assert pane.undo_bar.button.isVisible()

    qtbot.mouseClick(pane.undo_bar.button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert "Champagne" not in [p.value for p in own_desk.clients.profile(client_id).preferences]
    assert "Champagne" not in pane.cards["preferences"].body.text()
    assert not pane.undo_bar.button.isVisible(), "one undo: the last change only"


def test_an_allergy_is_highlighted(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    assert not pane.allergy.isVisible()
    add_preference(qtbot, win, "allergy", "nickel")
    assert pane.allergy.isVisible()
    assert "nickel" in pane.allergy.text()
    model = pane.preferences.preference_model
    row = next(r for r, p in enumerate(model.rows) if p.value == "nickel")
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) == appearance.GOLD
    assert [p.sentiment for p in own_desk.clients.profile(client_id).allergies] == ["avoid"]


def test_a_greeting_changed_is_saved_on_leaving_and_undone_with_ctrl_z(
    win, own_desk, client_id, qtbot
):
    pane = pane_of(win)
    show_tab(pane, pane.preferences)
    before = own_desk.clients.get(client_id).greeting_name
    field = pane.preferences.details.greeting
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Madame")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert own_desk.clients.get(client_id).greeting_name == "Madame"
    assert pane.greeting.text().endswith("Madame")

    pane.preferences.contact_view.setFocus()
    qtbot.keyClick(pane.preferences.contact_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    assert own_desk.clients.get(client_id).greeting_name == before


def test_the_29th_of_february_is_a_date_like_any_other(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    editor = pane.dates.date_editor
    show_tab(pane, pane.dates)
    choose(editor.kind, "wedding_anniversary")
    choose(editor.month, 2)
    editor.day.setValue(29)
    editor.lead.setValue(30)
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    added = [d for d in own_desk.clients.profile(client_id).dates if (d.month, d.day) == (2, 29)]
    assert [(d.kind, d.lead_days) for d in added] == [("wedding_anniversary", 30)]
    assert "29 Feb" in pane.cards["dates"].body.text()


def _chinese_window_on(styled_app, own_desk, client_id, qtbot):
    """A main window in Simplified Chinese, shown, with the client selected."""
    from jeweldesk.ui.main_window import MainWindow
    from jeweldesk.ui.translations import install_translator

    install_translator(styled_app, "zh_CN")
    own_desk.lang = "zh_CN"
    window = MainWindow(own_desk)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    window.select_client(client_id)
    return window


def test_in_chinese_the_cards_and_tables_write_dates_the_chinese_way(
    styled_app, own_desk, client_id, qtbot
):
    window = _chinese_window_on(styled_app, own_desk, client_id, qtbot)
    qtbot.waitUntil(lambda: window.profile_pane.profile is not None, timeout=5000)
    settle(qtbot, window)
    try:
        pane = pane_of(window)
        english_day = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
        for key in ("dates", "notes", "box", "purchases"):
            text = pane.cards[key].body.text()
            assert "日" in text and not english_day.search(text), (key, text)
        model = pane.purchases.purchase_model
        bought = model.data(model.index(0, 0))
        assert "年" in bought and not english_day.search(bought), bought
        written = pane.notes.model.data(pane.notes.model.index(0, 0))
        assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", written), written
    finally:
        window.runner.stop()


def test_on_a_1000_px_tablet_the_profile_fits_its_pane(win, qtbot):
    pane = pane_of(win)
    overview = pane.overview
    win.resize(1280, 800)
    qtbot.waitUntil(lambda: overview.columns == 2, timeout=2000)
    assert pane.capture.one_line

    win.resize(1000, 704)
    qtbot.waitUntil(lambda: overview.columns == 1, timeout=2000)
    qtbot.wait(50)  # the layouts settle
    viewport = overview.viewport()
    for key, card in overview.cards.items():
        right = card.mapTo(viewport, card.rect().topRight()).x()
        assert right < viewport.width(), key  # not cut off at the pane's edge
    capture = pane.capture
    assert not capture.one_line
    assert capture.box.width() > capture.save.width() * 2  # room for the prompt
    assert capture.save.mapTo(capture, capture.save.rect().topRight()).x() < capture.width()

    win.resize(1280, 800)
    qtbot.waitUntil(lambda: overview.columns == 2, timeout=2000)
    assert capture.one_line


def test_a_relationship_links_to_an_existing_client(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    editor = pane.dates.person
    other = next(
        r.summary
        for r in own_desk.books.book(own_desk.acting_staff_id)
        if r.summary.id != client_id
    )
    choose(editor.kind, "partner")
    editor.find.setFocus()
    qtbot.keyClicks(editor.find, " ".join(other.display_name.split()[:2]))  # the pinyin
    qtbot.keyClick(editor.find, Qt.Key.Key_Return)
    settle(qtbot, win)
    index = next((i for i in range(editor.link.count()) if editor.link.itemData(i) == other.id), -1)
    assert index > 0
    editor.link.setCurrentIndex(index)
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    rels = own_desk.clients.profile(client_id).relationships
    assert [(r.kind, r.related_client_id) for r in rels] == [("partner", other.id)]


# --- the jewellery box and documents ----------------------------------------------------


def test_a_care_guide_issued_from_a_piece_opens_in_the_preview(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    show_tab(pane, pane.box)
    piece = pane.box.piece_view.current_record()
    assert piece is not None, "the first piece is chosen"
    assert pane.box.stone_model.rowCount() == len(piece.stones)
    choose(pane.box.document_kind, "care_guide")
    qtbot.mouseClick(pane.box.issue, Qt.MouseButton.LeftButton)
    settle(qtbot, win)

    documents = own_desk.documents.for_client(client_id)
    assert [(d.kind, d.subject_id) for d in documents] == [("care_guide", piece.piece.id)]
    preview = pane.box.preview
    assert preview is not None and preview.page_count >= 1
    assert documents[0].number in preview.windowTitle()
    assert pane.consent.document_model.rowCount() == 1
    assert documents[0].number in pane.undo_bar.text.text()
    preview.close()


def test_a_piece_added_with_its_stone_and_undone(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    editor = pane.box.piece_editor
    before = len(own_desk.clients.profile(client_id).jewellery_box)
    editor.description.setText("Art deco sapphire ring, inherited")
    editor.metal.setText("platinum")
    editor.stone_type.setText("sapphire")
    editor.carat.setText("2.1")
    editor.lab.setText("gia")
    editor.report.setText("2141 438 127")
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    box = own_desk.clients.profile(client_id).jewellery_box
    added = next(i for i in box if i.piece.description.startswith("Art deco"))
    assert [(s.stone_type, str(s.carat), s.lab, s.report_number) for s in added.stones] == [
        ("sapphire", "2.10", "GIA", "2141438127")
    ]
    pane.undo()
    settle(qtbot, win)
    assert len(own_desk.clients.profile(client_id).jewellery_box) == before


def test_a_bad_carat_is_refused_next_to_it(win, own_desk, client_id, qtbot):
    pane = pane_of(win)
    show_tab(pane, pane.box)
    editor = pane.box.piece_editor
    editor.description.setText("Ring")
    editor.stone_type.setText("diamond")
    editor.carat.setText("lots")
    qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert editor.error.isVisible()
    assert editor.carat.property("invalid") is True
    assert editor.carat.text() == "lots"


# --- purchases, the overview, models, touch ----------------------------------------------


def test_purchases_show_the_store_and_the_total_in_its_currency(win):
    pane = pane_of(win)
    model = pane.purchases.purchase_model
    assert model.rowCount() == len(pane.profile.purchases) > 0
    first = pane.profile.purchases[0]
    assert model.data(model.index(0, 1)) == first.store_code
    total = model.data(model.index(0, 2))
    assert any(ch.isdigit() for ch in total) and total != str(first.purchase.total)


def test_the_overview_explains_the_segment(win, own_desk, client_id):
    header = pane_of(win).header
    assert header.segment_why.isVisible()
    standing = own_desk.segments.standing(client_id)
    assert header.segment_why.text().split(":")[0] in standing.explain("segment", own_desk.lang)
    assert header.portrait.monogram


def test_the_segment_reason_writes_money_as_the_screens_do(
    styled_app, win, own_desk, client_id, qtbot
):
    """English writes renminbi CN¥, as the purchases table does; Chinese writes ¥."""
    header = pane_of(win).header
    qtbot.waitUntil(lambda: bool(header.segment_why.text()), timeout=5000)
    english = header.segment_why.text()
    assert "CN¥" in english, english
    total = pane_of(win).purchases.purchase_model
    assert "CN¥" in total.data(total.index(0, 2))

    window = _chinese_window_on(styled_app, own_desk, client_id, qtbot)
    header = window.profile_pane.header
    qtbot.waitUntil(lambda: "消费" in header.segment_why.text(), timeout=5000)
    try:
        chinese = header.segment_why.text()
        assert "¥" in chinese and "CN¥" not in chinese, chinese
    finally:
        window.runner.stop()


def test_every_profile_model_passes_qt_model_checks(win, qtmodeltester):
    models = win.profile_pane.findChildren(RecordTable)
    assert len(models) >= 12
    for model in models:
        qtmodeltester.check(model)
    qtmodeltester.check(RecordTable([]))


def test_controls_are_large_enough_to_touch(win, qtbot):
    from PySide6.QtWidgets import QAbstractSpinBox, QToolButton

    pane = pane_of(win)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)
    for tab in pane.all_tabs:
        show_tab(pane, tab)
        qtbot.wait(1)
        for widget in (w for kind in kinds for w in tab.findChildren(kind)):
            if (
                not widget.isVisible()
                or widget.objectName().startswith("qt_")  # a spin box's own line edit
                or isinstance(widget, QToolButton)  # a table's corner, a tab bar's arrows
            ):
                continue
            assert widget.height() >= 44, (tab.objectName(), widget.objectName(), widget.height())
    assert pane.capture.save.height() >= 44
    assert pane.capture.box.height() >= 44
    assert pane.tabs.tabBar().tabRect(0).height() >= 44


def test_an_interaction_names_its_channel_only_when_the_kind_does_not(styled_app):
    from jeweldesk.ui import labels
    from jeweldesk.ui.translations import install_translator

    assert labels.interaction_text("email", "email") == "E-mail message"
    assert labels.interaction_text("call", "phone") == "Call"
    assert labels.interaction_text("message", "wechat") == "Message · WeChat"
    install_translator(styled_app, "zh_CN")
    assert labels.interaction_text("email", "email") == "电子邮件"  # not 电子邮箱 · 电子邮件
