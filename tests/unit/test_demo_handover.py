"""The demo's handover notes name the advisor who left as the note's language writes
them: 陈雨 in a Chinese note, Chen Yu in an English one."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from jeweldesk.demo import build
from jeweldesk.demo.network import StaffMember
from jeweldesk.domain.names import has_cjk
from jeweldesk.domain.vocab import Role
from jeweldesk.paths import database_path
from jeweldesk.storage.db import LocalStore
from jeweldesk.storage.models import BookEntry, Client, Staff


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-handover")
    build(folder, clients=300, seed=9)
    opened = LocalStore(database_path(folder))
    yield opened
    opened.close()


def test_handover_notes_name_the_former_advisor_in_the_notes_language(demo):
    with demo.session() as session:
        former = session.scalars(select(Staff).where(Staff.active.is_(False))).one()
        notes = session.execute(
            select(Client.language, BookEntry.handover_note)
            .join(Client, Client.id == BookEntry.client_id)
            .where(BookEntry.handover_note != "")
        ).all()
    assert former.name_local and former.name_local != former.name
    chinese = [note for language, note in notes if language.startswith("zh")]
    english = [note for language, note in notes if not language.startswith("zh")]
    assert chinese and english
    for note in chinese:
        assert note.startswith(former.name_local), note
        assert not any(ch.isascii() and ch.isalpha() for ch in note), note
    for note in english:
        assert former.name in note and not has_cjk(note), note


def test_a_staff_member_without_a_chinese_name_keeps_it_in_chinese_text():
    chen = StaffMember(uuid.uuid4(), "Chen Yu", "chen.yu@example", Role.ADVISOR, "SH01", "陈雨")
    claire = StaffMember(uuid.uuid4(), "Claire Martin", "claire@example", Role.ADVISOR, "PA01")
    assert (chen.name_in("zh"), chen.name_in("zh_TW"), chen.name_in("en")) == (
        "陈雨",
        "陈雨",
        "Chen Yu",
    )
    assert claire.name_in("zh") == "Claire Martin"
