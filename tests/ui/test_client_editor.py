"""New and corrected clients, through the widgets on a real demo store: a walk-in whose
phone (typed with spaces, in the national format) is an existing client's is offered
as that client and one tap opens them; a search that finds nobody offers to add them;
a new client is added; the names are corrected in traditional characters; contacts
are added (with an extension), refused as duplicates, made primary, edited, removed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def own_store(tmp_path_factory):
    from tests.templates import demo_store

    folder = tmp_path_factory.mktemp("client-editor-store")
    demo_store(folder, clients=120, seed=7)
    return folder


@pytest.fixture
def advisor_desk(own_store):
    from jeweldesk.services import Desk

    with Desk.open(own_store) as desk:
        advisor = next(p for p, _ in desk.directory.staff("SH01") if p.role == "advisor")
        desk.act_as(advisor.id)
        yield desk


@pytest.fixture
def win(qtbot, styled_app, advisor_desk):
    from jeweldesk.ui.main_window import MainWindow

    window = MainWindow(advisor_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.runner.idle, timeout=10_000)
    yield window
    window.runner.stop()


def existing_client(desk):
    for book in desk.handover.store_books("SH01"):
        for row in desk.books.book(book.advisor_id):
            if row.summary.phone.startswith("+86 1"):
                return row.summary
    raise AssertionError("the demo store has no client with a Chinese mobile")


def test_a_walk_in_with_an_existing_phone_is_offered_and_opened(qtbot, win, advisor_desk):
    known = existing_client(advisor_desk)
    national = known.phone.removeprefix("+86 ")  # "138 1234 5678", as the client says it
    qtbot.mouseClick(win.client_entry.button, Qt.MouseButton.LeftButton)
    dialog = win.client_entry.dialog
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as checked:
        qtbot.keyClicks(dialog.phone, national)
    assert known.id in [m.client.id for m in checked.args[0]]
    card = next(c for c in dialog.match_list.cards if c.client_id == known.id)
    assert card.isVisible()
    assert dialog.add_button.text() == "Add as a new client"
    with qtbot.waitSignal(win.sig_profile_shown, timeout=10_000) as shown:
        qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert shown.args[0] == known.id
    assert not dialog.isVisible()
    assert win.profile_pane.name.text() == known.display_name


def test_no_match_adds_them_and_the_new_client_is_shown(qtbot, win, advisor_desk):
    with qtbot.waitSignal(win.sig_list_shown, timeout=10_000):
        win.search_box.setText("欧阳澜")  # as a Chinese input method commits it: whole
        qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(win.client_entry.no_match.isVisible, timeout=10_000)
    assert "欧阳澜" in win.client_entry.no_match.text()
    qtbot.mouseClick(win.client_entry.no_match, Qt.MouseButton.LeftButton)
    dialog = win.client_entry.dialog
    assert dialog.name.text() == "欧阳澜"
    qtbot.keyClicks(dialog.phone, "139 1111 2222")
    qtbot.keyClicks(dialog.birthday, "1990-05-01")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.created_id is not None, timeout=10_000)
    shown = win.profile_pane
    qtbot.waitUntil(
        lambda: shown.profile is not None and shown.profile.summary.id == dialog.created_id,
        timeout=10_000,
    )
    client = advisor_desk.clients.get(dialog.created_id)
    assert (client.name_local, client.family_name, client.given_name) == ("欧阳澜", "欧阳", "澜")
    assert win.profile_pane.name.text() == "Ouyang Lan 欧阳澜"


def test_a_refused_birthday_keeps_what_was_typed(qtbot, win):
    dialog = win.client_entry.open()
    qtbot.keyClicks(dialog.name, "Claire Dubois")
    qtbot.keyClicks(dialog.birthday, "2999-01-01")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "future" in dialog.error.text()
    assert dialog.birthday.property("invalid") is True
    assert dialog.isVisible() and dialog.name.text() == "Claire Dubois"


def _open_editor(qtbot, win, advisor_desk, name_local):
    client = advisor_desk.clients.create(name_local=name_local, phones=["139 5555 6666"]).value
    win.select_client(client.id)
    pane = win.profile_pane
    qtbot.waitUntil(
        lambda: pane.profile is not None and pane.profile.summary.id == client.id, timeout=10_000
    )
    qtbot.mouseClick(win.client_entry.edit_button, Qt.MouseButton.LeftButton)
    dialog = win.client_entry.edit_button.dialog
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10_000)
    return client, dialog


def test_names_corrected_in_traditional_characters(qtbot, win, advisor_desk):
    client, dialog = _open_editor(qtbot, win, advisor_desk, "王美玲")
    assert dialog.store.isEnabled() is False  # an advisor does not move a client
    assert dialog.store_hint.isVisible()
    dialog.name_local.setText("黃美玲")
    dialog.name_latin.clear()
    qtbot.keyClicks(dialog.name_latin, "Wong Mei Ling")
    dialog.greeting.setText("黃太")
    assert dialog.changed_fields() == {
        "name_local": "黃美玲",
        "name_romanised": "Wong Mei Ling",
        "greeting_name": "黃太",
    }
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = advisor_desk.clients.get(client.id)
    assert (saved.name_local, saved.family_name, saved.name_romanised, saved.greeting_name) == (
        "黃美玲",
        "黃",
        "Wong Mei Ling",
        "黃太",
    )
    qtbot.waitUntil(lambda: win.profile_pane.name.text() == "Wong Mei Ling 黃美玲", timeout=10_000)


def test_contacts_added_refused_as_duplicates_made_primary_and_removed(qtbot, win, advisor_desk):
    other = existing_client(advisor_desk)
    client, dialog = _open_editor(qtbot, win, advisor_desk, "周强")

    def contact(kind, value, extension=""):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.value.setText(value)
        dialog.extension.setText(extension)
        with qtbot.waitSignal(dialog.sig_contact_saved, timeout=10_000) as saved:
            qtbot.mouseClick(dialog.add_contact_button, Qt.MouseButton.LeftButton)
        return saved.args[0]

    assert contact("phone", "021 6123 4567", "204") == "Contact added"
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "021 6123 4567 ext. 204" in texts
    assert "139 5555 6666" in texts  # the store's national format
    said = contact("phone", "+86 21 6123 4567")
    assert "already on this client" in said
    assert dialog.table.rowCount() == 2
    said = contact("phone", other.phone)
    assert "also belongs to" in said and other.display_name in said

    office = next(
        r for r in range(dialog.table.rowCount()) if "ext. 204" in dialog.table.item(r, 1).text()
    )
    dialog.table.selectRow(office)
    assert dialog.extension.text() == "204"
    with qtbot.waitSignal(dialog.sig_contact_saved, timeout=10_000):
        qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    primary = [dialog.table.item(r, 1).text() for r in range(3) if dialog.table.item(r, 3).text()]
    assert primary == ["021 6123 4567 ext. 204"]
    dialog.value.setText("021 6123 4568")
    dialog.extension.setText("205")
    with qtbot.waitSignal(dialog.sig_contact_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_contact_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == "Contact saved"
    phones = {c.normalised: c for c in advisor_desk.clients.profile(client.id).contacts}
    assert phones["+862161234568"].extension == "205" and phones["+862161234568"].is_primary

    dialog.extension.setText("front desk")
    with qtbot.waitSignal(dialog.sig_refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_contact_button, Qt.MouseButton.LeftButton)
    assert dialog.extension.property("invalid") is True
    with qtbot.waitSignal(dialog.sig_contact_saved, timeout=10_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    left = advisor_desk.clients.profile(client.id).contacts
    assert "+862161234568" not in {c.normalised for c in left}
    assert sum(c.is_primary for c in left) == 1


def test_the_profiles_contacts_say_when_a_contact_is_already_there(qtbot, win, advisor_desk):
    client = advisor_desk.clients.create(name_local="李静", phones=["+86 139 0000 1111"]).value
    win.select_client(client.id)
    pane = win.profile_pane
    qtbot.waitUntil(
        lambda: pane.profile is not None and pane.profile.summary.id == client.id, timeout=10_000
    )
    tab = pane.preferences
    qtbot.waitUntil(lambda: tab._region is not None, timeout=10_000)
    model = tab.contact_model
    assert model.data(model.index(0, 1)) == "139 0000 1111"  # the store's national format
    tab.contact.kind.setCurrentIndex(tab.contact.kind.findData("phone"))
    tab.contact.value.setText("13900001111")
    with qtbot.waitSignal(pane.writes.sig_saved, timeout=10_000) as saved:
        qtbot.mouseClick(tab.contact.button, Qt.MouseButton.LeftButton)
    text, undoable = saved.args
    assert "already on this client" in text and not undoable
    assert pane.undo_bar.text.text() == text


def test_a_store_manager_moves_the_client_to_another_store(qtbot, win, advisor_desk):
    manager = next(p for p, _ in advisor_desk.directory.staff("SH01") if p.role == "store_manager")
    advisor_desk.act_as(manager.id)
    client, dialog = _open_editor(qtbot, win, advisor_desk, "郑欣怡")
    assert dialog.store.isEnabled() and not dialog.store_hint.isVisible()
    other = next(
        i
        for i in range(dialog.store.count())
        if dialog.store.itemData(i) != client.home_store_id.hex
    )
    dialog.store.setCurrentIndex(other)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    moved = advisor_desk.clients.get(client.id).home_store_id
    assert moved.hex == dialog.store.itemData(other) != client.home_store_id.hex
