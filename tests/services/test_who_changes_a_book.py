"""Who may change a client book on the device: an advisor their own, a store manager
any of the store's; never a book of another store, never a client added to the book
of someone inactive; refused in the signed-in person's language."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jeweldesk.domain.errors import ValidationError
from jeweldesk.storage import models as m


@pytest.fixture
def client(desk):
    return desk.clients.create(name_local="王美玲", phones=["138 1234 5678"]).value


def _refused(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        call(*args, **kwargs)
    return err.value


def _open_entries(desk) -> set[tuple]:
    with desk.store.sessions() as s:
        return set(
            s.execute(
                select(m.BookEntry.advisor_id, m.BookEntry.client_id).where(
                    m.BookEntry.ended_at.is_(None), m.BookEntry.deleted.is_(False)
                )
            ).all()
        )


def test_an_advisor_keeps_their_own_book(desk, network, client):
    me = network.advisor.id  # signed in
    desk.books.add(me, client.id, development_plan="Bridal set")
    desk.books.set_plan(me, client.id, "Bridal set, then anniversary pearls")
    assert [r.development_plan for r in desk.books.book(me)] == [
        "Bridal set, then anniversary pearls"
    ]
    desk.books.remove(me, client.id)
    assert desk.books.book(me) == []


def test_an_advisor_cannot_change_a_colleagues_book(desk, network, client):
    colleague = network.advisor2.id
    err = _refused(desk.books.add, colleague, client.id)
    assert err.key == "book.not_yours"
    assert (
        err.message("en") == "Only Zhou Jie or a manager of their store can change Zhou Jie's book."
    )
    assert err.message("zh_CN") == "只有周杰本人或其门店经理可以更改周杰的客户簿。"
    assert err.message("zh_TW") == "只有周杰本人或其門店經理可以更改周杰的客戶簿。"
    assert _open_entries(desk) == set()

    desk.act_as(network.manager.id)
    desk.books.add(colleague, client.id, development_plan="Anniversary")
    desk.act_as(network.advisor.id)
    assert _refused(desk.books.remove, colleague, client.id).key == "book.not_yours"
    assert _refused(desk.books.set_plan, colleague, client.id, "mine now").key == "book.not_yours"
    assert [r.development_plan for r in desk.books.book(colleague)] == ["Anniversary"]


def test_a_manager_reassigns_a_client_between_advisors(desk, network, client):
    desk.books.add(network.advisor.id, client.id)
    desk.act_as(network.manager.id)
    desk.books.remove(network.advisor.id, client.id)
    desk.books.add(network.advisor2.id, client.id)
    desk.books.set_plan(network.advisor2.id, client.id, "Introduce to the Étoile line")
    assert _open_entries(desk) == {(network.advisor2.id, client.id)}


def test_no_client_goes_into_an_inactive_or_another_stores_book(desk, network, client):
    desk.act_as(network.manager.id)
    desk.books.add(network.advisor2.id, client.id)
    with desk.store.sessions.begin() as s:
        s.get(m.Staff, network.advisor2.id).active = False  # Zhou Jie has left

    err = _refused(
        desk.books.add, network.advisor2.id, desk.clients.create(family_name="Dubois").value.id
    )
    assert (
        err.key == "book.inactive"
        and err.message("zh_CN") == "周杰已停用，不能再向其客户簿添加客户。"
    )
    desk.books.remove(
        network.advisor2.id, client.id
    )  # a departed advisor's book can still be emptied

    err = _refused(desk.books.add, network.paris_advisor.id, client.id)
    assert err.key == "book.other_store"
    assert (
        err.message("en")
        == "Camille Martin works at another store: only that store can change their book."
    )
    assert err.message("zh_TW") == "Camille Martin 屬於其他門店，只有該門店可以更改其客戶簿。"
    assert _open_entries(desk) == set()


def test_nobody_signed_in_changes_no_book(desk, network, client):
    desk.act_as(None)
    err = _refused(desk.books.add, network.advisor.id, client.id)
    assert err.key == "book.sign_in" and err.message("zh_CN") == "请先登录，再更改客户簿。"
    assert _open_entries(desk) == set()


def test_the_rule_for_head_office_and_other_stores_people():
    """The rule itself, as head office reads it for the person an op names."""
    import uuid
    from types import SimpleNamespace

    from jeweldesk.domain.books import refusal

    shanghai, paris = uuid.uuid4(), uuid.uuid4()

    def person(role, store, active=True):
        return SimpleNamespace(
            id=uuid.uuid4(), role=role, store_id=store, active=active, name=role, name_local=""
        )

    advisor = person("advisor", shanghai)
    head_office, paris_manager = person("head_office", None), person("store_manager", paris)
    vic = person("vic_consultant", shanghai)
    assert refusal(head_office, advisor, shanghai, adding=True) is None
    assert refusal(vic, vic, shanghai, adding=True) is None
    assert refusal(vic, advisor, shanghai, adding=False).key == "book.not_yours"
    assert refusal(paris_manager, advisor, shanghai, adding=False).key == "book.not_allowed"
    assert (
        refusal(
            person("store_manager", shanghai, active=False), advisor, shanghai, adding=False
        ).key
        == "book.not_allowed"
    )
    assert refusal(head_office, head_office, shanghai, adding=True).key == "book.not_advisor"
